import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/validate.ts';
import {
  deleteBrand,
  exportBrands,
  exportBrandsJson,
  getBrand,
  importBrands,
  listBrands,
  saveBrand,
} from './brands.ts';
import { createDb, type ReplywiseDb } from './db.ts';

let db: ReplywiseDb;
let n = 0;
beforeEach(async () => {
  db = createDb(`brands-test-${Date.now()}-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

async function rejection(p: Promise<unknown>): Promise<ValidationError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw e;
  }
  throw new Error('expected a ValidationError');
}

describe('saveBrand', () => {
  it('validates, stores the cleaned brand and returns ambiguity hints', async () => {
    const { brand, hints } = await saveBrand(db, {
      id: 'bite',
      name: ' Bite ',
      handles: ['bite_latvija'],
      languages: ['lv', 'en'],
      junk: 1,
    });
    expect(brand).toEqual({ id: 'bite', name: 'Bite', handles: ['@bite_latvija'], languages: ['lv', 'en'] });
    expect(await getBrand(db, 'bite')).toEqual(brand);
    expect(hints.map((h) => h.lang).sort()).toEqual(['en', 'lv']);
    expect(hints[0]?.suggestExclude.length).toBeGreaterThan(0);
  });

  it('refuses an invalid brand with the field named, and stores nothing', async () => {
    const e = await rejection(saveBrand(db, { id: 'x', name: 'Tele2', aliases: ['T'] }));
    expect(e.path).toBe('aliases[0]');
    expect(await listBrands(db)).toEqual([]);
  });

  it('refuses a name or alias that another brand already uses (folded), but allows updating itself', async () => {
    await saveBrand(db, { id: 'sber', name: 'Сбербанк' });
    const e = await rejection(saveBrand(db, { id: 'other', name: 'Other', aliases: ['SBERBANK'] }));
    expect(e.message).toBe('aliases[0]: "SBERBANK" is already a name or alias of the brand "sber"');
    await saveBrand(db, { id: 'sber', name: 'Сбербанк', aliases: ['Сбер'] });
    expect((await getBrand(db, 'sber'))?.aliases).toEqual(['Сбер']);
  });

  it('deletes', async () => {
    await saveBrand(db, { id: 'a', name: 'Alpha' });
    await deleteBrand(db, 'a');
    expect(await listBrands(db)).toEqual([]);
  });
});

describe('import and export of brands.json', () => {
  const FILE = {
    brands: [
      { id: 'swedbank', name: 'Swedbank', aliases: ['Hansabank'], exclude: ['Swedbank Arena'] },
      { id: 'tele2', name: 'Tele2', languages: ['lv', 'et'] },
    ],
  };

  it('imports (merge), exports the same document, and round-trips', async () => {
    await saveBrand(db, { id: 'lmt', name: 'LMT' });
    const r = await importBrands(db, JSON.stringify(FILE));
    expect(r).toMatchObject({ imported: 2, removed: 0 });
    expect((await listBrands(db)).map((b) => b.id).sort()).toEqual(['lmt', 'swedbank', 'tele2']);
    const exported = await exportBrands(db);
    const db2 = createDb(`brands-test-copy-${Date.now()}`);
    await db2.open();
    try {
      await importBrands(db2, await exportBrandsJson(db));
      expect(await exportBrands(db2)).toEqual(exported);
    } finally {
      db2.close();
      await db2.delete();
    }
  });

  it('replace mode makes the table exactly the file', async () => {
    await saveBrand(db, { id: 'lmt', name: 'LMT' });
    const r = await importBrands(db, FILE, { mode: 'replace' });
    expect(r.removed).toBe(1);
    expect((await listBrands(db)).map((b) => b.id).sort()).toEqual(['swedbank', 'tele2']);
  });

  it('a bad file changes nothing: invalid entry, bad JSON, or a clash with a brand that stays', async () => {
    await saveBrand(db, { id: 'lmt', name: 'LMT' });
    const bad = { brands: [...FILE.brands, { id: 'x', name: '' }] };
    expect((await rejection(importBrands(db, bad))).path).toBe('brands[2].name');
    expect((await rejection(importBrands(db, '{"brands": [}'))).message).toContain('not valid JSON');
    const clash = { brands: [{ id: 'other', name: 'Other', aliases: ['lmt'] }] };
    expect((await rejection(importBrands(db, clash))).message).toContain('already a name or alias');
    expect((await listBrands(db)).map((b) => b.id)).toEqual(['lmt']);
  });

  it('imports 5,000 brands in one transaction', async () => {
    const brands = Array.from({ length: 5000 }, (_, i) => ({ id: `b${i}`, name: `Brand ${i}` }));
    const r = await importBrands(db, { brands });
    expect(r.imported).toBe(5000);
    expect(await db.brands.count()).toBe(5000);
  });

  it('returns hints for imported brands whose names are everyday words', async () => {
    const r = await importBrands(db, {
      brands: [
        { id: 'bite', name: 'Bite', languages: ['lv'] },
        { id: 't', name: 'Tele2' },
      ],
    });
    expect(r.hints.map((h) => h.id)).toEqual(['bite']);
  });
});
