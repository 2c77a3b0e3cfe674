/**
 * Language identification for short posts (20–280 characters), plus the fast single-pass scanner it shares
 * with the complaint classifier (src/core/signals).
 *
 * Two paths, one model (word lists in lang-data.ts, compiled to integer-hash tables on first use):
 *
 *   detectLanguage(text)   one pass over the char codes, no tokens and no strings: letters are folded
 *                          through typed tables, the folded word is built in a Uint16Array with the
 *                          skeleton() digraph rules, hashed (FNV-1a) and looked up; per-word evidence is
 *                          cached by hash. Stops after 200 letters, or earlier once the leader (outside
 *                          sr/hr/bs) is 4 points ahead. ~3–5 µs per 200-character post.
 *   scanText → languageScores → decideLanguage
 *                          the classifier's path: tokens with original offsets, per-word evidence from
 *                          wordLanguageEvidence(). Without the early stop both paths give the same
 *                          scores (tested on every labelled post).
 *
 * Evidence per word: listed function words (a word shared by k languages counts 1/√k for each), marker
 * words, the longest listed ending, letter patterns (Estonian/Finnish double vowels, Lithuanian "uo",
 * ijekavian "mj"/"dje"/"cije…"/"ije"+consonant, Serbian "-eo"). Per post: language-specific letters (capped
 * at 3 per word and 6 per post), script (Cyrillic text is ru/uk/sr; in Latin text the Cyrillic-list words
 * count for Russian with a penalty, the Russian-typed-in-Latin list without), and sr/hr/bs weights that only
 * rank those three against each other. decide() answers 'und' when the best score is small or the margin
 * over the best language outside the winner's family is too thin.
 *
 * Why not the general normalize()/tokenize(): they allocate offset tables per call and cost 25–85 µs per
 * 200-character post; the inbox classifies every post in the page, with a 20 µs budget for language
 * identification plus classification. This scanner folds with the same foldChar() (same diacritic and
 * Cyrillic→Latin rules) and applies skeleton() rules inline, so its forms agree with fold()/skeleton().
 * Compared with franc (trigram profiles of 187 languages) in `npm run bench -- lang` and `npm run eval -- lang`.
 */
import type { Lang } from '../../shared/types.ts';
import {
  ENDINGS,
  FUNCTION_WORDS,
  MARKERS,
  RU_TRANSLIT,
  RU_TRANSLIT_ENDINGS,
  SH_INTERNAL,
} from './lang-data.ts';
import { foldChar } from './normalize.ts';

export interface LangGuess {
  lang: Lang;
  /** 0..1 */
  confidence: number;
}

/** Token types produced by scanText. */
export const T_WORD = 0;
export const T_NUMBER = 1;
export const T_HANDLE = 2;
export const T_HASHTAG = 3;
export const T_URL = 4;
export const T_EMOJI = 5;
/** Emoticon: w is 'emo+' (smile) or 'emo-' (frown). */
export const T_EMOTICON = 6;
/** Punctuation that matters for classification: w is '?', '!', '?!' (a run with both), ',' or '.'. */
export const T_PUNCT = 7;

export interface ScanToken {
  /** Folded (lower case, no diacritics, Latin), with the skeleton() digraph rules applied. */
  w: string;
  start: number;
  end: number;
  type: number;
  /** Written in capitals (words of 3+ letters only). */
  caps: boolean;
  /**
   * The scanner's word-cache entry of a word, number, handle or hashtag token (null for other tokens):
   * the same object for every occurrence of a cached word, so a caller can keep its own per-word data
   * in `slot.ext` (see WordSlot) instead of looking the word up again.
   */
  slot: WordSlot | null;
  /** Length of the punctuation run ('!!!' → 3), for T_PUNCT. */
  run: number;
}

/**
 * A word of the scanner's cache, as seen by callers: `ext` is free for one caller's per-word data (the
 * classifier keeps its lexicon entry there). Only the classifier writes it; it is null for a word just
 * folded. Entries are dropped when the cache is emptied, so the data is rebuilt now and then.
 */
export interface WordSlot {
  /** The folded form (the token's w). */
  readonly w: string;
  ext: unknown;
}

export interface Scanned {
  tokens: ScanToken[];
  latin: number;
  cyrillic: number;
  /** Letters that point to a language, summed per language index (LANGS order). */
  letterCues: Float32Array;
}

/** The languages the identifier knows, in index order. */
export const LANGS = ['en', 'lv', 'lt', 'et', 'ru', 'uk', 'sr', 'hr', 'bs', 'pl', 'de', 'fi'] as const;
export type KnownLang = (typeof LANGS)[number];
const NL = LANGS.length;
const LI: Record<string, number> = {};
LANGS.forEach((l, i) => {
  LI[l] = i;
});

// ---- character classes (lazily filled table over the BMP) -------------------------------------------

const C_UNKNOWN = 0;
const C_LETTER = 1;
const C_MARK = 2;
const C_OTHER = 3;
const C_INVISIBLE = 4;
const C_DIGIT = 5;
const CLASS = new Uint8Array(65536);
/** Folded form per code unit, filled as letters are met (a Map: a 65,536-slot array costs 512 KB). */
const FOLDED = new Map<number, string>();
const RE_L = /\p{L}/u;
const RE_M = /\p{M}/u;
const RE_N = /\p{Nd}/u;
const RE_CYR = /\p{Script=Cyrillic}/u;

function classOf(code: number): number {
  let c = CLASS[code] as number;
  if (c !== C_UNKNOWN) return c;
  const ch = String.fromCharCode(code);
  if (
    code === 0x00ad ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    code === 0x034f
  )
    c = C_INVISIBLE;
  else if (RE_L.test(ch)) c = C_LETTER;
  else if (RE_M.test(ch)) c = C_MARK;
  else if (RE_N.test(ch)) c = C_DIGIT;
  else c = C_OTHER;
  CLASS[code] = c;
  return c;
}

const LI_KNOWN = 1;
const LI_CYR = 2;
const LI_UPPER = 4;
const LI_CUE = 8;
const LETTER_INFO = new Uint8Array(65536);
function letterInfo(code: number): number {
  let v = LETTER_INFO[code] as number;
  if (v !== 0) return v;
  const ch = String.fromCharCode(code);
  v = LI_KNOWN;
  if (RE_CYR.test(ch)) v |= LI_CYR;
  if (ch.toLowerCase() !== ch) v |= LI_UPPER;
  if (CUE_TABLE.has(code)) v |= LI_CUE;
  LETTER_INFO[code] = v;
  return v;
}

function foldedOf(code: number): string {
  const f = FOLDED.get(code);
  if (f !== undefined) return f;
  const out = foldChar(String.fromCharCode(code));
  FOLDED.set(code, out);
  return out;
}

/** Letters specific to a language (or a few): lower-case original letter → [lang, weight] pairs. */
const LETTER_CUES: Record<string, [KnownLang, number][]> = {};
function cue(letters: string, pairs: [KnownLang, number][]): void {
  for (const ch of letters) {
    LETTER_CUES[ch] = [...(LETTER_CUES[ch] ?? []), ...pairs];
    const up = ch.toUpperCase();
    if (up !== ch) LETTER_CUES[up] = LETTER_CUES[ch] as [KnownLang, number][];
  }
}
cue('āēīķļņģ', [['lv', 2.5]]);
cue('ū', [
  ['lv', 1],
  ['lt', 1],
]);
cue('ėįų', [['lt', 2.5]]);
// ą and ę are Polish letters too
cue('ąę', [
  ['lt', 1.5],
  ['pl', 1.5],
]);
cue('č', [
  ['lv', 0.4],
  ['lt', 0.4],
  ['hr', 0.6],
  ['sr', 0.6],
  ['bs', 0.6],
]);
cue('šž', [
  ['lv', 0.4],
  ['lt', 0.4],
  ['hr', 0.4],
  ['sr', 0.4],
  ['bs', 0.4],
  ['et', 0.3],
]);
cue('ćđ', [
  ['hr', 1.2],
  ['sr', 1.2],
  ['bs', 1.2],
  ['pl', 0.3],
]);
cue('õ', [['et', 3]]);
cue('äö', [
  ['et', 0.9],
  ['fi', 1.1],
  ['de', 0.8],
]);
cue('ü', [
  ['et', 0.8],
  ['de', 1],
]);
cue('ß', [['de', 3]]);
cue('łśźżń', [['pl', 2.5]]);
cue('ó', [['pl', 1.2]]);
cue('ыэъё', [['ru', 2.5]]);
cue('іїєґ', [['uk', 2.5]]);
cue('ђћџљњј', [['sr', 3]]);
const CUE_TABLE = new Map<number, [number, number][]>();
for (const [ch, pairs] of Object.entries(LETTER_CUES))
  CUE_TABLE.set(
    ch.charCodeAt(0),
    pairs.map(([l, w]) => [LI[l] as number, w]),
  );

