/**
 * VK: wall posts (div.post[data-post-id="OWNER_ID"]) and comments (div.reply[data-post-id]); the 2023+
 * "vkit" layout and the older wall_* classes side by side. Counts are printed as "3 тыс.", "1,2K".
 */
import type { SelectorMap } from '../common/types.ts';

export const SELECTORS = {
  item: ['div.post[data-post-id]', 'div.reply[data-post-id]', 'div._post[data-post-id]'],
  wallPost: ['div.post[data-post-id]', 'div._post[data-post-id]'],
  reply: ['div.reply[data-post-id]'],
  author: ['a.PostHeaderTitle__authorLink', 'a.author', 'a.post_author', '.reply_author a'],
  text: ['.vkitShowMoreText__text', '.wall_post_text', '.wall_reply_text', '.reply_text'],
  time: ['time[datetime]', '.rel_date[time]', 'span.rel_date[data-time]'],
  permalink: ['a.PostHeaderSubtitle__link', 'a.post_link', 'a.wd_lnk', 'a.reply_link'],
  likes: ['.PostBottomAction--like .PostBottomAction__count', '.like_button_count', '.like_count'],
  comments: ['.PostBottomAction--comment .PostBottomAction__count'],
  reposts: ['.PostBottomAction--share .PostBottomAction__count', '.share_button_count'],
  views: ['.like_views', '._views'],
  replyBox: [
    'div.reply_field[contenteditable="true"]',
    'div[contenteditable="true"][role="textbox"]',
    'textarea',
  ],
  replyButton: [
    'a.reply_link_wrap',
    '.reply_link',
    'button.PostBottomAction--comment',
    '.PostBottomAction--comment',
  ],
} as const satisfies SelectorMap;
