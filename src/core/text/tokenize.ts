/**
 * Tokenizer over the original text. Tokens keep their exact UTF-16 span and a folded form.
 * Kinds: url (with its domain), handle (@name), hashtag (#tag), word (letters/digits, with hyphen or
 * apostrophe case endings kept together: A1-u, Elisa't, LMT-ai, Tele2-ui), number, emoji.
 */
import { fold } from './normalize.ts';

export type TokenKind = 'url' | 'handle' | 'hashtag' | 'word' | 'number' | 'emoji' | 'emoticon';

export interface Token {
  kind: TokenKind;
  /** The token as written. */
  text: string;
  /** Folded: lower case, no diacritics, Latin script. For url: the folded domain; handle/hashtag: without @/#. */
  norm: string;
  start: number;
  end: number;
  /** For words joined by a hyphen or apostrophe ("A1-u"): the folded base before the joiner ("a1"). */
  base?: string;
  /** For words joined by a hyphen or apostrophe: the folded ending after the last joiner ("u"). */
  suffix?: string;
}

const TLD =
  'lv|lt|ee|com|net|org|ru|rs|hr|ba|me|si|eu|io|co|info|biz|fi|de|pl|ua|by|uk|se|no|dk|app|shop|store';
/** Invisible controls that normalize() removes (see isInvisible): kept inside a word token. */
const INV = String.raw`\u00AD\u034F\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0\uFE00-\uFE0F`;
const WORD = String.raw`[\p{L}\p{M}\p{N}]+(?:[${INV}]+[\p{L}\p{M}\p{N}]+)*`;
const RE_TOKEN = new RegExp(
  [
    // 1: URL with scheme or www.
    String.raw`((?:https?:\/\/|www\.)[^\s<>"'“”«»]+)`,
    // 2: bare domain (swedbank.lv, m.facebook.com/page)
    String.raw`((?<![\p{L}\p{N}@.])[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*\.(?:${TLD})(?![\p{L}\p{N}])(?:\/[^\s<>"'“”«»]*)?)`,
    // 3: @handle (also u/name and r/name style is left to words)
    String.raw`(@[\p{L}\p{N}_.]*[\p{L}\p{N}_])`,
    // 4: #hashtag
    String.raw`(#[\p{L}\p{M}\p{N}_]+)`,
    // 5: word with optional hyphen/apostrophe joined parts. Invisible controls inside a word (a zero-width
    // space in "Swed\u200Bbank") do not split it, exactly as normalize() drops them.
    String.raw`(${WORD}(?:['’\-\u2010\u2011]${WORD})*)`,
    // 6: emoji sequence (with ZWJ joins and modifiers)
    String.raw`(\p{Extended_Pictographic}(?:\uFE0F|[\u{1F3FB}-\u{1F3FF}])?(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|[\u{1F3FB}-\u{1F3FF}])?)*)`,
    // 7: emoticons
    String.raw`((?<!\S)(?:[:;=8][\-o^']?[()\[\]DPp/\\|*3]+|[)(]{2,}|<3|:-?\/)(?!\S))`,
  ].join('|'),
  'gu',
);

function domainOf(url: string): string {
  const noScheme = url.replace(/^https?:\/\//i, '').replace(/^www\./i, '');
  const host = noScheme.split(/[/?#:]/)[0] ?? '';
  return fold(host.replace(/[.,;:!?)]+$/, ''));
}

/** Split text into tokens. Never throws; lone surrogates and control characters are skipped. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  RE_TOKEN.lastIndex = 0;
  for (let m = RE_TOKEN.exec(text); m !== null; m = RE_TOKEN.exec(text)) {
    const start = m.index;
    let raw = m[0];
    if (m[1] !== undefined || m[2] !== undefined) {
      // Trailing punctuation is not part of a URL.
      raw = raw.replace(/[.,;:!?)\]}»”"']+$/u, '');
      out.push({ kind: 'url', text: raw, norm: domainOf(raw), start, end: start + raw.length });
    } else if (m[3] !== undefined) {
      raw = raw.replace(/\.+$/, '');
      out.push({ kind: 'handle', text: raw, norm: fold(raw.slice(1)), start, end: start + raw.length });
    } else if (m[4] !== undefined) {
      out.push({ kind: 'hashtag', text: raw, norm: fold(raw.slice(1)), start, end: start + raw.length });
    } else if (m[5] !== undefined) {
      const norm = fold(raw);
      const isNumber = /^[\p{N}]+$/u.test(norm);
      const tok: Token = {
        kind: isNumber ? 'number' : 'word',
        text: raw,
        norm,
        start,
        end: start + raw.length,
      };
      const j = Math.max(
        raw.lastIndexOf('-'),
        raw.lastIndexOf("'"),
        raw.lastIndexOf('’'),
        raw.lastIndexOf('\u2010'),
        raw.lastIndexOf('\u2011'),
      );
      if (j > 0) {
        tok.base = fold(raw.slice(0, j));
        tok.suffix = fold(raw.slice(j + 1));
      }
      out.push(tok);
    } else if (m[6] !== undefined) {
      out.push({ kind: 'emoji', text: raw, norm: raw, start, end: start + raw.length });
    } else if (m[7] !== undefined) {
      out.push({ kind: 'emoticon', text: raw, norm: raw, start, end: start + raw.length });
    }
    if (m[0].length === 0) RE_TOKEN.lastIndex++;
  }
  return out;
}

/** Folded word forms only (for search and classification features). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text))
    if (t.kind === 'word' || t.kind === 'number' || t.kind === 'hashtag') out.push(t.norm);
  return out;
}
