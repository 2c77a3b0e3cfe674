import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../shared/validate.ts';
import { ambiguityHints } from './ambiguity.ts';
import {
  brandsFile,
  parseBrandsFile,
  parseBrandsJson,
  termKey,
  validateBrand,
  validateBrands,
} from './brands.ts';

function errorOf(f: () => unknown): ValidationError {
  try {
    f();
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw e;
  }
  throw new Error('expected a ValidationError');
}

describe('validateBrand: clear errors naming the field', () => {
  it.each([
    [{ name: 'Swedbank' }, 'id', 'required'],
    [{ id: 'a b', name: 'Swedbank' }, 'id', 'no spaces'],
    [{ id: 'x' }, 'name', 'required'],
    [{ id: 'x', name: '   ' }, 'name', 'required'],
    [{ id: 'x', name: 'S' }, 'name', 'at least 2'],
    [{ id: 'x', name: '++' }, 'name', 'no letters or digits'],
    [{ id: 'x', name: 'the' }, 'name', 'almost every post'],
    [{ id: 'x', name: 'Un' }, 'name', 'almost every post'],
    [{ id: 'x', name: 'и' }, 'name', 'at least 2'],
    [{ id: 'x', name: 'Swedbank', aliases: ['Hansabanka', ''] }, 'aliases[1]', 'empty'],
    [{ id: 'x', name: 'Swedbank', aliases: ['S'] }, 'aliases[0]', 'at least 2'],
    [{ id: 'x', name: 'Swedbank', aliases: ['SWEDBANK'] }, 'aliases[0]', 'duplicates name'],
    [{ id: 'x', name: 'Сбербанк', aliases: ['Sberbank'] }, 'aliases[0]', 'duplicates name'],
    [{ id: 'x', name: 'Swedbank', aliases: ['Hansa', 'hansa'] }, 'aliases[1]', 'duplicates aliases[0]'],
    [{ id: 'x', name: 'Swedbank', aliases: 'Hansa' }, 'aliases', 'list of strings'],
    [{ id: 'x', name: 'Swedbank', aliases: [3] }, 'aliases[0]', 'expected a string'],
    [{ id: 'x', name: 'Swedbank', handles: ['@swed bank'] }, 'handles[0]', 'not a handle'],
    [{ id: 'x', name: 'Swedbank', handles: ['@a', 'A'] }, 'handles[1]', 'duplicates handles[0]'],
    [{ id: 'x', name: 'Swedbank', hashtags: ['#a b'] }, 'hashtags[0]', 'not a hashtag'],
    [{ id: 'x', name: 'Swedbank', exclude: ['!!!'] }, 'exclude[0]', 'no letters'],
    [{ id: 'x', name: 'Swedbank', require: ['bank', 'Bank'] }, 'require[1]', 'duplicates'],
    [{ id: 'x', name: 'Swedbank', languages: ['latvian'] }, 'languages[0]', 'ISO 639-1'],
    [{ id: 'x', name: 'Swedbank', matchCase: 'upper' }, 'matchCase', '"any" or "capitalised"'],
    [{ id: 'x', name: 'x'.repeat(101) }, 'name', 'longer than 100'],
    ['Swedbank', '', 'brand object'],
  ])('%j → %s', (value, field, words) => {
    const e = errorOf(() => validateBrand(value));
    expect(e.path).toBe(field);
    expect(e.message).toContain(words);
  });

  it('regex metacharacters are fine in names', () => {
    for (const name of ['C++', 'A1 (LV)', 'Tele2*', '.NET', '[xy]'])
      expect(validateBrand({ id: 'x', name }).name).toBe(name);
  });

  it('cleans a valid brand: trims, adds @ and #, drops unknown fields and empty lists', () => {
    expect(
      validateBrand({
        id: ' swedbank ',
        name: ' Swedbank ',
        aliases: [' Hansabanka '],
        handles: ['swedbank_lv'],
        hashtags: ['swedbank'],
        require: [],
        languages: ['LV'],
        matchCase: 'any',
        extra: '<script>',
      }),
    ).toEqual({
      id: 'swedbank',
      name: 'Swedbank',
      aliases: ['Hansabanka'],
      handles: ['@swedbank_lv'],
      hashtags: ['#swedbank'],
      languages: ['lv'],
    });
  });
});

