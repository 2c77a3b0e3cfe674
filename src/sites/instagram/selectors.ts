/**
 * Instagram: a post is an <article>; its permalink is /p/CODE/ (or /reel/CODE/), a comment's permalink
 * /p/CODE/c/ID/. Class names are hashed, so only elements, roles, time[datetime] and link shapes are used.
 * A comment is the list item around a /c/ link.
 */
import type { SelectorMap } from '../common/types.ts';

export const SELECTORS = {
  post: ['article[role="presentation"]', 'article'],
  commentItem: ['li', 'div[role="listitem"]'],
  profileLink: ['a[role="link"][href^="/"]', 'a[href^="/"]'],
  anyLink: ['a'],
  caption: ['h1[dir="auto"]', 'h1'],
  commentText: ['span[dir="auto"]', 'div[dir="auto"]'],
  time: ['time[datetime]'],
  postLink: ['a[href*="/p/"]', 'a[href*="/reel/"]'],
  commentLink: ['a[href*="/c/"]'],
  likes: ['a[href$="/liked_by/"]'],
  replyBox: [
    'textarea[aria-label^="Add a comment"]',
    'form textarea',
    'div[contenteditable="true"][role="textbox"]',
  ],
  replyButton: ['button', 'div[role="button"]'],
} as const satisfies SelectorMap;
