/**
 * The agent's whole journey on routed fixtures: the x.com demo timeline is opened, the content script marks
 * the posts, the side panel lists them with countdowns, the agent picks a complaint, takes a suggestion,
 * fills in a missing variable, fixes a tone finding, inserts the reply, the post turns answered, and the
 * statistics count the answer.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionHandle, fixture, launchExtension } from './harness.ts';
import { getRows } from './ui-helpers.ts';

let ext: ExtensionHandle;

beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

describe('UI journey', () => {
  it('from a marked post on x.com to an inserted reply, an answered post and changed statistics', async () => {
    const panel = await ext.openSidePanel('#seed-demo');
    await panel.setViewportSize({ width: 520, height: 900 });
    await expect.poll(() => panel.locator('[data-testid=inbox]').count()).toBe(1);

    const home = readFileSync(fixture('e2e', 'fixtures', 'demo', 'x-home.html'), 'utf8');
    await ext.routeHtml('https://x.com/*', home);
    // The post's own page: the timeline with X's inline reply composer right below the post (status layout).
    const firstCellEnd = home.indexOf('</article></div></div>') + '</article></div></div>'.length;
    const replyCell =
      '<div data-testid="cellInnerDiv"><div class="r-cell"><div data-testid="tweetTextarea_0_label"><div class="DraftEditor-root">' +
      '<div class="public-DraftEditor-content" contenteditable="true" role="textbox" aria-label="Post your reply" data-testid="tweetTextarea_0"></div>' +
      '</div></div></div></div>';
    await ext.routeHtml(
      'https://x.com/anna_kalnina/status/1992401000000000101',
      home.slice(0, firstCellEnd) + replyCell + home.slice(firstCellEnd),
    );
    const site = await ext.context.newPage();
    await site.goto('https://x.com/home');

    // The posts the content script found appear in the side panel (live), with running clocks.
    const row = panel.locator('[role=option][data-key="x:1992401000000000101"]');
    await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1);
    expect(await panel.locator('[role=option]').count()).toBeGreaterThan(2);
    await expect.poll(() => row.locator('.clock').count(), { timeout: 10_000 }).toBe(1);
    const clock1 = await row.locator('.clock').textContent();
    await panel.waitForTimeout(1200);
    expect(await row.locator('.clock').textContent()).not.toBe(clock1);
    expect(await row.locator('mark.hl-mention').count()).toBeGreaterThan(0);
    expect(await row.locator('.tag--complaint').count()).toBe(1);

    // The post is open in its own tab (the reply goes there); "Open post" focuses that tab, opening none.
    const postTab = await ext.context.newPage();
    await postTab.goto('https://x.com/anna_kalnina/status/1992401000000000101');
    await row.click();
    await expect.poll(() => panel.locator('[data-testid=composer]').count()).toBe(1);
    const pagesBefore = ext.context.pages().length;
    await panel.getByRole('button', { name: 'Open post' }).click();
    await expect.poll(() => postTab.evaluate(() => document.visibilityState)).toBe('visible');
    expect(ext.context.pages().length).toBe(pagesBefore);
    await expect
      .poll(() => postTab.evaluate(() => document.documentElement.getAttribute('data-replywise')), {
        timeout: 10_000,
      })
      .toBe('x');

    // Take the top suggestion: an outage answer with {{deadline}} the agent must fill in.
    const first = panel.locator('.suggestion').first();
    await expect.poll(() => first.count(), { timeout: 10_000 }).toBe(1);
    expect(await first.getAttribute('data-faq')).toMatch(/^outage-/);
    await first.click();
    const draft = panel.getByLabel('Reply text');
    await expect.poll(() => draft.inputValue()).toContain('Anna');
    expect(await draft.inputValue()).toContain('{{deadline}}');
    expect(await panel.locator('[data-action=insert]').isDisabled()).toBe(true);
    await panel.locator('input[data-var=deadline]').fill('15:00 today');
    await panel.locator('input[data-var=deadline]').press('Enter');
    await expect.poll(() => draft.inputValue()).toContain('15:00 today');
    expect(await draft.inputValue()).not.toContain('{{');

    // A stock phrase draws a tone finding with a one-click fix.
    await draft.fill(`${await draft.inputValue()} We apologize for any inconvenience.`);
    const fix = panel.locator('.finding[data-rule=robotic-phrase] button[data-fix]');
    await expect.poll(() => fix.count(), { timeout: 5000 }).toBe(1);
    await fix.click();
    await expect.poll(() => draft.inputValue()).toMatch(/sorry about this/i);
    expect(await draft.inputValue()).not.toMatch(/apologize for any inconvenience/i);
    await expect.poll(() => panel.locator('.finding[data-rule=robotic-phrase]').count()).toBe(0);

    // Insert: the reply is recorded with its time and the post turns answered.
    const text = await draft.inputValue();
    await panel.locator('[data-action=insert]').click();
    await expect
      .poll(() => panel.locator('[role=status]').textContent(), { timeout: 10_000 })
      .toMatch(/recorded|clipboard/);
    const replies = await getRows<{ postKey: string; text: string; at: number; method: string }>(
      panel,
      'replies',
    );
    expect(replies).toEqual([
      expect.objectContaining({ postKey: 'x:1992401000000000101', text: text.trim() }),
    ]);
    expect(replies[0]?.at).toBeGreaterThan(Date.now() - 60_000);
    // It really went into the page's reply box (not the clipboard fallback).
    expect(replies[0]?.method).toBe('insert');
    expect(await panel.locator('[role=status]').textContent()).toMatch(/inserted and recorded/);
    const inPage = await postTab.evaluate(
      () => (document.querySelector('[aria-label="Post your reply"]') as HTMLElement | null)?.innerText ?? '',
    );
    expect(inPage).toMatch(/sorry about this/i);
    await expect
      .poll(() => panel.locator('[data-testid=composer] .state').getAttribute('data-state'))
      .toBe('answered');

    // Back in the inbox the post has left the open list; the statistics count the answer.
    await panel.getByRole('link', { name: 'Back to the inbox' }).first().click();
    await expect.poll(() => row.count()).toBe(0);
    await panel.locator('[data-nav=stats]').click();
    const xRow = panel.locator('[data-testid=stats-table] tr[data-key=x]');
    await expect.poll(() => xRow.count(), { timeout: 10_000 }).toBe(1);
    expect(Number(await xRow.locator('td').nth(1).textContent())).toBeGreaterThanOrEqual(1);
    expect(await xRow.locator('td').nth(2).textContent()).not.toBe('—');
    expect(ext.errors.filter((e) => !/favicon|net::ERR/.test(e))).toEqual([]);
    await site.close();
    await postTab.close();
    await panel.close();
  });
});
