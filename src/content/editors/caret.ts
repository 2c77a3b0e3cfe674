/** Focus an editor and put the caret at its end, with the Selection API only (no layout reads). */
export function focusEnd(el: HTMLElement): void {
  el.focus({ preventScroll: true });
  if (isTextField(el)) {
    const end = el.value.length;
    el.setSelectionRange(end, end);
    return;
  }
  const sel = el.ownerDocument.getSelection();
  if (!sel) return;
  // Already inside the editor? Editors like Draft.js keep their own selection state: collapse to the end.
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  range.collapse(false);
  sel.removeAllRanges();
  sel.addRange(range);
}

export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el.localName === 'textarea' || el.localName === 'input';
}
