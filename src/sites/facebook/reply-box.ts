/** Facebook's comment composer is Lexical: beforeinput first, then paste, then execCommand. */
import { lineOf } from '../common/dom.ts';
import type { ReplyBoxStrategy } from '../common/types.ts';
import { SELECTORS } from './selectors.ts';

const REPLY_WORDS = /^(reply|atbildēt|atsakyti|vasta|ответить|odgovori|одговори)$/i;

export const replyBox: ReplyBoxStrategy = {
  editors: ['lexical', 'contenteditable', 'textarea'],
  find(post) {
    // A reply composer opens inside the comment (or right after it); a story's composer is at its end.
    // Only a box that belongs to this post, not to a comment nested in it or to the next story.
    const owner = [...SELECTORS.story, ...SELECTORS.comment].join(',');
    const li = post.closest(SELECTORS.commentRow.join(','));
    for (const s of SELECTORS.replyBox) {
      for (const box of post.querySelectorAll(s)) if (box.closest(owner) === post) return box as HTMLElement;
      if (li)
        for (const box of li.querySelectorAll(s))
          if (box.closest(SELECTORS.commentRow.join(',')) === li) return box as HTMLElement;
    }
    return null;
  },
  opener(post) {
    for (const b of post.querySelectorAll(SELECTORS.replyButton.join(','))) {
      if (REPLY_WORDS.test(lineOf(b))) return b as HTMLElement;
    }
    for (const s of SELECTORS.commentButton) {
      const b = post.querySelector(s);
      if (b) return b as HTMLElement;
    }
    return null;
  },
};
