/**
 * Property tests over random policies (several zones with daylight saving, including Lord Howe's
 * half-hour change), random arrival times through 2026 and random targets, with a seeded generator so a
 * failure reproduces. The reference is the naive minute-by-minute walk in naive.ts.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../shared/rng.ts';
import { type Policy, WEEKDAYS, type Weekday } from '../../shared/types.ts';
import { calendarOf, dueTimeMs } from './due.ts';
import { naiveDueMs, naiveIsOpen } from './naive.ts';
import { validatePolicy } from './policy.ts';
import { MINUTE_MS } from './zone.ts';

const ZONES = [
  'Europe/Riga',
  'Europe/Belgrade',
  'America/New_York',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'UTC',
];
const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const YEAR_START = Date.UTC(2026, 0, 1);
const YEAR_MS = 365 * 86_400_000;

/** Random ranges for one day; boundaries on quarter hours, none strictly inside 01:00–04:00 (see calendar.ts). */
function randomDay(r: () => number): [string, string][] {
  const points = new Set<number>();
  const n = Math.floor(r() * 3) * 2; // 0, 2 or 4 boundaries
  while (points.size < n) {
    const m = Math.floor(r() * 97) * 15; // 0 … 1440
    if (m > 60 && m < 240) continue;
    points.add(m);
  }
  const sorted = [...points].sort((a, b) => a - b);
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < sorted.length; i += 2)
    out.push([hhmm(sorted[i] as number), hhmm(sorted[i + 1] as number)]);
  return out;
}

function randomPolicy(r: () => number): Policy {
  const week: Partial<Record<Weekday, [string, string][]>> = {};
  for (const d of WEEKDAYS) week[d] = randomDay(r);
  if (Object.values(week).every((x) => x.length === 0)) week.mon = [['09:00', '17:00']];
  const holidays: string[] = [];
  for (let i = 0; i < 6; i++)
    holidays.push(new Date(YEAR_START + Math.floor(r() * YEAR_MS)).toISOString().slice(0, 10));
  return validatePolicy({
    timezone: ZONES[Math.floor(r() * ZONES.length)],
    week,
    holidays: [...new Set(holidays)],
    targets: { default: 1 + Math.floor(r() * 240) },
    warnBefore: r() * 0.9,
  });
}

describe('due time properties', () => {
  it('equals the minute-by-minute reference, and is never in closed time', () => {
    const r = mulberry32(20261123);
    for (let i = 0; i < 60; i++) {
      const p = randomPolicy(r);
      const at = YEAR_START + Math.floor(r() * (YEAR_MS / MINUTE_MS)) * MINUTE_MS;
      const { dueAt, warnAt } = dueTimeMs(p, 'web', at);
      const ctx = JSON.stringify({ i, p, at: new Date(at).toISOString() });
      expect(dueAt, ctx).toBe(naiveDueMs(p, 'web', at));
      // The last business minute counted lies before the due time, and it is open.
      expect(naiveIsOpen(p, dueAt - MINUTE_MS), ctx).toBe(true);
      expect(warnAt, ctx).toBeLessThanOrEqual(dueAt);
      expect(warnAt, ctx).toBeGreaterThanOrEqual(at);
      const cal = calendarOf(p);
      expect(cal.minutesBetween(at, dueAt), ctx).toBeCloseTo(p.targets.default as number, 6);
    }
  });

  it('matches the reference around daylight-saving changes, with night hours across them', () => {
    const r = mulberry32(3103);
    const changes = [
      '2026-03-29T01:00:00Z',
      '2026-10-25T01:00:00Z',
      '2026-03-08T07:00:00Z',
      '2026-11-01T06:00:00Z',
      '2026-04-04T15:00:00Z',
      '2026-10-03T15:30:00Z',
    ].map(Date.parse);
    for (let i = 0; i < 40; i++) {
      const base = randomPolicy(r);
      const night: [string, string][] = [['00:00', hhmm(240 + Math.floor(r() * 16) * 15)]];
      const p = validatePolicy({ ...base, week: { ...base.week, sun: night, sat: night } });
      const change = changes[Math.floor(r() * changes.length)] as number;
      const at = change + Math.floor((r() - 0.5) * 2 * 36 * 60) * MINUTE_MS;
      const ctx = JSON.stringify({ i, p, at: new Date(at).toISOString() });
      expect(dueTimeMs(p, 'web', at).dueAt, ctx).toBe(naiveDueMs(p, 'web', at));
    }
  });

  it('more target minutes never give an earlier due time; a later post is never due earlier', () => {
    const r = mulberry32(7);
    for (let i = 0; i < 200; i++) {
      const p = randomPolicy(r);
      const at = YEAR_START + Math.floor(r() * YEAR_MS);
      const a = 1 + Math.floor(r() * 3000);
      const b = a + Math.floor(r() * 3000);
      const pa = { ...p, targets: { default: a } };
      const pb = { ...p, targets: { default: b } };
      const da = dueTimeMs(pa, 'x', at).dueAt;
      const db = dueTimeMs(pb, 'x', at).dueAt;
      expect(db, JSON.stringify({ i, a, b, at })).toBeGreaterThanOrEqual(da);
      const later = at + Math.floor(r() * 3 * 86_400_000);
      expect(dueTimeMs(pa, 'x', later).dueAt).toBeGreaterThanOrEqual(da);
    }
  });

  it('due times are open instants or closing times (business-minute form of "never closed")', () => {
    const r = mulberry32(99);
    for (let i = 0; i < 300; i++) {
      const p = randomPolicy(r);
      const at = YEAR_START + Math.floor(r() * YEAR_MS);
      const cal = calendarOf(p);
      const { dueAt } = dueTimeMs(p, 'x', at);
      expect(cal.isOpen(dueAt) || cal.isOpen(dueAt - 1)).toBe(true);
    }
  });
});
