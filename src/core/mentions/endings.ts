/**
 * Which inflected forms of a brand word count as that brand, per language, on FOLDED text (no diacritics,
 * Cyrillic in Latin skeleton: сбербанковский → sberbankovskij, Bitē → bite, Swedbankā → swedbanka).
 *
 * A brand word matches a text word when the text word starts at a word start with one of the word's stems
 * and the rest of the word is one of that stem's endings. The endings are bounded lists, not "any suffix":
 * that is what keeps bitcoin from matching Bite and сбережения from matching Сбер.
 *
 * Hand-written on purpose: Snowball ports on npm cover English and Russian only (no Latvian, Lithuanian,
 * Estonian or Serbian/Croatian), and a stemmer reduces the TEXT word, which needs a dictionary lookup per
 * token; here the brand side is expanded once at compile time and the text is scanned in one pass. The
 * eval measures the Snowball stemmer on the same set for comparison.
 */

export type Paradigm = { stemLen: number; endings: string[] };

/** Language groups: Serbian, Croatian, Bosnian and Montenegrin share their case endings. */
export function langGroup(lang: string): string {
  const l = lang.toLowerCase();
  if (l === 'sr' || l === 'hr' || l === 'bs' || l === 'sh' || l === 'cnr' || l === 'me') return 'sh';
  if (l === 'uk' || l === 'be') return 'ru';
  return l;
}

export const ALL_GROUPS = ['en', 'lv', 'lt', 'et', 'ru', 'sh'] as const;

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

const ET_CASES = [
  's',
  'st',
  'sse',
  'le',
  'l',
  'lt',
  'ga',
  'ks',
  'ni',
  'na',
  'ta',
  't',
  'd',
  'de',
  'te',
  'id',
  'sid',
];
const ET_AFTER_CONSONANT = ['i', 'a', 'u', 'e'].flatMap((v) => [v, ...ET_CASES.map((c) => v + c)]);

const RU_ADJ = ['ij', 'iy', 'ii', 'yj', 'aja', 'aya', 'oe', 'ie', 'ye', 'ogo', 'omu', 'im', 'om', 'oj', 'oy'];
const RU_ADJ_MORE = ['uju', 'uyu', 'ih', 'imi', 'ym', 'yh', 'ymi'];
const RU_DERIVED = [
  ...[...RU_ADJ, ...RU_ADJ_MORE].map((e) => `ovsk${e}`),
  'ovec',
  'ovca',
  'ovcy',
  'ovcu',
  'ovcam',
  'ovcami',
  'ovcah',
];
const SH_DERIVED = [
  'ov',
  'ova',
  'ovo',
  'ovog',
  'ovoga',
  'ovom',
  'ovu',
  'ove',
  'ovi',
  'ovih',
  'ovima',
].flatMap((e) => [e, e.replace(/^ov/, 'ovsk')]);

/**
 * The stems and endings of one folded word for one language group. The full word itself always matches
 * (ending ''), whatever the list says.
 */
