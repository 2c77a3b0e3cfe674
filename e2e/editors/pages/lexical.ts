/** A Lexical rich-text editor, as in Facebook's comment composer. */
import { registerRichText } from '@lexical/rich-text';
import { $getRoot, $getSelection, $isRangeSelection, $isTextNode, createEditor } from 'lexical';
import { expose } from './probe.ts';

const root = document.getElementById('composer') as HTMLElement;
const editor = createEditor({ namespace: 'comment', onError: (e) => console.error(e) });
editor.setRootElement(root);
registerRichText(editor);

expose({
  text: () =>
    editor.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .map((p) => p.getTextContent())
        .join('\n'),
    ),
  caretAtEnd: () =>
    editor.getEditorState().read(() => {
      const sel = $getSelection();
      const last = $getRoot().getLastDescendant();
      if (!$isRangeSelection(sel) || !sel.isCollapsed() || !last) return false;
      const size = $isTextNode(last) ? last.getTextContentSize() : 0;
      return sel.anchor.key === last.getKey() && sel.anchor.offset === size;
    }),
});
