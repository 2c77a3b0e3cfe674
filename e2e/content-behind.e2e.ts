/**
 * The content script falling behind, in Chromium: the CPU is throttled (CDP Emulation.setCPUThrottlingRate)
 * and the page's own script keeps the main thread busy between bursts, so idle slices come late while an
 * X-shaped virtualised list adds 1,000 tweets that all mention the brand (bursts of 50) and keeps only the
 * last 200 cells. Every one of the 1,000 must be stored once: none missed (cells removed before a slice
 * reached them are read from the removed nodes), none counted twice.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionHandle, launchExtension } from './harness.ts';

const POSTS = 1000;
const BURST = 50;
const KEEP = 200;

function timeline(): string {
  return `<!DOCTYPE html><html lang="lv"><head><meta charset="utf-8"><title>Home / X</title></head>
<body><main role="main"><div aria-label="Timeline: Your Home Timeline"><div id="list"></div></div></main>
<script>
let n = 0;
function tweet(i) {
  const cell = document.createElement('div'); cell.setAttribute('data-testid', 'cellInnerDiv');
  const a = document.createElement('article'); a.setAttribute('data-testid', 'tweet'); a.setAttribute('role', 'article'); a.tabIndex = -1;
  const user = 'klients' + (i % 89), id = String(1994000000000000000n + BigInt(i));
  const un = document.createElement('div'); un.setAttribute('data-testid', 'User-Name');
  const l1 = document.createElement('a'); l1.href = '/' + user; const s1 = document.createElement('span'); s1.textContent = 'Klients ' + i; l1.append(s1);
  const l2 = document.createElement('a'); l2.href = '/' + user; const s2 = document.createElement('span'); s2.textContent = '@' + user; l2.append(s2);
  const l3 = document.createElement('a'); l3.href = '/' + user + '/status/' + id; const t = document.createElement('time');
  t.dateTime = new Date(Date.now() - 600000 + i).toISOString(); t.textContent = '10m'; l3.append(t);
  un.append(l1, l2, l3);
  const tx = document.createElement('div'); tx.setAttribute('data-testid', 'tweetText'); tx.setAttribute('dir', 'auto');
  tx.textContent = 'Velora internets atkal nestrādā, ' + i + '. diena';
  a.append(un, tx); cell.append(a); return cell;
}
function busy(ms) { const end = performance.now() + ms; while (performance.now() < end); }
function burst() {
  const list = document.getElementById('list'); const f = document.createDocumentFragment();
  for (let k = 0; k < ${BURST}; k++) f.append(tweet(n++));
  list.append(f);
  while (list.children.length > ${KEEP}) list.firstElementChild.remove();
}
// The page is busy: each burst is followed by 40 ms of its own work, the next burst 10 ms later, so the
// browser rarely finds an idle moment and the content script's slices fall several bursts behind.
window.startTimeline = () => new Promise((resolve) => {
  const step = () => { if (n >= ${POSTS}) { resolve(n); return; } burst(); busy(40); setTimeout(step, 10); };
  step();
});
</script></body></html>`;
}

let ext: ExtensionHandle;
let page: Page;

async function storedKeys(): Promise<string[]> {
  const popup = await ext.openPopup();
  const keys = await popup.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('replywise');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('posts', 'readonly').objectStore('posts').getAllKeys();
          all.onsuccess = () => resolve(all.result as string[]);
          all.onerror = () => reject(all.error);
        };
      }),
  );
  await popup.close();
  return keys.filter((k) => k.startsWith('x:19940000'));
}

beforeAll(async () => {
  ext = await launchExtension(process.env.RW_DIST ? { extensionPath: process.env.RW_DIST } : {});
  await ext.routeHtml('https://x.com/*', timeline());
  const panel = await ext.openSidePanel('#seed-demo');
  await panel
    .waitForFunction(() => location.hash !== '#seed-demo', null, { timeout: 15_000 })
    .catch(() => undefined);
  await panel.close();
}, 60_000);
afterAll(async () => {
  await ext?.close();
});

describe('content script under load', () => {
  it('misses none of 1,000 mentioning posts and counts none twice when it falls behind', async () => {
    page = await ext.context.newPage();
    const cdp = await ext.context.newCDPSession(page);
    const isolated: number[] = [];
    cdp.on(
      'Runtime.executionContextCreated',
      (e: { context: { id: number; auxData?: { type?: string } } }) => {
        if (e.context.auxData?.type === 'isolated') isolated.push(e.context.id);
      },
    );
    await cdp.send('Runtime.enable');
    await page.goto('https://x.com/home', { waitUntil: 'load' });
    const stats = async (): Promise<{ found: number; detached: number; dropped: number } | null> => {
      for (const id of isolated) {
        const r = (await cdp
          .send('Runtime.evaluate', {
            expression: 'JSON.stringify(globalThis.__replywiseStats ?? null)',
            contextId: id,
            returnByValue: true,
          })
          .catch(() => null)) as { result?: { value?: string } } | null;
        const v = r?.result?.value ? JSON.parse(r.result.value) : null;
        if (v) return v;
      }
      return null;
    };
    await expect.poll(stats, { timeout: 15_000 }).not.toBeNull();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    try {
      await page.evaluate(() => (window as unknown as { startTimeline(): Promise<number> }).startTimeline());
    } finally {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
    expect(await page.evaluate(() => document.querySelectorAll('article').length)).toBe(KEEP);
    await expect.poll(async () => (await stats())?.found, { timeout: 60_000, interval: 500 }).toBe(POSTS);
    const s = await stats();
    // It did fall behind: posts were read from cells the page had already removed.
    expect(s?.detached).toBeGreaterThan(0);
    expect(s?.dropped).toBe(0);
    const keys = await storedKeys();
    expect(keys).toHaveLength(POSTS);
    expect(new Set(keys).size).toBe(POSTS);
    // Nothing more arrives later (no second copy in flight).
    await page.waitForTimeout(1500);
    expect((await stats())?.found).toBe(POSTS);
    await page.close();
  }, 180_000);
});
