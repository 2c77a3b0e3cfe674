/**
 * LinkedIn: feed updates carry data-urn="urn:li:activity:ID"; comments data-id="urn:li:comment:(…,ID)".
 * BEM class names (update-components-*, comments-*) are stable across redesigns; feed-shared-* is the
 * older layout. The comment box is a Quill editor (.ql-editor).
 */
import type { SelectorMap } from '../common/types.ts';

export const SELECTORS = {
  item: [
    'div[data-urn^="urn:li:activity:"]',
    'div[data-id^="urn:li:activity:"]',
    'article[data-id^="urn:li:comment:"]',
    'article.comments-comment-entity[data-id]',
  ],
  author: [
    '.update-components-actor__title span[aria-hidden="true"]',
    '.feed-shared-actor__name',
    '.comments-comment-meta__description-title',
    '.comments-post-meta__name-text span[aria-hidden="true"]',
  ],
  authorLink: [
    'a.update-components-actor__meta-link',
    'a.feed-shared-actor__container-link',
    'a.comments-comment-meta__description-container',
    'a.comments-post-meta__actor-link',
  ],
  text: [
    '.update-components-text',
    '.feed-shared-text',
    '.feed-shared-update-v2__description',
    '.comments-comment-item__main-content',
    '.comments-comment-item-content-body',
  ],
  time: ['time[datetime]', 'time.comments-comment-meta__data'],
  likes: [
    '.social-details-social-counts__reactions-count',
    'button.comments-comment-social-bar__reactions-count',
    '.comments-comment-social-bar__reactions-count',
  ],
  comments: ['.social-details-social-counts__comments button', '.social-details-social-counts__comments'],
  replyBox: [
    '.comments-comment-box__form .ql-editor[contenteditable="true"]',
    '.ql-editor[contenteditable="true"]',
    'div[contenteditable="true"][role="textbox"]',
  ],
  replyButton: [
    'button.comments-comment-social-bar__reply-action-button--cr',
    'button[aria-label^="Reply"]',
    'button[aria-label="Comment"]',
  ],
} as const satisfies SelectorMap;
