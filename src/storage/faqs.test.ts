import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_PICKS } from '../core/faq/search-index.ts';
import type { FaqEntry } from '../shared/types.ts';
import { createDb, type ReplywiseDb, StorageError } from './db.ts';
import {
  deleteFaq,
  getFaq,
  ImportConflictError,
  INDEX_CACHE_KEY,
  importFaqs,
  listFaqs,
  loadPicks,
  MODEL_CACHE_KEY,
  openFaqIndex,
  previewImport,
  recordPick,
  recordUse,
  resetPicks,
  saveFaq,
} from './faqs.ts';

let db: ReplywiseDb;
let n = 0;
beforeEach(async () => {
  db = createDb(`faqs-test-${Date.now()}-${n++}`);
  await db.open();
});
afterEach(() => db.close());

const A: FaqEntry = {
  id: 'a',
  questions: ['Kur ir mana paka?'],
  answer: 'Paka ceļā.',
  lang: 'lv',
  tags: ['paka'],
};
const B: FaqEntry = {
  id: 'b',
  questions: ['Kāpēc karte nestrādā?'],
  answer: 'Pārbaudiet limitu.',
  lang: 'lv',
};

describe('saveFaq / deleteFaq', () => {
  it('stores entries with timestamps and usage, keeping createdAt on update', async () => {
    const s1 = await saveFaq(db, A, 1000);
    expect(s1).toMatchObject({ ...A, usageCount: 0, createdAt: 1000, updatedAt: 1000 });
    const s2 = await saveFaq(db, { ...A, answer: 'Paka jau ceļā.' }, 2000);
    expect(s2).toMatchObject({ answer: 'Paka jau ceļā.', createdAt: 1000, updatedAt: 2000 });
    expect(await listFaqs(db)).toHaveLength(1);
    expect(await deleteFaq(db, 'a')).toBe(true);
    expect(await deleteFaq(db, 'a')).toBe(false);
    expect(await getFaq(db, 'a')).toBeUndefined();
  });

  it('refuses an invalid entry with a clear error and writes nothing', async () => {
    await expect(saveFaq(db, { id: 'x', questions: [], answer: 'a' })).rejects.toThrow(
      /FAQ entry "x" not saved: questions/,
    );
    await expect(saveFaq(db, { id: 'x', questions: ['q'], answer: '' })).rejects.toBeInstanceOf(StorageError);
    expect(await db.faqs.count()).toBe(0);
  });
});

describe('importFaqs', () => {
  beforeEach(async () => {
    await saveFaq(db, { ...A, usageCount: 4 }, 1000);
  });

  it('previews new and existing ids', async () => {
    expect(await previewImport(db, [A, B])).toEqual({ added: ['b'], existing: ['a'] });
  });

  it('merges existing entries when asked, in one go', async () => {
    const r = await importFaqs(db, [{ ...A, questions: ['Paka kavējas'], answer: 'Jauna atbilde.' }, B], {
      onExisting: 'merge',
      now: 5000,
    });
    expect(r).toMatchObject({ added: ['b'], merged: ['a'], replaced: [], skipped: [] });
    // The stored version before the merge, for an undo.
    expect(r.previous).toEqual([expect.objectContaining({ id: 'a', questions: ['Kur ir mana paka?'] })]);
    expect(await getFaq(db, 'a')).toMatchObject({
      questions: ['Kur ir mana paka?', 'Paka kavējas'],
      answer: 'Jauna atbilde.',
      usageCount: 4,
      createdAt: 1000,
      updatedAt: 5000,
    });
  });

  it('replaces or skips existing entries when asked', async () => {
    const skipped = await importFaqs(db, [{ ...A, questions: ['Jauns'] }, B], { onExisting: 'skip' });
    expect(skipped).toMatchObject({ added: ['b'], skipped: ['a'], previous: [] });
    expect((await getFaq(db, 'a'))?.questions).toEqual(A.questions);
    const replaced = await importFaqs(db, [{ ...A, questions: ['Jauns'] }], { onExisting: 'replace' });
    expect(replaced).toMatchObject({ added: [], replaced: ['a'] });
    expect(replaced.previous.map((e) => e.questions)).toEqual([A.questions]);
    expect(await getFaq(db, 'a')).toMatchObject({ questions: ['Jauns'], usageCount: 4, createdAt: 1000 });
  });

  it('reports existing ids and imports nothing when asked to report', async () => {
    const err = await importFaqs(db, [B, { ...A, answer: 'changed' }], { onExisting: 'report' }).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(ImportConflictError);
    expect(err.ids).toEqual(['a']);
    expect(err.message).toMatch(/Nothing was imported/);
    expect(await getFaq(db, 'b')).toBeUndefined();
    expect((await getFaq(db, 'a'))?.answer).toBe(A.answer);
  });

  it('is all or nothing: an invalid entry or a duplicate id imports nothing', async () => {
    await expect(
      importFaqs(db, [B, { id: 'c', questions: ['q'], answer: '' }], { onExisting: 'merge' }),
    ).rejects.toThrow(/"c" not saved: answer/);
    await expect(importFaqs(db, [B, B], { onExisting: 'merge' })).rejects.toThrow(/twice/);
    expect(await db.faqs.count()).toBe(1);
  });

  it('is all or nothing when the database fails half-way', async () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ id: `m${i}`, questions: ['q'], answer: 'a' }));
    // Make the write fail inside the transaction, after some rows would have been written.
    const orig = db.faqs.bulkPut.bind(db.faqs);
    db.faqs.bulkPut = (async (rows: FaqEntry[]) => {
      await orig(rows.slice(0, 10));
      throw new Error('disk full');
    }) as unknown as typeof db.faqs.bulkPut;
    await expect(importFaqs(db, many, { onExisting: 'merge' })).rejects.toBeInstanceOf(StorageError);
    db.faqs.bulkPut = orig;
    expect(await db.faqs.count()).toBe(1);
  });

  it('is all or nothing when IndexedDB itself refuses a row in the middle of the write', async () => {
    // Row 60 of 120 cannot be stored (a function is not cloneable): the puts before it were already
    // issued in the same transaction, and none of them may stay.
    const many = Array.from({ length: 120 }, (_, i) => ({ id: `m${i}`, questions: ['q'], answer: 'a' }));
    const bad = { ...many[60], hook: () => 1 } as unknown as FaqEntry;
    const rows = [...many.slice(0, 60), bad, ...many.slice(61)] as FaqEntry[];
    await expect(importFaqs(db, rows, { onExisting: 'merge', validated: true })).rejects.toBeInstanceOf(
      StorageError,
    );
    expect(await db.faqs.count()).toBe(1);
    expect(await getFaq(db, 'm0')).toBeUndefined();
  });
});