function paradigmsFor(group: string, w: string, kind: 'word' | 'digit' | 'acronym'): Paradigm[] {
  const n = w.length;
  const last = w[n - 1] ?? '';
  const full = (endings: string[]): Paradigm => ({ stemLen: n, endings: ['', ...endings] });
  const strip = (k: number, endings: string[]): Paradigm[] =>
    n - k >= 3 ? [{ stemLen: n - k, endings }, full([])] : [full([])];
  if (kind !== 'word') return [full([])];
  const consonant = !VOWELS.has(last) && /[a-z]/.test(last);
  switch (group) {
    case 'en':
      return [full(/(s|x|z|ch|sh)$/.test(w) ? ['es'] : ['s'])];
    case 'lv':
      if (w.endsWith('ais'))
        return strip(3, [
          'ais',
          'a',
          'ajam',
          'aja',
          'ajo',
          'o',
          'ie',
          'ajiem',
          'ajos',
          'ajas',
          'ajai',
          'aju',
        ]);
      if (w.endsWith('us')) return strip(2, ['us', 'u', 'um', 'iem', 'os']);
      if (last === 's' && n >= 2 && !VOWELS.has(w[n - 2] ?? ''))
        return strip(1, ['s', 'a', 'am', 'u', 'i', 'iem', 'us', 'os', 'ai', 'as']);
      if (last === 'a') return strip(1, ['a', 'as', 'ai', 'u', 'am', 'os']);
      if (last === 'e') return strip(1, ['e', 'es', 'ei', 'i', 'em']);
      if (consonant) return [full(['s', 'a', 'am', 'u', 'i', 'iem', 'us', 'os', 'as', 'ai'])];
      return [full([])];
    case 'lt':
      if (/[^aeiouy]as$/.test(w))
        return strip(2, ['as', 'o', 'ui', 'a', 'u', 'e', 'ai', 'ams', 'us', 'uose']);
      if (/[^aeiouy](is|ys)$/.test(w))
        return strip(2, ['is', 'ys', 'io', 'iui', 'i', 'iu', 'yje', 'iai', 'iams', 'ius', 'iuose']);
      if (last === 'a') return strip(1, ['a', 'os', 'ai', 'oje', 'u', 'om', 'ose', 'as']);
      if (last === 'e') return strip(1, ['e', 'es', 'ei', 'eje', 'emis', 'ems']);
      if (consonant)
        return [full(['as', 'o', 'ui', 'a', 'u', 'e', 'ai', 'ams', 'us', 'uose', 'ais', 'is', 'io'])];
      return [full([])];
    case 'et':
      if (consonant) return [full(ET_AFTER_CONSONANT)];
      return [full(ET_CASES)];
    case 'ru':
      if (w.endsWith('ja')) return strip(2, ['ja', 'i', 'ju', 'ej', 'eju', 'e', 'jam', 'jami', 'jah']);
      if (last === 'a') return strip(1, ['a', 'y', 'i', 'e', 'u', 'oj', 'oju', 'am', 'ami', 'ah']);
      if (/(ij|yj|oj)$/.test(w)) return strip(2, [...RU_ADJ, ...RU_ADJ_MORE]);
      if (consonant) return [full(['a', 'u', 'om', 'e', 'y', 'i', 'ov', 'am', 'ami', 'ah', ...RU_DERIVED])];
      return [full([])];
    case 'sh':
      if (last === 'a') return strip(1, ['a', 'e', 'i', 'u', 'om', 'o', 'ama']);
      // A name ending in k/g/h is often declined as a feminine a-noun, with the sibilant in the
      // dative/locative: Sberbank → Sberbanka → u Sberbanci.
      if (/[kgh]$/.test(w) && n - 1 >= 3)
        return [
          full(['a', 'u', 'om', 'e', 'i', 'ima', 'em', ...SH_DERIVED]),
          { stemLen: n - 1, endings: [{ k: 'ci', g: 'zi', h: 'si' }[last] as string] },
        ];
      if (consonant) return [full(['a', 'u', 'om', 'e', 'i', 'ima', 'em', ...SH_DERIVED])];
      return [full([])];
    default:
      return [full([])];
  }
}

/** Endings written after a hyphen or apostrophe: A1-u, Elisa't, LMT-ai, Tele2-ui, Swedbank's. */
function joinedFor(group: string): string[] {
  switch (group) {
    case 'en':
      return ['s'];
    case 'lv':
      return ['a', 'am', 'u', 's', 'as', 'ai', 'i', 'os', 'iem'];
    case 'lt':
      return ['as', 'o', 'ui', 'a', 'u', 'e', 'ai', 'ams', 'is', 'io', 'us'];
    case 'et':
      return ET_AFTER_CONSONANT.concat(ET_CASES);
    case 'ru':
      return ['a', 'u', 'om', 'e', 'y', 'ov', 'ovskij', 'ovskaja', 'ovskoe', 'ovskie', 'ovskogo', 'ovskoj'];
    case 'sh':
      return ['a', 'u', 'om', 'e', 'i', 'em', ...SH_DERIVED];
    default:
      return [];
  }
}

