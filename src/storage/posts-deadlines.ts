/**
 * Repository helpers for deadlines: saving a policy (validated first, so a bad one never replaces the one
 * in force), importing holidays from an .ics file into it, the clock transitions that are not a reply
 * (hold without a reply recorded here, the customer writing again), and loading the statistics.
 * Replies themselves are recorded by replies.ts; the background recomputes due times and re-arms alarms
 * after any of these (send `deadlines/refresh`).
 */
import { calendarOf } from '../core/deadlines/due.ts';
import { importIcsHolidays, mergeHolidays } from '../core/deadlines/ical.ts';
import { defaultPolicy, validatePolicy } from '../core/deadlines/policy.ts';
import { customerWroteAgain, hold } from '../core/deadlines/state.ts';
import { responseStats, type StatsRow } from '../core/deadlines/stats.ts';
import type { Policy, StoredPost } from '../shared/types.ts';
import { type ReplywiseDb, writeTx } from './db.ts';
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
