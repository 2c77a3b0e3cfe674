/**
 * Response policy validation (policy.json in interfaces.md). `validatePolicy` returns a clean copy or throws
 * a PolicyError whose `field` names what is wrong ("week.mon[1]", "targets.x", "timezone"), so the settings
 * page can point at it. Callers validate BEFORE saving: a bad policy never replaces the one in force.
 */
import { PLATFORMS, type Platform, type Policy, WEEKDAYS, type Weekday } from '../../shared/types.ts';
import { isValidTimeZone, parseIsoDate } from './zone.ts';

export class PolicyError extends Error {
  override name = 'PolicyError';
  constructor(
    /** The field at fault, as a path: "week.fri[0]", "targets.default", "holidays[2]", "holidays (.ics)". */
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}

export const DEFAULT_WARN_BEFORE = 0.25;

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight of "HH:MM" ("24:00" allowed only as the end of a range), or null. */
export function parseHhMm(s: unknown, allowEndOfDay = false): number | null {
  if (typeof s !== 'string') return null;
  if (allowEndOfDay && s === '24:00') return 1440;
  const m = HHMM.exec(s);
  if (!m) return null;
  return Number(m[1]) * 60 + Number(m[2]);
}

/** Validate one day's list of ranges; returns them as sorted [startMinute, endMinute] pairs. */
export function validateRanges(v: unknown, field: string): [number, number][] {
  if (!Array.isArray(v)) throw new PolicyError(field, 'expected a list of ["HH:MM","HH:MM"] ranges');
  const out: { r: [number, number]; i: number }[] = [];
  v.forEach((range, i) => {
    const f = `${field}[${i}]`;
    if (!Array.isArray(range) || range.length !== 2)
      throw new PolicyError(f, 'expected a range ["HH:MM","HH:MM"]');
    const start = parseHhMm(range[0]);
    if (start === null)
      throw new PolicyError(
        `${f}[0]`,
        `"${String(range[0])}" is not a time of day HH:MM (00:00–23:59, two digits each)`,
      );
    const end = parseHhMm(range[1], true);
    if (end === null)
      throw new PolicyError(
        `${f}[1]`,
        `"${String(range[1])}" is not a time of day HH:MM (00:00–24:00, two digits each)`,
      );
    if (end <= start)
      throw new PolicyError(
        f,
        `the range ends (${range[1]}) before it starts (${range[0]}); ranges never cross midnight: split it into two days`,
      );
    out.push({ r: [start, end], i });
  });
  out.sort((a, b) => a.r[0] - b.r[0]);
  for (let k = 1; k < out.length; k++) {
    const prev = out[k - 1];
    const cur = out[k];
    if (prev && cur && cur.r[0] < prev.r[1])
      throw new PolicyError(
        `${field}[${cur.i}]`,
        `overlaps ${field}[${prev.i}] (${fmt(prev.r)} and ${fmt(cur.r)})`,
      );
  }
  return out.map((o) => o.r);
}

function fmt(r: [number, number]): string {
  const t = (m: number) =>
    `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return `${t(r[0])}–${t(r[1])}`;
}

function validateTargets(
  v: unknown,
  field: string,
  requireDefault: boolean,
): Partial<Record<Platform | 'default', number>> {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new PolicyError(field, 'expected an object of minutes per platform, e.g. {"x": 30, "default": 60}');
  const out: Partial<Record<Platform | 'default', number>> = {};
  for (const [k, n] of Object.entries(v)) {
    if (k !== 'default' && !(PLATFORMS as readonly string[]).includes(k))
      throw new PolicyError(`${field}.${k}`, `unknown platform (use ${PLATFORMS.join(', ')} or default)`);
    if (typeof n !== 'number' || !Number.isFinite(n))
      throw new PolicyError(`${field}.${k}`, 'expected a number of minutes');
    if (n <= 0) throw new PolicyError(`${field}.${k}`, `must be more than 0 minutes (got ${n})`);
    if (n > 525_600) throw new PolicyError(`${field}.${k}`, `more than a year of minutes (got ${n})`);
    out[k as Platform | 'default'] = n;
  }
  if (requireDefault && out.default === undefined)
    throw new PolicyError(`${field}.default`, 'required: the target for platforms without their own');
  return out;
}

/** Check a policy; return a clean copy (ranges sorted) or throw a PolicyError naming the field. */
export function validatePolicy(raw: unknown): Policy {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new PolicyError('policy', 'expected a JSON object');
  const p = raw as Record<string, unknown>;

  if (typeof p.timezone !== 'string' || p.timezone.trim() === '')
    throw new PolicyError('timezone', 'required: an IANA time zone such as "Europe/Riga"');
  if (!isValidTimeZone(p.timezone))
    throw new PolicyError(
      'timezone',
      `unknown time zone "${p.timezone}" (use an IANA name such as "Europe/Riga")`,
    );

  if (typeof p.week !== 'object' || p.week === null || Array.isArray(p.week))
    throw new PolicyError('week', 'required: opening hours per weekday, e.g. {"mon": [["09:00","18:00"]]}');
  const week: Partial<Record<Weekday, [string, string][]>> = {};
  let openMinutes = 0;
  for (const [k, ranges] of Object.entries(p.week)) {
    if (!(WEEKDAYS as readonly string[]).includes(k))
      throw new PolicyError(`week.${k}`, `unknown weekday (use ${WEEKDAYS.join(', ')})`);
    const parsed = validateRanges(ranges, `week.${k}`);
    for (const [s, e] of parsed) openMinutes += e - s;
    week[k as Weekday] = parsed.map(toStrings);
  }

  let holidays: string[] | undefined;
  if (p.holidays !== undefined) {
    if (!Array.isArray(p.holidays))
      throw new PolicyError('holidays', 'expected a list of "YYYY-MM-DD" dates');
    holidays = p.holidays.map((h, i) => {
      if (typeof h !== 'string' || parseIsoDate(h) === null)
        throw new PolicyError(`holidays[${i}]`, `"${String(h)}" is not a date YYYY-MM-DD`);
      return h;
    });
  }

  let exceptions: Policy['exceptions'];
  if (p.exceptions !== undefined) {
    if (!Array.isArray(p.exceptions))
      throw new PolicyError('exceptions', 'expected a list of {"date": "YYYY-MM-DD", "ranges": [...]}');
    const seen = new Set<string>();
    exceptions = p.exceptions.map((e, i) => {
      const f = `exceptions[${i}]`;
      if (typeof e !== 'object' || e === null) throw new PolicyError(f, 'expected {"date", "ranges"}');
      const { date, ranges } = e as { date?: unknown; ranges?: unknown };
      if (typeof date !== 'string' || parseIsoDate(date) === null)
        throw new PolicyError(`${f}.date`, `"${String(date)}" is not a date YYYY-MM-DD`);
      if (seen.has(date)) throw new PolicyError(`${f}.date`, `${date} has two exceptions; merge them`);
      seen.add(date);
      const parsed = validateRanges(ranges ?? [], `${f}.ranges`);
      for (const [s, en] of parsed) openMinutes += en - s;
      return { date, ranges: parsed.map(toStrings) };
    });
  }

  if (openMinutes === 0) throw new PolicyError('week', 'no opening hours at all: nothing could ever be due');

  const targets = validateTargets(p.targets, 'targets', true);
  const out: Policy = { timezone: p.timezone, week, targets };
  if (holidays) out.holidays = holidays;
  if (exceptions) out.exceptions = exceptions;
  if (p.nextTargets !== undefined) out.nextTargets = validateTargets(p.nextTargets, 'nextTargets', false);
  if (p.resolutionTargets !== undefined)
    out.resolutionTargets = validateTargets(p.resolutionTargets, 'resolutionTargets', false);
  if (p.warnBefore !== undefined) {
    const w = p.warnBefore;
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0 || w >= 1)
      throw new PolicyError(
        'warnBefore',
        `expected the share of the target left when warning, from 0 up to (not including) 1; got ${JSON.stringify(w)}`,
      );
    out.warnBefore = w;
  }
  return out;
}

function toStrings(r: [number, number]): [string, string] {
  const t = (m: number) =>
    `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return [t(r[0]), t(r[1])];
}

/** Parse policy.json text and validate it. */
export function parsePolicyJson(text: string): Policy {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new PolicyError('policy', `not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  return validatePolicy(raw);
}

/**
 * The policy used until the agent sets one: weekdays 09:00–18:00 in the given zone (the browser's own),
 * 30 minutes on X and 60 elsewhere (what customers expect), warning in the last quarter.
 */
export function defaultPolicy(timezone: string): Policy {
  const day: [string, string][] = [['09:00', '18:00']];
  return {
    timezone,
    week: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: [], sun: [] },
    holidays: [],
    targets: { x: 30, default: 60 },
    warnBefore: 0.25,
  };
}
