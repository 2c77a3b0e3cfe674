/**
 * When a brand is saved: is its name (or an alias) also an everyday word in one of our languages? Latvian
 * "bite" is a bee, English "bite" a verb, "Elisa" a first name, "Tele2" is nothing else. Say so, and suggest
 * exclusions (words that reveal the other meaning) and required words (words that reveal the brand).
 *
 * Also the short list of function words that a brand name may never be (it would match almost every post):
 * validation in brands.ts refuses those outright.
 * Not imported by the content script (index.ts does not re-export it).
 */
import type { Brand } from '../../shared/types.ts';
import { fold } from '../text/normalize.ts';
import { wordForms, wordKind } from './endings.ts';

/** Function words per language (folded): a name equal to one of these would match almost every post. */
export const STOPWORDS: Record<string, readonly string[]> = {
  en: [
    'the',
    'and',
    'is',
    'a',
    'an',
    'to',
    'of',
    'in',
    'it',
    'you',
    'my',
    'for',
    'on',
    'not',
    'me',
    'we',
    'be',
    'at',
    'or',
    'no',
    'yes',
    'this',
    'that',
    'with',
    'are',
    'was',
    'so',
    'do',
    'i',
    'but',
    'if',
    'all',
    'can',
    'just',
    'get',
    'go',
  ],
  lv: [
    'un',
    'ir',
    'ka',
    'ar',
    'uz',
    'par',
    'no',
    'ne',
    'jau',
    'vai',
    'bet',
    'es',
    'tu',
    'man',
    'mans',
    'to',
    'kas',
    'kad',
    'tas',
    'ta',
    'jus',
    'mes',
    'vel',
    'lai',
    'pie',
    'tik',
    'ari',
    'ja',
    'nav',
    'bija',
    'kur',
    'kapec',
    'so',
  ],
  lt: [
    'ir',
    'kad',
    'ne',
    'tai',
    'su',
    'is',
    'i',
    'bet',
    'kaip',
    'man',
    'as',
    'tu',
    'jau',
    'dar',
    'nuo',
    'per',
    'ar',
    'kas',
    'yra',
    'buvo',
    'mano',
    'jus',
    'mes',
    'labai',
    'ten',
    'cia',
    'kodel',
    'nera',
    'taip',
  ],
  et: [
    'ja',
    'on',
    'ei',
    'et',
    'ma',
    'mina',
    'sa',
    'see',
    'oli',
    'kas',
    'ka',
    'aga',
    'kui',
    'mis',
    'ta',
    'te',
    'me',
    'nii',
    'veel',
    'juba',
    'ole',
    'mul',
    'teie',
    'siis',
    'nad',
    'miks',
    'pole',
  ],
  ru: [
    'i',
    'v',
    'ne',
    'na',
    'ja',
    'cto',
    's',
    'on',
    'a',
    'kak',
    'no',
    'eto',
    'vse',
    'ona',
    'tak',
    'ego',
    'vy',
    'my',
    'za',
    'bylo',
    'uze',
    'vas',
    'net',
    'da',
    'u',
    'po',
    'iz',
    'ot',
    'pocemu',
    'menja',
    'mne',
    'ili',
    'esce',
  ],
  sh: [
    'i',
    'je',
    'u',
    'da',
    'se',
    'na',
    'za',
    'ne',
    'su',
    'od',
    'a',
    'sa',
    'ja',
    'ti',
    'to',
    'mi',
    'vi',
    'li',
    'ali',
    'sam',
    'sve',
    'kao',
    'vec',
    'jos',
    'sta',
    'sto',
    'nije',
    'zasto',
    'bio',
    'ima',
    'iz',
  ],
};

interface Ambiguous {
  /** What else the word means. */
  gloss: string;
  kind: 'common-word' | 'first-name' | 'place';
  /** Words that reveal the other meaning: suggested exclusions. */
  exclude: string[];
  /** Words that reveal the brand: suggested required words. */
  require?: string[];
}

const TELECOM_REQUIRE = [
  'internets',
  'tīkls',
  'rēķins',
  'tarifs',
  'SIM',
  'zvans',
  'interneto',
  'ryšys',
  'sąskaita',
  'internet',
  'network',
  'bill',
];

