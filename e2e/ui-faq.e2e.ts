/**
 * FAQ manager and settings end to end: CSV import with a preview and per-row errors (nothing written until
 * confirmed; the agent chooses merge, replace or skip for ids that already exist), "forget my picks" with
 * undo, search, editor with variable preview, delete with undo, JSON export that re-imports; a week
 * with a split shift saved and a bad range refused naming the day; a brand with ambiguity hints; backup
 * and restore.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FaqEntry, Policy } from '../src/shared/types.ts';
import { type ExtensionHandle, launchExtension } from './harness.ts';
import { getRows, putRows } from './ui-helpers.ts';

let ext: ExtensionHandle;

beforeAll(async () => {
  ext = await launchExtension();
  const p = await ext.openSidePanel('#seed-demo');
  await p.waitForSelector('[data-testid=inbox]');
  await p.close();
});
afterAll(async () => {
  await ext?.close();
});

const CSV = [
  'id;question;answer;tags;lang',
  'esim-lv;Vai varu dabūt eSIM?;Sveiki, {{author}}! eSIM var pasūtīt jebkurā salonā. {{agent}};esim;lv',
  'esim-lv;Kā aktivizēt eSIM?;;;',
  ';Question without an id;Answer;;en',
  'pin-en;Forgot my PIN;;;en',
].join('\r\n');

describe('FAQ manager', () => {
  it('imports a semicolon CSV after a preview that lists the bad rows, searches, edits, deletes with undo, exports', async () => {
    const page = await ext.openSidePanel('#/faq');
    await page.waitForSelector('[data-testid=faq-manager] [role=option]');
    const before = (await getRows<FaqEntry>(page, 'faqs')).length;

    await page.setInputFiles('[data-testid=faq-file]', {
      name: 'faq.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV),
    });
    const preview = page.locator('[data-testid=import-preview]');
    await preview.waitFor();
    expect(await preview.locator('table.errors tbody tr').count()).toBe(2);
    expect(await preview.locator('table.errors').textContent()).toMatch(/id/);
    expect(await preview.locator('table.preview tbody tr').count()).toBe(1);
    expect((await getRows<FaqEntry>(page, 'faqs')).length).toBe(before);
    await page.locator('[data-action=confirm-import]').click();
    await expect.poll(async () => (await getRows<FaqEntry>(page, 'faqs')).length).toBe(before + 1);
    const esim = (await getRows<FaqEntry>(page, 'faqs')).find((f) => f.id === 'esim-lv');
    expect(esim?.questions).toEqual(['Vai varu dabūt eSIM?', 'Kā aktivizēt eSIM?']);

    // Search folds diacritics: "dabut" finds "dabūt".
    await page.getByRole('searchbox', { name: 'Search' }).fill('dabut esim');
    await expect.poll(() => page.locator('[data-testid=faq-manager] [role=option]').count()).toBe(1);
    await page.locator('[role=option][data-key=esim-lv]').click();
    const editor = page.locator('[data-testid=faq-editor]');
    await editor.waitFor();
    expect(await editor.locator('.vars').textContent()).toContain('{{author}}');
    expect(await editor.locator('.preview-box').textContent()).toContain('Sveiki, Anna!');

    // An unknown variable is pointed out; saving keeps usage counts.
    await editor
      .getByLabel('Answer', { exact: true })
      .fill('Sveiki, {{author}}! eSIM maksā {{price}}. {{agent}}');
    expect(await editor.locator('.vars .error').textContent()).toContain('{{price}}');
    await editor.locator('[data-action=save-faq]').click();
    await expect
      .poll(async () => (await getRows<FaqEntry>(page, 'faqs')).find((f) => f.id === 'esim-lv')?.answer)
      .toContain('{{price}}');

    // Delete, then Undo restores the entry exactly.
    await editor.locator('[data-action=delete-faq]').click();
    await expect
      .poll(async () => (await getRows<FaqEntry>(page, 'faqs')).some((f) => f.id === 'esim-lv'))
      .toBe(false);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(
        async () => (await getRows<FaqEntry>(page, 'faqs')).find((f) => f.id === 'esim-lv')?.questions.length,
      )
      .toBe(2);

    // Export JSON: the file re-imports as the same entries.
    const dl = page.waitForEvent('download');
    await page.locator('[data-action=export-json]').click();
    const file = await (await dl).path();
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { faqs: FaqEntry[] };
    expect(exported.faqs.map((f) => f.id).sort()).toEqual(
      (await getRows<FaqEntry>(page, 'faqs')).map((f) => f.id).sort(),
    );
    await page.close();
  });
});

const CLASH = [
  'id;question;answer;tags;lang',
  'roaming-en;Roaming in Norway?;Norway is outside the EU: 1 ct per MB, {{author}}.;norway;en',
  'invoice-en;Where is my invoice?;In the app under Billing, {{author}}.;billing;en',
  ';A question without an id;An answer;;en',
  'nothing-en;A question without an answer;;;en',
].join('\n');

describe('FAQ import choices and picks', () => {
  it('shows bad rows with line, column and reason, and replaces or skips existing ids as chosen', async () => {
    const page = await ext.openSidePanel('#/faq');
    await page.waitForSelector('[data-testid=faq-manager] [role=option]');
    const stored = (await getRows<FaqEntry>(page, 'faqs')).find((f) => f.id === 'roaming-en');
    expect(stored?.questions.length).toBeGreaterThan(1);
    const choose = async () => {
      await page.setInputFiles('[data-testid=faq-file]', {
        name: 'clash.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(CLASH),
      });
      const preview = page.locator('[data-testid=import-preview]');
      await preview.waitFor();
      return preview;
    };

    let preview = await choose();
    const cells = await preview
      .locator('table.errors tbody tr')
      .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)));
    expect(cells).toEqual([
      ['4', 'id (1)', expect.stringMatching(/id/)],
      ['5', 'answer (3)', expect.stringMatching(/answer/)],
    ]);
    expect(await preview.locator('table.errors thead').textContent()).toMatch(/Line.*Column.*Reason/);
    // One existing id: the choice is offered, merge by default; nothing written yet.
    const choice = preview.locator('[data-testid=import-existing]');
    expect(await choice.locator('legend').textContent()).toMatch(/already exist: 1\./);
    expect(await choice.getByRole('radio', { name: /Merge/ }).isChecked()).toBe(true);
    expect((await getRows<FaqEntry>(page, 'faqs')).find((f) => f.id === 'roaming-en')).toEqual(stored);
    expect((await getRows<FaqEntry>(page, 'faqs')).some((f) => f.id === 'invoice-en')).toBe(false);

    // Skip: the new entry is added, the existing one is kept as it was.
    await choice.getByRole('radio', { name: /Skip/ }).check();
    await page.locator('[data-action=confirm-import]').click();
    await preview.waitFor({ state: 'detached' });
    await expect
      .poll(async () => (await getRows<FaqEntry>(page, 'faqs')).some((f) => f.id === 'invoice-en'))
      .toBe(true);
    await expect.poll(() => page.locator('[role=status]').first().textContent()).toMatch(/skipped: 1/);
    expect((await getRows<FaqEntry>(page, 'faqs')).find((f) => f.id === 'roaming-en')).toEqual(stored);

    // Replace: the stored entry becomes the file's version (its questions are not united), usage kept.
    preview = await choose();
    await preview.getByRole('radio', { name: /Replace/ }).check();
    await page.locator('[data-action=confirm-import]').click();
    await preview.waitFor({ state: 'detached' });
    await expect
      .poll(async () => (await getRows<FaqEntry>(page, 'faqs')).find((f) => f.id === 'roaming-en')?.questions)
      .toEqual(['Roaming in Norway?']);
    const replaced = (await getRows<FaqEntry>(page, 'faqs')).find((f) => f.id === 'roaming-en');
    expect(replaced?.tags).toEqual(['norway']);
    expect(replaced?.usageCount).toBe(stored?.usageCount ?? 0);
    expect(replaced?.createdAt).toBe(stored?.createdAt);

    await page.close();
  });

  it('forgets the learned picks on request, and Undo brings them back', async () => {
    const page = await ext.openSidePanel('#/faq');
    await page.waitForSelector('[data-testid=faq-manager] [role=option]');
    const button = page.locator('[data-action=forget-picks]');
    await putRows(page, 'faqPicks', [
      { faqId: 'roaming-en', text: 'how much is data in Spain', lang: 'en', at: 1 },
      { faqId: 'roaming-en', text: 'roaming charges Italy', lang: 'en', at: 2 },
    ]);
    // Written behind the app's back (as the composer would have recorded them): reload to see them.
    expect(await button.isDisabled()).toBe(true);
    await page.reload();
    await page.waitForSelector('[data-testid=faq-manager] [role=option]');
    await expect.poll(() => button.isEnabled()).toBe(true);
    expect(await button.getAttribute('title')).toMatch(/2 picks/);
    await button.click();
    await expect.poll(async () => (await getRows(page, 'faqPicks')).length).toBe(0);
    await expect.poll(() => button.isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(async () => (await getRows<{ text: string }>(page, 'faqPicks')).map((p) => p.text).sort())
      .toEqual(['how much is data in Spain', 'roaming charges Italy']);
    await page.close();
  });
});

describe('settings', () => {
  it('saves a week with a split shift and refuses an inverted range, naming the day', async () => {
    const page = await ext.openSidePanel('#/settings/policy');
    await page.waitForSelector('[data-testid=policy-form]');
    const monday = page.locator('fieldset.day').first();
    await monday.getByRole('button', { name: /Add a shift/ }).click();
    const times = monday.locator('input[type=time]');
    expect(await times.count()).toBe(4);
    await times.nth(1).fill('12:00');
    await times.nth(2).fill('13:00');
    await times.nth(3).fill('18:00');
    await page.locator('[data-action=save-policy]').click();
    await expect
      .poll(
        async () =>
          (await getRows<{ key: string; value: Policy }>(page, 'settings')).find((s) => s.key === 'policy')
            ?.value.week.mon,
      )
      .toEqual([
        ['09:00', '12:00'],
        ['13:00', '18:00'],
      ]);
    await times.nth(3).fill('12:30');
    await page.locator('[data-action=save-policy]').click();
    await expect.poll(() => page.locator('#policy-error').textContent()).toMatch(/week\.mon/);
    const stored = (await getRows<{ key: string; value: Policy }>(page, 'settings')).find(
      (s) => s.key === 'policy',
    );
    expect(stored?.value.week.mon?.[1]).toEqual(['13:00', '18:00']);

    // Holidays from an iCal file become chips, saved with the week.
    await times.nth(3).fill('18:00');
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Replywise test//EN',
      'BEGIN:VEVENT',
      'UID:jani@replywise.test',
      'DTSTAMP:20260101T000000Z',
      'DTSTART;VALUE=DATE:20270623',
      'DTEND;VALUE=DATE:20270625',
      'SUMMARY:Līgo and Jāņi',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    await page.setInputFiles('[data-testid=ics-file]', {
      name: 'lv.ics',
      mimeType: 'text/calendar',
      buffer: Buffer.from(ics),
    });
    await expect
      .poll(() => page.locator('.chips li').allTextContents())
      .toEqual(
        expect.arrayContaining([
          expect.stringContaining('2027-06-23'),
          expect.stringContaining('2027-06-24'),
        ]),
      );
    await page.locator('[data-action=save-policy]').click();
    await expect
      .poll(
        async () =>
          (await getRows<{ key: string; value: Policy }>(page, 'settings')).find((s) => s.key === 'policy')
            ?.value.holidays,
      )
      .toEqual(expect.arrayContaining(['2027-06-23', '2027-06-24']));
    await page.close();
  });

  it('adds a brand with ambiguity hints, and restores a backup', async () => {
    const page = await ext.openSidePanel('#/settings/brands');
    await page.locator('[data-action=new-brand]').click();
    await page.getByLabel('Name', { exact: true }).fill('Bite');
    await page.getByLabel('Languages', { exact: true }).fill('lv, lt');
    await expect.poll(() => page.locator('.hints li').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(async () => (await getRows<{ id: string }>(page, 'brands')).map((b) => b.id).sort())
      .toEqual(['bite', 'velora']);

    await page.goto(ext.url('src/ui/sidepanel.html#/settings/backup'));
    const dl = page.waitForEvent('download');
    await page.locator('[data-action=backup]').click();
    const backup = readFileSync(await (await dl).path(), 'utf8');
    await page.goto(ext.url('src/ui/sidepanel.html#/settings/brands'));
    await page.getByRole('button', { name: 'Edit Bite' }).click();
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(async () => (await getRows<{ id: string }>(page, 'brands')).length).toBe(1);
    await page.goto(ext.url('src/ui/sidepanel.html#/settings/backup'));
    await page.setInputFiles('[data-testid=restore-file]', {
      name: 'b.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"not":"a backup"}'),
    });
    await page.locator('[data-action=confirm-restore]').click();
    await expect.poll(() => page.locator('[data-testid=settings] .error').textContent()).not.toBe('');
    expect((await getRows<{ id: string }>(page, 'brands')).length).toBe(1);
    await page.setInputFiles('[data-testid=restore-file]', {
      name: 'b.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backup),
    });
    await page.locator('[data-action=confirm-restore]').click();
    await expect
      .poll(async () => (await getRows<{ id: string }>(page, 'brands')).map((b) => b.id).sort())
      .toEqual(['bite', 'velora']);
    await page.close();
  });
});
