import { describe, expect, it } from 'vitest';
import { importIcsHolidays, mergeHolidays } from './ical.ts';
import { PolicyError } from './policy.ts';

const ics = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Replywise tests//Holidays//EN',
  'BEGIN:VEVENT',
  'UID:proclamation@test',
  'DTSTART;VALUE=DATE:20261118',
  'DTEND;VALUE=DATE:20261119',
  'SUMMARY:Proclamation Day',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:christmas@test',
  'DTSTART;VALUE=DATE:20261224',
  'DTEND;VALUE=DATE:20261227',
  'SUMMARY:Christmas',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:midsummer@test',
  'DTSTART;VALUE=DATE:20250623',
  'DTEND;VALUE=DATE:20250625',
  'RRULE:FREQ=YEARLY',
  'EXDATE;VALUE=DATE:20260623',
  'SUMMARY:Līgo and Jāņi, a long summary that is folded across',
  '  two lines',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:training@test',
  'DTSTART:20261120T140000Z',
  'DTEND:20261120T160000Z',
  'SUMMARY:Team training',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:cancelled@test',
  'DTSTART;VALUE=DATE:20261201',
  'STATUS:CANCELLED',
  'SUMMARY:Cancelled day off',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

describe('importIcsHolidays', () => {
  it('reads whole-day events, multi-day spans and yearly rules with exceptions', () => {
    const r = importIcsHolidays(ics, { until: '2027-12-31' });
    expect(r.holidays).toEqual([
      '2025-06-23',
      '2025-06-24',
      // the 2026 occurrence (23–24 June) is removed by EXDATE
      '2026-11-18',
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
      '2027-06-23',
      '2027-06-24',
    ]);
    expect(r.skipped).toEqual([
      { summary: 'Team training', reason: 'not a whole-day event (has a time of day)' },
      { summary: 'Cancelled day off', reason: 'cancelled' },
    ]);
  });

  it('expands yearly rules five years past now by default', () => {
    const r = importIcsHolidays(ics, { now: Date.parse('2026-11-23T00:00:00Z') });
    expect(r.holidays).toContain('2031-06-24');
    expect(r.holidays).not.toContain('2032-06-23');
  });

  it.each([
    ['empty', ''],
    ['not iCalendar', 'hello'],
    ['broken structure', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261118\r\nEND:VCALENDAR'],
    ['no events', 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR'],
    ['garbage line', 'BEGIN:VCALENDAR\r\nthis is not a property\r\nEND:VCALENDAR'],
  ])('a malformed file (%s) is a PolicyError on "holidays (.ics)"', (_n, text) => {
    try {
      importIcsHolidays(text);
      expect.unreachable('should have thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyError);
      expect((e as PolicyError).field).toBe('holidays (.ics)');
    }
  });

  it('merges into an existing list', () => {
    expect(mergeHolidays(['2026-11-18', '2026-01-01'], ['2026-11-18', '2026-05-04'])).toEqual([
      '2026-01-01',
      '2026-05-04',
      '2026-11-18',
    ]);
  });
});
