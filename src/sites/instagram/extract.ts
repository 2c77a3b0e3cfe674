/**
 * Instagram extraction: the post (caption) and its comments, as a pure function of a DOM subtree.
 * The post's own caption is the first comment-like row in old layouts; here it is the h1.
 */
import type { ExtractedPost } from '../../shared/types.ts';
import { parseCount } from '../common/count.ts';
import { absUrl, attr, isBrandHandle, isoTime, lineOf, matching, sel, textOf } from '../common/dom.ts';
import type { ExtractOptions } from '../common/types.ts';
import { SELECTORS } from './selectors.ts';

const POST = sel(SELECTORS, 'post');
const CODE_RE = /\/(?:p|reel)\/([A-Za-z0-9_-]{5,40})\//;
const COMMENT_RE = /\/(?:p|reel)\/([A-Za-z0-9_-]{5,40})\/c\/(\d{5,30})(?:\/r\/(\d{5,30}))?/;
const RESERVED = new Set(['p', 'reel', 'explore', 'accounts', 'direct', 'stories']);

function handleOf(a: Element | null): string {
  const seg = (attr(a, 'href') ?? '').split(/[/?#]/).filter(Boolean);
  const h = seg.length === 1 ? (seg[0] ?? '') : '';
  return RESERVED.has(h) ? '' : h;
}

/** A profile link is /name/ with nothing else in the path. */
function profileLinks(scope: Element): Element[] {
  return [...scope.querySelectorAll(SELECTORS.profileLink.join(','))].filter((a) => handleOf(a) !== '');
}

function commentItemOf(link: Element, post: Element): Element | null {
  const item = link.closest(SELECTORS.commentItem.join(','));
  return item && post.contains(item) ? item : null;
}

export function postIdOf(el: Element): string | null {
  if (el.matches(POST)) {
    for (const a of el.querySelectorAll(SELECTORS.postLink.join(','))) {
      const href = attr(a, 'href') ?? '';
      if (!COMMENT_RE.test(href)) return CODE_RE.exec(href)?.[1] ?? null;
    }
    return null;
  }
  const href = attr(el.querySelector(SELECTORS.commentLink.join(',')), 'href') ?? '';
  const m = COMMENT_RE.exec(href);
  return m ? (m[3] ?? m[2] ?? null) : null;
}

export function extractPosts(root: ParentNode, url: string, options: ExtractOptions = {}): ExtractedPost[] {
  const base = url.startsWith('http') ? url : 'https://www.instagram.com/';
  const out: ExtractedPost[] = [];
  // Called on a comment row (the content script re-checks changed rows): read its article, keep the row's posts.
  const rootEl = (root as Node).nodeType === 1 ? (root as Element) : null;
  const articles = matching(root, POST);
  const enclosing = articles.length === 0 && rootEl ? rootEl.closest(POST) : null;
  if (enclosing) {
    const ids = new Set<string>();
    for (const a of [
      rootEl as Element,
      ...(rootEl as Element).querySelectorAll(SELECTORS.commentLink.join(',')),
    ]) {
      const m = COMMENT_RE.exec(attr(a, 'href') ?? '');
      if (m) ids.add(m[3] ?? (m[2] as string));
    }
    return extractPosts(enclosing, url, options).filter((p) => ids.has(p.id));
  }
  for (const post of articles) {
    const code = postIdOf(post) ?? CODE_RE.exec(`${new URL(base).pathname}/`)?.[1] ?? null;
    if (!code) continue;
    const commentItems = new Set<Element>();
    for (const a of post.querySelectorAll(SELECTORS.commentLink.join(','))) {
      const item = commentItemOf(a, post);
      if (item) commentItems.add(item);
    }
    const inComment = (n: Element) => [...commentItems].some((c) => c.contains(n));
    const author = profileLinks(post).find((a) => !inComment(a) && lineOf(a) !== '') ?? null;
    const caption =
      [...post.querySelectorAll(SELECTORS.caption.join(','))].find((h) => !inComment(h)) ?? null;
    const time = [...post.querySelectorAll(SELECTORS.time.join(','))].find((t) => !inComment(t)) ?? null;
    const likes = [...post.querySelectorAll(SELECTORS.likes.join(','))]
      .map((l) => parseCount(lineOf(l)))
      .find((n) => n !== undefined);
    const handle = handleOf(author);
    const p: ExtractedPost = {
      site: 'instagram',
      id: code,
      author: lineOf(author) || handle,
      handle,
      text: textOf(caption),
      url: absUrl(`/p/${code}/`, base) ?? base,
      time: isoTime(attr(time, 'datetime')),
      parentId: null,
    };
    if (likes !== undefined) p.engagement = { likes };
    if (isBrandHandle(handle, options.brandHandles)) p.byBrand = true;
    out.push(p);
    for (const item of commentItems) {
      const link = item.querySelector(SELECTORS.commentLink.join(','));
      const m = COMMENT_RE.exec(attr(link, 'href') ?? '');
      if (!m) continue;
      // A nested reply's item lives inside its parent's item; its link is /c/PARENT/r/ID/.
      const id = m[3] ?? (m[2] as string);
      const parentId = m[3] ? (m[2] as string) : code;
      if (m[3] === undefined && [...commentItems].some((c) => c !== item && c.contains(item))) continue;
      const who = profileLinks(item).find((a) => lineOf(a) !== '') ?? null;
      const textEl = [...item.querySelectorAll(SELECTORS.commentText.join(','))].find(
        (s) =>
          !s.querySelector(sel(SELECTORS, 'anyLink')) &&
          lineOf(s) !== lineOf(who) &&
          s.closest(SELECTORS.commentItem.join(',')) === item,
      );
      const h = handleOf(who);
      const c: ExtractedPost = {
        site: 'instagram',
        id,
        author: lineOf(who) || h,
        handle: h,
        text: textOf(textEl ?? null),
        url: absUrl(attr(link, 'href'), base) ?? base,
        time: isoTime(attr(item.querySelector(SELECTORS.time.join(',')), 'datetime')),
        parentId,
      };
      if (isBrandHandle(h, options.brandHandles)) c.byBrand = true;
      out.push(c);
    }
  }
  return out;
}
