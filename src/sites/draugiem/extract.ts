/** draugiem.lv posts and comments as a pure function of a DOM subtree. */
import type { ExtractedPost } from '../../shared/types.ts';
import { attr, sel } from '../common/dom.ts';
import { lastSegment, makeExtractor, ownIn } from '../common/simple.ts';
import type { ExtractOptions } from '../common/types.ts';
import { SELECTORS } from './selectors.ts';

const ITEM = sel(SELECTORS, 'item');
const ID_RE = /^\d{1,20}$/;

/**
 * The post or comment id: a data-* id (several spellings), an element id with a known prefix, or the
 * pid/cid parameter of the item's own permalink (the one part of draugiem's markup seen in public
 * links: posts.php?pid=<id>).
 */
export function postIdOf(el: Element): string | null {
  for (const a of ['data-comment-id', 'data-post-id', 'data-cid', 'data-pid', 'data-id']) {
    const v = attr(el, a);
    if (v) return ID_RE.test(v) ? v : null;
  }
  const fromId = /^(?:post|comment|say|pid|cid)[_-](\d{1,20})$/.exec(attr(el, 'id') ?? '')?.[1];
  if (fromId) return fromId;
  const link = ownIn(el, SELECTORS.permalink, ITEM)?.getAttribute('href') ?? '';
  const comment = el.matches(sel(SELECTORS, 'commentItem'));
  const m = (comment ? /[?&]cid=(\d{1,20})/.exec(link) : null) ?? /[?&]pid=(\d{1,20})(?:&|#|$)/.exec(link);
  return m?.[1] ?? null;
}

function isComment(el: Element): boolean {
  return el.matches(sel(SELECTORS, 'commentItem'));
}

const base = makeExtractor({
  site: 'draugiem',
  item: ITEM,
  id: postIdOf,
  author: SELECTORS.author,
  handle: (_el, a) => {
    const href = attr(a, 'href') ?? '';
    const m = /\/user\/(\d{1,20})/.exec(href) ?? /[?&]uid=(\d{1,20})/.exec(href);
    // Brand pages: /lapas/<name>/ or a name slug.
    return m?.[1] ?? (lastSegment(href) || '');
  },
  text: SELECTORS.text,
  time: SELECTORS.time,
  permalink: (el) => ownIn(el, SELECTORS.permalink, ITEM)?.getAttribute('href') ?? null,
  parent: (el) => {
    if (!isComment(el)) return null;
    const reply = attr(el, 'data-reply-to');
    if (reply && ID_RE.test(reply)) return reply;
    const up = el.parentElement?.closest(ITEM);
    return up ? postIdOf(up) : null;
  },
  engagement: { likes: SELECTORS.likes, replies: SELECTORS.comments },
});

export function extractPosts(root: ParentNode, url: string, options: ExtractOptions = {}): ExtractedPost[] {
  return base(root, url, options);
}
