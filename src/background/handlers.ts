/**
 * Background message handlers. Each gets a validated payload (see REQUEST_SCHEMAS) from a checked
 * sender; the service worker keeps no state of its own between messages: everything is in the database.
 */
import browser from 'webextension-polyfill';
import { classify } from '../core/signals/index.ts';
import type { FoundPost, PostMark, SeenReply } from '../shared/messages.ts';
import { type Handlers, sendToTab } from '../shared/runtime.ts';
import type { StoredPost } from '../shared/types.ts';
import { getDb, type ReplywiseDb } from '../storage/db.ts';
import { loadModelState } from '../storage/labels.ts';
import { upsertFoundPosts } from '../storage/posts.ts';
import { applyThreadActivity } from '../storage/posts-deadlines.ts';
import { getSetting } from '../storage/settings.ts';

const startedAt = Date.now();

/** Hooks other modules add (deadlines, answered detection) without editing every handler. */
export const hooks = {
  /** After posts were stored: compute deadlines, re-arm alarms, update the badge. */
  postsChanged: [] as ((keys: string[]) => Promise<void>)[],
};

/** Marks (state and deadline) of stored posts, in the order of `keys`, missing ones left out. */
async function marksOf(db: ReplywiseDb, keys: string[]): Promise<PostMark[]> {
  const marks: PostMark[] = [];
  for (const p of await db.posts.bulkGet(keys))
    if (p) marks.push({ key: p.key, state: p.state, dueAt: p.dueAt, warnAt: p.warnAt });
  return marks;
}

/** Brand replies seen on a page: recorded, their posts answered (or reopened), deadlines recomputed. */
async function brandReplies(db: ReplywiseDb, replies: SeenReply[], now: number): Promise<string[]> {
  const changed = await applyThreadActivity(db, { replies }, now);
  if (changed.length) for (const h of hooks.postsChanged) await h(changed);
  return changed;
}

const samePage = (a: string, b: string): boolean => (a.split('#')[0] ?? a) === (b.split('#')[0] ?? b);

/**
 * The tab to reach a post in: a tab showing the post's own page, else the tab (and page) the content
 * script last saw it in — a feed, typically — if that tab still shows that page.
 */
export async function findTabFor(post: Pick<StoredPost, 'url' | 'seenIn'>): Promise<number | null> {
  const tabs = await browser.tabs.query({});
  const own = tabs.find((t) => t.url && samePage(t.url, post.url));
  if (own?.id !== undefined) return own.id;
  const seen = post.seenIn;
  if (!seen) return null;
  const same = tabs.find((t) => t.id === seen.tabId && t.url && samePage(t.url, seen.pageUrl));
  if (same?.id !== undefined) return same.id;
  const other = tabs.find((t) => t.url && samePage(t.url, seen.pageUrl));
  return other?.id ?? null;
}

export const handlers: Handlers = {
  async ping() {
    return { pong: true, startedAt };
  },

  async 'content/hello'({ site }) {
    const db = await getDb();
    const sites = await getSetting(db, 'sites');
    const enabled = !sites?.disabled.includes(site);
    if (!enabled) return { enabled, brands: [] };
    const uiLang = await getSetting(db, 'uiLang');
    return { enabled, brands: await db.brands.toArray(), ...(uiLang ? { uiLang } : {}) };
  },

  async 'posts/found'({ posts }, sender) {
    const db = await getDb();
    const tab = sender.tab;
    const seenIn = tab?.id !== undefined && tab.url ? { tabId: tab.id, pageUrl: tab.url } : undefined;
    const now = Date.now();
    const rows = await upsertFoundPosts(db, posts, now, seenIn);
    const keys = rows.map((r) => r.key);
    const changed = await applyThreadActivity(db, { posts: rows }, now);
    const all = [...new Set([...keys, ...changed])];
    for (const h of hooks.postsChanged) await h(all);
    return { marks: await marksOf(db, all) };
  },

  async 'posts/seen'({ posts, replies }, sender) {
    // One round trip per batch: classify (here, never on the page), store, apply what the page showed
    // of conversations (brand replies, customers writing again), recompute deadlines, answer with marks.
    const db = await getDb();
    const now = Date.now();
    const model = posts.length ? await loadModelState(db) : undefined;
    const found: FoundPost[] = posts.map((p) => {
      const c = classify(p.text, p.engagement ? { engagement: p.engagement, model } : { model });
      return { ...p, ...c, evidence: c.evidence.slice(0, 200) };
    });
    const tab = sender.tab;
    const seenIn = tab?.id !== undefined && tab.url ? { tabId: tab.id, pageUrl: tab.url } : undefined;
    const rows = found.length ? await upsertFoundPosts(db, found, now, seenIn) : [];
    // Replies first in the same pass: a follow-up and the reply it follows may arrive together.
    const changed = await applyThreadActivity(db, { posts: rows, replies: replies ?? [] }, now);
    const all = [...new Set([...rows.map((r) => r.key), ...changed])];
    if (all.length) for (const h of hooks.postsChanged) await h(all);
    return {
      classes: found.map((f) => ({ kind: f.kind, urgency: f.urgency })),
      marks: await marksOf(db, all),
    };
  },

  async 'posts/classify'({ posts }) {
    // Static import: service workers may not use import(). The classifier's tables build on first use.
    // The agent's corrections (complaint / not a complaint) adapt the scores on this machine.
    const model = await loadModelState(await getDb());
    return {
      results: posts.map((p) =>
        classify(p.text, p.engagement ? { engagement: p.engagement, model } : { model }),
      ),
    };
  },

  async 'posts/brand-replied'(reply) {
    return { answered: await brandReplies(await getDb(), [reply], Date.now()) };
  },

  async 'post/open'({ key }) {
    const db = await getDb();
    const post = await db.posts.get(key);
    if (!post) throw new Error('That post is no longer stored.');
    const tabId = await findTabFor(post);
    if (tabId !== null) {
      const tab = await browser.tabs.update(tabId, { active: true });
      if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
      return { tabId };
    }
    const created = await browser.tabs.create({ url: post.url });
    return { tabId: created.id ?? null };
  },

  async 'reply/insert'({ key, text }) {
    const db = await getDb();
    const post = await db.posts.get(key);
    if (!post)
      return {
        ok: false,
        method: 'none',
        message: 'That post is no longer stored.',
        messageKey: 'insertPostGone',
      };
    const tabId = await findTabFor(post);
    if (tabId === null)
      return {
        ok: false,
        method: 'none',
        message: 'The post is not open in a tab. Open it (or the feed it was in), then insert again.',
        messageKey: 'insertNoTab',
      };
    try {
      return await sendToTab(tabId, 'page/insert-reply', { postId: post.id, text });
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      return {
        ok: false,
        method: 'none',
        message: `The page did not answer: ${detail}`,
        messageKey: 'insertNoAnswer',
        params: [detail],
      };
    }
  },

  async 'deadlines/refresh'() {
    const db = await getDb();
    const keys = (await db.posts.toCollection().primaryKeys()) as string[];
    for (const h of hooks.postsChanged) await h(keys);
    return { armed: keys.length };
  },
};