function isEmojiCode(cp: number): boolean {
  return (
    (cp >= 0x1f000 && cp <= 0x1faff) ||
    (cp >= 0x2600 && cp <= 0x27bf) ||
    cp === 0x2b50 ||
    cp === 0x2b55 ||
    cp === 0x2764 ||
    cp === 0x203c ||
    cp === 0x2049 ||
    (cp >= 0x2190 && cp <= 0x21ff) ||
    (cp >= 0x2300 && cp <= 0x23ff)
  );
}

/** Words are cut at MAX_WORD units (the span still covers the whole word). */
const MAX_WORD = 64;

/** http://, https:// or www. (any case) at i, compared by char codes (no allocation). */
function lcAt(text: string, i: number, n: number): number {
  return i < n ? text.charCodeAt(i) | 32 : 0;
}

function isUrlStart(text: string, i: number, n: number): boolean {
  const c0 = lcAt(text, i, n);
  if (c0 === 119)
    return lcAt(text, i + 1, n) === 119 && lcAt(text, i + 2, n) === 119 && text.charCodeAt(i + 3) === 46; // www.
  if (
    c0 !== 104 ||
    lcAt(text, i + 1, n) !== 116 ||
    lcAt(text, i + 2, n) !== 116 ||
    lcAt(text, i + 3, n) !== 112
  )
    return false; // http
  const k = lcAt(text, i + 4, n) === 115 ? 5 : 4; // https
  return (
    text.charCodeAt(i + k) === 58 && text.charCodeAt(i + k + 1) === 47 && text.charCodeAt(i + k + 2) === 47
  );
}

/** A word as written (raw code units) with its folded form and letter statistics. */
interface WordEntry extends WordSlot {
  raw: string;
  w: string;
  upper: number;
  lower: number;
  digits: number;
  latin: number;
  cyr: number;
  cues: Float32Array | null;
}
const RAW_SEED = 0x9e3779b9 | 0;
/** Word cache: open addressing on the raw word's hash → index into WE (bounded; emptied when full). */
const WE_CAP = 16384;
const WE_MAX = 8000;
/** Words longer than this are folded every time (not cached). */
const WE_MAX_LEN = 48;
const WE_KEYS = new Int32Array(WE_CAP);
const WE_IDX = new Int32Array(WE_CAP);
let WE: WordEntry[] = [];
const WORD_CUES = new Float32Array(NL);
/**
 * Letter cues count at most this much per word and language: one name full of diacritics ("Brīvības" in
 * an English post) does not decide alone.
 */
const WORD_CUE_CAP = 3;

/** The entry of the word text[start, end) whose raw hash is h (from the cache, or folded now). */
function wordEntry(text: string, start: number, end: number, h: number): WordEntry {
  const len = end - start;
  const key = h === 0 ? 1 : h;
  let slot = -1;
  if (len <= WE_MAX_LEN) {
    let p = (key ^ (key >>> 15)) & (WE_CAP - 1);
    for (;;) {
      const k = WE_KEYS[p] as number;
      if (k === 0) break;
      if (k === key) {
        const e = WE[WE_IDX[p] as number] as WordEntry;
        const raw = e.raw;
        if (raw.length === len) {
          let q = 0;
          while (q < len && raw.charCodeAt(q) === text.charCodeAt(start + q)) q++;
          if (q === len) return e;
        }
      }
      p = (p + 1) & (WE_CAP - 1);
    }
    slot = p;
  }
  const e = foldRange(text, start, end);
  if (slot >= 0) {
    if (WE.length >= WE_MAX) {
      WE_KEYS.fill(0);
      WE = [];
      slot = (key ^ (key >>> 15)) & (WE_CAP - 1);
    }
    WE_KEYS[slot] = key;
    WE_IDX[slot] = WE.length;
    WE.push(e);
  }
  return e;
}

/** Fold the word text[start, end) (an extent found by scanText): skeleton rules, counts, letter cues. */
function foldRange(text: string, start: number, end: number): WordEntry {
  fLen = 0;
  fLast = 0;
  fPrev = 0;
  let upper = 0;
  let lower = 0;
  let digits = 0;
  let wLatin = 0;
  let wCyr = 0;
  let anyCue = false;
  for (let j = start; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c < 128) {
      if (c >= 97 && c <= 122) {
        lower++;
        wLatin++;
        fpush(c);
      } else if (c >= 65 && c <= 90) {
        upper++;
        wLatin++;
        fpush(c + 32);
      } else if (c >= 48 && c <= 57) {
        digits++;
        fpush(c);
      }
      // in-word apostrophe (it's, don't, Elisa't): dropped
      continue;
    }
    const k = classOf(c);
    if (k === C_LETTER) {
      const info = letterInfo(c);
      if (info & LI_CYR) wCyr++;
      else wLatin++;
      if (info & LI_UPPER) upper++;
      else lower++;
      if (info & LI_CUE) {
        const cues = CUE_TABLE.get(c);
        if (cues) {
          if (!anyCue) WORD_CUES.fill(0);
          anyCue = true;
          for (const [li, wt] of cues) WORD_CUES[li] = (WORD_CUES[li] as number) + wt;
        }
      }
      fpushAll(foldedOf(c));
    } else if (k === C_DIGIT) {
      digits++;
      fpushAll(foldedOf(c));
    }
    // combining diacritics, zero-width characters and U+2019 inside a word: dropped
  }
  const raw = end - start <= WE_MAX_LEN ? text.slice(start, end) : '';
  let cues: Float32Array | null = null;
  if (anyCue) {
    cues = new Float32Array(NL);
    for (let q = 0; q < NL; q++) cues[q] = Math.min(WORD_CUES[q] as number, WORD_CUE_CAP);
  }
  return {
    raw,
    w: foldedString(text, start, end, raw),
    upper,
    lower,
    digits,
    latin: wLatin,
    cyr: wCyr,
    cues,
    ext: null,
  };
}

/** The word in FB as a string: the raw slice itself when folding changed nothing (most lower-case words). */
function foldedString(text: string, start: number, end: number, raw: string): string {
  const len = fLen;
  if (len === 0) return '';
  if (len === end - start && raw.length === len) {
    let q = 0;
    while (q < len && FB[q] === text.charCodeAt(start + q)) q++;
    if (q === len) return raw;
  }
  let w = '';
  for (let q = 0; q < len; q++) w += String.fromCharCode(FB[q] as number);
  return w;
}

/**
 * Split a text into folded tokens with original UTF-16 spans, in one pass. Never throws; handles lone
 * surrogates, control characters and very long input (linear time, no regular expressions on the text).
 * `limit` caps how many UTF-16 units are read (the rest is ignored; default 20,000).
 */
