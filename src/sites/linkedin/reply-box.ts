/**
 * LinkedIn's comment box is Quill (.ql-editor): a synthetic paste goes through Quill's clipboard module
 * and keeps the caret right, which plain execCommand does not on LinkedIn.
 */
import type { ReplyBoxStrategy } from '../common/types.ts';
import { SELECTORS } from './selectors.ts';

export const replyBox: ReplyBoxStrategy = {
  editors: ['quill', 'contenteditable'],
  find(post) {
    const item = SELECTORS.item.join(',');
    for (const s of SELECTORS.replyBox) {
      for (const box of post.querySelectorAll(s)) if (box.closest(item) === post) return box as HTMLElement;
    }
    return null;
  },
  opener(post) {
    const item = SELECTORS.item.join(',');
    for (const s of SELECTORS.replyButton) {
      for (const b of post.querySelectorAll(s)) if (b.closest(item) === post) return b as HTMLElement;
    }
    return null;
  },
};
