/**
 * YouTube comment extraction. A comment id is the lc= parameter of its timestamp link; replies carry
 * "PARENT.CHILD", so the parent is the part before the dot. YouTube prints relative times only.
 */
import type { ExtractedPost } from '../../shared/types.ts';
import { sel } from '../common/dom.ts';
import { makeExtractor, makePrecheck, ownIn } from '../common/simple.ts';
import type { ExtractOptions } from '../common/types.ts';
import { SELECTORS } from './selectors.ts';

const ITEM = sel(SELECTORS, 'item');
const LC_RE = /^[A-Za-z0-9_-]{8,64}(?:\.[A-Za-z0-9_-]{8,64})?$/;

function lcOf(el: Element): string | null {
  const a = ownIn(el, SELECTORS.permalink, ITEM);
  const href = a?.getAttribute('href');
  if (!href) return null;
  try {
    const lc = new URL(href, 'https://www.youtube.com/').searchParams.get('lc');
    return lc && LC_RE.test(lc) ? lc : null;
  } catch {
    return null;
  }
}

export function postIdOf(el: Element): string | null {
  return lcOf(el);
}

const base = makeExtractor({
  site: 'youtube',
  item: ITEM,
  id: lcOf,
  author: SELECTORS.author,
  handle: (_el, a) => {
    const href = a?.getAttribute('href') ?? '';
    const m = /\/(@[^/?#]{1,100})/.exec(href);
    return m?.[1] ? decodeURIComponent(m[1]) : (a?.textContent ?? '').trim();
  },
  text: SELECTORS.text,
  permalink: (el) => ownIn(el, SELECTORS.permalink, ITEM)?.getAttribute('href') ?? null,
  parent: (_el, id) => (id.includes('.') ? (id.split('.')[0] ?? null) : null),
  engagement: { likes: SELECTORS.likes },
});

export function extractPosts(root: ParentNode, url: string, options: ExtractOptions = {}): ExtractedPost[] {
  return base(root, url, options);
}

/** The pre-check parts (SiteAdapter.precheck): the item's own text and author elements. */
export const precheckTexts = makePrecheck({ item: ITEM, author: SELECTORS.author, text: SELECTORS.text });