export function scanText(text: string, limit = 20_000): Scanned {
  const n = Math.min(text.length, limit);
  const tokens: ScanToken[] = [];
  const letterCues = new Float32Array(NL);
  let latin = 0;
  let cyrillic = 0;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    // URLs: http(s):// or www. — skipped as one token up to whitespace.
    if (
      (code === 104 || code === 72 || code === 119 || code === 87) &&
      (i === 0 || text.charCodeAt(i - 1) <= 32)
    ) {
      if (isUrlStart(text, i, n)) {
        let j = i;
        while (j < n && text.charCodeAt(j) > 32) j++;
        tokens.push({ w: 'url', start: i, end: j, type: T_URL, caps: false, slot: null, run: 0 });
        i = j;
        continue;
      }
    }
    const isAsciiLetter = (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
    const cls = code < 128 ? (isAsciiLetter ? C_LETTER : code >= 48 && code <= 57 ? C_DIGIT : C_OTHER) : 0;
    const klass = cls || (code >= 0xd800 && code <= 0xdfff ? C_OTHER : classOf(code));
    if (klass === C_LETTER || klass === C_DIGIT) {
      // A word: letters, digits, marks, invisible controls and in-word apostrophes. Its extent and a hash
      // of its raw code units are taken in one pass; the folded form comes from the word cache (no string
      // is built for a word seen before, and the same word always yields the same string object).
      const start = i;
      let h = RAW_SEED;
      let j = start;
      while (j < n) {
        const c = text.charCodeAt(j);
        if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
          h = Math.imul(h ^ c, 0x01000193);
          j++;
          continue;
        }
        if (c >= 0xd800 && c <= 0xdfff) break;
        if (c === 39 || c === 0x2019) {
          if (j === start || j + 1 >= n) break;
          const nc = text.charCodeAt(j + 1);
          if (
            (nc >= 97 && nc <= 122) ||
            (nc >= 65 && nc <= 90) ||
            (nc >= 0xc0 && nc < 0xd800 && classOf(nc) === C_LETTER)
          ) {
            h = Math.imul(h ^ c, 0x01000193);
            j++;
            continue;
          }
          break;
        }
        if (c < 128) break;
        const k = classOf(c);
        if (k === C_LETTER || k === C_DIGIT || k === C_MARK || k === C_INVISIBLE) {
          h = Math.imul(h ^ c, 0x01000193);
          j++;
        } else break;
      }
      const e = wordEntry(text, start, j, h);
      const upper = e.upper;
      const lower = e.lower;
      const digits = e.digits;
      const prev = start > 0 ? text.charCodeAt(start - 1) : 0;
      let type = digits > 0 && upper + lower === 0 ? T_NUMBER : T_WORD;
      let s = start;
      if (prev === 64 /* @ */) {
        type = T_HANDLE;
        s = start - 1;
        // the rest of the handle: letters, digits, _ and inner dots (@bite_lv, @first.last)
        while (j < n) {
          const c = text.charCodeAt(j);
          const ok =
            c === 95 ||
            (c >= 48 && c <= 57) ||
            (c >= 97 && c <= 122) ||
            (c >= 65 && c <= 90) ||
            (c === 46 && j + 1 < n && text.charCodeAt(j + 1) > 32 && text.charCodeAt(j + 1) !== 46) ||
            (c >= 128 && !(c >= 0xd800 && c <= 0xdfff) && classOf(c) === C_LETTER);
          if (!ok) break;
          j++;
        }
      } else if (prev === 35 /* # */) {
        type = T_HASHTAG;
        s = start - 1;
      }
      if (type === T_WORD || type === T_NUMBER) {
        // script and letters of words only: a handle or hashtag (@Rīgas_satiksme) says little
        latin += e.latin;
        cyrillic += e.cyr;
        if (e.cues)
          for (let q = 0; q < NL; q++) letterCues[q] = (letterCues[q] as number) + (e.cues[q] as number);
      }
      const word = e.w;
      if (word.length > 0)
        tokens.push({
          w: word,
          start: s,
          end: j,
          type,
          caps: type === T_WORD && upper >= 3 && lower === 0,
          slot: e,
          run: 0,
        });
      i = j;
      continue;
    }
    // Surrogate pairs: emoji (astral) or skipped.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        const cp = (code - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        if (isEmojiCode(cp) && !(cp >= 0x1f3fb && cp <= 0x1f3ff)) {
          tokens.push({
            w: text.slice(i, i + 2),
            start: i,
            end: i + 2,
            type: T_EMOJI,
            caps: false,
            slot: null,
            run: 0,
          });
        }
        i += 2;
        continue;
      }
      i++;
      continue;
    }
    if (code >= 0x2190 && isEmojiCode(code)) {
      tokens.push({
        w: text[i] as string,
        start: i,
        end: i + 1,
        type: T_EMOJI,
        caps: false,
        slot: null,
        run: 0,
      });
      i++;
      continue;
    }
    // Emoticons and punctuation.
    if (code === 58 /* : */ || code === 59 /* ; */ || code === 61 /* = */) {
      let j = i + 1;
      const c1 = j < n ? text.charCodeAt(j) : 0;
      if (c1 === 45 /* - */ || c1 === 39 /* ' */ || c1 === 94 /* ^ */) j++;
      const c2 = j < n ? text.charCodeAt(j) : 0;
      const after = j + 1 < n ? text.charCodeAt(j + 1) : 32;
      const bounded =
        after <= 32 || after === 41 || after === 40 || after === 33 || after === 46 || after === 44;
      if (bounded || c2 === 40 || c2 === 41) {
        let kind = '';
        if (c2 === 41 || c2 === 68 || c2 === 93 || c2 === 80 || c2 === 112 || c2 === 42 || c2 === 51)
          kind = 'emo+'; // ) D ] P p * 3
        else if (c2 === 40 || c2 === 91 || c2 === 47 || c2 === 92 || c2 === 124) kind = 'emo-'; // ( [ / \ |
        if (kind) {
          let e = j + 1;
          while (e < n && text.charCodeAt(e) === c2) e++;
          tokens.push({ w: kind, start: i, end: e, type: T_EMOTICON, caps: false, slot: null, run: 0 });
          i = e;
          continue;
        }
      }
    }
    if (code === 60 /* < */ && i + 1 < n && text.charCodeAt(i + 1) === 51) {
      tokens.push({ w: 'emo+', start: i, end: i + 2, type: T_EMOTICON, caps: false, slot: null, run: 0 });
      i += 2;
      continue;
    }
    if (code === 41 || code === 40) {
      // ")))" and "(((" (Russian-style smiles/frowns): two or more in a row
      let j = i;
      while (j < n && text.charCodeAt(j) === code) j++;
      if (j - i >= 2) {
        tokens.push({
          w: code === 41 ? 'emo+' : 'emo-',
          start: i,
          end: j,
          type: T_EMOTICON,
          caps: false,
          slot: null,
          run: j - i,
        });
      }
      i = j;
      continue;
    }
    if (code === 63 || code === 33 || code === 0xff1f || code === 0xff01 || code === 0x203d) {
      let j = i;
      let q = 0;
      let x = 0;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === 63 || c === 0xff1f) q++;
        else if (c === 33 || c === 0xff01) x++;
        else if (c === 0x203d) {
          q++;
          x++;
        } else if (c !== 32 && c !== 49) break; // "!!!1" and "? ?" still one run
        j++;
      }
      const w = q > 0 && x > 0 ? '?!' : q > 0 ? '?' : '!';
      tokens.push({ w, start: i, end: j, type: T_PUNCT, caps: false, slot: null, run: q + x });
      i = j;
      continue;
    }
    if (code === 44 || code === 46 || code === 59 || code === 0x2026 || code === 8212 || code === 8211) {
      // , . ; … — : clause boundaries (end negation scope); repeated dots collapse
      let j = i + 1;
      while (j < n && text.charCodeAt(j) === code) j++;
      tokens.push({
        w: code === 44 ? ',' : '.',
        start: i,
        end: j,
        type: T_PUNCT,
        caps: false,
        slot: null,
        run: j - i,
      });
      i = j;
      continue;
    }
    i++;
  }
  return { tokens, latin, cyrillic, letterCues };
}

