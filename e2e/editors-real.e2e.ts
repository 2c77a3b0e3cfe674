/**
 * Reply insertion into REAL editors: pages built from the editor libraries themselves (Draft.js with
 * React 17, Lexical, Quill 2, a plain contenteditable, a controlled textarea), each shaped like the site
 * that uses it and served at that site's real address, so the real content script and MAIN-world script
 * run. Each test asks the content script to insert (as the background does for "Insert") and then reads
 * the EDITOR'S OWN STATE: the text (several lines, emoji, Cyrillic) and a caret at the end.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageHtml } from './editors/build.ts';
import { type ExtensionHandle, launchExtension } from './harness.ts';

const REPLY = 'Sveiki, Jāni! 👋\nМы уже проверяем сеть.\nKM';

interface Case {
  name: string;
  url: string;
  page: string;
  postId: string;
  body: string;
  css?: string;
  /** Strategies acceptable for this editor (the first that sticks wins). */
  methods: string[];
}

const CASES: Case[] = [
  {
    name: 'Draft.js (X reply box)',
    url: 'https://x.com/velora_fan/status/1990000000000000001',
    page: 'draft',
    postId: '1990000000000000001',
    methods: ['paste', 'beforeinput'],
    body: `<main role="main"><div aria-label="Timeline: Conversation">
      <div data-testid="cellInnerDiv"><article data-testid="tweet" role="article" tabindex="-1">
        <div data-testid="User-Name"><a href="/velora_fan" role="link"><span>Velora Fan</span></a><a href="/velora_fan" role="link" tabindex="-1"><span>@velora_fan</span></a>
        <a href="/velora_fan/status/1990000000000000001" role="link"><time datetime="2026-11-23T08:00:00.000Z">8:00</time></a></div>
        <div data-testid="tweetText" lang="lv">Velora, kāpēc nav zonas?</div>
        <div role="group"><button data-testid="reply" aria-label="Reply">Reply</button></div></article></div>
      <div data-testid="cellInnerDiv"><div id="composer"></div></div></div></main>`,
  },
  {
    name: 'Lexical (Facebook comment box)',
    url: 'https://www.facebook.com/velora/posts/pfbid0RealLexical1',
    page: 'lexical',
    postId: '7700001',
    methods: ['beforeinput', 'paste'],
    body: `<div role="main"><div role="feed"><div aria-posinset="1" aria-labelledby="h" role="article">
      <h2 id="h"><strong><a href="https://www.facebook.com/velora" role="link">Velora</a></strong></h2>
      <a href="https://www.facebook.com/velora/posts/pfbid0RealLexical1" role="link">2h</a>
      <div data-ad-preview="message"><div dir="auto">Ask us anything.</div></div>
      <ul><li><div aria-label="Comment by Jānis 1 hour ago" role="article" tabindex="-1">
        <a href="https://www.facebook.com/janis.o?comment_id=x" role="link"><span dir="auto">Jānis</span></a>
        <div dir="auto" style="text-align: start;">Velorai nestrādā internets</div>
        <a href="https://www.facebook.com/velora/posts/pfbid0RealLexical1?comment_id=7700001" role="link">1h</a>
        <div><div id="composer" contenteditable="true" role="textbox" aria-label="Reply to Jānis"></div></div>
      </div></li></ul></div></div></div>`,
  },
  {
    name: 'Quill 2 (LinkedIn comment box)',
    url: 'https://www.linkedin.com/feed/update/urn:li:activity:7260000000000000009/',
    page: 'quill',
    postId: '7260000000000000009',
    methods: ['paste'],
    body: `<main><div class="feed-shared-update-v2" data-urn="urn:li:activity:7260000000000000009" role="article">
      <a class="update-components-actor__meta-link" href="https://www.linkedin.com/in/janis-o/"><span class="update-components-actor__title"><span aria-hidden="true">Jānis O.</span></span></a>
      <div class="update-components-text">Velora B2B support is slow.</div>
      <div class="comments-comment-box__form"><div id="composer"></div></div></div></main>`,
  },
  {
    name: 'plain contenteditable (YouTube reply box)',
    url: 'https://www.youtube.com/watch?v=abcDEF12345',
    page: 'contenteditable',
    postId: 'UgzRealEditor0001',
    methods: ['execCommand'],
    body: `<ytd-comment-thread-renderer><ytd-comment-view-model>
      <a id="author-text" href="/@janis"><span>@janis</span></a>
      <span id="published-time-text"><a href="/watch?v=abcDEF12345&amp;lc=UgzRealEditor0001">1 hour ago</a></span>
      <yt-attributed-string id="content-text">Velora 5G?</yt-attributed-string>
      <div id="reply-dialog"><div id="contenteditable-root" contenteditable="true" aria-label="Add a reply..."></div></div>
    </ytd-comment-view-model></ytd-comment-thread-renderer>`,
  },
  {
    name: 'textarea (old reddit)',
    url: 'https://old.reddit.com/r/latvia/comments/9yy/velora/',
    page: 'textarea',
    postId: 't1_real1',
    methods: ['value'],
    body: `<div class="thing comment" data-fullname="t1_real1" data-author="janis" data-permalink="/r/latvia/comments/9yy/velora/real1/">
      <a class="author" href="https://old.reddit.com/user/janis">janis</a>
      <div class="usertext-body"><div class="md"><p>Velora roaming?</p></div></div>
      <textarea name="text"></textarea></div>`,
  },
];

