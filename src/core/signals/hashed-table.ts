/**
 * The learned word-feature weights ship as a compact string: the non-zero buckets of a 2^HASH_BITS table,
 * sorted, as (gap to the previous bucket, weight) pairs — gaps as base-128 varints, weights as signed bytes
 * (the weight divided by the table's scale) — in base64. Decoded once, on first use, into an Int8Array.
 */
import { HASH_BITS } from './features.ts';

export const TABLE_SIZE = 1 << HASH_BITS;

/** Quantise full-precision weights: scale so the largest |w| is 127; zero buckets are dropped later. */
export function quantise(w: ArrayLike<number>): { q: Int8Array; scale: number } {
  let max = 0;
  for (let i = 0; i < w.length; i++) {
    const a = Math.abs(w[i] as number);
    if (a > max) max = a;
  }
  const scale = max > 0 ? max / 127 : 1;
  const q = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.round((w[i] as number) / scale);
  return { q, scale: Math.round(scale * 1e6) / 1e6 };
}

export function encodeTable(q: Int8Array): string {
  const bytes: number[] = [];
  let prev = -1;
  for (let i = 0; i < q.length; i++) {
    const v = q[i] as number;
    if (v === 0) continue;
    let gap = i - prev;
    prev = i;
    while (gap >= 0x80) {
      bytes.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    bytes.push(gap);
    bytes.push(v & 0xff);
  }
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

/**
 * Decode a table string; throws on a malformed one (the string is ours: fail loudly). With `into`, bucket i
 * is written at into[i * stride + offset] (several models' weights side by side: one cache line serves all).
 */
export function decodeTable(
  b64: string,
  size = TABLE_SIZE,
  into?: { out: Int8Array; stride: number; offset: number },
): Int8Array {
  const bin = atob(b64);
  const stride = into?.stride ?? 1;
  const offset = into?.offset ?? 0;
  const out = into?.out ?? new Int8Array(size);
  let pos = -1;
  let i = 0;
  while (i < bin.length) {
    let gap = 0;
    let shift = 0;
    let b: number;
    do {
      b = bin.charCodeAt(i++);
      gap |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80 && i < bin.length);
    pos += gap;
    if (i >= bin.length || pos >= size) throw new Error('hashed weight table is malformed');
    const v = bin.charCodeAt(i++);
    out[pos * stride + offset] = v > 127 ? v - 256 : v;
  }
  return out;
}

/** Number of non-zero buckets. */
export function nonZero(q: Int8Array): number {
  let n = 0;
  for (let i = 0; i < q.length; i++) if (q[i] !== 0) n++;
  return n;
}
