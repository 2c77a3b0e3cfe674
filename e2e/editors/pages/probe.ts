/** What every editor page exposes for the test: the editor's own text and whether the caret is at its end. */
export interface EditorProbe {
  /** The editor's text from its own model (paragraphs joined with "\n"). */
  text(): string;
  /** True when the editor's own selection is collapsed at the very end of its content. */
  caretAtEnd(): boolean;
}

export function expose(probe: EditorProbe): void {
  (window as unknown as { __editor: EditorProbe }).__editor = probe;
}
