import { beforeEach, describe, expect, it } from 'vitest';
import type { FoundPost, SeenPost } from '../shared/messages.ts';
import { dispatch } from '../shared/runtime.ts';
import { getDb } from '../storage/db.ts';
import { saveLabel } from '../storage/labels.ts';
import { setSetting } from '../storage/settings.ts';
import { findTabFor, handlers, hooks } from './handlers.ts';

const sender = {} as never;
const found = (id: string, text: string): FoundPost => ({
  site: 'x',
  id,
  author: 'Anna',
  handle: '@anna',
  text,
  url: `https://x.com/anna/status/${id}`,
  time: null,
  lang: 'en',
  kind: 'complaint',
  complaint: true,
  score: 0.9,
  urgency: 1,
  evidence: [],
  mentions: [],
  brandIds: ['velora'],
});

beforeEach(async () => {
  const db = await getDb();
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('background handlers', () => {
  it('content/hello gives the brands, or nothing when the agent switched the site off', async () => {
    const db = await getDb();
    await db.brands.add({ id: 'velora', name: 'Velora' });
    const on = await handlers['content/hello']?.({ site: 'x', url: 'https://x.com/home' }, sender);
    expect(on).toEqual({ enabled: true, brands: [{ id: 'velora', name: 'Velora' }] });
    await setSetting(db, 'sites', { disabled: ['x'], genericOrigins: [] });
    const off = await handlers['content/hello']?.({ site: 'x', url: 'https://x.com/home' }, sender);
    expect(off).toEqual({ enabled: false, brands: [] });
    // The agent's UI language goes along, for the words on the marks.
    await setSetting(db, 'uiLang', 'lv');
    const lv = await handlers['content/hello']?.(
      { site: 'facebook', url: 'https://www.facebook.com/' },
      sender,
    );
    expect(lv).toMatchObject({ enabled: true, uiLang: 'lv' });
  });

  it('posts/found stores the posts, runs the hooks and returns a mark per post', async () => {
    const seen: string[][] = [];
    const hook = async (keys: string[]) => {
      seen.push(keys);
      const db = await getDb();
      await db.posts.update(keys[0] as string, { dueAt: 123 });
    };
    hooks.postsChanged.push(hook);
    try {
      const r = await handlers['posts/found']?.({ posts: [found('1', 'a'), found('2', 'b')] }, sender);
      expect(seen).toEqual([['x:1', 'x:2']]);
      expect(r?.marks).toEqual([
        { key: 'x:1', state: 'new', dueAt: 123, warnAt: undefined },
        { key: 'x:2', state: 'new', dueAt: undefined, warnAt: undefined },
      ]);
    } finally {
      hooks.postsChanged.splice(hooks.postsChanged.indexOf(hook), 1);
    }
  });

  it("posts/classify uses the agent's corrections stored on this machine", async () => {
    const text = 'Velora changed my plan again without asking';
    const before = await handlers['posts/classify']?.({ posts: [{ text }] } as never, sender);
    const db = await getDb();
    for (let i = 0; i < 5; i++)
      await saveLabel(db, { postKey: `x:${i}`, text: `${text} ${i}`, lang: 'en', label: 'complaint' });
    const after = await handlers['posts/classify']?.({ posts: [{ text }] } as never, sender);
    expect(after?.results[0]?.score).toBeGreaterThan(before?.results[0]?.score ?? 1);
  });

  it('reply/insert explains when the post is not stored or not open', async () => {
    expect(await handlers['reply/insert']?.({ key: 'x:nope', text: 'hi' }, sender)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/no longer stored/),
      messageKey: 'insertPostGone',
    });
    const db = await getDb();
    await handlers['posts/found']?.({ posts: [found('5', 'x')] }, sender);
    expect(await db.posts.count()).toBe(1);
    expect(await handlers['reply/insert']?.({ key: 'x:5', text: 'hi' }, sender)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not open in a tab/),
      messageKey: 'insertNoTab',
    });
  });
});