/** Fold one keyword exactly as scanText folds words (for building lexicons). */
export function foldWord(s: string): string {
  const t = scanText(s).tokens.filter((x) => x.type === T_WORD || x.type === T_NUMBER);
  return t.map((x) => x.w).join(' ');
}

// ---- language evidence -------------------------------------------------------------------------------
//
// The word lists live in lang-data.ts. They are compiled once into open-addressing tables keyed by an
// integer hash (FNV-1a) of the folded word's char codes, so the identifier looks words up without
// building a string per word. Each table row is an evidence vector:
//   [0, NL)  one weight per language (LANGS order)
//   RU_LAT   Russian typed in Latin letters: added to Russian in Latin text without the Latin penalty
//   SR_I, HR_I, BS_I  rank Serbian, Croatian and Bosnian against each other only (see finishScores)

const RU_LAT = NL;
const SR_I = NL + 1;
const HR_I = NL + 2;
const BS_I = NL + 3;
/** Length of an evidence vector (wordLanguageEvidence, languageScores' buffer). */
export const EVIDENCE_SIZE = NL + 4;
const NE = EVIDENCE_SIZE;
const I_ET = LI.et as number;
const I_LT = LI.lt as number;
const I_FI = LI.fi as number;
const I_RU = LI.ru as number;
const I_UK = LI.uk as number;
const I_SR = LI.sr as number;
const I_HR = LI.hr as number;
const I_BS = LI.bs as number;

const WORD_SEED = 0x811c9dc5 | 0;
const END_SEED = 0x2f6b1e37;

/** FNV-1a over buf[from, to), never 0 (0 marks an empty slot). */
function hashCodes(buf: Uint16Array, from: number, to: number, seed: number): number {
  let h = seed;
  for (let i = from; i < to; i++) {
    h ^= buf[i] as number;
    h = Math.imul(h, 0x01000193);
  }
  return h === 0 ? 1 : h;
}

interface HashTable {
  mask: number;
  keys: Int32Array;
  /** Row offset into data (row index × NE). */
  offs: Int32Array;
  data: Float32Array;
}

function compileTable(entries: Map<number, Float32Array>): HashTable {
  let cap = 16;
  while (cap < entries.size * 3) cap *= 2;
  const keys = new Int32Array(cap);
  const offs = new Int32Array(cap);
  const data = new Float32Array(entries.size * NE);
  let row = 0;
  for (const [h, v] of entries) {
    let i = (h ^ (h >>> 15)) & (cap - 1);
    while (keys[i] !== 0) i = (i + 1) & (cap - 1);
    keys[i] = h;
    offs[i] = row * NE;
    data.set(v, row * NE);
    row++;
  }
  return { mask: cap - 1, keys, offs, data };
}

/** Row offset of hash h, or -1. */
function find(t: HashTable, h: number): number {
  const keys = t.keys;
  let i = (h ^ (h >>> 15)) & t.mask;
  for (;;) {
    const k = keys[i] as number;
    if (k === h) return t.offs[i] as number;
    if (k === 0) return -1;
    i = (i + 1) & t.mask;
  }
}

/** Scratch: the codes of one folded word. */
const KB = new Uint16Array(MAX_WORD + 8);
function codesOf(w: string): number {
  const len = Math.min(w.length, MAX_WORD + 8);
  for (let i = 0; i < len; i++) KB[i] = w.charCodeAt(i);
  return len;
}

let WORDS: HashTable | null = null;
let ENDS: HashTable | null = null;
let MAX_END = 0;
/** Hashes for the post-level Serbian/Croatian rules ("da li", "je li", "mogu da"). */
let H_DA = 0;
let H_LI = 0;
let H_JE = 0;
let H_MODALS = new Int32Array(0);

/** "mogu da platim", "moram da idem": Serbian; Croatian uses the infinitive ("moram ići"). */
const SR_MODALS = 'mogu moram moze mozes treba trebalo hocu zelim pokusam probam';

function wordHash(folded: string): number {
  return hashCodes(KB, 0, codesOf(folded), WORD_SEED);
}

function buildTables(): void {
  const words = new Map<number, Float32Array>();
  const slot = (m: Map<number, Float32Array>, h: number): Float32Array => {
    let v = m.get(h);
    if (!v) {
      v = new Float32Array(NE);
      m.set(h, v);
    }
    return v;
  };
  const setMax = (v: Float32Array, i: number, w: number): void => {
    v[i] = Math.max(v[i] as number, w);
  };
  // Function words; a word shared by k languages is weaker evidence for each of them.
  const fw = new Map<string, Float32Array>();
  for (const lang of LANGS) {
    const li = LI[lang] as number;
    for (const raw of FUNCTION_WORDS[lang].split(/\s+/)) {
      const k = raw ? foldWord(raw) : '';
      if (!k) continue;
      let v = fw.get(k);
      if (!v) {
        v = new Float32Array(NE);
        fw.set(k, v);
      }
      v[li] = 1;
    }
  }
  for (const [k, v] of fw) {
    // Serbian, Croatian and Bosnian count as one language here: "hvala" is full evidence for the group
    let c = 0;
    let sh = false;
    for (let i = 0; i < NL; i++)
      if ((v[i] as number) > 0) {
        if (i === I_SR || i === I_HR || i === I_BS) {
          if (!sh) c++;
          sh = true;
        } else c++;
      }
    if (c > 1) for (let i = 0; i < NL; i++) v[i] = (v[i] as number) / Math.sqrt(c);
    const dst = slot(words, wordHash(k));
    for (let i = 0; i < NE; i++) setMax(dst, i, v[i] as number);
  }
  for (const [raw, lang, w] of MARKERS) {
    const k = foldWord(raw);
    // marker phrases of two words ("ne rabotaet") count per word
    if (k) for (const part of k.split(' ')) setMax(slot(words, wordHash(part)), LI[lang] as number, w);
  }
  for (const raw of RU_TRANSLIT.split(/\s+/)) {
    const k = raw ? foldWord(raw) : '';
    if (k) for (const part of k.split(' ')) setMax(slot(words, wordHash(part)), RU_LAT, 1.1);
  }
  for (const [list, sr, hr, bs] of SH_INTERNAL)
    for (const raw of list.split(/\s+/)) {
      const k = raw ? foldWord(raw) : '';
      if (!k) continue;
      const v = slot(words, wordHash(k));
      setMax(v, SR_I, sr);
      setMax(v, HR_I, hr);
      setMax(v, BS_I, bs);
    }
  const ends = new Map<number, Float32Array>();
  const addEnd = (raw: string, i: number, w: number): void => {
    const k = foldWord(raw).replace(/ /g, '');
    if (!k || k.length > 4) return;
    for (let q = 0; q < k.length; q++) if (k.charCodeAt(q) >= 128) return;
    const len = codesOf(k);
    setMax(slot(ends, hashCodes(KB, 0, len, END_SEED + len)), i, w);
    MAX_END = Math.max(MAX_END, len);
  };
  for (const lang of LANGS)
    for (const raw of ENDINGS[lang].split(/\s+/)) if (raw) addEnd(raw, LI[lang] as number, 0.35);
  for (const raw of RU_TRANSLIT_ENDINGS) addEnd(raw, RU_LAT, 0.45);
  H_DA = wordHash('da');
  H_LI = wordHash('li');
  H_JE = wordHash('je');
  H_MODALS = Int32Array.from(SR_MODALS.split(' '), (w) => wordHash(w));
  WORDS = compileTable(words);
  ENDS = compileTable(ends);
}

