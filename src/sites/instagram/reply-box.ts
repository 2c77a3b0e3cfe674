/** Instagram's comment box is a textarea (React-controlled: value setter plus input event). */
import { lineOf } from '../common/dom.ts';
import type { ReplyBoxStrategy } from '../common/types.ts';
import { SELECTORS } from './selectors.ts';

const REPLY = /^(reply|atbildēt|atsakyti|vasta|ответить|odgovori)$/i;

export const replyBox: ReplyBoxStrategy = {
  editors: ['textarea', 'contenteditable'],
  find(post) {
    const article = post.closest(SELECTORS.post.join(',')) ?? post;
    for (const s of SELECTORS.replyBox) {
      const box = article.querySelector(s);
      if (box) return box as HTMLElement;
    }
    return null;
  },
  opener(post) {
    for (const b of post.querySelectorAll(SELECTORS.replyButton.join(','))) {
      if (REPLY.test(lineOf(b))) return b as HTMLElement;
    }
    return null;
  },
};
