/**
 * draugiem.lv: "Runā" posts and their comments. The site renders server-side with data-* ids; the newer
 * layout uses data-post-id / data-comment-id, the older one element ids "post_ID" / "comment_ID".
 * Written from the public pages' structure; verify against a live page when the site changes.
 */
import type { SelectorMap } from '../common/types.ts';

export const SELECTORS = {
  item: [
    '[data-post-id].post',
    '[data-comment-id].comment',
    'div.feedItem[id^="post_"]',
    'div.commentItem[id^="comment_"]',
  ],
  postItem: ['[data-post-id].post', 'div.feedItem[id^="post_"]'],
  commentItem: ['[data-comment-id].comment', 'div.commentItem[id^="comment_"]'],
  author: ['a.authorName', '.author a', 'a.name'],
  text: ['.postText', '.commentText', '.text'],
  time: ['time[datetime]', 'span.time[data-time]'],
  permalink: ['a.permalink', 'a.date'],
  likes: ['.likeCount', '.likes .count'],
  comments: ['.commentCount'],
  replyBox: ['textarea.commentInput', 'div[contenteditable="true"].commentInput', 'textarea'],
  replyButton: ['a.replyLink', 'button.reply'],
} as const satisfies SelectorMap;
