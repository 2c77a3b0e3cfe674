/**
 * FAQ entries: validation and the JSON file format of interfaces.md (`{"faqs": [...]}`).
 * Bookkeeping fields (usageCount, lastUsedAt, createdAt, updatedAt) are optional in files and kept
 * when present, so an export from the extension re-imports losslessly.
 */
import type { FaqEntry } from '../../shared/types.ts';

export const LIMITS = {
  id: 200,
  question: 2000,
  answer: 10_000,
  tag: 100,
  lang: 12,
  brand: 200,
  list: 500,
} as const;

/** One problem in an imported file: where (line/column for CSV, path for JSON) and why. */
export interface RowError {
  /** 1-based line in the file (CSV) or entry number (JSON, 1-based). */
  line: number;
  /** Column name (CSV) or field path (JSON). */
  column: string;
  reason: string;
}

export interface ParseResult {
  entries: FaqEntry[];
  errors: RowError[];
}

const ID_RE = /^[^\s\p{Cc}]+$/u;

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Check one entry object. Returns the cleaned entry (unknown fields dropped) or the list of problems,
 * each naming its field.
 */
export function checkEntry(v: unknown): { entry?: FaqEntry; problems: { field: string; reason: string }[] } {
  const problems: { field: string; reason: string }[] = [];
  const bad = (field: string, reason: string) => problems.push({ field, reason });
  if (!isObj(v)) return { problems: [{ field: '', reason: 'expected an object' }] };
  const id = v.id;
  if (typeof id !== 'string' || id.trim() === '') bad('id', 'missing (a non-empty text is required)');
  else if (id.length > LIMITS.id) bad('id', `longer than ${LIMITS.id} characters`);
  else if (!ID_RE.test(id)) bad('id', 'must not contain spaces or control characters');

  const strList = (field: string, max: number, required: boolean): string[] | undefined => {
    const x = v[field];
    if (x === undefined || x === null) {
      if (required) bad(field, 'missing (a list of texts is required)');
      return undefined;
    }
    if (!Array.isArray(x)) {
      bad(field, 'expected a list of texts');
      return undefined;
    }
    if (x.length > LIMITS.list) bad(field, `more than ${LIMITS.list} items`);
    const out: string[] = [];
    x.forEach((s, i) => {
      if (typeof s !== 'string') bad(`${field}[${i}]`, 'expected a text');
      else if (s.trim() === '') bad(`${field}[${i}]`, 'empty');
      else if (s.length > max) bad(`${field}[${i}]`, `longer than ${max} characters`);
      else out.push(s);
    });
    return out;
  };
  const questions = strList('questions', LIMITS.question, true);
  if (questions && questions.length === 0 && Array.isArray(v.questions) && v.questions.length === 0)
    bad('questions', 'at least one example question is required');
  const answer = v.answer;
  if (typeof answer !== 'string' || answer.trim() === '')
    bad('answer', 'missing (a non-empty text is required)');
  else if (answer.length > LIMITS.answer) bad('answer', `longer than ${LIMITS.answer} characters`);
  const variants = strList('variants', LIMITS.answer, false);
  const tags = strList('tags', LIMITS.tag, false);
  const optStr = (field: string, max: number, re?: RegExp): string | undefined => {
    const x = v[field];
    if (x === undefined || x === null || x === '') return undefined;
    if (typeof x !== 'string') bad(field, 'expected a text');
    else if (x.length > max) bad(field, `longer than ${max} characters`);
    else if (re && !re.test(x)) bad(field, 'not a language code like "en", "lv" or "sr-Latn"');
    else return x;
    return undefined;
  };
  const lang = optStr('lang', LIMITS.lang, /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/);
  const brand = optStr('brand', LIMITS.brand);
  const optNum = (field: string): number | undefined => {
    const x = v[field];
    if (x === undefined || x === null) return undefined;
    if (typeof x !== 'number' || !Number.isFinite(x) || x < 0) bad(field, 'expected a number ≥ 0');
    else return x;
    return undefined;
  };
  const usageCount = optNum('usageCount');
  const lastUsedAt = optNum('lastUsedAt');
  const createdAt = optNum('createdAt');
  const updatedAt = optNum('updatedAt');
  if (problems.length > 0) return { problems };
  const entry: FaqEntry = { id: id as string, questions: questions ?? [], answer: answer as string };
  if (variants !== undefined) entry.variants = variants;
  if (tags !== undefined) entry.tags = tags;
  if (lang !== undefined) entry.lang = lang;
  if (brand !== undefined) entry.brand = brand;
  if (usageCount !== undefined) entry.usageCount = usageCount;
  if (lastUsedAt !== undefined) entry.lastUsedAt = lastUsedAt;
  if (createdAt !== undefined) entry.createdAt = createdAt;
  if (updatedAt !== undefined) entry.updatedAt = updatedAt;
  return { entry, problems };
}