/** Everyday words that are also (regional) brand names, folded, per language group. */
const AMBIGUOUS: Record<string, Record<string, Ambiguous>> = {
  lv: {
    bite: {
      gloss: 'bee',
      kind: 'common-word',
      exclude: ['medus', 'strops', 'dzelonis', 'dzēla', 'iedzēla', 'kamene', 'biškopis', 'ziedi', 'spiets'],
      require: TELECOM_REQUIRE,
    },
    tele: { gloss: 'TV (short, in compounds)', kind: 'common-word', exclude: ['televizors', 'pults'] },
    elisa: { gloss: 'a first name', kind: 'first-name', exclude: ['apsveicam', 'vārdadiena', 'dzimšanas'] },
    zelta: { gloss: 'golden', kind: 'common-word', exclude: ['gredzens', 'medaļa'] },
    rimi: { gloss: 'a retailer, also a surname', kind: 'common-word', exclude: [] },
    tet: { gloss: '"dad" (vocative tēt)', kind: 'common-word', exclude: ['mammu', 'tētis', 'tēti'] },
    mana: { gloss: 'my (feminine)', kind: 'common-word', exclude: [] },
    kivi: { gloss: 'kiwi (fruit)', kind: 'common-word', exclude: ['auglis', 'banāns'] },
    citadele: { gloss: 'citadel', kind: 'common-word', exclude: ['cietoksnis', 'pils'] },
  },
  lt: {
    bite: {
      gloss: 'bee (bitė)',
      kind: 'common-word',
      exclude: ['medus', 'avilys', 'geluonis', 'įgėlė', 'bitininkas', 'žiedai', 'spiečius'],
      require: TELECOM_REQUIRE,
    },
    maxima: { gloss: 'maximum (Latin plural)', kind: 'common-word', exclude: ['minimum'] },
    elisa: { gloss: 'a first name', kind: 'first-name', exclude: ['vardadienis', 'gimtadienis'] },
  },
  et: {
    elisa: {
      gloss: 'a first name',
      kind: 'first-name',
      exclude: ['nimepäev', 'sünnipäev', 'tütar', 'tütre'],
    },
    tele: { gloss: 'TV (short)', kind: 'common-word', exclude: ['telekas', 'pult'] },
    bite: { gloss: 'nothing in Estonian, but English "bite"', kind: 'common-word', exclude: [] },
  },
  en: {
    bite: {
      gloss: 'to bite; a bite (of food)',
      kind: 'common-word',
      exclude: ['dog', 'food', 'snack', 'mosquito', 'eat', 'sized', 'bee'],
      require: ['network', 'internet', 'bill', 'SIM', 'roaming', 'coverage', 'tariff'],
    },
    elisa: { gloss: 'a first name', kind: 'first-name', exclude: ['birthday', 'daughter', 'sister'] },
    orange: {
      gloss: 'a colour and a fruit',
      kind: 'common-word',
      exclude: ['juice', 'fruit', 'color', 'colour'],
    },
    three: { gloss: 'the number 3', kind: 'common-word', exclude: [] },
    apple: { gloss: 'a fruit', kind: 'common-word', exclude: ['pie', 'juice', 'tree', 'fruit'] },
    sky: { gloss: 'the sky', kind: 'common-word', exclude: ['blue', 'clouds', 'stars'] },
    arena: { gloss: 'a venue', kind: 'common-word', exclude: [] },
    telia: { gloss: 'nothing in English', kind: 'common-word', exclude: [] },
  },
  ru: {
    sber: { gloss: 'the start of сбережения (savings) and сберегать', kind: 'common-word', exclude: [] },
    bite: { gloss: 'битэ/бите: nothing, but "бит" (bit) is close', kind: 'common-word', exclude: [] },
    mir: { gloss: 'world, peace (мир)', kind: 'common-word', exclude: ['война', 'весь мир'] },
    elisa: { gloss: 'a first name (Элиза)', kind: 'first-name', exclude: ['день рождения'] },
    tele2: { gloss: '', kind: 'common-word', exclude: [] },
  },
  sh: {
    bite: {
      gloss: '"bite" is close to biti (to be) and bit (bit, essence)',
      kind: 'common-word',
      exclude: [],
    },
    elisa: { gloss: 'a first name', kind: 'first-name', exclude: ['rođendan', 'imendan', 'kći', 'sestra'] },
    mts: { gloss: 'an operator, also a common abbreviation', kind: 'common-word', exclude: [] },
    a1: {
      gloss: 'also a paper size and a motorway (A1)',
      kind: 'common-word',
      exclude: ['autoput', 'autocesta', 'papir', 'format'],
    },
  },
};
// Entries without a real second meaning are only there to document the decision; drop them from lookups.
for (const g of Object.values(AMBIGUOUS))
  for (const [k, v] of Object.entries(g)) if (!v.gloss || v.gloss.startsWith('nothing')) delete g[k];

