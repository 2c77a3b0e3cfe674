/**
 * Editor kinds → insertion strategies, tried in order. The kind is read from the element itself
 * (Lexical, Draft.js, ProseMirror, Quill and Slate mark their roots), then the site adapter's list.
 */
import type { EditorKind } from '../../sites/common/types.ts';
import { beforeinput } from './beforeinput.ts';
import { isTextField } from './caret.ts';
import { dom } from './dom.ts';
import { execCommand } from './exec-command.ts';
import { paste } from './paste.ts';
import type { InsertStrategy, StrategyName } from './types.ts';
import { value } from './value.ts';

export type { InsertStrategy, StrategyName } from './types.ts';

export const STRATEGIES: Readonly<Record<StrategyName, InsertStrategy>> = {
  paste,
  beforeinput,
  execCommand,
  value,
  dom,
};

export const ORDER: Readonly<Record<EditorKind, readonly StrategyName[]>> = {
  draft: ['paste', 'beforeinput', 'execCommand'],
  prosemirror: ['paste', 'execCommand'],
  quill: ['paste', 'execCommand'],
  lexical: ['beforeinput', 'paste', 'execCommand'],
  contenteditable: ['execCommand', 'dom'],
  textarea: ['value'],
};

/** The editor kind of an element, from the markers each library puts on its root. */
export function detectEditor(el: Element): EditorKind {
  if (isTextField(el)) return 'textarea';
  if (el.closest('[data-lexical-editor="true"]')) return 'lexical';
  if (el.closest('[data-slate-editor="true"]')) return 'lexical'; // Slate also follows beforeinput
  if (el.closest('.public-DraftEditor-content, .DraftEditor-root')) return 'draft';
  if (el.closest('.ProseMirror')) return 'prosemirror';
  if (el.closest('.ql-editor')) return 'quill';
  return 'contenteditable';
}

/** Strategies to try for an element: its detected kind first, then the site's editor kinds. */
export function strategiesFor(el: HTMLElement, siteKinds: readonly EditorKind[] = []): StrategyName[] {
  const out: StrategyName[] = [];
  const detected = detectEditor(el);
  for (const kind of [detected, ...siteKinds]) {
    for (const s of ORDER[kind]) if (!out.includes(s) && STRATEGIES[s].applies(el)) out.push(s);
  }
  // Writing DOM nodes behind a framework editor's back corrupts its state (Lexical, Draft.js and
  // ProseMirror re-render from their model): only plain contenteditables get the DOM fallback.
  return detected === 'contenteditable' ? out : out.filter((s) => s !== 'dom');
}

/** The editable element itself when `el` is a wrapper around it. */
export function editableIn(el: HTMLElement): HTMLElement {
  if (isTextField(el) || el.isContentEditable || el.getAttribute('contenteditable') === 'true') return el;
  const inner = el.querySelector<HTMLElement>('textarea, input[type="text"], [contenteditable="true"]');
  return inner ?? el;
}
