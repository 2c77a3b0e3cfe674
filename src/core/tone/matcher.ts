/**
 * Phrase lists compiled to one RegExp over folded text (lower case, no diacritics, Cyrillic in its
 * Latin skeleton — see core/text/normalize.ts), so "Jūsu", "jusu" and "JŪSU" meet, and a match maps
 * back to exact offsets in the draft.
 *
 * Pattern syntax: words separated by spaces; between words any run of non-letters is allowed
 * ("paldies, ka" matches "paldies ka"); a trailing `*` lets the word go on ("atvainoj*" matches
 * "atvainojamies"). Every match starts and ends at a word boundary.
 */
import { fold, type Normalized, toOriginalSpan } from '../text/index.ts';

export interface PhraseHit<T> {
  /** Offsets in the original text. */
  start: number;
  end: number;
  entry: T;
}

export interface PhraseMatcher<T> {
  find(norm: Normalized, original: string): PhraseHit<T>[];
  readonly size: number;
}

const ESCAPE = /[.*+?^${}()|[\]\\]/g;
const WORD_CHAR = String.raw`[\p{L}\p{N}]`;

/** Compile one pattern to a regex source over folded text. */
export function patternSource(pattern: string): string {
  // Fold first (the `*` survives folding), then take the words: punctuation inside a pattern
  // ("we'll", "paldies, ka") becomes "any separator", so curly apostrophes and missing commas match too.
  const folded = fold(pattern);
  const out: string[] = [];
  for (const m of folded.matchAll(/([\p{L}\p{N}]+)(\*?)/gu)) {
    const word = m[1] as string;
    out.push(word.replace(ESCAPE, '\\$&') + (m[2] ? `${WORD_CHAR}*` : ''));
  }
  return out.join(String.raw`[^\p{L}\p{N}]+`);
}

const RE_WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordCode(text: string, i: number, c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return RE_WORD_CHAR.test(text[i] as string);
}

/**
 * Runs of letters and digits in `text`, with their start offsets. Folded text is mostly ASCII, so a char
 * code loop is several times faster here than `matchAll(/[\p{L}\p{N}]+/gu)`; other letters go through the
 * Unicode test (a surrogate pair counts as one letter when its halves do not: rare in folded text).
 */
export function wordSpans(text: string): { start: number; word: string }[] {
  const out: { start: number; word: string }[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let w: boolean;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      w = RE_WORD_CHAR.test(text.slice(i, i + 2));
      if (w && start < 0) start = i;
      if (w) {
        i++;
        continue;
      }
    } else w = isWordCode(text, i, c);
    if (w) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push({ start, word: text.slice(start, i) });
      start = -1;
    }
  }
  if (start >= 0) out.push({ start, word: text.slice(start) });
  return out;
}

/** Word starts of a folded text, computed once per normalised text and shared by every matcher. */
interface IndexedWord {
  start: number;
  word: string;
  /** The first PREFIX letters (the key of phrases whose first word ends in `*`). */
  pre: string;
}
const PREFIX = 2;
const wordCache = new WeakMap<Normalized, IndexedWord[]>();
export function wordsOf(norm: Normalized): IndexedWord[] {
  let w = wordCache.get(norm);
  if (!w) {
    w = wordSpans(norm.text).map((x) => ({
      ...x,
      pre: x.word.length <= PREFIX ? x.word : x.word.slice(0, PREFIX),
    }));
    wordCache.set(norm, w);
  }
  return w;
}

interface Compiled<T> {
  entry: T;
  /** Sticky: tried only at a word start whose word can begin the phrase. */
  re: RegExp;
  /** A one-word pattern: the index lookup already decided the match (it is the whole word). */
  single: boolean;
}

/**
 * Compile `entries` (each with its pattern) to a matcher. Entries are indexed by their first word (exact,
 * or by its first letters when it ends in `*`), so a text is scanned word by word and only the few
 * phrases that can start at a word are tried there: one combined alternation over every position was
 * 10-50x slower on V8. Matches are leftmost-longest and do not overlap.
 */
export function compilePhrases<T>(entries: readonly T[], patternOf: (e: T) => string): PhraseMatcher<T> {
  const exact = new Map<string, Compiled<T>[]>();
  const byPrefix = new Map<string, { prefix: string; c: Compiled<T> }[]>();
  const short: { prefix: string; c: Compiled<T> }[] = [];
  const PRE = PREFIX;
  let size = 0;
  for (const e of entries) {
    const src = patternSource(patternOf(e));
    if (!src) continue;
    const first = /^([\p{L}\p{N}]+)(\*?)/u.exec(fold(patternOf(e)).replace(/^[^\p{L}\p{N}]+/u, ''));
    if (!first) continue;
    const words = fold(patternOf(e)).match(/[\p{L}\p{N}]+/gu) ?? [];
    const c: Compiled<T> = {
      entry: e,
      re: new RegExp(`(?:${src})(?!${WORD_CHAR})`, 'uy'),
      single: words.length === 1,
    };
    size++;
    const w = first[1] as string;
    if (first[2] && w.length < PRE) short.push({ prefix: w, c });
    else if (first[2]) {
      const key = w.slice(0, PRE);
      const list = byPrefix.get(key) ?? [];
      list.push({ prefix: w, c });
      byPrefix.set(key, list);
    } else {
      const list = exact.get(w) ?? [];
      list.push(c);
      exact.set(w, list);
    }
  }
  return {
    size,
    find(norm, _original) {
      const hits: PhraseHit<T>[] = [];
      const text = norm.text;
      let after = 0;
      const candidates: Compiled<T>[] = [];
      for (const { start, word, pre: wordPre } of wordsOf(norm)) {
        if (start < after) continue;
        candidates.length = 0;
        const ex = exact.get(word);
        if (ex) for (const c of ex) candidates.push(c);
        const pre = byPrefix.size > 0 ? byPrefix.get(wordPre) : undefined;
        if (pre) for (const p of pre) if (word.startsWith(p.prefix)) candidates.push(p.c);
        if (short.length > 0) for (const p of short) if (word.startsWith(p.prefix)) candidates.push(p.c);
        if (candidates.length === 0) continue;
        let bestEnd = -1;
        let bestEntry: T | undefined;
        for (const c of candidates) {
          if (c.single) {
            if (start + word.length > bestEnd) {
              bestEnd = start + word.length;
              bestEntry = c.entry;
            }
            continue;
          }
          c.re.lastIndex = start;
          const m = c.re.exec(text);
          if (m && start + m[0].length > bestEnd) {
            bestEnd = start + m[0].length;
            bestEntry = c.entry;
          }
        }
        if (bestEntry !== undefined) {
          const span = toOriginalSpan(norm, start, bestEnd);
          hits.push({ start: span.start, end: span.end, entry: bestEntry });
          after = bestEnd;
        }
      }
      return hits;
    },
  };
}

/** A plain list of patterns (the hit's entry is the pattern). */
export function compileList(patterns: readonly string[]): PhraseMatcher<string> {
  return compilePhrases(patterns, (p) => p);
}
