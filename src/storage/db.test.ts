import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDb, explainStorageError, openDb, StorageError, writeTx } from './db.ts';
import { CURRENT_VERSION, VERSIONS } from './schema.ts';
import { upgradeFrom } from './upgrade-harness.ts';

let n = 0;
const fresh = () => createDb(`replywise-test-${Date.now()}-${n++}`);

describe('database', () => {
  it('opens at the current version with every table', async () => {
    const db = fresh();
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['brands', 'faqPicks', 'faqs', 'labels', 'posts', 'replies', 'settings'].sort(),
    );
    db.close();
  });

  it("asks IndexedDB for 'relaxed' durability in write transactions (writeTx and Dexie's own)", async () => {
    const db = fresh();
    await db.open();
    const seen: string[] = [];
    await writeTx(db, ['brands'], async () => {
      seen.push((Dexie.currentTransaction as unknown as { idbtrans: IDBTransaction }).idbtrans.durability);
      await db.brands.put({ id: 'a', name: 'Alpha' });
    });
    await db.transaction('rw', db.settings, async (tx) => {
      seen.push((tx as unknown as { idbtrans: IDBTransaction }).idbtrans.durability);
    });
    expect(seen).toEqual(['relaxed', 'relaxed']);
    expect(await db.brands.get('a')).toEqual({ id: 'a', name: 'Alpha' });
    db.close();
  });

  it('versions are numbered in order', () => {
    expect(VERSIONS.map((v) => v.version)).toEqual(VERSIONS.map((_, i) => i + 1));
  });

  it('writes a batch in one transaction, and a failure in it writes nothing', async () => {
    const db = fresh();
    await db.open();
    await writeTx(db, ['brands'], async () => {
      await db.brands.bulkAdd([
        { id: 'a', name: 'Alpha' },
        { id: 'b', name: 'Beta' },
      ]);
    });
    expect(await db.brands.count()).toBe(2);
    await expect(
      writeTx(db, ['brands'], async () => {
        await db.brands.add({ id: 'c', name: 'Gamma' });
        await db.brands.add({ id: 'a', name: 'duplicate' });
      }),
    ).rejects.toBeInstanceOf(StorageError);
    expect((await db.brands.toArray()).map((b) => b.id)).toEqual(['a', 'b']);
    db.close();
  });

  it('explains a database from a newer version, and keeps its data', async () => {
    const name = `replywise-newer-${Date.now()}`;
    const newer = new Dexie(name);
    newer.version(CURRENT_VERSION + 5).stores({ brands: 'id' });
    await newer.open();
    await newer.table('brands').add({ id: 'keep', name: 'Keep me' });
    newer.close();
    const err = await openDb(name).then(
      () => null,
      (e: unknown) => e as StorageError,
    );
    expect(err?.code).toBe('version');
    expect(err?.message).toMatch(/newer version/);
    const again = new Dexie(name);
    await again.open();
    expect(await again.table('brands').get('keep')).toEqual({ id: 'keep', name: 'Keep me' });
    again.close();
  });

  it('explains quota and closed-database errors for a person', () => {
    expect(explainStorageError({ name: 'QuotaExceededError' }).code).toBe('quota');
    expect(explainStorageError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } }).code).toBe(
      'quota',
    );
    expect(explainStorageError({ name: 'DatabaseClosedError' }).code).toBe('closed');
    expect(explainStorageError(new Error('weird')).message).toContain('weird');
  });

  it('a write to a closed database is reported, not swallowed', async () => {
    const db = fresh();
    await db.open();
    db.close();
    await expect(
      writeTx(db, ['brands'], async () => {
        await db.brands.add({ id: 'x', name: 'X' });
      }),
    ).rejects.toMatchObject({ code: 'closed' });
  });

  it('the upgrade harness reopens a seeded database and keeps its rows', async () => {
    const { before, after, db } = await upgradeFrom(1, async (old) => {
      await old.table('faqs').add({ id: 'f1', questions: ['Q?'], answer: 'A.' });
      await old.table('settings').add({ key: 'agent', value: { name: 'Kristīne', initials: 'KM' } });
    });
    expect(after.faqs).toEqual(before.faqs);
    expect(after.settings).toEqual(before.settings);
    db.close();
  });
});
