import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  formatInZone,
  isoDate,
  isValidTimeZone,
  localToUtc,
  offsetAt,
  parseIsoDate,
  utcToLocal,
  weekdayIndex,
} from './zone.ts';

describe('zone', () => {
  it('offsets in Riga and Belgrade, both seasons', () => {
    expect(offsetAt(Date.parse('2026-01-15T12:00:00Z'), 'Europe/Riga')).toBe(2 * 3600e3);
    expect(offsetAt(Date.parse('2026-07-15T12:00:00Z'), 'Europe/Riga')).toBe(3 * 3600e3);
    expect(offsetAt(Date.parse('2026-01-15T12:00:00Z'), 'Europe/Belgrade')).toBe(3600e3);
    expect(offsetAt(Date.parse('2026-07-15T12:00:00Z'), 'Europe/Belgrade')).toBe(2 * 3600e3);
    expect(offsetAt(Date.parse('2026-07-15T12:00:00Z'), 'Asia/Kolkata')).toBe(5.5 * 3600e3);
  });

  it('local → UTC across the changes (skipped hour → the jump, repeated hour → the earlier pass)', () => {
    const day = dayNumber(2026, 3, 29);
    expect(new Date(localToUtc(day, 2 * 60 + 59, 'Europe/Riga')).toISOString()).toBe(
      '2026-03-29T00:59:00.000Z',
    );
    expect(new Date(localToUtc(day, 3 * 60 + 30, 'Europe/Riga')).toISOString()).toBe(
      '2026-03-29T01:00:00.000Z',
    );
    expect(new Date(localToUtc(day, 4 * 60, 'Europe/Riga')).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(new Date(localToUtc(day, 2 * 60 + 30, 'Europe/Belgrade')).toISOString()).toBe(
      '2026-03-29T01:00:00.000Z',
    );
    const autumn = dayNumber(2026, 10, 25);
    expect(new Date(localToUtc(autumn, 3 * 60 + 30, 'Europe/Riga')).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    expect(new Date(localToUtc(autumn, 2 * 60 + 30, 'Europe/Belgrade')).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    expect(new Date(localToUtc(autumn, 12 * 60, 'Europe/Belgrade')).toISOString()).toBe(
      '2026-10-25T11:00:00.000Z',
    );
  });

  it('UTC → local', () => {
    expect(utcToLocal(Date.parse('2026-10-25T00:30:00Z'), 'Europe/Riga')).toEqual({
      day: dayNumber(2026, 10, 25),
      minute: 210,
    });
    expect(utcToLocal(Date.parse('2026-10-25T01:30:00Z'), 'Europe/Riga')).toEqual({
      day: dayNumber(2026, 10, 25),
      minute: 210,
    });
  });

  it('formats with the zone offset', () => {
    expect(formatInZone(Date.parse('2026-11-23T07:15:00Z'), 'Europe/Riga')).toBe('2026-11-23T09:15:00+02:00');
    expect(formatInZone(Date.parse('2026-07-01T07:15:00Z'), 'Europe/Riga')).toBe('2026-07-01T10:15:00+03:00');
    expect(formatInZone(Date.parse('2026-07-01T07:15:00Z'), 'America/New_York')).toBe(
      '2026-07-01T03:15:00-04:00',
    );
    expect(formatInZone(Date.parse('2026-07-01T07:15:00.250Z'), 'UTC')).toBe('2026-07-01T07:15:00.250Z');
    expect(formatInZone(Date.parse('2026-07-01T07:15:00Z'), 'Asia/Kolkata')).toBe(
      '2026-07-01T12:45:00+05:30',
    );
  });

  it('dates and weekdays', () => {
    expect(weekdayIndex(dayNumber(2026, 11, 23))).toBe(0); // Monday
    expect(weekdayIndex(dayNumber(2026, 11, 22))).toBe(6); // Sunday
    expect(isoDate(dayNumber(2024, 2, 29))).toBe('2024-02-29');
    expect(parseIsoDate('2026-02-29')).toBeNull();
    expect(parseIsoDate('2026-13-01')).toBeNull();
    expect(parseIsoDate('26-01-01')).toBeNull();
  });

  it('knows valid zones', () => {
    expect(isValidTimeZone('Europe/Riga')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Europe/Atlantis')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});
