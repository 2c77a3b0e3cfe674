/**
 * Language identification for short posts (20–280 characters), plus the fast single-pass scanner it shares
 * with the complaint classifier (src/core/signals).
 *
 *   text ──scanText()──> tokens {w: folded+skeleton form, start, end (UTF-16, original), type}
 *                        + letter statistics (script counts, language-specific letters, capitals, ?, !)
 *        ──score()────> per-language evidence: function words (folded), typical endings, special letters,
 *                        script (Cyrillic only for ru/uk/sr/bs; Latin Russian allowed with a penalty)
 *        ──decide()───> {lang, confidence}, 'und' when there is too little evidence or the two best
 *                        candidates are too close.
 *
 * Why not the general normalize()/tokenize(): they allocate offset tables per call and cost 25–85 µs per
 * 200-character post; the inbox classifies every post in the page, with a 20 µs budget for language
 * identification plus classification. This scanner folds with the same foldChar() (same diacritic and
 * Cyrillic→Latin rules) and applies skeleton() rules inline, so its forms agree with fold()/skeleton().
 * Compared with franc (trigram profiles of 187 languages, ~240 KB of data) in the signals bench and eval.
 */
import type { Lang } from '../../shared/types.ts';
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
  /** Length of the punctuation run ('!!!' → 3), for T_PUNCT. */
  run: number;
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
const FOLDED: (string | undefined)[] = new Array(65536);
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
  const f = FOLDED[code];
  if (f !== undefined) return f;
  const out = foldChar(String.fromCharCode(code));
  FOLDED[code] = out;
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
cue('ąęėįų', [['lt', 2.5]]);
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
const CHARS: string[] = [];
for (let c = 0; c < 0x250; c++) CHARS.push(String.fromCharCode(c));
/** The word being built (folded, skeleton rules applied); module-level to avoid a closure per call. */
let wb = '';
let wlast = 0;
let wprev = 0;

/** Append one folded letter code, applying the skeleton() digraph rules on the fly. */
function pushCode(ch: number): void {
  if (ch === 104 /* h */) {
    if (wlast === 115 /* s */ || wlast === 122 /* z */) return; // sh→s, zh→z
    if (wlast === 99 /* c */) {
      if (wprev === 115) {
        wb = wb.slice(0, -1); // sch/shch→s
        wlast = 115;
        wprev = wb.length > 1 ? wb.charCodeAt(wb.length - 2) : 0;
      }
      return; // ch→c
    }
    if (wlast === 107 /* k */) {
      wb = `${wb.slice(0, -1)}h`; // kh→h
      wlast = 104;
      return;
    }
  } else if (wlast === 121 /* y */ && (ch === 97 || ch === 101 || ch === 105 || ch === 111 || ch === 117)) {
    wb = `${wb.slice(0, -1)}j`; // ya→ja
  }
  if (wb.length >= MAX_WORD) return;
  wb += ch < 0x250 ? (CHARS[ch] as string) : String.fromCharCode(ch);
  wprev = wlast;
  wlast = ch;
}

function pushFolded(f: string): void {
  for (let k = 0; k < f.length; k++) pushCode(f.charCodeAt(k));
}

/** http://, https:// or www. (any case) at i, compared by char codes (no allocation). */
function isUrlStart(text: string, i: number, n: number): boolean {
  const lc = (k: number): number => (i + k < n ? text.charCodeAt(i + k) | 32 : 0);
  if (lc(0) === 119) return lc(1) === 119 && lc(2) === 119 && text.charCodeAt(i + 3) === 46; // www.
  if (lc(0) !== 104 || lc(1) !== 116 || lc(2) !== 116 || lc(3) !== 112) return false; // http
  const k = lc(4) === 115 ? 5 : 4; // https
  return (
    text.charCodeAt(i + k) === 58 && text.charCodeAt(i + k + 1) === 47 && text.charCodeAt(i + k + 2) === 47
  );
}

interface SlowWord {
  w: string;
  len: number;
  upper: number;
  lower: number;
  digits: number;
  latin: number;
  cyr: number;
  cues: Float32Array | null;
}
const SLOW_CACHE = new Map<string, SlowWord>();
const SLOW_CACHE_MAX = 8000;
const WORD_CUES = new Float32Array(NL);

