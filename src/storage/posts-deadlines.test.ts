import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PolicyError } from '../core/deadlines/policy.ts';
import type { Policy, StoredPost } from '../shared/types.ts';
import { createDb, type ReplywiseDb } from './db.ts';
import {
  applyThreadActivity,
  holdPost,
  importIcsIntoPolicy,
  loadStats,
  postsDueBefore,
  reopenForNextResponse,
  savePolicy,
} from './posts-deadlines.ts';
import { recordReply, repliesFor } from './replies.ts';
import { getSetting } from './settings.ts';

const t = (s: string) => Date.parse(s);
const day: [string, string][] = [['09:00', '17:00']];
const policy: Policy = {
  timezone: 'Europe/Riga',
  week: { mon: day, tue: day, wed: day, thu: day, fri: day },
  targets: { x: 30, default: 60 },
  nextTargets: { default: 120 },
  warnBefore: 0.25,
};

function post(id: string, extra: Partial<StoredPost> = {}): StoredPost {
  return {
    site: 'x',
    id,
    key: `x:${id}`,
    author: 'Jānis',
    handle: '@janis',
    text: 'Kur ir mana paka?',
    url: `https://x.com/janis/status/${id}`,
    time: null,
    lang: 'lv',
    kind: 'question',
    complaint: false,
    score: 0.2,
    urgency: 0,
    evidence: [],
    mentions: [],
    brandIds: [],
    state: 'new',
    receivedAt: t('2026-11-23T10:00:00+02:00'),
    firstSeenAt: t('2026-11-23T10:00:00+02:00'),
    updatedAt: 0,
    ...extra,
  };
}

let db: ReplywiseDb;
let n = 0;
beforeEach(async () => {
  db = createDb(`posts-deadlines-${n++}`);
  await db.open();
});
afterEach(() => db.close());

describe('savePolicy', () => {
  it('saves a valid policy, per brand or default', async () => {
    await savePolicy(db, policy);
    await savePolicy(db, { ...policy, targets: { default: 15 } }, 'velora');
    expect((await getSetting(db, 'policy'))?.targets).toEqual({ x: 30, default: 60 });
    expect((await getSetting(db, 'policy:velora'))?.targets).toEqual({ default: 15 });
  });

  it('a bad policy names the field and the previous one stays in force', async () => {
    await savePolicy(db, policy);
    for (const bad of [
      { ...policy, timezone: 'Europe/Nowhere' },
      { ...policy, targets: { default: 0 } },
      {
        ...policy,
        week: {
          mon: [
            ['09:00', '12:00'],
            ['11:00', '13:00'],
          ],
        },
      },
    ]) {
      await expect(savePolicy(db, bad)).rejects.toBeInstanceOf(PolicyError);
    }
    await expect(savePolicy(db, { ...policy, week: { fri: [['17:00', '09:00']] } })).rejects.toThrow(
      /^week\.fri\[0\]/,
    );
    expect(await getSetting(db, 'policy')).toEqual(policy);
  });
});

describe('importIcsIntoPolicy', () => {
  const ics = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//t//t//EN',
    'BEGIN:VEVENT',
    'UID:a',
    'DTSTART;VALUE=DATE:20261118',
    'SUMMARY:Proclamation Day',
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');

  it('adds the holidays and saves', async () => {
    await savePolicy(db, { ...policy, holidays: ['2026-01-01'] });
    const r = await importIcsIntoPolicy(db, ics);
    expect(r.added).toEqual(['2026-11-18']);
    expect((await getSetting(db, 'policy'))?.holidays).toEqual(['2026-01-01', '2026-11-18']);
  });

  it('a brand without its own policy starts from the inherited one', async () => {
    await savePolicy(db, policy);
    await importIcsIntoPolicy(db, ics, { brandId: 'velora' });
    expect((await getSetting(db, 'policy:velora'))?.holidays).toEqual(['2026-11-18']);
    expect((await getSetting(db, 'policy'))?.holidays).toBeUndefined();
  });

  it('a malformed file changes nothing', async () => {
    await savePolicy(db, policy);
    await expect(
      importIcsIntoPolicy(db, 'BEGIN:VCALENDAR\r\nnonsense\r\nEND:VCALENDAR'),
    ).rejects.toMatchObject({
      field: 'holidays (.ics)',
    });
    expect(await getSetting(db, 'policy')).toEqual(policy);
  });
});

