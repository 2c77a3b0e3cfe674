/**
 * A synthetic paste with a DataTransfer: Draft.js, ProseMirror and Quill 2 read event.clipboardData and
 * insert through their own model (line breaks become their paragraphs, the caret lands after the text).
 */
import { focusEnd } from './caret.ts';
import type { InsertStrategy } from './types.ts';

export const paste: InsertStrategy = {
  name: 'paste',
  applies: (el) => el.isContentEditable || el.getAttribute('contenteditable') === 'true',
  insert(el, text) {
    const win = el.ownerDocument.defaultView;
    if (!win || typeof win.DataTransfer !== 'function' || typeof win.ClipboardEvent !== 'function')
      return false;
    focusEnd(el);
    const data = new win.DataTransfer();
    data.setData('text/plain', text);
    const event = new win.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    // Some engines ignore clipboardData in the constructor: define it so the editor can read it.
    if (!event.clipboardData) Object.defineProperty(event, 'clipboardData', { value: data });
    el.dispatchEvent(event);
    return true;
  },
};
