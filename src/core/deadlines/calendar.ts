/**
 * A business calendar compiled from a validated Policy: for each local day, the open intervals as UTC
 * instants, computed once and cached, so counting business minutes is a walk over a few numbers.
 *
 *   local day n ──(weekday ranges | holiday → closed | one-off exception → its ranges)──▶ [s0,e0,s1,e1,…] in UTC ms
 *
 * Wall times go through zone.ts, so a range on a daylight-saving day is as long as it really is
 * (09:00–18:00 on the day clocks go forward still opens at 09:00 and closes at 18:00 local time).
 * Business minutes are real elapsed minutes inside open intervals. Intervals are half-open [start, end):
 * a post that arrives at closing time waits for the next opening; a due time may equal a closing time.
 */
import { type Policy, WEEKDAYS } from '../../shared/types.ts';
import { parseHhMm } from './policy.ts';
import { DAY_MS, isoDate, localToUtc, MINUTE_MS, offsetAt, parseIsoDate, weekdayIndex } from './zone.ts';

export interface DaySchedule {
  /** Local day number (days since 1970-01-01). */
  day: number;
  /** UTC instant of local midnight starting this day, and of the next one. */
  start: number;
  end: number;
  /** Open intervals, UTC ms, flattened [s0, e0, s1, e1, …], sorted, non-empty. */
  open: number[];
}

/** How far ahead to look for an opening before giving up (a policy closed for ten years). */
const MAX_DAYS = 3700;
const CACHE_LIMIT = 50_000;

function toMinutes(ranges: [string, string][]): [number, number][] {
  return ranges.map(([s, e]) => [parseHhMm(s) ?? 0, parseHhMm(e, true) ?? 0]);
}

export class BusinessCalendar {
  readonly timezone: string;
  private readonly weekRanges: [number, number][][];
  private readonly holidays: Set<number>;
  private readonly exceptions: Map<number, [number, number][]>;
  private readonly days = new Map<number, DaySchedule>();
  /** The offset (ms) at the last day looked up: a good guess for the next instant's local day. */
  private hintOffset = 0;

  /** `policy` must be valid (see validatePolicy). */
  constructor(policy: Policy) {
    this.timezone = policy.timezone;
    this.weekRanges = WEEKDAYS.map((w) => toMinutes(policy.week[w] ?? []));
    this.holidays = new Set((policy.holidays ?? []).map((h) => parseIsoDate(h)).filter((d) => d !== null));
    this.exceptions = new Map();
    for (const e of policy.exceptions ?? []) {
      const d = parseIsoDate(e.date);
      if (d !== null) this.exceptions.set(d, toMinutes(e.ranges));
    }
  }

  /** The wall-clock ranges (minutes of day) that apply on local day `day`. */
  rangesOn(day: number): [number, number][] {
    const ex = this.exceptions.get(day);
    if (ex) return ex;
    if (this.holidays.has(day)) return [];
    return this.weekRanges[weekdayIndex(day)] ?? [];
  }

  /** The schedule of local day `day` (cached). */
  schedule(day: number): DaySchedule {
    const hit = this.days.get(day);
    if (hit) return hit;
    if (this.days.size >= CACHE_LIMIT) this.days.clear();
    const tz = this.timezone;
    // Fast path: the same offset a day before and a day after this day means no clock change near it
    // (real zones never change twice within three days), so wall time → UTC is one subtraction.
    const before = offsetAt(day * DAY_MS - DAY_MS, tz);
    const steady = before === offsetAt((day + 2) * DAY_MS, tz);
    const toUtc = (d: number, minute: number) =>
      steady ? d * DAY_MS + minute * MINUTE_MS - before : localToUtc(d, minute, tz);
    const open: number[] = [];
    for (const [s, e] of this.rangesOn(day)) {
      const su = toUtc(day, s);
      const eu = toUtc(day, e);
      if (eu <= su) continue; // a range entirely inside a skipped hour
      const last = open.length - 1;
      if (last > 0 && (open[last] as number) >= su) open[last] = Math.max(open[last] as number, eu);
      else open.push(su, eu);
    }
    const sched: DaySchedule = {
      day,
      start: toUtc(day, 0),
      end: toUtc(day + 1, 0),
      open,
    };
    this.days.set(day, sched);
    return sched;
  }

  /** The schedule of the local day containing instant `ms`. */
  dayOf(ms: number): DaySchedule {
    let day = Math.floor((ms + this.hintOffset) / DAY_MS);
    let s = this.schedule(day);
    // At most a step or two: the hint is the offset of a recent day.
    for (let guard = 0; guard < 4 && (ms < s.start || ms >= s.end); guard++) {
      day += ms < s.start ? -1 : 1;
      s = this.schedule(day);
    }
    if (ms < s.start || ms >= s.end) {
      // A far-off instant with a stale hint: jump by the offset of that day.
      const off = day * DAY_MS - s.start;
      day = Math.floor((ms + off) / DAY_MS);
      s = this.schedule(day);
      while (ms < s.start) s = this.schedule(--day);
      while (ms >= s.end) s = this.schedule(++day);
    }
    this.hintOffset = s.day * DAY_MS - s.start;
    return s;
  }

  /** Is the team at work at instant `ms`? */
  isOpen(ms: number): boolean {
    const o = this.dayOf(ms).open;
    for (let i = 0; i < o.length; i += 2)
      if (ms >= (o[i] as number) && ms < (o[i + 1] as number)) return true;
    return false;
  }

  /** The instant `minutes` business minutes after `fromMs` (counting starts at the next opening). */
  addMinutes(fromMs: number, minutes: number): number {
    return this.addMs(fromMs, Math.round(minutes * MINUTE_MS));
  }

  /** The instant `ms` milliseconds of business time after `fromMs`. */
  addMs(fromMs: number, ms: number): number {
    let remaining = ms;
    let d = this.dayOf(fromMs);
    let cursor = fromMs;
    for (let n = 0; n <= MAX_DAYS; n++) {
      const o = d.open;
      for (let i = 0; i < o.length; i += 2) {
        const e = o[i + 1] as number;
        if (e <= cursor) continue;
        const st = Math.max(o[i] as number, cursor);
        const avail = e - st;
        if (remaining <= avail) return st + remaining;
        remaining -= avail;
      }
      d = this.schedule(d.day + 1);
      cursor = d.start;
    }
    throw new Error(`No opening hours within ${MAX_DAYS} days of ${new Date(fromMs).toISOString()}`);
  }

  /** The first open instant at or after `ms`. */
  nextOpening(ms: number): number {
    return this.addMinutes(ms, 0);
  }

  /** Business minutes between two instants (0 when `b` ≤ `a`). */
  minutesBetween(a: number, b: number): number {
    if (b <= a) return 0;
    let total = 0;
    let d = this.dayOf(a);
    for (let n = 0; n <= MAX_DAYS * 10 && d.start < b; n++) {
      const o = d.open;
      for (let i = 0; i < o.length; i += 2) {
        const s = Math.max(o[i] as number, a);
        const e = Math.min(o[i + 1] as number, b);
        if (e > s) total += e - s;
      }
      d = this.schedule(d.day + 1);
    }
    return total / MINUTE_MS;
  }

  /** "YYYY-MM-DD" of the local day containing `ms`. */
  localDate(ms: number): string {
    return isoDate(this.dayOf(ms).day);
  }
}
