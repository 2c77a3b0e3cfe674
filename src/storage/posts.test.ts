import { describe, expect, it } from 'vitest';
import type { FoundPost } from '../shared/messages.ts';
import { createDb } from './db.ts';
import { receivedAtOf, upsertFoundPosts } from './posts.ts';

const base = (id: string, over: Partial<FoundPost> = {}): FoundPost => ({
  site: 'x',
  id,
  author: 'Jānis',
  handle: '@janis',
  text: 'Velorai atkal nestrādā internets',
  url: `https://x.com/janis/status/${id}`,
  time: null,
  lang: 'lv',
  kind: 'complaint',
  complaint: true,
  score: 0.8,
  urgency: 1,
  evidence: [],
  mentions: [],
  brandIds: ['velora'],
  ...over,
});

describe('upsertFoundPosts', () => {
  it('stores each post once, keyed by site and id, even when a batch repeats it', async () => {
    const db = createDb(`posts-${Date.now()}`);
    await db.open();
    const now = Date.UTC(2026, 10, 23, 10);
    await upsertFoundPosts(db, [base('1'), base('1'), base('2')], now);
    expect(await db.posts.count()).toBe(2);
    const p = await db.posts.get('x:1');
    expect(p).toMatchObject({ state: 'new', firstSeenAt: now, receivedAt: now });
    db.close();
  });

  it('updates text and engagement of a post seen again but keeps state, label and first-seen time', async () => {
    const db = createDb(`posts-again-${Date.now()}`);
    await db.open();
    await upsertFoundPosts(db, [base('1')], 1000);
    await db.posts.update('x:1', { state: 'answered', userLabel: 'not-complaint', answeredAt: 1500 });
    await upsertFoundPosts(db, [base('1', { text: 'edited', engagement: { likes: 40 }, urgency: 0 })], 2000);
    const p = await db.posts.get('x:1');
    expect(p).toMatchObject({
      text: 'edited',
      engagement: { likes: 40 },
      state: 'answered',
      userLabel: 'not-complaint',
      firstSeenAt: 1000,
      updatedAt: 2000,
      urgency: 1,
    });
    db.close();
  });

  it('takes the post time when plausible, else the time it was first seen', () => {
    const now = Date.UTC(2026, 10, 23, 10);
    expect(receivedAtOf('2026-11-23T09:00:00Z', now)).toBe(Date.UTC(2026, 10, 23, 9));
    expect(receivedAtOf('2030-01-01T00:00:00Z', now)).toBe(now);
    expect(receivedAtOf('not a date', now)).toBe(now);
    expect(receivedAtOf(null, now)).toBe(now);
    expect(receivedAtOf('2020-01-01T00:00:00Z', now)).toBe(now);
  });
});
