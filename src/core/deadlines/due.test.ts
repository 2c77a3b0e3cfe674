import { describe, expect, it } from 'vitest';
import type { Platform, Policy } from '../../shared/types.ts';
import { dueTime, targetMinutes } from './due.ts';
import { validatePolicy } from './policy.ts';
import { formatInZone } from './zone.ts';

const nine17: [string, string][] = [['09:00', '17:00']];
const nine18: [string, string][] = [['09:00', '18:00']];

function policy(p: Partial<Policy> & Pick<Policy, 'timezone'>): Policy {
  return validatePolicy({
    week: { mon: nine17, tue: nine17, wed: nine17, thu: nine17, fri: nine17 },
    targets: { default: 30 },
    warnBefore: 0.25,
    ...p,
  });
}

const riga = policy({ timezone: 'Europe/Riga' });
const rigaHoliday = policy({
  timezone: 'Europe/Riga',
  week: { mon: nine18, tue: nine18, wed: nine18, thu: nine18, fri: nine18, sat: [['10:00', '17:00']] },
  holidays: ['2026-11-18'],
  targets: { x: 30, default: 60 },
});
const split = policy({
  timezone: 'Europe/Riga',
  week: {
    mon: [
      ['09:00', '12:00'],
      ['13:00', '17:00'],
    ],
    tue: [
      ['08:00', '10:00'],
      ['16:00', '20:00'],
    ],
  },
});
// Night shifts on Sundays, to put open hours right across the daylight-saving changes.
const nights = (timezone: string) =>
  policy({ timezone, week: { sun: [['00:00', '06:00']], mon: nine17 }, targets: { default: 120 } });
const rigaNights = nights('Europe/Riga');
const belgradeNights = nights('Europe/Belgrade');
const belgradeGap = policy({
  timezone: 'Europe/Belgrade',
  week: {
    sun: [
      ['02:00', '03:00'],
      ['10:00', '12:00'],
    ],
  },
  targets: { default: 60 },
});
const belgrade = policy({
  timezone: 'Europe/Belgrade',
  week: { mon: nine18, fri: nine18 },
  targets: { default: 60 },
});
const rigaDst = policy({ timezone: 'Europe/Riga', week: { mon: nine18, fri: nine18 } });
const longTargets = policy({
  timezone: 'Europe/Riga',
  targets: { default: 600, reddit: 2400, youtube: 1500 },
});
const withExceptions = policy({
  timezone: 'Europe/Riga',
  exceptions: [
    { date: '2026-11-21', ranges: [['10:00', '14:00']] }, // a Saturday opened for a launch
    { date: '2026-11-24', ranges: [] }, // a Tuesday closed for training
    { date: '2026-11-18', ranges: [['12:00', '15:00']] }, // a holiday opened for half a day
  ],
  holidays: ['2026-11-18'],
});
const utc = policy({ timezone: 'UTC' });

interface Case {
  name: string;
  policy: Policy;
  platform?: Platform;
  at: string;
  due: string;
  warn?: string;
}

