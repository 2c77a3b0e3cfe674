/** X's reply composer is Draft.js: paste first, then beforeinput, then execCommand. */
import { first } from '../common/dom.ts';
import type { ReplyBoxStrategy } from '../common/types.ts';
import { SELECTORS } from './selectors.ts';

export const replyBox: ReplyBoxStrategy = {
  editors: ['draft', 'contenteditable'],
  find(post) {
    // After "Reply" X opens a modal dialog with the composer; on a status page it is inline below.
    const doc = post.ownerDocument;
    const dialog = first(doc, SELECTORS.dialog);
    const inDialog = dialog ? first(dialog, SELECTORS.replyBox) : null;
    if (inDialog) return inDialog as HTMLElement;
    const cell = post.closest(SELECTORS.cell.join(','));
    const next = cell?.nextElementSibling ?? null;
    const inline = (next && first(next, SELECTORS.replyBox)) ?? (cell && first(cell, SELECTORS.replyBox));
    return (inline as HTMLElement | null) ?? null;
  },
  opener(post) {
    return first(post, SELECTORS.replies) as HTMLElement | null;
  },
};
