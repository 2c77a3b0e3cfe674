/**
 * The content script in Chromium on the demo feeds (routed at the real x.com / facebook.com addresses):
 * finds and marks the posts that mention the demo brand, stores them through the background, reports the
 * brand's own reply, re-checks recycled tweets, keeps the page's layout, and inserts a reply into the
 * reply box the page opens (through the MAIN-world script), verifying it stuck. Never presses send.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionHandle, fixture, launchExtension } from './harness.ts';

let ext: ExtensionHandle;
let x: Page;
let fb: Page;

async function dbPosts(): Promise<{ key: string; kind: string; brandIds: string[]; state: string }[]> {
  const page = await ext.openPopup();
  const rows = await page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('replywise');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('posts', 'readonly');
          const all = tx.objectStore('posts').getAll();
          all.onsuccess = () => resolve(all.result);
          all.onerror = () => reject(all.error);
        };
      }),
  );
  await page.close();
  return rows as { key: string; kind: string; brandIds: string[]; state: string }[];
}

const markCount = (p: Page) => p.evaluate(() => document.querySelectorAll('replywise-mark').length);

beforeAll(async () => {
  ext = await launchExtension(process.env.RW_DIST ? { extensionPath: process.env.RW_DIST } : {});
  await ext.routeFile('https://x.com/*', fixture('e2e', 'fixtures', 'demo', 'x-home.html'));
  await ext.routeFile('https://www.facebook.com/*', fixture('e2e', 'fixtures', 'demo', 'facebook-page.html'));
  const panel = await ext.openSidePanel('#seed-demo');
  await panel
    .waitForFunction(() => location.hash !== '#seed-demo', null, { timeout: 15_000 })
    .catch(() => undefined);
  await panel.close();
  x = await ext.context.newPage();
  await x.goto('https://x.com/home');
  fb = await ext.context.newPage();
  await fb.goto('https://www.facebook.com/velora');
});
afterAll(async () => {
  await ext?.close();
});

describe('content script on the demo feeds', () => {
  it('marks the X posts that mention Velora and stores them', async () => {
    await expect.poll(() => markCount(x), { timeout: 20_000 }).toBeGreaterThanOrEqual(10);
    const marked = await x.evaluate(() =>
      [...document.querySelectorAll('[data-rw-key]')].map((e) => e.getAttribute('data-rw-key')),
    );
    expect(marked).not.toContain('x:1992401000000000113'); // Estonian weather
    expect(marked).not.toContain('x:1992401000000000112'); // "Velora arena" concert
    await expect
      .poll(async () => (await dbPosts()).filter((p) => p.key.startsWith('x:')).length, { timeout: 10_000 })
      .toBe(marked.length);
    expect(await x.evaluate(() => document.documentElement.getAttribute('data-replywise'))).toBe('x');
  });

  it('marks never move the page: post positions are the same with and without them', async () => {
    const rects = () =>
      x.evaluate(() =>
        [...document.querySelectorAll('article')].map((a) => {
          const r = a.getBoundingClientRect();
          return [r.top, r.left, r.width, r.height];
        }),
      );
    const withMarks = await rects();
    const hidden = await x.evaluate(() => {
      const hosts = [...document.querySelectorAll('replywise-mark')];
      for (const h of hosts) (h as HTMLElement).style.display = 'none';
      return hosts.length;
    });
    expect(hidden).toBeGreaterThan(0);
    expect(await rects()).toEqual(withMarks);
    await x.evaluate(() => {
      for (const h of document.querySelectorAll('replywise-mark')) (h as HTMLElement).style.display = '';
    });
  });

  it('re-checks a recycled tweet element (new id in the same <article>)', async () => {
    await x.evaluate(() => {
      const article = document.querySelectorAll('article')[12] as Element; // the weather tweet: not marked
      for (const a of article.querySelectorAll('a[href*="/status/"]'))
        a.setAttribute('href', '/kadritamm/status/1992401000000000999');
      (article.querySelector('[data-testid="tweetText"]') as Element).textContent =
        'Velora, mobiilne internet ei tööta jälle!';
    });
    await expect
      .poll(() => x.evaluate(() => document.querySelectorAll('article')[12]?.getAttribute('data-rw-key')), {
        timeout: 10_000,
      })
      .toBe('x:1992401000000000999');
  });

  it('on Facebook: comments under the brand post are stored, the brand reply is seen', async () => {
    await expect.poll(() => markCount(fb), { timeout: 20_000 }).toBe(12);
    const fbPosts = (await dbPosts()).filter((p) => p.key.startsWith('facebook:'));
    expect(fbPosts.length).toBe(12);
    expect(fbPosts.find((p) => p.key === 'facebook:1190003')?.kind).toBe('complaint');
  });

  it('inserts a multi-line reply with emoji and Cyrillic into the X reply dialog, without sending', async () => {
    const worker = await ext.serviceWorker();
    const text = 'Sveiki, Jāni! 👋\nМы уже проверяем сеть.\nKM';
    let sent = false;
    await x.exposeFunction('__rwSent', () => {
      sent = true;
    });
    await x.evaluate(() =>
      document.addEventListener('click', (e) => {
        if ((e.target as Element).closest?.('[data-testid="tweetButton"]'))
          (window as unknown as { __rwSent(): void }).__rwSent();
      }),
    );
    const result = await worker.evaluate(
      async ([payload]) => {
        const c = (globalThis as unknown as { chrome: typeof chrome }).chrome;
        const [tab] = await c.tabs.query({ url: 'https://x.com/*' });
        return c.tabs.sendMessage(tab?.id as number, { type: 'page/insert-reply', payload });
      },
      [{ postId: '1992401000000000102', text }] as const,
    );
    expect(result).toMatchObject({ ok: true, data: { ok: true } });
    const inBox = await x.evaluate(
      () => (document.querySelector('[role="dialog"] [contenteditable]') as HTMLElement).innerText,
    );
    expect(inBox.replace(/\n+/g, '\n').trim()).toBe(text);
    expect(sent).toBe(false);
  });

  it('inserts into the Facebook comment reply box the page opens', async () => {
    const worker = await ext.serviceWorker();
    const text = 'Здравствуйте, Светлана! Проверим счёт сегодня 🙏';
    const result = await worker.evaluate(
      async ([payload]) => {
        const c = (globalThis as unknown as { chrome: typeof chrome }).chrome;
        const [tab] = await c.tabs.query({ url: 'https://www.facebook.com/*' });
        return c.tabs.sendMessage(tab?.id as number, { type: 'page/insert-reply', payload });
      },
      [{ postId: '1190003', text }] as const,
    );
    expect(result).toMatchObject({ ok: true, data: { ok: true } });
    const box = await fb.evaluate(
      () => document.querySelector('[aria-label^="Reply to Светлана"]')?.textContent,
    );
    expect(box).toBe(text);
  });

  it('says so and copies to the clipboard when the post is not on the page', async () => {
    const worker = await ext.serviceWorker();
    const result = (await worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: typeof chrome }).chrome;
      const [tab] = await c.tabs.query({ url: 'https://www.facebook.com/*' });
      return c.tabs.sendMessage(tab?.id as number, {
        type: 'page/insert-reply',
        payload: { postId: '999', text: 'x' },
      });
    })) as { ok: boolean; data: { ok: boolean; method: string; message: string } };
    expect(result.data.ok).toBe(false);
    expect(['clipboard', 'none']).toContain(result.data.method);
    expect(result.data.message).toMatch(/not on the page/);
  });
});