// 2026-11-20 is a Friday, 2026-11-23 a Monday. EU clocks change on 2026-03-29 and 2026-10-25.
const cases: Case[] = [
  {
    name: 'worked example: Friday 16:45, hours end 17:00, 30 min → Monday 09:15',
    policy: riga,
    at: '2026-11-20T16:45:00+02:00',
    due: '2026-11-23T09:15:00+02:00',
    warn: '2026-11-23T09:07:30+02:00',
  },
  {
    name: 'inside hours',
    policy: riga,
    at: '2026-11-23T10:00:00+02:00',
    due: '2026-11-23T10:30:00+02:00',
    warn: '2026-11-23T10:22:30+02:00',
  },
  {
    name: 'ends exactly at closing',
    policy: riga,
    at: '2026-11-23T16:30:00+02:00',
    due: '2026-11-23T17:00:00+02:00',
  },
  {
    name: 'arrives at closing time',
    policy: riga,
    at: '2026-11-20T17:00:00+02:00',
    due: '2026-11-23T09:30:00+02:00',
  },
  {
    name: 'arrives one minute before closing',
    policy: riga,
    at: '2026-11-20T16:59:00+02:00',
    due: '2026-11-23T09:29:00+02:00',
  },
  {
    name: 'arrives at midnight',
    policy: riga,
    at: '2026-11-23T00:00:00+02:00',
    due: '2026-11-23T09:30:00+02:00',
  },
  {
    name: 'arrives before opening',
    policy: riga,
    at: '2026-11-23T08:59:00+02:00',
    due: '2026-11-23T09:30:00+02:00',
  },
  {
    name: 'arrives at opening',
    policy: riga,
    at: '2026-11-23T09:00:00+02:00',
    due: '2026-11-23T09:30:00+02:00',
  },
  {
    name: 'arrives on Saturday',
    policy: riga,
    at: '2026-11-21T12:00:00+02:00',
    due: '2026-11-23T09:30:00+02:00',
  },
  { name: 'given in UTC', policy: riga, at: '2026-11-20T14:45:00Z', due: '2026-11-23T09:15:00+02:00' },
  {
    name: 'X target 30 with a holiday next day',
    policy: rigaHoliday,
    platform: 'x',
    at: '2026-11-17T17:45:00+02:00',
    due: '2026-11-19T09:15:00+02:00',
    warn: '2026-11-19T09:07:30+02:00',
  },
  {
    name: 'arrives on a holiday',
    policy: rigaHoliday,
    platform: 'facebook',
    at: '2026-11-18T10:00:00+02:00',
    due: '2026-11-19T10:00:00+02:00',
    warn: '2026-11-19T09:45:00+02:00',
  },
  {
    name: 'Saturday hours count',
    policy: rigaHoliday,
    platform: 'vk',
    at: '2026-11-21T16:30:00+02:00',
    due: '2026-11-23T09:30:00+02:00',
  },
  {
    name: 'split shift: across the lunch break',
    policy: split,
    at: '2026-11-23T11:50:00+02:00',
    due: '2026-11-23T13:20:00+02:00',
  },
  {
    name: 'split shift: arrives during the break',
    policy: split,
    at: '2026-11-23T12:30:00+02:00',
    due: '2026-11-23T13:30:00+02:00',
  },
  {
    name: 'split shift: evening block',
    policy: split,
    at: '2026-11-24T09:45:00+02:00',
    due: '2026-11-24T16:15:00+02:00',
  },
  {
    name: 'split shift: into next week',
    policy: split,
    at: '2026-11-24T19:50:00+02:00',
    due: '2026-11-30T09:20:00+02:00',
  },
  // Daylight saving in Riga: 03:00 → 04:00 on 29 March, 04:00 → 03:00 on 25 October.
  {
    name: 'Riga spring: two real hours across the skipped hour',
    policy: rigaNights,
    at: '2026-03-29T02:30:00+02:00',
    due: '2026-03-29T05:30:00+03:00',
    warn: '2026-03-29T05:00:00+03:00',
  },
  {
    name: 'Riga autumn: two real hours across the repeated hour',
    policy: rigaNights,
    at: '2026-10-25T02:30:00+03:00',
    due: '2026-10-25T03:30:00+02:00',
  },
  {
    name: 'Riga autumn: night shift is 7 real hours',
    policy: rigaNights,
    at: '2026-10-24T23:00:00+03:00',
    due: '2026-10-25T02:00:00+03:00',
  },
  {
    name: 'Riga spring: weekend change, Monday opens at 09:00 summer time',
    policy: rigaDst,
    at: '2026-03-27T17:45:00+02:00',
    due: '2026-03-30T09:15:00+03:00',
  },
  {
    name: 'Riga autumn: weekend change, Monday opens at 09:00 winter time',
    policy: rigaDst,
    at: '2026-10-23T17:45:00+03:00',
    due: '2026-10-26T09:15:00+02:00',
  },
  // Belgrade: 02:00 → 03:00 on 29 March, 03:00 → 02:00 on 25 October.
  {
    name: 'Belgrade spring: across the skipped hour',
    policy: belgradeNights,
    at: '2026-03-29T01:30:00+01:00',
    due: '2026-03-29T04:30:00+02:00',
  },
  {
    name: 'Belgrade autumn: the second 02:30',
    policy: belgradeNights,
    at: '2026-10-25T02:30:00+02:00',
    due: '2026-10-25T03:30:00+01:00',
  },
  {
    name: 'Belgrade autumn: weekend change',
    policy: belgrade,
    at: '2026-10-23T17:50:00+02:00',
    due: '2026-10-26T09:50:00+01:00',
  },
  {
    name: 'Belgrade spring: weekend change',
    policy: belgrade,
    at: '2026-03-27T17:50:00+01:00',
    due: '2026-03-30T09:50:00+02:00',
  },
  {
    name: 'Belgrade spring: a range inside the skipped hour is closed',
    policy: belgradeGap,
    at: '2026-03-29T00:00:00+01:00',
    due: '2026-03-29T11:00:00+02:00',
  },
  {
    name: 'Belgrade: the same range a week later is open',
    policy: belgradeGap,
    at: '2026-04-05T00:00:00+02:00',
    due: '2026-04-05T03:00:00+02:00',
  },
  // Targets longer than a business day.
  {
    name: '10 hours over 8-hour days',
    policy: longTargets,
    at: '2026-11-23T09:00:00+02:00',
    due: '2026-11-24T11:00:00+02:00',
    warn: '2026-11-23T16:30:00+02:00',
  },
  {
    name: '5 business days exactly',
    policy: longTargets,
    platform: 'reddit',
    at: '2026-11-23T09:00:00+02:00',
    due: '2026-11-27T17:00:00+02:00',
  },
  {
    name: 'long target across a weekend',
    policy: longTargets,
    platform: 'youtube',
    at: '2026-11-26T15:00:00+02:00',
    due: '2026-12-01T16:00:00+02:00',
  },
  // One-off exceptions.
  {
    name: 'exception opens a Saturday',
    policy: withExceptions,
    at: '2026-11-20T16:50:00+02:00',
    due: '2026-11-21T10:20:00+02:00',
  },
  {
    name: 'exception closes a Tuesday',
    policy: withExceptions,
    at: '2026-11-23T16:50:00+02:00',
    due: '2026-11-25T09:20:00+02:00',
  },
  {
    name: 'exception beats a holiday',
    policy: withExceptions,
    at: '2026-11-18T09:00:00+02:00',
    due: '2026-11-18T12:30:00+02:00',
  },
  { name: 'UTC zone', policy: utc, at: '2026-11-20T16:45:00Z', due: '2026-11-23T09:15:00Z' },
];

