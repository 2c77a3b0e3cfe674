/** YouTube's comment box is a plain contenteditable (#contenteditable-root) opened by "Reply". */
import type { ReplyBoxStrategy } from '../common/types.ts';
import { SELECTORS } from './selectors.ts';

export const replyBox: ReplyBoxStrategy = {
  editors: ['contenteditable', 'textarea'],
  find(post) {
    // The reply dialog renders inside the comment's own renderer (#reply-dialog).
    const scope = post.closest(SELECTORS.item.join(',')) ?? post;
    for (const s of SELECTORS.replyBox) {
      const box = scope.querySelector(s);
      if (box) return box as HTMLElement;
    }
    return null;
  },
  opener(post) {
    for (const s of SELECTORS.replyButton) {
      const b = post.querySelector(s);
      if (b) return b as HTMLElement;
    }
    return null;
  },
};
