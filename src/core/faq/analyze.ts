/**
 * Text → search terms for the FAQ index, on top of the text engine (src/core/text).
 *
 * Every word is folded (lower case, no diacritics, Cyrillic → Latin), reduced to its skeleton (so "chto"
 * and "что" meet) and turned into a few terms, each tagged by its kind:
 *
 *   w:<word>            the exact folded word
 *   s:<stem>            the word stemmed for the text's language (only when the language is known)
 *   p:<first 5 letters> a prefix, for longer words: inflection robustness when the language is unknown or
 *                       the stemmer misses ("kartes", "kartei", "karti" → "p:karte"/"s:kart")
 *   c:<4 letters>       character 4-grams of each word, padded with spaces (" kar", "arte",
 *                       "rte "): robust to inflection, typos and compounds; measured +3 points top-1
 *                       on banking77 over words+stems+prefixes alone
 *   b:<w1>_<w2>         adjacent stems (word bigrams: "top up", "exchange rate", "ne strada")
 *
 * The query side runs the same analysis, so an inflected, diacritic-free post meets the entry it belongs
 * to. Pure: no DOM, no browser API.
 */
import type { Lang } from '../../shared/types.ts';
import { skeleton, stem, tokenize } from '../text/index.ts';

/** A word of the analysed text, with the terms it produced and its span in the original text. */
export interface AnalyzedWord {
  /** The word as written. */
  text: string;
  start: number;
  end: number;
  /** Terms this word produced on its own. */
  terms: string[];
  /** The bigram term this word forms with the previous kept word, if any. */
  bigram?: string;
}

export const PREFIX_LEN = 5;
/** Character n-gram length (with a space before and after the word). */
export const GRAM = 4;

/** Words so common in every FAQ that they only add noise (folded, skeleton form). Kept short on purpose. */
const STOP = new Set([
  // en
  'a',
  'an',
  'the',
  'to',
  'of',
  'is',
  'it',
  'i',
  'my',
  'me',
  'do',
  'be',
  'am',
  'are',
  'and',
  'or',
  'in',
  'on',
  'for',
  'can',
  'you',
  'your',
  'this',
  'that',
  'what',
  'how',
  'why',
  'please',
  // lv / lt / et / ru / sr-hr particles and conjunctions
  'un',
  'ir',
  'es',
  'ka',
  'kas',
  'ar',
  'uz',
  'no',
  'par',
  'kur',
  'ja',
  'ir',
  'aš',
  'as',
  'kad',
  'ar',
  'kaip',
  'mano',
  'ja',
  'et',
  'on',
  'kas',
  'kuidas',
  'mina',
  'ma',
  'minu',
  'v',
  'i',
  'na',
  'ne',
  'a',
  'u',
  'k',
  's',
  'iz',
  'za',
  'po',
  'je',
  'da',
  'li',
  'se',
  'kak',
  'cto',
  'sto',
  'eto',
  'moj',
  'moja',
  'mne',
  'ja',
]);
// "ne" / "nav" / "nestrada" carry meaning (negation) in complaints: keep "ne" out of STOP after all.
STOP.delete('ne');

export interface AnalyzeOptions {
  /** Language of the text; 'und' or undefined = unknown (no stemming, prefixes and words only). */
  lang?: Lang | undefined;
  /** Include word bigrams (default true). */
  bigrams?: boolean;
}

/** Analyse text into words with their terms. */
export function analyze(text: string, opts: AnalyzeOptions = {}): AnalyzedWord[] {
  const lang = opts.lang && opts.lang !== 'und' ? opts.lang : undefined;
  const out: AnalyzedWord[] = [];
  let prevKey: string | undefined;
  for (const tok of tokenize(text)) {
    if (tok.kind !== 'word' && tok.kind !== 'number' && tok.kind !== 'hashtag') {
      prevKey = undefined;
      continue;
    }
    // "A1-u", "Elisa't": the base carries the meaning, the ending is a case suffix.
    const raw = tok.base && tok.suffix && tok.suffix.length <= 3 ? tok.base : tok.norm;
    const w = skeleton(raw.replace(/['’-]/g, ''));
    if (w.length === 0) continue;
    const terms: string[] = [];
    const stop = STOP.has(w);
    if (!stop) {
      terms.push(`w:${w}`);
      const s = lang ? stem(w, lang) : w;
      if (lang && s !== w) terms.push(`s:${s}`);
      if (w.length > PREFIX_LEN) terms.push(`p:${w.slice(0, PREFIX_LEN)}`);
      {
        const padded = ` ${w} `;
        for (let i = 0; i + GRAM <= padded.length; i++) terms.push(`c:${padded.slice(i, i + GRAM)}`);
      }
      const key = lang ? s : w.length > PREFIX_LEN ? w.slice(0, PREFIX_LEN) : w;
      const word: AnalyzedWord = { text: tok.text, start: tok.start, end: tok.end, terms };
      if (opts.bigrams !== false && prevKey !== undefined) word.bigram = `b:${prevKey}_${key}`;
      prevKey = key;
      out.push(word);
    }
  }
  return out;
}

/** Term → count over a text (the document side). */
export function termCounts(text: string, opts: AnalyzeOptions = {}, into = new Map<string, number>()) {
  for (const w of analyze(text, opts)) {
    for (const t of w.terms) into.set(t, (into.get(t) ?? 0) + 1);
    if (w.bigram) into.set(w.bigram, (into.get(w.bigram) ?? 0) + 1);
  }
  return into;
}
