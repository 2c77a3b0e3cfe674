/**
 * `npm run demo`: build the extension and open Chromium with it, on the built-in demo — local pages
 * shaped like an X timeline and a Facebook page (invented posts in six languages about the invented
 * operator "Velora"), served at the real addresses so the real content-script match patterns run, plus a
 * seeded brand, FAQ, response policy and voice. No account, no network.
 *
 *   npm run demo                                   a browser window; close it to end
 *   npm run demo -- --headless --screenshots DIR   PNGs of the marked feeds, side panel, popup, composer, FAQ
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { type ExtensionHandle, fixture, launchExtension, ROOT } from './harness.ts';

export const DEMO_ROUTES: [url: string, file: string][] = [
  ['https://x.com/*', fixture('e2e', 'fixtures', 'demo', 'x-home.html')],
  ['https://twitter.com/*', fixture('e2e', 'fixtures', 'demo', 'x-home.html')],
  ['https://www.facebook.com/*', fixture('e2e', 'fixtures', 'demo', 'facebook-page.html')],
];

export const DEMO_PAGES = ['https://x.com/home', 'https://www.facebook.com/velora'];

function parseArgs(argv: string[]) {
  const out = { headless: false, screenshots: '', skipBuild: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--headless') out.headless = true;
    else if (a === '--skip-build') out.skipBuild = true;
    else if (a === '--screenshots') {
      const dir = argv[++i];
      if (!dir) throw new Error('--screenshots needs a folder');
      out.screenshots = dir;
    } else if (a === '--help') {
      process.stdout.write('Usage: npm run demo [-- --headless] [--screenshots DIR] [--skip-build]\n');
      process.exit(0);
    } else throw new Error(`Unknown option ${a}. See --help.`);
  }
  return out;
}

/**
 * Move the fixture's post times next to the present (newest a few minutes ago, gaps compressed), so the
 * demo shows fresh, due-soon and overdue clocks whenever it runs instead of a day-old feed.
 */
export function freshenTimes(html: string, now = Date.now()): string {
  // X marks times as time[datetime]; Facebook as data-utime (seconds) with an ISO title.
  const ISO = /(datetime|title)="(\d{4}-\d\d-\d\dT[^"]+)"/g;
  const UTIME = /data-utime="(\d{9,11})"/g;
  const times = [
    ...[...html.matchAll(ISO)].map((m) => Date.parse(m[2] ?? '')),
    ...[...html.matchAll(UTIME)].map((m) => Number(m[1]) * 1000),
  ].filter(Number.isFinite);
  if (times.length === 0) return html;
  const newest = Math.max(...times);
  const shift = (t: number) => now - 4 * 60_000 - (newest - t) / 6;
  return html
    .replace(ISO, (whole, attr: string, iso: string) => {
      const t = Date.parse(iso);
      return Number.isFinite(t) ? `${attr}="${new Date(shift(t)).toISOString()}"` : whole;
    })
    .replace(UTIME, (_w, sec: string) => `data-utime="${Math.round(shift(Number(sec) * 1000) / 1000)}"`);
}

/** Start the demo: routes, seed data, the two feeds. Returns the open feed pages and the side panel. */
export async function startDemo(ext: ExtensionHandle): Promise<{ feeds: Page[]; panel: Page }> {
  for (const [url, file] of DEMO_ROUTES)
    await ext.routeHtml(url, () => freshenTimes(readFileSync(file, 'utf8')));
  // Seed the demo brand, FAQ, policy and voice (only into an empty database).
  const panel = await ext.openSidePanel('#seed-demo');
  await panel
    .waitForFunction(() => location.hash !== '#seed-demo', null, { timeout: 15_000 })
    .catch(() => undefined);
  const feeds: Page[] = [];
  for (const url of DEMO_PAGES) {
    const page = await ext.context.newPage();
    await page.goto(url);
    feeds.push(page);
  }
  return { feeds, panel };
}

async function shoot(page: Page, dir: string, name: string): Promise<string> {
  const file = join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  if (!opts.headless && noDisplay) {
    process.stderr.write(
      'No display found: running headless and writing screenshots to ./demo-screenshots instead.\n',
    );
    opts.headless = true;
    opts.screenshots ||= 'demo-screenshots';
  }
  if (!opts.skipBuild) {
    process.stderr.write('Building the extension…\n');
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  }
  const ext = await launchExtension({ headless: opts.headless });
  const { feeds, panel } = await startDemo(ext);

  if (opts.screenshots) {
    const dir = resolve(opts.screenshots);
    mkdirSync(dir, { recursive: true });
    const written: string[] = [];
    // Let the content script find, classify and mark the posts.
    for (const f of feeds) {
      await f
        .waitForSelector('[data-rw-key]', { timeout: 10_000 })
        .catch(() => process.stderr.write(`No marked posts on ${f.url()} (yet).\n`));
      await f.waitForTimeout(800);
    }
    written.push(await shoot(feeds[0] as Page, dir, 'feed-x'));
    written.push(await shoot(feeds[1] as Page, dir, 'feed-facebook'));
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.goto(ext.url('src/ui/sidepanel.html#/inbox'));
    await panel.waitForTimeout(1000);
    written.push(await shoot(panel, dir, 'sidepanel-inbox'));
    // The composer for the first post in the inbox, when the UI offers one.
    const first = panel.locator('[data-key]').first();
    if (await first.count()) {
      const key = await first.getAttribute('data-key');
      await panel.goto(ext.url(`src/ui/sidepanel.html#/compose/${encodeURIComponent(key ?? '')}`));
      await panel.waitForTimeout(1000);
      written.push(await shoot(panel, dir, 'sidepanel-composer'));
    }
    await panel.goto(ext.url('src/ui/sidepanel.html#/faq'));
    await panel.waitForTimeout(800);
    written.push(await shoot(panel, dir, 'sidepanel-faq'));
    const popup = await ext.openPopup();
    await popup.setViewportSize({ width: 460, height: 600 });
    await popup.waitForTimeout(1000);
    written.push(await shoot(popup, dir, 'popup'));
    process.stdout.write(`${written.join('\n')}\n`);
    await ext.close();
    return;
  }

  process.stdout.write(
    'Replywise demo is running: an X timeline and a Facebook page with invented posts, and the side panel.\n' +
      'Close the browser window to end.\n',
  );
  await new Promise<void>((res) => ext.context.on('close', () => res()));
}

if (process.argv[1] && /demo\.ts$/.test(process.argv[1])) {
  main().catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
