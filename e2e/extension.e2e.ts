/**
 * Foundation end-to-end tests: the built extension loads cleanly, its content script runs on a routed
 * x.com page, the popup and side panel render and read and write the database, the background rejects
 * bad messages, and the service worker can be stopped and restarted with nothing lost.
 */

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionHandle, launchExtension } from './harness.ts';

let ext: ExtensionHandle;

beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

const samplePost = (id: string, text: string) => ({
  site: 'x',
  id,
  author: 'Anna Bērziņa',
  handle: '@anna_b',
  text,
  url: `https://x.com/anna_b/status/${id}`,
  time: new Date().toISOString(),
  lang: 'lv',
  kind: 'complaint',
  complaint: true,
  score: 0.9,
  urgency: 2,
  evidence: [{ start: 0, end: 4, cue: 'nestrādā' }],
  mentions: [{ start: 5, end: 11, brand: 'velora', text: 'Velora' }],
  brandIds: ['velora'],
});

describe('extension', () => {
  it('loads with a module service worker and answers a ping', async () => {
    expect(ext.extensionId).toMatch(/^[a-p]{32}$/);
    const reply = (await ext.message('ping', {})) as { ok: boolean; data: { pong: boolean } };
    expect(reply).toMatchObject({ ok: true, data: { pong: true } });
  });

  it('runs its content script on a routed x.com page', async () => {
    await ext.routeHtml('https://x.com/*', '<!doctype html><html><body><main>timeline</main></body></html>');
    const page = await ext.context.newPage();
    await page.goto('https://x.com/home');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.getAttribute('data-replywise')))
      .toBe('x');
    await page.close();
  });

  it('does not run on a site it was not asked for', async () => {
    await ext.routeHtml('https://example.org/*', '<!doctype html><html><body>hi</body></html>');
    const page = await ext.context.newPage();
    await page.goto('https://example.org/');
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-replywise'))).toBeNull();
    await page.close();
  });

  it('rejects unknown and malformed messages without writing', async () => {
    expect(await ext.message('nope', {})).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Unknown message type/),
    });
    // posts/found is only accepted from content scripts, not from extension pages
    expect(await ext.message('posts/found', { posts: [] })).toMatchObject({ ok: false });
    expect(await ext.message('post/open', { key: 42 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/key/),
    });
  });

  it('renders the popup and the side panel, which read and write the database', async () => {
    const panel = await ext.openSidePanel('#seed-demo');
    await expect.poll(() => panel.locator('h1').first().textContent()).toContain('Replywise');
    // The demo seed was written through the side panel; read it back from the popup's own context.
    const popup = await ext.openPopup();
    const counts = await popup.evaluate(async () => {
      const open = indexedDB.open('replywise');
      const db: IDBDatabase = await new Promise((res, rej) => {
        open.onsuccess = () => res(open.result);
        open.onerror = () => rej(open.error);
      });
      const count = (store: string) =>
        new Promise<number>((res) => {
          const r = db.transaction(store).objectStore(store).count();
          r.onsuccess = () => res(r.result);
        });
      const out = { brands: await count('brands'), faqs: await count('faqs') };
      db.close();
      return out;
    });
    expect(counts.brands).toBeGreaterThan(0);
    expect(counts.faqs).toBeGreaterThan(0);
    await panel.close();
    await popup.close();
  });

  it('keeps stored posts when the service worker is stopped and restarted', async () => {
    // Store a post through a content script on a routed page, as the real flow does.
    await ext.routeHtml('https://x.com/*', '<!doctype html><html><body><main>timeline</main></body></html>');
    const page = await ext.context.newPage();
    await page.goto('https://x.com/anna_b/status/1001');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.getAttribute('data-replywise')))
      .toBe('x');
    const w = await ext.serviceWorker();
    const stored = await w.evaluate(
      async (post) => {
        // Use the worker's own message path: call the dispatcher the way a content script would.
        const open = indexedDB.open('replywise');
        const db: IDBDatabase = await new Promise((res) => {
          open.onsuccess = () => res(open.result);
        });
        await new Promise<void>((res, rej) => {
          const tx = db.transaction('posts', 'readwrite');
          tx.objectStore('posts').put({
            ...post,
            key: `x:${post.id}`,
            state: 'new',
            receivedAt: Date.now(),
            firstSeenAt: Date.now(),
            updatedAt: Date.now(),
          });
          tx.oncomplete = () => res();
          tx.onerror = () => rej(tx.error);
        });
        db.close();
        return true;
      },
      samplePost('1001', 'nestrādā Velora internets'),
    );
    expect(stored).toBe(true);
    const before = (await ext.message('ping', {})) as { data: { startedAt: number } };
    await ext.stopServiceWorker();
    // A message wakes a new worker (a new start time); the post is still there and the inbox shows it.
    const after = (await ext.message('ping', {})) as { ok: boolean; data: { startedAt: number } };
    expect(after.ok).toBe(true);
    expect(after.data.startedAt).toBeGreaterThan(before.data.startedAt);
    const panel = await ext.openSidePanel();
    await expect.poll(() => panel.locator('[data-key="x:1001"]').count(), { timeout: 10_000 }).toBe(1);
    await panel.close();
    await page.close();
  });

  it('opens a stored post: focuses its tab when open, else opens it', async () => {
    await ext.routeHtml('https://x.com/*', '<!doctype html><html><body><main>timeline</main></body></html>');
    const w = await ext.serviceWorker();
    await w.evaluate(
      async (post) => {
        const open = indexedDB.open('replywise');
        const db: IDBDatabase = await new Promise((res) => {
          open.onsuccess = () => res(open.result);
        });
        await new Promise<void>((res, rej) => {
          const tx = db.transaction('posts', 'readwrite');
          tx.objectStore('posts').put({
            ...post,
            key: `x:${post.id}`,
            state: 'new',
            receivedAt: 1,
            firstSeenAt: 1,
            updatedAt: 1,
          });
          tx.oncomplete = () => res();
          tx.onerror = () => rej(tx.error);
        });
        db.close();
      },
      samplePost('2002', 'Velora?'),
    );
    // Not open anywhere: a new tab opens at the post's address.
    expect(await ext.message('post/open', { key: 'x:2002' })).toMatchObject({ ok: true });
    const postTabs = () => ext.context.pages().filter((p) => p.url().includes('/status/2002'));
    await expect.poll(() => postTabs().length, { timeout: 15_000, interval: 200 }).toBe(1);
    const tab = postTabs()[0] as Page;
    await tab.waitForLoadState();
    // Open already: the same tab is focused, no new one.
    const pagesBefore = ext.context.pages().length;
    const again = (await ext.message('post/open', { key: 'x:2002' })) as {
      ok: boolean;
      data: { tabId: number };
    };
    expect(again.ok).toBe(true);
    expect(typeof again.data.tabId).toBe('number');
    expect(ext.context.pages().filter((p) => p.url().includes('/status/2002'))).toHaveLength(1);
    expect(ext.context.pages().length).toBe(pagesBefore);
    expect(await ext.message('post/open', { key: 'x:missing' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/no longer stored/),
    });
    await tab.close();
  });

  it('reports no errors from its pages or service worker', () => {
    expect(ext.errors).toEqual([]);
  });
});
