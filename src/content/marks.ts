/**
 * Marks beside matched posts. Each mark is a <replywise-mark> element inserted just after the post, with
 * a closed shadow root holding the badge: the page's CSS cannot reach it and ours cannot leak out. The
 * host has zero height and is absolutely positioned content-wise, so the page's layout does not move;
 * nothing here reads layout (no getBoundingClientRect, offset*, innerText). The post itself only gets
 * one attribute, data-rw-key. All text is set with textContent.
 */
import type { PostMark } from '../shared/messages.ts';
import type { Kind } from '../shared/types.ts';
import { type MarkText, markText } from './mark-text.ts';

export const MARK_TAG = 'replywise-mark';
export const KEY_ATTR = 'data-rw-key';

export interface MarkInfo {
  brand: string;
  kind: Kind;
  urgency: 0 | 1 | 2 | 3;
}

interface Drawn {
  host: HTMLElement;
  badge: HTMLElement;
  info: MarkInfo;
  mark?: PostMark;
  post: WeakRef<Element>;
  /** What the badge shows now (label, kind, state), kept here so render() compares without DOM reads. */
  shown?: string;
}

const STYLE = `
:host{all:initial;display:block;position:relative;height:0;width:100%;z-index:2;pointer-events:none}
/* The host sits after the post with no height; the badge floats up into the post's bottom-right corner. */
.b{position:absolute;bottom:8px;right:12px;display:inline-flex;gap:4px;align-items:center;max-width:260px;
  padding:1px 7px;border-radius:9px;font:600 11px/16px system-ui,-apple-system,"Segoe UI",sans-serif;
  color:#fff;background:#5b5fc7;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;pointer-events:auto;
  box-shadow:0 1px 2px rgba(0,0,0,.25);unicode-bidi:isolate;direction:ltr}
.b[data-kind=complaint]{background:#c0392b}.b[data-kind=question]{background:#1f6fb2}.b[data-kind=praise]{background:#2e7d32}
.b[data-state=answered],.b[data-state=dismissed]{background:#6b7280}.b[data-state=overdue]{outline:2px solid #ffb300}
.u{letter-spacing:-1px}
`;

/** "12 min left", "2 h 5 min left", "overdue 7 min" (English; marks use their MarkText). */
export function timeLeft(dueAt: number, now: number): string {
  return ENGLISH.timeLeft(dueAt, now);
}
const ENGLISH = markText('en');