describe('validateBrands and brands.json', () => {
  it('rejects duplicate ids and a name shared by two brands, naming the entry', () => {
    expect(
      errorOf(() =>
        validateBrands([
          { id: 'a', name: 'Bite' },
          { id: 'a', name: 'Tele2' },
        ]),
      ).message,
    ).toBe('brands[1].id: duplicate id "a" (also brands[0])');
    const e = errorOf(() =>
      validateBrands([
        { id: 'a', name: 'Bite' },
        { id: 'b', name: 'Tele2', aliases: ['BITE'] },
      ]),
    );
    expect(e.path).toBe('brands[1].aliases[0]');
    expect(e.message).toContain('brands[0].name');
  });

  it('parses { brands: [...] }, a bare list, and reports bad JSON and bad shapes', () => {
    const text = JSON.stringify({ brands: [{ id: 'bite', name: 'Bite' }] });
    expect(parseBrandsJson(`\uFEFF${text}`)).toEqual([{ id: 'bite', name: 'Bite' }]);
    expect(parseBrandsFile([{ id: 'bite', name: 'Bite' }])).toHaveLength(1);
    expect(errorOf(() => parseBrandsJson('{"brands": [')).message).toContain('not valid JSON');
    expect(errorOf(() => parseBrandsFile({ brand: [] })).message).toContain('{ "brands"');
    expect(errorOf(() => parseBrandsFile({ brands: {} })).message).toBe('brands: expected a list of brands');
    expect(
      errorOf(() => parseBrandsFile({ brands: [{ id: 'x', name: 'Xo', aliases: ['ok', 'Y'] }] })).path,
    ).toBe('brands[0].aliases[1]');
  });

  it('accepts a 5,000-brand watchlist and round-trips through brandsFile', () => {
    const list = Array.from({ length: 5000 }, (_, i) => ({ id: `b${i}`, name: `Brand ${i}` }));
    const parsed = parseBrandsFile({ brands: list });
    expect(parsed).toHaveLength(5000);
    expect(parseBrandsFile(JSON.parse(JSON.stringify(brandsFile(parsed))))).toEqual(parsed);
    expect(errorOf(() => parseBrandsFile({ brands: [...list, { id: 'z', name: 'Zz' }] })).message).toContain(
      'more than 5000 brands',
    );
  });

  it('termKey folds case, diacritics, script, quotes and spacing', () => {
    expect(termKey('  "Swedbank   Arēna" ')).toBe('swedbank arena');
    expect(termKey('#Сбер')).toBe('sber');
  });
});

describe('ambiguityHints', () => {
  it('Bite is a bee in Latvian and Lithuanian and a verb in English: exclusions, required words, capitals', () => {
    const hints = ambiguityHints({ id: 'bite', name: 'Bite', languages: ['lv', 'lt', 'en'] });
    expect(hints.map((h) => h.lang).sort()).toEqual(['en', 'lt', 'lv']);
    const lv = hints.find((h) => h.lang === 'lv');
    expect(lv?.field).toBe('name');
    expect(lv?.message).toContain('Latvian');
    expect(lv?.suggestExclude).toContain('medus');
    expect(lv?.suggestRequire.length).toBeGreaterThan(0);
    expect(lv?.suggestMatchCase).toBe('capitalised');
  });

  it('Elisa is a first name; an inflected alias form is recognised too', () => {
    const hints = ambiguityHints({ id: 'e', name: 'Elisa', languages: ['et'] });
    expect(hints).toHaveLength(1);
    expect(hints[0]?.kind).toBe('first-name');
    expect(hints[0]?.suggestExclude).toContain('sünnipäev');
  });

  it('Tele2, Swedbank, Telenor: nothing to say', () => {
    for (const name of ['Tele2', 'Swedbank', 'Telenor', 'Сбербанк'])
      expect(ambiguityHints({ id: 'x', name, languages: ['lv', 'ru', 'sr'] })).toEqual([]);
  });

  it('only the brand languages are checked; suggestions already present are not repeated', () => {
    expect(ambiguityHints({ id: 'b', name: 'Bite', languages: ['et'] })).toEqual([]);
    const h = ambiguityHints({ id: 'b', name: 'Bite', languages: ['lv'], exclude: ['medus'] });
    expect(h[0]?.suggestExclude).not.toContain('medus');
    expect(h[0]?.message).toContain('Check that your exclusions');
  });

  it('aliases are checked with their field, and * is explained as a literal character', () => {
    const h = ambiguityHints({ id: 't', name: 'Tele2*', aliases: ['Bite'], languages: ['lv'] });
    expect(h.map((x) => [x.field, x.kind])).toEqual([
      ['name', 'literal-symbols'],
      ['aliases[0]', 'common-word'],
    ]);
  });

  it('a multi-word name or alias whose every word is everyday language gets a hint, word by word', () => {
    const h = ambiguityHints({ id: 'm', name: 'Mana Tele', aliases: ['Tele un Bite'], languages: ['lv'] });
    expect(h.map((x) => [x.field, x.lang, x.kind])).toEqual([
      ['name', 'lv', 'common-word'],
      ['aliases[0]', 'lv', 'common-word'],
    ]);
    expect(h[0]?.message).toContain('"Mana": my (feminine)');
    expect(h[0]?.message).toContain('"Tele": TV');
    expect(h[1]?.message).toContain('"un": a function word');
    // The exclusions and required words of the everyday words are suggested (Bite: honey, hive...).
    expect(h[1]?.suggestExclude).toContain('medus');
    expect(h[1]?.suggestRequire).toContain('tarifs');
    // Inflected words count too (Bites), and only in the brand's languages.
    expect(ambiguityHints({ id: 'z', name: 'Zelta Bites', languages: ['lv'] })).toHaveLength(1);
    expect(ambiguityHints({ id: 'z', name: 'Zelta Bites', languages: ['et'] })).toEqual([]);
  });

  it('one distinctive word makes a multi-word name safe; function words alone are not a hint', () => {
    for (const name of ['Bite Latvija', 'Swedbank Pay', 'Latvijas Mobilais Telefons', 'Telia Eesti', 'un ir'])
      expect(ambiguityHints({ id: 'x', name, languages: ['lv', 'et', 'en'] }), name).toEqual([]);
  });

  it('short all-letter names get a hint when there is no context', () => {
    expect(ambiguityHints({ id: 's', name: 'SEB', languages: ['lv'] }).map((h) => h.kind)).toEqual(['short']);
    expect(ambiguityHints({ id: 's', name: 'SEB', languages: ['lv'], require: ['banka'] })).toEqual([]);
  });
});
