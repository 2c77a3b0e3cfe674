/** draugiem.lv comments are typed in a textarea under the post. */
import type { ReplyBoxStrategy } from '../common/types.ts';
import { SELECTORS } from './selectors.ts';

export const replyBox: ReplyBoxStrategy = {
  editors: ['textarea', 'contenteditable'],
  find(post) {
    const top = post.closest(SELECTORS.postItem.join(',')) ?? post;
    for (const s of SELECTORS.replyBox) {
      const box = top.querySelector(s);
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
