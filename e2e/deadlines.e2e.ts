/**
 * Deadlines end to end, in Chromium with the built extension:
 * - a due notification fires from the `alarms` alarm after the service worker was stopped (the worker that
 *   shows it is a new one, started by the alarm), and it is not shown a second time;
 * - after a browser restart (same profile) the toolbar badge is recomputed from the database.
 * Time is real: the policy is open around the clock with a 1-minute target, and posts are placed so their
 * due moment is seconds away. (Unpacked extensions may set alarms under Chrome's 30-second minimum.)
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { type ExtensionHandle, launchExtension } from './harness.ts';

const ALWAYS_OPEN: [string, string][] = [['00:00', '24:00']];
const policy = {
  timezone: 'UTC',
  week: {
    mon: ALWAYS_OPEN,
    tue: ALWAYS_OPEN,
    wed: ALWAYS_OPEN,
    thu: ALWAYS_OPEN,
    fri: ALWAYS_OPEN,
    sat: ALWAYS_OPEN,
    sun: ALWAYS_OPEN,
  },
  targets: { default: 1 },
  warnBefore: 0,
};

function storedPost(id: string, receivedAt: number, urgency = 1) {
  return {
    site: 'x',
    id,
    key: `x:${id}`,
    author: 'Anna Bērziņa',
    handle: '@anna_b',
    text: 'Internets atkal nestrādā, jau trešo dienu!',
    url: `https://x.com/anna_b/status/${id}`,
    time: new Date(receivedAt).toISOString(),
    lang: 'lv',
    kind: 'complaint',
    complaint: true,
    score: 0.9,
    urgency,
    evidence: [],
    mentions: [],
    brandIds: [],
    state: 'new',
    receivedAt,
    firstSeenAt: receivedAt,
    updatedAt: receivedAt,
  };
}

/** Write rows straight into the extension's IndexedDB from one of its pages (the database must exist). */
async function put(page: Page, store: string, rows: unknown[]): Promise<void> {
  await page.evaluate(
    async ([s, r]) => {
      const open = indexedDB.open('replywise');
      const db: IDBDatabase = await new Promise((res, rej) => {
        open.onsuccess = () => res(open.result);
        open.onerror = () => rej(open.error);
      });
      await new Promise<void>((res, rej) => {
        const tx = db.transaction(s as string, 'readwrite');
        for (const row of r as unknown[]) tx.objectStore(s as string).put(row);
        tx.oncomplete = () => res();
        tx.onerror = () => rej(tx.error);
      });
      db.close();
    },
    [store, rows] as const,
  );
}

type Chrome = {
  chrome: {
    notifications: { getAll(): Promise<Record<string, boolean>> };
    action: {
      getBadgeText(d: object): Promise<string>;
      getBadgeBackgroundColor(d: object): Promise<number[]>;
    };
    alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]> };
  };
};

const notifications = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as Chrome).chrome.notifications.getAll());
const badge = (page: Page) =>
  page.evaluate(async () => {
    const c = (globalThis as unknown as Chrome).chrome.action;
    return { text: await c.getBadgeText({}), color: await c.getBadgeBackgroundColor({}) };
  });

const handles: ExtensionHandle[] = [];
afterAll(async () => {
  for (const h of handles) await h.close().catch(() => undefined);
});

