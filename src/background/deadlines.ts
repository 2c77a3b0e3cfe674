/**
 * Deadlines in the service worker. The worker is stateless (Chrome stops it after ~30 s idle), so each
 * pass reads the posts from the database and leaves everything it decided there:
 *
 *   posts changed / alarm / browser or worker start
 *     → rearm(db): for each open post, due/warn from its brand's policy, its state at `now`
 *     → notifications for alert moments that have passed and were not shown before (`notified`, persisted
 *       in the same transaction, before showing: a crash can lose one, never show one twice)
 *     → the toolbar badge
 *     → ONE alarm for the next moment that matters
 *
 * Outside working hours only urgency-3 posts notify; the others are held back (not marked) and the alarm
 * is set for the next opening, when they are shown.
 */
import browser from 'webextension-polyfill';
import type { BusinessCalendar } from '../core/deadlines/calendar.ts';
import { calendarOf } from '../core/deadlines/due.ts';
import { defaultPolicy, validatePolicy } from '../core/deadlines/policy.ts';
import {
  type Alert,
  alertMoments,
  answer,
  type DeadlineFields,
  isTerminal,
  refresh,
} from '../core/deadlines/state.ts';
import type { Policy, StoredPost } from '../shared/types.ts';
import { getDb, type ReplywiseDb, writeTx } from '../storage/db.ts';
import { policyFor } from '../storage/settings.ts';
import { armDeadlineAlarm, DEADLINE_ALARM, deadlineAlarmTime } from './alarms.ts';
import { applyBadge, type BadgeState, badgeFromCounts } from './badge.ts';
import { hooks } from './handlers.ts';
import { keyOfNotification, openUrl, SUMMARY_ID, showAlert, showSummary } from './notify.ts';

/** A closing time counts as open for this long, so a due time at 17:00 sharp still notifies. */
const CLOSING_GRACE_MS = 2 * 60_000;
/** More alerts than this at once become one summary notification. */
const MAX_SINGLE_ALERTS = 3;

type Post = StoredPost & DeadlineFields;

export interface RearmResult {
  /** Posts with a running clock (among those looked at). */
  open: number;
  /** Notifications shown in this pass (a summary counts as one). */
  shown: number;
  badge: BadgeState;
  /** When the alarm will fire (null: nothing ahead). */
  alarmAt: number | null;
}

const policies = new Map<string, Policy>();

