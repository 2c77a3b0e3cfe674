/**
 * beforeinput events (Lexical, Slate): the editor handles insertText itself and cancels the event.
 * Each line is an insertText; between lines an insertParagraph (Lexical starts a new paragraph, like Enter).
 */
import { focusEnd } from './caret.ts';
import type { InsertStrategy } from './types.ts';

export const beforeinput: InsertStrategy = {
  name: 'beforeinput',
  applies: (el) => el.isContentEditable || el.getAttribute('contenteditable') === 'true',
  insert(el, text) {
    const win = el.ownerDocument.defaultView;
    if (!win || typeof win.InputEvent !== 'function') return false;
    focusEnd(el);
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      if (i > 0) {
        el.dispatchEvent(
          new win.InputEvent('beforeinput', {
            inputType: 'insertParagraph',
            bubbles: true,
            cancelable: true,
          }),
        );
      }
      if (line) {
        el.dispatchEvent(
          new win.InputEvent('beforeinput', {
            inputType: 'insertText',
            data: line,
            bubbles: true,
            cancelable: true,
          }),
        );
      }
    });
    return true;
  },
};
