/**
 * Compiled cue matcher: a character trie over folded words (exact forms and `stem*` prefixes) plus a
 * phrase table keyed by a phrase's first word. Each hit carries, per lexicon group, a bitmask of
 * categories, so one walk serves every language and the caller picks the groups it trusts.
 * Built lazily on first use from LEXICON (a few milliseconds), then shared.
 */
import { foldWord } from '../text/lang.ts';
import { CATEGORIES, type Category, GROUPS, type Group, LEXICON } from './lexicon.ts';

export const NG = GROUPS.length;
export const CAT: Record<Category, number> = {} as Record<Category, number>;
CATEGORIES.forEach((c, i) => {
  CAT[c] = i;
});
export const GROUP_INDEX: Record<Group, number> = {} as Record<Group, number>;
GROUPS.forEach((g, i) => {
  GROUP_INDEX[g] = i;
});

interface TrieNode {
  next: Map<number, TrieNode> | null;
  /** Category masks per group for a word that ends exactly here. */
  exact: Int32Array | null;
  /** Category masks per group for words that start with the path to here. */
  prefix: Int32Array | null;
}

export interface PhrasePattern {
  /** Following words (folded); the last may be a prefix. */
  rest: string[];
  lastIsPrefix: boolean;
  masks: Int32Array;
}

export interface Matcher {
  root: TrieNode;
  /** Phrases by first word. */
  phrases: Map<string, PhrasePattern[]>;
  /** Emoji (as written, without variation selectors) → masks. */
  emoji: Map<string, Int32Array>;
  /** Number of lexicon entries, for size reporting. */
  entries: number;
}

function node(): TrieNode {
  return { next: null, exact: null, prefix: null };
}

function addMask(arr: Int32Array | null, g: number, bit: number): Int32Array {
  const a = arr ?? new Int32Array(NG);
  a[g] = (a[g] as number) | (1 << bit);
  return a;
}

function insertWord(root: TrieNode, word: string, isPrefix: boolean, g: number, bit: number): void {
  let n = root;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!n.next) n.next = new Map();
    let child = n.next.get(c);
    if (!child) {
      child = node();
      n.next.set(c, child);
    }
    n = child;
  }
  if (isPrefix) n.prefix = addMask(n.prefix, g, bit);
  else n.exact = addMask(n.exact, g, bit);
}

const RE_PICTO = /\p{Extended_Pictographic}/u;

export function compileLexicon(): Matcher {
  const root = node();
  const phrases = new Map<string, PhrasePattern[]>();
  const emoji = new Map<string, Int32Array>();
  let entries = 0;
  for (const group of GROUPS) {
    const g = GROUP_INDEX[group];
    const lex = LEXICON[group];
    for (const cat of CATEGORIES) {
      const src = lex[cat];
      if (!src) continue;
      const bit = CAT[cat];
      for (const raw of src.split(/\s+/)) {
        if (!raw) continue;
        entries++;
        if (RE_PICTO.test(raw)) {
          const key = raw.replace(/\uFE0F/g, '');
          emoji.set(key, addMask(emoji.get(key) ?? null, g, bit));
          continue;
        }
        const isPrefix = raw.endsWith('*');
        const parts = (isPrefix ? raw.slice(0, -1) : raw)
          .split('_')
          .map((p) => foldWord(p).replace(/ /g, ''))
          .filter((p) => p.length > 0);
        if (parts.length === 0) continue;
        if (parts.length === 1) {
          const w = parts[0] as string;
          insertWord(root, w, isPrefix, g, bit);
          // skeleton rule y+vowel→j: a stem ending in y also matches the j form ("delay*" ~ "delajed")
          if (isPrefix && w.endsWith('y')) insertWord(root, `${w.slice(0, -1)}j`, true, g, bit);
          continue;
        }
        if (parts.length > 3) throw new Error(`Lexicon phrase longer than 3 words: ${raw}`);
        const first = parts[0] as string;
        const rest = parts.slice(1);
        const list = phrases.get(first) ?? [];
        const same = list.find(
          (p) =>
            p.lastIsPrefix === isPrefix &&
            p.rest.length === rest.length &&
            p.rest.every((r, i) => r === rest[i]),
        );
        if (same) same.masks[g] = (same.masks[g] as number) | (1 << bit);
        else list.push({ rest, lastIsPrefix: isPrefix, masks: addMask(null, g, bit) });
        phrases.set(first, list);
      }
    }
  }
  return { root, phrases, emoji, entries };
}

/**
 * Walk the trie with a folded word; OR into `out` (per group) the masks of the exact form and of every
 * listed prefix of the word. Returns true when anything matched.
 */
export function matchWord(m: Matcher, w: string, out: Int32Array): boolean {
  let n: TrieNode | undefined = m.root;
  let hit = false;
  for (let i = 0; i < w.length; i++) {
    n = n.next?.get(w.charCodeAt(i));
    if (!n) return hit;
    if (n.prefix) {
      for (let g = 0; g < NG; g++) out[g] = (out[g] as number) | (n.prefix[g] as number);
      hit = true;
    }
  }
  if (n.exact) {
    for (let g = 0; g < NG; g++) out[g] = (out[g] as number) | (n.exact[g] as number);
    hit = true;
  }
  return hit;
}

let shared: Matcher | null = null;
export function matcher(): Matcher {
  if (!shared) shared = compileLexicon();
  return shared;
}
