/**
 * A declarative extractor for sites whose posts and comments each sit in one element with their own
 * author, text, time and permalink. The site supplies named selectors and small functions for what its
 * markup spells in its own way (ids, handles, parents); this walks the subtree and builds the posts.
 */
import type { Engagement, ExtractedPost, Platform } from '../../shared/types.ts';
import { parseCount } from './count.ts';
import { absUrl, isBrandHandle, isoTime, lineOf, matching, textOf } from './dom.ts';
import type { ExtractOptions } from './types.ts';

export interface SimpleSpec {
  site: Platform;
  /** Every post or comment element. */
  item: string;
  /** Site id of an item (null skips it: ads, placeholders). */
  id(el: Element): string | null;
  author: readonly string[];
  /** Handle of an item; defaults to the author link's last path segment. */
  handle?(el: Element, authorEl: Element | null): string;
  text: readonly string[];
  divBreaks?: boolean;
  time?: readonly string[];
  /** Permalink (absolute or relative); defaults to the page URL. */
  permalink?(el: Element, id: string): string | null;
  parent?(el: Element, id: string, url: string): string | null;
  engagement?: Partial<Record<keyof Engagement, readonly string[]>>;
}

/** Elements matching `alts` that belong to `owner` rather than to an item nested inside it. */
export function ownIn(owner: Element, alts: readonly string[], item: string): Element | null {
  for (const s of alts) {
    for (const el of owner.querySelectorAll(s)) if (el.closest(item) === owner) return el;
    if (owner.matches(s)) return owner;
  }
  return null;
}

export function lastSegment(href: string | null): string {
  if (!href) return '';
  try {
    const seg = new URL(href, 'https://example.com/').pathname.split('/').filter(Boolean);
    return decodeURIComponent(seg[seg.length - 1] ?? '');
  } catch {
    return '';
  }
}

/** Time from a time[datetime], or a Unix-seconds attribute named in the selector (e.g. [data-time]). */
function timeFrom(el: Element | null): string | null {
  if (!el) return null;
  for (const a of [
    'datetime',
    'data-utime',
    'data-time',
    'created-timestamp',
    'created',
    'time',
    'content',
    'title',
  ]) {
    const v = el.getAttribute(a);
    const t = v ? isoTime(v) : null;
    if (t) return t;
  }
  return null;
}

/**
 * The content script's pre-check texts (SiteAdapter.precheck) for a simple site: the item's own text element
 * and author element, the very ones the extractor reads. Sites whose markup has no whitespace between
 * elements glue the author's name or the time to the first word of the whole element's textContent
 * ("Anna BērziņaVelora …"), where the matcher sees no word start; these parts do not. Only for sites whose
 * extractor takes the text from the spec unchanged (no title or other parts added afterwards). Null (the
 * whole textContent is checked) when the item has no text element of its own.
 */
export function makePrecheck(spec: Pick<SimpleSpec, 'item' | 'author' | 'text'>) {
  return function precheck(el: Element): { text: string; names: string } | null {
    const textEl = ownIn(el, spec.text, spec.item);
    if (!textEl) return null;
    return { text: textEl.textContent ?? '', names: ownIn(el, spec.author, spec.item)?.textContent ?? '' };
  };
}

export function makeExtractor(spec: SimpleSpec) {
  return function extractPosts(root: ParentNode, url: string, options: ExtractOptions = {}): ExtractedPost[] {
    const base = url.startsWith('http') ? url : 'https://example.com/';
    const out: ExtractedPost[] = [];
    for (const el of matching(root, spec.item)) {
      const id = spec.id(el);
      if (!id) continue;
      const authorEl = ownIn(el, spec.author, spec.item);
      const handle = spec.handle
        ? spec.handle(el, authorEl)
        : lastSegment(authorEl?.getAttribute('href') ?? null);
      const author = (authorEl ? lineOf(authorEl) : '') || handle;
      const textEl = ownIn(el, spec.text, spec.item);
      const post: ExtractedPost = {
        site: spec.site,
        id,
        author,
        handle,
        text: textOf(textEl, { divBreaks: spec.divBreaks ?? false }),
        url: absUrl(spec.permalink?.(el, id) ?? null, base) ?? base,
        time: spec.time ? timeFrom(ownIn(el, spec.time, spec.item)) : null,
        parentId: spec.parent ? spec.parent(el, id, url) : null,
      };
      if (spec.engagement) {
        const e: Engagement = {};
        for (const [k, alts] of Object.entries(spec.engagement) as [keyof Engagement, readonly string[]][]) {
          const n = ownIn(el, alts, spec.item);
          const v = n ? (parseCount(lineOf(n)) ?? parseCount(n.getAttribute('aria-label'))) : undefined;
          if (v !== undefined) e[k] = v;
        }
        if (Object.keys(e).length > 0) post.engagement = e;
      }
      if (isBrandHandle(handle, options.brandHandles)) post.byBrand = true;
      out.push(post);
    }
    return out;
  };
}
