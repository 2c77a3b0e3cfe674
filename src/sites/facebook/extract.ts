/**
 * Facebook extraction: stories and the comments under them, as a pure function of a DOM subtree.
 * Comment ids come from the comment_id / reply_comment_id of their permalinks; a top-level comment's
 * parent is its story, a reply's parent is the comment it answers.
 */
import type { ExtractedPost } from '../../shared/types.ts';
import { parseCount } from '../common/count.ts';
import { absUrl, attr, isBrandHandle, isoTime, lineOf, matching, sel, textOf } from '../common/dom.ts';
import type { ExtractOptions } from '../common/types.ts';
import { SELECTORS } from './selectors.ts';

const STORY = sel(SELECTORS, 'story');
const COMMENT = sel(SELECTORS, 'comment');
/** Comments are role=article with an aria-label; stories the other role=article shapes. */
const ANY = `${STORY}, ${COMMENT}`;

function isComment(el: Element): boolean {
  return el.matches(COMMENT) && !el.matches(STORY);
}

function ownAll(owner: Element, alts: readonly string[]): Element[] {
  const out: Element[] = [];
  for (const s of alts) {
    for (const el of owner.querySelectorAll(s)) if (nearest(el) === owner) out.push(el);
  }
  return out;
}

/** The story or comment an element belongs to. */
function nearest(el: Element): Element | null {
  let n: Element | null = el;
  while (n) {
    if (n.matches(ANY)) return n;
    n = n.parentElement;
  }
  return null;
}

function param(href: string, name: string): string | null {
  try {
    return new URL(href, 'https://www.facebook.com/').searchParams.get(name);
  } catch {
    return null;
  }
}

/** Story id from a permalink: /posts/ID, story_fbid=ID, /permalink/ID, /videos/ID. */
function storyIdFrom(href: string | null): string | null {
  if (!href) return null;
  const m =
    /\/(?:posts|permalink|videos)\/([A-Za-z0-9_-]{3,200})/.exec(href) ??
    /[?&]story_fbid=([A-Za-z0-9_-]{3,200})/.exec(href);
  return m?.[1] ?? null;
}

function commentIds(el: Element): { id: string; parent: string | null; href: string } | null {
  for (const a of ownAll(el, SELECTORS.commentPermalink)) {
    const href = a.getAttribute('href') ?? '';
    const reply = param(href, 'reply_comment_id');
    const cid = param(href, 'comment_id');
    if (reply && /^\d{1,40}$/.test(reply)) return { id: reply, parent: cid, href };
    // The author's profile link also carries comment_id; prefer the one that is a post permalink.
    if (cid && /^\d{1,40}$/.test(cid) && storyIdFrom(href)) return { id: cid, parent: null, href };
  }
  const any = ownAll(el, SELECTORS.commentPermalink)[0];
  const href = any?.getAttribute('href') ?? '';
  const cid = param(href, 'comment_id');
  return cid && /^\d{1,40}$/.test(cid) ? { id: cid, parent: null, href } : null;
}

export function postIdOf(el: Element): string | null {
  if (isComment(el)) return commentIds(el)?.id ?? null;
  const link = ownAll(el, SELECTORS.storyPermalink)[0];
  return storyIdFrom(link?.getAttribute('href') ?? null);
}

/** Profile handle from a profile URL: the vanity name, or id=… for profile.php links. */
function handleFrom(href: string | null): string {
  if (!href) return '';
  try {
    const u = new URL(href, 'https://www.facebook.com/');
    if (u.pathname === '/profile.php') return u.searchParams.get('id') ?? '';
    const seg = u.pathname.split('/').filter(Boolean);
    if (seg[0] === 'people' || seg[0] === 'groups') return seg[seg.length - 1] ?? '';
    return seg[0] ?? '';
  } catch {
    return '';
  }
}

function timeOf(el: Element): string | null {
  for (const t of ownAll(el, SELECTORS.time)) {
    const iso = t.hasAttribute('data-utime')
      ? isoTime(t.getAttribute('data-utime'), true)
      : isoTime(t.getAttribute('datetime'));
    if (iso) return iso;
  }
  return null;
}

function reactionsOf(el: Element): number | undefined {
  for (const r of ownAll(el, SELECTORS.reactions)) {
    const n = parseCount(attr(r, 'aria-label')) ?? parseCount(lineOf(r));
    if (n !== undefined) return n;
  }
  return undefined;
}

/** The first element matching one of `alts` that belongs to `owner` itself (not to a nested comment). */
function ownFirst(owner: Element, alts: readonly string[]): Element | null {
  for (const s of alts) {
    for (const el of owner.querySelectorAll(s)) if (nearest(el) === owner) return el;
  }
  return null;
}