describe('clock transitions and queries', () => {
  it('holds a post and reopens it for the next response', async () => {
    await savePolicy(db, policy);
    await db.posts.put(post('1'));
    const h = await holdPost(db, 'x:1', t('2026-11-23T12:00:00+02:00'), t('2026-11-23T10:05:00+02:00'));
    expect(h).toMatchObject({
      state: 'held',
      heldUntil: t('2026-11-23T12:00:00+02:00'),
      dueAt: t('2026-11-23T14:00:00+02:00'),
    });
    await db.posts.update('x:1', {
      state: 'answered',
      answeredAt: t('2026-11-23T12:30:00+02:00'),
      heldUntil: undefined,
    });
    const r = await reopenForNextResponse(db, 'x:1', t('2026-11-23T16:00:00+02:00'));
    expect(r).toMatchObject({ state: 'new', dueAt: t('2026-11-24T10:00:00+02:00') });
    await expect(holdPost(db, 'x:nope', t('2026-11-23T12:00:00+02:00'))).rejects.toThrow(/no longer stored/);
  });

  it('lists posts due before a time, open ones only, soonest first', async () => {
    await db.posts.bulkPut([
      post('a', { dueAt: 300 }),
      post('b', { dueAt: 100 }),
      post('c', { dueAt: 200, state: 'answered' }),
      post('d', { dueAt: 900 }),
      post('e'),
    ]);
    expect((await postsDueBefore(db, 500)).map((p) => p.key)).toEqual(['x:b', 'x:a']);
  });

  it('loads statistics from posts and replies', async () => {
    await savePolicy(db, policy);
    await db.posts.bulkPut([
      post('1'),
      post('2', { site: 'facebook', answeredAt: t('2026-11-23T10:50:00+02:00'), state: 'answered' }),
    ]);
    await db.replies.add({
      postKey: 'x:1',
      text: 'Sveiki, Jāni!',
      method: 'insert',
      at: t('2026-11-23T10:45:00+02:00'),
      platform: 'x',
    });
    const rows = await loadStats(
      db,
      t('2026-11-23T00:00:00+02:00'),
      t('2026-11-24T00:00:00+02:00'),
      t('2026-11-23T12:00:00+02:00'),
    );
    expect(rows[0]).toMatchObject({
      group: 'all',
      posts: 2,
      answered: 2,
      withinTarget: 1,
      breached: 1,
      medianBusinessMin: 47.5,
    });
    expect(rows.find((r) => r.key === 'x')).toMatchObject({ breached: 1 });
    expect(rows.find((r) => r.key === 'facebook')).toMatchObject({ withinTarget: 1 });
  });
});

