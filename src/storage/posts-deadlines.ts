/**
 * Repository helpers for deadlines: saving a policy (validated first, so a bad one never replaces the one
 * in force), importing holidays from an .ics file into it, the clock transitions that are not a reply
 * (hold without a reply recorded here, the customer writing again), what pages show of a conversation (the
 * brand's replies, the customer writing again: applyThreadActivity), and loading the statistics.
 * Replies themselves are recorded by replies.ts; the background recomputes due times and re-arms alarms
 * after any of these (send `deadlines/refresh`).
 */
import { calendarOf } from '../core/deadlines/due.ts';
import { importIcsHolidays, mergeHolidays } from '../core/deadlines/ical.ts';
import { defaultPolicy, validatePolicy } from '../core/deadlines/policy.ts';
import {
  answer,
  customerWroteAgain,
  type DeadlineFields,
  hold,
  isTerminal,
} from '../core/deadlines/state.ts';
import { responseStats, type StatsRow } from '../core/deadlines/stats.ts';
import type { Policy, StoredPost } from '../shared/types.ts';
import { type ReplywiseDb, writeTx } from './db.ts';
import { receivedAtOf } from './posts.ts';
import { recordSeenReply, seenReplyById } from './replies.ts';
import { getSetting, policyFor, setSetting } from './settings.ts';

const keyOf = (brandId?: string) => (brandId ? (`policy:${brandId}` as const) : ('policy' as const));

/** Validate and save a policy (for a brand, or the default). Throws PolicyError naming the field; nothing is written then. */
export async function savePolicy(db: ReplywiseDb, raw: unknown, brandId?: string): Promise<Policy> {
  const clean = validatePolicy(raw);
  await setSetting(db, keyOf(brandId), clean);
  return clean;
}

/**
 * Add the whole-day events of an .ics file to a policy's holidays and save it. Without a stored policy the
 * brand's inherited one (or the built-in default in `timezone`) is the base. A malformed file throws a
 * PolicyError on "holidays (.ics)" and the policy in force is untouched.
 */
export async function importIcsIntoPolicy(
  db: ReplywiseDb,
  icsText: string,
  opts: { brandId?: string; timezone?: string; now?: number } = {},
): Promise<{ policy: Policy; added: string[]; skipped: { summary: string; reason: string }[] }> {
  const imported = importIcsHolidays(icsText, { now: opts.now });
  const base =
    (await getSetting(db, keyOf(opts.brandId))) ??
    (await policyFor(db, opts.brandId)) ??
    defaultPolicy(opts.timezone ?? 'UTC');
  const had = new Set(base.holidays ?? []);
  const policy = await savePolicy(
    db,
    { ...base, holidays: mergeHolidays(base.holidays, imported.holidays) },
    opts.brandId,
  );
  return { policy, added: imported.holidays.filter((d) => !had.has(d)), skipped: imported.skipped };
}

async function policyOfPost(db: ReplywiseDb, post: StoredPost): Promise<Policy | undefined> {
  const p = await policyFor(db, post.brandIds[0]);
  return p ? validatePolicy(p) : undefined;
}

/** The holding reply was written on the site itself: hold the post until `until` (no reply text to record). */
export async function holdPost(
  db: ReplywiseDb,
  key: string,
  until: number,
  at = Date.now(),
): Promise<StoredPost> {
  return writeTx(db, ['posts', 'settings'], async () => {
    const post = await db.posts.get(key);
    if (!post) throw new Error('That post is no longer stored.');
    const next = {
      ...post,
      ...hold(post, until, at, await policyOfPost(db, post)),
      updatedAt: at,
    } as StoredPost;
    await db.posts.put(next);
    return next;
  });
}

/** The customer wrote again after the brand's reply: the next-response clock starts at `at`. */
export async function reopenForNextResponse(
  db: ReplywiseDb,
  key: string,
  at = Date.now(),
): Promise<StoredPost> {
  return writeTx(db, ['posts', 'settings'], async () => {
    const post = await db.posts.get(key);
    if (!post) throw new Error('That post is no longer stored.');
    const next = {
      ...post,
      ...customerWroteAgain(post, at, await policyOfPost(db, post)),
      updatedAt: at,
    } as StoredPost;
    await db.posts.put(next);
    return next;
  });
}

/** Posts whose due time is before `t` and that still wait for an answer, soonest first. */
export async function postsDueBefore(db: ReplywiseDb, t: number): Promise<StoredPost[]> {
  const rows = await db.posts.where('dueAt').below(t).toArray();
  return rows
    .filter((p) => p.state !== 'answered' && p.state !== 'dismissed')
    .sort((a, b) => (a.dueAt ?? 0) - (b.dueAt ?? 0));
}

/**
 * Response statistics for posts received in [from, to): overall, per platform, per week, with each post's
 * brand policy (the default when it has none; posts without any policy count as pending or unknown).
 */
export async function loadStats(
  db: ReplywiseDb,
  from: number,
  to: number,
  now = Date.now(),
): Promise<StatsRow[]> {
  const posts = await db.posts.where('receivedAt').between(from, to, true, false).toArray();
  const keys = posts.map((p) => p.key);
  const replies = keys.length ? await db.replies.where('postKey').anyOf(keys).toArray() : [];
  const byBrand = new Map<string, Policy | undefined>();
  for (const p of posts) {
    const b = p.brandIds[0] ?? '';
    if (!byBrand.has(b)) {
      const raw = await policyFor(db, b || undefined);
      const pol = raw ? validatePolicy(raw) : undefined;
      if (pol) calendarOf(pol);
      byBrand.set(b, pol);
    }
  }
  const brandOf = new Map(posts.map((p) => [p.key, p.brandIds[0] ?? '']));
  return responseStats(posts, replies, (p) => byBrand.get(brandOf.get(p.key) ?? ''), now);
}