export interface AmbiguityHint {
  /** The field of the brand the hint is about: "name" or "aliases[2]". */
  field: string;
  term: string;
  /** Language (group) in which the term has another meaning: en, lv, lt, et, ru, sh (Serbian/Croatian). */
  lang: string;
  kind: 'common-word' | 'first-name' | 'place' | 'short' | 'literal-symbols';
  message: string;
  suggestExclude: string[];
  suggestRequire: string[];
  /** For an everyday word: count only the capitalised name in running text (Brand.matchCase). */
  suggestMatchCase?: 'capitalised';
}

const LANG_NAMES: Record<string, string> = {
  en: 'English',
  lv: 'Latvian',
  lt: 'Lithuanian',
  et: 'Estonian',
  ru: 'Russian',
  sh: 'Serbian/Croatian',
};

/** Hints for a brand about to be saved. Never throws; an empty list means nothing to worry about. */
/** The word and its inflected forms for the brand's languages (Bite → bites, bitei, biti). */
function formsOf(folded: string, original: string, langs: readonly string[]): string[] {
  const forms = new Set([folded]);
  const wf = wordForms(folded, wordKind(folded, original), langs);
  for (const p of wf.paradigms) for (const e of p.endings) forms.add(folded.slice(0, p.stemLen) + e);
  return [...forms];
}

const FORMS_OF_EVERYDAY = new Map<string, Map<string, string>>();
/**
 * The everyday word `w` is, or is an inflected form of (Bites → bite), in language group g; undefined
 * when none.
 */
function everyday(g: string, w: string): Ambiguous | undefined {
  const table = AMBIGUOUS[g];
  if (!table) return undefined;
  const direct = table[w];
  if (direct) return direct;
  let forms = FORMS_OF_EVERYDAY.get(g);
  if (!forms) {
    forms = new Map();
    for (const key of Object.keys(table))
      for (const f of formsOf(key, key, [g === 'sh' ? 'sr' : g])) if (!forms.has(f)) forms.set(f, key);
    FORMS_OF_EVERYDAY.set(g, forms);
  }
  const key = forms.get(w);
  return key === undefined ? undefined : table[key];
}

/**
 * A name of several words is matched as a whole phrase, so one everyday word in it is harmless ("Bite
 * Latvija" is not "bite"). But when EVERY word of it is an everyday word or a function word of one of the
 * brand's languages ("Mana Tele", "Tele un Bite"), the phrase itself can occur in ordinary posts: say so,
 * word by word, with the exclusions and required words of those words.
 */
function phraseHints(
  hints: AmbiguityHint[],
  brand: Brand,
  field: string,
  raw: string,
  folded: string,
  groups: string[],
  hasContext: boolean,
): void {
  const words = folded.split(' ');
  const originals = raw.trim().split(/\s+/u);
  for (const g of groups) {
    const table = AMBIGUOUS[g];
    if (!table) continue;
    const stops = STOPWORDS[g] ?? [];
    const glosses: string[] = [];
    const exclude: string[] = [];
    const require: string[] = [];
    let allEveryday = true;
    let meaningful = 0;
    words.forEach((w, k) => {
      if (!allEveryday) return;
      const hit =
        everyday(g, w) ??
        formsOf(w, originals[k] ?? w, brand.languages ?? [])
          .map((f) => table[f])
          .find(Boolean);
      if (hit) {
        meaningful++;
        glosses.push(`"${originals[k] ?? w}": ${hit.gloss}`);
        exclude.push(...hit.exclude);
        require.push(...(hit.require ?? []));
      } else if (stops.includes(w)) glosses.push(`"${originals[k] ?? w}": a function word`);
      else allEveryday = false;
    });
    if (!allEveryday || meaningful === 0) continue;
    hints.push({
      field,
      term: raw,
      lang: g,
      kind: 'common-word',
      message: `"${raw}": every word of it is also everyday ${LANG_NAMES[g] ?? g} (${glosses.join('; ')}), so the phrase can occur in ordinary posts. ${hasContext ? 'Check that your exclusions and required words cover it.' : 'Posts with it will be counted unless you add exclusions or required words.'}`,
      suggestExclude: [...new Set(exclude)].filter((x) => !(brand.exclude ?? []).includes(x)),
      suggestRequire: [...new Set(require)].filter((x) => !(brand.require ?? []).includes(x)),
      ...(brand.matchCase !== 'capitalised' ? { suggestMatchCase: 'capitalised' as const } : {}),
    });
  }
}

