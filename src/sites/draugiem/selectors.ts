/**
 * draugiem.lv: "Runā" posts, brand ("lapas") pages and their comments.
 *
 * What is known from public sources (checked for this file with public code that links to or scrapes the
 * site): profiles are https://www.draugiem.lv/user/<numeric id>/ (also ?uid=<id> on old pages), brand pages
 * live under /lapas/ or a name slug, "Runā" lives under /say/ (posts.php?pid=<id> permalinks, the share
 * endpoint /say/ext/add.php), and the old layout used element ids (post_<id>, comment_<id>) in fixed
 * columns (#ct, #rt, #lt). What is NOT verified against a live page (none was available while writing):
 * the class names and data-* attributes of the current post and comment markup. So every name below
 * has alternatives that do not depend on one class name: data-* ids in several spellings, id prefixes,
 * <article>/role="article" items, and the permalink's pid/cid parameters, which the id can also be read
 * from (see extract.ts). When a live page is available, check each name with the contract test's fixture
 * (fixtures/runa.html is the assumed current layout, fixtures/runa-alt.html the alternatives).
 */
import type { SelectorMap } from '../common/types.ts';

export const SELECTORS = {
  item: [
    '[data-post-id].post',
    '[data-comment-id].comment',
    'div.feedItem[id^="post_"]',
    'div.commentItem[id^="comment_"]',
    // Alternatives: other data-* spellings and semantic items.
    '[data-pid]',
    '[data-cid]',
    'article[id^="post_"]',
    'li[id^="comment_"]',
    '[role="article"][data-id]',
  ],
  postItem: ['[data-post-id].post', 'div.feedItem[id^="post_"]', '[data-pid]', 'article[id^="post_"]'],
  commentItem: [
    '[data-comment-id].comment',
    'div.commentItem[id^="comment_"]',
    '[data-cid]',
    'li[id^="comment_"]',
  ],
  author: [
    'a.authorName',
    '.author a',
    'a.name',
    // Any profile or brand-page link: stable URL shapes rather than class names.
    'a[href*="/user/"]',
    'a[href*="uid="]',
    'a[href*="/lapas/"]',
  ],
  text: ['.postText', '.commentText', '.text', '[itemprop="text"]', '[data-role="text"]'],
  time: ['time[datetime]', 'span.time[data-time]', '[data-utime]', '[data-time]', 'abbr[title]'],
  permalink: ['a.permalink', 'a.date', 'a[href*="posts.php?pid="]', 'a[href*="pid="]', 'a[href*="cid="]'],
  likes: ['.likeCount', '.likes .count', '[data-role="likes"]', '[aria-label*="patīk" i]'],
  comments: ['.commentCount', '[data-role="comments"]'],
  replyBox: [
    'textarea.commentInput',
    'div[contenteditable="true"].commentInput',
    'textarea[name="comment"]',
    'textarea',
    'div[contenteditable="true"][role="textbox"]',
  ],
  replyButton: ['a.replyLink', 'button.reply', '[data-action="reply"]'],
} as const satisfies SelectorMap;
