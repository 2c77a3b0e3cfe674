import { describe, expect, it } from 'vitest';
import type { Policy } from '../../shared/types.ts';
import { formatRanges, hoursValue, localDate, todayHours } from './hours.ts';
import { fillTemplate, isComplete, templateVariables } from './template.ts';

describe('fillTemplate', () => {
  it('fills every variable and places the cursor', () => {
    const f = fillTemplate('Sveiki, {{author}}! {{cursor}}Mēs strādājam {{hours}}. {{agent}}, {{brand}}', {
      author: 'Anna',
      agent: 'KM',
      brand: 'Velora',
      hours: '09:00–18:00',
    });
    expect(f).toEqual({
      text: 'Sveiki, Anna! Mēs strādājam 09:00–18:00. KM, Velora',
      missing: [],
      cursor: 14,
    });
    expect(isComplete(f)).toBe(true);
  });

  it('lists missing, empty and unknown variables and never drops them silently', () => {
    const f = fillTemplate('Hi {{author}} ({{ handle }}), due {{deadline}} {{foo}} {{author}}', {
      author: '  ',
      handle: '@anna',
    });
    expect(f.missing).toEqual(['author', 'deadline', 'foo']);
    expect(f.text).toBe('Hi {{author}} (@anna), due {{deadline}} {{foo}} {{author}}');
    expect(isComplete(f)).toBe(false);
  });

  it('flags hand-written placeholders like [name] in any language', () => {
    for (const t of [
      'Thank you [name]!',
      'Paldies, [vārds]!',
      'Спасибо, [имя клиента]!',
      'Hi {name}',
      'Hi <name>',
    ])
      expect(fillTemplate(t, { author: 'Anna' }).missing.length, t).toBe(1);
    // Ordinary brackets with digits or links are not placeholders.
    expect(fillTemplate('See [1] and (2), {{author}}', { author: 'Anna' }).missing).toEqual([]);
  });

  it('inserts values as plain text in one pass', () => {
    const f = fillTemplate('Hi {{author}}', { author: '{{agent}} <b>' });
    expect(f).toEqual({ text: 'Hi {{agent}} <b>', missing: [] });
  });

  it('lists the variables a template uses', () => {
    expect(templateVariables('{{author}} {{cursor}} {{hours}} {{author}}')).toEqual(['author', 'hours']);
  });
});

const POLICY: Policy = {
  timezone: 'Europe/Riga',
  week: {
    mon: [['09:00', '18:00']],
    fri: [
      ['13:00', '18:00'],
      ['09:00', '12:00'],
    ],
    sat: [['10:00', '17:00']],
    sun: [],
  },
  holidays: ['2026-11-18'],
  exceptions: [{ date: '2026-12-24', ranges: [['09:00', '13:00']] }],
  targets: { default: 60 },
};

describe('hours', () => {
  it("uses the policy's time zone to pick the day", () => {
    // 2026-11-22 23:30 UTC is already Monday 01:30 in Riga.
    expect(localDate(new Date('2026-11-22T23:30:00Z'), 'Europe/Riga')).toEqual({
      date: '2026-11-23',
      weekday: 'mon',
    });
    expect(hoursValue(POLICY, new Date('2026-11-22T23:30:00Z'))).toBe('09:00–18:00');
    expect(hoursValue({ ...POLICY, timezone: 'UTC' }, new Date('2026-11-22T23:30:00Z'))).toBeUndefined();
  });

  it('sorts split shifts, closes on holidays, applies exceptions', () => {
    expect(hoursValue(POLICY, new Date('2026-11-27T10:00:00Z'))).toBe('09:00–12:00, 13:00–18:00');
    expect(todayHours(POLICY, new Date('2026-11-18T10:00:00Z'))).toMatchObject({ holiday: true, ranges: [] });
    expect(hoursValue(POLICY, new Date('2026-11-18T10:00:00Z'))).toBeUndefined();
    expect(hoursValue(POLICY, new Date('2026-12-24T10:00:00Z'))).toBe('09:00–13:00');
    expect(hoursValue(POLICY, new Date('2026-11-24T10:00:00Z'))).toBeUndefined(); // tue: not listed
    expect(formatRanges([])).toBe('');
  });

  it('gives no value for an unknown time zone or no policy', () => {
    expect(hoursValue({ ...POLICY, timezone: 'Mars/Olympus' }, new Date())).toBeUndefined();
    expect(hoursValue(undefined, new Date())).toBeUndefined();
  });
});