export class Marks {
  private drawn = new Map<string, Drawn>();
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly doc: Document,
    private readonly now: () => number = Date.now,
    /** The words in the agent's UI language (English by default). */
    private readonly text: MarkText = ENGLISH,
  ) {}

  /**
   * Draw (or move, after the site recycled the node) the mark of `key` beside `post`; `mark`, when
   * known already, is applied in the same render (as update() would).
   */
  draw(key: string, post: Element, info: MarkInfo, mark?: PostMark): void {
    let d = this.drawn.get(key);
    if (!d) {
      const host = this.doc.createElement(MARK_TAG);
      const shadow = host.attachShadow({ mode: 'closed' });
      const badge = this.doc.createElement('span');
      badge.className = 'b';
      badge.setAttribute('role', 'status');
      const sheet = this.sharedSheet();
      if (sheet) {
        // One constructed stylesheet shared by every mark: no per-mark style parsing.
        shadow.adoptedStyleSheets = [sheet];
        shadow.append(badge);
      } else {
        const style = this.doc.createElement('style');
        style.textContent = STYLE;
        shadow.append(style, badge);
      }
      d = { host, badge, info, post: new WeakRef(post) };
      this.drawn.set(key, d);
    }
    d.info = info;
    if (mark) d.mark = mark;
    d.post = new WeakRef(post);
    // Unchanged attributes are not rewritten (a write, even of the same value, invalidates style).
    if (post.getAttribute(KEY_ATTR) !== key) post.setAttribute(KEY_ATTR, key);
    if (d.host.previousElementSibling !== post && post.parentNode) post.after(d.host);
    this.render(d);
    this.tick();
  }

  /** A recycled element now shows another post: take the old mark away. */
  detach(post: Element): void {
    const key = post.getAttribute(KEY_ATTR);
    if (!key) return;
    post.removeAttribute(KEY_ATTR);
    const d = this.drawn.get(key);
    if (d && d.post.deref() === post) d.host.remove();
  }

  /** Apply states and deadlines from the background. */
  update(marks: readonly PostMark[]): number {
    let n = 0;
    for (const m of marks) {
      const d = this.drawn.get(m.key);
      if (!d) continue;
      d.mark = m;
      this.render(d);
      n++;
    }
    return n;
  }

  has(key: string): boolean {
    return this.drawn.has(key);
  }

  /** The post element currently carrying `key`, if still in the page. */
  postOf(key: string): Element | null {
    const p = this.drawn.get(key)?.post.deref() ?? null;
    return p?.isConnected && p.getAttribute(KEY_ATTR) === key ? p : null;
  }

  /** The label a mark shows (the badge lives in a closed shadow root; tests and the bench read it here). */
  labelOf(key: string): string | null {
    return this.drawn.get(key)?.badge.textContent ?? null;
  }

  get size(): number {
    return this.drawn.size;
  }

  private sheet: CSSStyleSheet | null | undefined;

  private sharedSheet(): CSSStyleSheet | null {
    if (this.sheet !== undefined) return this.sheet;
    this.sheet = null;
    try {
      const win = this.doc.defaultView as (Window & typeof globalThis) | null;
      if (
        win &&
        typeof win.CSSStyleSheet === 'function' &&
        'adoptedStyleSheets' in win.ShadowRoot.prototype
      ) {
        const sheet = new win.CSSStyleSheet();
        sheet.replaceSync(STYLE);
        this.sheet = sheet;
      }
    } catch {
      this.sheet = null;
    }
    return this.sheet;
  }

  private render(d: Drawn): void {
    const { info, mark } = d;
    const { text } = this;
    const stateWord = mark?.state ? text.state(mark.state) : undefined;
    const parts = [info.brand, stateWord ?? text.kind(info.kind)];
    const open = !mark || (mark.state !== 'answered' && mark.state !== 'dismissed');
    const left = mark?.dueAt && open ? text.timeLeft(mark.dueAt, this.now()) : '';
    const tip = [...parts];
    if (info.urgency > 0 && open) {
      parts.push('!'.repeat(info.urgency));
      tip.push(text.urgency(info.urgency));
    }
    if (left) {
      parts.push(left);
      tip.push(left);
    }
    const label = parts.join(' · ');
    const state = mark?.state ?? 'new';
    // Write only what changed: every write invalidates style in the mark's shadow tree. The last written
    // values are remembered, so deciding that costs no DOM reads either.
    const shown = `${label}\u0000${info.kind}\u0000${state}`;
    if (d.shown === shown) return;
    d.shown = shown;
    d.badge.textContent = label;
    d.badge.setAttribute('data-kind', info.kind);
    d.badge.setAttribute('data-state', state);
    // The tooltip says in words what the badge abbreviates (the urgency marks).
    d.badge.title = `Replywise: ${tip.join(' · ')}`;
    d.badge.lang = text.lang;
  }

  /** The tooltip a mark shows (closed shadow root: tests read it here). */
  titleOf(key: string): string | null {
    return this.drawn.get(key)?.badge.title ?? null;
  }

  /** One timer for all marks refreshes the "time left" once a minute; it stops when nothing is drawn. */
  private tick(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      for (const [key, d] of this.drawn) {
        if (!d.post.deref()?.isConnected && !d.host.isConnected) {
          this.drawn.delete(key);
          continue;
        }
        if (d.mark?.dueAt) this.render(d);
      }
      if (this.drawn.size === 0) this.dispose();
    }, 60_000);
  }

  dispose(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  removeAll(): void {
    for (const d of this.drawn.values()) {
      d.host.remove();
      d.post.deref()?.removeAttribute(KEY_ATTR);
    }
    this.drawn.clear();
    this.dispose();
  }
}
