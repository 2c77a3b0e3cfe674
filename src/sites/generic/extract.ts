/**
 * Generic extraction for any site. Ids come from data-comment-id, the element id ("comment-123"), or,
 * when the page gives none, a stable hash of author and text (so the same comment keeps its id).
 */
import type { ExtractedPost } from '../../shared/types.ts';
import { attr, lineOf, sel, textOf } from '../common/dom.ts';
import { makeExtractor, ownIn } from '../common/simple.ts';
import type { ExtractOptions } from '../common/types.ts';
import { SELECTORS } from './selectors.ts';

const ITEM = sel(SELECTORS, 'item');

/** FNV-1a 32-bit, hex: a short stable id for comments without one. */
export function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function postIdOf(el: Element): string | null {
  const explicit = attr(el, 'data-comment-id') ?? attr(el, 'data-id');
  if (explicit && /^[\w:.-]{1,200}$/.test(explicit)) return explicit;
  const id = attr(el, 'id');
  if (id && /^[\w:.-]{1,200}$/.test(id)) return id.replace(/^(?:comment|div-comment|post)[-_]/, '');
  const text = textOf(ownIn(el, SELECTORS.text, ITEM), { max: 2000 });
  if (!text) return null;
  return `h${fnv1a(`${lineOf(ownIn(el, SELECTORS.author, ITEM))}\n${text}`)}`;
}

const base = makeExtractor({
  site: 'web',
  item: ITEM,
  id: postIdOf,
  author: SELECTORS.author,
  handle: (_el, a) => {
    const link =
      a?.localName === 'a'
        ? a
        : (a?.querySelector(sel(SELECTORS, 'link')) ?? a?.closest(sel(SELECTORS, 'link')) ?? null);
    const href = attr(link, 'href');
    return href && !href.startsWith('#') ? href : '';
  },
  text: SELECTORS.text,
  divBreaks: true,
  time: SELECTORS.time,
  permalink: (el, id) => {
    const a = ownIn(el, SELECTORS.permalink, ITEM);
    return attr(a, 'href') ?? `#${attr(el, 'id') ?? `comment-${id}`}`;
  },
  parent: (el) => {
    const p = attr(el, 'data-parent-id');
    if (p && /^[\w:.-]{1,200}$/.test(p)) return p;
    const up = el.parentElement?.closest(ITEM);
    return up ? postIdOf(up) : null;
  },
  engagement: { likes: SELECTORS.likes },
});

export function extractPosts(root: ParentNode, url: string, options: ExtractOptions = {}): ExtractedPost[] {
  return base(root, url, options);
}
