/**
 * LinkedIn extraction. Activity ids come from data-urn; comment ids from "urn:li:comment:(activity:X,ID)"
 * and a reply's urn nests its parent: "urn:li:comment:(urn:li:comment:(activity:X,PARENT),ID)".
 */
import type { ExtractedPost } from '../../shared/types.ts';
import { attr, sel } from '../common/dom.ts';
import { lastSegment, makeExtractor, makePrecheck, ownIn } from '../common/simple.ts';
import type { ExtractOptions } from '../common/types.ts';
import { SELECTORS } from './selectors.ts';

const ITEM = sel(SELECTORS, 'item');

function urnOf(el: Element): string {
  return attr(el, 'data-urn') ?? attr(el, 'data-id') ?? '';
}

export function postIdOf(el: Element): string | null {
  const urn = urnOf(el);
  const act = /^urn:li:activity:(\d{5,25})$/.exec(urn);
  if (act) return act[1] ?? null;
  const ids = [...urn.matchAll(/,(\d{5,25})\)/g)].map((m) => m[1]);
  return urn.startsWith('urn:li:comment:') ? (ids[ids.length - 1] ?? null) : null;
}

function parentOf(el: Element): string | null {
  const urn = urnOf(el);
  if (!urn.startsWith('urn:li:comment:')) return null;
  const ids = [...urn.matchAll(/,(\d{5,25})\)/g)].map((m) => m[1]);
  if (ids.length >= 2) return ids[ids.length - 2] ?? null;
  return /activity:(\d{5,25})/.exec(urn)?.[1] ?? null;
}

const base = makeExtractor({
  site: 'linkedin',
  item: ITEM,
  id: postIdOf,
  author: SELECTORS.author,
  handle: (el) => {
    const href = ownIn(el, SELECTORS.authorLink, ITEM)?.getAttribute('href') ?? '';
    const m = /\/(?:in|company)\/([^/?#]{1,100})/.exec(href);
    return m?.[1] ? decodeURIComponent(m[1]) : lastSegment(href);
  },
  text: SELECTORS.text,
  time: SELECTORS.time,
  permalink: (el, id) => {
    const urn = urnOf(el);
    if (urn.startsWith('urn:li:activity:')) return `https://www.linkedin.com/feed/update/${urn}/`;
    const act = /activity:(\d{5,25})/.exec(urn)?.[1];
    return act
      ? `https://www.linkedin.com/feed/update/urn:li:activity:${act}/?commentUrn=${encodeURIComponent(urn)}&id=${id}`
      : null;
  },
  parent: parentOf,
  engagement: { likes: SELECTORS.likes, replies: SELECTORS.comments },
});

export function extractPosts(root: ParentNode, url: string, options: ExtractOptions = {}): ExtractedPost[] {
  return base(root, url, options);
}

/** The pre-check parts (SiteAdapter.precheck): the item's own text and author elements. */
export const precheckTexts = makePrecheck({ item: ITEM, author: SELECTORS.author, text: SELECTORS.text });