/** Validate one entry or throw an Error naming the field. */
export function validateEntry(v: unknown): FaqEntry {
  const r = checkEntry(v);
  if (!r.entry) {
    const p = r.problems[0];
    throw new Error(p ? `${p.field ? `${p.field}: ` : ''}${p.reason}` : 'invalid FAQ entry');
  }
  return r.entry;
}

/**
 * Parse a FAQ JSON file's text. Each bad entry is reported (entry number as `line`, field path as
 * `column`); good entries are returned. A duplicate id is an error on the later entry.
 */
export function parseFaqJson(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { entries: [], errors: [{ line: 0, column: '', reason: `not valid JSON (${msg})` }] };
  }
  const list = isObj(data) ? data.faqs : Array.isArray(data) ? data : undefined;
  if (!Array.isArray(list))
    return {
      entries: [],
      errors: [{ line: 0, column: 'faqs', reason: 'expected {"faqs": [ … ]} (see the FAQ file format)' }],
    };
  const entries: FaqEntry[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  list.forEach((item, i) => {
    const r = checkEntry(item);
    for (const p of r.problems)
      errors.push({ line: i + 1, column: `faqs[${i}]${p.field ? `.${p.field}` : ''}`, reason: p.reason });
    if (!r.entry) return;
    const first = seen.get(r.entry.id);
    if (first !== undefined) {
      errors.push({
        line: i + 1,
        column: `faqs[${i}].id`,
        reason: `the id "${r.entry.id}" is already used by entry ${first}`,
      });
      return;
    }
    seen.set(r.entry.id, i + 1);
    entries.push(r.entry);
  });
  return { entries, errors };
}

/** The FAQ JSON file for `entries` (all fields kept, so it re-imports losslessly). */
export function serializeFaqJson(entries: readonly FaqEntry[]): string {
  return `${JSON.stringify({ faqs: entries }, null, 2)}\n`;
}

/**
 * Merge an incoming entry into an existing one with the same id: the incoming answer, language and
 * brand win; questions, variants and tags are united (order kept, no duplicates); usage and creation
 * time are kept from the existing entry.
 */
export function mergeEntries(existing: FaqEntry, incoming: FaqEntry): FaqEntry {
  const union = (a: string[] | undefined, b: string[] | undefined): string[] | undefined => {
    if (!a && !b) return undefined;
    const out = [...(a ?? [])];
    for (const x of b ?? []) if (!out.includes(x)) out.push(x);
    return out;
  };
  const merged: FaqEntry = {
    ...existing,
    ...incoming,
    questions: union(existing.questions, incoming.questions) ?? [],
  };
  const variants = union(existing.variants, incoming.variants);
  if (variants) merged.variants = variants.filter((v) => v !== merged.answer);
  const tags = union(existing.tags, incoming.tags);
  if (tags) merged.tags = tags;
  if (existing.usageCount !== undefined || incoming.usageCount !== undefined)
    merged.usageCount = Math.max(existing.usageCount ?? 0, incoming.usageCount ?? 0);
  if (existing.createdAt !== undefined) merged.createdAt = existing.createdAt;
  const lastUsed = Math.max(existing.lastUsedAt ?? 0, incoming.lastUsedAt ?? 0);
  if (lastUsed > 0) merged.lastUsedAt = lastUsed;
  return merged;
}