describe('applyThreadActivity: what pages show of a conversation', () => {
  const at = (hhmm: string) => t(`2026-11-23T${hhmm}:00+02:00`);
  const iso = (hhmm: string) => new Date(at(hhmm)).toISOString();
  const reply = (id: string, parentId: string, hhmm: string, text = 'Sveiki! Pārbaudām.') => ({
    site: 'x' as const,
    parentId,
    replyId: id,
    time: iso(hhmm),
    text,
  });
  const now = at('16:30');
  beforeEach(async () => {
    await savePolicy(db, policy);
    await db.posts.put(post('1', { receivedAt: at('10:00'), time: iso('10:00'), brandIds: ['velora'] }));
  });

  it("records the brand's reply once and marks the post answered at the reply's time", async () => {
    expect(await applyThreadActivity(db, { replies: [reply('r1', '1', '10:20')] }, now)).toEqual(['x:1']);
    expect(await db.posts.get('x:1')).toMatchObject({ state: 'answered', answeredAt: at('10:20') });
    const rows = await repliesFor(db, 'x:1');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      method: 'seen',
      siteReplyId: 'r1',
      text: 'Sveiki! Pārbaudām.',
      at: at('10:20'),
      platform: 'x',
      brandId: 'velora',
      responseMs: 20 * 60_000,
    });
    // Seen again (a reload, a rescan): nothing new.
    expect(await applyThreadActivity(db, { replies: [reply('r1', '1', '10:20')] }, now)).toEqual([]);
    expect(await repliesFor(db, 'x:1')).toHaveLength(1);
  });

  it('links an inserted reply instead of counting it twice when it shows up on the page', async () => {
    await recordReply(db, { postKey: 'x:1', text: 'Sveiki!', method: 'insert' }, at('10:15'));
    await applyThreadActivity(db, { replies: [reply('r1', '1', '10:16')] }, now);
    const rows = await repliesFor(db, 'x:1');
    expect(rows.map((r) => [r.method, r.siteReplyId, r.at])).toEqual([['insert', 'r1', at('10:15')]]);
  });

  it('the same customer writing again under an answered post reopens it with the next-response clock', async () => {
    await applyThreadActivity(db, { replies: [reply('r1', '1', '10:20')] }, now);
    const again = post('2', { parentId: '1', receivedAt: at('11:00'), text: 'Joprojām nestrādā!' });
    await db.posts.put(again);
    expect(await applyThreadActivity(db, { posts: [again] }, now)).toEqual(['x:1']);
    const p = await db.posts.get('x:1');
    // nextTargets.default is 120 business minutes from 11:00.
    expect(p).toMatchObject({ state: 'new', followUpAt: at('11:00'), dueAt: at('13:00') });
    expect((p as StoredPost & { clock?: unknown }).clock).toEqual({ from: at('11:00'), kind: 'next' });
    // The follow-up seen again changes nothing; the brand's second reply closes it again.
    expect(await applyThreadActivity(db, { posts: [again] }, now)).toEqual([]);
    await applyThreadActivity(db, { replies: [reply('r2', '1', '11:30')] }, now);
    expect(await db.posts.get('x:1')).toMatchObject({ state: 'answered', answeredAt: at('11:30') });
    // …and the follow-up, stored as a post of its own and older than that reply, is answered with it.
    expect(await db.posts.get('x:2')).toMatchObject({ state: 'answered', answeredAt: at('11:30') });
  });

  it('anyone answering the brand reply reopens the post; a stranger under the post itself does not', async () => {
    await applyThreadActivity(db, { replies: [reply('r1', '1', '10:20')] }, now);
    const stranger = post('3', {
      parentId: '1',
      handle: '@someone',
      author: 'Someone',
      receivedAt: at('10:40'),
    });
    await db.posts.put(stranger);
    expect(await applyThreadActivity(db, { posts: [stranger] }, now)).toEqual([]);
    expect((await db.posts.get('x:1'))?.state).toBe('answered');
    const toBrand = post('4', {
      parentId: 'r1',
      handle: '@someone',
      author: 'Someone',
      receivedAt: at('10:50'),
    });
    await db.posts.put(toBrand);
    expect(await applyThreadActivity(db, { posts: [toBrand] }, now)).toEqual(['x:1']);
    expect(await db.posts.get('x:1')).toMatchObject({ state: 'new', followUpAt: at('10:50') });
  });

  it('gives the same result whichever arrives first: the follow-up or the reply it follows', async () => {
    const again = post('2', { parentId: '1', receivedAt: at('11:00') });
    await db.posts.put(again);
    // The follow-up first (the post is still open), then the older brand reply.
    await applyThreadActivity(db, { posts: [again] }, now);
    expect(await applyThreadActivity(db, { replies: [reply('r1', '1', '10:20')] }, now)).toEqual(['x:1']);
    const p = await db.posts.get('x:1');
    expect(p).toMatchObject({
      state: 'new',
      answeredAt: at('10:20'),
      followUpAt: at('11:00'),
      dueAt: at('13:00'),
    });
    // Both in one batch give the same.
    await db.posts.put(post('1', { receivedAt: at('10:00'), brandIds: ['velora'] }));
    await db.replies.clear();
    await applyThreadActivity(db, { posts: [again], replies: [reply('r1', '1', '10:20')] }, now);
    expect(await db.posts.get('x:1')).toMatchObject({
      state: 'new',
      answeredAt: at('10:20'),
      dueAt: at('13:00'),
    });
  });

  it('a follow-up older than the reply leaves the post answered; dismissed posts and unknown parents are left alone', async () => {
    const before = post('2', { parentId: '1', receivedAt: at('10:10') });
    await db.posts.put(before);
    await applyThreadActivity(db, { posts: [before], replies: [reply('r1', '1', '10:20')] }, now);
    expect(await db.posts.get('x:1')).toMatchObject({ state: 'answered', answeredAt: at('10:20') });
    await db.posts.put(post('5', { state: 'dismissed' }));
    expect(await applyThreadActivity(db, { replies: [reply('r5', '5', '10:20')] }, now)).toEqual([]);
    expect((await db.posts.get('x:5'))?.state).toBe('dismissed');
    expect(await applyThreadActivity(db, { replies: [reply('r9', 'nope', '10:20')] }, now)).toEqual([]);
    expect((await db.replies.toArray()).filter((r) => r.siteReplyId === 'r9')).toEqual([]);
  });
});
