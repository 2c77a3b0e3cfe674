import { describe, expect, it } from 'vitest';
import { PolicyError, parseHhMm, parsePolicyJson, validatePolicy } from './policy.ts';

const good = {
  timezone: 'Europe/Riga',
  week: {
    mon: [['09:00', '18:00']],
    tue: [['09:00', '18:00']],
    wed: [['09:00', '18:00']],
    thu: [['09:00', '18:00']],
    fri: [['09:00', '18:00']],
    sat: [['10:00', '17:00']],
    sun: [],
  },
  holidays: ['2026-11-18'],
  targets: { x: 30, default: 60 },
  warnBefore: 0.25,
};

function fieldOf(raw: unknown): string {
  try {
    validatePolicy(raw);
  } catch (e) {
    if (e instanceof PolicyError) return e.field;
    throw e;
  }
  return '(valid)';
}

describe('validatePolicy', () => {
  it('accepts the interfaces.md example unchanged', () => {
    expect(validatePolicy(good)).toEqual(good);
  });

  it('sorts split shifts and accepts 24:00 as an end', () => {
    const p = validatePolicy({
      ...good,
      week: {
        mon: [
          ['13:00', '24:00'],
          ['08:00', '12:00'],
        ],
      },
    });
    expect(p.week.mon).toEqual([
      ['08:00', '12:00'],
      ['13:00', '24:00'],
    ]);
  });

  it.each([
    [
      'overlapping ranges',
      {
        ...good,
        week: {
          mon: [
            ['09:00', '13:00'],
            ['12:00', '18:00'],
          ],
        },
      },
      'week.mon[1]',
    ],
    ['inverted range', { ...good, week: { tue: [['18:00', '09:00']] } }, 'week.tue[0]'],
    ['empty range', { ...good, week: { tue: [['09:00', '09:00']] } }, 'week.tue[0]'],
    ['bad HH:MM', { ...good, week: { wed: [['9:00', '18:00']] } }, 'week.wed[0][0]'],
    ['25:00', { ...good, week: { wed: [['09:00', '25:00']] } }, 'week.wed[0][1]'],
    ['24:00 as a start', { ...good, week: { wed: [['24:00', '24:00']] } }, 'week.wed[0][0]'],
    ['range not a pair', { ...good, week: { thu: [['09:00']] } }, 'week.thu[0]'],
    ['unknown weekday', { ...good, week: { monday: [['09:00', '18:00']] } }, 'week.monday'],
    ['unknown time zone', { ...good, timezone: 'Europe/Atlantis' }, 'timezone'],
    ['missing time zone', { ...good, timezone: undefined }, 'timezone'],
    ['offset instead of a zone name', { ...good, timezone: 'GMT+2:00x' }, 'timezone'],
    ['target of zero', { ...good, targets: { x: 0, default: 60 } }, 'targets.x'],
    ['negative target', { ...good, targets: { default: -5 } }, 'targets.default'],
    ['target as text', { ...good, targets: { default: '60' } }, 'targets.default'],
    ['no default target', { ...good, targets: { x: 30 } }, 'targets.default'],
    ['unknown platform', { ...good, targets: { twitter: 30, default: 60 } }, 'targets.twitter'],
    ['zero next target', { ...good, nextTargets: { default: 0 } }, 'nextTargets.default'],
    ['bad holiday', { ...good, holidays: ['2026-02-30'] }, 'holidays[0]'],
    ['holidays not a list', { ...good, holidays: '2026-11-18' }, 'holidays'],
    ['bad exception date', { ...good, exceptions: [{ date: 'tomorrow', ranges: [] }] }, 'exceptions[0].date'],
    [
      'overlapping exception',
      {
        ...good,
        exceptions: [
          {
            date: '2026-12-24',
            ranges: [
              ['09:00', '12:00'],
              ['11:00', '13:00'],
            ],
          },
        ],
      },
      'exceptions[0].ranges[1]',
    ],
    ['warnBefore of 1', { ...good, warnBefore: 1 }, 'warnBefore'],
    ['negative warnBefore', { ...good, warnBefore: -0.1 }, 'warnBefore'],
    ['never open', { ...good, week: { sun: [] } }, 'week'],
    ['not an object', [], 'policy'],
  ])('%s → names %s', (_name, raw, field) => {
    expect(fieldOf(raw)).toBe(field);
  });

  it('explains the problem in the message', () => {
    expect(() =>
      validatePolicy({
        ...good,
        week: {
          mon: [
            ['09:00', '13:00'],
            ['12:00', '18:00'],
          ],
        },
      }),
    ).toThrow('week.mon[1]: overlaps week.mon[0] (09:00–13:00 and 12:00–18:00)');
    expect(() => validatePolicy({ ...good, timezone: 'Mars/Olympus' })).toThrow(
      /unknown time zone "Mars\/Olympus"/,
    );
    expect(() => validatePolicy({ ...good, targets: { default: 0 } })).toThrow(/more than 0 minutes/);
  });

  it('touching ranges are not an overlap', () => {
    expect(
      fieldOf({
        ...good,
        week: {
          mon: [
            ['09:00', '12:00'],
            ['12:00', '18:00'],
          ],
        },
      }),
    ).toBe('(valid)');
  });

  it('parsePolicyJson reports bad JSON on the policy', () => {
    expect(() => parsePolicyJson('{"timezone":')).toThrow(/^policy: not valid JSON/);
    expect(parsePolicyJson(`\uFEFF${JSON.stringify(good)}`).timezone).toBe('Europe/Riga');
  });

  it('parseHhMm', () => {
    expect(parseHhMm('00:00')).toBe(0);
    expect(parseHhMm('23:59')).toBe(1439);
    expect(parseHhMm('24:00')).toBeNull();
    expect(parseHhMm('24:00', true)).toBe(1440);
    expect(parseHhMm('9:00')).toBeNull();
    expect(parseHhMm('09:60')).toBeNull();
  });
});
