/**
 * Text normalisation with an offset map back to the original string.
 *
 *   original ──(per UTF-16 unit / code point)──> drop invisible controls ─> look-alike fold (by the word's
 *            script) ─> NFKC + lower case ─> Cyrillic→Latin ─> strip combining marks ─> special letters
 *
 * Every output UTF-16 unit i comes from the original span [starts[i], ends[i]), so a match found in the
 * normalised text maps back to exact offsets in the input (interfaces.md: UTF-16 offsets, end exclusive).
 *
 * Speed: this runs on every post a content script sees, so the per-character work is two typed-array
 * lookups (class, folded unit) filled lazily from the slow Unicode path the first time a character is
 * seen. A 200-character post normalises in about a microsecond on V8 (see mentions.bench.ts).
 * Pure: no DOM, no browser API.
 */

/** Zero-width, bidi control, soft hyphen, BOM, variation selectors, invisible fillers: removed. */
export function isInvisible(cp: number): boolean {
  return (
    cp === 0x00ad ||
    cp === 0x034f ||
    cp === 0x061c ||
    cp === 0x115f ||
    cp === 0x1160 ||
    cp === 0x180e ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0x2066 && cp <= 0x206f) ||
    cp === 0x3164 ||
    cp === 0xfeff ||
    cp === 0xffa0 ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

/**
 * Cyrillic (Russian, Ukrainian, Belarusian, Serbian, Macedonian) to a Latin skeleton in the style of
 * diacritic-free Serbian Latin: ш→s, ч→c, ж→z, ц→c, х→h, й/ј→j. Lossy on purpose: both the watchlist
 * and the text go through it, so "Сбербанк" and "Sberbank", "Ћевап" and "Cevap" meet.
 * Looked up on the precomposed lower-case letter (й and ї decompose under NFD, so the lookup must come
 * before the marks are stripped).
 */
const CYR: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'z',
  з: 'z',
  и: 'i',
  й: 'j',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'c',
  ш: 's',
  щ: 's',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'ju',
  я: 'ja',
  ђ: 'dj',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  ћ: 'c',
  џ: 'dz',
  ѓ: 'g',
  ќ: 'k',
  ѕ: 'dz',
  є: 'je',
  і: 'i',
  ї: 'ji',
  ґ: 'g',
  ў: 'u',
  һ: 'h',
};

/** Latin letters that NFD does not decompose. */
const SPECIAL: Record<string, string> = {
  ß: 'ss',
  đ: 'dj',
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  ħ: 'h',
  þ: 'th',
  ŀ: 'l',
  ĸ: 'k',
  ς: 'σ',
};

/**
 * Look-alike letters. In a word that is mostly Cyrillic, a Latin letter that looks like a Cyrillic one is
 * read as that Cyrillic letter ("сбeрбанк" with a Latin e; "Cбербанк" with a Latin C → s, not c). In a word
 * that is mostly Latin, Cyrillic and Greek look-alikes are read as Latin ("Ѕwеdbаnk" → swedbank).
 * Only pairs that really look alike in common fonts: lower-case к/k, м/m, т/t, н/h, в/b do not.
 */
const LATIN_TO_CYR: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  i: 'і',
  j: 'ј',
  s: 'ѕ',
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  I: 'І',
  J: 'Ј',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  S: 'Ѕ',
  T: 'Т',
  X: 'Х',
  Y: 'У',
};
const TO_LATIN: Record<string, string> = {
  // Greek look-alikes (only used inside Latin-dominant words)
  α: 'a',
  ο: 'o',
  ρ: 'p',
  ν: 'v',
  κ: 'k',
  ι: 'i',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  // Cyrillic letters that only exist to look Latin
  һ: 'h',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  Ԝ: 'W',
};
for (const [lat, cyr] of Object.entries(LATIN_TO_CYR)) TO_LATIN[cyr] = lat;

