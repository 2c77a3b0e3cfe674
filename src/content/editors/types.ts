/**
 * One module per way of putting text into an editor (Briskine's editor-*.js idea). Each `insert` only
 * dispatches: whether the text stuck is checked by the caller (verify.ts), because editors such as
 * Draft.js and Lexical apply changes from their own state and may ignore or revert a DOM edit.
 */
export type StrategyName = 'paste' | 'beforeinput' | 'execCommand' | 'value' | 'dom';

export interface InsertStrategy {
  name: StrategyName;
  /** Can this strategy work on this element at all? */
  applies(el: HTMLElement): boolean;
  /** Dispatch the insertion; false when it could not even be attempted (e.g. an API is missing). */
  insert(el: HTMLElement, text: string): boolean;
}