describe('posts/seen: one round trip per batch', () => {
  const seen = (id: string, text: string, extra: Partial<SeenPost> = {}): SeenPost => ({
    site: 'facebook',
    id,
    author: 'Anna',
    handle: 'anna',
    text,
    url: `https://www.facebook.com/velora/posts/1?comment_id=${id}`,
    time: new Date(Date.now() - 60 * 60_000).toISOString(),
    parentId: null,
    mentions: [],
    brandIds: ['velora'],
    ...extra,
  });
  const self = { id: 'ext', url: 'chrome-extension://ext/' };
  const content = { id: 'ext', tab: { id: 3, url: 'https://www.facebook.com/velora' } };

  it('classifies in the background, stores, and answers with kind, urgency and marks in input order', async () => {
    const r = await handlers['posts/seen']?.(
      {
        posts: [
          seen('1', 'Velora, my internet has been down for three days, this is unacceptable!'),
          seen('2', 'Thank you Velora, the new plan is great'),
        ],
      },
      content as never,
    );
    expect(r?.classes.map((c) => c.kind)).toEqual(['complaint', 'praise']);
    expect(r?.marks.map((m) => [m.key, m.state])).toEqual([
      ['facebook:1', 'new'],
      ['facebook:2', 'new'],
    ]);
    const db = await getDb();
    expect(await db.posts.get('facebook:1')).toMatchObject({
      kind: 'complaint',
      complaint: true,
      seenIn: { tabId: 3, pageUrl: 'https://www.facebook.com/velora' },
    });
  });

  it("applies the brand's replies in the same message: recorded, the post answered, its mark returned", async () => {
    await handlers['posts/seen']?.({ posts: [seen('1', 'Velora, where is my order?')] }, content as never);
    const r = await handlers['posts/seen']?.(
      {
        posts: [],
        replies: [
          { site: 'facebook', parentId: '1', replyId: 'r1', time: new Date().toISOString(), text: 'Hi!' },
        ],
      },
      content as never,
    );
    expect(r).toEqual({
      classes: [],
      marks: [expect.objectContaining({ key: 'facebook:1', state: 'answered' })],
    });
    const db = await getDb();
    expect(await db.replies.toArray()).toMatchObject([
      { postKey: 'facebook:1', method: 'seen', text: 'Hi!' },
    ]);
    // The customer wrote again under their post: it needs a response again.
    const again = await handlers['posts/seen']?.(
      {
        posts: [
          seen('2', 'Still nothing!', { parentId: '1', time: new Date(Date.now() + 60_000).toISOString() }),
        ],
      },
      content as never,
    );
    expect(again?.marks.find((m) => m.key === 'facebook:1')?.state).not.toBe('answered');
  });

  it('posts/brand-replied (one reply per message) records the reply once and answers the post', async () => {
    await handlers['posts/found']?.({ posts: [found('8', 'Velora?')] }, sender);
    const reply = {
      site: 'x' as const,
      parentId: '8',
      replyId: 'b8',
      time: new Date().toISOString(),
      text: 'Hi',
    };
    expect(await handlers['posts/brand-replied']?.(reply, sender)).toEqual({ answered: ['x:8'] });
    expect(await handlers['posts/brand-replied']?.(reply, sender)).toEqual({ answered: [] });
    const db = await getDb();
    expect(await db.replies.where('postKey').equals('x:8').count()).toBe(1);
    expect((await db.posts.get('x:8'))?.state).toBe('answered');
  });

  it('is validated like every message: malformed posts get an error reply and nothing is written', async () => {
    const bad = await dispatch(
      handlers,
      { type: 'posts/seen', payload: { posts: [{ ...seen('1', 'x'), mentions: 'no' }] } },
      content as never,
      self,
    );
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/posts\[0\]\.mentions/) });
    const tooMany = await dispatch(
      handlers,
      { type: 'posts/seen', payload: { posts: Array.from({ length: 501 }, (_, i) => seen(String(i), 'x')) } },
      content as never,
      self,
    );
    expect(tooMany).toMatchObject({ ok: false });
    const fromPage = await dispatch(
      handlers,
      { type: 'posts/seen', payload: { posts: [] } },
      { id: 'ext', url: 'chrome-extension://ext/src/ui/sidepanel.html' } as never,
      self,
    );
    expect(fromPage).toMatchObject({ ok: false, error: expect.stringMatching(/not accepted/) });
    expect(await (await getDb()).posts.count()).toBe(0);
  });
});

describe('findTabFor', () => {
  const tabs = [
    { id: 1, url: 'https://x.com/home' },
    { id: 2, url: 'https://x.com/anna/status/9#reply' },
    { id: 3, url: 'https://www.facebook.com/velora' },
  ];
  const withTabs = async <T>(fn: () => Promise<T>): Promise<T> => {
    const { default: browser } = await import('webextension-polyfill');
    const query = browser.tabs.query;
    (browser.tabs as { query: unknown }).query = async () => tabs;
    try {
      return await fn();
    } finally {
      (browser.tabs as { query: unknown }).query = query;
    }
  };

  it("prefers a tab on the post's own page, ignoring the fragment", async () => {
    expect(await withTabs(() => findTabFor({ url: 'https://x.com/anna/status/9' }))).toBe(2);
  });

  it('falls back to the feed tab the post was seen in, if it still shows that feed', async () => {
    const post = { url: 'https://x.com/anna/status/10', seenIn: { tabId: 1, pageUrl: 'https://x.com/home' } };
    expect(await withTabs(() => findTabFor(post))).toBe(1);
    // The tab id was reused for another page after a restart: use a tab showing the feed, if any.
    const moved = {
      url: 'https://x.com/anna/status/10',
      seenIn: { tabId: 3, pageUrl: 'https://x.com/home' },
    };
    expect(await withTabs(() => findTabFor(moved))).toBe(1);
    const gone = {
      url: 'https://x.com/anna/status/10',
      seenIn: { tabId: 9, pageUrl: 'https://x.com/explore' },
    };
    expect(await withTabs(() => findTabFor(gone))).toBeNull();
  });

  it('posts/found remembers the tab and page a post was seen in', async () => {
    const tabSender = { tab: { id: 4, url: 'https://x.com/home' } } as never;
    await handlers['posts/found']?.({ posts: [found('7', 'x')] }, tabSender);
    const db = await getDb();
    expect((await db.posts.get('x:7'))?.seenIn).toEqual({ tabId: 4, pageUrl: 'https://x.com/home' });
  });
});
