import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_VERSION, BackupError } from '../core/faq/backup-format.ts';
import type { StoredPost } from '../shared/types.ts';
import { exportBackup, restoreBackup } from './backup.ts';
import { createDb, type ReplywiseDb } from './db.ts';
import { INDEX_CACHE_KEY, openFaqIndex, saveFaq } from './faqs.ts';
import { setSetting } from './settings.ts';

let db: ReplywiseDb;
let n = 0;
beforeEach(async () => {
  db = createDb(`backup-test-${Date.now()}-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const POST: StoredPost = {
  key: 'x:1',
  site: 'x',
  id: '1',
  author: 'Anna Bērziņa',
  handle: '@anna',
  text: 'Velora roaming nestrādā 😡 "again"\nline two',
  url: 'https://x.com/anna/status/1',
  time: null,
  lang: 'lv',
  kind: 'complaint',
  complaint: true,
  score: 0.9,
  urgency: 2,
  evidence: [{ start: 7, end: 14, cue: 'roaming' }],
  mentions: [{ brand: 'velora', start: 0, end: 6, text: 'Velora' }],
  brandIds: ['velora'],
  state: 'answered',
  receivedAt: 1_000_000,
  firstSeenAt: 1_000_000,
  updatedAt: 1_000_500,
};

async function seed(target: ReplywiseDb) {
  await target.brands.put({ id: 'velora', name: 'Velora', aliases: ['Veloru'], languages: ['lv', 'ru'] });
  await saveFaq(
    target,
    {
      id: 'roaming',
      questions: ['Роуминг?', 'Kāpēc roaming nestrādā?'],
      answer: 'Sveiki, {{author}}!',
      lang: 'lv',
    },
    5,
  );
  await setSetting(target, 'agent', { name: 'Kristīne', initials: 'KM' });
  await setSetting(target, 'policy', {
    timezone: 'Europe/Riga',
    week: { mon: [['09:00', '18:00']] },
    targets: { x: 30, default: 60 },
  });
  await setSetting(target, 'voice:velora', { voice: 'friendly', address: 'informal', signature: 'KM' });
  await target.posts.put(POST);
  await target.replies.add({
    postKey: 'x:1',
    text: 'Sveiki, Anna!',
    faqId: 'roaming',
    method: 'insert',
    at: 2_000_000,
    platform: 'x',
  });
  await target.labels.put({ postKey: 'x:1', text: POST.text, lang: 'lv', label: 'complaint', at: 3 });
  await target.faqPicks.add({ faqId: 'roaming', text: 'roaming nestrada', lang: 'lv', at: 4 });
}

async function dump(target: ReplywiseDb) {
  const out: Record<string, unknown[]> = {};
  for (const t of ['brands', 'faqs', 'settings', 'posts', 'replies', 'labels', 'faqPicks'])
    out[t] = await target.table(t).toArray();
  return out;
}

describe('backup and restore', () => {
  it('round-trips the whole database through one JSON file', async () => {
    await seed(db);
    // Writes cache entries (index snapshot, ranking model), which must not be exported.
    await openFaqIndex(db, { model: 'wait' });
    const text = await exportBackup(db, new Date('2026-11-23T10:00:00Z'));
    const file = JSON.parse(text);
    expect(file).toMatchObject({
      format: 'replywise-backup',
      version: BACKUP_VERSION,
      exportedAt: '2026-11-23T10:00:00.000Z',
    });
    expect(file.tables.settings.some((s: { key: string }) => s.key === INDEX_CACHE_KEY)).toBe(false);
    expect(file.tables.settings.some((s: { key: string }) => s.key.startsWith('cache:'))).toBe(false);

    const other = createDb(`backup-target-${Date.now()}-${n++}`);
    await other.open();
    await other.brands.put({ id: 'old', name: 'Old brand' });
    const r = await restoreBackup(other, text);
    expect(r.counts).toEqual({
      brands: 1,
      faqs: 1,
      settings: 3,
      posts: 1,
      replies: 1,
      labels: 1,
      faqPicks: 1,
    });
    const before = await dump(db);
    before.settings = (before.settings as { key: string }[]).filter((s) => !s.key.startsWith('cache:'));
    expect(await dump(other)).toEqual(before);
    other.close();
    await other.delete();
  });

  it('refuses a file from a newer version with a clear error, changing nothing', async () => {
    await seed(db);
    const before = await dump(db);
    const newer = JSON.stringify({ format: 'replywise-backup', version: BACKUP_VERSION + 1, tables: {} });
    const err = await restoreBackup(db, newer).catch((e) => e);
    expect(err).toBeInstanceOf(BackupError);
    expect(err.code).toBe('newer-version');
    expect(err.message).toMatch(/newer Replywise.*Update Replywise/);
    expect(await dump(db)).toEqual(before);
  });

  it('refuses malformed files, naming the problem, changing nothing', async () => {
    await seed(db);
    const before = await dump(db);
    const good = JSON.parse(await exportBackup(db));
    const cases: [unknown, RegExp][] = [
      ['{not json', /not valid JSON/],
      [JSON.stringify({ faqs: [] }), /not a Replywise backup/],
      [JSON.stringify({ ...good, version: 'one' }), /version/],
      [JSON.stringify({ ...good, tables: { ...good.tables, posts: {} } }), /tables\.posts: expected a list/],
      [
        JSON.stringify({
          ...good,
          tables: { ...good.tables, faqs: [{ id: 'x', questions: [], answer: 'a' }] },
        }),
        /tables\.faqs\[0\]\.questions/,
      ],
      [
        JSON.stringify({
          ...good,
          tables: { ...good.tables, replies: [{ postKey: 'x', text: 't', at: 'yesterday' }] },
        }),
        /tables\.replies\[0\]\.at: expected a number/,
      ],
      [
        JSON.stringify({
          ...good,
          tables: {
            ...good.tables,
            brands: [
              { id: 'a', name: 'A' },
              { id: 'a', name: 'B' },
            ],
          },
        }),
        /appears twice/,
      ],
    ];
    for (const [file, re] of cases) {
      const err = await restoreBackup(db, file).catch((e) => e);
      expect(err, String(re)).toBeInstanceOf(BackupError);
      expect(err.message).toMatch(re);
      expect(err.message).toMatch(/Nothing was changed/);
    }
    expect(await dump(db)).toEqual(before);
  });

  it('leaves the database as it was when the write fails half-way', async () => {
    await seed(db);
    const before = await dump(db);
    const file = await exportBackup(db);
    // The replies table (restored after brands, faqs, settings and posts were cleared) fails.
    const orig = db.table.bind(db);
    db.table = ((name: string) => {
      const t = orig(name);
      if (name !== 'replies') return t;
      return Object.assign(Object.create(t), {
        bulkAdd: async () => {
          throw new Error('disk full');
        },
      });
    }) as typeof db.table;
    await expect(restoreBackup(db, file)).rejects.toThrow(/disk full/);
    db.table = orig;
    expect(await dump(db)).toEqual(before);
  });
});
