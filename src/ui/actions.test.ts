import { beforeEach, describe, expect, it } from 'vitest';
import type { StoredPost } from '../shared/types.ts';
import { getDb } from '../storage/db.ts';
import { correct, markAnswered, markNotRelevant, reopen, snoozePosts } from './actions.ts';

const post = (key: string, over: Partial<StoredPost> = {}): StoredPost => ({
  key,
  site: 'x',
  id: key,
  author: 'Anna',
  handle: '@anna',
  text: `Velora internet nestrādā ${key}`,
  url: `https://x.com/a/status/${key}`,
  time: null,
  lang: 'lv',
  kind: 'complaint',
  complaint: true,
  score: 0.9,
  urgency: 1,
  evidence: [],
  mentions: [],
  brandIds: ['velora'],
  state: 'new',
  receivedAt: 1000,
  firstSeenAt: 1000,
  updatedAt: 1000,
  dueAt: 5000,
  ...over,
});

beforeEach(async () => {
  const db = await getDb();
  await db.posts.clear();
  await db.labels.clear();
  await db.posts.bulkPut([post('1'), post('2'), post('3', { state: 'dismissed' })]);
});

describe('inbox actions', () => {
  it('marks posts answered and undoes it exactly', async () => {
    const db = await getDb();
    const undo = await markAnswered(['1', '2'], 9000);
    expect((await db.posts.bulkGet(['1', '2'])).map((p) => [p?.state, p?.answeredAt])).toEqual([
      ['answered', 9000],
      ['answered', 9000],
    ]);
    await undo();
    expect(await db.posts.get('1')).toEqual(post('1'));
    // A dismissed post is not answered behind the agent's back.
    await markAnswered(['3'], 9000);
    expect((await db.posts.get('3'))?.state).toBe('dismissed');
  });

  it('snoozes with a required reason, skipping closed posts, and refuses an empty reason without writing', async () => {
    const db = await getDb();
    await expect(snoozePosts(['1'], 20_000, '  ', 9000)).rejects.toThrow(/reason/);
    expect((await db.posts.get('1'))?.state).toBe('new');
    const undo = await snoozePosts(['1', '3'], 20_000, 'Waiting for the network team', 9000);
    expect(await db.posts.get('1')).toMatchObject({
      state: 'snoozed',
      snoozedUntil: 20_000,
      snoozeReason: 'Waiting for the network team',
    });
    expect((await db.posts.get('3'))?.state).toBe('dismissed');
    await undo();
    expect((await db.posts.get('1'))?.state).toBe('new');
  });

  it('dismisses and reopens', async () => {
    const db = await getDb();
    await markNotRelevant(['1'], 9000);
    expect((await db.posts.get('1'))?.state).toBe('dismissed');
    await reopen(['1'], 9000);
    expect((await db.posts.get('1'))?.state).toBe('overdue');
  });

  it('records a correction for the classifier and undoes it', async () => {
    const db = await getDb();
    const undo = await correct('1', 'not-complaint', 9000);
    expect((await db.posts.get('1'))?.userLabel).toBe('not-complaint');
    expect(await db.labels.get('1')).toMatchObject({
      label: 'not-complaint',
      text: post('1').text,
      lang: 'lv',
    });
    await undo();
    expect((await db.posts.get('1'))?.userLabel).toBeUndefined();
    expect(await db.labels.get('1')).toBeUndefined();
    await expect(correct('404', 'complaint')).rejects.toThrow(/no longer stored/);
  });
});
