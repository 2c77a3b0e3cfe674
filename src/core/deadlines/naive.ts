/**
 * The obvious way to count business minutes: walk minute by minute, asking Intl for the local wall time of
 * each minute and checking it against the policy's ranges. Slow, but independent of the compiled calendar:
 * the property tests use it as the reference, and the bench as the baseline.
 * Works on whole minutes: `receivedAt` is rounded up to the next minute.
 */
import { type Platform, type Policy, WEEKDAYS } from '../../shared/types.ts';
import { type TargetKind, targetMinutes } from './due.ts';
import { parseHhMm } from './policy.ts';
import { isoDate, MINUTE_MS, utcToLocal, weekdayIndex } from './zone.ts';

function rangesOn(policy: Policy, day: number): [number, number][] {
  const date = isoDate(day);
  const ex = policy.exceptions?.find((e) => e.date === date);
  const list = ex
    ? ex.ranges
    : policy.holidays?.includes(date)
      ? []
      : (policy.week[WEEKDAYS[weekdayIndex(day)] ?? 'mon'] ?? []);
  return list.map(([s, e]) => [parseHhMm(s) ?? 0, parseHhMm(e, true) ?? 0]);
}

/** Is the minute starting at `ms` open, judged by its local wall time? */
export function naiveIsOpen(policy: Policy, ms: number): boolean {
  const { day, minute } = utcToLocal(ms, policy.timezone);
  return rangesOn(policy, day).some(([s, e]) => minute >= s && minute < e);
}

/** Due time by walking minute by minute (gives up after `maxSteps` minutes). */
export function naiveDueMs(
  policy: Policy,
  platform: Platform,
  receivedAt: number,
  kind: TargetKind = 'first',
  maxSteps = 10_000_000,
): number {
  const target = targetMinutes(policy, platform, kind);
  if (target === null) throw new Error('no target');
  let left = Math.ceil(target);
  let t = Math.ceil(receivedAt / MINUTE_MS) * MINUTE_MS;
  for (let n = 0; left > 0; n++) {
    if (n > maxSteps) throw new Error('naiveDueMs: too many steps');
    if (naiveIsOpen(policy, t)) left--;
    t += MINUTE_MS;
  }
  return t;
}
