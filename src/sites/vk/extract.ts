/** VK wall posts and comments as a pure function of a DOM subtree. */
import type { ExtractedPost } from '../../shared/types.ts';
import { attr, sel } from '../common/dom.ts';
import { lastSegment, makeExtractor, makePrecheck, ownIn } from '../common/simple.ts';
import type { ExtractOptions } from '../common/types.ts';
import { SELECTORS } from './selectors.ts';

const ITEM = sel(SELECTORS, 'item');
const ID_RE = /^-?\d{1,20}_\d{1,20}$/;

export function postIdOf(el: Element): string | null {
  const id = attr(el, 'data-post-id');
  return id && ID_RE.test(id) ? id : null;
}

const base = makeExtractor({
  site: 'vk',
  item: ITEM,
  id: postIdOf,
  author: SELECTORS.author,
  handle: (_el, a) => lastSegment(a?.getAttribute('href') ?? null),
  text: SELECTORS.text,
  time: SELECTORS.time,
  permalink: (el, id) =>
    ownIn(el, SELECTORS.permalink, ITEM)?.getAttribute('href') ??
    (el.matches(sel(SELECTORS, 'reply')) ? null : `/wall${id}`),
  parent: (el) => {
    if (!el.matches(sel(SELECTORS, 'reply'))) return null;
    // A reply to a comment names it in data-answer-id; otherwise the wall post it sits under.
    const answer = attr(el, 'data-answer-id');
    if (answer && ID_RE.test(answer)) return answer;
    const post = el.parentElement?.closest(sel(SELECTORS, 'wallPost'));
    return post ? postIdOf(post) : null;
  },
  engagement: {
    likes: SELECTORS.likes,
    replies: SELECTORS.comments,
    reposts: SELECTORS.reposts,
    views: SELECTORS.views,
  },
});

export function extractPosts(root: ParentNode, url: string, options: ExtractOptions = {}): ExtractedPost[] {
  return base(root, url, options);
}

/** The pre-check parts (SiteAdapter.precheck): the item's own text and author elements. */
export const precheckTexts = makePrecheck({ item: ITEM, author: SELECTORS.author, text: SELECTORS.text });
