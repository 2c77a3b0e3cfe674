/** Generic comment forms: a textarea (WordPress, most portals) or a contenteditable editor. */
import type { ReplyBoxStrategy } from '../common/types.ts';
import { SELECTORS } from './selectors.ts';

export const replyBox: ReplyBoxStrategy = {
  editors: ['textarea', 'contenteditable', 'prosemirror', 'quill', 'lexical', 'draft'],
  find(post) {
    for (const s of SELECTORS.replyBox) {
      const own = post.querySelector(s);
      if (own) return own as HTMLElement;
    }
    // The page's single comment form (WordPress moves it under the comment on "Reply").
    for (const s of SELECTORS.replyBox) {
      const box = post.ownerDocument.querySelector(s);
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
