/**
 * X extraction: a pure function of a DOM subtree. On a status page (/user/status/ID) the tweets before
 * the focal one are its ancestors and the ones after it reply to it; on timelines there is no parent.
 */
import type { Engagement, ExtractedPost } from '../../shared/types.ts';
import { parseCount } from '../common/count.ts';
import { absUrl, attr, first, isBrandHandle, isoTime, lineOf, matching, sel, textOf } from '../common/dom.ts';
import type { ExtractOptions } from '../common/types.ts';
import { SELECTORS } from './selectors.ts';

const STATUS_RE = /^\/([A-Za-z0-9_]{1,50})\/status(?:es)?\/(\d{1,25})/;
const POST = sel(SELECTORS, 'post');

/**
 * A plain relative status href ("/user/status/123", optionally "/photo/1", a query or a fragment): for
 * these the URL parser would return the same path, so the regex alone reads it. Anything else (absolute,
 * percent-escapes, dots, tabs, backslashes) goes through the URL parser.
 */
const PLAIN_STATUS_HREF_RE =
  /^\/([A-Za-z0-9_]{1,50})\/status(?:es)?\/(\d{1,25})(?:\/[A-Za-z0-9_/]*)?(?:[?#]|$)/;

/** Handle and status id of a permalink element. */
function statusOf(link: Element): RegExpExecArray | null {
  const href = link.getAttribute('href');
  if (!href) return null;
  return PLAIN_STATUS_HREF_RE.exec(href) ?? STATUS_RE.exec(pathOf(href));
}

/** Status id of a tweet element, read from its permalink (cheap: one query, no URL parsing). */
export function postIdOf(el: Element): string | null {
  const link = permalinkOf(el);
  return (link && statusOf(link)?.[2]) ?? null;
}

function pathOf(href: string | null): string {
  if (!href) return '';
  try {
    return new URL(href, 'https://x.com').pathname;
  } catch {
    return '';
  }
}

/** The tweet's own permalink: the status link around its time, outside any quoted tweet. */
function permalinkOf(el: Element): Element | null {
  // Fast path, the shape of every tweet X renders: the first <time> sits directly in its status link,
  // and no other tweet or quoted tweet lies between that link and the tweet. One query, a short walk up.
  const t = el.querySelector(TIME);
  const a = t?.parentElement;
  if (a && a.localName === 'a' && a.getAttribute('href')?.includes('/status/') && ownedPlainly(a, el))
    return a;
  const permalink = SELECTORS.permalink.join(',');
  for (const t of el.querySelectorAll(TIME)) {
    const a = t.closest(permalink);
    if (a && el.contains(a) && a.closest(POST) === el && !insideQuote(a, el)) return a;
  }
  for (const s of SELECTORS.permalink) {
    for (const a of el.querySelectorAll(s)) {
      if (a.closest(POST) === el && !insideQuote(a, el)) return a;
    }
  }
  return null;
}

const TIME = SELECTORS.time.join(',');

/**
 * Is `node` inside `tweet` with no <article> (a nested tweet) and no div[role=link] (a quoted tweet's
 * container) between them? Conservative: any such ancestor, or not reaching `tweet`, answers false and
 * the caller takes the exact (slower) path.
 */
function ownedPlainly(node: Element, tweet: Element): boolean {
  for (let n = node.parentElement; n; n = n.parentElement) {
    if (n === tweet) return true;
    const tag = n.localName;
    if (tag === 'article' || (tag === 'div' && n.getAttribute('role') === 'link')) return false;
  }
  return false;
}

const QUOTE = SELECTORS.quote.join(',');

/** The element names every alternative starts with (null when one may match any element). */
function leadingTags(alts: readonly string[]): ReadonlySet<string> | null {
  const tags = new Set<string>();
  for (const s of alts) {
    const m = /^[a-z][a-z0-9-]*(?=[[.#:\s]|$)/.exec(s);
    if (!m || s.includes(',')) return null;
    tags.add(m[0]);
  }
  return tags;
}
const POST_TAGS = leadingTags(SELECTORS.post);
const QUOTE_TAGS = leadingTags(SELECTORS.quote);

/** Is `node` inside a quoted tweet of `tweet`? Walks up only as far as the tweet (never to the document). */
function insideQuote(node: Element, tweet: Element): boolean {
  for (let n: Element | null = node; n && n !== tweet; n = n.parentElement) if (n.matches(QUOTE)) return true;
  return false;
}

function ownFirst(el: Element, alts: readonly string[]): Element | null {
  for (const s of alts) {
    // The first match is the tweet's own in every tweet without a quote: one querySelector, no list.
    const n0 = el.querySelector(s);
    if (!n0) continue;
    if (ownedBy(n0, el)) return n0;
    for (const n of el.querySelectorAll(s)) {
      if (ownedBy(n, el)) return n;
    }
  }
  return null;
}

/**
 * Does `node` (inside `tweet`) belong to the tweet itself: no other tweet and no quoted tweet between
 * them? The same answer as `node.closest(POST) === tweet && !insideQuote(node, tweet)` in one walk up,
 * with a cheap tag test before any selector match.
 */
function ownedBy(node: Element, tweet: Element): boolean {
  for (let n: Element | null = node; n; n = n.parentElement) {
    if (n === tweet) return true;
    const tag: string = n.localName;
    if (
      ((POST_TAGS?.has(tag) ?? true) && n.matches(POST)) ||
      ((QUOTE_TAGS?.has(tag) ?? true) && n.matches(QUOTE))
    )
      return false;
  }
  return false;
}

/**
 * The content script's pre-check texts (SiteAdapter.precheck): the tweet's own text element, the very one
 * extractOne reads the text from, and its User-Name block (display name and @handle). Null when there is
 * no User-Name block with a handle (layouts where the name or handle come from elsewhere): the whole
 * textContent is checked then.
 */
export function precheckTexts(el: Element): { text: string; names: string } | null {
  const block = ownFirst(el, SELECTORS.userName);
  const names = block?.textContent ?? '';
  if (!names.includes('@')) return null;
  return { text: ownFirst(el, SELECTORS.text)?.textContent ?? '', names };
}

/** The focal status id of the last page URL seen (the content script extracts post by post on one URL). */
let focalOf: { url: string; id: string | null } = { url: '', id: null };

function focalId(url: string): string | null {
  if (focalOf.url !== url) focalOf = { url, id: STATUS_RE.exec(pathOf(url))?.[2] ?? null };
  return focalOf.id;
}

/** A status page (/user/status/ID): the focal tweet with its ancestors and replies. */
export function isStatusPage(url: string): boolean {
  return focalId(url) !== null;
}

export function extractPosts(root: ParentNode, url: string, options: ExtractOptions = {}): ExtractedPost[] {
  const focal = focalId(url);
  const posts: ExtractedPost[] = [];
  for (const el of matching(root, POST)) {
    const p = extractOne(el, url, options);
    if (p) posts.push(p);
  }
  if (focal) linkThread(root, posts, focal);
  return posts;
}

/**
 * On a status page, tweets above the focal one are its ancestors (each replies to the one above it) and
 * tweets below reply to the focal tweet. Works whether `root` is the page or a single tweet, because the
 * order is read from the whole document.
 */
function linkThread(root: ParentNode, posts: ExtractedPost[], focal: string): void {
  if (posts.length === 0) return;
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const order: string[] = [];
  for (const el of doc.querySelectorAll(POST)) {
    const id = postIdOf(el);
    if (id) order.push(id);
  }
  const focalAt = order.indexOf(focal);
  if (focalAt < 0) return;
  for (const p of posts) {
    const at = order.indexOf(p.id);
    if (at < 0) continue;
    p.parentId = at === 0 ? null : at <= focalAt ? (order[at - 1] ?? null) : focal;
  }
}

/**
 * One tweet element only (the content script extracts post by post): no search for nested tweets. Same
 * result as the matching entry of extractPosts(el, …).
 */
export function extractPost(el: Element, url: string, options: ExtractOptions = {}): ExtractedPost | null {
  const post = extractOne(el, url, options);
  const focal = focalId(url);
  if (post && focal) linkThread(el, [post], focal);
  return post;
}

function extractOne(el: Element, url: string, options: ExtractOptions): ExtractedPost | null {
  const link = permalinkOf(el);
  const m = link ? statusOf(link) : null;
  if (!m || !link) return null; // promoted or tombstoned tweets have no status link
  const id = m[2] as string;
  const userName = ownFirst(el, SELECTORS.userName);
  let handle = m[1] as string;
  let author = '';
  if (userName) {
    const spans = [...userName.querySelectorAll(sel(SELECTORS, 'namePart'))]
      .map((s) => lineOf(s))
      .filter(Boolean);
    const at = spans.find((t) => t.startsWith('@'));
    if (at) handle = at.slice(1);
    author = spans.find((t) => !t.startsWith('@') && t !== '·') ?? '';
  }
  if (!author) {
    // Layouts without the User-Name block: the profile link that is not the @handle carries the name.
    for (const a of el.querySelectorAll(SELECTORS.profileLink.join(','))) {
      const t = lineOf(a);
      if (t && !t.startsWith('@') && a.closest(POST) === el && !insideQuote(a, el)) {
        author = t;
        break;
      }
    }
  }
  if (!author) author = handle;
  const time = isoTime(attr(ownFirst(el, SELECTORS.time), 'datetime'));
  const post: ExtractedPost = {
    site: 'x',
    id,
    author,
    handle: `@${handle}`,
    text: textOf(ownFirst(el, SELECTORS.text)),
    url: permalinkUrl(handle, id, url),
    time,
    parentId: null,
  };
  const engagement = engagementOf(el);
  if (engagement) post.engagement = engagement;
  if (isBrandHandle(handle, options.brandHandles)) post.byBrand = true;
  return post;
}

const PLAIN_ORIGIN_RE = /^https:\/\/(?:mobile\.)?(?:x|twitter)\.com(?=[/?#])/;
const PLAIN_HANDLE_RE = /^[A-Za-z0-9_]{1,50}$/;

/** The tweet's address: built directly for a plain handle on an X origin, else through the URL parser. */
function permalinkUrl(handle: string, id: string, url: string): string {
  const origin = PLAIN_HANDLE_RE.test(handle) ? PLAIN_ORIGIN_RE.exec(url)?.[0] : undefined;
  if (origin) return `${origin}/${handle}/status/${id}`;
  return absUrl(`/${handle}/status/${id}`, url.startsWith('http') ? url : 'https://x.com/') ?? '';
}

/** Counts from the group label (exact English numbers) and, for what it lacks, the buttons ("1.2K"). */
function engagementOf(el: Element): Engagement | undefined {
  const e: Engagement = {};
  // The group's label has exact numbers ("48 replies, 1200 reposts, …"): read first, preferred.
  const label = attr(first(el, SELECTORS.actionGroup), 'aria-label') ?? '';
  if (label)
    for (const [re, key] of LABEL_COUNTS) {
      const mm = re.exec(label);
      const n = mm ? parseCount(mm[1]) : undefined;
      if (n !== undefined) e[key] = n;
    }
  const read = (key: keyof Engagement, alts: readonly string[]) => {
    if (e[key] !== undefined) return;
    const n = ownFirst(el, alts);
    if (!n) return;
    const v = parseCount(lineOf(n)) ?? parseCount(attr(n, 'aria-label'));
    if (v !== undefined) e[key] = v;
  };
  read('replies', SELECTORS.replies);
  read('reposts', SELECTORS.reposts);
  read('likes', SELECTORS.likes);
  read('views', SELECTORS.views);
  return Object.keys(e).length > 0 ? e : undefined;
}

const LABEL_COUNTS = [
  [/([\d.,]+)\s+repl/i, 'replies'],
  [/([\d.,]+)\s+(?:repost|retweet)/i, 'reposts'],
  [/([\d.,]+)\s+like/i, 'likes'],
  [/([\d.,]+)\s+view/i, 'views'],
] as const;
