/**
 * Text normalisation with an offset map back to the original string.
 *
 *   original ──(per code point)──> drop invisible controls ─> look-alike fold (by the word's script)
 *            ─> NFKC + lower case ─> strip combining marks (diacritics) ─> Cyrillic→Latin ─> special letters
 *
 * Every output UTF-16 unit i comes from the original span [starts[i], ends[i]), so a match found in the
 * normalised text maps back to exact offsets in the input (interfaces.md: UTF-16 offsets, end exclusive).
 * Pure: no DOM, no browser API.
 */

/** Zero-width, bidi control, soft hyphen, BOM, variation selectors: removed. */
export function isInvisible(cp: number): boolean {
  return (
    cp === 0x00ad ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0x2066 && cp <= 0x2069) ||
    cp === 0xfeff ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0x034f
  );
}

/**
 * Cyrillic (Russian, Ukrainian, Belarusian, Serbian, Macedonian) to a Latin skeleton in the style of
 * diacritic-free Serbian Latin: ш→s, ч→c, ж→z, ц→c, х→h, й/ј→j. Lossy on purpose: both the watchlist
 * and the text go through it, so "Сбербанк" and "Sberbank", "Ћевап" and "Cevap" meet.
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
};

/** Look-alike pairs between Latin and Cyrillic (lower case). */
const LATIN_TO_CYR: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  k: 'к',
  m: 'м',
  t: 'т',
  h: 'н',
  b: 'в',
  A: 'А',
  C: 'С',
  E: 'Е',
  O: 'О',
  P: 'Р',
  X: 'Х',
  Y: 'У',
  K: 'К',
  M: 'М',
  T: 'Т',
  H: 'Н',
  B: 'В',
  i: 'і',
  I: 'І',
  j: 'ј',
  J: 'Ј',
  s: 'ѕ',
  S: 'Ѕ',
};
const CYR_TO_LATIN: Record<string, string> = {};
for (const [lat, cyr] of Object.entries(LATIN_TO_CYR)) CYR_TO_LATIN[cyr] = lat;

const RE_LATIN = /\p{Script=Latin}/u;
const RE_CYRILLIC = /\p{Script=Cyrillic}/u;
const RE_LETTER = /[\p{L}\p{M}]/u;
const RE_MARK = /\p{M}/u;

export interface Normalized {
  /** The normalised text: lower case, no diacritics, Latin script. */
  text: string;
  /** For each UTF-16 unit of `text`, the start offset of its source in the original. */
  starts: Uint32Array;
  /** For each UTF-16 unit of `text`, the end offset (exclusive) of its source in the original. */
  ends: Uint32Array;
}

/** Fold one (already look-alike-resolved) character to its normalised form. */
export function foldChar(ch: string): string {
  const cached = FOLD_CACHE.get(ch);
  if (cached !== undefined) return cached;
  let out = '';
  // NFKC first (ligatures, full-width, compatibility forms), then lower case, then strip marks.
  const lowered = ch.normalize('NFKC').toLowerCase();
  for (const c of lowered.normalize('NFD')) {
    if (RE_MARK.test(c)) continue;
    out += CYR[c] ?? SPECIAL[c] ?? c;
  }
  // Final sigma and other case-folding oddities.
  if (out === 'ς') out = 'σ';
  if (FOLD_CACHE.size < 4096) FOLD_CACHE.set(ch, out);
  return out;
}
const FOLD_CACHE = new Map<string, string>();

/**
 * Decide, for a word made of letters, whether look-alike letters should be read as Latin or Cyrillic.
 * Returns the word's dominant script, or null when the word is in one script (nothing to do).
 */
function dominantScript(word: string): 'latin' | 'cyrillic' | null {
  let lat = 0;
  let cyr = 0;
  for (const ch of word) {
    if (RE_LATIN.test(ch)) lat++;
    else if (RE_CYRILLIC.test(ch)) cyr++;
  }
  if (lat === 0 || cyr === 0) return null;
  return cyr >= lat ? 'cyrillic' : 'latin';
}

/**
 * Normalise `input` for matching. Lone surrogates become U+FFFD; invisible controls vanish;
 * look-alike letters take the script of the word they stand in.
 */
export function normalize(input: string): Normalized {
  const n = input.length;
  const outParts: string[] = [];
  // Worst case every unit expands to 3 (e.g. "shch" is not produced, max here is 2-3 for NFKC forms).
  let cap = n * 2 + 16;
  let starts = new Uint32Array(cap);
  let ends = new Uint32Array(cap);
  let len = 0;

  const push = (s: string, start: number, end: number): void => {
    for (let k = 0; k < s.length; k++) {
      if (len >= cap) {
        cap *= 2;
        const ns = new Uint32Array(cap);
        ns.set(starts);
        starts = ns;
        const ne = new Uint32Array(cap);
        ne.set(ends);
        ends = ne;
      }
      starts[len] = start;
      ends[len] = end;
      len++;
    }
    outParts.push(s);
  };

  let i = 0;
  while (i < n) {
    // A run of letters (a word) is handled together so look-alikes can be resolved by script.
    const code = input.charCodeAt(i);
    const isHigh = code >= 0xd800 && code <= 0xdbff;
    const isLow = code >= 0xdc00 && code <= 0xdfff;
    let cpLen = 1;
    let ch: string;
    if (isHigh && i + 1 < n) {
      const next = input.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        cpLen = 2;
        ch = input.slice(i, i + 2);
      } else ch = '\ufffd';
    } else if (isHigh || isLow) ch = '\ufffd';
    else ch = input[i] as string;

    if (cpLen === 1 && RE_LETTER.test(ch)) {
      // Collect the word (letters, marks and invisible controls inside it).
      let j = i;
      while (j < n) {
        const c = input[j] as string;
        const cc = input.charCodeAt(j);
        if (RE_LETTER.test(c) || isInvisible(cc)) j++;
        else break;
      }
      const word = input.slice(i, j);
      const dom = dominantScript(word);
      for (let k = i; k < j; k++) {
        let c = input[k] as string;
        const cc = input.charCodeAt(k);
        if (isInvisible(cc)) continue;
        if (dom === 'cyrillic' && LATIN_TO_CYR[c]) c = LATIN_TO_CYR[c] as string;
        else if (dom === 'latin' && CYR_TO_LATIN[c]) c = CYR_TO_LATIN[c] as string;
        if (RE_MARK.test(c)) {
          // A combining mark after its base letter: it widens the base's span, adds nothing.
          if (len > 0 && ends[len - 1] === k) {
            // extend every unit that came from the previous source character
            const prevEnd = k;
            for (let q = len - 1; q >= 0 && ends[q] === prevEnd; q--) ends[q] = k + 1;
          }
          continue;
        }
        push(foldChar(c), k, k + 1);
      }
      i = j;
      continue;
    }

    const cp = ch.codePointAt(0) ?? 0xfffd;
    if (!isInvisible(cp)) push(ch === '\ufffd' ? ch : foldChar(ch), i, i + cpLen);
    i += cpLen;
  }

  return { text: outParts.join(''), starts: starts.subarray(0, len), ends: ends.subarray(0, len) };
}

/** Map a span [start, end) of the normalised text back to the original text. */
export function toOriginalSpan(norm: Normalized, start: number, end: number): { start: number; end: number } {
  if (end <= start || start >= norm.starts.length) return { start: 0, end: 0 };
  return { start: norm.starts[start] ?? 0, end: norm.ends[Math.min(end, norm.ends.length) - 1] ?? 0 };
}

/** Normalise a short string (a keyword, a token) without keeping offsets. */
export function fold(s: string): string {
  return normalize(s).text;
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
