/**
 * Keyboard shortcuts (commands API) and the "Suggest a reply" context-menu item.
 *
 *  - `open-side-panel`: opens the side panel (Chrome) or the sidebar (Firefox) on the inbox.
 *  - `insert-top-suggestion`: for the post of the active tab (a post's own page, matched by its URL), takes
 *    the best FAQ suggestion, fills its variables, and inserts it into the reply box, recording the reply.
 *    When variables still need a value (never insert "{{…}}"), or the tab shows a feed rather than one
 *    post, it opens the composer on that post (or the site's most urgent open post) with the suggestion
 *    taken, for the agent to finish.
 *  - Context menu on selected text: opens the side panel with suggestions for that text.
 *
 * Call installCommands() once at the top level of the service worker (listeners must be registered
 * synchronously so a command that wakes the worker finds them).
 */
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { type FaqIndex, fillTemplate, nextPhrasing } from '../core/faq/index.ts';
import { templateValues } from '../core/faq/template-values.ts';
import type { InsertResult } from '../shared/messages.ts';
import { sendToTab } from '../shared/runtime.ts';
import type { StoredPost } from '../shared/types.ts';
import { getDb, type ReplywiseDb } from '../storage/db.ts';
import { openFaqIndex } from '../storage/faqs.ts';
import { recentReplies, recordReply } from '../storage/replies.ts';
import { getSetting, policyFor, voiceFor } from '../storage/settings.ts';
import { currentNotifyLocale, localText } from './notify.ts';

export const COMMAND_OPEN_PANEL = 'open-side-panel';
export const COMMAND_INSERT_TOP = 'insert-top-suggestion';
export const MENU_SUGGEST = 'replywise-suggest-reply';
/** Longest selection carried to the panel (in the URL hash). */
export const MAX_SELECTION = 2000;

const PANEL = 'src/ui/sidepanel.html';
const OPEN_STATES = new Set(['new', 'due-soon', 'overdue', 'held', 'follow-up']);

type ChromeSidePanel = {
  open(o: { windowId?: number; tabId?: number }): Promise<void>;
  setOptions(o: { tabId?: number; path?: string; enabled?: boolean }): Promise<void>;
};
type FirefoxSidebar = {
  open(): Promise<void>;
  setPanel(o: { panel: string; tabId?: number }): Promise<void>;
};