describe('dueTime', () => {
  it.each(cases)('$name', (c) => {
    const r = dueTime(c.policy, c.platform ?? 'x', new Date(c.at));
    expect(formatInZone(r.dueAt.getTime(), c.policy.timezone)).toBe(c.due);
    if (c.warn) expect(formatInZone(r.warnAt.getTime(), c.policy.timezone)).toBe(c.warn);
    expect(r.warnAt.getTime()).toBeLessThanOrEqual(r.dueAt.getTime());
    expect(r.warnAt.getTime()).toBeGreaterThanOrEqual(new Date(c.at).getTime());
  });

  it('warns at the due time when warnBefore is 0', () => {
    const p = policy({ timezone: 'Europe/Riga', warnBefore: 0 });
    const r = dueTime(p, 'x', new Date('2026-11-23T10:00:00+02:00'));
    expect(r.warnAt.getTime()).toBe(r.dueAt.getTime());
  });

  it('uses 0.25 when warnBefore is absent', () => {
    const p = validatePolicy({ timezone: 'Europe/Riga', week: { mon: nine17 }, targets: { default: 60 } });
    const r = dueTime(p, 'x', new Date('2026-11-23T10:00:00+02:00'));
    expect(formatInZone(r.warnAt.getTime(), 'Europe/Riga')).toBe('2026-11-23T10:45:00+02:00');
  });

  it('next-response and resolution targets', () => {
    const p = validatePolicy({
      timezone: 'Europe/Riga',
      week: { mon: nine17 },
      targets: { x: 30, default: 60 },
      nextTargets: { default: 120 },
      resolutionTargets: { x: 480 },
    });
    expect(targetMinutes(p, 'x', 'first')).toBe(30);
    expect(targetMinutes(p, 'x', 'next')).toBe(120);
    expect(targetMinutes(p, 'x', 'resolution')).toBe(480);
    expect(targetMinutes(p, 'vk', 'resolution')).toBeNull();
    expect(targetMinutes(riga, 'x', 'next')).toBe(30); // falls back to the first-response target
    const r = dueTime(p, 'x', new Date('2026-11-23T09:00:00+02:00'), 'next');
    expect(formatInZone(r.dueAt.getTime(), 'Europe/Riga')).toBe('2026-11-23T11:00:00+02:00');
    expect(() => dueTime(p, 'vk', new Date('2026-11-23T09:00:00+02:00'), 'resolution')).toThrow(
      /resolutionTargets/,
    );
  });

  it('rejects an invalid date', () => {
    expect(() => dueTime(riga, 'x', new Date('nonsense'))).toThrow(/receivedAt/);
  });
});
