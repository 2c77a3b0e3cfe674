/**
 * Any other site the user turns on (comment sections of news portals, forums, blogs): schema.org
 * microdata first (Comment, SocialMediaPosting, DiscussionForumPosting), then the markup of the common
 * comment systems (WordPress, Drupal, portal-specific data-comment-id lists).
 */
import type { SelectorMap } from '../common/types.ts';

export const SELECTORS = {
  item: [
    '[itemtype$="schema.org/Comment"]',
    '[itemtype$="schema.org/SocialMediaPosting"]',
    '[itemtype$="schema.org/DiscussionForumPosting"]',
    '[data-comment-id]',
    'li.comment[id^="comment-"]',
    'article.comment[id]',
    'div.comment[id]',
  ],
  /** Any link (a commenter's name often wraps one). */
  link: ['a[href]'],
  author: [
    '[itemprop="author"] [itemprop="name"]',
    '[itemprop="author"]',
    '.comment-author .fn',
    'cite.fn',
    '.comment-author',
    '.comment__author',
    '.author',
  ],
  text: [
    '[itemprop="text"]',
    '[itemprop="articleBody"]',
    '.comment-content',
    '.comment__text',
    '.comment-text',
    '.comment-body',
    '.text',
  ],
  time: [
    'time[datetime]',
    '[itemprop="dateCreated"][datetime]',
    '[itemprop="dateCreated"][content]',
    '[itemprop="datePublished"][content]',
  ],
  permalink: ['a[itemprop="url"]', '.comment-metadata a', 'a.comment-permalink', 'a[href*="#comment"]'],
  likes: ['[itemprop="upvoteCount"]', '.comment-likes', '.likes-count', '.reactions-count'],
  replyBox: [
    'textarea#comment',
    'textarea[name="comment"]',
    'textarea',
    'div[contenteditable="true"][role="textbox"]',
    'div[contenteditable="true"]',
  ],
  replyButton: ['a.comment-reply-link', 'button.comment-reply', 'button[data-action="reply"]', '.reply a'],
} as const satisfies SelectorMap;