function sidePanelApi(): ChromeSidePanel | undefined {
  return (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
}
function sidebarApi(): FirefoxSidebar | undefined {
  return (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
}

/**
 * Open the panel at `hash`. Must run inside the user gesture (command or menu click): the open call is
 * made before any await, and the path is set without awaiting in between.
 */
export function openPanel(tab: Tabs.Tab | undefined, hash: string): Promise<void> {
  const path = `${PANEL}${hash}`;
  const sp = sidePanelApi();
  if (sp) {
    const setting =
      tab?.id !== undefined ? sp.setOptions({ tabId: tab.id, path, enabled: true }) : sp.setOptions({ path });
    const opening = sp.open(tab?.id !== undefined ? { tabId: tab.id } : { windowId: tab?.windowId ?? -2 });
    return Promise.all([setting, opening]).then(() => undefined);
  }
  const sb = sidebarApi();
  if (sb) {
    const opening = sb.open();
    return Promise.all([sb.setPanel({ panel: browser.runtime.getURL(path) }), opening]).then(() => undefined);
  }
  return Promise.reject(new Error('This browser has no side panel.'));
}

const strip = (u: string) => u.split('#')[0]?.split('?')[0]?.replace(/\/$/, '') ?? u;

/** The post shown by the tab (its own page), else the most urgent open post of that site. */
export async function postForTab(
  db: ReplywiseDb,
  url: string,
): Promise<{ post: StoredPost; exact: boolean } | null> {
  let host = '';
  try {
    host = new URL(url).host;
  } catch {
    return null;
  }
  const target = strip(url);
  const candidates: StoredPost[] = [];
  await db.posts.each((p) => {
    if (!OPEN_STATES.has(p.state)) return;
    try {
      if (new URL(p.url).host === host) candidates.push(p);
    } catch {
      /* a post with a broken URL cannot be in this tab */
    }
  });
  const exact = candidates.find((p) => strip(p.url) === target);
  if (exact) return { post: exact, exact: true };
  candidates.sort((a, b) => (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity) || b.urgency - a.urgency);
  const first = candidates[0];
  return first ? { post: first, exact: false } : null;
}

/** The best suggestion for a post, filled in. `missing` lists what still needs the agent. */
export async function topReply(
  db: ReplywiseDb,
  post: StoredPost,
  index?: FaqIndex,
  now = Date.now(),
): Promise<{ faqId: string; text: string; missing: string[] } | null> {
  const idx = index ?? (await openFaqIndex(db)).index;
  const best = idx.suggest(post.text, { lang: post.lang, top: 1, brand: post.brandIds[0] })[0];
  if (!best) return null;
  const entry = idx.get(best.faqId);
  const phrasing = entry ? nextPhrasing(entry, await recentReplies(db, 50)).text : best.answer;
  const brandId = post.brandIds[0];
  const brand = brandId ? await db.brands.get(brandId) : undefined;
  const values = templateValues(
    post,
    {
      voice: await voiceFor(db, brandId),
      agent: await getSetting(db, 'agent'),
      brandName: brand?.name ?? '',
      policy: await policyFor(db, brandId),
    },
    now,
  );
  const filled = fillTemplate(phrasing, values);
  return { faqId: best.faqId, text: filled.text, missing: filled.missing };
}

async function notify(message: string): Promise<void> {
  await browser.notifications
    .create(`replywise-cmd-${Date.now()}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('icons/icon-48.png'),
      title: 'Replywise',
      message,
    })
    .catch(() => undefined);
}

/** The insert-top-suggestion command for the active tab. */
export async function insertTopSuggestion(
  tab: Tabs.Tab | undefined,
): Promise<'inserted' | 'composer' | 'none'> {
  if (!tab?.url || tab.id === undefined) return 'none';
  const db = await getDb();
  const found = await postForTab(db, tab.url);
  if (!found) {
    await notify(browser.i18n.getMessage('cmdNoPost') || 'No open post from this page is in the inbox.');
    return 'none';
  }
  const reply = await topReply(db, found.post);
  if (!found.exact || !reply || reply.missing.length > 0) {
    // The panel's path for this tab is set either way; opening it can fail once the key press is no longer
    // a fresh user gesture (after the database work): then say how to open it.
    await openPanel(tab, `#/compose/${encodeURIComponent(found.post.key)}?top`).catch(() =>
      notify(
        browser.i18n.getMessage('cmdFinishInPanel') || 'Open the Replywise side panel to finish this reply.',
      ),
    );
    return 'composer';
  }
  const res: InsertResult = await sendToTab(tab.id, 'page/insert-reply', {
    postId: found.post.id,
    text: reply.text,
  }).catch((e: unknown) => {
    const error = e instanceof Error ? e.message : String(e);
    return { ok: false, method: 'none', message: error, messageKey: 'insertNoAnswer', params: [error] };
  });
  if (res.ok || res.method === 'clipboard') {
    const policy = await policyFor(db, found.post.brandIds[0]);
    await recordReply(
      db,
      {
        postKey: found.post.key,
        text: reply.text,
        method: res.method === 'clipboard' ? 'copy' : 'insert',
        faqId: reply.faqId,
      },
      Date.now(),
      policy,
    );
    if (res.method === 'clipboard' && res.message)
      await notify(localText(await currentNotifyLocale(), res.messageKey, res.params, res.message));
    return 'inserted';
  }
  const fallback =
    res.message ?? (browser.i18n.getMessage('insertFailed') || 'The reply could not be inserted.');
  await notify(localText(await currentNotifyLocale(), res.messageKey, res.params, fallback));
  return 'none';
}

export function createMenu(): void {
  browser.contextMenus.create(
    {
      id: MENU_SUGGEST,
      title: browser.i18n.getMessage('menuSuggestReply') || 'Suggest a reply',
      contexts: ['selection'],
    },
    () => void browser.runtime.lastError,
  );
}

export function onMenuClick(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<void> | undefined {
  if (info.menuItemId !== MENU_SUGGEST) return undefined;
  const text = (info.selectionText ?? '').trim().slice(0, MAX_SELECTION);
  if (!text) return undefined;
  return openPanel(tab, `#/suggest/${encodeURIComponent(text)}`).catch(() => undefined);
}

export function onCommand(command: string, tab: Tabs.Tab | undefined): Promise<unknown> | undefined {
  if (command === COMMAND_OPEN_PANEL) return openPanel(tab, '#/inbox').catch(() => undefined);
  if (command === COMMAND_INSERT_TOP)
    return insertTopSuggestion(tab).catch((e) => notify(String(e instanceof Error ? e.message : e)));
  return undefined;
}

/** Register the listeners (synchronously, at the service worker's top level). */
export function installCommands(): void {
  browser.commands.onCommand.addListener((command: string, tab?: Tabs.Tab) => {
    void onCommand(command, tab);
  });
  browser.contextMenus.onClicked.addListener((info: Menus.OnClickData, tab?: Tabs.Tab) => {
    void onMenuClick(info, tab);
  });
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(createMenu, createMenu);
  });
}