/** The policy of a brand (validated; the same object while unchanged, so its calendar stays cached). */
async function loadPolicy(db: ReplywiseDb, brandId: string | undefined): Promise<Policy> {
  const raw = await policyFor(db, brandId);
  const fallback = defaultPolicy(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  const json = JSON.stringify(raw ?? fallback);
  const hit = policies.get(json);
  if (hit) return hit;
  let p: Policy;
  try {
    p = raw ? validatePolicy(raw) : fallback;
  } catch (e) {
    // Policies are validated before they are saved; a bad one here came from outside. Keep deadlines going.
    console.warn(
      `Replywise: stored policy for ${brandId ?? 'default'} is invalid, using the default: ${String(e)}`,
    );
    p = fallback;
  }
  if (policies.size > 50) policies.clear();
  policies.set(json, p);
  return p;
}

let chain: Promise<unknown> = Promise.resolve();

/** Run passes one after another (posts/found bursts and an alarm can overlap). */
function serial<T>(fn: () => Promise<T>): Promise<T> {
  const run = chain.then(fn, fn);
  chain = run.catch(() => undefined);
  return run;
}

function isWorkingTime(cal: BusinessCalendar, now: number): boolean {
  return cal.isOpen(now) || cal.isOpen(now - CLOSING_GRACE_MS);
}

/** Recompute every open post at `now`, notify, badge, and arm the next alarm. */
export function rearm(db: ReplywiseDb, now = Date.now()): Promise<RearmResult> {
  return serial(() => pass(db, now));
}

/** Posts were stored or changed (found, answered, held, snoozed, policy edited): recompute and re-arm. */
export function onPostsChanged(db: ReplywiseDb, keys?: string[], now = Date.now()): Promise<RearmResult> {
  // Only the named posts are recomputed (the hot path while the agent scrolls a feed); the alarm already
  // armed for the others stays unless one of these needs an earlier one.
  return serial(() => pass(db, now, keys));
}

async function pass(db: ReplywiseDb, now: number, keys?: string[]): Promise<RearmResult> {
  const toShow: { post: Post; alert: Alert; tz: string }[] = [];
  let next = Number.POSITIVE_INFINITY;
  let open = 0;
  if (keys) {
    const armed = await deadlineAlarmTime();
    if (armed !== null) next = armed;
  }

  await writeTx(db, ['posts', 'settings'], async () => {
    const rows = keys
      ? (await db.posts.bulkGet(keys)).filter((p): p is StoredPost => p !== undefined && !isTerminal(p.state))
      : await db.posts.where('state').noneOf(['answered', 'dismissed']).toArray();
    const posts = rows as Post[];
    const changed: Post[] = [];
    const byBrand = new Map<string, Policy>();
    for (const post of posts) {
      const brand = post.brandIds?.[0] ?? '';
      let policy = byBrand.get(brand);
      if (!policy) {
        policy = await loadPolicy(db, brand || undefined);
        byBrand.set(brand, policy);
      }
      const cal = calendarOf(policy);
      const patch = refresh(post, policy, now);
      const upd: Post = { ...post, ...patch };
      if (!isTerminal(upd.state)) open++;
      const notified = new Set(upd.notified ?? []);
      const snoozed = upd.snoozedUntil !== undefined && now < upd.snoozedUntil;
      if (snoozed) next = Math.min(next, upd.snoozedUntil as number);
      const passed: Alert[] = [];
      for (const a of alertMoments(upd)) {
        if (notified.has(a.at)) continue;
        if (a.at > now) {
          next = Math.min(next, snoozed ? Math.max(a.at, upd.snoozedUntil as number) : a.at);
          continue;
        }
        if (!snoozed) passed.push(a);
      }
      let touched = patch.state !== post.state || patch.dueAt !== post.dueAt || patch.warnAt !== post.warnAt;
      if (passed.length > 0) {
        if (upd.urgency >= 3 || isWorkingTime(cal, now)) {
          // Show only the latest passed moment; mark them all, so none comes back later.
          const latest = passed[passed.length - 1] as Alert;
          toShow.push({ post: upd, alert: latest, tz: policy.timezone });
          upd.notified = [...notified, ...passed.map((a) => a.at)].slice(-20);
          touched = true;
        } else {
          next = Math.min(next, cal.nextOpening(now));
        }
      }
      if (touched) changed.push(upd);
    }
    if (changed.length) await db.posts.bulkPut(changed);
  });

  let shown = 0;
  if (toShow.length > MAX_SINGLE_ALERTS) {
    const overdue = toShow.filter((s) => s.post.state === 'overdue').length;
    await safely(showSummary(overdue, toShow.length - overdue));
    shown = 1;
  } else {
    for (const s of toShow) await safely(showAlert(s.post, s.alert, now, s.tz));
    shown = toShow.length;
  }
  const badge = badgeFromCounts(
    await db.posts.where('state').equals('overdue').count(),
    await db.posts.where('state').anyOf(['due-soon', 'follow-up']).count(),
  );
  await safely(applyBadge(badge));
  const alarmAt = await armDeadlineAlarm(Number.isFinite(next) ? next : null, now);
  return { open, shown, badge, alarmAt };
}

async function safely<T>(p: Promise<T>): Promise<T | undefined> {
  try {
    return await p;
  } catch (e) {
    console.warn(`Replywise: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
}

/**
 * The brand answered these posts at `at` (a reply from one of its handles was seen, or the agent confirmed
 * an inserted or copied reply). The response time is kept on the post (`answeredAt`; the statistics read
 * it beside the reply records). Returns the keys that changed.
 */
export async function markAnswered(db: ReplywiseDb, keys: string[], at: number): Promise<string[]> {
  const done = await writeTx(db, ['posts'], async () => {
    const rows = await db.posts.bulkGet(keys);
    const changed: StoredPost[] = [];
    for (const p of rows) {
      if (!p || p.state === 'dismissed' || p.state === 'answered') continue;
      const when = Math.max(at, p.receivedAt);
      changed.push({ ...p, ...answer(p, when), updatedAt: Date.now() } as StoredPost);
    }
    if (changed.length) await db.posts.bulkPut(changed);
    return changed.map((p) => p.key);
  });
  if (done.length) await rearm(db);
  return done;
}

/** A click on one of our notifications: open the post (or, for the summary, the side panel page). */
export async function onNotificationClicked(db: ReplywiseDb, id: string): Promise<number | null> {
  if (id === SUMMARY_ID) {
    await safely(browser.notifications.clear(id));
    const tab = await browser.tabs.create({ url: browser.runtime.getURL('src/ui/sidepanel.html') });
    return tab.id ?? null;
  }
  const key = keyOfNotification(id);
  if (key === null) return null;
  await safely(browser.notifications.clear(id));
  const post = await db.posts.get(key);
  if (!post) return null;
  return openUrl(post.url);
}

let installed = false;

/**
 * Register the deadline listeners. Call once, synchronously, at the top level of the service worker
 * (listeners registered later miss the event that woke the worker). Re-arms at once: a worker start is
 * itself a reason to look (the browser may have been closed past a due time).
 */
export function installDeadlineHandlers(): void {
  if (installed) return;
  installed = true;
  const withDb = (fn: (db: ReplywiseDb) => Promise<unknown>) => () =>
    getDb()
      .then(fn)
      .catch((e) => console.warn(`Replywise deadlines: ${e instanceof Error ? e.message : String(e)}`));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DEADLINE_ALARM) void withDb((db) => rearm(db))();
  });
  browser.notifications.onClicked.addListener((id: string) => {
    if (id.startsWith('rw-deadline:')) void withDb((db) => onNotificationClicked(db, id))();
  });
  browser.runtime.onStartup.addListener(withDb((db) => rearm(db)));
  browser.runtime.onInstalled.addListener(withDb((db) => rearm(db)));
  hooks.postsChanged.push(async (keys) => {
    await onPostsChanged(await getDb(), keys);
  });
  void withDb((db) => rearm(db))();
}

/** For tests: forget that handlers were installed. */
export function resetDeadlineHandlersForTests(): void {
  installed = false;
  policies.clear();
}
