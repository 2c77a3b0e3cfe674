/** A Quill 2 editor, as in LinkedIn's comment box (.ql-editor). */
import Quill from 'quill';
import { expose } from './probe.ts';

const quill = new Quill('#composer', { placeholder: 'Add a comment…' });

expose({
  text: () => quill.getText().replace(/\n$/, ''),
  caretAtEnd() {
    const range = quill.getSelection();
    return range !== null && range.length === 0 && range.index === quill.getLength() - 1;
  },
});
