/**
 * Reddit: the new site (shreddit web components with attributes carrying the data) and old.reddit.com
 * (div.thing with data-* attributes). Both expose stable ids (t3_ posts, t1_ comments).
 */
import type { SelectorMap } from '../common/types.ts';

export const SELECTORS = {
  item: ['shreddit-post', 'shreddit-comment', 'div.thing[data-fullname]'],
  newPost: ['shreddit-post'],
  oldThing: ['div.thing[data-fullname]'],
  oldComment: ['div.thing.comment'],
  oldLink: ['div.thing.link[data-fullname]'],
  author: ['a[data-testid="comment_author_link"]', 'a[slot="authorName"]', 'a.author'],
  text: [
    'div[slot="text-body"]',
    'div[slot="comment"]',
    '[id$="-post-rtjson-content"]',
    '.usertext-body .md',
    'a.title',
  ],
  time: ['time[datetime]', 'faceplate-timeago[ts]'],
  score: ['.score.unvoted', 'faceplate-number[number]'],
  comments: ['a.comments'],
  replyBox: [
    'shreddit-composer div[contenteditable="true"][role="textbox"]',
    'div[contenteditable="true"][role="textbox"]',
    'textarea[name="text"]',
  ],
  replyButton: [
    'button[slot="reply-button"]',
    'faceplate-tracker[noun="reply_comment"] button',
    'a[data-event-action="comment"]',
    'li.reply-button a',
  ],
} as const satisfies SelectorMap;
