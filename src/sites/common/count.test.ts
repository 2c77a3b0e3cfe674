import { describe, expect, it } from 'vitest';
import { parseCount } from './count.ts';

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