const NIJE = [110, 105, 106, 101];
const PRIJEM = [112, 114, 105, 106, 101, 109];
function startsWith(buf: Uint16Array, len: number, prefix: number[]): boolean {
  if (len < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (buf[i] !== prefix[i]) return false;
  return true;
}
function isVowel(c: number): boolean {
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117;
}

/**
 * Add the evidence of one folded word (codes buf[0, len)) to `out` (EVIDENCE_SIZE long): listed word,
 * the longest listed ending, and letter patterns (Estonian/Finnish double vowels, ijekavian "mj", "dje",
 * "cije…", Serbian "-eo" participles). Returns the word's hash.
 */
function addWordEvidence(buf: Uint16Array, len: number, out: Float64Array): number {
  const words = WORDS as HashTable;
  const h = hashCodes(buf, 0, len, WORD_SEED);
  let o = find(words, h);
  if (o >= 0) {
    const d = words.data;
    for (let i = 0; i < NE; i++) out[i] = (out[i] as number) + (d[o + i] as number);
  }
  if (len >= 4) {
    const ends = ENDS as HashTable;
    for (let e = Math.min(MAX_END, len - 2); e >= 2; e--) {
      if ((buf[len - e] as number) >= 128) break;
      o = find(ends, hashCodes(buf, len - e, len, END_SEED + e));
      if (o >= 0) {
        const d = ends.data;
        for (let i = 0; i < NE; i++) out[i] = (out[i] as number) + (d[o + i] as number);
        break;
      }
    }
  }
  // Letter patterns, each at most once per word.
  let dbl = false;
  let ijek = false;
  let uo = false;
  let p = 0;
  for (let i = 0; i < len; i++) {
    const c = buf[i] as number;
    if (i > 0 && c === p && (c === 97 || c === 105 || c === 117))
      dbl = true; // aa ii uu
    else if (c === 111 && p === 117)
      uo = true; // uo: Lithuanian (uostas, važiuoja), also Finnish (suomi)
    else if (c === 106 /* j */ && i > 0) {
      // mj vj pj (mjesto, vjerojatno, pjesma); dje tje sje cje (gdje, tjedan, sjećam, procjena)
      if (p === 109 || p === 118 || p === 112) ijek = true;
      else if (
        (p === 100 || p === 116 || p === 115 || p === 99) &&
        buf[i + 1] === 101 &&
        i + 1 < len &&
        !(i === 2 && buf[0] === 111) // od-je…, ot-je… (prefix + je): both variants
      )
        ijek = true;
    }
    p = c;
  }
  // cije…, dije…, lije…, bije…, rije…, vrije… at the start (cijena, dijete, lijep, rijeka, vrijeme)
  if (
    len >= 5 &&
    buf[2] === 106 &&
    buf[1] === 105 &&
    buf[3] === 101 &&
    ((buf[0] as number) === 99 || buf[0] === 100 || buf[0] === 108 || buf[0] === 98 || buf[0] === 114)
  )
    ijek = true;
  else if (len >= 6 && buf[0] === 118 && buf[1] === 114 && buf[2] === 105 && buf[3] === 106 && buf[4] === 101)
    ijek = true;
  else if (!ijek && len >= 5 && !startsWith(buf, len, NIJE) && !startsWith(buf, len, PRIJEM)) {
    // "ije" + consonant inside a word (uvijek, zalijepljeno, prijevoz, tijekom); Serbian has e there
    for (let i = 1; i + 3 < len; i++)
      if (buf[i] === 105 && buf[i + 1] === 106 && buf[i + 2] === 101 && !isVowel(buf[i + 3] as number)) {
        ijek = true;
        break;
      }
  }
  if (uo) out[I_LT] = (out[I_LT] as number) + 0.35;
  if (dbl) {
    out[I_ET] = (out[I_ET] as number) + 0.3;
    out[I_FI] = (out[I_FI] as number) + 0.3;
  }
  if (ijek) {
    out[HR_I] = (out[HR_I] as number) + 0.5;
    out[BS_I] = (out[BS_I] as number) + 0.5;
  }
  // hteo, video, voleo (Serbian) vs htio, vidio, volio
  if (len >= 4 && buf[len - 1] === 111 && buf[len - 2] === 101) out[SR_I] = (out[SR_I] as number) + 0.5;
  return h;
}

const NONE = new Float64Array(NE);
/** Per-word evidence (string form), cached: posts repeat the same words all the time. */
const WORD_CACHE = new Map<string, Float64Array>();
const WORD_CACHE_MAX = 8000;

/**
 * Language evidence of one folded word (EVIDENCE_SIZE long: LANGS order first). Shared and cached: do not
 * modify the result.
 */
export function wordLanguageEvidence(w: string): Float64Array {
  const hit = WORD_CACHE.get(w);
  if (hit !== undefined) return hit;
  if (!WORDS) buildTables();
  const v = new Float64Array(NE);
  addWordEvidence(KB, codesOf(w), v);
  let any = false;
  for (let i = 0; i < NE; i++) if (v[i] !== 0) any = true;
  const res = any ? v : NONE;
  if (WORD_CACHE.size >= WORD_CACHE_MAX) WORD_CACHE.clear();
  WORD_CACHE.set(w, res);
  return res;
}

const byWord = (t: ScanToken): Float64Array => wordLanguageEvidence(t.w);
const SCORE = new Float64Array(NE);
let HASH_SR_MODAL_CACHE: Map<string, number> | null = null;

/** Is folded word w one of SR_MODALS? */
function isSrModal(w: string): boolean {
  if (!HASH_SR_MODAL_CACHE) {
    HASH_SR_MODAL_CACHE = new Map();
    for (const m of SR_MODALS.split(' ')) HASH_SR_MODAL_CACHE.set(m, 1);
  }
  return HASH_SR_MODAL_CACHE.has(w);
}

/**
 * Script, letter and family adjustments shared by both paths. `score` is EVIDENCE_SIZE long; on return
 * its first NL entries are the final per-language scores.
 */
function finishScores(
  score: Float64Array,
  cues: Float32Array | Float64Array,
  latin: number,
  cyr: number,
): void {
  // Letters: capped so one long word full of diacritics does not decide alone.
  for (let i = 0; i < NL; i++) score[i] = (score[i] as number) + Math.min(cues[i] as number, 6);
  // Script: Cyrillic text is ru/uk/sr (bs and hr are written in Latin); Latin text is rarely Russian
  // (translit needs more evidence: only the RU_LAT words count in full).
  if (cyr + latin > 0) {
    const cyrShare = cyr / (cyr + latin);
    if (cyrShare > 0.5) {
      for (let i = 0; i < NL; i++)
        if (i !== I_RU && i !== I_UK && i !== I_SR) score[i] = (score[i] as number) * 0.15;
      // Ukrainian without і ї є ґ, Serbian without ђ ј љ њ ћ џ: less likely once there are 20 letters
      if (cyr >= 20) {
        if ((cues[I_UK] as number) === 0) score[I_UK] = (score[I_UK] as number) - 0.5;
        if ((cues[I_SR] as number) === 0) score[I_SR] = (score[I_SR] as number) - 0.5;
      }
      // Serbian Cyrillic without its own letters: a tie with Russian is broken by script-specific marks
      score[I_RU] = (score[I_RU] as number) + 0.3;
    } else {
      score[I_RU] = (score[I_RU] as number) * 0.7 - 0.5 + (score[RU_LAT] as number);
      score[I_UK] = (score[I_UK] as number) * 0.7 - 0.5;
    }
  }
  // sr / hr / bs among themselves: the internal weights re-rank the three, the group's best score stays.
  const sr = score[I_SR] as number;
  const hr = score[I_HR] as number;
  const bs = score[I_BS] as number;
  const si = score[SR_I] as number;
  const hi = score[HR_I] as number;
  const bi = score[BS_I] as number;
  if (si !== 0 || hi !== 0 || bi !== 0) {
    const top = Math.max(sr, hr, bs);
    const shift = Math.max(sr + si, hr + hi, bs + bi) - top;
    score[I_SR] = sr + si - shift;
    score[I_HR] = hr + hi - shift;
    score[I_BS] = bs + bi - shift;
  }
}

/**
 * Per-language evidence for a scanned text (LANGS order, then internal entries). `evidenceOf(token, index)`
 * lets a caller that keeps its own per-word cache supply wordLanguageEvidence() results. The result is a
 * shared buffer, valid until the next call: read it at once (or copy it).
 */
export function languageScores(
  s: Scanned,
  evidenceOf: (t: ScanToken, index: number) => Float64Array = byWord,
): Float64Array {
  if (!WORDS) buildTables();
  const score = SCORE;
  score.fill(0);
  let prevW = '';
  const toks = s.tokens;
  for (let ti = 0; ti < toks.length; ti++) {
    const t = toks[ti] as ScanToken;
    if (t.type !== T_WORD) {
      prevW = '';
      continue;
    }
    // "da li" / "moram da" (Serbian) vs "je li" (Croatian)
    if (t.w === 'li' && prevW === 'da') {
      score[I_SR] = (score[I_SR] as number) + 1.2;
      score[BS_I] = (score[BS_I] as number) + 1.2; // Bosnian says "da li" too
    } else if (t.w === 'li' && prevW === 'je') score[I_HR] = (score[I_HR] as number) + 0.6;
    else if (t.w === 'da' && isSrModal(prevW)) score[I_SR] = (score[I_SR] as number) + 1;
    prevW = t.w;
    const v = evidenceOf(t, ti);
    if (v !== NONE) for (let i = 0; i < NE; i++) score[i] = (score[i] as number) + (v[i] as number);
  }
  finishScores(score, s.letterCues, s.latin, s.cyrillic);
  return score;
}

function decide(score: Float64Array, latin: number, cyrillic: number): LangGuess {
  let best = 0;
  for (let i = 1; i < NL; i++) if ((score[i] as number) > (score[best] as number)) best = i;
  // Margin against the best language outside the winner's family (sr/hr/bs differ by a few words only;
  // within the family the best scorer wins, ties go to Serbian for Cyrillic and Croatian for Latin).
  let second = -1;
  const bestSh = best === I_SR || best === I_HR || best === I_BS;
  for (let i = 0; i < NL; i++) {
    if (i === best || (bestSh && (i === I_SR || i === I_HR || i === I_BS))) continue;
    if (second < 0 || (score[i] as number) > (score[second] as number)) second = i;
  }
  if (bestSh) {
    const sr = score[I_SR] as number;
    const hr = score[I_HR] as number;
    const bs = score[I_BS] as number;
    const top = Math.max(sr, hr, bs);
    const ties = (sr === top ? 1 : 0) + (hr === top ? 1 : 0) + (bs === top ? 1 : 0);
    if (ties > 1) best = cyrillic > latin || (sr === top && hr !== top) ? I_SR : hr === top ? I_HR : I_BS;
  }
  const b = score[best] as number;
  const sc = second >= 0 ? Math.max(0, score[second] as number) : 0;
  if (b < 0.9) {
    // Nothing but script: Cyrillic without cues is most often Russian.
    if (cyrillic >= 8 && cyrillic > latin) return { lang: 'ru', confidence: 0.35 };
    return { lang: 'und', confidence: 0 };
  }
  const margin = b - sc;
  const confidence = Math.max(0, Math.min(1, (margin / b) * 0.75 + Math.min(b, 6) / 24));
  if (margin < 0.25 || confidence < 0.2)
    return { lang: 'und', confidence: Math.round(confidence * 100) / 100 };
  return { lang: LANGS[best] as string, confidence: Math.round(confidence * 100) / 100 };
}

/** Decide the language from per-language scores (languageScores). */
export function decideLanguage(score: Float64Array, s: Scanned): LangGuess {
  return decide(score, s.latin, s.cyrillic);
}

/** Identify the language of an already scanned text. */
export function detectScanned(s: Scanned): LangGuess {
  return decideLanguage(languageScores(s), s);
}

// ---- the fast path: detectLanguage -------------------------------------------------------------------
//
// One pass over the char codes: no tokens, no strings, no Map lookups. Letters below U+0500 (Latin and
// Cyrillic) are folded through small typed tables; the folded word is built in a Uint16Array with the
// skeleton() digraph rules applied on the fly, hashed, and looked up in the compiled tables. Same scores
// as languageScores(scanText(text)) (a test checks this on every labelled post).

const TK = 0x500;
/** 0 other, 1 Latin letter, 2 Cyrillic letter, 3 dropped inside words (mark, invisible), 4 digit. */
let T_KIND: Uint8Array | null = null;
/** Folded code(s) of a letter: first and second (0: none). */
let T_F1 = new Uint16Array(0);
let T_F2 = new Uint16Array(0);
/** 1 + index into CUE_VECS, or 0. */
let T_CUE = new Uint8Array(0);
let CUE_VECS: Float32Array[] = [];

function buildCharTables(): void {
  const kind = new Uint8Array(TK);
  T_F1 = new Uint16Array(TK);
  T_F2 = new Uint16Array(TK);
  T_CUE = new Uint8Array(TK);
  CUE_VECS = [];
  for (let c = 0; c < TK; c++) {
    if (c >= 0xd800) break;
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
        kind[c] = 1;
        T_F1[c] = c | 32;
      } else if (c >= 48 && c <= 57) {
        kind[c] = 4;
        T_F1[c] = c;
      }
      continue;
    }
    const k = classOf(c);
    if (k === C_LETTER || k === C_DIGIT) {
      kind[c] = k === C_DIGIT ? 4 : letterInfo(c) & LI_CYR ? 2 : 1;
      const f = foldedOf(c);
      // Only one or two folded units fit; longer folds ("1⁄4") go through the general path.
      // a letter that folds to nothing (ь, ъ) still belongs to the word: T_F1 stays 0
      if (f.length > 2) kind[c] = k === C_DIGIT ? 6 : 5;
      else if (f.length > 0) {
        T_F1[c] = f.charCodeAt(0);
        T_F2[c] = f.length > 1 ? f.charCodeAt(1) : 0;
      }
      const cues = CUE_TABLE.get(c);
      if (cues && kind[c] !== 0) {
        const v = new Float32Array(NL);
        for (const [li, wt] of cues) v[li] = (v[li] as number) + wt;
        CUE_VECS.push(v);
        T_CUE[c] = CUE_VECS.length;
      }
    } else if (k === C_MARK || k === C_INVISIBLE) kind[c] = 3;
  }
  T_KIND = kind;
}

