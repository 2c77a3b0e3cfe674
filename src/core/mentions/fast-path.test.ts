import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../shared/rng.ts';
import type { Brand } from '../../shared/types.ts';
import { normalizeView } from '../text/normalize.ts';
import { compileWatchlist, type Matcher } from './index.ts';

/**
 * find() folds the raw text on the fly (the fast path); findNormalized() scans a whole normalised view
 * (the reference, and the path find() hands odd posts to). They must agree on every text.
 */
const BRANDS: Brand[] = [
  {
    id: 'swedbank',
    name: 'Swedbank',
    aliases: ['Hansabanka', '"Swedbank Pay"'],
    handles: ['@swedbank_lv'],
    hashtags: ['#swedbanklv'],
    exclude: ['Swedbank Arena'],
    languages: ['lv', 'lt', 'et', 'ru', 'en'],
  },
  { id: 'sber', name: 'Сбербанк', aliases: ['Сбер', 'Sberbank'], languages: ['ru', 'lv', 'en'] },
  {
    id: 'bite',
    name: 'Bite',
    languages: ['lv', 'lt', 'en'],
    exclude: ['medus', 'bee'],
    matchCase: 'capitalised',
  },
  { id: 'elisa', name: 'Elisa', languages: ['et', 'lv', 'ru', 'en'], require: ['mobiil', 'internet'] },
  { id: 'telia', name: 'Telia', languages: ['lt', 'et', 'lv', 'ru', 'en'] },
  { id: 'tele2', name: 'Tele2' },
  { id: 'telenor', name: 'Telenor', languages: ['sr', 'hr', 'en'] },
  { id: 'a1', name: 'A1', aliases: ['A1 (LV)'], languages: ['hr', 'sr', 'en'] },
  { id: 'lmt', name: 'LMT', aliases: ['Latvijas Mobilais Telefons'], languages: ['lv', 'lt', 'ru', 'en'] },
  { id: 'cpp', name: 'C++', aliases: ['.NET', 'Tele2*'] },
  { id: 'jandeks', name: 'Яндекс', aliases: ['Юла', 'Альфа-Банк'] },
  { id: 'mts', name: 'МТС', aliases: ['Mobilna Telefonija Srbije'], languages: ['ru', 'sr'] },
  { id: 'ecole', name: 'École', aliases: ['Straße', 'Ǆep'] },
];

const FRAGMENTS = [
  'Swedbank',
  'Swedbankas',
  'Swedbankā',
  'swedbanka',
  'SWEDBANK',
  'Swedbank Arena',
  'Swedbank Pay',
  'Swedbank  Pay',
  'Сбербанк',
  'Сбербанку',
  'сбережения',
  'Сбер',
  'Sberbankom',
  'Сведбанк',
  'Свидбанк',
  'Cбербанк',
  'Ѕwеdbаnk',
  'Bite',
  'bite',
  'Bites',
  'Bitē',
  'bitcoin',
  'medus',
  'bee',
  'Elisa',
  "Elisa't",
  'Elisat',
  'mobiil',
  'internet',
  'Telia',
  'Telią',
  'Телиа',
  'Tele2',
  'Tele2-ui',
  'Tele2,5',
  'Telenor',
  'Telenora',
  'A1',
  'A1-u',
  'A1.5',
  'A1 (LV)',
  'LMT',
  'LMT-ai',
  'Latvijas Mobilais Telefons',
  'Latvijas',
  'C++',
  '.NET',
  'Tele2*',
  'Яндекс',
  'Яндексу',
  'Юла',
  'Альфа-Банк',
  'альфа',
  'МТС',
  'Mobilna Telefonija Srbije',
  'École',
  'ecole',
  'Straße',
  'strasse',
  'Ǆep',
  'džep',
  '#Swedbank',
  '#swedbanklv',
  '#SwedbankPay',
  '#swedbank_pay',
  '#сбер',
  '@swedbank',
  '@swedbank_lv',
  '@swedbank.',
  '@tele2',
  '@',
  '#',
  'swedbank.lv',
  'https://swedbank.lv/privati',
  'x.com/bite',
  'bite.lv/',
  '/',
  '.',
  ',',
  '-',
  "'",
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u2003',
  '…',
  '™',
  '½',
  '⑴',
  '\u200b',
  '\u200d',
  '\u00ad',
  '\ufe0f',
  '\u0301',
  'e\u0301',
  'ь',
  'ъ',
  'ю',
  'я',
  'љ',
  'џ',
  'đ',
  'ß',
  'ﬁ',
  '😡',
  '👍🏽',
  '🇱🇻',
  '\ud83d',
  '\ude00',
  '𝐒𝐰𝐞𝐝',
  '＃',
  '＠',
  'Ｓｗｅｄｂａｎｋ',
  'α',
  'Ωmega',
  'Вконтакте',
  'работает',
  'пользуюсь',
  'nekas',
  'nestrādā',
  '2',
  '12',
  '_',
  'x',
  'Σ',
  'ς',
  'İ',
  'ﬀ',
  'Ǳ',
  '\ufffe',
  '\uffff',
  'Æ',
  'ŉ',
  'ǅ',
  '¨',
  'ｶ',
  '가',
  '中',
];

