/** draugiem.lv posts and comments as a pure function of a DOM subtree. */
import type { ExtractedPost } from '../../shared/types.ts';
import { attr, sel } from '../common/dom.ts';
import { lastSegment, makeExtractor, ownIn } from '../common/simple.ts';
import type { ExtractOptions } from '../common/types.ts';
import { SELECTORS } from './selectors.ts';

const ITEM = sel(SELECTORS, 'item');
const ID_RE = /^\d{1,20}$/;

export function postIdOf(el: Element): string | null {
  const raw =
    attr(el, 'data-comment-id') ??
    attr(el, 'data-post-id') ??
    (attr(el, 'id') ?? '').replace(/^(?:post|comment)_/, '');
  return raw && ID_RE.test(raw) ? raw : null;
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
    return m?.[1] ?? lastSegment(href);
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
