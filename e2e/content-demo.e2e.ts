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

async function dbRows<T>(store: 'posts' | 'replies'): Promise<T[]> {
  const page = await ext.openPopup();
  const rows = await page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('replywise');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction(name, 'readonly').objectStore(name).getAll();
          all.onsuccess = () => resolve(all.result);
          all.onerror = () => reject(all.error);
        };
      }),
    store,
  );
  await page.close();
  return rows as T[];
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

  it("records the brand's reply seen on the page, and reopens the post when the customer writes again", async () => {
    type Row = { key: string; state: string; answeredAt?: number; followUpAt?: number; parentId?: string };
    const post = async () => (await dbRows<Row>('posts')).find((p) => p.key === 'facebook:1190003');
    await expect.poll(async () => (await post())?.state, { timeout: 10_000 }).toBe('answered');
    const replies = await dbRows<{ postKey: string; method: string; siteReplyId?: string; text: string }>(
      'replies',
    );
    expect(replies.filter((r) => r.siteReplyId === '1190004')).toEqual([
      expect.objectContaining({
        postKey: 'facebook:1190003',
        method: 'seen',
        text: expect.stringContaining('KM'),
      }),
    ]);
    // Svetlana answers the brand under her comment a minute ago, without naming the brand.
    await fb.evaluate(
      (utime) => {
        const li = document.createElement('li');
        li.innerHTML = `<div aria-label="Reply by Светлана Иванова 1m ago" role="article" tabindex="-1" class="x-comment x-reply">
        <div class="x-cbody"><div class="x-bubble"><span class="x-cname"><a href="https://www.facebook.com/svetlana.ivanova.riga?comment_id=1190099" role="link" tabindex="0"><span dir="auto">Светлана Иванова</span></a></span>
        <div dir="auto"><div dir="auto" style="text-align: start;"></div></div></div>
        <ul class="x-cactions"><li><a href="https://www.facebook.com/velora/posts/pfbid02Velora7NovDemo1aB3cD5eF7gH9?comment_id=1190003&amp;reply_comment_id=1190099" role="link" tabindex="0" class="x-ctime"><abbr data-utime="${utime}">1m</abbr></a></li></ul></div></div>`;
        (li.querySelector('div[style]') as Element).textContent = 'Всё ещё не решено, деньги не вернули!';
        (document.querySelector('.x-replies ul') as Element).append(li);
      },
      Math.floor(Date.now() / 1000) - 60,
    );
    await expect.poll(async () => (await post())?.state, { timeout: 15_000 }).not.toBe('answered');
    const reopened = (await post()) as Row;
    expect(reopened.followUpAt).toBeGreaterThan(reopened.answeredAt ?? 0);
    const followUp = (await dbRows<Row>('posts')).find((p) => p.key === 'facebook:1190099');
    expect(followUp?.parentId).toBe('1190003');
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
