/**
 * Upgrade-test harness (used by *.test.ts next to each new schema version):
 *
 *   const { before, after } = await upgradeFrom(1, async (db) => { await db.table('faqs').add(...) });
 *   expect(await after.table('faqs').count()).toBe(1);
 *
 * Opens a fresh database at version `from` (only the schema versions up to it), lets `seed` fill it,
 * closes it, reopens it with every version (running the upgrades), and returns a snapshot of every
 * table before and after so a test can compare them.
 */
import { createDb, type ReplywiseDb } from './db.ts';

export type Snapshot = Record<string, unknown[]>;

async function snapshot(db: ReplywiseDb): Promise<Snapshot> {
  const out: Snapshot = {};
  for (const t of db.tables) out[t.name] = await t.toArray();
  return out;
}

let counter = 0;

export async function upgradeFrom(
  from: number,
  seed: (db: ReplywiseDb) => Promise<void>,
): Promise<{ before: Snapshot; after: Snapshot; db: ReplywiseDb }> {
  const name = `replywise-upgrade-test-${Date.now()}-${counter++}`;
  const old = createDb(name, from);
  await old.open();
  await seed(old);
  const before = await snapshot(old);
  old.close();
  const db = createDb(name);
  await db.open();
  const after = await snapshot(db);
  return { before, after, db };
}
