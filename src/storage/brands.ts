/**
 * Brands repository: the watchlist in the `brands` table (schema v1), validated on every write with errors
 * that name the field, ambiguity hints returned on save, and brands.json import/export. An import is
 * all-or-nothing: it is validated completely first, then written in one transaction.
 */
import { type AmbiguityHint, ambiguityHints } from '../core/mentions/ambiguity.ts';
import {
  brandsFile,
  parseBrandsFile,
  parseBrandsJson,
  termKey,
  validateBrand,
  validateBrands,
} from '../core/mentions/brands.ts';
import type { Brand } from '../shared/types.ts';
import { ValidationError } from '../shared/validate.ts';
import { type ReplywiseDb, writeTx } from './db.ts';

export interface SavedBrand {
  brand: Brand;
  /** The name or an alias is also an everyday word or a first name: suggested exclusions/required words. */
  hints: AmbiguityHint[];
}

/** All brands, ordered by name. */
export async function listBrands(db: ReplywiseDb): Promise<Brand[]> {
  return db.brands.orderBy('name').toArray();
}

export async function getBrand(db: ReplywiseDb, id: string): Promise<Brand | undefined> {
  return db.brands.get(id);
}

/** A name or alias of `brand` that another stored brand already uses. */
function conflict(brand: Brand, others: readonly Brand[]): ValidationError | null {
  const taken = new Map<string, string>();
  for (const o of others) {
    if (o.id === brand.id) continue;
    taken.set(termKey(o.name), o.id);
    for (const a of o.aliases ?? []) if (!a.startsWith('@')) taken.set(termKey(a), o.id);
  }
  const check: [string, string][] = [['name', brand.name]];
  brand.aliases?.forEach((a, i) => {
    if (!a.startsWith('@')) check.push([`aliases[${i}]`, a]);
  });
  for (const [field, t] of check) {
    const owner = taken.get(termKey(t));
    if (owner) return new ValidationError(field, `"${t}" is already a name or alias of the brand "${owner}"`);
  }
  return null;
}

/**
 * Validate and store one brand (insert or replace by id). Throws ValidationError naming the field, or a
 * StorageError. Returns the stored brand with ambiguity hints for the UI to show.
 */
export async function saveBrand(db: ReplywiseDb, value: unknown): Promise<SavedBrand> {
  const brand = validateBrand(value);
  await writeTx(db, ['brands'], async () => {
    const err = conflict(brand, await db.brands.toArray());
    if (err) throw err;
    await db.brands.put(brand);
  }).catch((e: unknown) => {
    const inner = (e as { cause?: unknown }).cause;
    throw inner instanceof ValidationError ? inner : e;
  });
  return { brand, hints: ambiguityHints(brand) };
}

export async function deleteBrand(db: ReplywiseDb, id: string): Promise<void> {
  await writeTx(db, ['brands'], async () => {
    await db.brands.delete(id);
  });
}

export interface ImportResult {
  /** Brands written (added or replaced). */
  imported: number;
  /** Brands removed (mode "replace" only). */
  removed: number;
  hints: { id: string; hints: AmbiguityHint[] }[];
}

/**
 * Import brands.json (its text or parsed JSON). Mode "merge" (default) adds new ids and replaces existing
 * ones; "replace" makes the table exactly the file's list. Everything is validated first (a name or alias
 * may not collide with a brand that stays), then written in ONE transaction: a bad file changes nothing.
 */
export async function importBrands(
  db: ReplywiseDb,
  file: string | unknown,
  opts: { mode?: 'merge' | 'replace' } = {},
): Promise<ImportResult> {
  const incoming = typeof file === 'string' ? parseBrandsJson(file) : parseBrandsFile(file);
  const mode = opts.mode ?? 'merge';
  let removed = 0;
  await writeTx(db, ['brands'], async () => {
    const existing = await db.brands.toArray();
    if (mode === 'merge') {
      const ids = new Set(incoming.map((b) => b.id));
      // Validate the union, as it will be after the import (errors point at the file's entries first).
      validateBrands([...incoming, ...existing.filter((b) => !ids.has(b.id))]);
    } else {
      removed = existing.filter((b) => !incoming.some((n) => n.id === b.id)).length;
      await db.brands.clear();
    }
    await db.brands.bulkPut(incoming);
  }).catch((e: unknown) => {
    const inner = (e as { cause?: unknown }).cause;
    throw inner instanceof ValidationError ? inner : e;
  });
  return {
    imported: incoming.length,
    removed,
    hints: incoming.map((b) => ({ id: b.id, hints: ambiguityHints(b) })).filter((h) => h.hints.length > 0),
  };
}

/** The brands.json document of the stored brands. */
export async function exportBrands(db: ReplywiseDb): Promise<{ brands: Brand[] }> {
  return brandsFile(await listBrands(db));
}

/** brands.json text, pretty-printed, for a download. */
export async function exportBrandsJson(db: ReplywiseDb): Promise<string> {
  return `${JSON.stringify(await exportBrands(db), null, 2)}\n`;
}
