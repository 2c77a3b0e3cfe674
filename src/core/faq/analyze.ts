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
import { normalize, skeleton, stem } from '../text/index.ts';

/** A word of the analysed text, with the terms it produced and its span in the original text. */
export interface AnalyzedWord {
  /** The word as written. */
  text: string;
  start: number;
  end: number;
  /** Terms this word produced on its own (shared, do not modify). */
  terms: readonly string[];
  /** The memoised analysis of the word (stable identity while cached: indexes key their caches on it). */
  unit: WordTerms;
  /** The bigram term this word forms with the previous kept word, if any. */
  bigram?: string;
}

export const PREFIX_LEN = 5;
/** Character n-gram length (with a space before and after the word). */
export const GRAM = 4;

/**
 * English stop words: only the articles. Function words such as "why", "how", "can", "my", "not" tell
 * intents apart ("why was my card declined" vs "how do I get a card"); idf already discounts them, and
 * the common-term cut-off in suggest() skips their long posting lists on large FAQs. Measured on
 * BANKING77, parameters chosen on leave-one-out over the 10 training examples per intent: the former
 * 28-word list → articles only: LOO top-1 0.691 → 0.692, top-3 0.868 → 0.881; test top-1 0.708 → 0.707,
 * top-3 0.872 → 0.880; multilingual top-1 0.945 → 0.950.
 */
const STOP_EN = new Set(['a', 'an', 'the']);

/**
 * English function words that still score (see above) but are not worth showing the agent as "matched
 * words": highlighting every "in" and "is" hides the words that made the match.
 */
const QUIET_EN = new Set(
  'a an the to of is it i my me do be am are and or in on for can you your this that what how why please'.split(
    ' ',
  ),
);

/** Whether a matched word is worth showing (not an English function word or a one-letter word). */
export function worthShowing(word: string): boolean {
  const w = word.toLowerCase();
  return w.length > 1 && !QUIET_EN.has(w);
}

/** Words so common in every FAQ that they only add noise (folded, skeleton form). Kept short on purpose. */
const STOP = new Set([
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
  /** Fill each word's `text` with the word as written (default true; the index side skips it). */
  spans?: boolean;
}

/** Letters/digits, with hyphen- or apostrophe-joined endings kept together ("a1-u", "elisa't"). */
const WORD_RE = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const URL_RE = /(?:https?:\/\/|www\.)\S+/g;

export interface WordTerms {
  readonly terms: readonly string[];
  /** Only the word and stem terms (for long answer text, where grams cost more than they help). */
  readonly light: readonly string[];
  /** The word's key in bigrams (its stem, or prefix when the language is unknown). */
  readonly key: string;
}

/**
 * Per-word analysis is pure and words repeat across posts and entries, so it is memoised (bounded:
 * cleared when full). This is most of the speed of suggest() on a warm popup.
 */
const WORD_CACHE = new Map<string, WordTerms | null>();
const WORD_CACHE_MAX = 50_000;

/** Forget memoised word analyses (benchmarks measure cold builds with it). */
export function clearAnalysisCache(): void {
  WORD_CACHE.clear();
}

function needsSkeleton(w: string): boolean {
  return w.includes('h') || w.includes('ts') || w.includes('y');
}

function termsOfWord(folded: string, lang: Lang | undefined): WordTerms | null {
  const cacheKey = lang ? `${lang}|${folded}` : folded;
  const hit = WORD_CACHE.get(cacheKey);
  if (hit !== undefined) return hit;
  // "a1-u", "elisa't": the base carries the meaning, a short ending is a case suffix.
  let raw = folded;
  const j = Math.max(raw.lastIndexOf('-'), raw.lastIndexOf("'"), raw.lastIndexOf('’'));
  if (j > 0) raw = raw.length - j - 1 <= 3 ? raw.slice(0, j) : raw;
  raw = raw.replace(/['’-]/g, '');
  const w = needsSkeleton(raw) ? skeleton(raw) : raw;
  let res: WordTerms | null = null;
  if (w.length > 0 && !(lang === 'en' ? STOP_EN : STOP).has(w)) {
    const terms = [`w:${w}`];
    const st = lang ? stem(w, lang) : w;
    if (st !== w) terms.push(`s:${st}`);
    if (w.length > PREFIX_LEN) terms.push(`p:${w.slice(0, PREFIX_LEN)}`);
    const padded = ` ${w} `;
    for (let i = 0; i + GRAM <= padded.length; i++) terms.push(`c:${padded.slice(i, i + GRAM)}`);
    res = {
      terms,
      light: st !== w ? [terms[0] as string, terms[1] as string] : [terms[0] as string],
      key: lang ? st : w.length > PREFIX_LEN ? w.slice(0, PREFIX_LEN) : w,
    };
  }
  if (WORD_CACHE.size >= WORD_CACHE_MAX) WORD_CACHE.clear();
  WORD_CACHE.set(cacheKey, res);
  return res;
}

/**
 * Analyse text into words with their terms. The text is normalised once by the text engine (fold,
 * Cyrillic → Latin, invisible characters dropped) and split on letters/digits; each word keeps its
 * span in the original text through the engine's offset map. Links are skipped.
 */
export function analyze(text: string, opts: AnalyzeOptions = {}): AnalyzedWord[] {
  const lang = opts.lang && opts.lang !== 'und' ? opts.lang : undefined;
  // Plain ASCII (most English) folds to its lower case with identical offsets: skip the full pass.
  let ascii = true;
  for (let i = 0; i < text.length; i++)
    if (text.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  const norm = ascii ? null : normalize(text);
  const s = norm ? norm.text : text.toLowerCase();
  const out: AnalyzedWord[] = [];
  let skipUntil = -1;
  const urls: [number, number][] = [];
  if (s.includes('://') || s.includes('www.')) {
    URL_RE.lastIndex = 0;
    for (let m = URL_RE.exec(s); m !== null; m = URL_RE.exec(s)) urls.push([m.index, m.index + m[0].length]);
  }
  let prevKey: string | undefined;
  let u = 0;
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(s); m !== null; m = WORD_RE.exec(s)) {
    const at = m.index;
    while (u < urls.length && (urls[u] as [number, number])[1] <= at) u++;
    const url = urls[u];
    if (url && url[0] <= at) {
      skipUntil = url[1];
      prevKey = undefined;
    }
    if (at < skipUntil) continue;
    const wt = termsOfWord(m[0], lang);
    if (!wt) continue;
    const start = norm ? (norm.starts[at] ?? 0) : at;
    const end = norm ? (norm.ends[at + m[0].length - 1] ?? start) : at + m[0].length;
    const word: AnalyzedWord = {
      text: opts.spans === false ? '' : text.slice(start, end),
      start,
      end,
      terms: wt.terms,
      unit: wt,
    };
    if (opts.bigrams !== false && prevKey !== undefined) word.bigram = `b:${prevKey}_${wt.key}`;
    prevKey = wt.key;
    out.push(word);
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
