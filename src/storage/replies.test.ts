import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredPost } from '../shared/types.ts';
import { createDb, type ReplywiseDb } from './db.ts';
import { ReplyError, recentReplies, recordReply, repliesBetween, repliesFor } from './replies.ts';

let db: ReplywiseDb;
let n = 0;

const post = (over: Partial<StoredPost> = {}): StoredPost => ({
  key: 'x:1',
  site: 'x',
  id: '1',
  author: 'Anna Bērziņa',
  handle: '@anna',
  text: 'Velora roaming is broken again',
  url: 'https://x.com/anna/status/1',
  time: null,
  lang: 'en',
  kind: 'complaint',
  complaint: true,
  score: 0.9,
  urgency: 1,
  evidence: [],
  mentions: [],
  brandIds: ['velora'],
  state: 'new',
  receivedAt: 1_000_000,
  firstSeenAt: 1_000_000,
  updatedAt: 1_000_000,
  ...over,
});

beforeEach(async () => {
  db = createDb(`replies-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('recordReply', () => {
  it('stores the reply with its time and response time, and marks the post answered', async () => {
    await db.posts.put(post());
    const r = await recordReply(
      db,
      { postKey: 'x:1', text: '  Hi Anna, sorry! KM ', method: 'insert' },
      1_600_000,
    );
    expect(r.id).toBeTypeOf('number');
    const stored = await db.replies.get(r.id as number);
    expect(stored).toMatchObject({
      postKey: 'x:1',
      text: 'Hi Anna, sorry! KM',
      method: 'insert',
      at: 1_600_000,
      platform: 'x',
      brandId: 'velora',
      responseMs: 600_000,
    });
    const p = await db.posts.get('x:1');
    expect(p?.state).toBe('answered');
    expect(p?.answeredAt).toBe(1_600_000);
  });

  it('keeps the first answer time when the post is answered again', async () => {
    await db.posts.put(post());
    await recordReply(db, { postKey: 'x:1', text: 'First', method: 'copy' }, 2_000_000);
    await recordReply(db, { postKey: 'x:1', text: 'Second', method: 'insert' }, 3_000_000);
    expect((await db.posts.get('x:1'))?.answeredAt).toBe(2_000_000);
    expect((await repliesFor(db, 'x:1')).map((r) => r.text)).toEqual(['First', 'Second']);
  });

  it('counts the FAQ entry use and remembers the pick', async () => {
    await db.posts.put(post());
    await db.faqs.put({ id: 'roaming-en', questions: ['q'], answer: 'a', usageCount: 2 });
    await recordReply(db, { postKey: 'x:1', text: 'Hi', method: 'insert', faqId: 'roaming-en' }, 5_000_000);
    const faq = await db.faqs.get('roaming-en');
    expect(faq?.usageCount).toBe(3);
    expect(faq?.lastUsedAt).toBe(5_000_000);
    const picks = await db.faqPicks.toArray();
    expect(picks).toEqual([expect.objectContaining({ faqId: 'roaming-en', text: post().text, lang: 'en' })]);
  });

  it('refuses an empty reply, an unfilled variable and an unknown post, and stores nothing', async () => {
    await db.posts.put(post());
    await expect(recordReply(db, { postKey: 'x:1', text: '   ', method: 'copy' })).rejects.toThrow(
      ReplyError,
    );
    await expect(
      recordReply(db, { postKey: 'x:1', text: 'Hi {{author}}, thanks', method: 'copy' }),
    ).rejects.toThrow(/unfilled/);
    await expect(recordReply(db, { postKey: 'x:404', text: 'Hi', method: 'copy' })).rejects.toThrow(
      /no longer/,
    );
    expect(await db.replies.count()).toBe(0);
    expect((await db.posts.get('x:1'))?.state).toBe('new');
  });

  it('holds the post after a holding reply, computing the follow-up clock from the policy', async () => {
    await db.posts.put(post({ receivedAt: Date.UTC(2026, 10, 23, 9, 0) }));
    const at = Date.UTC(2026, 10, 23, 9, 5);
    const until = Date.UTC(2026, 10, 23, 11, 0);
    const policy = {
      timezone: 'UTC',
      week: { mon: [['00:00', '24:00']] as [string, string][] },
      targets: { default: 60 },
      nextTargets: { default: 30 },
    };
    const r = await recordReply(
      db,
      { postKey: 'x:1', text: 'Checking, back by 11:00', method: 'insert', holdUntil: until },
      at,
      policy,
    );
    const p = await db.posts.get('x:1');
    expect(p?.state).toBe('held');
    expect(p?.heldUntil).toBe(until);
    expect(p?.answeredAt).toBeUndefined();
    expect(p?.dueAt).toBeGreaterThan(until);
    expect(r.responseMs).toBe(5 * 60_000);
  });

  it('refuses a holding reply whose time has passed, and stores nothing', async () => {
    await db.posts.put(post());
    await expect(
      recordReply(db, { postKey: 'x:1', text: 'Back soon', method: 'copy', holdUntil: 1_000 }, 2_000_000),
    ).rejects.toThrow(/future/);
    expect(await db.replies.count()).toBe(0);
    expect((await db.posts.get('x:1'))?.state).toBe('new');
  });

  it('does not reopen a dismissed post', async () => {
    await db.posts.put(post({ state: 'dismissed' }));
    await recordReply(db, { postKey: 'x:1', text: 'Hi', method: 'copy' }, 2_000_000);
    expect((await db.posts.get('x:1'))?.state).toBe('dismissed');
  });
});

describe('queries', () => {
  it('lists recent replies newest first and replies in a time window', async () => {
    await db.posts.put(post());
    for (const at of [3_000_000, 1_500_000, 2_000_000])
      await recordReply(db, { postKey: 'x:1', text: `at ${at}`, method: 'copy' }, at);
    expect((await recentReplies(db, 2)).map((r) => r.at)).toEqual([3_000_000, 2_000_000]);
    expect((await repliesBetween(db, 1_500_000, 3_000_000)).map((r) => r.at).sort()).toEqual([
      1_500_000, 2_000_000,
    ]);
  });
});
