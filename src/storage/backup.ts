/**
 * Backup of the whole database (brands, FAQ, settings incl. policy and voice, posts, replies, labels,
 * FAQ picks) to one JSON file, and its restore.
 *
 * The file format and its checks are in src/core/faq/backup-format.ts. Restore checks the whole file
 * first, then replaces every table in ONE transaction: a failure half-way leaves the database exactly
 * as it was. Caches (settings keys starting with "cache:") are neither exported nor kept.
 */
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  type BackupFile,
  checkBackup,
  parseBackup,
} from '../core/faq/backup-format.ts';
import { type ReplywiseDb, writeTx } from './db.ts';
import { CURRENT_VERSION } from './schema.ts';

const isCache = (key: unknown) => typeof key === 'string' && key.startsWith('cache:');

/** Everything in the database as a backup object (consistent: read in one transaction). */
export async function createBackup(db: ReplywiseDb, now = new Date()): Promise<BackupFile> {
  const tables = {} as BackupFile['tables'];
  await db.transaction('r', [...BACKUP_TABLES], async () => {
    for (const t of BACKUP_TABLES) {
      const rows = (await db.table(t).toArray()) as Record<string, unknown>[];
      tables[t] = t === 'settings' ? rows.filter((r) => !isCache(r.key)) : rows;
    }
  });
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    schemaVersion: CURRENT_VERSION,
    tables,
  };
}

/** The backup file's text. */
export async function exportBackup(db: ReplywiseDb, now = new Date()): Promise<string> {
  return `${JSON.stringify(await createBackup(db, now))}\n`;
}

export interface RestoreResult {
  counts: Record<string, number>;
}

/**
 * Replace the database's contents with a backup (text or parsed object). Throws BackupError for a
 * malformed file or one from a newer version, StorageError if the write fails; in every case nothing
 * was changed.
 */
export async function restoreBackup(db: ReplywiseDb, file: string | unknown): Promise<RestoreResult> {
  const backup = typeof file === 'string' ? parseBackup(file) : checkBackup(file);
  const counts: Record<string, number> = {};
  await writeTx(db, [...BACKUP_TABLES], async () => {
    for (const t of BACKUP_TABLES) {
      const table = db.table(t);
      await table.clear();
      const rows = t === 'settings' ? backup.tables[t].filter((r) => !isCache(r.key)) : backup.tables[t];
      await table.bulkAdd(rows);
      counts[t] = rows.length;
    }
  });
  return { counts };
}