/** The word being built by the fast path. */
const FB = new Uint16Array(MAX_WORD + 8);
let fLen = 0;
let fLast = 0;
let fPrev = 0;

/** pushCode() on FB (same skeleton digraph rules). */
function fpush(ch: number): void {
  if (ch !== 104 && fLast !== 121) {
    // the common case: no digraph rule applies
    if (fLen < MAX_WORD) {
      FB[fLen++] = ch;
      fPrev = fLast;
      fLast = ch;
    }
    return;
  }
  if (ch === 104 /* h */) {
    if (fLast === 115 || fLast === 122) return; // sh→s, zh→z
    if (fLast === 99) {
      if (fPrev === 115) {
        fLen--; // sch/shch→s
        fLast = 115;
        fPrev = fLen > 1 ? (FB[fLen - 2] as number) : 0;
      }
      return; // ch→c
    }
    if (fLast === 107) {
      FB[fLen - 1] = 104; // kh→h
      fLast = 104;
      return;
    }
  } else if (fLast === 121 && (ch === 97 || ch === 101 || ch === 105 || ch === 111 || ch === 117)) {
    FB[fLen - 1] = 106; // ya→ja
  }
  if (fLen >= MAX_WORD) return;
  FB[fLen++] = ch;
  fPrev = fLast;
  fLast = ch;
}

function fpushAll(f: string): void {
  for (let k = 0; k < f.length; k++) fpush(f.charCodeAt(k));
}

