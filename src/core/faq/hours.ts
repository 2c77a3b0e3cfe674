/**
 * Today's business hours for {{hours}}: the ranges of the response policy for the date it is now in the
 * policy's time zone (holidays closed, one-off exceptions win). Deliberately small and independent of
 * src/core/deadlines (which counts business time); it only answers "what are today's hours".
 */
import type { Policy, Weekday } from '../../shared/types.ts';

export interface TodayHours {
  /** The policy's local date, YYYY-MM-DD. */
  date: string;
  weekday: Weekday;
  /** Today's ranges (empty: closed today). */
  ranges: [string, string][];
  holiday: boolean;
}

const WEEKDAY_BY_SHORT: Record<string, Weekday> = {
  Mon: 'mon',
  Tue: 'tue',
  Wed: 'wed',
  Thu: 'thu',
  Fri: 'fri',
  Sat: 'sat',
  Sun: 'sun',
};

const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

/** Date and weekday of `now` in `timeZone`. Throws a RangeError for an unknown time zone. */
export function localDate(now: Date, timeZone: string): { date: string; weekday: Weekday } {
  let f = FORMATTERS.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
    });
    FORMATTERS.set(timeZone, f);
  }
  const parts: Record<string, string> = {};
  for (const p of f.formatToParts(now)) parts[p.type] = p.value;
  const weekday = WEEKDAY_BY_SHORT[parts.weekday ?? ''];
  if (!weekday) throw new RangeError(`Cannot tell the weekday in ${timeZone}`);
  return { date: `${parts.year}-${parts.month}-${parts.day}`, weekday };
}

export function todayHours(policy: Policy, now: Date): TodayHours {
  const { date, weekday } = localDate(now, policy.timezone);
  const exception = policy.exceptions?.find((x) => x.date === date);
  if (exception) return { date, weekday, ranges: [...exception.ranges], holiday: false };
  if (policy.holidays?.includes(date)) return { date, weekday, ranges: [], holiday: true };
  const ranges = [...(policy.week[weekday] ?? [])].sort((a, b) => a[0].localeCompare(b[0]));
  return { date, weekday, ranges, holiday: false };
}

/** "09:00–18:00" or "09:00–12:00, 13:00–18:00"; "" when closed. */
export function formatRanges(ranges: readonly [string, string][]): string {
  return ranges.map(([a, b]) => `${a}–${b}`).join(', ');
}

/**
 * The {{hours}} value for now, or undefined when the office is closed today (the UI then asks the
 * agent what to say instead of inserting an empty string).
 */
export function hoursValue(policy: Policy | undefined, now: Date): string | undefined {
  if (!policy) return undefined;
  try {
    const t = todayHours(policy, now);
    return t.ranges.length ? formatRanges(t.ranges) : undefined;
  } catch {
    return undefined;
  }
}
