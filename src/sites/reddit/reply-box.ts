/** New reddit's composer is a Lexical-based contenteditable; old reddit a textarea. */
import type { ReplyBoxStrategy } from '../common/types.ts';
import { SELECTORS } from './selectors.ts';

export const replyBox: ReplyBoxStrategy = {
  editors: ['lexical', 'contenteditable', 'textarea'],
  find(post) {
    const item = SELECTORS.item.join(',');
    for (const s of SELECTORS.replyBox) {
      for (const box of post.querySelectorAll(s)) if (box.closest(item) === post) return box as HTMLElement;
    }
    // A post's comment box sits after the post element on the new site.
    if (post.localName === 'shreddit-post') {
      const box = post.ownerDocument.querySelector(SELECTORS.replyBox.join(','));
      if (box && !box.closest(item)) return box as HTMLElement;
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