describe('usage and picks', () => {
  beforeEach(async () => {
    await saveFaq(db, A, 1000);
    await saveFaq(db, B, 1000);
  });

  it('counts uses and remembers the last one', async () => {
    await recordUse(db, 'a', 2000);
    const e = await recordUse(db, 'a', 3000);
    expect(e).toMatchObject({ usageCount: 2, lastUsedAt: 3000 });
    expect(await recordUse(db, 'missing')).toBeUndefined();
  });

  it('keeps at most MAX_PICKS picks per entry, newest, and resets them', async () => {
    for (let i = 0; i < MAX_PICKS + 5; i++)
      await recordPick(db, { faqId: 'a', text: `post ${i}`, lang: 'lv' }, i);
    await recordPick(db, { faqId: 'b', text: 'karte', lang: 'lv' }, 100);
    expect(await recordPick(db, { faqId: 'missing', text: 'x' })).toBe(false);
    const picks = await loadPicks(db);
    expect(picks.get('a')).toHaveLength(MAX_PICKS);
    expect(picks.get('a')?.[0]?.text).toBe('post 5');
    await resetPicks(db, 'a');
    expect((await loadPicks(db)).has('a')).toBe(false);
    expect((await loadPicks(db)).get('b')).toHaveLength(1);
    await resetPicks(db);
    expect(await db.faqPicks.count()).toBe(0);
  });
});

describe('openFaqIndex', () => {
  it('builds, caches, reuses the cache, and drops it on every change', async () => {
    await saveFaq(db, A);
    const first = await openFaqIndex(db, { model: 'none' });
    expect(first.fromCache).toBe(false);
    expect(first.index.suggest('kur paka', { lang: 'lv' })[0]?.faqId).toBe('a');
    const second = await openFaqIndex(db, { model: 'none' });
    expect(second.fromCache).toBe(true);
    expect(second.index.suggest('kur paka', { lang: 'lv' })).toEqual(
      first.index.suggest('kur paka', { lang: 'lv' }),
    );

    await saveFaq(db, B);
    expect(await db.settings.get(INDEX_CACHE_KEY)).toBeUndefined();
    const third = await openFaqIndex(db, { model: 'none' });
    expect(third.fromCache).toBe(false);
    expect(third.index.suggest('karte nestrada', { lang: 'lv' })[0]?.faqId).toBe('b');

    await recordPick(db, { faqId: 'b', text: 'bankomats neizsniedz naudu', lang: 'lv' });
    const fourth = await openFaqIndex(db, { model: 'none' });
    expect(fourth.fromCache).toBe(false);
    expect(fourth.index.suggest('bankomats naudu', { lang: 'lv' })[0]?.faqId).toBe('b');

    await deleteFaq(db, 'b');
    expect((await openFaqIndex(db, { model: 'none' })).index.has('b')).toBe(false);
  });

  it('rebuilds when the cached snapshot is damaged', async () => {
    await saveFaq(db, A);
    await db.settings.put({ key: INDEX_CACHE_KEY, value: { version: 1, docs: [{}], terms: [] } });
    const r = await openFaqIndex(db, { model: 'none' });
    expect(r.fromCache).toBe(false);
    expect(r.index.size).toBe(1);
  });
});

