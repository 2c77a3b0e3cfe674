/** Reddit extraction (new and old layouts) as a pure function of a DOM subtree. */
import type { ExtractedPost } from '../../shared/types.ts';
import { parseCount } from '../common/count.ts';
import { attr, isoTime, lineOf, matching, sel } from '../common/dom.ts';
import { makeExtractor, ownIn } from '../common/simple.ts';
import type { ExtractOptions } from '../common/types.ts';
import { SELECTORS } from './selectors.ts';

const ITEM = sel(SELECTORS, 'item');
const ID_RE = /^t[13]_[a-z0-9]{1,16}$/;

export function postIdOf(el: Element): string | null {
  const id =
    attr(el, 'thingid') ??
    (el.localName === 'shreddit-post' ? attr(el, 'id') : null) ??
    attr(el, 'data-fullname');
  return id && ID_RE.test(id) ? id : null;
}

const base = makeExtractor({
  site: 'reddit',
  item: ITEM,
  id: postIdOf,
  author: SELECTORS.author,
  handle: (el, a) => {
    const h = attr(el, 'author') ?? attr(el, 'data-author') ?? lineOf(a).replace(/^u\//, '');
    return h ? `u/${h}` : '';
  },
  text: SELECTORS.text,
  time: SELECTORS.time,
  permalink: (el) => attr(el, 'permalink') ?? attr(el, 'data-permalink') ?? attr(el, 'content-href'),
  parent: (el) => {
    const p = attr(el, 'parentid');
    if (p && ID_RE.test(p)) return p;
    // Old reddit: the comment's enclosing .thing, or the page's link for top-level comments.
    if (el.matches(sel(SELECTORS, 'oldComment'))) {
      const up = el.parentElement?.closest(sel(SELECTORS, 'oldThing'));
      const pid = up ? attr(up, 'data-fullname') : null;
      if (pid) return pid;
      const link = el.ownerDocument.querySelector(sel(SELECTORS, 'oldLink'));
      return link ? attr(link, 'data-fullname') : null;
    }
    if (el.localName === 'shreddit-comment') {
      const post =
        attr(el, 'postid') ??
        el.ownerDocument.querySelector(sel(SELECTORS, 'newPost'))?.getAttribute('id') ??
        null;
      return post;
    }
    return null;
  },
});

export function extractPosts(root: ParentNode, url: string, options: ExtractOptions = {}): ExtractedPost[] {
  const posts = base(root, url, options);
  const byId = new Map<string, Element>();
  for (const el of matching(root, ITEM)) {
    const id = postIdOf(el);
    if (id) byId.set(id, el);
  }
  for (const p of posts) {
    const el = byId.get(p.id);
    if (!el) continue;
    // New reddit keeps data in attributes; they beat text scraping.
    const title = attr(el, 'post-title');
    if (title) p.text = p.text ? `${title}\n${p.text}` : title;
    const created = attr(el, 'created-timestamp') ?? attr(el, 'created');
    if (!p.time && created)
      p.time = isoTime(created.replace(/(\.\d{3})\d*/, '$1').replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
    if (!p.time)
      p.time = isoTime(
        attr(el, 'data-timestamp') ? String(Number(attr(el, 'data-timestamp')) / 1000) : null,
        true,
      );
    const score = parseCount(
      attr(el, 'score') ?? attr(el, 'data-score') ?? lineOf(ownIn(el, SELECTORS.score, ITEM)),
    );
    const comments = parseCount(
      attr(el, 'comment-count') ??
        attr(el, 'data-comments-count') ??
        lineOf(ownIn(el, SELECTORS.comments, ITEM)),
    );
    if (score !== undefined || comments !== undefined) {
      p.engagement = {
        ...(score !== undefined ? { likes: score } : {}),
        ...(comments !== undefined ? { replies: comments } : {}),
      };
    }
  }
  return posts;
}
