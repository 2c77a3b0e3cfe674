/** VK's comment field is a plain contenteditable div (div.reply_field). */
import type { ReplyBoxStrategy } from '../common/types.ts';
import { SELECTORS } from './selectors.ts';

export const replyBox: ReplyBoxStrategy = {
  editors: ['contenteditable', 'textarea'],
  find(post) {
    const wall = post.closest(SELECTORS.wallPost.join(',')) ?? post;
    for (const s of SELECTORS.replyBox) {
      const box = wall.querySelector(s);
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
