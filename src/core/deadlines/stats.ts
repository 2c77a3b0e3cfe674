/**
 * How the team is doing: first-response time (median, 90th percentile) and the share answered within
 * target, overall, per platform and per ISO week, with CSV export. Pure functions over posts and replies.
 *
 * - The first response of a post is its earliest reply record (inserted, copied or seen; a holding reply
 *   counts) or, failing that, its `answeredAt`.
 * - Times are in business minutes of the post's policy (what the target means) and in wall-clock minutes.
 * - Within target: first response at or before the first-response due time. An unanswered post whose due
 *   time has passed counts as a breach; one still within its time is "pending" and left out of the share.
 * - Percentiles interpolate linearly between ranks (the common "type 7" definition).
 */
import type { Platform, Policy, ReplyRecord } from '../../shared/types.ts';
import { calendarOf, dueTimeMs } from './due.ts';
import { civilDate, DAY_MS, dayNumber, MINUTE_MS, weekdayIndex } from './zone.ts';

export interface StatsPost {
  key: string;
  site: Platform;
  receivedAt: number;
  answeredAt?: number;
  state?: string;
}

export interface StatsRow {
  group: 'all' | 'platform' | 'week';
  /** "all", a platform id, or an ISO week "2026-W48". */
  key: string;
  posts: number;
  answered: number;
  withinTarget: number;
  breached: number;
  pending: number;
  /** withinTarget / (withinTarget + breached), or null when nothing is decided yet. */
  shareWithinTarget: number | null;
  medianBusinessMin: number | null;
  p90BusinessMin: number | null;
  medianWallMin: number | null;
  p90WallMin: number | null;
}

/** Percentile `q` (0…1) of `values` with linear interpolation; null for no values. */
export function percentile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const pos = (s.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = s[lo] as number;
  const b = s[hi] as number;
  return a + (b - a) * (pos - lo);
}

export const median = (values: readonly number[]): number | null => percentile(values, 0.5);

/** ISO 8601 week ("2026-W48") of a local day number. */
export function isoWeek(day: number): string {
  const thursday = day - weekdayIndex(day) + 3;
  const year = civilDate(thursday).year;
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

interface Outcome {
  platform: Platform;
  week: string;
  businessMin: number | null;
  wallMin: number | null;
  verdict: 'within' | 'breached' | 'pending' | 'unknown';
}

function firstResponses(replies: readonly ReplyRecord[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const r of replies) {
    const prev = first.get(r.postKey);
    if (prev === undefined || r.at < prev) first.set(r.postKey, r.at);
  }
  return first;
}

/** Statistics rows: overall first, then per platform (by name), then per week (oldest first). */
export function responseStats(
  posts: readonly StatsPost[],
  replies: readonly ReplyRecord[],
  policyFor: (post: StatsPost) => Policy | undefined,
  now: number,
): StatsRow[] {
  const first = firstResponses(replies);
  const outcomes: Outcome[] = [];
  for (const p of posts) {
    if (p.state === 'dismissed') continue;
    const policy = policyFor(p);
    let answered = first.get(p.key);
    if (p.answeredAt !== undefined && (answered === undefined || p.answeredAt < answered))
      answered = p.answeredAt;
    if (answered !== undefined && answered < p.receivedAt) answered = p.receivedAt;
    const cal = policy ? calendarOf(policy) : undefined;
    const day = cal
      ? cal.dayOf(p.receivedAt).day
      : Math.floor(p.receivedAt / DAY_MS); /* no policy: weeks in UTC */
    let verdict: Outcome['verdict'] = 'unknown';
    let businessMin: number | null = null;
    if (policy && cal) {
      const { dueAt } = dueTimeMs(policy, p.site, p.receivedAt, 'first');
      if (answered !== undefined) {
        verdict = answered <= dueAt ? 'within' : 'breached';
        businessMin = cal.minutesBetween(p.receivedAt, answered);
      } else verdict = now >= dueAt ? 'breached' : 'pending';
    } else if (answered === undefined) verdict = 'pending';
    outcomes.push({
      platform: p.site,
      week: isoWeek(day),
      businessMin,
      wallMin: answered !== undefined ? (answered - p.receivedAt) / MINUTE_MS : null,
      verdict,
    });
  }

  const rows: StatsRow[] = [summarise('all', 'all', outcomes)];
  const byPlatform = groupBy(outcomes, (o) => o.platform);
  for (const k of [...byPlatform.keys()].sort()) rows.push(summarise('platform', k, byPlatform.get(k) ?? []));
  const byWeek = groupBy(outcomes, (o) => o.week);
  for (const k of [...byWeek.keys()].sort()) rows.push(summarise('week', k, byWeek.get(k) ?? []));
  return rows;
}

function groupBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return m;
}

function summarise(group: StatsRow['group'], key: string, os: readonly Outcome[]): StatsRow {
  const business = os.flatMap((o) => (o.businessMin === null ? [] : [o.businessMin]));
  const wall = os.flatMap((o) => (o.wallMin === null ? [] : [o.wallMin]));
  const within = os.filter((o) => o.verdict === 'within').length;
  const breached = os.filter((o) => o.verdict === 'breached').length;
  return {
    group,
    key,
    posts: os.length,
    answered: wall.length,
    withinTarget: within,
    breached,
    pending: os.filter((o) => o.verdict === 'pending').length,
    shareWithinTarget: within + breached > 0 ? within / (within + breached) : null,
    medianBusinessMin: median(business),
    p90BusinessMin: percentile(business, 0.9),
    medianWallMin: median(wall),
    p90WallMin: percentile(wall, 0.9),
  };
}

const CSV_COLUMNS: (keyof StatsRow)[] = [
  'group',
  'key',
  'posts',
  'answered',
  'withinTarget',
  'breached',
  'pending',
  'shareWithinTarget',
  'medianBusinessMin',
  'p90BusinessMin',
  'medianWallMin',
  'p90WallMin',
];

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  let s = typeof v === 'number' ? String(Math.round(v * 1000) / 1000) : String(v);
  // Spreadsheets execute cells that start with these: neutralise (CSV injection).
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The rows as CSV (RFC 4180, comma-separated, CRLF line ends, header row with the field names). */
export function statsToCsv(rows: readonly StatsRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of rows) lines.push(CSV_COLUMNS.map((c) => csvCell(r[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