export interface Normalized {
  /** The normalised text: lower case, no diacritics, Latin script. */
  text: string;
  /** For each UTF-16 unit of `text`, the start offset of its source in the original. */
  starts: Uint32Array;
  /** For each UTF-16 unit of `text`, the end offset (exclusive) of its source in the original. */
  ends: Uint32Array;
}

// Character classes, cached per BMP code unit (0 = not yet computed).
const C_INVISIBLE = 1;
const C_MARK = 2;
const C_LATIN = 3;
const C_CYRILLIC = 4;
const C_LETTER = 5;
const C_GREEK = 6;
const C_OTHER = 7;
const C_SURROGATE = 8;

const RE_LATIN = /\p{Script=Latin}/u;
const RE_CYRILLIC = /\p{Script=Cyrillic}/u;
const RE_GREEK = /\p{Script=Greek}/u;
const RE_LETTER = /\p{L}/u;
const RE_MARK = /\p{M}/u;

/** Folded single unit, or one of these sentinels. */
const F_EMPTY = 0xfffe;
const F_MULTI = 0xffff;

let CLS: Uint8Array | null = null;
let FOLD: Uint16Array | null = null;
/** Look-alike replacement per code unit: 0 none; else the code unit to read instead. */
let LOOK_CYR: Uint16Array | null = null; // for Latin letters in Cyrillic words
let LOOK_LAT: Uint16Array | null = null; // for Cyrillic/Greek letters in Latin words
const MULTI = new Map<number, string>();
const ASTRAL = new Map<number, string>();

function tables(): { cls: Uint8Array; fold: Uint16Array } {
  if (CLS && FOLD) return { cls: CLS, fold: FOLD };
  CLS = new Uint8Array(65536);
  FOLD = new Uint16Array(65536);
  LOOK_CYR = new Uint16Array(0x500);
  LOOK_LAT = new Uint16Array(0x530);
  for (const [from, to] of Object.entries(LATIN_TO_CYR)) LOOK_CYR[from.charCodeAt(0)] = to.charCodeAt(0);
  for (const [from, to] of Object.entries(TO_LATIN)) LOOK_LAT[from.charCodeAt(0)] = to.charCodeAt(0);
  return { cls: CLS, fold: FOLD };
}

/** The slow path: fold one character (a code point as a string) to its normalised form. */
function foldSlow(ch: string): string {
  const lowered = ch.normalize('NFKC').toLowerCase();
  let out = '';
  for (const c of lowered) {
    const cyr = CYR[c];
    if (cyr !== undefined) {
      out += cyr;
      continue;
    }
    for (const d of c.normalize('NFD')) {
      if (RE_MARK.test(d)) continue;
      out += CYR[d] ?? SPECIAL[d] ?? d;
    }
  }
  return out;
}

function classify(cls: Uint8Array, fold: Uint16Array, code: number): number {
  let k: number;
  if (code >= 0xd800 && code <= 0xdfff) k = C_SURROGATE;
  else if (isInvisible(code)) k = C_INVISIBLE;
  else {
    const ch = String.fromCharCode(code);
    if (RE_MARK.test(ch)) k = C_MARK;
    else if (RE_LETTER.test(ch))
      k = RE_LATIN.test(ch)
        ? C_LATIN
        : RE_CYRILLIC.test(ch)
          ? C_CYRILLIC
          : RE_GREEK.test(ch)
            ? C_GREEK
            : C_LETTER;
    else k = C_OTHER;
    const f = code === 0xfffe || code === 0xffff ? '\ufffd' : foldSlow(ch);
    if (f.length === 0) fold[code] = F_EMPTY;
    else if (f.length === 1) fold[code] = f.charCodeAt(0) >= F_EMPTY ? 0xfffd : f.charCodeAt(0);
    else {
      fold[code] = F_MULTI;
      MULTI.set(code, f);
    }
  }
  cls[code] = k;
  return k;
}

