/** A plain contenteditable (YouTube's #contenteditable-root). Its "state" is the DOM and the selection. */
import { expose } from './probe.ts';

const el = document.getElementById('contenteditable-root') as HTMLElement;

expose({
  text: () => el.innerText.replace(/\n$/, ''),
  caretAtEnd() {
    const sel = document.getSelection();
    if (!sel || sel.rangeCount === 0 || !sel.isCollapsed) return false;
    const tail = document.createRange();
    tail.selectNodeContents(el);
    tail.setStart(sel.getRangeAt(0).endContainer, sel.getRangeAt(0).endOffset);
    return tail.toString() === '';
  },
});
