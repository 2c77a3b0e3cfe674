/**
 * The one Dexie database. Lives only in the extension's own origin (background, popup, side panel):
 * content scripts reach it through messages, because their IndexedDB belongs to the page.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Brand, FaqEntry, ReplyRecord, Setting, StoredPost } from '../shared/types.ts';
import { CURRENT_VERSION, VERSIONS } from './schema.ts';

export interface LabelRecord {
  postKey: string;
  text: string;
  lang: string;
  label: 'complaint' | 'not-complaint';
  at: number;
}

export interface FaqPick {
  id?: number;
  faqId: string;
  text: string;
  lang: string;
  at: number;
}

export type ReplywiseDb = Dexie & {
  brands: EntityTable<Brand, 'id'>;
  faqs: EntityTable<FaqEntry, 'id'>;
  posts: EntityTable<StoredPost, 'key'>;
  replies: EntityTable<ReplyRecord, 'id'>;
  settings: EntityTable<Setting, 'key'>;
  labels: EntityTable<LabelRecord, 'postKey'>;
  faqPicks: EntityTable<FaqPick, 'id'>;
};

export const DB_NAME = 'replywise';

/**
 * Dexie options of every Replywise database.
 * - `chromeTransactionDurability: 'relaxed'`: Dexie passes it as the IndexedDB transaction durability hint.
 *   "complete" fires once the data is handed to the OS rather than after a flush to disk. Chromium has
 *   used relaxed as its default since Chrome 121; stating it keeps the behaviour where the default
 *   differs (older Chromium: strict). Nothing here needs strict: a write lost to a power cut at most
 *   loses that write, never corrupts the database.
 * - `cache`: Dexie 4's live-query cache stays 'cloned' (its default). It does no work per written row in
 *   our explicit transactions (writeTx): Dexie applies optimistic updates only outside them.
 */
export const DEXIE_OPTIONS = { chromeTransactionDurability: 'relaxed', cache: 'cloned' } as const;

/** Build a database object with the first `upTo` schema versions (all by default). Not opened yet. */
export function createDb(name = DB_NAME, upTo = Number.POSITIVE_INFINITY): ReplywiseDb {
  const db = new Dexie(name, DEXIE_OPTIONS) as ReplywiseDb;
  for (const v of VERSIONS) {
    if (v.version > upTo) break;
    const ver = db.version(v.version).stores(v.stores);
    if (v.upgrade) ver.upgrade(v.upgrade);
  }
  return db;
}

/** A storage failure explained for a person, with what to do about it. */
export class StorageError extends Error {
  override name = 'StorageError';
  constructor(
    message: string,
    readonly code: 'blocked' | 'version' | 'quota' | 'closed' | 'unknown',
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

/** Turn Dexie/IndexedDB errors into StorageErrors with a clear message. */
export function explainStorageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  const name = (e as { name?: string } | null)?.name ?? '';
  const inner = (e as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  const any = `${name} ${inner}`;
  if (/QuotaExceeded/.test(any))
    return new StorageError(
      'The browser has no room left for Replywise data. Free disk space or delete old posts, then try again. Nothing already stored was lost.',
      'quota',
      e,
    );
  if (/VersionError/.test(any))
    return new StorageError(
      'The Replywise database was created by a newer version of the extension. Update Replywise; your data is untouched.',
      'version',
      e,
    );
  if (/Blocked/.test(any))
    return new StorageError(
      'Another Replywise window holds an older copy of the database open. Close other Replywise tabs and reopen this one.',
      'blocked',
      e,
    );
  if (/DatabaseClosed|InvalidState/.test(any))
    return new StorageError('The Replywise database was closed. Reopen the panel to continue.', 'closed', e);
  return new StorageError(`Could not save: ${e instanceof Error ? e.message : String(e)}`, 'unknown', e);
}

/**
 * Open a database and check it is not from a newer Replywise (Dexie 4 would open a newer database at its
 * own version; we refuse rather than write into a schema we do not know). Rejects with a StorageError.
 */
export async function openDb(name = DB_NAME): Promise<ReplywiseDb> {
  // Dexie stores version N as native version N*10. Look before opening: Dexie 4 would otherwise open a
  // newer database by bumping its native version, which the newer Replywise could then no longer open.
  const existing = (await indexedDB.databases?.().catch(() => []))?.find((d) => d.name === name);
  if (existing?.version && existing.version > CURRENT_VERSION * 10)
    throw explainStorageError({ name: 'VersionError' });
  const db = createDb(name);
  try {
    await db.open();
  } catch (e) {
    throw explainStorageError(e);
  }
  return db;
}

let shared: ReplywiseDb | null = null;

/** The extension's database, opened once per context. Rejects with a StorageError on failure. */
export async function getDb(): Promise<ReplywiseDb> {
  if (shared?.isOpen()) return shared;
  const db = await openDb();
  // Another context asking for a newer version: close ours so it can upgrade, then reopen later.
  db.on('versionchange', () => {
    db.close();
    shared = null;
    return false;
  });
  shared = db;
  return db;
}

/** Run `fn` in one read-write transaction over the named tables; failures become StorageErrors. */
export async function writeTx<T>(
  db: ReplywiseDb,
  tables: (keyof ReplywiseDb & string)[],
  fn: () => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction('rw', tables, fn);
  } catch (e) {
    throw explainStorageError(e);
  }
}
