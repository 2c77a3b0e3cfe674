/**
 * document.execCommand('insertText'): deprecated but still the one call that goes through the browser's
 * own editing (undo stack, input events) in a plain contenteditable; line by line with insertParagraph.
 */
import { focusEnd } from './caret.ts';
import type { InsertStrategy } from './types.ts';

export const execCommand: InsertStrategy = {
  name: 'execCommand',
  applies: (el) => el.isContentEditable || el.getAttribute('contenteditable') === 'true',
  insert(el, text) {
    const doc = el.ownerDocument;
    if (typeof doc.execCommand !== 'function') return false;
    focusEnd(el);
    const lines = text.split('\n');
    let ok = true;
    lines.forEach((line, i) => {
      if (i > 0) ok = doc.execCommand('insertParagraph', false) && ok;
      if (line) ok = doc.execCommand('insertText', false, line) && ok;
    });
    return ok;
  },
};
