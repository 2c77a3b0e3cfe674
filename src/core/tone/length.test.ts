import { describe, expect, it } from 'vitest';
import { countLength, lengthLimit } from './length.ts';

describe('countLength', () => {
  it('X: a URL counts 23 whatever its length', () => {
    expect(countLength('see https://example.com/a', 'x').length).toBe(4 + 23);
    expect(countLength(`see https://example.com/${'a'.repeat(300)}`, 'x').length).toBe(4 + 23);
    expect(countLength('see velora.lv', 'x').length).toBe(4 + 23);
  });
  it('X: emoji and CJK count 2, Latin and Cyrillic 1', () => {
    expect(countLength('Ā ž 🎉', 'x').length).toBe(4 + 2);
    expect(countLength('Привет', 'x').length).toBe(6);
    expect(countLength('日本', 'x').length).toBe(4);
  });
  it('other platforms count code points', () => {
    expect(countLength('Ā 🎉 https://example.com/a', 'facebook').length).toBe(4 + 21);
  });
  it('offsetAt: where the text stops fitting', () => {
    const t = 'ab https://example.com/x cd';
    const c = countLength(t, 'x');
    expect(c.length).toBe(3 + 23 + 3);
    expect(c.offsetAt(3)).toBe(3);
    expect(c.offsetAt(10)).toBe(3); // the link does not fit in 10 and is not split
    expect(c.offsetAt(26)).toBe(24);
  });
});

describe('lengthLimit', () => {
  it('platform limits, the voice wins when shorter', () => {
    expect(lengthLimit('x', undefined)).toEqual({ limit: 280, source: 'platform' });
    expect(lengthLimit('x', 500)).toEqual({ limit: 280, source: 'platform' });
    expect(lengthLimit('facebook', 500)).toEqual({ limit: 500, source: 'voice' });
    expect(lengthLimit('instagram', undefined)?.limit).toBe(2200);
    expect(lengthLimit('linkedin', undefined)?.limit).toBe(1250);
    expect(lengthLimit('vk', undefined)?.limit).toBe(4096);
    expect(lengthLimit('draugiem', undefined)).toBeUndefined();
    expect(lengthLimit(undefined, 100)).toEqual({ limit: 100, source: 'voice' });
  });
});
