/**
 * Light stemming for the six working languages, on folded (diacritic-free, Latin) words.
 * First version: conservative suffix stripping per language, longest suffix first, keeping at least
 * `MIN_STEM` letters. The mentions issue refines this (measured per language).
 */
import type { Lang } from '../../shared/types.ts';

const MIN_STEM = 3;

const SUFFIXES: Record<string, string[]> = {
  en: ['ing', 'edly', 'ed', 'es', 's', "'s"],
  // Latvian noun/adjective/verb endings (folded: ā→a, ē→e, ī→i, ū→u, š→s)
  lv: [
    'iem',
    'ajam',
    'ajai',
    'ajos',
    'ajas',
    'ais',
    'aja',
    'am',
    'as',
    'ai',
    'os',
    'es',
    'is',
    'us',
    'im',
    'em',
    'um',
    'ei',
    'a',
    'e',
    'i',
    'u',
    's',
    'o',
  ],
  lt: [
    'ams',
    'ais',
    'ams',
    'uose',
    'ose',
    'oje',
    'ame',
    'ams',
    'as',
    'is',
    'ys',
    'us',
    'ai',
    'ei',
    'os',
    'es',
    'io',
    'iu',
    'ui',
    'a',
    'e',
    'i',
    'o',
    'u',
    'y',
    's',
  ],
  et: [
    'dele',
    'dest',
    'desse',
    'ga',
    'le',
    'lt',
    'la',
    'st',
    'ss',
    'sse',
    'ks',
    'ni',
    'na',
    'ta',
    'te',
    'de',
    'id',
    'd',
    't',
    's',
  ],
  ru: [
    'ami',
    'jami',
    'ov',
    'ev',
    'om',
    'em',
    'ah',
    'jah',
    'am',
    'jam',
    'oj',
    'ej',
    'yj',
    'ij',
    'aja',
    'oe',
    'ye',
    'ogo',
    'ego',
    'omu',
    'emu',
    'a',
    'ja',
    'u',
    'ju',
    'e',
    'y',
    'i',
    'o',
  ],
  sr: ['ima', 'ama', 'om', 'em', 'u', 'a', 'e', 'i', 'o'],
  hr: ['ima', 'ama', 'om', 'em', 'u', 'a', 'e', 'i', 'o'],
  bs: ['ima', 'ama', 'om', 'em', 'u', 'a', 'e', 'i', 'o'],
};

/** Stem a folded word. Unknown language: returned unchanged. */
export function stem(word: string, lang: Lang): string {
  const list = SUFFIXES[lang];
  if (!list) return word;
  for (const suf of list) {
    if (word.length - suf.length >= MIN_STEM && word.endsWith(suf)) return word.slice(0, -suf.length);
  }
  return word;
}
