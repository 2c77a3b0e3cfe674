/**
 * End-to-end harness: Playwright (playwright-core) driving a real Chromium with the built extension
 * (dist/) loaded in a persistent context. Real site addresses (https://x.com/…) are routed to local
 * fixture HTML, so the manifest's real content-script match patterns run; nothing reaches the web.
 *
 *   const ext = await launchExtension();
 *   await ext.routeHtml('https://x.com/home', html);
 *   const page = await ext.context.newPage(); await page.goto('https://x.com/home');
 *   const panel = await ext.openSidePanel();
 *   await ext.close();
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The built extension: dist/, or RW_DIST (a helper building to its own folder: `npx vite build --outDir DIR`). */
export const DIST = process.env.RW_DIST ? resolve(process.env.RW_DIST) : join(ROOT, 'dist');

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/**
 * Make sure a Chromium is there: on Debian/Ubuntu as root with apt-get, install the `chromium` package
 * when none is found (a test tool's own browser download does not work offline); elsewhere say how.
 */
export function ensureChromium(): string {
  try {
    return findChromium();
  } catch (e) {
    const canApt = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
    if (!canApt || process.env.CHROME_PATH) throw e;
    process.stderr.write("No Chromium found: installing Debian's chromium package (apt-get)…\n");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    return findChromium();
  }
}

/** Find a Chromium: $CHROME_PATH, else the usual places; a clear message when there is none. */
export function findChromium(): string {
  const env = process.env.CHROME_PATH;
  if (env) {
    if (existsSync(env)) return env;
    throw new Error(`CHROME_PATH is set to ${env}, but no file is there.`);
  }
  for (const c of CANDIDATES) if (existsSync(c)) return c;
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
      'or point CHROME_PATH at a Chrome or Chromium binary. (Playwright’s own browser download is not used.)',
  );
}

/** Flags for a quiet, offline, reproducible Chromium (this machine has no network but the registries). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=DialMediaRouteProvider,MediaRouter,OptimizationHints',
  '--host-resolver-rules=MAP * ~NOTFOUND',
];

export interface ExtensionHandle {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** The extension's service worker (waits for a fresh one if it was stopped). */
  serviceWorker(): Promise<Worker>;
  /** URL of an extension page, e.g. page('src/ui/sidepanel.html'). */
  url(path: string): string;
  openPopup(hash?: string): Promise<Page>;
  openSidePanel(hash?: string): Promise<Page>;
  /** Serve `html` at `url` (and, with a trailing `*`, every URL below it). */
  routeHtml(url: string, html: string | (() => string)): Promise<void>;
  /** Serve a fixture file at `url`. */
  routeFile(url: string, file: string): Promise<void>;
  /** Stop the extension's service worker, as Chrome does after ~30 s idle. */
  stopServiceWorker(): Promise<void>;
  /** Send a runtime message from an extension page and return the raw reply ({ok, data|error}). */
  message(type: string, payload: unknown): Promise<unknown>;
  /** Close the browser (keeps the profile when `keepProfile`, for restart tests). */
  close(opts?: { keepProfile?: boolean }): Promise<void>;
  /** Errors reported by the extension's pages and worker (console errors, page errors). */
  errors: string[];
}

export interface LaunchOptions {
  headless?: boolean;
  /** Reuse a profile (browser restart tests). */
  userDataDir?: string;
  /** Extension folder (default dist/). */
  extensionPath?: string;
  slowMo?: number;
}

export async function launchExtension(opts: LaunchOptions = {}): Promise<ExtensionHandle> {
  const extensionPath = opts.extensionPath ?? DIST;
  if (!existsSync(join(extensionPath, 'manifest.json')))
    throw new Error(`No built extension at ${extensionPath}. Run \`npx vite build\` first.`);
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'replywise-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: ensureChromium(),
    headless: opts.headless ?? true,
    slowMo: opts.slowMo,
    args: [
      ...CHROMIUM_FLAGS,
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
    ],
    viewport: { width: 1280, height: 900 },
  });
  const errors: string[] = [];
  const watchWorker = (w: Worker) => {
    if (!w.url().startsWith('chrome-extension://')) return;
    w.on('console', (m) => {
      if (m.type() === 'error') errors.push(`worker: ${m.text()}`);
    });
  };
  context.on('serviceworker', watchWorker);
  const first =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  watchWorker(first);
  const extensionId = new URL(first.url()).host;
  const base = `chrome-extension://${extensionId}/`;

  let workerStale = false;
  const serviceWorker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().find((w) => w.url().startsWith(base));
    if (live && !workerStale) return live;
    workerStale = false;
    const next = context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => live);
    // Wake it: a message from an extension page starts the worker again.
    const page = await context.newPage();
    await page.goto(`${base}src/ui/popup.html`);
    const w = await next;
    await page.close();
    if (!w) throw new Error('The extension service worker did not start again.');
    return w;
  };

  const openPage = async (path: string, hash = ''): Promise<Page> => {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${path}: ${m.text()}`);
    });
    await page.goto(`${base}${path}${hash}`);
    return page;
  };

  const handle: ExtensionHandle = {
    context,
    extensionId,
    userDataDir,
    errors,
    serviceWorker,
    url: (path) => `${base}${path.replace(/^\//, '')}`,
    openPopup: (hash) => openPage('src/ui/popup.html', hash),
    openSidePanel: (hash) => openPage('src/ui/sidepanel.html', hash),
    async routeHtml(url, html) {
      await context.route(url.endsWith('*') ? `${url}*` : url, (route) =>
        route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: typeof html === 'function' ? html() : html,
        }),
      );
    },
    async routeFile(url, file) {
      await handle.routeHtml(url, () => readFileSync(file, 'utf8'));
    },
    async stopServiceWorker() {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const stopped = new Promise<void>((res) => {
        cdp.on(
          'ServiceWorker.workerVersionUpdated',
          (e: { versions: { scriptURL: string; runningStatus: string }[] }) => {
            if (e.versions.some((v) => v.scriptURL.startsWith(base) && v.runningStatus === 'stopped')) res();
          },
        );
      });
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await Promise.race([stopped, new Promise((r) => setTimeout(r, 5000))]);
      await cdp.detach();
      await page.close();
      // Playwright keeps listing the stopped worker; forget it so serviceWorker() waits for a new one.
      workerStale = true;
    },
    async message(type, payload) {
      const page = await context.newPage();
      await page.goto(`${base}src/ui/popup.html`);
      const reply = await page.evaluate(
        ([t, p]) =>
          (
            globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
          ).chrome.runtime.sendMessage({ type: t, payload: p }),
        [type, payload] as const,
      );
      await page.close();
      return reply;
    },
    async close(o = {}) {
      await context.close();
      if (!o.keepProfile && !opts.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return handle;
}

export function fixture(...parts: string[]): string {
  return join(ROOT, ...parts);
}
