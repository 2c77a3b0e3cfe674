/**
 * X (Twitter) markup. Stable hooks first: X keeps data-testid attributes across redesigns; the
 * role/aria alternatives cover builds where test ids are stripped (and the old TweetDeck-era layout).
 */
import type { SelectorMap } from '../common/types.ts';

export const SELECTORS = {
  /** One tweet (timeline, thread, notifications, search). */
  post: ['article[data-testid="tweet"]', 'article[role="article"][tabindex]'],
  /** The virtualised list cell a tweet lives in (X recycles these). */
  cell: ['[data-testid="cellInnerDiv"]'],
  /** Display name and handle block. */
  userName: ['[data-testid="User-Name"]', '[data-testid="User-Names"]'],
  /** Name and handle parts inside the user-name block. */
  namePart: ['span'],
  /** Link to the author's profile inside the user-name block. */
  profileLink: ['a[role="link"][href^="/"]:not([href*="/status/"])', 'a[href^="/"]:not([href*="/status/"])'],
  /** The tweet body (the first one; a quoted tweet has its own further down). */
  text: ['[data-testid="tweetText"]', 'div[lang][dir="auto"]'],
  /** Timestamp and the status permalink around it. */
  time: ['time[datetime]'],
  permalink: ['a[href*="/status/"]'],
  /** Action bar with an aria-label summing the counts ("48 replies, 152 reposts, …"). */
  actionGroup: ['[role="group"][aria-label]'],
  replies: ['[data-testid="reply"]'],
  reposts: ['[data-testid="retweet"]', '[data-testid="unretweet"]'],
  likes: ['[data-testid="like"]', '[data-testid="unlike"]'],
  views: ['a[href$="/analytics"]'],
  /** Quoted tweet container: its text and link must not be read as the outer tweet's. */
  quote: ['div[role="link"][tabindex="0"]'],
  /** Reply composer (Draft.js). */
  replyBox: [
    '[data-testid="tweetTextarea_0"][contenteditable="true"]',
    '.public-DraftEditor-content[contenteditable="true"]',
    'div[role="textbox"][contenteditable="true"]',
  ],
  /** The reply dialog, when the reply box opened as a modal. */
  dialog: ['[role="dialog"][aria-modal="true"]'],
} as const satisfies SelectorMap;
