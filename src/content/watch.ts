/**
 * The content script's main part, loaded (dynamic import) only when the site is on and brands exist:
 * loads this site's adapter, compiles the watchlist, starts the scanner, the marks, SPA navigation and
 * the listener for the background's tab messages (insert a reply, new marks).
 */
import browser from 'webextension-polyfill';
import { compileWatchlist } from '../core/mentions/index.ts';
import type { PostMark } from '../shared/messages.ts';
import { send } from '../shared/runtime.ts';
import type { Brand, Platform, UiLang } from '../shared/types.ts';
import { loadAdapter } from '../sites/index.ts';
import { createAnalyser } from './analyse.ts';
import { createBridge } from './bridge.ts';
import { insertReply } from './insert.ts';
import { isUiLang, markText, uiLangOf } from './mark-text.ts';
import { Marks } from './marks.ts';
import { watchNavigation } from './navigation.ts';
import { Scanner } from './scanner.ts';

export interface Watcher {
  scanner: Scanner;
  stop(): void;
}

function isPostMarks(v: unknown): v is PostMark[] {
  return (
    Array.isArray(v) &&
    v.length <= 1000 &&
    v.every(
      (m) =>
        typeof m === 'object' &&
        m !== null &&
        typeof (m as PostMark).key === 'string' &&
        typeof (m as PostMark).state === 'string',
    )
  );
}

/** Resolve in a later task (an idle one when the browser has them), so start-up work never piles into one long task. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 200 });
    else setTimeout(resolve, 0);
  });
}

export async function startWatching(site: Platform, brands: Brand[], uiLang?: UiLang): Promise<Watcher> {
  const adapter = await loadAdapter(site);
  await nextTask();
  const matcher = compileWatchlist(brands);
  // The text engine builds its folding tables on the first match (~12 ms in Node): in a task of its own,
  // not in the first scan's slice (page-load long tasks were seen on a loaded machine).
  await nextTask();
  matcher.find('Replywise warm-up: Aa Ää Ыы ÿ 1');
  await nextTask();
  const analyser = createAnalyser(brands, matcher);
  const names = new Map(brands.map((b) => [b.id, b.name]));
  // The agent's UI language, else the browser's (browser.i18n follows the browser, not the setting).
  const lang = uiLang && isUiLang(uiLang) ? uiLang : uiLangOf(browser.i18n.getUILanguage());
  const marks = new Marks(document, Date.now, markText(lang));
  const bridge = createBridge(document);
  const scanner = new Scanner({
    adapter,
    analyser,
    brandName: (id) => names.get(id) ?? id,
    sendSeen: (posts, replies) => send('posts/seen', replies.length ? { posts, replies } : { posts }),
    marks,
    url: () => location.href,
  });
  scanner.start();
  // Visible only in this isolated world (never to the page): the bench reads it over CDP.
  (globalThis as unknown as { __replywiseStats?: unknown }).__replywiseStats = scanner.stats;
  const stopNav = watchNavigation(() => scanner.rescan());

  const onMessage = (raw: unknown, sender: browser.Runtime.MessageSender) => {
    // Only the extension itself talks to content scripts; check anyway and validate the payload.
    if (sender.id !== browser.runtime.id || typeof raw !== 'object' || raw === null) return undefined;
    const { type, payload } = raw as { type?: unknown; payload?: unknown };
    if (type === 'page/insert-reply') {
      const p = payload as { postId?: unknown; text?: unknown } | null;
      if (
        !p ||
        typeof p.postId !== 'string' ||
        typeof p.text !== 'string' ||
        p.text.length === 0 ||
        p.text.length > 20_000
      )
        return Promise.resolve({ ok: false, error: 'Invalid page/insert-reply' });
      return insertReply(
        { adapter, bridge, url: () => location.href, findMarked: (id) => scanner.elementOf(id) },
        p.postId,
        p.text,
      ).then(
        (data) => ({ ok: true, data }),
        (e: unknown) => ({ ok: false, error: e instanceof Error ? e.message : String(e) }),
      );
    }
    if (type === 'page/marks') {
      const m = (payload as { marks?: unknown } | null)?.marks;
      if (!isPostMarks(m)) return Promise.resolve({ ok: false, error: 'Invalid page/marks' });
      return Promise.resolve({ ok: true, data: { drawn: marks.update(m) } });
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);

  return {
    scanner,
    stop() {
      scanner.stop();
      stopNav();
      marks.removeAll();
      bridge.dispose();
      browser.runtime.onMessage.removeListener(onMessage);
    },
  };
}