let ext: ExtensionHandle;

beforeAll(async () => {
  ext = await launchExtension(process.env.RW_DIST ? { extensionPath: process.env.RW_DIST } : {});
  const panel = await ext.openSidePanel('#seed-demo');
  await panel
    .waitForFunction(() => location.hash !== '#seed-demo', null, { timeout: 15_000 })
    .catch(() => undefined);
  await panel.close();
});
afterAll(async () => {
  await ext?.close();
});

type InsertReply = { ok: boolean; data: { ok: boolean; method: string; message?: string }; error?: string };

async function insert(page: Page, postId: string, text: string): Promise<InsertReply> {
  const worker = await ext.serviceWorker();
  const url = page.url();
  try {
    return await send(worker, url, postId, text);
  } catch (e) {
    // "Receiving end does not exist": the content script has not registered its listener yet.
    return { ok: false, data: { ok: false, method: 'none' }, error: String(e) };
  }
}

async function send(
  worker: Awaited<ReturnType<ExtensionHandle['serviceWorker']>>,
  url: string,
  postId: string,
  text: string,
) {
  return (await worker.evaluate(
    async ([u, payload]) => {
      const c = (globalThis as unknown as { chrome: typeof chrome }).chrome;
      const tabs = await c.tabs.query({});
      const tab = tabs.find((t) => t.url === u);
      return c.tabs.sendMessage(tab?.id as number, { type: 'page/insert-reply', payload });
    },
    [url, { postId, text }] as const,
  )) as InsertReply;
}

describe('reply insertion into real editors', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      await ext.routeHtml(c.url, await pageHtml(c.body, c.page, c.css));
      const page = await ext.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(c.url);
      await page.waitForFunction(() => (window as unknown as { __editor?: unknown }).__editor !== undefined);
      // The content script is up once it answered hello and started watching (main-world flag too).
      await expect
        .poll(() => page.evaluate(() => document.documentElement.dataset.replywiseMain), { timeout: 10_000 })
        .toBe('1');
      let result = await insert(page, c.postId, REPLY);
      for (let i = 0; i < 20 && !result.ok; i++) {
        await page.waitForTimeout(250); // the watcher may still be loading its chunks
        result = await insert(page, c.postId, REPLY);
      }
      expect(result.ok, JSON.stringify(result)).toBe(true);
      expect(result.data, JSON.stringify(result.data)).toMatchObject({ ok: true });
      expect(c.methods).toContain(result.data.method);
      process.stdout.write(`[editors] ${c.name}: inserted by ${result.data.method}\n`);
      const state = await page.evaluate(() => {
        const e = (window as unknown as { __editor: { text(): string; caretAtEnd(): boolean } }).__editor;
        return { text: e.text(), caret: e.caretAtEnd() };
      });
      expect(state.text).toBe(REPLY);
      expect(state.caret).toBe(true);
      // Still there a moment later (no revert), and nothing was sent.
      await page.waitForTimeout(500);
      expect(
        await page.evaluate(() => (window as unknown as { __editor: { text(): string } }).__editor.text()),
      ).toBe(REPLY);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
