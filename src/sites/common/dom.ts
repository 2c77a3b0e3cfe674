/**
 * DOM helpers shared by the site extractors. Everything here reads the DOM only through properties that
 * never force layout (textContent, attributes; never innerText, offsetHeight or getComputedStyle), and
 * works the same in a browser, jsdom and linkedom.
 */
import type { SelectorMap } from './types.ts';

/** Longest text kept per post; longer texts (1 MB spam) are cut so nothing downstream chokes. */
export const MAX_TEXT = 10_000;

/** All alternatives of a named selector as one selector list. */
export function sel(map: SelectorMap, name: string): string {
  const alts = map[name];
  if (!alts || alts.length === 0) throw new Error(`Unknown selector "${name}"`);
  return alts.join(', ');
}

/** The first element matching the first alternative that matches anything (alternatives are ordered). */
export function first(root: ParentNode, alts: readonly string[] | undefined): Element | null {
  if (!alts) return null;
  for (const s of alts) {
    const el = root.querySelector(s);
    if (el) return el;
  }
  return null;
}

/** Like first(), but only elements that belong to `owner` (not to a post or comment nested inside it). */
export function own(
  owner: Element,
  alts: readonly string[] | undefined,
  ownerSelector: string,
): Element | null {
  if (!alts) return null;
  for (const s of alts) {
    for (const el of owner.querySelectorAll(s)) {
      if (el.closest(ownerSelector) === owner) return el;
    }
  }
  return null;
}

/** Elements matching `selector` in `root`, including root itself. */
export function matching(root: ParentNode, selector: string): Element[] {
  const out: Element[] = [];
  if (isElement(root) && root.matches(selector)) out.push(root);
  for (const el of root.querySelectorAll(selector)) out.push(el);
  return out;
}

export function isElement(n: unknown): n is Element {
  return typeof n === 'object' && n !== null && (n as Node).nodeType === 1;
}

/** Text of an element via textContent, whitespace tidied, controls kept out, length capped. */
export function textOf(
  el: Element | null | undefined,
  options: { divBreaks?: boolean; max?: number } = {},
): string {
  if (!el) return '';
  const max = options.max ?? MAX_TEXT;
  const raw = blockText(el, max * 2, options.divBreaks === true);
  return tidy(raw).slice(0, max);
}

/** textContent with line breaks for <br> and block ends (divs only where a site uses them as paragraphs), walked iteratively (deep nesting cannot overflow). */
function blockText(el: Element, cap: number, divBreaks: boolean): string {
  let out = '';
  const stack: Node[] = [el];
  while (stack.length > 0 && out.length < cap) {
    const n = stack.pop() as Node;
    if (n.nodeType === 3) {
      out += n.nodeValue ?? '';
      continue;
    }
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    const tag = e.localName;
    if (tag === 'script' || tag === 'style' || tag === 'template' || tag === 'noscript') continue;
    if (tag === 'br') {
      out += '\n';
      continue;
    }
    if (tag === 'img') {
      // Emoji are often images with the character in alt (X, Facebook).
      const alt = e.getAttribute('alt');
      if (alt && alt.length <= 8) out += alt;
      continue;
    }
    if (BLOCKS.has(tag) || (divBreaks && tag === 'div')) stack.push(NEWLINE);
    const kids = e.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  return out;
}
const NEWLINE = { nodeType: 3, nodeValue: '\n' } as unknown as Node;
const BLOCKS = new Set(['p', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'pre']);

/** Anything tidy() would change: whitespace other than a plain space, two spaces, or a space at either end. */
const UNTIDY = /[^\S ]| {2}|^ | $/;

export function tidy(s: string): string {
  if (!UNTIDY.test(s)) return s; // most posts: one regex test instead of four replaces
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One-line text (names, handles). */
export function lineOf(el: Element | null | undefined, max = 512): string {
  if (!el) return '';
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
}

export function attr(el: Element | null | undefined, name: string): string | null {
  return el?.getAttribute(name) ?? null;
}

/** Absolute URL of an href against the page URL; null for javascript: and other non-web schemes. */
export function absUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** ISO time from a time[datetime], a Unix-seconds attribute, or null when the page gives none. */
const CANONICAL_ISO = /^(\d{4})-(\d\d)-(\d\d)T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;

/** Is `value` exactly what Date#toISOString() prints for a real instant (X's datetime attributes)? */
function isCanonicalIso(value: string): boolean {
  const m = CANONICAL_ISO.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1970 || mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = mo === 2 ? (leap ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
  return d <= days;
}

export function isoTime(value: string | null | undefined, unixSeconds = false): string | null {
  if (!value) return null;
  // Already what toISOString() gives (X's datetime): checked for a valid date, returned as it is.
  if (!unixSeconds && isCanonicalIso(value)) return value;
  const trimmed = value.trim();
  const ms = unixSeconds || /^\d{9,11}$/.test(trimmed) ? Number(trimmed) * 1000 : Date.parse(trimmed);
  if (!Number.isFinite(ms)) return null;
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return null;
  return d.toISOString();
}

/** Normalised handle: no @, lower case (for comparisons). */
export function handleKey(h: string): string {
  return h.trim().replace(/^@/, '').toLowerCase();
}

export function isBrandHandle(handle: string, brandHandles: readonly string[] | undefined): boolean {
  if (!brandHandles || brandHandles.length === 0 || !handle) return false;
  const k = handleKey(handle);
  return brandHandles.some((h) => handleKey(h) === k);
}
