/**
 * Brand validation and ambiguity hints come from the mentions module (src/core/mentions/brands.ts and
 * ambiguity.ts). They are looked up with import.meta.glob so the settings page builds before they land;
 * until then only the two required fields are checked and no hints are shown.
 */
import type { Brand } from '../shared/types.ts';

type Mod = Record<string, unknown>;
const mods = import.meta.glob<Mod>(['../core/mentions/brands.ts', '../core/mentions/ambiguity.ts'], {
  eager: true,
});

function findFn(names: string[]): ((...a: unknown[]) => unknown) | undefined {
  for (const m of Object.values(mods))
    for (const n of names) if (typeof m[n] === 'function') return m[n] as (...a: unknown[]) => unknown;
  return undefined;
}

const validate = findFn(['validateBrand', 'checkBrand']);
const hints = findFn(['ambiguityHints', 'brandHints', 'hintsFor']);

/** A clean brand or an Error naming the field at fault. */
export function validateBrand(b: Brand): Brand {
  if (!b.name.trim()) throw new Error('name: required');
  if (!b.id.trim() || /\s/.test(b.id)) throw new Error('id: required, without spaces');
  if (validate) {
    const r = validate(b);
    if (r && typeof r === 'object' && 'id' in r) return r as Brand;
  }
  return b;
}

/** Human-readable warnings: names that are also ordinary words, prefixes of other words, clashes. */
export function brandHints(b: Brand, others: readonly Brand[]): string[] {
  if (!hints) return [];
  try {
    const r = hints(b, others);
    if (!Array.isArray(r)) return [];
    return r.map((h) =>
      typeof h === 'string'
        ? h
        : typeof h === 'object' && h && 'message' in h
          ? String((h as { message: unknown }).message)
          : String(h),
    );
  } catch {
    return [];
  }
}
