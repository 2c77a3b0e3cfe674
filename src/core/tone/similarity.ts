/**
 * Near-duplicate detection for the robotic check: does the draft repeat the FAQ answer word for word,
 * or one of the agent's recent replies?
 *
 * Texts become sets of hashed word bigrams ("shingles") over folded words, leaving out what changes
 * between otherwise identical template replies: numbers, @handles, links and emoji. Jaccard similarity of
 * two sorted hash arrays is a linear merge. Recent replies change rarely between two checks of the same
 * draft, so their shingle sets are cached by text (bounded).
 */
import { type Normalized, normalize, toOriginalSpan } from '../text/index.ts';
import { wordSpans } from './matcher.ts';

export interface Shingles {
  /** Sorted, unique 32-bit hashes of word bigrams (unigrams for texts of one word). */
  hashes: Uint32Array;
  /** Number of words that went in. */
  words: number;
}

export interface ShingleSpan {
  hash: number;
  start: number;
  end: number;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const RE_URL = /(?:https?:\/\/|www\.)\S+/g;

/**
 * Words that carry meaning for repetition (folded), with their spans in the original text. Built on
 * normalize + a word scan rather than the full tokenizer (4-5x cheaper, and the cold path compares 50
 * replies); @handles, links and numbers are left out.
 */
function contentWords(
  text: string,
  norm?: Normalized,
  spans = true,
): { norm: string; start: number; end: number }[] {
  const n = norm ?? normalize(text);
  const t = n.text;
  const urls: [number, number][] = [];
  if (t.includes('http') || t.includes('www.'))
    for (const m of t.matchAll(RE_URL)) urls.push([m.index, m.index + m[0].length]);
  const out: { norm: string; start: number; end: number }[] = [];
  for (const w of wordSpans(t)) {
    const c = w.word.charCodeAt(0);
    if (c >= 48 && c <= 57 && /^\d+$/.test(w.word)) continue;
    const prev = t[w.start - 1];
    if (prev === '@') continue;
    if (urls.length > 0 && urls.some(([a, z]) => w.start >= a && w.start < z)) continue;
    if (!spans) {
      // Candidates (recent replies, FAQ answers) only need the hashes, not where the words are.
      out.push({ norm: w.word, start: 0, end: 0 });
      continue;
    }
    const span = toOriginalSpan(n, w.start, w.start + w.word.length);
    out.push({ norm: w.word, start: span.start, end: span.end });
  }
  return out;
}

/** Bigram shingles with the span each covers in `text`, and the shingle set (`norm`: normalize(text), if at hand). */
export function analyzeShingles(
  text: string,
  norm?: Normalized,
  withSpans = true,
): { spans: ShingleSpan[]; shingles: Shingles } {
  const w = contentWords(text, norm, withSpans);
  const spans: ShingleSpan[] = [];
  if (w.length === 1) {
    const only = w[0] as { norm: string; start: number; end: number };
    spans.push({ hash: fnv1a(only.norm), start: only.start, end: only.end });
  }
  for (let i = 0; i + 1 < w.length; i++) {
    const a = w[i] as { norm: string; start: number; end: number };
    const b = w[i + 1] as { norm: string; start: number; end: number };
    spans.push({ hash: fnv1a(`${a.norm} ${b.norm}`), start: a.start, end: b.end });
  }
  const arr = Uint32Array.from(spans, (s) => s.hash).sort();
  let n = 0;
  for (let i = 0; i < arr.length; i++) if (i === 0 || arr[i] !== arr[i - 1]) arr[n++] = arr[i] as number;
  return { spans, shingles: { hashes: arr.subarray(0, n), words: w.length } };
}

export function shingles(text: string): Shingles {
  return analyzeShingles(text, undefined, false).shingles;
}

/** Jaccard similarity of two shingle sets (0 when either is empty). */
export function jaccard(a: Shingles, b: Shingles): number {
  const x = a.hashes;
  const y = b.hashes;
  if (x.length === 0 || y.length === 0) return 0;
  let i = 0;
  let j = 0;
  let inter = 0;
  while (i < x.length && j < y.length) {
    const p = x[i] as number;
    const q = y[j] as number;
    if (p === q) {
      inter++;
      i++;
      j++;
    } else if (p < q) i++;
    else j++;
  }
  return inter / (x.length + y.length - inter);
}

const CACHE_MAX = 512;
const cache = new Map<string, Shingles>();

/** Shingles of a text, cached by the text (for recent replies and FAQ answers). */
export function cachedShingles(text: string): Shingles {
  const hit = cache.get(text);
  if (hit) return hit;
  const s = shingles(text);
  if (cache.size >= CACHE_MAX) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(text, s);
  return s;
}

/** Empty the cache (tests and benchmarks measure the cold path with it). */
export function clearShingleCache(): void {
  cache.clear();
}

export interface Repeat {
  /** Index of the most similar candidate. */
  index: number;
  similarity: number;
  /** The span of the draft that the candidate shares (first to last shared shingle). */
  start: number;
  end: number;
}

/**
 * The candidate most similar to the draft, when at least `threshold` similar. `draftSpans` are the
 * draft's shingle spans (computed once by the caller).
 */
export function mostSimilar(
  draftSpans: readonly ShingleSpan[],
  draft: Shingles,
  candidates: readonly string[],
  threshold: number,
): Repeat | undefined {
  let best: { index: number; sim: number; sh: Shingles } | undefined;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i] as string;
    const sh = cachedShingles(c);
    const sim = jaccard(draft, sh);
    if (sim >= threshold && (!best || sim > best.sim)) best = { index: i, sim, sh };
  }
  if (!best) return undefined;
  const set = best.sh.hashes;
  let start = -1;
  let end = -1;
  for (const s of draftSpans) {
    if (binaryHas(set, s.hash)) {
      if (start < 0) start = s.start;
      end = Math.max(end, s.end);
    }
  }
  return { index: best.index, similarity: best.sim, start: Math.max(0, start), end: Math.max(0, end) };
}

function binaryHas(arr: Uint32Array, v: number): boolean {
  let lo = 0;
  let hi = arr.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = arr[mid] as number;
    if (m === v) return true;
    if (m < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