/**
 * The content script's pre-check texts (SiteAdapter.precheck): the story's or comment's own text element
 * and its author's name, the very elements the extractor reads. Facebook's markup has no whitespace
 * between elements, so the whole element's textContent glues the author's name to the text
 * ("Anna BērziņaVelora, kāpēc…") and the matcher sees no word start before the brand; the parts do not.
 * Null (the whole textContent is checked) when the post has no text element of its own.
 */
export function precheckTexts(el: Element): { text: string; names: string } | null {
  const comment = isComment(el);
  const textEl = ownFirst(el, comment ? SELECTORS.commentText : SELECTORS.storyText);
  if (!textEl) return null;
  // As the extractor: the first author link with a name (an avatar link comes first and has none), and for
  // comments the aria-label ("Comment by NAME …") that names the author when no link does.
  let names = '';
  for (const s of comment ? SELECTORS.commentAuthor : SELECTORS.storyAuthor) {
    for (const a of el.querySelectorAll(s)) {
      const t = a.textContent ?? '';
      if (t.trim() && nearest(a) === el) {
        names = t;
        break;
      }
    }
    if (names) break;
  }
  if (comment) names = `${names}\n${el.getAttribute('aria-label') ?? ''}`;
  return { text: textEl.textContent ?? '', names };
}

export function extractPosts(root: ParentNode, url: string, options: ExtractOptions = {}): ExtractedPost[] {
  const base = url.startsWith('http') ? url : 'https://www.facebook.com/';
  const out: ExtractedPost[] = [];
  for (const el of matching(root, ANY)) {
    const p = isComment(el) ? extractComment(el, base) : extractStory(el, base);
    if (!p) continue;
    if (isBrandHandle(p.handle, options.brandHandles)) p.byBrand = true;
    out.push(p);
  }
  return out;
}

function extractStory(el: Element, base: string): ExtractedPost | null {
  const link = ownAll(el, SELECTORS.storyPermalink)[0];
  const id = storyIdFrom(link?.getAttribute('href') ?? null);
  if (!id || !link) return null;
  const authorLink = ownAll(el, SELECTORS.storyAuthor)[0] ?? null;
  const handle = handleFrom(authorLink?.getAttribute('href') ?? null);
  const p: ExtractedPost = {
    site: 'facebook',
    id,
    author: lineOf(authorLink) || handle,
    handle,
    text: textOf(ownAll(el, SELECTORS.storyText)[0], { divBreaks: true }),
    url: stripTracking(absUrl(link.getAttribute('href'), base) ?? ''),
    time: timeOf(el),
    parentId: null,
  };
  const likes = reactionsOf(el);
  if (likes !== undefined) p.engagement = { likes };
  return p;
}

function extractComment(el: Element, base: string): ExtractedPost | null {
  const ids = commentIds(el);
  if (!ids) return null;
  const authorLink = ownAll(el, SELECTORS.commentAuthor).find((a) => lineOf(a) !== '') ?? null;
  let author = lineOf(authorLink);
  if (!author) {
    // aria-label "Comment by NAME 2 hours ago" (English UI); other UIs fall back to the handle.
    author = /^(?:Comment|Reply) by (.+?)(?: \d|$)/.exec(attr(el, 'aria-label') ?? '')?.[1] ?? '';
  }
  const handle = handleFrom(authorLink?.getAttribute('href') ?? null);
  const storyLink = el.closest(STORY);
  const storyId = storyLink ? postIdOf(storyLink) : storyIdFrom(ids.href);
  const parentComment = el.parentElement ? nearest(el.parentElement) : null;
  const parentId =
    ids.parent ??
    (parentComment && isComment(parentComment)
      ? postIdOf(parentComment)
      : (storyId ?? storyIdFrom(ids.href)));
  const p: ExtractedPost = {
    site: 'facebook',
    id: ids.id,
    author: author || handle,
    handle,
    text: textOf(ownAll(el, SELECTORS.commentText)[0], { divBreaks: true }),
    url: absUrl(ids.href, base) ?? '',
    time: timeOf(el),
    parentId,
  };
  const likes = reactionsOf(el);
  if (likes !== undefined) p.engagement = { likes };
  return p;
}

/** Drop Facebook's tracking parameters (__cft__, __tn__) from a permalink. */
function stripTracking(href: string): string {
  try {
    const u = new URL(href);
    for (const k of [...u.searchParams.keys()]) if (k.startsWith('__')) u.searchParams.delete(k);
    return u.href;
  } catch {
    return href;
  }
}