/** Where an emoticon scanText would read at i ends, or -1. */
function emoticonEnd(text: string, i: number, n: number, code: number): number {
  if (code === 58 || code === 59 || code === 61) {
    let j = i + 1;
    const c1 = j < n ? text.charCodeAt(j) : 0;
    if (c1 === 45 || c1 === 39 || c1 === 94) j++;
    const c2 = j < n ? text.charCodeAt(j) : 0;
    const after = j + 1 < n ? text.charCodeAt(j + 1) : 32;
    const bounded =
      after <= 32 || after === 41 || after === 40 || after === 33 || after === 46 || after === 44;
    if (bounded || c2 === 40 || c2 === 41) {
      const pos = c2 === 41 || c2 === 68 || c2 === 93 || c2 === 80 || c2 === 112 || c2 === 42 || c2 === 51;
      const neg = c2 === 40 || c2 === 91 || c2 === 47 || c2 === 92 || c2 === 124;
      if (pos || neg) {
        let e = j + 1;
        while (e < n && text.charCodeAt(e) === c2) e++;
        return e;
      }
    }
  }
  return -1;
}

/**
 * The fast path's per-word cache: word hash → offset of its summed evidence in WC_DATA (bounded; emptied
 * when full). Posts repeat the same words, so most words cost one hash probe and one vector add.
 */
const WC_CAP = 16384;
const WC_MAX = 8192;
/** Allocated on the first detectLanguage call (a module that only scans pays nothing): ~0.6 MB. */
let WC_KEYS = new Int32Array(0);
let WC_OFFS = new Int32Array(0);
let WC_DATA = new Float32Array(0);
let wcSize = 0;
let wcRows = 0;
const WTMP = new Float64Array(NE);

/** Add the evidence of the word in FB to `score` (through the cache); returns the word's hash. */
function addCachedWord(score: Float64Array): number {
  const h = hashCodes(FB, 0, fLen, WORD_SEED);
  let i = (h ^ (h >>> 15)) & (WC_CAP - 1);
  for (;;) {
    const k = WC_KEYS[i] as number;
    if (k === h) {
      const o = WC_OFFS[i] as number;
      if (o >= 0) for (let q = 0; q < NE; q++) score[q] = (score[q] as number) + (WC_DATA[o + q] as number);
      return h;
    }
    if (k === 0) break;
    i = (i + 1) & (WC_CAP - 1);
  }
  if (wcSize >= WC_MAX) {
    WC_KEYS.fill(0);
    wcSize = 0;
    wcRows = 0;
    i = (h ^ (h >>> 15)) & (WC_CAP - 1);
  }
  WTMP.fill(0);
  addWordEvidence(FB, fLen, WTMP);
  let any = false;
  for (let q = 0; q < NE; q++) if (WTMP[q] !== 0) any = true;
  WC_KEYS[i] = h;
  wcSize++;
  if (any) {
    // only words with evidence take a data row
    const o = wcRows * NE;
    for (let q = 0; q < NE; q++) {
      WC_DATA[o + q] = WTMP[q] as number;
      score[q] = (score[q] as number) + (WTMP[q] as number);
    }
    WC_OFFS[i] = o;
    wcRows++;
  } else WC_OFFS[i] = -1;
  return h;
}

const FSCORE = new Float64Array(NE);
const FCUES = new Float64Array(NL);
const FWCUES = new Float64Array(NL);
/** Letters read before the fast path stops at the next word end (posts are 20–280 characters). */
export const MAX_LETTERS = 200;

let F_LATIN = 0;
let F_CYR = 0;

const ESCORE = new Float64Array(NE);
/** Letters read before the first early-stop check, and words between checks. */
const EARLY_LETTERS = 40;
const EARLY_EVERY = 2;
/** Early stop: the leader is outside sr/hr/bs and ahead of every other language by this much. */
const EARLY_MARGIN = 4;

/** Would the current (unfinished) scores already decide, with a margin no later word is likely to undo? */
function decisive(score: Float64Array, cues: Float64Array, latin: number, cyr: number): boolean {
  ESCORE.set(score);
  finishScores(ESCORE, cues, latin, cyr);
  let best = 0;
  for (let i = 1; i < NL; i++) if ((ESCORE[i] as number) > (ESCORE[best] as number)) best = i;
  if (best === I_SR || best === I_HR || best === I_BS) return false;
  let second = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < NL; i++) if (i !== best && (ESCORE[i] as number) > second) second = ESCORE[i] as number;
  return (ESCORE[best] as number) - second >= EARLY_MARGIN;
}