export interface WordForms {
  /** Stem length (a prefix of the folded word) → allowed endings after it. */
  paradigms: Paradigm[];
  /** Endings allowed after a hyphen or apostrophe that follows the full word. */
  joined: string[];
}

export type WordKind = 'word' | 'digit' | 'acronym';

/** How a brand word inflects: a word; ends in a digit (Tele2, A1); an acronym (LMT, SEB, МТС). */
export function wordKind(folded: string, original: string): WordKind {
  const lastF = folded.charCodeAt(folded.length - 1);
  const lastIsLetter = lastF >= 97 && lastF <= 122;
  // Fast path: a word with a lower-case letter ending in a letter ("Swedbank", "Elisa").
  if (lastIsLetter && original !== original.toUpperCase()) return 'word';
  const letters = original.replace(/[^\p{L}\p{N}]/gu, '');
  if (/\p{N}$/u.test(letters)) return 'digit';
  if (
    letters.length >= 2 &&
    letters.length <= 5 &&
    letters === letters.toUpperCase() &&
    /\p{Lu}/u.test(letters)
  )
    return 'acronym';
  return /[a-z]$/.test(folded) ? 'word' : 'digit';
}

/**
 * The forms only depend on the languages, the kind, and the few facts about the word's end that the
 * rules above test: the key under which compile() caches them, so 5,000 terms compile in milliseconds.
 */
export function formsKey(w: string, kind: WordKind, langs: readonly string[]): string {
  return `${langs.length ? langs.join(',') : '*'}|${formsKeyCode(w, kind)}`;
}

/** formsKey without the languages, as one integer (for a cache per language list). */
export function formsKeyCode(w: string, kind: WordKind): number {
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  // The last letter itself where the rules name it (a e i o u y s j k g h x z), else its class.
  const cls = 'aeiouysjkghxz'.includes(w[n - 1] ?? '')
    ? last
    : last >= 48 && last <= 57
      ? 1
      : last >= 97 && last <= 122
        ? 2
        : 3;
  const prevVowel = VOWELS.has(w[n - 2] ?? '') ? 1 : 0;
  // The word ends the rules above test, as bits (string tests only: this runs for every term word).
  const beforeLast2 = w[n - 3];
  const consonantBefore = beforeLast2 !== undefined && !'aeiouy'.includes(beforeLast2);
  const flags =
    (w.endsWith('ais') ? 1 : 0) |
    (w.endsWith('us') ? 2 : 0) |
    (w.endsWith('ja') ? 4 : 0) |
    (consonantBefore && w.endsWith('as') ? 8 : 0) |
    (consonantBefore && (w.endsWith('is') || w.endsWith('ys')) ? 16 : 0) |
    (w.endsWith('ij') || w.endsWith('yj') || w.endsWith('oj') ? 32 : 0) |
    (w.endsWith('ch') || w.endsWith('sh') ? 64 : 0);
  const k = kind === 'word' ? 0 : kind === 'digit' ? 1 : 2;
  return ((((cls * 2 + prevVowel) * 128 + flags) * 8 + (n < 6 ? n : 6)) * 4 + k) | 0;
}

/**
 * All forms of one folded word of a brand term for the given languages (all of ours when none).
 */
export function wordForms(folded: string, kind: WordKind, langs: readonly string[]): WordForms {
  const groups = langs.length ? [...new Set(langs.map(langGroup))] : [...ALL_GROUPS];
  const byStem = new Map<number, Set<string>>();
  const joined = new Set<string>();
  for (const g of groups) {
    for (const p of paradigmsFor(g, folded, kind)) {
      let set = byStem.get(p.stemLen);
      if (!set) {
        set = new Set();
        byStem.set(p.stemLen, set);
      }
      for (const e of p.endings) set.add(e);
    }
    for (const e of joinedFor(g)) joined.add(e);
  }
  if (!byStem.has(folded.length)) byStem.set(folded.length, new Set(['']));
  return {
    // Stem lengths relative to the END of the word, so a cached result fits every word with the same key.
    paradigms: [...byStem].map(([stemLen, set]) => ({ stemLen, endings: [...set].sort() })),
    joined: [...joined].sort(),
  };
}

