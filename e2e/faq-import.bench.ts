/**
 * FAQ import bench (area "faq", Chromium): 10,000 entries as a semicolon CSV (multilingual synthetic
 * corpus of src/core/faq/faq.bench.ts) chosen in the FAQ manager of the built extension: file read,
 * parse and preview with per-row checks, then the confirmed import (one IndexedDB transaction, merge
 * mode). Target ≤ 2 s from choosing the file to all rows stored. Baseline in the same run: the same
 * 10,000 rows written by a bare IndexedDB put loop in one transaction (the storage floor).
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

async function clearFaqs(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const open = indexedDB.open('replywise');
    const db: IDBDatabase = await new Promise((res, rej) => {
      open.onsuccess = () => res(open.result);
      open.onerror = () => rej(open.error);
    });
    await new Promise<void>((res, rej) => {
      const tx = db.transaction(['faqs', 'settings'], 'readwrite');
      tx.objectStore('faqs').clear();
      tx.objectStore('settings').delete('cache:faq-index');
      tx.oncomplete = () => res();
      tx.onerror = () => rej(tx.error);
    });
    db.close();
  });
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
      const floorMs: number[] = [];
      const readMs: number[] = [];
      const parseMs: number[] = [];
      const writeMs: number[] = [];
      const renderMs: number[] = [];
      const uploadMs: number[] = [];
      for (let r = 0; r < RUNS + 1; r++) {
        await clearFaqs(page);
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
        // Storage floor: the stored rows read back, then written again by a bare put loop in one
        // transaction, timed inside the page (no transfer through the test driver).
        const floor = await page.evaluate(async () => {
          const open = indexedDB.open('replywise');
          const db: IDBDatabase = await new Promise((res, rej) => {
            open.onsuccess = () => res(open.result);
            open.onerror = () => rej(open.error);
          });
          const rows: unknown[] = await new Promise((res, rej) => {
            const q = db.transaction('faqs').objectStore('faqs').getAll();
            q.onsuccess = () => res(q.result);
            q.onerror = () => rej(q.error);
          });
          const t = performance.now();
          await new Promise<void>((res, rej) => {
            const tx = db.transaction('faqs', 'readwrite');
            const os = tx.objectStore('faqs');
            os.clear();
            for (const row of rows) os.put(row);
            tx.oncomplete = () => res();
            tx.onerror = () => rej(tx.error);
          });
          const ms = performance.now() - t;
          db.close();
          return ms;
        });
        if (r === 0) continue; // warm-up
        importMs.push(t2 - t0);
        readMs.push(marks.read);
        parseMs.push(marks.parse);
        renderMs.push(marks.render);
        uploadMs.push(marks.upload);
        writeMs.push(marks.write);
        previewMs.push(t1 - t0);
        floorMs.push(floor);
      }
      const imp = stats(importMs).median;
      const floor = {
        name: 'bare IndexedDB put of the same rows, one transaction',
        median: stats(floorMs).median,
      };
      // The extension's own work per run: what a person waits for, without the test driver's transfer of
      // the 3.6 MB file into the page and its click on "Import" (a person's file choice is a local read).
      const own = importMs.map(
        (_, i) =>
          (readMs[i] as number) + (parseMs[i] as number) + (renderMs[i] as number) + (writeMs[i] as number),
      );
      const ownMs = stats(own).median;
      return [
        {
          name: `import ${N} entries from CSV in Chromium, the extension's own time: file read + parse and checks + preview + import transaction`,
          median: ownMs,
          unit: 'ms',
          baseline: floor,
          target: '≤ 2 s',
          ok: ownMs <= 2000,
          note: `file read ${stats(readMs).median.toFixed(0)} ms, parse + checks ${stats(parseMs).median.toFixed(0)} ms, preview render ${stats(renderMs).median.toFixed(0)} ms, import transaction ${stats(writeMs).median.toFixed(0)} ms`,
        },
        {
          name: `import ${N} entries from CSV in Chromium, as driven by the test: choose file → preview → click → all stored`,
          median: imp,
          unit: 'ms',
          baseline: floor,
          target: '≤ 2 s',
          ok: imp <= 2000,
          note: `of which the test driver's upload of the file into the page ${stats(uploadMs).median.toFixed(0)} ms; choose file → preview shown ${stats(previewMs).median.toFixed(0)} ms`,
        },
      ];
    } finally {
      await ext.close();
    }
  },
};

export default suite;
