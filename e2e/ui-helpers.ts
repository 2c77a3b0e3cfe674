/**
 * Helpers for the UI end-to-end tests and the UI bench: invented posts and FAQ entries written straight
 * into the extension's IndexedDB from one of its pages (the same origin as the app).
 */
import type { Page } from 'playwright-core';
import type { FaqEntry, StoredPost } from '../src/shared/types.ts';

const AUTHORS = [
  'Anna Bērziņa',
  'Jonas Petraitis',
  'Mari Tamm',
  'Ivan Petrov',
  'Marko Marković',
  'Ana Horvat',
  'Liam Carter',
];
const TEXTS = [
  'Velora mobile internet is not working again since morning, nothing loads!',
  'Velora nestrādā internets jau otro dienu, kad salabosiet?',
  'Kiek kainuoja tarptinklinis ryšys ES su Velora?',
  'Velora, miks mobiilne internet ei tööta?',
  'Почему Velora списала деньги дважды за этот месяц?',
  'Velora ne radi mobilni internet, nema signala cijeli dan',
  'Thanks Velora, the new plan is great',
];

/** `n` invented posts on several platforms, with mentions, evidence, clocks in the past and future. */
export function makePosts(n: number, now = Date.now()): StoredPost[] {
  const sites = ['x', 'facebook', 'instagram', 'reddit', 'youtube', 'linkedin', 'draugiem', 'vk'] as const;
  const out: StoredPost[] = [];
  for (let i = 0; i < n; i++) {
    const text = TEXTS[i % TEXTS.length] as string;
    const site = sites[i % sites.length] as StoredPost['site'];
    const complaint = i % TEXTS.length !== 6 && i % 3 !== 2;
    const receivedAt = now - (i % 240) * 60_000 - 5 * 60_000;
    const dueAt = receivedAt + (site === 'x' ? 30 : 60) * 60_000;
    const ev = text.search(/not working|nestrādā|ei tööta|дважды|ne radi/);
    out.push({
      key: `${site}:${1_000_000 + i}`,
      site,
      id: String(1_000_000 + i),
      author: AUTHORS[i % AUTHORS.length] as string,
      handle: `@user${i}`,
      text,
      url: `https://x.com/user${i}/status/${1_000_000 + i}`,
      time: new Date(receivedAt).toISOString(),
      lang: ['en', 'lv', 'lt', 'et', 'ru', 'hr', 'en'][i % TEXTS.length] as string,
      kind: complaint ? 'complaint' : i % TEXTS.length === 6 ? 'praise' : 'question',
      complaint,
      score: complaint ? 0.85 : 0.1,
      urgency: (i % 4) as 0 | 1 | 2 | 3,
      evidence: ev >= 0 ? [{ start: ev, end: ev + 8, cue: 'not working' }] : [],
      mentions: [
        { start: text.indexOf('Velora'), end: text.indexOf('Velora') + 6, brand: 'velora', text: 'Velora' },
      ],
      brandIds: ['velora'],
      state: 'new',
      receivedAt,
      firstSeenAt: receivedAt,
      updatedAt: receivedAt,
      dueAt,
      warnAt: dueAt - 10 * 60_000,
    });
  }
  return out;
}

/** `n` invented FAQ entries ("topic N"), for volume. */
export function makeFaqs(n: number): FaqEntry[] {
  const out: FaqEntry[] = [];
  for (let i = 0; i < n; i++)
    out.push({
      id: `bulk-${i}`,
      questions: [`Question number ${i} about topic ${i % 97} and service ${i % 13}`],
      answer: `Hi {{author}}, this is answer ${i} about topic ${i % 97}. {{agent}}`,
      tags: [`topic-${i % 97}`],
      lang: 'en',
      usageCount: i % 7,
    });
  return out;
}

/** Put rows into one object store of the extension's database (page must be an extension page). */
export async function putRows(page: Page, store: string, rows: unknown[]): Promise<void> {
  await page.evaluate(
    async ([s, r]) => {
      const open = indexedDB.open('replywise');
      const db: IDBDatabase = await new Promise((res, rej) => {
        open.onsuccess = () => res(open.result);
        open.onerror = () => rej(open.error);
      });
      await new Promise<void>((res, rej) => {
        const tx = db.transaction(s, 'readwrite');
        const os = tx.objectStore(s);
        for (const row of r) os.put(row);
        tx.oncomplete = () => res();
        tx.onerror = () => rej(tx.error);
      });
      db.close();
    },
    [store, rows] as const,
  );
}

/** Read all rows of a store. */
export async function getRows<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(async (s) => {
    const open = indexedDB.open('replywise');
    const db: IDBDatabase = await new Promise((res, rej) => {
      open.onsuccess = () => res(open.result);
      open.onerror = () => rej(open.error);
    });
    const rows = await new Promise<unknown[]>((res, rej) => {
      const req = db.transaction(s).objectStore(s).getAll();
      req.onsuccess = () => res(req.result);
      req.onerror = () => rej(req.error);
    });
    db.close();
    return rows;
  }, store) as Promise<T[]>;
}