/** Where a word that starts at `start` ends (same rules as the folding loop in scanText). */
function wordExtent(text: string, start: number, n: number): number {
  let j = start;
  while (j < n) {
    const c = text.charCodeAt(j);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
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
        j++;
        continue;
      }
      break;
    }
    if (c < 128) break;
    const k = classOf(c);
    if (k === C_LETTER || k === C_DIGIT || k === C_MARK || k === C_INVISIBLE) j++;
    else break;
  }
  return j;
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
        tokens.push({ w: 'url', start: i, end: j, type: T_URL, caps: false, run: 0 });
        i = j;
        continue;
      }
    }
    const isAsciiLetter = (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
    const cls = code < 128 ? (isAsciiLetter ? C_LETTER : code >= 48 && code <= 57 ? C_DIGIT : C_OTHER) : 0;
    const klass = cls || (code >= 0xd800 && code <= 0xdfff ? C_OTHER : classOf(code));
    if (klass === C_LETTER || klass === C_DIGIT) {
      // A word: letters, digits, marks, invisible controls and in-word apostrophes.
      const start = i;
      wb = '';
      wlast = 0;
      wprev = 0;
      let upper = 0;
      let lower = 0;
      let digits = 0;
      let j = i;
      // Fast path: a plain ASCII word (most English, translit and diacritic-free posts) is sliced, not built.
      let fast = true;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c >= 97 && c <= 122) lower++;
        else if (c >= 65 && c <= 90) upper++;
        else if (c >= 48 && c <= 57) digits++;
        else {
          if (c >= 128 || c === 39) fast = false;
          break;
        }
        j++;
      }
      if (fast) {
        let w = text.slice(start, j);
        if (upper > 0) w = w.toLowerCase();
        if (w.length > MAX_WORD) w = w.slice(0, MAX_WORD);
        if (w.indexOf('h') > 0 || w.indexOf('y') >= 0) {
          pushFolded(w);
          w = wb;
        }
        latin += upper + lower;
        wb = w;
      } else {
        upper = 0;
        lower = 0;
        digits = 0;
        j = i;
      }
      // Slow path (letters outside ASCII): the same word is folded once, then served from a cache keyed by
      // the word as written.
      let raw = '';
      let cached: SlowWord | undefined;
      let wLatin = 0;
      let wCyr = 0;
      if (!fast) {
        const e = wordExtent(text, start, n);
        raw = text.slice(start, e);
        cached = SLOW_CACHE.get(raw);
        if (cached) {
          wb = cached.w;
          j = start + cached.len;
          upper = cached.upper;
          lower = cached.lower;
          digits = cached.digits;
          latin += cached.latin;
          cyrillic += cached.cyr;
          if (cached.cues)
            for (let q = 0; q < NL; q++)
              letterCues[q] = (letterCues[q] as number) + (cached.cues[q] as number);
        } else WORD_CUES.fill(0);
      }
      while (!fast && !cached && j < n) {
        const c = text.charCodeAt(j);
        if (c < 128) {
          if (c >= 97 && c <= 122) {
            lower++;
            wLatin++;
            pushCode(c);
          } else if (c >= 65 && c <= 90) {
            upper++;
            wLatin++;
            pushCode(c + 32);
          } else if (c >= 48 && c <= 57) {
            digits++;
            pushCode(c);
          } else if (c === 39 && j + 1 < n && j > start) {
            // it's, don't, Elisa't: keep the word together, drop the apostrophe
            const nc = text.charCodeAt(j + 1);
            if (
              !((nc >= 97 && nc <= 122) || (nc >= 65 && nc <= 90) || (nc >= 0xc0 && classOf(nc) === C_LETTER))
            )
              break;
          } else break;
          j++;
          continue;
        }
        if (c >= 0xd800 && c <= 0xdfff) break;
        const k = classOf(c);
        if (k === C_LETTER) {
          const info = letterInfo(c);
          if (info & LI_CYR) wCyr++;
          else wLatin++;
          if (info & LI_UPPER) upper++;
          else lower++;
          if (info & LI_CUE) {
            const cues = CUE_TABLE.get(c);
            if (cues) for (const [li, wt] of cues) WORD_CUES[li] = (WORD_CUES[li] as number) + wt;
          }
          pushFolded(foldedOf(c));
        } else if (k === C_DIGIT) {
          digits++;
          pushFolded(foldedOf(c));
        } else if (k === C_MARK || k === C_INVISIBLE) {
          // combining diacritic or zero-width character inside a word: dropped
        } else if (c === 0x2019 && j + 1 < n && j > start) {
          const nc = text.charCodeAt(j + 1);
          if (!((nc >= 97 && nc <= 122) || (nc >= 65 && nc <= 90) || classOf(nc) === C_LETTER)) break;
        } else break;
        j++;
      }
      if (!fast && !cached) {
        let anyCue = false;
        for (let q = 0; q < NL; q++) {
          const v = WORD_CUES[q] as number;
          if (v !== 0) {
            anyCue = true;
            letterCues[q] = (letterCues[q] as number) + v;
          }
        }
        latin += wLatin;
        cyrillic += wCyr;
        if (SLOW_CACHE.size >= SLOW_CACHE_MAX) SLOW_CACHE.clear();
        SLOW_CACHE.set(raw, {
          w: wb,
          len: j - start,
          upper,
          lower,
          digits,
          latin: wLatin,
          cyr: wCyr,
          cues: anyCue ? Float32Array.from(WORD_CUES) : null,
        });
      }
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
      const word = wb;
      if (word.length > 0)
        tokens.push({
          w: word,
          start: s,
          end: j,
          type,
          caps: type === T_WORD && upper >= 3 && lower === 0,
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
          tokens.push({ w: text.slice(i, i + 2), start: i, end: i + 2, type: T_EMOJI, caps: false, run: 0 });
        }
        i += 2;
        continue;
      }
      i++;
      continue;
    }
    if (code >= 0x2190 && isEmojiCode(code)) {
      tokens.push({ w: text[i] as string, start: i, end: i + 1, type: T_EMOJI, caps: false, run: 0 });
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
          tokens.push({ w: kind, start: i, end: e, type: T_EMOTICON, caps: false, run: 0 });
          i = e;
          continue;
        }
      }
    }
    if (code === 60 /* < */ && i + 1 < n && text.charCodeAt(i + 1) === 51) {
      tokens.push({ w: 'emo+', start: i, end: i + 2, type: T_EMOTICON, caps: false, run: 0 });
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
      tokens.push({ w, start: i, end: j, type: T_PUNCT, caps: false, run: q + x });
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

/**
 * Frequent short words per language, written as people type them (diacritics optional: they are folded).
 * Only words that are frequent in short customer posts; shared words are listed under every language that
 * uses them (their weight is split).
 */
const FUNCTION_WORDS: Record<KnownLang, string> = {
  en: `the a an and or but is are was were be been it its this that these there here my me mine your you
    we our they them i he she his her not no never don't doesn't didn't can't won't isn't aren't wasn't haven't
    have has had do does did will would can could should to of in on at for from with by about again still
    what why how when where who which please thanks thank just only very so really any anyone anybody
    get got since after yet today yesterday now hours days weeks`,
  lv: `un ir nav bija būs es tu jūs mēs viņš viņa tas tā tie tās kas ko kur kad kā kāpēc vai jau vēl
    joprojām atkal arī bet ar uz no par pie pēc līdz pa man mani mans mana jums jūsu mums mūsu tev tavs
    viņi ka lai tik ļoti šodien vakar nekas neviens neko nē jā paldies lūdzu sveiki labdien kāds kāda kādēļ
    nevar var varu gan tikai tad tāpēc kopš dienas nedēļas ir jau tiek kamēr kādu kurš kura notiek tagad
    viss visu esmu esam manu savu savs nekā būtu šis šī šo jāgaida vajag vajadzētu beidzot`,
  lt: `ir yra nėra buvo bus aš tu jūs mes jis ji tai tas ta kas ką kur kada kaip kodėl ar jau dar vėl vis
    irgi bet su į iš už apie prie po iki per man mano jums jūsų mums mūsų tau tavo jie kad tik labai šiandien
    vakar niekas nieko ne taip ačiū prašau sveiki laba diena labas kodel negaliu galiu gal nes todėl nuo
    jau dienų savaites savaitę mėnesį kiek dabar yra turite turi mano savo jau nebe labai kažkas kas nors
    šis ši šį tą tuos visi visos vis koks kokia kokie kuris kuri būti galima reikia mus jus jūsų jau kur`,
  et: `ja on ei ole oli olen oled see seda need mis miks kus kuidas millal kas ma mina sa sina te teie me
    meie ta tema nad mul sul teil meil minu teie juba veel jälle ikka ka aga või et kui siis nii väga
    täna eile midagi keegi pole jah aitäh palun tere tänan siin seal ning kuid oma selle sest alates
    päeva nädalat tundi enam mitte eest oma nüüd kõik üle mind mulle teile teid pärast kohe uus uue
    mida kelle kellel mille milline mingi mingit ometi siia sinna ära kuni koos vaid sain saan tuli tulnud
    läks kell homme õhtul hommikul nagu ainult kuhu ilma küll siis mu su ta oma teha tehtud ootan ootasin`,
  ru: `и в не на я что это как почему когда где кто уже ещё еще опять снова но а или с у к по за от до из
    для о об мне меня мой моя моё мои вы вас ваш ваша вам мы нас наш они он она оно его её их то так
    очень сегодня вчера ничего никто нет да спасибо пожалуйста здравствуйте привет можно нельзя ли бы
    был была было были будет есть сколько чем тоже только уже дней недели`,
  uk: `і й в у не на я що це як чому коли де хто вже ще знову але а або з до за від із для про мені мене
    мій моя моє мої ви вас ваш ваша вам ми нас наш вони він вона воно його її їх то так дуже сьогодні
    вчора нічого ніхто ні так дякую будь ласка вітаю привіт можна чи був була було були буде є скільки
    також тільки днів тижня`,
  sr: `и у не на ја што шта то како зашто када где ко већ још опет али а или с са од до из за о мени мене
    мој моја ви вас ваш ваша вама ми нас наш они он она оно његов њен је сам си смо сте су био била било
    биће нема нисам није да хвала молим здраво помаже бог може ли веома баш данас јуче ништа нико
    мало пре после недеља уопште sve svi svaki kad koji koja koje ima imate imam mogu moram sad sada samo
    još jedan jedna dva tri opet nakon kod prema preko ste me mi te se ga joj im ih ovaj ova ovo taj`,
  hr: `i u ne na ja što to kako zašto kada gdje tko već još opet ali a ili s sa od do iz za o meni mene moj
    moja vi vas vaš vaša vama mi nas naš oni on ona ono njegov njen je sam si smo ste su bio bila bilo
    bit će nema nisam nije da hvala molim pozdrav može li jako baš danas jučer ništa nitko malo prije poslije
    tjedan tjedna uopće dobar dan sve svi svaki svaku kad koji koja koje ima imate imam mogu moram sad sada
    samo još jedan jedna dva tri opet nakon kod prema preko ste me mi te se ga joj im ih ovaj ova ovo taj`,
  bs: `i u ne na ja šta to kako zašto kada gdje ko već još opet ali a ili s sa od do iz za o meni mene moj
    moja vi vas vaš vaša vama mi nas naš oni on ona je sam si smo ste su bio bila bilo nema nisam nije da
    hvala molim selam može li jako baš danas jučer ništa niko prije poslije sedmica sedmice hiljada sve svi
    kad koji koja ima imate mogu moram sad samo još jedan opet nakon ste me mi se`,
  pl: `i w nie na ja co to jak dlaczego kiedy gdzie kto już jeszcze znowu ale a lub z od do za o mnie mój
    moja wy was wasz wasza wam my nas nasz oni on ona ono jego jej ich tak bardzo dzisiaj wczoraj nic
    nikt tak dziękuję proszę dzień dobry cześć można czy był była było były będzie jest są się że tylko też
    od przez mam masz macie jestem ile się już tylko ten ta te tego mojej moje nasze wasza wasze ciągle`,
  de: `der die das und oder aber ist sind war waren sein ich du sie wir ihr er es mein meine mich mir dein
    ihr euch uns nicht kein keine nie schon noch wieder was warum wie wann wo wer mit von zu in im auf für
    bei nach seit bis heute gestern nichts niemand ja nein danke bitte hallo guten tag sehr so nur auch
    ein eine einen dem den wurde wird hat habe haben kostet kann können ihr euer eure meinen ist das`,
  fi: `ja on ei ole oli olen olet se tämä nämä mikä miksi missä miten milloin kuka minä sinä te me hän he
    minun sinun teidän meidän jo vielä taas mutta tai että kun niin hyvin tänään eilen mitään kukaan kyllä
    kiitos kiitti moi hei terve voi voiko onko miksi nyt vain myös mulla sulla teillä jälkeen päivää viikkoa
    paljonko kuinka mitä kun koko aina tosi ihan ole eikä en et emme`,
};

/** Typical word endings (folded) per language: weak evidence, added once per word. */
const ENDINGS: Record<KnownLang, string> = {
  en: 'ing tion ed ly ness ment ght',
  lv: 'iju ija am ām ības šana ties jās ēja ējis usi ais ajā ēm īt āt ot ums',
  lt: 'ių ėjo ųjų iai ams oms uose ose ėti yti auti avo ijo ėl ai as ys yje ėjau',
  et: 'sse sest lle ltt ga ust ise miseks mata tud nud ks dele mine ilt iga lisi',
  ru: 'ого ему ыми ами ться ется ает ют ый ий ой ая ое ые ишь ешь',
  uk: 'ння ться ає ють ий ої ії ів ати ти',
  sr: 'ovati ije ćemo ćete smo ste čno nje ost',
  hr: 'ovati ije ćemo ćete smo ste čno nje ost',
  bs: 'ovati ije ćemo ćete smo ste nje ost',
  pl: 'ość ać ować ych ami ego iem ście że',
  de: 'ung ich lich keit heit ten chen',
  fi: 'ssa ssä lla llä sta stä lle nen ksi mme tte aan ään',
};

/** Words that separate the close relatives sr / hr / bs (and ru / uk); strong weight. */
const MARKERS: [string, KnownLang, number][] = [
  // Serbian (ekavian) vs Croatian/Bosnian (ijekavian)
  ...'gde lepo lepa vreme vremena pre posle mleko hleb uvek nedelja nedelje nedelju ponedeljak ponedeljke dete deca reka sreća srećan mesec meseca mesečnu ovde dobićete deo vazduha aerodromu aerodrom inostranstvu februara marta martu mejl sajt kirija pare evra uopšte prodavnice prodavnica kancelariji kafu kafa voz delimo svetu dve bezbedan podigne'
    .split(' ')
    .map((w): [string, KnownLang, number] => [w, 'sr', 1.5]),
  ...'gdje lijepo lijepa lijeva vrijeme vremena prije poslije posljednjih uvijek mjesec mjeseca mjesece dijete djeca rijeka ovdje dio cijeli cijelo riješila riješite svidjelo sjeća sjećam vidjeti vidio sletjeli mlijeko'
    .split(' ')
    .flatMap((w): [string, KnownLang, number][] => [
      [w, 'hr', 1],
      [w, 'bs', 0.9],
    ]),
  ...'tko itko nitko tjedan tjedna tjedno tisuća kruh kolodvor kolodvora zrakoplov zrakoplovna zračnoj zračna zraka vlak siječanj jučer sretno zbilja točno točan dućan dućanu inozemstvu sustav odvjetniku obitelj povijest bok doma stubištu uplatu natrag promijeniti pričekao nevjerojatno'
    .split(' ')
    .map((w): [string, KnownLang, number] => [w, 'hr', 1.2]),
  ...'šta ko hiljada hiljadu voz'.split(' ').map((w): [string, KnownLang, number] => [w, 'sr', 0.8]),
  ...'šta ko sedmica sedmice hiljada hljeb lahko kahva selam'
    .split(' ')
    .map((w): [string, KnownLang, number] => [w, 'bs', 1.2]),
  ...'šta ništa nešto'.split(' ').map((w): [string, KnownLang, number] => [w, 'sr', 0.5]),
  // Latvian vs Lithuanian frequent forms that fold alike to other languages
  ...'nestrada nestradā strādā neatbild atbild nevaru'
    .split(' ')
    .map((w): [string, KnownLang, number] => [w, 'lv', 1]),
  ...'neveikia veikia negaliu nieko'.split(' ').map((w): [string, KnownLang, number] => [w, 'lt', 1]),
  ...'ei tööta töötab pole juba'.split(' ').map((w): [string, KnownLang, number] => [w, 'et', 0.8]),
  // Russian typed in Latin letters (translit) — matched in skeleton form
  ...'chto pochemu uzhe opyat ochen spasibo pozhalujsta nichego rabotaet ne rabotaet segodnya kogda gde kak eto tolko vse esche eshe mne menya ya vy segodnja vchera zavtra vecherom utrom deneg dengi moj moja moi vash vasha nikto nichego kto tak net poka chem chtoby kotoryj gde-to mozhno nuzhno hochu bylo byl byla budet'
    .split(' ')
    .map((w): [string, KnownLang, number] => [w, 'ru', 1]),
];

/** Folded word → per-language weight vector. */
let WORD_TABLE: Map<string, Float32Array> | null = null;
let END_TABLE: Map<number, Float32Array> | null = null;

/** The last `e` letters of `w` (length `len`) packed into an integer (ASCII only; -1 otherwise). */
function endingKey(w: string, len: number, e: number): number {
  let key = e;
  for (let i = len - e; i < len; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return -1;
    key = key * 128 + c;
  }
  return key;
}
let MAX_END = 0;

function addWeight(table: Map<string, Float32Array>, key: string, li: number, w: number): void {
  let v = table.get(key);
  if (!v) {
    v = new Float32Array(NL);
    table.set(key, v);
  }
  v[li] = Math.max(v[li] as number, w);
}

function buildTables(): void {
  const words = new Map<string, Float32Array>();
  for (const lang of LANGS) {
    const li = LI[lang] as number;
    for (const raw of FUNCTION_WORDS[lang].split(/\s+/)) {
      if (!raw) continue;
      const k = foldWord(raw);
      if (k) addWeight(words, k, li, 1);
    }
  }
  // A word shared by k languages is weaker evidence for each of them.
  for (const v of words.values()) {
    let k = 0;
    for (let i = 0; i < NL; i++) if ((v[i] as number) > 0) k++;
    if (k > 1) for (let i = 0; i < NL; i++) v[i] = (v[i] as number) / Math.sqrt(k);
  }
  for (const [raw, lang, w] of MARKERS) {
    const k = foldWord(raw);
    if (!k) continue;
    // marker phrases of two words ("ne rabotaet") count per word
    for (const part of k.split(' ')) addWeight(words, part, LI[lang] as number, w);
  }
  const ends = new Map<number, Float32Array>();
  for (const lang of LANGS) {
    const li = LI[lang] as number;
    for (const raw of ENDINGS[lang].split(/\s+/)) {
      if (!raw) continue;
      const k = foldWord(raw).replace(/ /g, '');
      if (!k || k.length > 4) continue;
      const key = endingKey(k, k.length, k.length);
      if (key < 0) continue;
      let v = ends.get(key);
      if (!v) {
        v = new Float32Array(NL);
        ends.set(key, v);
      }
      v[li] = Math.max(v[li] as number, 0.35);
      MAX_END = Math.max(MAX_END, k.length);
    }
  }
  WORD_TABLE = words;
  END_TABLE = ends;
}

const NONE = new Float64Array(NL);
/** Per-word evidence (function word + ending), cached: posts repeat the same words all the time. */
const WORD_CACHE = new Map<string, Float64Array>();
const WORD_CACHE_MAX = 8000;

function wordEvidence(
  w: string,
  words: Map<string, Float32Array>,
  ends: Map<number, Float32Array>,
): Float64Array {
  const hit = WORD_CACHE.get(w);
  if (hit !== undefined) return hit;
  let out: Float64Array | null = null;
  const v = words.get(w);
  if (v) {
    out = new Float64Array(NL);
    for (let i = 0; i < NL; i++) out[i] = v[i] as number;
  }
  const len = w.length;
  if (len >= 4) {
    // the longest listed ending counts
    for (let e = Math.min(MAX_END, 4, len - 2); e >= 2; e--) {
      const key = endingKey(w, len, e);
      if (key < 0) break;
      const ev = ends.get(key);
      if (ev) {
        out ??= new Float64Array(NL);
        for (let i = 0; i < NL; i++) out[i] = (out[i] as number) + (ev[i] as number);
        break;
      }
    }
  }
  const res = out ?? NONE;
  if (WORD_CACHE.size >= WORD_CACHE_MAX) WORD_CACHE.clear();
  WORD_CACHE.set(w, res);
  return res;
}

/** "mogu da platim", "moram da idem": Serbian; Croatian uses the infinitive ("moram ići"). */
const SR_MODALS = new Set([
  'mogu',
  'moram',
  'moze',
  'mozes',
  'treba',
  'trebalo',
  'hocu',
  'zelim',
  'pokusam',
  'probam',
]);

/** Language evidence of one folded word (function word and ending; LANGS order). Shared, do not modify. */
export function wordLanguageEvidence(w: string): Float64Array {
  if (!WORD_TABLE) buildTables();
  return wordEvidence(w, WORD_TABLE as Map<string, Float32Array>, END_TABLE as Map<number, Float32Array>);
}

const byWord = (t: ScanToken): Float64Array => wordLanguageEvidence(t.w);
const SCORE = new Float64Array(NL);

/**
 * Per-language evidence for a scanned text (LANGS order). `evidenceOf(token, index)` lets a caller that
 * keeps its own per-word cache supply wordLanguageEvidence() results. The result is a shared buffer, valid
 * until the next call: read it at once (or copy it).
 */
export function languageScores(
  s: Scanned,
  evidenceOf: (t: ScanToken, index: number) => Float64Array = byWord,
): Float64Array {
  if (!WORD_TABLE) buildTables();
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
    if (t.w === 'li' && prevW === 'da') score[LI.sr as number] = (score[LI.sr as number] as number) + 1.2;
    else if (t.w === 'li' && prevW === 'je')
      score[LI.hr as number] = (score[LI.hr as number] as number) + 0.6;
    else if (t.w === 'da' && SR_MODALS.has(prevW))
      score[LI.sr as number] = (score[LI.sr as number] as number) + 1;
    prevW = t.w;
    const v = evidenceOf(t, ti);
    if (v !== NONE) for (let i = 0; i < NL; i++) score[i] = (score[i] as number) + (v[i] as number);
  }
  // Letters: capped so one long word full of diacritics does not decide alone.
  for (let i = 0; i < NL; i++) score[i] = (score[i] as number) + Math.min(s.letterCues[i] as number, 6);
  // Script: Cyrillic text is ru/uk/sr (bs and hr are written in Latin); Latin text is rarely Russian
  // (translit needs more evidence).
  const cyr = s.cyrillic;
  const lat = s.latin;
  if (cyr + lat > 0) {
    const cyrShare = cyr / (cyr + lat);
    for (let i = 0; i < NL; i++) {
      const l = LANGS[i];
      const cyrLang = l === 'ru' || l === 'uk' || l === 'sr';
      if (cyrShare > 0.5 && !cyrLang) score[i] = (score[i] as number) * 0.15;
      if (cyrShare <= 0.5 && (l === 'ru' || l === 'uk')) score[i] = (score[i] as number) * 0.7 - 0.5;
    }
    if (cyrShare > 0.5) {
      // Serbian Cyrillic without its own letters: a tie with Russian is broken by script-specific marks
      score[LI.ru as number] = (score[LI.ru as number] as number) + 0.3;
    }
  }
  return score;
}

