/**
 * The whole-database backup file: one JSON object
 *
 *   { "format": "replywise-backup", "version": 1, "exportedAt": ISO, "schemaVersion": n,
 *     "tables": { "brands": [], "faqs": [], "settings": [], "posts": [], "replies": [], "labels": [],
 *                 "faqPicks": [] } }
 *
 * parseBackup checks everything before anything is written, so a bad file is refused whole with a
 * reason a person can act on; a file written by a newer Replywise is refused with "update first"
 * (its extra fields could not be kept). Pure (no Dexie): the restore itself is in src/storage/backup.ts.
 */
import { checkEntry } from './entry.ts';

export const BACKUP_FORMAT = 'replywise-backup';
export const BACKUP_VERSION = 1;
export const BACKUP_TABLES = [
  'brands',
  'faqs',
  'settings',
  'posts',
  'replies',
  'labels',
  'faqPicks',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  schemaVersion: number;
  tables: Record<BackupTable, Record<string, unknown>[]>;
}

export class BackupError extends Error {
  override name = 'BackupError';
  constructor(
    message: string,
    readonly code: 'malformed' | 'not-a-backup' | 'newer-version',
  ) {
    super(message);
  }
}

type Rule = [field: string, type: 'string' | 'number' | 'array' | 'object', required: boolean];
const RULES: Record<BackupTable, Rule[]> = {
  brands: [
    ['id', 'string', true],
    ['name', 'string', true],
    ['aliases', 'array', false],
    ['handles', 'array', false],
    ['hashtags', 'array', false],
    ['require', 'array', false],
    ['exclude', 'array', false],
    ['languages', 'array', false],
  ],
  faqs: [],
  settings: [['key', 'string', true]],
  posts: [
    ['key', 'string', true],
    ['site', 'string', true],
    ['id', 'string', true],
    ['text', 'string', true],
    ['state', 'string', true],
    ['receivedAt', 'number', true],
    ['firstSeenAt', 'number', true],
    ['mentions', 'array', false],
    ['brandIds', 'array', false],
  ],
  replies: [
    ['id', 'number', false],
    ['postKey', 'string', true],
    ['text', 'string', true],
    ['at', 'number', true],
  ],
  labels: [
    ['postKey', 'string', true],
    ['text', 'string', true],
    ['label', 'string', true],
    ['at', 'number', true],
  ],
  faqPicks: [
    ['id', 'number', false],
    ['faqId', 'string', true],
    ['text', 'string', true],
    ['at', 'number', true],
  ],
};

const KEY: Record<BackupTable, string> = {
  brands: 'id',
  faqs: 'id',
  settings: 'key',
  posts: 'key',
  replies: 'id',
  labels: 'postKey',
  faqPicks: 'id',
};

function typeOf(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  if (typeof v === 'number') return Number.isFinite(v) ? 'number' : 'not-finite';
  return typeof v;
}

/** Parse and check a backup file's text. Throws BackupError (nothing has been written at this point). */
export function parseBackup(text: string): BackupFile {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new BackupError(
      `This file is not a readable backup: it is not valid JSON (${e instanceof Error ? e.message : String(e)}). Nothing was changed.`,
      'malformed',
    );
  }
  return checkBackup(data);
}

export function checkBackup(data: unknown): BackupFile {
  const o = data as Record<string, unknown> | null;
  if (typeof o !== 'object' || o === null || Array.isArray(o) || o.format !== BACKUP_FORMAT)
    throw new BackupError(
      'This file is not a Replywise backup (its "format" is not "replywise-backup"). Nothing was changed.',
      'not-a-backup',
    );
  const version = o.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    throw new BackupError('The backup has no valid "version" field. Nothing was changed.', 'malformed');
  if (version > BACKUP_VERSION)
    throw new BackupError(
      `This backup was made by a newer Replywise (backup version ${version}; this one reads up to ${BACKUP_VERSION}). Update Replywise, then restore it. Nothing was changed.`,
      'newer-version',
    );
  const tables = o.tables as Record<string, unknown> | null;
  if (typeof tables !== 'object' || tables === null || Array.isArray(tables))
    throw new BackupError('The backup has no "tables" object. Nothing was changed.', 'malformed');
  const out = {} as Record<BackupTable, Record<string, unknown>[]>;
  const fail = (where: string, why: string): never => {
    throw new BackupError(`The backup is damaged at ${where}: ${why}. Nothing was changed.`, 'malformed');
  };
  for (const t of BACKUP_TABLES) {
    const rows = tables[t] ?? [];
    if (!Array.isArray(rows)) fail(`tables.${t}`, 'expected a list');
    const seen = new Set<unknown>();
    out[t] = (rows as unknown[]).map((row, i) => {
      const where = `tables.${t}[${i}]`;
      if (typeOf(row) !== 'object') fail(where, 'expected an object');
      const r = row as Record<string, unknown>;
      if (t === 'faqs') {
        const c = checkEntry(r);
        if (!c.entry) {
          const p = c.problems[0];
          fail(`${where}${p?.field ? `.${p.field}` : ''}`, p?.reason ?? 'invalid FAQ entry');
        }
      }
      for (const [field, type, required] of RULES[t]) {
        const v = r[field];
        if (v === undefined) {
          if (required) fail(`${where}.${field}`, 'missing');
          continue;
        }
        if (typeOf(v) !== type)
          fail(`${where}.${field}`, `expected ${type === 'array' ? 'a list' : `a ${type}`}`);
      }
      const key = r[KEY[t]];
      if (key !== undefined) {
        if (seen.has(key)) fail(`${where}.${KEY[t]}`, `the key ${JSON.stringify(key)} appears twice`);
        seen.add(key);
      }
      return r;
    });
  }
  const schemaVersion = typeof o.schemaVersion === 'number' ? o.schemaVersion : 1;
  const exportedAt = typeof o.exportedAt === 'string' ? o.exportedAt : '';
  return { format: BACKUP_FORMAT, version, exportedAt, schemaVersion, tables: out };
}
