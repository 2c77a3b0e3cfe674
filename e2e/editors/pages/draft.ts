/** A Draft.js composer (React 17), mounted the way x.com mounts its reply box (webDriverTestID). */
import { Editor, EditorState } from 'draft-js';
import React from 'react';
import ReactDOM from 'react-dom';
import { expose } from './probe.ts';

let state = EditorState.createEmpty();

function Composer() {
  const [editorState, setEditorState] = React.useState(state);
  state = editorState;
  return React.createElement(Editor, {
    editorState,
    onChange: (s: unknown) => {
      state = s;
      setEditorState(s);
    },
    placeholder: 'Post your reply',
    webDriverTestID: 'tweetTextarea_0',
    ariaLabel: 'Post text',
  });
}

ReactDOM.render(React.createElement(Composer), document.getElementById('composer'));

expose({
  text: () => state.getCurrentContent().getPlainText('\n'),
  caretAtEnd() {
    const sel = state.getSelection();
    const last = state.getCurrentContent().getLastBlock();
    return (
      sel.isCollapsed() && sel.getAnchorKey() === last.getKey() && sel.getAnchorOffset() === last.getLength()
    );
  },
});