const FAMILY_SH = new Set([LI.sr as number, LI.hr as number, LI.bs as number]);

/** Decide the language from per-language scores (languageScores). */
export function decideLanguage(score: Float64Array, s: Scanned): LangGuess {
  let best = 0;
  for (let i = 1; i < NL; i++) if ((score[i] as number) > (score[best] as number)) best = i;
  // Margin against the best language outside the winner's family (sr/hr/bs differ by a few words only;
  // within the family the best scorer wins, ties go to Serbian for Cyrillic and Croatian for Latin).
  let second = -1;
  for (let i = 0; i < NL; i++) {
    if (i === best || (FAMILY_SH.has(best) && FAMILY_SH.has(i))) continue;
    if (second < 0 || (score[i] as number) > (score[second] as number)) second = i;
  }
  if (FAMILY_SH.has(best)) {
    const sr = score[LI.sr as number] as number;
    const hr = score[LI.hr as number] as number;
    const bs = score[LI.bs as number] as number;
    const top = Math.max(sr, hr, bs);
    const ties = [sr === top, hr === top, bs === top].filter(Boolean).length;
    if (ties > 1)
      best =
        s.cyrillic > s.latin || (sr === top && hr !== top)
          ? (LI.sr as number)
          : hr === top
            ? (LI.hr as number)
            : (LI.bs as number);
  }
  const b = score[best] as number;
  const sc = second >= 0 ? Math.max(0, score[second] as number) : 0;
  if (b < 0.9) {
    // Nothing but script: Cyrillic without cues is most often Russian.
    if (s.cyrillic >= 8 && s.cyrillic > s.latin) return { lang: 'ru', confidence: 0.35 };
    return { lang: 'und', confidence: 0 };
  }
  const margin = b - sc;
  const confidence = Math.max(0, Math.min(1, (margin / b) * 0.75 + Math.min(b, 6) / 24));
  if (margin < 0.25 || confidence < 0.2)
    return { lang: 'und', confidence: Math.round(confidence * 100) / 100 };
  return { lang: LANGS[best] as string, confidence: Math.round(confidence * 100) / 100 };
}

