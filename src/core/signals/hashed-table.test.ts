import { describe, expect, it } from 'vitest';
import { decodeTable, encodeTable, nonZero, quantise, TABLE_SIZE } from './hashed-table.ts';

describe('hashed weight table encoding', () => {
  it('round-trips sparse weights, including far-apart buckets and negative values', () => {
    const w = new Float64Array(TABLE_SIZE);
    w[0] = 0.5;
    w[1] = -0.25;
    w[300] = 1.27;
    w[TABLE_SIZE - 1] = -1.27;
    const { q, scale } = quantise(w);
    expect(scale).toBeCloseTo(0.01, 6);
    const back = decodeTable(encodeTable(q));
    expect(nonZero(back)).toBe(4);
    expect(back[0]).toBe(50);
    expect(back[1]).toBe(-25);
    expect(back[300]).toBe(127);
    expect(back[TABLE_SIZE - 1]).toBe(-127);
  });

  it('drops weights that quantise to zero and decodes into an interleaved table', () => {
    const w = new Float64Array(16);
    w[3] = 1;
    w[5] = 0.001;
    const { q } = quantise(w);
    const out = new Int8Array(16 * 3);
    decodeTable(encodeTable(q), 16, { out, stride: 3, offset: 2 });
    expect(out[3 * 3 + 2]).toBe(127);
    expect(nonZero(out)).toBe(1);
  });

  it('rejects a malformed table instead of reading past it', () => {
    expect(() => decodeTable(btoa(String.fromCharCode(0x85)), 16)).toThrow(/malformed/);
    expect(() => decodeTable(btoa(String.fromCharCode(40, 1)), 16)).toThrow(/malformed/);
  });
});
