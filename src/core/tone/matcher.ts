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

/**
 * Compile `entries` (each with its pattern) to a matcher. One alternation with a capture group per
 * entry: one pass over the text, and the group tells which entry matched.
 */
export function compilePhrases<T>(entries: readonly T[], patternOf: (e: T) => string): PhraseMatcher<T> {
  const kept: T[] = [];
  const sources: string[] = [];
  for (const e of entries) {
    const src = patternSource(patternOf(e));
    if (!src) continue;
    kept.push(e);
    sources.push(`(${src})`);
  }
  if (sources.length === 0) return { find: () => [], size: 0 };
  const re = new RegExp(`(?<!${WORD_CHAR})(?:${sources.join('|')})(?!${WORD_CHAR})`, 'gu');
  return {
    size: kept.length,
    find(norm, _original) {
      const hits: PhraseHit<T>[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(norm.text); m !== null; m = re.exec(norm.text)) {
        let g = 1;
        while (g < m.length && m[g] === undefined) g++;
        const entry = kept[g - 1];
        if (entry !== undefined) {
          const span = toOriginalSpan(norm, m.index, m.index + m[0].length);
          hits.push({ start: span.start, end: span.end, entry });
        }
        if (m[0].length === 0) re.lastIndex++;
      }
      return hits;
    },
  };
}

/** A plain list of patterns (the hit's entry is the pattern). */
export function compileList(patterns: readonly string[]): PhraseMatcher<string> {
  return compilePhrases(patterns, (p) => p);
}