/** Scores of `text` into FSCORE (finished); letter counts into F_LATIN, F_CYR. */
function fastScores(text: string, limit: number, maxLetters: number, early: boolean): void {
  if (!WORDS) buildTables();
  if (!T_KIND) buildCharTables();
  if (WC_KEYS.length === 0) {
    WC_KEYS = new Int32Array(WC_CAP);
    WC_OFFS = new Int32Array(WC_CAP);
    WC_DATA = new Float32Array(WC_MAX * NE);
  }
  const kind = T_KIND as Uint8Array;
  const f1 = T_F1;
  const f2 = T_F2;
  const tcue = T_CUE;
  const score = FSCORE;
  const cues = FCUES;
  const wcues = FWCUES;
  score.fill(0);
  cues.fill(0);
  const n = Math.min(text.length, limit);
  let latin = 0;
  let cyr = 0;
  let prevH = 0;
  let sinceCheck = 0;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (
      (code === 104 || code === 72 || code === 119 || code === 87) &&
      (i === 0 || text.charCodeAt(i - 1) <= 32) &&
      isUrlStart(text, i, n)
    ) {
      while (i < n && text.charCodeAt(i) > 32) i++;
      prevH = 0;
      continue;
    }
    let k = code < TK ? (kind[code] as number) : code >= 0xd800 && code <= 0xdfff ? 0 : -1;
    if (k === -1) {
      const cl = classOf(code);
      k = cl === C_LETTER ? 5 : cl === C_DIGIT ? 6 : 0;
    }
    if (k === 1 || k === 2 || k === 4 || k === 5 || k === 6) {
      // A word (same extent rules as scanText).
      const start = i;
      let wcue = false;
      let wLat = 0;
      let wCyr = 0;
      fLen = 0;
      fLast = 0;
      fPrev = 0;
      let letters = 0;
      let digits = 0;
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        let kk: number;
        if (c < TK) kk = kind[c] as number;
        else if (c >= 0xd800 && c <= 0xdfff) break;
        else {
          const cl = classOf(c);
          kk = cl === C_LETTER ? 5 : cl === C_DIGIT ? 6 : cl === C_MARK || cl === C_INVISIBLE ? 3 : 0;
        }
        if (kk === 1) {
          wLat++;
          letters++;
          if (c >= 128) {
            const q = tcue[c] as number;
            if (q !== 0) {
              const v = CUE_VECS[q - 1] as Float32Array;
              if (!wcue) wcues.fill(0);
              for (let z = 0; z < NL; z++) wcues[z] = (wcues[z] as number) + (v[z] as number);
              wcue = true;
            }
            const s1 = f1[c] as number;
            if (s1 !== 0) fpush(s1);
            const s2 = f2[c] as number;
            if (s2 !== 0) fpush(s2);
          } else fpush(c | 32);
        } else if (kk === 2) {
          wCyr++;
          letters++;
          const q = tcue[c] as number;
          if (q !== 0) {
            const v = CUE_VECS[q - 1] as Float32Array;
            if (!wcue) wcues.fill(0);
            for (let z = 0; z < NL; z++) wcues[z] = (wcues[z] as number) + (v[z] as number);
            wcue = true;
          }
          const s1 = f1[c] as number;
          if (s1 !== 0) fpush(s1);
          const s2 = f2[c] as number;
          if (s2 !== 0) fpush(s2);
        } else if (kk === 4) {
          digits++;
          fpush(f1[c] as number);
        } else if (kk === 3) {
          // combining mark or invisible control inside a word: dropped
        } else if (kk === 5 || kk === 6) {
          // rare letters and digits (outside Latin/Cyrillic blocks): the general fold
          if (kk === 5) {
            letters++;
            if (letterInfo(c) & LI_CYR) wCyr++;
            else wLat++;
            const cl = CUE_TABLE.get(c);
            if (cl) {
              if (!wcue) wcues.fill(0);
              wcue = true;
              for (const [li, wt] of cl) wcues[li] = (wcues[li] as number) + wt;
            }
          } else digits++;
          const f = foldedOf(c);
          for (let q = 0; q < f.length; q++) fpush(f.charCodeAt(q));
        } else if ((c === 39 || c === 0x2019) && j > start && j + 1 < n) {
          // it's, don't: keep the word together, drop the apostrophe
          const nc = text.charCodeAt(j + 1);
          if (
            !((nc >= 97 && nc <= 122) || (nc >= 65 && nc <= 90) || (nc >= 0xc0 && classOf(nc) === C_LETTER))
          )
            break;
        } else break;
        j++;
      }
      const prev = start > 0 ? text.charCodeAt(start - 1) : 0;
      if (prev !== 64 && prev !== 35) {
        // script and letters of words only (not of handles and hashtags)
        latin += wLat;
        cyr += wCyr;
        if (wcue)
          for (let z = 0; z < NL; z++)
            cues[z] = (cues[z] as number) + Math.min(wcues[z] as number, WORD_CUE_CAP);
      }
      if (prev === 64 /* @ */) {
        // a handle: the rest of it (letters, digits, _ and inner dots) is skipped
        while (j < n) {
          const c = text.charCodeAt(j);
          const ok =
            c === 95 ||
            (c >= 48 && c <= 57) ||
            (c >= 97 && c <= 122) ||
            (c >= 65 && c <= 90) ||
            (c === 46 && j + 1 < n && text.charCodeAt(j + 1) > 32 && text.charCodeAt(j + 1) !== 46) ||
            (c >= 128 && !(c >= 0xd800 && c <= 0xdfff) && classOf(c) === C_LETTER);
          if (!ok) break;
          j++;
        }
        prevH = 0;
      } else if (prev === 35 /* # */ || (letters === 0 && digits > 0)) {
        prevH = 0;
      } else if (fLen > 0) {
        const h = addCachedWord(score);
        if (h === H_LI && prevH === H_DA) {
          score[I_SR] = (score[I_SR] as number) + 1.2;
          score[BS_I] = (score[BS_I] as number) + 1.2; // Bosnian says "da li" too
        } else if (h === H_LI && prevH === H_JE) score[I_HR] = (score[I_HR] as number) + 0.6;
        else if (h === H_DA && prevH !== 0 && H_MODALS.includes(prevH))
          score[I_SR] = (score[I_SR] as number) + 1;
        prevH = h;
        if (latin + cyr >= maxLetters) break;
        if (early && latin + cyr >= EARLY_LETTERS && ++sinceCheck >= EARLY_EVERY) {
          sinceCheck = 0;
          if (decisive(score, cues, latin, cyr)) break;
        }
      }
      i = j;
      continue;
    }
    // Tokens that end a word pair in scanText: emoji, emoticons, ? ! , . ; … — – and "))" / "((" runs.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        const cp = (code - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        if (isEmojiCode(cp) && !(cp >= 0x1f3fb && cp <= 0x1f3ff)) prevH = 0;
        i += 2;
        continue;
      }
      i++;
      continue;
    }
    if (code === 58 || code === 59 || code === 61) {
      const e = emoticonEnd(text, i, n, code);
      if (e > 0) {
        prevH = 0;
        i = e;
        continue;
      }
    }
    if (code === 60 && i + 1 < n && text.charCodeAt(i + 1) === 51) {
      prevH = 0;
      i += 2;
      continue;
    }
    if (code === 41 || code === 40) {
      let j = i;
      while (j < n && text.charCodeAt(j) === code) j++;
      if (j - i >= 2) prevH = 0;
      i = j;
      continue;
    }
    if (
      code === 63 ||
      code === 33 ||
      code === 44 ||
      code === 46 ||
      code === 59 ||
      code === 0xff1f ||
      code === 0xff01 ||
      code === 0x203d ||
      code === 0x2026 ||
      code === 8212 ||
      code === 8211 ||
      (code >= 0x2190 && isEmojiCode(code))
    )
      prevH = 0;
    i++;
  }
  finishScores(score, cues, latin, cyr);
  F_LATIN = latin;
  F_CYR = cyr;
}

/** Identify the main language of a short post. `und` when unsure. Never throws. */
export function detectLanguage(text: string): LangGuess {
  if (typeof text !== 'string' || text.length === 0) return { lang: 'und', confidence: 0 };
  fastScores(text, 4000, MAX_LETTERS, true);
  return decide(FSCORE, F_LATIN, F_CYR);
}

/**
 * The fast path's final scores (LANGS order) for a text, copied (for tests and tools). `maxLetters` and
 * `early` (stop once the leader is decisively ahead) default to what detectLanguage does; with no limit
 * and no early stop the scores equal languageScores(scanText(text)).
 */
export function fastLanguageScores(text: string, maxLetters = MAX_LETTERS, early = true): Float64Array {
  fastScores(typeof text === 'string' ? text : '', 4000, maxLetters, early);
  return FSCORE.slice(0, NL);
}

export interface LangShare extends LangGuess {
  /** Share of the post's letters in clauses of this language (0..1). */
  share: number;
}

const CLAUSE_TOTAL = new Float64Array(NL);

/** Is text[i] sentence or clause punctuation followed by a space or the end (not "www.bite.lv", "3.5")? */
function clauseEnd(text: string, i: number, n: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 10 || c === 13 || c === 0x2026) return true;
  if (c !== 46 && c !== 33 && c !== 63 && c !== 44 && c !== 59) return false;
  return i + 1 >= n || text.charCodeAt(i + 1) <= 32;
}

/**
 * Languages of a possibly mixed post ("Labdien, my card nestrādā"), best first. Each clause (split at
 * sentence punctuation, commas and line breaks) is identified by the fast path and votes with its letters
 * (a clause left und votes half for its best-scoring language); a language is listed when it carries at
 * least 20% of the votes. Returns [] for a post with no words. Never throws.
 */
export function detectLanguages(text: string): LangShare[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const n = Math.min(text.length, 4000);
  const total = CLAUSE_TOTAL;
  total.fill(0);
  let start = 0;
  for (let i = 0; i <= n; i++) {
    if (i < n && !clauseEnd(text, i, n)) continue;
    if (i > start) {
      fastScores(text.slice(start, i), 4000, Number.POSITIVE_INFINITY, false);
      const letters = F_LATIN + F_CYR;
      if (letters > 0) {
        const g = decide(FSCORE, F_LATIN, F_CYR);
        const li = LI[g.lang];
        if (li !== undefined) total[li] = (total[li] as number) + letters;
        else {
          let bi = 0;
          for (let q = 1; q < NL; q++) if ((FSCORE[q] as number) > (FSCORE[bi] as number)) bi = q;
          if ((FSCORE[bi] as number) > 0.3) total[bi] = (total[bi] as number) + letters / 2;
        }
      }
    }
    start = i + 1;
  }
  let sum = 0;
  for (let q = 0; q < NL; q++) sum += total[q] as number;
  const whole = detectLanguage(text);
  if (sum === 0) return whole.lang === 'und' ? [] : [{ ...whole, share: 1 }];
  const out: LangShare[] = [];
  for (let q = 0; q < NL; q++) {
    const share = (total[q] as number) / sum;
    if (share >= 0.2) {
      const lang = LANGS[q] as string;
      out.push({
        lang,
        share: Math.round(share * 100) / 100,
        confidence: lang === whole.lang ? whole.confidence : Math.round(share * 50) / 100,
      });
    }
  }
  out.sort((a, b) => b.share - a.share);
  return out;
}
