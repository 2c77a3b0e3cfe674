/** A React-style controlled textarea (old reddit's comment box): state is kept from input events. */
import { expose } from './probe.ts';

const ta = document.querySelector('textarea[name="text"]') as HTMLTextAreaElement;
let model = ta.value;
ta.addEventListener('input', () => {
  model = ta.value;
});

expose({
  text: () => model,
  caretAtEnd: () => ta.selectionStart === ta.value.length && ta.selectionEnd === ta.value.length,
});