/** A brand reply seen on a page, as the background receives it (posts/seen, posts/brand-replied). */
export interface ThreadReply {
  site: StoredPost['site'];
  parentId: string;
  replyId: string;
  time: string | null;
  text?: string;
}

const handleOf = (h: string) => h.trim().replace(/^@/, '').toLowerCase();

function sameAuthor(a: StoredPost, b: StoredPost): boolean {
  const ha = handleOf(a.handle);
  if (ha) return ha === handleOf(b.handle);
  return a.author !== '' && a.author === b.author;
}

/**
 * What pages showed of conversations, applied to the stored posts in one transaction, whatever order the
 * pieces arrive in (one batch, several batches, a page seen again):
 *
 * - A brand reply under post P (each recorded once in `replies`, method 'seen'): P is answered at the
 *   reply's time, unless the customer wrote again after that reply (P.followUpAt), in which case P was
 *   answered then and the next-response clock runs from the follow-up. Follow-ups of P stored as posts of
 *   their own that are older than the reply are answered too, and so is the post P itself follows up.
 * - A follow-up: a stored post Q whose parent is P by the same author, or whose parent is the brand's reply
 *   to P (anyone answering the brand). P remembers the latest follow-up time; when P was answered before
 *   it, P needs a response again (customerWroteAgain: next-response clock from Q's time).
 *
 * `posts` are rows just stored (upsertFoundPosts). Returns the keys of the posts whose state changed.
 */
export async function applyThreadActivity(
  db: ReplywiseDb,
  activity: { posts?: readonly StoredPost[]; replies?: readonly ThreadReply[] },
  now = Date.now(),
): Promise<string[]> {
  const replies = activity.replies ?? [];
  const followUps = (activity.posts ?? []).filter((p) => p.parentId);
  if (replies.length === 0 && followUps.length === 0) return [];
  return writeTx(db, ['posts', 'replies', 'settings'], async () => {
    const work = new Map<string, StoredPost>();
    const changed = new Set<string>();
    const get = async (key: string): Promise<StoredPost | undefined> =>
      work.get(key) ?? (await db.posts.get(key));
    const put = (p: StoredPost, before: StoredPost) => {
      work.set(p.key, p);
      const clock = (x: StoredPost) => (x as StoredPost & DeadlineFields).clock;
      if (p.state !== before.state || p.answeredAt !== before.answeredAt || clock(p) !== clock(before))
        changed.add(p.key);
    };

    /** The post Q follows up, if any (see above). */
    const anchorOf = async (q: StoredPost): Promise<StoredPost | undefined> => {
      if (!q.parentId) return undefined;
      const parent = await get(`${q.site}:${q.parentId}`);
      if (parent) return parent.key !== q.key && sameAuthor(parent, q) ? parent : undefined;
      const brandReply = await seenReplyById(db, q.site, q.parentId);
      const anchor = brandReply ? await get(brandReply.postKey) : undefined;
      return anchor && anchor.key !== q.key ? anchor : undefined;
    };

    /** The brand answered `p` at `at`. */
    const answered = async (p: StoredPost, at: number) => {
      if (p.state === 'dismissed') return;
      const when = Math.max(at, p.receivedAt);
      if (isTerminal(p.state)) return; // answered already (a reopened post is not terminal)
      const policy = await policyOfPost(db, p);
      const clock = (p as StoredPost & DeadlineFields).clock;
      const reopenedAfter = clock?.kind === 'next' && clock.from >= when;
      if (reopenedAfter) return; // the customer wrote after this reply: still open
      let next = { ...p, ...answer(p, when), updatedAt: now } as StoredPost;
      if (p.followUpAt !== undefined && p.followUpAt > when)
        next = { ...next, ...customerWroteAgain(next, p.followUpAt, policy), updatedAt: now } as StoredPost;
      put(next, p);
    };

    for (const r of replies) {
      const post = await get(`${r.site}:${r.parentId}`);
      if (!post) continue; // the brand answered a post that was never stored (it mentioned no brand)
      const at = receivedAtOf(r.time, now);
      const record = await recordSeenReply(db, post, { siteReplyId: r.replyId, text: r.text ?? '', at });
      if (!record) continue; // seen before
      await answered(post, at);
      const anchor = await anchorOf(post);
      if (anchor) await answered(anchor, at);
      const own = await db.posts
        .where('site')
        .equals(post.site)
        .filter((q) => q.parentId === post.id && q.receivedAt <= at)
        .toArray();
      for (const q of own) {
        const cur = (await get(q.key)) as StoredPost;
        if (cur.key !== post.key && (await anchorOf(cur))?.key === post.key) await answered(cur, at);
      }
    }

    for (const q0 of followUps) {
      const q = (await get(q0.key)) ?? q0;
      const anchor = await anchorOf(q);
      if (!anchor || anchor.state === 'dismissed') continue;
      const at = q.receivedAt;
      let next: StoredPost = { ...anchor, followUpAt: Math.max(anchor.followUpAt ?? at, at), updatedAt: now };
      if (anchor.state === 'answered' && at > (anchor.answeredAt ?? Number.POSITIVE_INFINITY))
        next = {
          ...next,
          ...customerWroteAgain(next, at, await policyOfPost(db, anchor)),
          updatedAt: now,
        } as StoredPost;
      put(next, anchor);
    }

    if (work.size) await db.posts.bulkPut([...work.values()]);
    return [...changed];
  });
}