/** Identify the language of an already scanned text. */
export function detectScanned(s: Scanned): LangGuess {
  return decideLanguage(languageScores(s), s);
}

/** Identify the main language of a short post. `und` when unsure. Never throws. */
export function detectLanguage(text: string): LangGuess {
  if (typeof text !== 'string' || text.length === 0) return { lang: 'und', confidence: 0 };
  return detectScanned(scanText(text, 4000));
}

export interface LangShare extends LangGuess {
  /** Share of the post's words that lean to this language (0..1). */
  share: number;
}

/**
 * Languages of a possibly mixed post ("Labdien, my card nestrādā"), best first. Each clause (split at
 * sentence punctuation) and each word cast votes; a language is listed when it carries at least 20% of the
 * evidence. Returns [] for a post with no words.
 */
export function detectLanguages(text: string): LangShare[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const s = scanText(text, 4000);
  if (!WORD_TABLE) buildTables();
  const words = WORD_TABLE as Map<string, Float32Array>;
  const total = new Float32Array(NL);
  // Clause-level guesses: each clause's winner gets its word count as votes.
  let clause: ScanToken[] = [];
  const flush = (): void => {
    const ws = clause.filter((t) => t.type === T_WORD);
    if (ws.length === 0) return;
    const sub: Scanned = { tokens: ws, latin: 0, cyrillic: 0, letterCues: new Float32Array(NL) };
    // script and letters of the clause
    for (const t of ws) {
      const seg = text.slice(t.start, t.end);
      const r = scanText(seg);
      sub.latin += r.latin;
      sub.cyrillic += r.cyrillic;
      for (let i = 0; i < NL; i++)
        sub.letterCues[i] = (sub.letterCues[i] as number) + (r.letterCues[i] as number);
    }
    const g = decideLanguage(languageScores(sub), sub);
    const li = LI[g.lang];
    if (li !== undefined) total[li] = (total[li] as number) + ws.length;
    else
      for (const t of ws) {
        const v = words.get(t.w);
        if (!v) continue;
        let bi = 0;
        for (let i = 1; i < NL; i++) if ((v[i] as number) > (v[bi] as number)) bi = i;
        total[bi] = (total[bi] as number) + 0.5;
      }
  };
  for (const t of s.tokens) {
    if (t.type === T_PUNCT && (t.w === '.' || t.w === '?' || t.w === '!' || t.w === '?!' || t.w === ',')) {
      flush();
      clause = [];
    } else clause.push(t);
  }
  flush();
  let sum = 0;
  for (let i = 0; i < NL; i++) sum += total[i] as number;
  if (sum === 0) {
    const g = detectScanned(s);
    return g.lang === 'und' ? [] : [{ ...g, share: 1 }];
  }
  const out: LangShare[] = [];
  const whole = detectScanned(s);
  for (let i = 0; i < NL; i++) {
    const share = (total[i] as number) / sum;
    if (share >= 0.2) {
      const lang = LANGS[i] as string;
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