/** Fold one (already look-alike-resolved) character to its normalised form. */
export function foldChar(ch: string): string {
  const cp = ch.codePointAt(0);
  if (cp === undefined) return '';
  if (ch.length > (cp > 0xffff ? 2 : 1)) return fold(ch);
  if (cp > 0xffff) return foldAstral(cp, ch);
  const { cls, fold: f } = tables();
  const k = cls[cp] || classify(cls, f, cp);
  if (k === C_INVISIBLE) return '';
  if (k === C_SURROGATE) return '\ufffd';
  const v = f[cp] as number;
  return v === F_EMPTY ? '' : v === F_MULTI ? (MULTI.get(cp) ?? '') : String.fromCharCode(v);
}

function foldAstral(cp: number, ch: string): string {
  let f = ASTRAL.get(cp);
  if (f === undefined) {
    f = isInvisible(cp) ? '' : foldSlow(ch);
    if (ASTRAL.size < 8192) ASTRAL.set(cp, f);
  }
  return f;
}

/**
 * The per-code-unit tables behind normalize(), for scanners that fold on the fly (the mention matcher
 * reads the post once, folding each unit as it goes, instead of normalising it first). Class codes are
 * UNIT_CLASS; a fold entry is the folded unit, UNIT_EMPTY (folds to nothing) or UNIT_MULTI (see multiFold).
 * Entries are filled lazily: call classifyUnit(code) when cls[code] is 0.
 */
export const UNIT_CLASS = {
  invisible: C_INVISIBLE,
  mark: C_MARK,
  latin: C_LATIN,
  cyrillic: C_CYRILLIC,
  letter: C_LETTER,
  greek: C_GREEK,
  other: C_OTHER,
  surrogate: C_SURROGATE,
} as const;
export const UNIT_EMPTY = F_EMPTY;
export const UNIT_MULTI = F_MULTI;

export function unitTables(): { cls: Uint8Array; fold: Uint16Array } {
  return tables();
}

/** The class of a BMP code unit (computing and caching its class and fold the first time). */
export function classifyUnit(code: number): number {
  const { cls, fold: f } = tables();
  return cls[code] || classify(cls, f, code);
}

/** The fold of a code unit whose fold entry is UNIT_MULTI. */
export function multiFold(code: number): string {
  return MULTI.get(code) ?? '';
}

/** The fold of an astral code point (`ch` is its two-unit string), as normalize() writes it. */
export function foldAstralChar(cp: number, ch: string): string {
  return foldAstral(cp, ch);
}

// Scratch buffers, grown as needed and reused between calls (normalisation is synchronous).
let OUT = new Uint16Array(1024);
let ST = new Uint32Array(1024);
let EN = new Uint32Array(1024);

function grow(need: number): void {
  let cap = OUT.length;
  while (cap < need) cap *= 2;
  const o = new Uint16Array(cap);
  o.set(OUT);
  OUT = o;
  const s = new Uint32Array(cap);
  s.set(ST);
  ST = s;
  const e = new Uint32Array(cap);
  e.set(EN);
  EN = e;
}

function decode(buf: Uint16Array, len: number): string {
  if (len <= 256) {
    // Small: a plain array spreads faster than a typed array into fromCharCode.
    const a: number[] = new Array(len);
    for (let k = 0; k < len; k++) a[k] = buf[k] as number;
    return String.fromCharCode.apply(null, a);
  }
  if (len <= 4096) return String.fromCharCode.apply(null, buf.subarray(0, len) as unknown as number[]);
  const parts: string[] = [];
  for (let p = 0; p < len; p += 4096)
    parts.push(
      String.fromCharCode.apply(null, buf.subarray(p, Math.min(len, p + 4096)) as unknown as number[]),
    );
  return parts.join('');
}

/** Append a multi-unit fold (ligatures, ю, љ, ß...) at `len`; returns the new length. No closure: the hot loop stays fast. */
function pushMulti(s: string, len: number, start: number, end: number): number {
  if (len + s.length > OUT.length) grow(len + s.length + 16);
  for (let k = 0; k < s.length; k++) {
    OUT[len] = s.charCodeAt(k);
    ST[len] = start;
    EN[len] = end;
    len++;
  }
  return len;
}