export function ambiguityHints(brand: Brand): AmbiguityHint[] {
  const hints: AmbiguityHint[] = [];
  const terms: [string, string][] = [['name', brand.name]];
  (brand.aliases ?? []).forEach((a, i) => {
    terms.push([`aliases[${i}]`, a]);
  });
  const groups = brand.languages?.length
    ? [...new Set(brand.languages.map((l) => (['sr', 'hr', 'bs', 'me'].includes(l) ? 'sh' : l)))]
    : Object.keys(AMBIGUOUS);
  const hasContext = (brand.require?.length ?? 0) > 0 || (brand.exclude?.length ?? 0) > 0;
  for (const [field, raw] of terms) {
    if (typeof raw !== 'string') continue;
    const text = raw.trim().replace(/^["“„«]|["”“»]$/g, '');
    if (/[*?]/.test(text))
      hints.push({
        field,
        term: raw,
        lang: '',
        kind: 'literal-symbols',
        message: `"${raw}": * and ? are matched as ordinary characters, not wildcards. Inflected forms (${text.replace(/[*?]/g, '')}a, ${text.replace(/[*?]/g, '')}-u…) are found without them.`,
        suggestExclude: [],
        suggestRequire: [],
      });
    const folded = fold(text.replace(/^[#@]/, ''));
    if (!folded) continue;
    if (folded.includes(' ')) {
      phraseHints(hints, brand, field, raw, folded, groups, hasContext);
      continue;
    }
    // The word itself and its inflected forms (Bite → bites, bitei, biti) against each language's words.
    const forms = formsOf(folded, text, brand.languages ?? []);
    for (const g of groups) {
      const table = AMBIGUOUS[g];
      if (!table) continue;
      const hit = everyday(g, folded) ?? forms.map((f) => table[f]).find(Boolean);
      if (!hit) continue;
      hints.push({
        field,
        term: raw,
        lang: g,
        kind: hit.kind,
        message: `"${raw}" is also ${hit.kind === 'first-name' ? '' : 'a common word in '}${hit.kind === 'first-name' ? hit.gloss : `${LANG_NAMES[g] ?? g}: ${hit.gloss}`}${hit.kind === 'first-name' ? ` in ${LANG_NAMES[g] ?? g}` : ''}. ${hasContext ? 'Check that your exclusions and required words cover it.' : 'Posts about that will be counted unless you add exclusions or required words.'}`,
        suggestExclude: hit.exclude.filter((x) => !(brand.exclude ?? []).includes(x)),
        suggestRequire: (hit.require ?? []).filter((x) => !(brand.require ?? []).includes(x)),
        ...(hit.kind === 'common-word' && brand.matchCase !== 'capitalised'
          ? { suggestMatchCase: 'capitalised' as const }
          : {}),
      });
    }
    const letters = folded.replace(/[^a-z]/g, '');
    if (folded.length <= 3 && !/\d/.test(folded) && letters.length === folded.length && !hasContext)
      hints.push({
        field,
        term: raw,
        lang: '',
        kind: 'short',
        message: `"${raw}" is short: as a word it may also be an abbreviation or part of other names. Consider required words.`,
        suggestExclude: [],
        suggestRequire: [],
      });
  }
  return hints;
}
