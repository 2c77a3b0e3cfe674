/**
 * Accessibility of the popup and side panel: axe-core finds no serious or critical violations on any view,
 * in the light and the dark theme; the inbox, the bulk actions, the composer and the snooze dialog work
 * from the keyboard alone, with focus managed on every view change.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionHandle, launchExtension } from './harness.ts';
import { getRows, makePosts, putRows } from './ui-helpers.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let ext: ExtensionHandle;

type Violation = { id: string; impact: string; help: string; nodes: { target: string[] }[] };

/** Run axe in the page (evaluated over the DevTools protocol, so the extension's CSP does not block it). */
async function axe(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE);
  const res = (await page.evaluate(async () => {
    const a = (
      globalThis as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: unknown[] }> } }
    ).axe;
    return a.run(document, { resultTypes: ['violations'] });
  })) as { violations: Violation[] };
  return res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const summary = (vs: Violation[]) =>
  vs.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

beforeAll(async () => {
  ext = await launchExtension();
  const p = await ext.openSidePanel('#seed-demo');
  await p.waitForSelector('[data-testid=inbox]');
  await putRows(p, 'posts', makePosts(30));
  await p.close();
});
afterAll(async () => {
  await ext?.close();
});

const VIEWS = [
  ['#/inbox', '[data-testid=inbox] [role=option]'],
  ['#/compose/x%3A1000000', '[data-testid=composer] .suggestion'],
  ['#/faq/roaming-en', '[data-testid=faq-editor]'],
  ['#/settings/agent', '[data-testid=settings]'],
  ['#/settings/brands', '[data-testid=settings]'],
  ['#/settings/policy', '[data-testid=policy-form]'],
  ['#/settings/voice', '[data-testid=settings]'],
  ['#/settings/backup', '[data-testid=settings]'],
  ['#/stats', '[data-testid=stats-table]'],
  ['#/suggest/How%20much%20does%20roaming%20cost%3F', '[data-testid=suggest] .suggestion'],
] as const;

describe('axe-core', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`finds no serious violations on any view of the side panel (${theme} theme)`, async () => {
      const page = await ext.openSidePanel('#/inbox');
      await page.waitForSelector('[data-testid=inbox]');
      await page.evaluate(async (th) => {
        const open = indexedDB.open('replywise');
        const db: IDBDatabase = await new Promise((r) => {
          open.onsuccess = () => r(open.result);
        });
        await new Promise<void>((r) => {
          const tx = db.transaction('settings', 'readwrite');
          tx.objectStore('settings').put({ key: 'theme', value: th });
          tx.oncomplete = () => r();
        });
        db.close();
      }, theme);
      await page.reload();
      const problems: string[] = [];
      for (const [hash, ready] of VIEWS) {
        await page.goto(ext.url(`src/ui/sidepanel.html${hash}`));
        await page.waitForSelector(ready, { timeout: 10_000 });
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        problems.push(...summary(await axe(page)).map((s) => `${hash}: ${s}`));
      }
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it('finds no serious violations in the popup, with a dialog open', async () => {
    const page = await ext.openPopup('#/inbox');
    await page.waitForSelector('[data-testid=inbox] [role=option]');
    expect(summary(await axe(page))).toEqual([]);
    await page.locator('[role=listbox]').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('s');
    await page.waitForSelector('dialog[open]');
    expect(summary(await axe(page))).toEqual([]);
    await page.close();
  });
});

describe('keyboard only', () => {
  it('moves, selects, acts with undo, snoozes through a modal dialog and opens the composer with managed focus', async () => {
    const page = await ext.openSidePanel('#/inbox');
    await page.waitForSelector('[data-testid=inbox] [role=option]');
    // Tab reaches the listbox; the active option is announced through aria-activedescendant.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.getAttribute('role') === 'listbox')) break;
    }
    const list = page.locator('[role=listbox]');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('listbox');
    await page.keyboard.press('ArrowDown');
    const activeId = await list.getAttribute('aria-activedescendant');
    expect(activeId).toBeTruthy();
    const firstKey = await page.locator(`#${activeId}`).getAttribute('data-key');
    await page.keyboard.press('ArrowDown');
    const secondKey = await page
      .locator(`#${await list.getAttribute('aria-activedescendant')}`)
      .getAttribute('data-key');
    expect(secondKey).not.toBe(firstKey);

    // Space selects two posts; A marks them answered; Undo brings them back.
    await page.keyboard.press(' ');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press(' ');
    expect(await page.locator('[role=option][aria-selected=true]').count()).toBe(2);
    await page.keyboard.press('a');
    await expect.poll(() => page.locator('[role=status]').textContent()).toContain('Marked answered: 2');
    const answered = async () =>
      (await getRows<{ key: string; state: string }>(page, 'posts'))
        .filter((p) => p.state === 'answered')
        .map((p) => p.key)
        .sort();
    expect(await answered()).toEqual([firstKey, secondKey].sort());
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(answered).toEqual([]);

    // S opens the snooze dialog (focus inside); the reason is required; Escape closes it and focus returns.
    await list.focus();
    await page.keyboard.press('s');
    await page.waitForSelector('dialog[open]');
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('role')))
      .toBe('listbox');
    await page.keyboard.press('s');
    await page.waitForSelector('dialog[open]');
    await page.getByRole('button', { name: 'Snooze' }).last().click();
    await expect.poll(() => page.locator('dialog [role=alert]').textContent()).toContain('Say why');
    await page.getByLabel('Reason (required)').fill('Waiting for the network team');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () =>
        (await getRows<{ state: string; snoozeReason?: string }>(page, 'posts'))
          .filter((p) => p.state === 'snoozed')
          .map((p) => p.snoozeReason),
      )
      .toEqual(['Waiting for the network team']);

    // Enter opens the composer; focus moves to its heading; a suggestion and Insert are reachable by Tab.
    await list.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=composer] .suggestion');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await page.locator('.suggestion').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    expect(await page.locator('textarea').inputValue()).not.toBe('');
    await page.close();
  });

  it('switches the UI language, and dates follow the chosen locale', async () => {
    const page = await ext.openSidePanel('#/settings/agent');
    await page.waitForSelector('[data-setting=uiLang]');
    await page.locator('[data-setting=uiLang]').selectOption('lv');
    await expect.poll(() => page.locator('[data-nav=inbox]').textContent()).toBe('Iesūtne');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('lv');
    await page.locator('[data-setting=uiLang]').selectOption('ru');
    await expect.poll(() => page.locator('[data-nav=inbox]').textContent()).toBe('Входящие');
    await page.goto(ext.url('src/ui/sidepanel.html#/settings/policy'));
    await page.waitForSelector('[data-testid=policy-form]');
    expect(await page.locator('.day-name').first().textContent()).toBe('понедельник');
    await page.locator('[data-setting=scope]').focus();
    await page.goto(ext.url('src/ui/sidepanel.html#/settings/agent'));
    await page.locator('[data-setting=uiLang]').selectOption('');
    await expect.poll(() => page.locator('[data-nav=inbox]').textContent()).toBe('Inbox');
    await page.close();
  });
});
