import { describe, expect, it } from 'vitest';
import { dispatch, type Handlers, originOf } from './runtime.ts';

const self = { id: 'ext-id', url: 'chrome-extension://ext-id/' };
const fromPage = { id: 'ext-id', url: 'chrome-extension://ext-id/src/ui/sidepanel.html' };
const fromTab = { id: 'ext-id', url: 'https://x.com/home', tab: { id: 7 } as never };
const stranger = { id: 'other-extension', url: 'chrome-extension://other-extension/page.html' };

const post = {
  site: 'x',
  id: '1',
  author: 'Anna',
  handle: '@anna',
  text: 'Velora nestrādā',
  url: 'https://x.com/anna/status/1',
  time: null,
  lang: 'lv',
  kind: 'complaint',
  complaint: true,
  score: 0.8,
  urgency: 1,
  evidence: [],
  mentions: [],
  brandIds: ['velora'],
};

describe('originOf', () => {
  it('tells our pages, content scripts and strangers apart', () => {
    expect(originOf(fromPage, self.id, self.url)).toBe('extension');
    expect(originOf(fromTab, self.id, self.url)).toBe('content');
    expect(originOf(stranger, self.id, self.url)).toBeNull();
    expect(originOf({ id: 'ext-id' }, self.id, self.url)).toBeNull();
  });
});

describe('dispatch', () => {
  const calls: unknown[] = [];
  const handlers: Handlers = {
    ping: () => ({ pong: true, startedAt: 1 }),
    'posts/found': (p) => {
      calls.push(p);
      return { marks: [] };
    },
    'post/open': () => {
      throw new Error('That post is no longer stored.');
    },
  };

  it('answers a valid message from an allowed sender', async () => {
    expect(await dispatch(handlers, { type: 'ping', payload: {} }, fromPage, self)).toEqual({
      ok: true,
      data: { pong: true, startedAt: 1 },
    });
  });

  it('rejects non-objects, unknown types and prototype keys without calling a handler', async () => {
    for (const raw of [null, 42, 'ping', { type: 'nope' }, { type: 'constructor' }, { type: '__proto__' }]) {
      const r = await dispatch(handlers, raw, fromPage, self);
      expect(r.ok).toBe(false);
    }
  });

  it('rejects a message from the wrong kind of sender', async () => {
    const r = await dispatch(handlers, { type: 'posts/found', payload: { posts: [post] } }, fromPage, self);
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/not accepted/) });
    const s = await dispatch(handlers, { type: 'ping', payload: {} }, stranger, self);
    expect(s.ok).toBe(false);
    expect(calls).toHaveLength(0);
  });

  it('rejects an invalid payload and names the field, never calling the handler', async () => {
    const bad = { ...post, score: 7 };
    const r = await dispatch(handlers, { type: 'posts/found', payload: { posts: [bad] } }, fromTab, self);
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining('payload.posts[0].score') });
    const missing = await dispatch(handlers, { type: 'posts/found', payload: {} }, fromTab, self);
    expect(missing).toMatchObject({ ok: false, error: expect.stringContaining('payload.posts') });
    expect(calls).toHaveLength(0);
  });

  it('drops unknown fields before the handler sees them', async () => {
    const r = await dispatch(
      handlers,
      { type: 'posts/found', payload: { posts: [{ ...post, evil: '<img onerror>' }], extra: 1 } },
      fromTab,
      self,
    );
    expect(r.ok).toBe(true);
    expect(calls.at(-1)).toEqual({ posts: [post] });
  });

  it('turns a handler error into an error reply', async () => {
    const r = await dispatch(handlers, { type: 'post/open', payload: { key: 'x:1' } }, fromPage, self);
    expect(r).toEqual({ ok: false, error: 'That post is no longer stored.' });
  });

  it('bounds sizes: a 1 MB post text is refused', async () => {
    const huge = { ...post, text: 'a'.repeat(1_000_001) };
    const r = await dispatch(handlers, { type: 'posts/found', payload: { posts: [huge] } }, fromTab, self);
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining('text') });
  });
});
