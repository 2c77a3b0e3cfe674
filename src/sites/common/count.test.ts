import { describe, expect, it } from 'vitest';
import { parseCount } from './count.ts';
import { isoTime, tidy } from './dom.ts';

describe('parseCount', () => {
  it.each([
    ['48', 48],
    ['1,234', 1234],
    ['1.234', 1234],
    ['1 234', 1234],
    ['1\u00a0234 likes', 1234],
    ['1.2K', 1200],
    ['45K', 45000],
    ['1,2 tūkst.', 1200],
    ['2,5 tūkst.', 2500],
    ['3 тыс.', 3000],
    ['12,5 тыс', 12500],
    ['2 млн', 2000000],
    ['1.5M', 1500000],
    ['1,2 tuh.', 1200],
    ['4 hilj.', 4000],
  ])('%s → %d', (s, n) => expect(parseCount(s)).toBe(n));

  it('does not read a word as a multiplier', () => {
    expect(parseCount('48 kommentaari')).toBe(48);
    expect(parseCount('7 комментариев')).toBe(7);
  });

  it('returns undefined without a number', () => {
    expect(parseCount('')).toBeUndefined();
    expect(parseCount('Reply')).toBeUndefined();
    expect(parseCount(null)).toBeUndefined();
  });
});

describe('fast paths give the same answers as the full parsers', () => {
  it('plain digit counts', () => {
    for (const s of ['0', '7', '48', '1200', '000123', '999999999999999'])
      expect(parseCount(s)).toBe(Number(s));
    expect(parseCount('1,234')).toBe(1234);
    expect(parseCount('1.2K')).toBe(1200);
  });
  it('canonical ISO times are returned as they are, and only real instants are', () => {
    for (const s of [
      '2026-11-23T08:00:05.000Z',
      '2024-02-29T23:59:59.999Z',
      '1970-01-01T00:00:00.000Z',
      '2026-12-31T12:00:00.123Z',
    ])
      expect(isoTime(s)).toBe(new Date(s).toISOString());
    // Not real days: the fast path leaves them to the full parser, which answers as before.
    for (const s of ['2026-02-29T10:00:00.000Z', '2026-11-31T10:00:00.000Z']) {
      const t = Date.parse(s);
      expect(isoTime(s)).toBe(Number.isFinite(t) ? new Date(t).toISOString() : null);
      expect(isoTime(s)).not.toBe(s);
    }
    expect(isoTime('2026-13-01T10:00:00.000Z')).toBeNull();
    expect(isoTime('2026-11-23T10:00:00+02:00')).toBe('2026-11-23T08:00:00.000Z');
  });
});

describe('tidy fast path', () => {
  const slow = (s: string) =>
    s
      .replace(/\r\n?/g, '\n')
      .replace(/[^\S\n]+/g, ' ')
      .replace(/ *\n */g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  it('returns exactly what the four replacements return, for tidy and untidy texts', () => {
    const parts = [
      'a',
      'Velora',
      ' ',
      '  ',
      '\n',
      '\r\n',
      '\t',
      '\u00a0',
      '\u2009',
      '\ufeff',
      'ū',
      '👋',
      '\n\n\n',
    ];
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let i = 0; i < 3000; i++) {
      let s = '';
      const n = Math.floor(rnd() * 8);
      for (let k = 0; k < n; k++) s += parts[Math.floor(rnd() * parts.length)];
      expect(tidy(s)).toBe(slow(s));
    }
    expect(tidy('Velora mans internets atkal nestrādā!')).toBe('Velora mans internets atkal nestrādā!');
  });
});