function randomText(rnd: () => number): string {
  const k = 1 + Math.floor(rnd() * 14);
  let s = '';
  for (let i = 0; i < k; i++) {
    const f = FRAGMENTS[Math.floor(rnd() * FRAGMENTS.length)] as string;
    const sep = rnd();
    s += sep < 0.55 ? ' ' : sep < 0.7 ? '' : sep < 0.8 ? ', ' : sep < 0.9 ? '.' : '\n';
    s += f;
  }
  return rnd() < 0.5 ? s.trimStart() : s;
}

const reference = (m: Matcher, text: string, opts?: { lang?: string }) =>
  m.findNormalized(normalizeView(text), text, opts);

describe('fast path (folding on the fly) agrees with the normalised-view path', () => {
  const m = compileWatchlist(BRANDS);

  it('on the hand-picked hard cases', () => {
    const cases = [
      'Swedbankā nestrādā, Swedbankas lietotne',
      'Cбербанк с латинской C и Ѕwеdbаnk с кириллицей',
      'Sw\u200bedbank, Swe\u0301dbank, Swedbank\u0301as, Swedbank\u00adas',
      'Юла и Яндекс, Яндексу пишу; Альфа-Банк тоже',
      'Straße, strasse, Ǆep, džep, École, ecole',
      '𝐒𝐰𝐞𝐝𝐛𝐚𝐧𝐤 and Ｓｗｅｄｂａｎｋ and ＃Swedbank',
      'Swedbank😡 #Swedbank👍🏽 @swedbank_lv… Tele2™ A1.5 Tele2,5 A1-u',
      'https://swedbank.lv/bite/tele2 bite.lv Bite.',
      'Biti ili ne biti, Bite je dobra. bite',
      'Elisa on hea, mobiil töötab. Elisa',
      'Latvijas  Mobilais\u00a0Telefons, Latvijas\nMobilais Telefons',
      '#SwedbankPay #swedbank_pay #swedbanklv swedbanklv',
      '\ud83d Swedbank \ude00Bite\ud83d',
      '…Swedbank… .NET C++ Tele2* A1 (LV)',
      'ь Swedbank ьSwedbank Сбербанкъ',
    ];
    const slow: string[] = [];
    for (const text of cases) {
      const before = m.paths.slow;
      expect(m.find(text), text).toEqual(reference(m, text));
      expect(m.find(text, { lang: 'lv' }), text).toEqual(reference(m, text, { lang: 'lv' }));
      if (m.paths.slow > before) slow.push(text);
    }
    // Handed to the normalised-view path: words mixing scripts (look-alikes are read by the word's script),
    // astral letters, and "…" when a term starts with '.' (.NET). Everything else is folded on the fly.
    expect(slow).toEqual([cases[1], cases[5], cases[6], cases[13], cases[14]]);
  });

  it('on 20,000 random texts mixing names, inflections, scripts, marks, emoji, URLs and handles', () => {
    const rnd = mulberry32(2026);
    let mentions = 0;
    for (let i = 0; i < 20_000; i++) {
      const text = randomText(rnd);
      const opts = i % 3 === 0 ? { lang: ['lv', 'ru', 'sr', 'et', 'en'][i % 5] as string } : undefined;
      const got = m.find(text, opts);
      const want = reference(m, text, opts);
      if (JSON.stringify(got) !== JSON.stringify(want)) expect({ text, got }).toEqual({ text, got: want });
      mentions += got.length;
    }
    // The texts do contain mentions (the comparison is not between two empty lists), and most of them
    // were answered by the fast path (the rest by the reference path itself).
    expect(mentions).toBeGreaterThan(20_000);
    expect(m.paths.fast).toBeGreaterThan(m.paths.slow);
  });

  it('on random texts against a large synthetic watchlist', () => {
    const rnd = mulberry32(7);
    const syl = ['ba', 'ka', 'lo', 'mi', 'nu', 're', 'sa', 'te', 'vo', 'zi', 'ne', 'ар', 'ен', 'ю', 'ь'];
    const brands: Brand[] = BRANDS.slice();
    for (let i = 0; i < 400; i++) {
      let w = '';
      const k = 2 + Math.floor(rnd() * 3);
      for (let j = 0; j < k; j++) w += syl[Math.floor(rnd() * syl.length)];
      brands.push({
        id: `s${i}`,
        name: w[0]?.toUpperCase() + w.slice(1),
        languages: i % 2 ? ['lv', 'ru'] : [],
      });
    }
    const big = compileWatchlist(brands);
    const words = brands.map((b) => b.name);
    for (let i = 0; i < 5000; i++) {
      let text = randomText(rnd);
      for (let j = 0; j < 4; j++) {
        const w = words[Math.floor(rnd() * words.length)] as string;
        text += ` ${w}${['', 'a', 'as', 'u', 'om', 'ы', 'ю', '\u0301'][Math.floor(rnd() * 8)]}`;
      }
      const got = big.find(text);
      const want = reference(big, text);
      if (JSON.stringify(got) !== JSON.stringify(want)) expect({ text, got }).toEqual({ text, got: want });
    }
  });
});
