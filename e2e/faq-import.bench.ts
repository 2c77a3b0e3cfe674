/**
 * FAQ import bench (area "faq", Chromium): 10,000 entries as a semicolon CSV (multilingual synthetic
 * corpus of src/core/faq/faq.bench.ts) chosen in the FAQ manager of the built extension: file read,
 * parse and preview with per-row checks, then the confirmed import (one IndexedDB transaction, merge
 * mode) into a new, empty database (each round deletes it). Target ≤ 2 s from choosing the file to all
 * rows stored. Baselines in the same run: the same 10,000 rows written by a bare IndexedDB put loop in one
 * transaction into a new database with the same store and indexes (the storage floor), with no
 * durability hint, with 'relaxed' (as the extension asks) and with 'strict'.
 *
 * Two figures: the extension's own time (from the FAQ manager's performance marks: file read, parse and
 * checks, preview render, import transaction) and the whole run as the test drives it. Measured: the
 * test driver's transfer of the 3.6 MB file into the page (setInputFiles over the DevTools protocol)
 * took 2.5 s of a 6.3 s run under load, time a person choosing a local file does not spend.
 * Needs the built extension in dist/ (`npx vite build`).
 */
import type { Page } from 'playwright-core';
import { type BenchRow, type BenchSuite, stats } from '../src/bench/harness.ts';
import { serializeFaqCsv } from '../src/core/faq/csv.ts';
import { makeCorpus } from '../src/core/faq/faq.bench.ts';
import { launchExtension } from './harness.ts';

const N = 10_000;
const RUNS = 3;
const FLOOR_MODES = ['default', 'relaxed', 'strict'] as const;

async function countFaqs(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const open = indexedDB.open('replywise');
    const db: IDBDatabase = await new Promise((res, rej) => {
      open.onsuccess = () => res(open.result);
      open.onerror = () => rej(open.error);
    });
    const n = await new Promise<number>((res, rej) => {
      const r = db.transaction('faqs').objectStore('faqs').count();
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    db.close();
    return n;
  });
}

/**
 * A new, empty Replywise database, as a first import finds it: the database is deleted (every open
 * connection closes on "versionchange": src/storage/db.ts) and the side panel reloaded, which creates it
 * again. Rewriting the same store round after round instead makes every later write slower (measured:
 * 10,000 bare puts 2.5–4.1 s into a new database, 3.0–6.1 s into a store cleared and refilled a few
 * times, same machine, same hour).
 */
async function freshDatabase(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((res, rej) => {
        const d = indexedDB.deleteDatabase('replywise');
        d.onsuccess = () => res();
        d.onerror = () => rej(d.error);
      }),
  );
  await page.reload();
  await page.waitForSelector('[data-testid=faq-manager]');
}