describe('deadlines end to end', () => {
  it('a due notification fires after the service worker was stopped, once', async () => {
    const ext = await launchExtension();
    handles.push(ext);
    // The background opens (and so creates) the database.
    expect(await ext.message('deadlines/refresh', {})).toMatchObject({ ok: true });
    const page = await ext.openPopup();
    await put(page, 'settings', [{ key: 'policy', value: policy }]);
    // Due one minute after arrival: 25 s from now.
    const receivedAt = Date.now() - 35_000;
    const dueAt = receivedAt + 60_000;
    await put(page, 'posts', [storedPost('2001', receivedAt)]);
    expect(await ext.message('deadlines/refresh', {})).toMatchObject({ ok: true });
    const alarms = await page.evaluate(() => (globalThis as unknown as Chrome).chrome.alarms.getAll());
    expect(alarms).toEqual([expect.objectContaining({ name: 'replywise-deadlines', scheduledTime: dueAt })]);
    expect(await notifications(page)).toEqual({});
    await page.close();

    // Watch the worker's running status over CDP, from a blank page (nothing of the extension).
    const blank = await ext.context.newPage();
    const cdp = await ext.context.newCDPSession(blank);
    const base = `chrome-extension://${ext.extensionId}/`;
    const statuses: { status: string; at: number }[] = [];
    cdp.on(
      'ServiceWorker.workerVersionUpdated',
      (e: { versions: { scriptURL: string; runningStatus: string }[] }) => {
        for (const v of e.versions)
          if (v.scriptURL.startsWith(base)) statuses.push({ status: v.runningStatus, at: Date.now() });
      },
    );
    await cdp.send('ServiceWorker.enable');
    // Stop the worker and touch nothing of the extension: only the alarm can start it again.
    await ext.stopServiceWorker();
    const stoppedAt = Date.now();
    await expect
      .poll(() => statuses.some((s) => s.at >= stoppedAt - 5000 && s.status === 'stopped'), {
        timeout: 10_000,
      })
      .toBe(true);
    await expect
      .poll(
        () => statuses.find((s) => s.at > stoppedAt && (s.status === 'starting' || s.status === 'running')),
        {
          timeout: 60_000,
          interval: 250,
        },
      )
      .toBeTruthy();
    const woke = statuses.find(
      (s) => s.at > stoppedAt && (s.status === 'starting' || s.status === 'running'),
    );
    expect(woke?.at).toBeGreaterThanOrEqual(dueAt - 1000);
    await cdp.detach();
    await blank.close();
    const worker = await ext.serviceWorker();
    const inWorker = () =>
      worker.evaluate(() => (globalThis as unknown as Chrome).chrome.notifications.getAll());
    await expect
      .poll(inWorker, { timeout: 15_000, interval: 500 })
      .toEqual({ [`rw-deadline:${dueAt}:x:2001`]: true });
    expect(
      await worker.evaluate(async () => {
        const c = (globalThis as unknown as Chrome).chrome.action;
        return { text: await c.getBadgeText({}), color: await c.getBadgeBackgroundColor({}) };
      }),
    ).toEqual({ text: '1', color: [197, 34, 31, 255] });

    // Shown once: clear it, stop the worker, wake it and recompute; nothing comes back.
    await worker.evaluate(async () => {
      const n = (
        globalThis as unknown as {
          chrome: { notifications: { getAll(): Promise<object>; clear(id: string): Promise<boolean> } };
        }
      ).chrome.notifications;
      for (const id of Object.keys(await n.getAll())) await n.clear(id);
    });
    await ext.stopServiceWorker();
    expect(await ext.message('deadlines/refresh', {})).toMatchObject({ ok: true, data: { armed: 1 } });
    const watcher = await ext.openPopup();
    await watcher.waitForTimeout(1000);
    expect(await notifications(watcher)).toEqual({});
    expect(ext.errors).toEqual([]);
    await ext.close();
  }, 120_000);

  it('the badge is right after a browser restart', async () => {
    const first = await launchExtension();
    handles.push(first);
    expect(await first.message('deadlines/refresh', {})).toMatchObject({ ok: true });
    const page = await first.openPopup();
    await put(page, 'settings', [
      { key: 'policy', value: { ...policy, targets: { default: 10 }, warnBefore: 0.5 } },
    ]);
    const now = Date.now();
    await put(page, 'posts', [
      storedPost('3001', now - 20 * 60_000), // overdue
      storedPost('3002', now - 7 * 60_000), // due soon (warning after 5 of 10 minutes)
      storedPost('3003', now - 60_000), // new
      { ...storedPost('3004', now - 60 * 60_000), state: 'answered', answeredAt: now - 55 * 60_000 },
    ]);
    expect(await first.message('deadlines/refresh', {})).toMatchObject({ ok: true });
    expect(await badge(page)).toEqual({ text: '2', color: [197, 34, 31, 255] });
    await page.close();
    const profile = first.userDataDir;
    await first.close({ keepProfile: true });

    // A new browser on the same profile starts with no badge; only the worker's start-up can set it.
    // Nothing of the extension is opened: the badge is read inside the worker.
    const second = await launchExtension({ userDataDir: profile });
    handles.push(second);
    const worker = await second.serviceWorker();
    const read = () =>
      worker.evaluate(async () => {
        const c = (globalThis as unknown as Chrome).chrome.action;
        return { text: await c.getBadgeText({}), color: await c.getBadgeBackgroundColor({}) };
      });
    await expect.poll(read, { timeout: 15_000 }).toEqual({ text: '2', color: [197, 34, 31, 255] });
    expect(second.errors).toEqual([]);
    await second.close();
  }, 120_000);
});