/**
 * Spelling variants of a Latin brand word as Russian and Serbian writers transliterate it into Cyrillic
 * (Swedbank → Сведбанк → svedbank; Telia → Телия → telija; Elisa → Элиза → eliza), and the rarer spellings
 * people also use (Свидбанк, Сведбэнк; Luminor → Люминор → ljuminor). Folded in, folded out, the usual
 * spellings first; at most 8.
 */
export function cyrillicVariants(folded: string): string[] {
  // Quick exit: most words have nothing to transliterate differently.
  if (!/[wxq]|ph|i[ao]|[aeiou]s[aeiou]|bank|lu/.test(folded)) return [];
  const out: string[] = [];
  // Only the optional readings that change this word, fewer of them first: the usual transliteration,
  // then one change, then two...
  const apply = OPTIONAL.filter((f) => f(folded) !== folded);
  for (const m of MASKS) {
    if (m >> apply.length !== 0) continue;
    let w = folded;
    // "we" → "vi" must see the Latin w, so the optional readings go first, then the fixed ones.
    for (let k = 0; k < apply.length; k++) if (m & (1 << k)) w = (apply[k] as (w: string) => string)(w);
    w = baseTranslit(w);
    if (w !== folded && !out.includes(w)) out.push(w);
    if (out.length >= 8) break;
  }
  return out;
}

/**
 * Optional readings, each applied or not: s between vowels voiced (Elisa → Элиза), "Swed" heard as
 * "svid", English "bank" as бэнк, "lu" softened (Luminor → Люминор, not after a vowel).
 */
const OPTIONAL: ((w: string) => string)[] = [
  (w) => w.replace(/([aeiou])s(?=[aeiou])/g, '$1z'),
  (w) => w.replace(/we/g, 'vi'),
  (w) => w.replace(/bank/g, 'benk'),
  (w) => w.replace(/(^|[^aeiou])lu/g, '$1lju'),
];
function bitCount(m: number): number {
  let c = 0;
  for (let x = m; x; x &= x - 1) c++;
  return c;
}
/** Subsets of the optional readings, fewest first. */
const MASKS = Array.from({ length: 1 << OPTIONAL.length }, (_, m) => m).sort(
  (a, b) => bitCount(a) - bitCount(b) || a - b,
);
/** The fixed part of the transliteration. */
function baseTranslit(w: string): string {
  return w
    .replace(/w/g, 'v')
    .replace(/x/g, 'ks')
    .replace(/q/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/i([ao])/g, 'ij$1');
}

/** Russian letters as Latin writers spell them in brand names (Яндекс → Yandex, Тинькофф → Tinkoff). */
const EN_TRANSLIT: Record<string, string> = {
  ж: 'zh',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  й: 'y',
  ю: 'yu',
  я: 'ya',
  ё: 'yo',
  ы: 'y',
  ъ: '',
  ь: '',
};

/**
 * Latin spellings of a brand word written in Cyrillic, as people type it in Latin letters: the English
 * transliteration (Яндекс → yandeks, Почта → pochta) and with x and h (yandex, Хабр → habr). `fold` is
 * the text fold (the other letters fold as usual, one by one). Empty for a word without Cyrillic letters.
 */
export function latinVariants(original: string, fold: (s: string) => string): string[] {
  const lower = original.toLowerCase();
  if (!/[\u0400-\u04ff]/u.test(lower)) return [];
  // Letter by letter: a half-transliterated word would mix scripts, and look-alikes would be re-read.
  let a = '';
  for (const ch of lower) a += EN_TRANSLIT[ch] ?? fold(ch);
  const b = a.replace(/ks/g, 'x').replace(/kh/g, 'h');
  return b !== a ? [a, b] : [a];
}
