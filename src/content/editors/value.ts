/**
 * Textareas and inputs: set the value through the prototype's setter (so React's value tracker sees a
 * change), put the caret after the insertion, then fire input and change like typing would.
 */
import { isTextField } from './caret.ts';
import type { InsertStrategy } from './types.ts';

export const value: InsertStrategy = {
  name: 'value',
  applies: (el) => isTextField(el),
  insert(el, text) {
    if (!isTextField(el)) return false;
    const win = el.ownerDocument.defaultView;
    if (!win) return false;
    el.focus({ preventScroll: true });
    const proto =
      el.localName === 'textarea' ? win.HTMLTextAreaElement.prototype : win.HTMLInputElement.prototype;
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    const start = el.selectionStart ?? el.value.length;
    const end = el.selectionEnd ?? el.value.length;
    const next = el.value.slice(0, start) + text + el.value.slice(end);
    if (setter) setter.call(el, next);
    else el.value = next;
    const caret = start + text.length;
    el.setSelectionRange(caret, caret);
    el.dispatchEvent(new win.InputEvent('input', { inputType: 'insertText', data: text, bubbles: true }));
    el.dispatchEvent(new win.Event('change', { bubbles: true }));
    return true;
  },
};
