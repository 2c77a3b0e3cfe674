/**
 * The demo as a newcomer sees it (`npm run demo`): seeded data, both demo feeds marked, the inbox filled,
 * and a reply inserted from the side panel's path (background `reply/insert`) into the X feed the post was
 * found in — not the post's own page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshenTimes, startDemo } from './demo.ts';
import { type ExtensionHandle, launchExtension } from './harness.ts';

let ext: ExtensionHandle;
let feeds: Page[];
let panel: Page;

beforeAll(async () => {
  ext = await launchExtension(process.env.RW_DIST ? { extensionPath: process.env.RW_DIST } : {});
  ({ feeds, panel } = await startDemo(ext));
});
afterAll(async () => {
  await ext?.close();
});

describe('the demo', () => {
  it('moves the fixture times next to the present, keeping their order (X and Facebook markup)', () => {
    const now = Date.UTC(2026, 11, 1, 12);
    const t7 = Date.UTC(2026, 10, 23, 7);
    const html = `<time datetime="2026-11-23T07:00:00.000Z"></time><time datetime="2026-11-23T10:00:00.000Z"></time><abbr data-utime="${t7 / 1000}" title="2026-11-23T07:00:00.000Z">`;
    const out = freshenTimes(html, now);
    const iso = [...out.matchAll(/(?:datetime|title)="([^"]+)"/g)].map((m) => Date.parse(m[1] ?? ''));
    const older = now - 4 * 60_000 - (3 * 3_600_000) / 6;
    expect(iso).toEqual([older, now - 4 * 60_000, older]);
    expect(out).toContain(`data-utime="${older / 1000}"`);
  });

  it('marks posts on both demo feeds and lists them in the inbox', async () => {
    for (const f of feeds)
      await expect
        .poll(() => f.evaluate(() => document.querySelectorAll('[data-rw-key]').length), { timeout: 20_000 })
        .toBeGreaterThan(5);
    // Stored through the background…
    const keys = async () =>
      panel.evaluate(
        () =>
          new Promise<string[]>((resolve, reject) => {
            const open = indexedDB.open('replywise');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const req = open.result.transaction('posts').objectStore('posts').getAllKeys();
              req.onsuccess = () => resolve(req.result as string[]);
              open.result.close();
            };
          }),
      );
    await expect
      .poll(async () => (await keys()).filter((k) => k.startsWith('x:')).length, { timeout: 15_000 })
      .toBeGreaterThan(8);
    await expect
      .poll(async () => (await keys()).filter((k) => k.startsWith('facebook:')).length)
      .toBeGreaterThan(4);
    // …and shown in the inbox (a virtualised list: only the visible rows exist).
    await panel.goto(ext.url('src/ui/sidepanel.html#/inbox'));
    await expect.poll(() => panel.locator('[data-key]').count(), { timeout: 15_000 }).toBeGreaterThan(3);
  });

  it('inserts a reply from the side panel into the X feed the post was found in', async () => {
    const x = feeds[0] as Page;
    const key = await x.evaluate(() =>
      document.querySelector('[data-rw-key^="x:"]')?.getAttribute('data-rw-key'),
    );
    expect(key).toBeTruthy();
    const text = 'Sveiki! Jau pārbaudām, atbildēsim līdz 14:30. KM';
    const reply = (await ext.message('reply/insert', { key, text })) as {
      ok: boolean;
      data: { ok: boolean };
    };
    expect(reply).toMatchObject({ ok: true, data: { ok: true } });
    const inBox = await x.evaluate(
      () =>
        (document.querySelector('[role="dialog"] [contenteditable]') as HTMLElement | null)?.innerText ?? '',
    );
    expect(inBox.trim()).toBe(text);
  });
});
