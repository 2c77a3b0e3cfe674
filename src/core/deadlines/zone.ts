/**
 * Wall time in an IANA time zone ↔ UTC instants, with nothing but Intl (no time-zone database of our own).
 *
 * Local civil dates are handled as "day numbers": days since 1970-01-01 in the proleptic Gregorian calendar,
 * independent of any zone. A wall time that does not exist (inside the hour skipped when clocks go forward)
 * resolves to the moment the clocks jumped, so a range "01:00–02:30" on that day is open exactly while the
 * local clock shows a time inside it; an ambiguous one (the hour repeated when clocks go back) resolves to the
 * earlier instant, so "02:00–04:00" then includes both passes through the repeated hour.
 */

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when Intl knows the zone (an IANA name such as "Europe/Riga", or "UTC"). */
export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone }).format(0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The zone's offset from UTC at instant `ms`, in milliseconds (positive east of Greenwich: Riga in winter
 * is +7,200,000).
 */
export function offsetAt(ms: number, timeZone: string): number {
  const parts = formatter(timeZone).formatToParts(new Date(ms));
  let y = 0;
  let mo = 1;
  let d = 1;
  let h = 0;
  let mi = 0;
  let s = 0;
  let bc = false;
  for (const p of parts) {
    switch (p.type) {
      case 'year':
        y = Number(p.value);
        break;
      case 'month':
        mo = Number(p.value);
        break;
      case 'day':
        d = Number(p.value);
        break;
      case 'hour':
        h = Number(p.value);
        break;
      case 'minute':
        mi = Number(p.value);
        break;
      case 'second':
        s = Number(p.value);
        break;
      case 'era':
        bc = p.value === 'BC' || p.value === 'B';
        break;
    }
  }
  if (bc) y = 1 - y;
  const asUtc = utcFromFields(y, mo, d, h, mi, s);
  const whole = ms - (((ms % 1000) + 1000) % 1000);
  return asUtc - whole;
}

function utcFromFields(y: number, mo: number, d: number, h: number, mi: number, s: number): number {
  const dt = new Date(0);
  dt.setUTCFullYear(y, mo - 1, d);
  dt.setUTCHours(h, mi, s, 0);
  return dt.getTime();
}

/** Day number (days since 1970-01-01) of a civil date. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(utcFromFields(year, month, day, 0, 0, 0) / DAY_MS);
}

/** Civil date of a day number. */
export function civilDate(day: number): { year: number; month: number; day: number } {
  const dt = new Date(day * DAY_MS);
  return { year: dt.getUTCFullYear(), month: dt.getUTCMonth() + 1, day: dt.getUTCDate() };
}

/** "YYYY-MM-DD" of a day number. */
export function isoDate(day: number): string {
  const c = civilDate(day);
  return `${String(c.year).padStart(4, '0')}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
}

/** Day number of "YYYY-MM-DD", or null when it is not a real date. */
export function parseIsoDate(s: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const n = dayNumber(y, mo, d);
  const back = civilDate(n);
  if (back.year !== y || back.month !== mo || back.day !== d) return null;
  return n;
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayIndex(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/**
 * The UTC instant of wall time `minuteOfDay` (0…1440) on local day `day` in `timeZone`.
 * Gaps resolve forward, overlaps to the earlier instant (see the header).
 */
export function localToUtc(day: number, minuteOfDay: number, timeZone: string): number {
  const wall = day * DAY_MS + minuteOfDay * MINUTE_MS;
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  if (before === after) {
    // No transition near: one offset (checked once more for zones that changed twice within two days).
    const c = wall - before;
    const o = offsetAt(c, timeZone);
    return o === before ? c : wall - o;
  }
  const c1 = wall - before;
  const c2 = wall - after;
  const ok1 = offsetAt(c1, timeZone) === before;
  const ok2 = offsetAt(c2, timeZone) === after;
  if (ok1 && ok2) return Math.min(c1, c2); // repeated hour: the earlier instant
  if (ok1) return c1;
  if (ok2) return c2;
  // Skipped hour: the moment the clocks jumped (the first instant after the gap), found by bisection on
  // whole minutes between the two readings (transitions happen on a minute).
  let lo = Math.floor(Math.min(c1, c2) / MINUTE_MS);
  let hi = Math.ceil(Math.max(c1, c2) / MINUTE_MS);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(mid * MINUTE_MS, timeZone) === after) hi = mid;
    else lo = mid;
  }
  return hi * MINUTE_MS;
}

/** The local day number and minute of day (fractional) of instant `ms` in `timeZone`. */
export function utcToLocal(ms: number, timeZone: string): { day: number; minute: number } {
  const local = ms + offsetAt(ms, timeZone);
  const day = Math.floor(local / DAY_MS);
  return { day, minute: (local - day * DAY_MS) / MINUTE_MS };
}

/**
 * ISO 8601 with the zone's offset at that instant ("2026-11-23T09:15:00+02:00"); whole seconds, or
 * milliseconds when there are any.
 */
export function formatInZone(ms: number, timeZone: string): string {
  const off = offsetAt(ms, timeZone);
  const local = new Date(ms + off);
  const iso = local.toISOString(); // the local wall time, labelled Z: relabel with the offset
  const body = local.getUTCMilliseconds() === 0 ? iso.slice(0, 19) : iso.slice(0, 23);
  if (off === 0) return `${body}Z`;
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off) / MINUTE_MS;
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(Math.round(abs % 60)).padStart(2, '0');
  return `${body}${sign}${hh}:${mm}`;
}
