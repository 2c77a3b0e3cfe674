/**
 * "Insert" from the side panel: find the post, open its reply box if needed, try the editor strategies in
 * order until the text is in, check again after a moment that the editor did not revert it, and otherwise
 * copy the reply to the clipboard and say so. Never presses send.
 */
import type { InsertResult } from '../shared/messages.ts';
import type { SiteAdapter } from '../sites/common/types.ts';
import type { Bridge } from './bridge.ts';
import { isTextField } from './editors/caret.ts';
import { editableIn, strategiesFor } from './editors/index.ts';

export interface InsertDeps {
  adapter: SiteAdapter;
  bridge: Bridge;
  url: () => string;
  /** Element already marked with this key by the scanner, if any. */
  findMarked?: (postId: string) => Element | null;
  /** How long to wait for a reply box to open, and before the second check (ms). */
  openTimeoutMs?: number;
  settleMs?: number;
  copy?: (text: string) => Promise<boolean>;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Editor text for comparison: all whitespace and zero-width characters dropped, because editors turn line
 * breaks into paragraphs or <br>s whose textContent has no newline at all.
 */
export function comparable(s: string): string {
  return s.replace(/(?:\s|\u200b|\u200c|\u200d|\u2060|\ufeff)+/g, '');
}

export function editorText(el: HTMLElement): string {
  if (isTextField(el)) return el.value;
  // textContent loses paragraph breaks; they do not matter for the comparison.
  return el.textContent ?? '';
}

function containsReply(el: HTMLElement, text: string): boolean {
  return comparable(editorText(el)).includes(comparable(text));
}

export function findPost(
  adapter: SiteAdapter,
  postId: string,
  url: string,
  doc: Document,
  marked?: Element | null,
): Element | null {
  if (marked && adapter.postIdOf(marked, url) === postId) return marked;
  for (const el of doc.querySelectorAll(adapter.postSelector)) {
    if (adapter.postIdOf(el, url) === postId) return el;
  }
  return null;
}

async function waitForBox(
  adapter: SiteAdapter,
  post: Element,
  timeoutMs: number,
): Promise<HTMLElement | null> {
  const start = Date.now();
  for (;;) {
    const box = adapter.replyBox.find(post);
    if (box) return box;
    if (Date.now() - start >= timeoutMs) return null;
    await sleep(50);
  }
}

export async function copyToClipboard(text: string, doc: Document = document): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission or focus problem: try the old way.
  }
  try {
    const ta = doc.createElement('textarea');
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;pointer-events:none';
    doc.documentElement.appendChild(ta);
    ta.select();
    const ok = doc.execCommand('copy');
    ta.remove();
    return ok;
  } catch {
    return false;
  }
}

/** Why the reply was copied instead of inserted (each has its sentence in the locale files). */
type FallbackReason = 'NoPost' | 'NoBox' | 'Reverted' | 'Changed' | 'Rejected';

export async function insertReply(
  deps: InsertDeps,
  postId: string,
  text: string,
  doc: Document = document,
): Promise<InsertResult> {
  const { adapter } = deps;
  const copy = deps.copy ?? ((t: string) => copyToClipboard(t, doc));
  /** `reason` names the locale keys `insertFb<reason>Copied` / `insertFb<reason>NotCopied`. */
  const fallback = async (
    why: string,
    reason: FallbackReason,
    params: string[] = [],
  ): Promise<InsertResult> => {
    const copied = await copy(text);
    return {
      ok: false,
      method: copied ? 'clipboard' : 'none',
      message: copied
        ? `${why} The reply is on the clipboard: paste it with Ctrl+V (⌘V).`
        : `${why} Copying to the clipboard failed too.`,
      messageKey: `insertFb${reason}${copied ? 'Copied' : 'NotCopied'}`,
      params,
    };
  };

  const post = findPost(adapter, postId, deps.url(), doc, deps.findMarked?.(postId));
  if (!post)
    return fallback('The post is not on the page any more (scrolled away or another page).', 'NoPost');

  let box = adapter.replyBox.find(post);
  if (!box) {
    const opener = adapter.replyBox.opener(post);
    if (opener) {
      opener.click();
      box = await waitForBox(adapter, post, deps.openTimeoutMs ?? 3000);
    }
  }
  if (!box) return fallback('The reply box did not open.', 'NoBox');
  const editor = editableIn(box);

  const before = comparable(editorText(editor));
  for (const strategy of strategiesFor(editor, adapter.replyBox.editors)) {
    const dispatched = await deps.bridge.run(editor, strategy, text);
    if (!dispatched) continue;
    await sleep(30); // let the editor's own state (React, Lexical) render
    if (containsReply(editor, text)) {
      await sleep(deps.settleMs ?? 400);
      if (containsReply(editor, text)) return { ok: true, method: strategy };
      return fallback(`The editor took the text (${strategy}) but then reverted it.`, 'Reverted', [strategy]);
    }
    // Something changed but not into our text: do not try again (that would double the text).
    if (comparable(editorText(editor)) !== before)
      return fallback(`The editor changed the text unexpectedly (${strategy}).`, 'Changed', [strategy]);
  }
  return fallback('The editor did not accept the text.', 'Rejected');
}