describe('ranking model', () => {
  const C: FaqEntry = {
    id: 'c',
    questions: ['Kā mainīt piegādes adresi?', 'Vai var nomainīt adresi pasūtījumam?'],
    answer: 'Rakstiet mums.',
    lang: 'lv',
  };
  it('is trained after opening, attached, cached for the same snapshot and dropped with it', async () => {
    await saveFaq(db, A);
    await saveFaq(db, B);
    await saveFaq(db, C);
    const first = await openFaqIndex(db, { model: 'wait' });
    const model = await first.modelReady;
    expect(model).not.toBeNull();
    expect(first.index.attachedModel).toBe(model);
    expect(model?.ids).toEqual(expect.arrayContaining(['a', 'b', 'c']));
    expect(first.index.suggest('nomainit adresi', { lang: 'lv' })[0]?.faqId).toBe('c');
    expect(await db.settings.get(MODEL_CACHE_KEY)).toBeDefined();

    // Cold start: the cached model comes back with the cached snapshot, no training.
    const second = await openFaqIndex(db, { model: 'wait' });
    expect(second.fromCache).toBe(true);
    const again = await second.modelReady;
    expect(again).not.toBe(model);
    expect(again?.predict('nomainit adresi', 'lv')('c')).toBeCloseTo(
      model?.predict('nomainit adresi', 'lv')('c') ?? 0,
      6,
    );

    // Opened without waiting: the cached model is attached before openFaqIndex returns.
    const quick = await openFaqIndex(db);
    expect(quick.index.attachedModel).not.toBeNull();
    expect(await quick.modelReady).toBe(quick.index.attachedModel);

    // A write drops the snapshot: the old model serves at once, then one trained for the new FAQ.
    const D: FaqEntry = { id: 'd', questions: ['Kur ir veikals?'], answer: 'Rīgā.', lang: 'lv' };
    await saveFaq(db, D);
    // (Slices of one step, so training is still under way when openFaqIndex returns.)
    const third = await openFaqIndex(db, { sliceMs: 0, train: { sliceOps: 1 } });
    expect(third.fromCache).toBe(false);
    expect(third.index.attachedModel?.ids).not.toContain('d');
    const retrained = await third.modelReady;
    expect(retrained?.ids).toContain('d');
    expect(third.index.attachedModel).toBe(retrained);
    expect(third.index.suggest('kur ir veikals', { lang: 'lv' })[0]?.faqId).toBe('d');
  });

  it('forgetting the picks drops the model that learned from them', async () => {
    await saveFaq(db, A);
    await saveFaq(db, C);
    await recordPick(db, { faqId: 'c', text: 'jauna adrese', lang: 'lv' });
    const first = await openFaqIndex(db, { model: 'wait' });
    expect(await first.modelReady).not.toBeNull();
    expect(await db.settings.get(MODEL_CACHE_KEY)).toBeDefined();
    await resetPicks(db);
    expect(await db.settings.get(MODEL_CACHE_KEY)).toBeUndefined();
    const again = await openFaqIndex(db, { model: 'wait' });
    expect(again.index.picksOf('c')).toEqual([]);
    expect(await again.modelReady).not.toBeNull();
  });

  it('falls back to BM25 alone with no model, or when the FAQ is larger than the model limit', async () => {
    await saveFaq(db, A);
    const r = await openFaqIndex(db, { model: 'none' });
    expect(await r.modelReady).toBeNull();
    expect(r.index.attachedModel).toBeNull();
    expect(r.index.suggest('kur paka', { lang: 'lv' })[0]?.faqId).toBe('a');
    await saveFaq(db, C);
    const big = await openFaqIndex(db, { model: 'wait', modelMaxEntries: 1 });
    expect(await big.modelReady).toBeNull();
    expect(big.index.attachedModel).toBeNull();
    expect(await db.settings.get(MODEL_CACHE_KEY)).toBeUndefined();
  });

  it('retrains when the cached model is damaged', async () => {
    await saveFaq(db, A);
    await saveFaq(db, C);
    await (await openFaqIndex(db, { model: 'wait' })).modelReady;
    const row = await db.settings.get(MODEL_CACHE_KEY);
    const value = row?.value as { token: string; model: { cls: Int32Array } };
    value.model.cls = new Int32Array(value.model.cls.length).fill(99);
    await db.settings.put({ key: MODEL_CACHE_KEY, value });
    const again = await openFaqIndex(db, { model: 'wait' });
    expect(again.fromCache).toBe(true);
    expect((await again.modelReady)?.ids).toEqual(expect.arrayContaining(['a', 'c']));
  });
});
