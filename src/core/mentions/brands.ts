/**
 * brands.json (interfaces.md): parse and validate, with errors that name the field
 * ("brands[2].aliases[1]: an alias needs at least 2 letters or digits"). Used by the CLI, the database
 * repository (src/storage/brands.ts) and the import in the UI. Not part of the content-script bundle.
 */
import type { Brand } from '../../shared/types.ts';
import { ValidationError } from '../../shared/validate.ts';
import { fold } from '../text/normalize.ts';
import { STOPWORDS } from './ambiguity.ts';

export const LIMITS = {
  brands: 5000,
  /** Names, aliases, hashtags, required and excluded words over all brands. */
  terms: 20000,
  listItems: 500,
  termLength: 100,
  idLength: 64,
} as const;

const STOP = new Set(Object.values(STOPWORDS).flat());

/** The key under which two terms count as the same: folded, quotes and #/@ removed, spaces collapsed. */
export function termKey(term: string): string {
  const t = term
    .trim()
    .replace(/^["“„«](.*)["”“»]$/su, '$1')
    .replace(/^[#@]/, '');
  return fold(t).replace(/\s+/gu, ' ').trim();
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringList(v: unknown, path: string): string[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) throw new ValidationError(path, 'expected a list of strings');
  if (v.length > LIMITS.listItems) throw new ValidationError(path, `more than ${LIMITS.listItems} items`);
  return v.map((x, i) => {
    if (typeof x !== 'string') throw new ValidationError(`${path}[${i}]`, 'expected a string');
    const t = x.trim();
    if (!t) throw new ValidationError(`${path}[${i}]`, 'is empty');
    if (t.length > LIMITS.termLength)
      throw new ValidationError(`${path}[${i}]`, `longer than ${LIMITS.termLength} characters`);
    return t;
  });
}

/** A name or alias: at least 2 letters/digits after folding, and not a word that is in every post. */
function checkTerm(term: string, path: string, what: 'name' | 'alias'): void {
  const key = termKey(term);
  const letters = key.replace(/[^\p{L}\p{N}]/gu, '');
  if (letters.length === 0)
    throw new ValidationError(
      path,
      `the ${what} "${term}" has no letters or digits, so it cannot be matched`,
    );
  // "C++" is fine (three characters, one letter); "S" or "a" is not.
  if (key.replace(/\s/gu, '').length < 2)
    throw new ValidationError(
      path,
      `${what === 'name' ? 'a name' : 'an alias'} needs at least 2 letters or digits ("${term}" would match almost everything)`,
    );
  if (STOP.has(key))
    throw new ValidationError(
      path,
      `"${term}" is one of the most common words in our languages and would match almost every post; use a longer name, or put it in quotes together with other words`,
    );
}

/**
 * Validate one brand. Unknown fields are dropped; lists are trimmed. Throws ValidationError naming the field.
 */
export function validateBrand(value: unknown, path = ''): Brand {
  const at = (f: string) => (path ? `${path}.${f}` : f);
  if (!isObject(value))
    throw new ValidationError(path, 'expected a brand object with at least "id" and "name"');
  const id = value.id;
  if (typeof id !== 'string' || !id.trim())
    throw new ValidationError(at('id'), 'is required (a short unique text)');
  if (id.trim().length > LIMITS.idLength)
    throw new ValidationError(at('id'), `longer than ${LIMITS.idLength} characters`);
  if (!/^[\p{L}\p{N}][\p{L}\p{N}_.:-]*$/u.test(id.trim()))
    throw new ValidationError(at('id'), 'use letters, digits, "-", "_", "." or ":" (no spaces)');
  const name = value.name;
  if (typeof name !== 'string' || !name.trim()) throw new ValidationError(at('name'), 'is required');
  if (name.trim().length > LIMITS.termLength)
    throw new ValidationError(at('name'), `longer than ${LIMITS.termLength} characters`);
  checkTerm(name, at('name'), 'name');

  const brand: Brand = { id: id.trim(), name: name.trim() };
  const aliases = stringList(value.aliases, at('aliases'));
  const handles = stringList(value.handles, at('handles'));
  const hashtags = stringList(value.hashtags, at('hashtags'));
  const require = stringList(value.require, at('require'));
  const exclude = stringList(value.exclude, at('exclude'));
  const languages = stringList(value.languages, at('languages'));

  const seen = new Map<string, string>([[termKey(name), at('name')]]);
  aliases?.forEach((a, i) => {
    const p = `${at('aliases')}[${i}]`;
    if (a.startsWith('@')) {
      if (!/^@[\p{L}\p{N}_.]{1,64}$/u.test(a)) throw new ValidationError(p, `"${a}" is not a valid @handle`);
    } else checkTerm(a, p, 'alias');
    const k = termKey(a);
    const prev = seen.get(k);
    if (prev)
      throw new ValidationError(p, `"${a}" duplicates ${prev} (case, diacritics and script are ignored)`);
    seen.set(k, p);
  });
  const unique = (list: string[] | undefined, field: string, norm: (s: string) => string) => {
    const s = new Map<string, number>();
    list?.forEach((x, i) => {
      const k = norm(x);
      const j = s.get(k);
      if (j !== undefined) throw new ValidationError(`${at(field)}[${i}]`, `duplicates ${at(field)}[${j}]`);
      s.set(k, i);
    });
  };
  handles?.forEach((h, i) => {
    if (!/^@?[\p{L}\p{N}_.]{1,64}$/u.test(h))
      throw new ValidationError(
        `${at('handles')}[${i}]`,
        `"${h}" is not a handle (letters, digits, "_" and "." after an optional @)`,
      );
  });
  unique(handles, 'handles', (h) => fold(h.replace(/^@/, '')));
  hashtags?.forEach((h, i) => {
    if (!/^#?[\p{L}\p{M}\p{N}_]{2,100}$/u.test(h))
      throw new ValidationError(
        `${at('hashtags')}[${i}]`,
        `"${h}" is not a hashtag (at least 2 letters, digits or "_" after an optional #)`,
      );
  });
  unique(hashtags, 'hashtags', (h) => fold(h.replace(/^#/, '')));
  for (const [field, list] of [
    ['require', require],
    ['exclude', exclude],
  ] as const) {
    list?.forEach((x, i) => {
      if (!termKey(x).replace(/[^\p{L}\p{N}]/gu, ''))
        throw new ValidationError(`${at(field)}[${i}]`, `"${x}" has no letters or digits`);
    });
    unique(list, field, termKey);
  }
  languages?.forEach((l, i) => {
    if (!/^[a-z]{2,3}$/.test(l.toLowerCase()))
      throw new ValidationError(
        `${at('languages')}[${i}]`,
        `"${l}" is not an ISO 639-1 language code (en, lv, ru…)`,
      );
  });
  unique(languages, 'languages', (l) => l.toLowerCase());

  if (aliases?.length) brand.aliases = aliases;
  if (handles?.length) brand.handles = handles.map((h) => (h.startsWith('@') ? h : `@${h}`));
  if (hashtags?.length) brand.hashtags = hashtags.map((h) => (h.startsWith('#') ? h : `#${h}`));
  if (require?.length) brand.require = require;
  if (exclude?.length) brand.exclude = exclude;
  if (languages?.length) brand.languages = languages.map((l) => l.toLowerCase());
  const matchCase = value.matchCase;
  if (matchCase !== undefined && matchCase !== null) {
    if (matchCase !== 'any' && matchCase !== 'capitalised')
      throw new ValidationError(at('matchCase'), 'expected "any" or "capitalised"');
    if (matchCase === 'capitalised') brand.matchCase = matchCase;
  }
  return brand;
}

/** Names and aliases of a brand with their field paths. */
function namedTerms(b: Brand, path: string): [string, string][] {
  const out: [string, string][] = [[termKey(b.name), `${path}.name`]];
  b.aliases?.forEach((a, i) => {
    if (!a.startsWith('@')) out.push([termKey(a), `${path}.aliases[${i}]`]);
  });
  return out;
}

function termCount(b: Brand): number {
  return (
    1 +
    (b.aliases?.length ?? 0) +
    (b.hashtags?.length ?? 0) +
    (b.require?.length ?? 0) +
    (b.exclude?.length ?? 0) +
    (b.handles?.length ?? 0)
  );
}

/**
 * Validate a list of brands together: each one, plus unique ids and no name or alias shared by two brands.
 * `path` prefixes the field names ("brands").
 */
export function validateBrands(list: unknown, path = 'brands'): Brand[] {
  if (!Array.isArray(list)) throw new ValidationError(path, 'expected a list of brands');
  if (list.length > LIMITS.brands) throw new ValidationError(path, `more than ${LIMITS.brands} brands`);
  const out: Brand[] = [];
  const ids = new Map<string, number>();
  const terms = new Map<string, string>();
  let total = 0;
  list.forEach((v, i) => {
    const p = `${path}[${i}]`;
    const b = validateBrand(v, p);
    const prev = ids.get(b.id);
    if (prev !== undefined)
      throw new ValidationError(`${p}.id`, `duplicate id "${b.id}" (also ${path}[${prev}])`);
    ids.set(b.id, i);
    for (const [k, field] of namedTerms(b, p)) {
      const other = terms.get(k);
      if (other) throw new ValidationError(field, `"${k}" is already a name or alias at ${other}`);
      terms.set(k, field);
    }
    total += termCount(b);
    if (total > LIMITS.terms)
      throw new ValidationError(
        path,
        `more than ${LIMITS.terms} terms in all (names, aliases, handles, words)`,
      );
    out.push(b);
  });
  return out;
}

/** Parse the contents of brands.json: `{ "brands": [...] }` (a bare list is accepted too). */
export function parseBrandsFile(data: unknown): Brand[] {
  if (Array.isArray(data)) return validateBrands(data, 'brands');
  if (!isObject(data) || !('brands' in data))
    throw new ValidationError('', 'expected an object like { "brands": [ { "id": "...", "name": "..." } ] }');
  return validateBrands(data.brands, 'brands');
}

/** Parse brands.json text (a BOM is ignored); JSON syntax errors become a ValidationError too. */
export function parseBrandsJson(text: string): Brand[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ValidationError(
      '',
      `brands.json is not valid JSON: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  return parseBrandsFile(data);
}

/** The brands.json document for a list of brands (export). */
export function brandsFile(brands: readonly Brand[]): { brands: Brand[] } {
  return { brands: brands.map((b) => ({ ...b })) };
}