/** The shared loop: returns the number of output units written to OUT/ST/EN. */
function run(input: string): number {
  const { cls, fold } = tables();
  const lookCyr = LOOK_CYR as Uint16Array;
  const lookLat = LOOK_LAT as Uint16Array;
  const n = input.length;
  // Most characters fold to one unit; ligatures, ю/я/љ/њ/ß and friends to more (pushMulti grows).
  if (OUT.length < n + 16) grow(n + 16);
  else if (OUT.length > 1 << 17 && n < 1 << 12) {
    // A huge text grew the scratch buffers; the views over them are stale by now: shrink them back.
    OUT = new Uint16Array(1024);
    ST = new Uint32Array(1024);
    EN = new Uint32Array(1024);
  }
  let out = OUT;
  let st = ST;
  let en = EN;
  let len = 0;

  let i = 0;
  while (i < n) {
    const code = input.charCodeAt(i);
    const k = cls[code] || classify(cls, fold, code);
    if (k === C_LATIN || k === C_CYRILLIC || k === C_GREEK || k === C_LETTER || k === C_MARK) {
      // A word: letters with their marks and any invisible controls inside it. It is folded as written
      // while its scripts are counted (letters that are not look-alikes only); in the rare word that mixes
      // scripts, it is folded again with the look-alikes read in the word's dominant script.
      const wordStartLen = len;
      let j = i;
      let lat = 0;
      let cyr = 0;
      let latD = 0;
      let cyrD = 0;
      let greek = 0;
      for (; j < n; j++) {
        const cc = input.charCodeAt(j);
        const kk = cls[cc] || classify(cls, fold, cc);
        if (kk === C_LATIN) {
          lat++;
          if (cc >= 0x500 || lookCyr[cc] === 0) latD++;
        } else if (kk === C_CYRILLIC) {
          cyr++;
          if (cc >= 0x530 || lookLat[cc] === 0) cyrD++;
        } else if (kk === C_GREEK) greek++;
        else if (kk === C_INVISIBLE) continue;
        else if (kk === C_MARK) {
          if (len > 0 && en[len - 1] === j) for (let p = len - 1; p >= 0 && en[p] === j; p--) en[p] = j + 1;
          continue;
        } else if (kk !== C_LETTER) break;
        const v = fold[cc] as number;
        if (v < F_EMPTY) {
          if (len >= out.length) {
            grow(len + 16);
            out = OUT;
            st = ST;
            en = EN;
          }
          out[len] = v;
          st[len] = j;
          en[len] = j + 1;
          len++;
        } else if (v === F_MULTI) {
          len = pushMulti(MULTI.get(cc) ?? '', len, j, j + 1);
          out = OUT;
          st = ST;
          en = EN;
        }
      }
      // 0: as written; 1: read look-alikes as Cyrillic; 2: read look-alikes as Latin.
      let mode = 0;
      if (lat > 0 && cyr > 0) mode = cyrD > latD || (cyrD === latD && cyr > lat) ? 1 : 2;
      else if (lat > 0 && greek > 0) mode = 2;
      if (mode !== 0) len = wordStartLen;
      for (let q = i; mode !== 0 && q < j; q++) {
        let cc = input.charCodeAt(q);
        const kk = cls[cc] as number;
        if (kk === C_INVISIBLE) continue;
        if (kk === C_MARK) {
          // A combining mark after its base letter widens the base's span and adds nothing.
          if (len > 0 && en[len - 1] === q) for (let p = len - 1; p >= 0 && en[p] === q; p--) en[p] = q + 1;
          continue;
        }
        if (mode === 1) {
          // The Cyrillic twin may not have been seen yet: classify it (fills its fold entry).
          if (cc < 0x500 && lookCyr[cc] !== 0) {
            cc = lookCyr[cc] as number;
            if (cls[cc] === 0) classify(cls, fold, cc);
          }
        } else if (mode === 2) {
          if (cc < 0x530 && lookLat[cc] !== 0) cc = lookLat[cc] as number;
          if ((cls[cc] || classify(cls, fold, cc)) === C_INVISIBLE) continue;
        }
        const v = fold[cc] as number;
        if (v < F_EMPTY) {
          if (len >= out.length) {
            grow(len + 16);
            out = OUT;
            st = ST;
            en = EN;
          }
          out[len] = v;
          st[len] = q;
          en[len] = q + 1;
          len++;
        } else if (v === F_MULTI) {
          len = pushMulti(MULTI.get(cc) ?? '', len, q, q + 1);
          out = OUT;
          st = ST;
          en = EN;
        }
      }
      i = j;
      continue;
    }
    if (k === C_INVISIBLE) {
      i++;
      continue;
    }
    if (k === C_SURROGATE) {
      const next = i + 1 < n ? input.charCodeAt(i + 1) : 0;
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        const cp = ((code - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
        len = pushMulti(foldAstral(cp, input.slice(i, i + 2)), len, i, i + 2);
        i += 2;
      } else {
        // A lone surrogate becomes U+FFFD (one unit for one unit).
        len = pushMulti('\ufffd', len, i, i + 1);
        i++;
      }
      out = OUT;
      st = ST;
      en = EN;
      continue;
    }
    const v = fold[code] as number;
    if (v < F_EMPTY) {
      if (len >= out.length) {
        grow(len + 16);
        out = OUT;
        st = ST;
        en = EN;
      }
      out[len] = v;
      st[len] = i;
      en[len] = i + 1;
      len++;
    } else if (v === F_MULTI) {
      len = pushMulti(MULTI.get(code) ?? '', len, i, i + 1);
      out = OUT;
      st = ST;
      en = EN;
    }
    i++;
  }
  return len;
}

/**
 * Normalise `input` for matching. Lone surrogates become U+FFFD; invisible controls vanish;
 * look-alike letters take the script of the word they stand in. Never throws.
 */
export function normalize(input: string): Normalized {
  const len = run(input);
  // One allocation for both maps (typed-array allocation dominates the cost of short posts).
  const map = new Uint32Array(len * 2);
  map.set(ST.subarray(0, len));
  map.set(EN.subarray(0, len), len);
  return { text: decode(OUT, len), starts: map.subarray(0, len), ends: map.subarray(len) };
}

/**
 * The normalised text as views over scratch buffers, without copying: `codes` holds the folded UTF-16
 * units, `starts`/`ends` the offset map. Valid only until the next normalize/fold/normalizeView call; for
 * hot loops (the mention matcher) that read the result at once. Use normalize() to keep a result.
 */
export interface NormalizedView {
  length: number;
  codes: Uint16Array;
  starts: Uint32Array;
  ends: Uint32Array;
}

export function normalizeView(input: string): NormalizedView {
  const length = run(input);
  return { length, codes: OUT, starts: ST, ends: EN };
}

/** Map a span [start, end) of the normalised text back to the original text. */
export function toOriginalSpan(norm: Normalized, start: number, end: number): { start: number; end: number } {
  if (end <= start || start >= norm.starts.length) return { start: 0, end: 0 };
  return { start: norm.starts[start] ?? 0, end: norm.ends[Math.min(end, norm.ends.length) - 1] ?? 0 };
}

/** Normalise a short string (a keyword, a token) without keeping offsets. */
export function fold(s: string): string {
  return decode(OUT, run(s));
}

/**
 * A coarser key for Latin text typed by Russian or Serbian speakers without Cyrillic ("chto", "shto",
 * "zhdu", "tsena"): common digraphs collapse to the single letters the Cyrillic fold produces.
 * Apply to folded words on both sides of a comparison.
 */
export function skeleton(folded: string): string {
  return folded
    .replace(/shch|sch/g, 's')
    .replace(/ch/g, 'c')
    .replace(/sh/g, 's')
    .replace(/zh/g, 'z')
    .replace(/kh/g, 'h')
    .replace(/ts/g, 'c')
    .replace(/y([aeiou])/g, 'j$1');
}
