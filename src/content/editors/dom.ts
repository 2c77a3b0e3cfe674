/**
 * Last resort for a plain contenteditable without execCommand: text nodes and <br>s appended at the end
 * (never innerHTML: the reply is text), caret after them, and an input event so the page notices.
 */
import { focusEnd } from './caret.ts';
import type { InsertStrategy } from './types.ts';

export const dom: InsertStrategy = {
  name: 'dom',
  applies: (el) => el.isContentEditable || el.getAttribute('contenteditable') === 'true',
  insert(el, text) {
    const doc = el.ownerDocument;
    const win = doc.defaultView;
    // An empty editor often holds a placeholder <br> or <p><br></p>: write into that block.
    const block =
      el.lastElementChild && /^(p|div)$/.test(el.lastElementChild.localName) ? el.lastElementChild : el;
    if (block.childNodes.length === 1 && block.firstChild?.nodeName === 'BR')
      block.removeChild(block.firstChild);
    text.split('\n').forEach((line, i) => {
      if (i > 0) block.appendChild(doc.createElement('br'));
      if (line) block.appendChild(doc.createTextNode(line));
    });
    focusEnd(el);
    if (win)
      el.dispatchEvent(new win.InputEvent('input', { inputType: 'insertText', data: text, bubbles: true }));
    return true;
  },
};