const suite: BenchSuite = {
  area: 'faq',
  browser: true,
  async run(): Promise<BenchRow[]> {
    const { entries } = makeCorpus(N, 1);
    const csv = Buffer.from(serializeFaqCsv(entries, { delimiter: ';', bom: true }));
    const ext = await launchExtension();
    try {
      const page = await ext.openSidePanel('#/faq');
      await page.waitForSelector('[data-testid=faq-manager]');
      const importMs: number[] = [];
      const previewMs: number[] = [];
      const floorMs: Record<(typeof FLOOR_MODES)[number], number[]> = {
        default: [],
        relaxed: [],
        strict: [],
      };
      const readMs: number[] = [];
      const parseMs: number[] = [];
      const writeMs: number[] = [];
      const renderMs: number[] = [];
      const uploadMs: number[] = [];
      for (let r = 0; r < RUNS + 1; r++) {
        await freshDatabase(page);
        const t0 = performance.now();
        const w0 = Date.now();
        await page.setInputFiles('[data-testid=faq-file]', {
          name: 'faq.csv',
          mimeType: 'text/csv',
          buffer: csv,
        });
        const preview = page.locator('[data-testid=import-preview]');
        await preview.waitFor({ timeout: 120_000 });
        const t1 = performance.now();
        await page.locator('[data-action=confirm-import]').click();
        await preview.waitFor({ state: 'detached', timeout: 120_000 });
        const t2 = performance.now();
        // In-page marks set by the FAQ manager: file read, parse + checks, the write transaction.
        const [origin, file, read, parsed, shown, confirm, done] = await page.evaluate(() => {
          const t = ['file', 'read', 'parsed', 'shown', 'confirm', 'stored'].map(
            (n) =>
              performance.getEntriesByName(`replywise:faq-import:${n}`, 'mark').pop()?.startTime ??
              Number.NaN,
          );
          performance.clearMarks();
          return [performance.timeOrigin, ...t];
        });
        const marks = {
          read: (read as number) - (file as number),
          parse: (parsed as number) - (read as number),
          render: (shown as number) - (parsed as number),
          write: (done as number) - (confirm as number),
          // Wall clock: from the driver's setInputFiles call to the page receiving the file.
          upload: (origin as number) + (file as number) - w0,
        };
        const stored = await countFaqs(page);
        if (stored !== N) throw new Error(`import stored ${stored} of ${N} entries`);
        // Storage floors: the stored rows read back, then written by a bare put loop in one transaction
        // into a new database with the same `faqs` store and indexes (as the import found its database),
        // timed inside the page (no transfer through the test driver). Three durability hints: none
        // (Chromium's default; relaxed since Chrome 121), an explicit 'relaxed' (what the extension asks
        // for), and 'strict' (a flush before "complete"), in an order rotated from round to round.
        const floor = await page.evaluate(
          async (modes) => {
            const open = indexedDB.open('replywise');
            const db: IDBDatabase = await new Promise((res, rej) => {
              open.onsuccess = () => res(open.result);
              open.onerror = () => rej(open.error);
            });
            const store = db.transaction('faqs').objectStore('faqs');
            const keyPath = store.keyPath;
            const indexes = [...store.indexNames].map((n) => {
              const i = store.index(n);
              return { name: n, keyPath: i.keyPath, unique: i.unique, multiEntry: i.multiEntry };
            });
            const rows: unknown[] = await new Promise((res, rej) => {
              const q = store.getAll();
              q.onsuccess = () => res(q.result);
              q.onerror = () => rej(q.error);
            });
            db.close();
            const out: Record<string, number> = {};
            for (const mode of modes) {
              // (No helper functions in this callback: the bench runner's transform would name them with
              // a helper the page does not have.)
              await new Promise<void>((res, rej) => {
                const d = indexedDB.deleteDatabase('replywise-floor');
                d.onsuccess = () => res();
                d.onerror = () => rej(d.error);
              });
              const fdb: IDBDatabase = await new Promise((res, rej) => {
                const o = indexedDB.open('replywise-floor', 1);
                o.onupgradeneeded = () => {
                  const os = o.result.createObjectStore('faqs', { keyPath });
                  for (const i of indexes)
                    os.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
                };
                o.onsuccess = () => res(o.result);
                o.onerror = () => rej(o.error);
              });
              const t = performance.now();
              const tx =
                mode === 'default'
                  ? fdb.transaction('faqs', 'readwrite')
                  : fdb.transaction('faqs', 'readwrite', { durability: mode as IDBTransactionDurability });
              const os = tx.objectStore('faqs');
              for (const row of rows) os.put(row);
              await new Promise<void>((res, rej) => {
                tx.oncomplete = () => res();
                tx.onabort = () => rej(tx.error);
              });
              out[mode] = performance.now() - t;
              fdb.close();
            }
            await new Promise<void>((res) => {
              const d = indexedDB.deleteDatabase('replywise-floor');
              d.onsuccess = () => res();
              d.onerror = () => res();
            });
            return out;
          },
          [...FLOOR_MODES.slice(r % 3), ...FLOOR_MODES.slice(0, r % 3)],
        );
        if (r === 0) continue; // warm-up
        importMs.push(t2 - t0);
        readMs.push(marks.read);
        parseMs.push(marks.parse);
        renderMs.push(marks.render);
        uploadMs.push(marks.upload);
        writeMs.push(marks.write);
        previewMs.push(t1 - t0);
        for (const m of FLOOR_MODES) floorMs[m].push(floor[m] ?? Number.NaN);
      }
      const imp = stats(importMs).median;
      const med = (xs: number[]) => stats(xs).median;
      const span = (xs: number[]) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)} ms`;
      // The extension asks for 'relaxed' durability (src/storage/db.ts): its fair floor is the same hint.
      const floor = {
        name: "bare IndexedDB put of the same rows, one transaction, durability 'relaxed'",
        median: med(floorMs.relaxed),
      };
      const floors = `bare put floors: no hint (Chromium's default) ${med(floorMs.default).toFixed(0)} ms (${span(floorMs.default)}), 'relaxed' ${med(floorMs.relaxed).toFixed(0)} ms (${span(floorMs.relaxed)}), 'strict' ${med(floorMs.strict).toFixed(0)} ms (${span(floorMs.strict)})`;
      // The extension's own work per run: what a person waits for, without the test driver's transfer of
      // the 3.6 MB file into the page and its click on "Import" (a person's file choice is a local read).
      const own = importMs.map(
        (_, i) =>
          (readMs[i] as number) + (parseMs[i] as number) + (renderMs[i] as number) + (writeMs[i] as number),
      );
      const ownMs = med(own);
      return [
        {
          name: `import ${N} entries from CSV in Chromium, the extension's own time: file read + parse and checks + preview + import transaction`,
          median: ownMs,
          unit: 'ms',
          baseline: floor,
          target: '≤ 2 s',
          ok: ownMs <= 2000,
          note: `runs ${span(own)}; file read ${med(readMs).toFixed(0)} ms, parse + checks ${med(parseMs).toFixed(0)} ms, preview render ${med(renderMs).toFixed(0)} ms, import transaction ${med(writeMs).toFixed(0)} ms`,
        },
        {
          name: `the import transaction alone (importFaqs, ${N} new entries, merge mode)`,
          median: med(writeMs),
          unit: 'ms',
          baseline: floor,
          note: `runs ${span(writeMs)}; ${floors}`,
        },
        {
          name: `import ${N} entries from CSV in Chromium, as driven by the test: choose file → preview → click → all stored`,
          median: imp,
          unit: 'ms',
          baseline: floor,
          target: '≤ 2 s',
          ok: imp <= 2000,
          note: `of which the test driver's upload of the file into the page ${med(uploadMs).toFixed(0)} ms; choose file → preview shown ${med(previewMs).toFixed(0)} ms`,
        },
      ];
    } finally {
      await ext.close();
    }
  },
};

export default suite;
