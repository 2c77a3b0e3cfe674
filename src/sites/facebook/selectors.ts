/**
 * Facebook (www and m.) markup. Class names are obfuscated and change weekly, so only roles, aria labels,
 * data-ad-* hooks, dir="auto" text blocks and permalink shapes are used. Comments are role="article"
 * elements nested inside the post's role="article".
 */
import type { SelectorMap } from '../common/types.ts';

export const SELECTORS = {
  /** A feed story or a page post. */
  story: [
    'div[role="article"][aria-posinset]',
    'div[data-pagelet^="FeedUnit"]',
    'div[role="article"][aria-labelledby]:not([aria-label])',
    'article[data-store]',
  ],
  /** A comment or a reply to a comment (www: aria-label "Comment by …"/"Reply by …"; m.: data-sigil). */
  comment: ['div[role="article"][aria-label]', 'div[data-sigil="comment"]'],
  /** Author link of a story. */
  storyAuthor: [
    '[data-ad-rendering-role="profile_name"] a[role="link"]',
    'h2 strong a',
    'h3 strong a',
    'header strong a',
  ],
  /** Author link of a comment: the first profile link with a name in it. */
  commentAuthor: ['a[role="link"]:not([aria-hidden="true"])', 'a:not([aria-hidden="true"])'],
  /** Story body. */
  storyText: [
    '[data-ad-preview="message"]',
    '[data-ad-comet-preview="message"]',
    '[data-ad-rendering-role="story_message"]',
    'div[data-ft] > p',
  ],
  /** Comment body: the dir=auto block aligned to the start. */
  commentText: [
    'div[dir="auto"][style*="text-align"]',
    'span[dir="auto"] > div[dir="auto"]',
    '[data-sigil="comment-body"]',
  ],
  /** Permalinks. */
  storyPermalink: [
    'a[href*="/posts/"]',
    'a[href*="story_fbid="]',
    'a[href*="/permalink/"]',
    'a[href*="/videos/"]',
  ],
  commentPermalink: ['a[href*="comment_id="]'],
  /** Time: old and m. layouts carry Unix seconds; some builds a time element. */
  time: ['abbr[data-utime]', 'time[datetime]'],
  /** Reaction count of a story or comment. */
  reactions: [
    '[aria-label^="Like:"]',
    '[aria-label*="reaction"]',
    '[aria-label*="reakcij"]',
    '[aria-label*="реакц"]',
  ],
  /** The list item a comment and its reply composer share. */
  commentRow: ['li'],
  /** Comment composer (Lexical). */
  replyBox: [
    'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    'div[contenteditable="true"][role="textbox"]',
    'textarea[name="comment_text"]',
  ],
  /** "Reply" under a comment, "Leave a comment" under a story. */
  replyButton: ['div[role="button"]'],
  commentButton: [
    'div[role="button"][aria-label="Leave a comment"]',
    'div[role="button"][aria-label="Comment"]',
  ],
} as const satisfies SelectorMap;
