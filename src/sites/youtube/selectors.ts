/**
 * YouTube comments: Polymer custom elements. The comment body element is ytd-comment-view-model (2024+)
 * or ytd-comment-renderer / ytd-comment-view-renderer (older); ids live in the timestamp link's lc= param.
 */
import type { SelectorMap } from '../common/types.ts';

export const SELECTORS = {
  item: ['ytd-comment-view-model', 'ytd-comment-renderer', 'ytd-comment-view-renderer'],
  thread: ['ytd-comment-thread-renderer'],
  author: ['a#author-text', '#author-text', 'h3 a[href^="/@"]'],
  text: ['#content-text', 'yt-attributed-string#content-text', 'yt-formatted-string#content-text'],
  permalink: ['#published-time-text a[href*="lc="]', 'a[href*="lc="]'],
  likes: ['#vote-count-middle'],
  replyBox: [
    '#contenteditable-root[contenteditable="true"]',
    'div[contenteditable="true"]#contenteditable-root',
    'textarea#textarea',
  ],
  replyButton: [
    '#reply-button-end button',
    'ytd-button-renderer#reply-button-end button',
    'button[aria-label="Reply"]',
  ],
} as const satisfies SelectorMap;
