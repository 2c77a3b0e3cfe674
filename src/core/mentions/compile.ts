/**
 * The compiled watchlist: every brand term (names, aliases, required words, exclusions) folded and put in
 * ONE character trie, compiled once; a post is read once, left to right, folding as it goes.
 *
 * find() reads the RAW post (the fast path): each UTF-16 unit goes through normalize()'s own class and
 * fold tables (lower case, no diacritics, Cyrillic in the Latin skeleton); a word start is looked at only
 * when its first two folded letters begin some term; a plain word (every character folds to one unit) is
 * walked in place, raw offset = folded offset, so no offset map exists; a word with marks, ь/ъ, ю/я,
 * invisible controls or emoji next to it is folded into a small window with its offset map. A post with a
 * word mixing Latin and Cyrillic/Greek letters (look-alikes are read by the word's script), astral letters
 * or odd multi-unit folds goes to the slow path: normalizeView() then the same scan over the normalised
 * text (findNormalized). Both give the same mentions (fast-path.test.ts compares them on random texts).
 *
 *   folded text ─────┬─ word start ───────────> trie walk ─> stem node? rest of word ∈ endings? ─> candidate
 *                    ├─ '#' + word ─────────────> same walk in hashtag mode (also #x hashtag-only terms)
 *                    ├─ '@' + handle ───────────> one map lookup (listed handles, or a one-word name)
 *                    └─ '/' after a domain ─────> skip the URL path (the domain itself was scanned as words)
 *   candidates ─> exclusions (phrase: overlapping; word: whole post), required words, language filter,
 *                 overlaps of one brand merged ─> Mention[] with exact spans in the original text
 *
 * A walk only starts at a word start, and a term only ends where the text word ends (or at a hyphen or
 * apostrophe followed by a listed ending), so the work per post is bounded by its length times the
 * longest term, whatever the terms contain: "C++", "A1 (LV)" and "Tele2*" are plain characters.
 * Pure: no DOM, no browser API (runs in the content script).
 */
import type { Brand, Mention } from '../../shared/types.ts';
import * as engine from '../text/normalize.ts';
import { fold, type NormalizedView, normalizeView } from '../text/normalize.ts';
import { cyrillicVariants, formsKeyCode, langGroup, latinVariants, wordForms, wordKind } from './endings.ts';

const ROLE_MENTION = 0;
const ROLE_HASHTAG_ONLY = 1;
const ROLE_REQUIRE = 2;
const ROLE_EXCLUDE_PHRASE = 3;
const ROLE_EXCLUDE_WORD = 4;

const SPACE = 32;
const HASH = 35;
const AT = 64;
const SLASH = 47;
const UNDERSCORE = 95;
const DOT = 46;

/** Word characters of folded text (letters and digits), cached per UTF-16 unit: 1 word, 2 not, 0 unknown. */
const WORDC = new Uint8Array(65536);
const RE_WORD = /[\p{L}\p{N}]/u;
function isWord(c: number): boolean {
  let v = WORDC[c] as number;
  if (v === 0) {
    v = c >= 0xd800 && c <= 0xdfff ? 2 : RE_WORD.test(String.fromCharCode(c)) ? 1 : 2;
    WORDC[c] = v;
  }
  return v === 1;
}
/** An ending (a-z only, at most 10 letters) as a number: base 27, so '' is 0 and no two endings collide. */
export function endingHash(e: string): number {
  let h = 0;
  for (let k = 0; k < e.length; k++) {
    const c = e.charCodeAt(k);
    if (c < 97 || c > 122 || k >= 10) return -2;
    h = h * 27 + (c - 96);
  }
  return h;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
// ASCII answered up front, so the scan can test WORDC[c] === 1 without a call.
for (let c = 0; c < 128; c++) isWord(c);
const RE_SPACE = /\s/u;
const RE_UPPER = /\p{Lu}/u;
function isLowerAt(text: string, i: number): boolean {
  const ch = text[i] ?? '';
  return ch === ch.toLowerCase() && ch !== ch.toUpperCase();
}
/** Non-ASCII white space, cached per UTF-16 unit: 1 space, 2 not, 0 unknown. */
const SPACEC = new Uint8Array(65536);
function isSpace(c: number): boolean {
  if (c < 128) return c === SPACE || c === 10 || c === 9 || c === 13;
  let v = SPACEC[c] as number;
  if (v === 0) {
    v = RE_SPACE.test(String.fromCharCode(c)) ? 1 : 2;
    SPACEC[c] = v;
  }
  return v === 1;
}
/** Hyphen, apostrophe, right single quote, Unicode hyphens: join a case ending to a name (A1-u, Elisa't). */
function isJoiner(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019 || c === 0x2010 || c === 0x2011;
}

// Module-level copies of the text engine's constants and helpers: read in the hot loops, and a bundler
// or loader may turn a live import binding into a getter call.
const classifyUnit = engine.classifyUnit;
const foldAstralChar = engine.foldAstralChar;
const multiFold = engine.multiFold;
const unitTables = engine.unitTables;
const U_INVISIBLE = engine.UNIT_CLASS.invisible;
const U_MARK = engine.UNIT_CLASS.mark;
const U_SURROGATE = engine.UNIT_CLASS.surrogate;
const U_LATIN = engine.UNIT_CLASS.latin;
const U_CYRILLIC = engine.UNIT_CLASS.cyrillic;
const U_GREEK = engine.UNIT_CLASS.greek;
const U_OTHER = engine.UNIT_CLASS.other;
const UNIT_EMPTY = engine.UNIT_EMPTY;
const UNIT_MULTI = engine.UNIT_MULTI;

/**
 * What the fast scan needs to know about a raw UTF-16 unit, cached per unit (0: not yet computed). Derived
 * from normalize()'s own class and fold tables, so both paths fold alike.
 */
const K_LAT = 1; // a Latin letter
const K_CYR = 2; // a Cyrillic letter
const K_GRK = 4; // a Greek letter
const K_WORD = 8; // folds to word units (letters, digits) only
const K_SKIP = 16; // folds to nothing: combining marks, invisible controls, ь and ъ
const K_NONWORD = 32; // folds to one non-word unit
const K_SPECIAL = 64; // surrogates, and folds the fast scan looks at one by one
const K_MULTI = 128; // with K_WORD: folds to several units (ю → ju, ß → ss)
const KIND = new Uint8Array(65536);
function kindOf(c: number): number {
  const cl = classifyUnit(c);
  const v = unitTables().fold[c] as number;
  let k: number;
  if (cl === U_SURROGATE) k = K_SPECIAL;
  else if (cl === U_INVISIBLE || cl === U_MARK) k = K_SKIP;
  else {
    const script = cl === U_LATIN ? K_LAT : cl === U_CYRILLIC ? K_CYR : cl === U_GREEK ? K_GRK : 0;
    if (v === UNIT_EMPTY) k = K_SKIP | script;
    else if (v === UNIT_MULTI) {
      const s = multiFold(c);
      let words = 0;
      for (let i = 0; i < s.length; i++) if (isWord(s.charCodeAt(i))) words++;
      k = words === s.length && s.length > 0 ? K_WORD | K_MULTI | script : K_SPECIAL | script;
    } else if (isWord(v)) k = K_WORD | script;
    else k = cl === U_OTHER ? K_NONWORD : K_SPECIAL | script;
  }
  KIND[c] = k;
  return k;
}
/** Scratch buffers larger than this (units) are dropped after a find(). */
const SCRATCH_KEEP = 1 << 16;
const EV_NONE = 0;
const EV_SPACE = 1;
const EV_LOOK = 2;
/** First folded units at or above this are not in the first-letter filter (the walk decides). */
const ROOT_FILTER_MAX = 0x800;

export interface MatchOptions {
  /** The post's language (ISO 639-1), when known: brands with a `languages` list that lacks it are skipped. */
  lang?: string;
}

export interface Matcher {
  /** Every brand mention in `text`, in text order, with exact UTF-16 spans into `text`. */
  find(text: string, opts?: MatchOptions): Mention[];
  /**
   * The same on a text the caller already normalised with normalizeView(text) (read before any other
   * normalisation call): the normalised-view path, which find() itself uses for posts its fast path hands
   * over. Same results as find(); find() on the raw text is faster (it never builds the offset map).
   */
  findNormalized(view: NormalizedView, text: string, opts?: MatchOptions): Mention[];
  /** Number of brands, terms and trie nodes; approximate bytes held by the compiled tables. */
  readonly size: { brands: number; terms: number; nodes: number; bytes: number };
  /**
   * How many find() calls were answered by the fast path (folding the raw text on the fly) and how many
   * were handed to the normalised-view path (a word mixing scripts, astral letters, odd multi-unit folds).
   */
  readonly paths: { fast: number; slow: number };
}

interface Entry {
  brand: number;
  role: number;
}

interface Candidate {
  entry: number;
  start: number;
  end: number;
  handle: boolean;
  /** A plain word in running text (not a hashtag, handle or domain): subject to matchCase. */
  plain: boolean;
  /** The folded text of the match, for brands with matchCase only ('' otherwise). */
  form: string;
}

/**
 * A trie under construction: one Map keyed by node * 65536 + character (one Map for the whole trie is far
 * cheaper to build than a Map per node), frozen into flat typed arrays by compileWatchlist.
 */
class TrieBuilder {
  nodes = 1;
  /** Edge lookup: open addressing over (from, character) in typed arrays, doubled when half full. */
  private cap = 1 << 12;
  private used = 0;
  private hFrom = new Int32Array(this.cap).fill(-1);
  private hChar = new Uint16Array(this.cap);
  private hTo = new Int32Array(this.cap);
  /** The edges in creation order, as flat triples: from, character, to. */
  list: number[] = [];
  /** Branches as flat quintuples: node, ending set id, kind (0 final / 1 mid), entry or target node, joined set id. */
  branches: number[] = [];
  add(from: number, c: number): number {
    const mask = this.cap - 1;
    let h = (Math.imul(from, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) & mask;
    for (;;) {
      const f = this.hFrom[h] as number;
      if (f < 0) break;
      if (f === from && this.hChar[h] === c) return this.hTo[h] as number;
      h = (h + 1) & mask;
    }
    const to = this.nodes++;
    this.hFrom[h] = from;
    this.hChar[h] = c;
    this.hTo[h] = to;
    this.list.push(from, c, to);
    if (++this.used * 2 > this.cap) this.grow();
    return to;
  }
  private grow(): void {
    const oldFrom = this.hFrom;
    const oldChar = this.hChar;
    const oldTo = this.hTo;
    this.cap *= 2;
    const mask = this.cap - 1;
    this.hFrom = new Int32Array(this.cap).fill(-1);
    this.hChar = new Uint16Array(this.cap);
    this.hTo = new Int32Array(this.cap);
    for (let i = 0; i < oldFrom.length; i++) {
      const f = oldFrom[i] as number;
      if (f < 0) continue;
      const c = oldChar[i] as number;
      let h = (Math.imul(f, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) & mask;
      while ((this.hFrom[h] as number) >= 0) h = (h + 1) & mask;
      this.hFrom[h] = f;
      this.hChar[h] = c;
      this.hTo[h] = oldTo[i] as number;
    }
  }
  /** Drop the lookup table once the trie is frozen. */
  release(): void {
    this.cap = 1;
    this.hFrom = new Int32Array(1).fill(-1);
    this.hChar = new Uint16Array(1);
    this.hTo = new Int32Array(1);
  }
}

/** Remove the quotes of an exact phrase: "Swedbank Arena" (also „…“ «…» “…”). */
function unquote(s: string): { text: string; exact: boolean } {
  const t = s.trim();
  const m = /^["“”„«»](.*)["“”„«»]$/su.exec(t);
  return m ? { text: (m[1] as string).trim(), exact: true } : { text: t, exact: false };
}

/** Fold a term and collapse its whitespace; returns the folded words with the original words. */
function foldTerm(term: string): { folded: string; words: string[]; originals: string[] } {
  const words: string[] = [];
  const originals: string[] = [];
  for (const o of term.trim().split(/\s+/u)) {
    const w = fold(o);
    if (!w) continue;
    words.push(w);
    originals.push(o);
  }
  return { folded: words.join(' '), words, originals };
}

/**
 * Compile brands into a matcher. Throws nothing for odd terms: empty ones are skipped (validation of the
 * brands file, with messages naming the field, is brands.ts's job).
 */
export function compileWatchlist(brands: readonly Brand[]): Matcher {
  const trie = new TrieBuilder();
  const entries: Entry[] = [];
  /** Ending sets as numbers (endingHash), so checking the rest of a word allocates nothing. */
  const sets: Set<number>[] = [];
  const setIds = new Map<string, number>();
  const setMax: number[] = [];
  const handles = new Map<string, number[]>();
  const requireCount = new Uint8Array(brands.length);
  const brandLangs: (Set<string> | null)[] = [];
  const capitalised = new Uint8Array(brands.length);
  let terms = 0;

  const setId = (endings: string[]): number => {
    const key = endings.join('|');
    let id = setIds.get(key);
    if (id === undefined) {
      id = sets.length;
      sets.push(new Set(endings.map(endingHash)));
      setMax.push(endings.reduce((m, e) => Math.max(m, e.length), 0));
      setIds.set(key, id);
    }
    return id;
  };

  /** Forms of a word, cached by formsKeyCode per language list: stems as a cut from the word's end, ending sets as ids. */
  type Forms = { paradigms: { cut: number; set: number; midSet: number }[]; joined: number };
  // One cache per language list (found by the list's identity first: every term of a brand shares it).
  const formsCache = new Map<string, Map<number, Forms>>();
  const cacheOfLangs = new Map<readonly string[], Map<number, Forms>>();
  const cachedForms = (word: string, original: string, langs: readonly string[]) => {
    const kind = wordKind(word, original);
    let cache = cacheOfLangs.get(langs);
    if (!cache) {
      const lk = langs.join(',');
      cache = formsCache.get(lk);
      if (!cache) {
        cache = new Map();
        formsCache.set(lk, cache);
      }
      cacheOfLangs.set(langs, cache);
    }
    const key = formsKeyCode(word, kind);
    let f = cache.get(key);
    if (!f) {
      const wf = wordForms(word, kind, langs);
      f = {
        paradigms: wf.paradigms.map((p) => {
          const mid = p.endings.filter((e) => e !== '');
          return {
            cut: word.length - p.stemLen,
            set: setId(p.endings),
            midSet: mid.length ? setId(mid) : -1,
          };
        }),
        joined: wf.joined.length ? setId(wf.joined) : -1,
      };
      cache.set(key, f);
    }
    return f;
  };

  const addHandle = (h: string, b: number, folded = false) => {
    const key = folded ? h : fold(h.replace(/^@/, '')).replace(/\.+$/, '');
    if (!key) return;
    const list = handles.get(key) ?? [];
    if (!list.includes(b)) list.push(b);
    handles.set(key, list);
  };

  const addTerm = (
    raw: string,
    b: number,
    role: number,
    langs: readonly string[],
    variants: boolean,
  ): string => {
    let { text, exact } = unquote(raw);
    if (role === ROLE_MENTION && text.startsWith('#')) role = ROLE_HASHTAG_ONLY;
    if (role === ROLE_HASHTAG_ONLY) text = text.replace(/^#/, '');
    if (role === ROLE_HASHTAG_ONLY) exact = true;
    const { folded, words, originals } = foldTerm(text);
    if (!folded) return '';
    if (role === ROLE_EXCLUDE_PHRASE && words.length === 1) role = ROLE_EXCLUDE_WORD;
    const entry = entries.length;
    entries.push({ brand: b, role });
    terms++;
    const spellings = [words];
    if (variants && !exact) {
      // Russian/Serbian writers transliterate Latin names into Cyrillic, and Cyrillic names are typed in
      // Latin letters: add those spellings too (every combination over the words, at most 8 in all).
      const vs = words.map((w, k) => {
        const own = [...cyrillicVariants(w), ...latinVariants(originals[k] ?? '', fold)];
        // A name of letters and a number is also written with a hyphen: Tele2 → Tele-2, Теле-2.
        const split = /^([a-z]{3,})([0-9]+)$/.exec(w);
        if (split) own.push(`${split[1]}-${split[2]}`);
        return own.filter((v, i) => v && v !== w && own.indexOf(v) === i);
      });
      if (vs.some((v) => v.length)) {
        let combos: string[][] = [[]];
        for (let k = 0; k < words.length; k++) {
          const options = [words[k] as string, ...(vs[k] as string[])];
          const next: string[][] = [];
          for (const c of combos) for (const o of options) if (next.length < 9) next.push([...c, o]);
          combos = next;
        }
        for (const c of combos.slice(1)) spellings.push(c);
      }
    }
    for (const ws of spellings) {
      // Walk/insert the whole term, remembering the node at every word boundary.
      let node = 0;
      // prefixNodes[w][k]: the node after the first k characters of word w (k = 0 is the word's start).
      const prefixNodes: number[][] = [];
      for (let w = 0; w < ws.length; w++) {
        if (w > 0) node = trie.add(node, SPACE);
        const word = ws[w] as string;
        const at = [node];
        for (let k = 0; k < word.length; k++) {
          node = trie.add(node, word.charCodeAt(k));
          at.push(node);
        }
        prefixNodes.push(at);
      }
      for (let w = 0; w < ws.length; w++) {
        const word = ws[w] as string;
        const at = prefixNodes[w] as number[];
        const last = w === ws.length - 1;
        const forms = exact ? null : cachedForms(word, originals[w] ?? word, langs);
        const paradigms = forms ? forms.paradigms : [{ cut: 0, set: setId(['']), midSet: -1 }];
        const joined = last && forms && forms.joined >= 0 && /[a-z0-9]$/.test(word) ? forms.joined : -1;
        for (const p of paradigms) {
          const set = last ? p.set : p.midSet;
          if (set < 0) continue;
          const sn = at[word.length - p.cut] as number;
          if (last) trie.branches.push(sn, set, 0, entry, joined);
          else trie.branches.push(sn, set, 1, at[word.length] as number, -1);
        }
      }
    }
    return folded;
  };

  brands.forEach((brand, b) => {
    const langs = (brand.languages ?? []).filter((l) => typeof l === 'string' && l.length > 0);
    brandLangs.push(langs.length ? new Set(langs.map(langGroup)) : null);
    if (brand.matchCase === 'capitalised') capitalised[b] = 1;
    const variants = !langs.length || langs.some((l) => langGroup(l) === 'ru' || langGroup(l) === 'sh');
    for (const t of [brand.name, ...(brand.aliases ?? [])]) {
      if (typeof t !== 'string') continue;
      if (t.trim().startsWith('@')) {
        addHandle(t.trim(), b);
        continue;
      }
      // A one-word name also counts as a handle (@swedbank), never a longer one (@swedbank_fan).
      const folded = addTerm(t, b, ROLE_MENTION, langs, variants);
      if (/^[a-z0-9_]+$/.test(folded)) addHandle(folded, b, true);
    }
    for (const h of brand.handles ?? []) if (typeof h === 'string') addHandle(h, b);
    for (const h of brand.hashtags ?? [])
      if (typeof h === 'string')
        addTerm(`#${h.trim().replace(/^#/, '')}`, b, ROLE_HASHTAG_ONLY, langs, false);
    for (const r of brand.require ?? [])
      if (typeof r === 'string' && fold(r)) {
        addTerm(r, b, ROLE_REQUIRE, langs, false);
        requireCount[b] = 1;
      }
    for (const x of brand.exclude ?? [])
      if (typeof x === 'string') addTerm(x, b, ROLE_EXCLUDE_PHRASE, langs, false);
  });

  // ---- Freeze the trie into flat arrays: root dense over ASCII, other nodes as edge runs. ----
  const nNodes = trie.nodes;
  const edgeStart = new Int32Array(nNodes + 1);
  const list = trie.list;
  for (let i = 0; i < list.length; i += 3) {
    const k = (list[i] as number) + 1;
    edgeStart[k] = (edgeStart[k] as number) + 1;
  }
  for (let i = 0; i < nNodes; i++) edgeStart[i + 1] = (edgeStart[i + 1] as number) + (edgeStart[i] as number);
  const nEdges = edgeStart[nNodes] as number;
  const edgeChar = new Uint16Array(nEdges);
  const edgeTo = new Int32Array(nEdges);
  const fillE = edgeStart.slice(0, nNodes);
  const rootAscii = new Int32Array(128).fill(-1);
  const spaceChild = new Int32Array(nNodes).fill(-1);
  // Terms that start with a non-word character ("(LV)", ".NET", "+7") may start anywhere.
  const punctStart = new Uint8Array(128);
  for (let i = 0; i < list.length; i += 3) {
    const from = list[i] as number;
    const c = list[i + 1] as number;
    const to = list[i + 2] as number;
    const e = fillE[from] as number;
    fillE[from] = e + 1;
    edgeChar[e] = c;
    edgeTo[e] = to;
    if (c === SPACE) spaceChild[from] = to;
    if (from === 0) {
      if (c < 128) {
        rootAscii[c] = to;
        if (!isWord(c)) punctStart[c] = 1;
      }
    }
  }
  const nBr = trie.branches.length / 5;
  const brStart = new Int32Array(nNodes + 1);
  for (let i = 0; i < nBr; i++) {
    const k = (trie.branches[i * 5] as number) + 1;
    brStart[k] = (brStart[k] as number) + 1;
  }
  for (let i = 0; i < nNodes; i++) brStart[i + 1] = (brStart[i + 1] as number) + (brStart[i] as number);
  const br = new Int32Array(nBr * 4);
  const fillB = brStart.slice(0, nNodes);
  for (let i = 0; i < nBr; i++) {
    const node = trie.branches[i * 5] as number;
    const o = (fillB[node] as number) * 4;
    fillB[node] = (fillB[node] as number) + 1;
    for (let k = 0; k < 4; k++) br[o + k] = trie.branches[i * 5 + 1 + k] as number;
  }
  // Per node: the longest ending of any of its branches (how far to look at the rest of a word).
  const nodeMax = new Uint8Array(nNodes);
  for (let i = 0; i < nNodes; i++)
    for (let b = brStart[i] as number; b < (brStart[i + 1] as number); b++)
      nodeMax[i] = Math.max(nodeMax[i] as number, setMax[br[b * 4] as number] as number);
  trie.release();
  trie.list = [];
  trie.branches = [];
  // The closures below share one context with the build-time helpers: drop what only the build needed.
  formsCache.clear();
  cacheOfLangs.clear();
  setIds.clear();
  const entryBrand = new Int32Array(entries.length);
  const entryRole = new Uint8Array(entries.length);
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as Entry;
    entryBrand[i] = e.brand;
    entryRole[i] = e.role;
  }
  entries.length = 0;
  const UT = unitTables();

  // Edges in one open-addressing hash table keyed by (node, character): a constant-time step whatever
  // the fan-out (the root and the first letters have dozens of children).
  let cap = 16;
  while (cap < nEdges * 2) cap *= 2;
  const mask = cap - 1;
  const hNode = new Int32Array(cap).fill(-1);
  const hChar = new Uint16Array(cap);
  const hTo = new Int32Array(cap);
  for (let from = 0; from < nNodes; from++)
    for (let e = edgeStart[from] as number; e < (edgeStart[from + 1] as number); e++) {
      const c = edgeChar[e] as number;
      let h = (Math.imul(from, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) & mask;
      while ((hNode[h] as number) >= 0) h = (h + 1) & mask;
      hNode[h] = from;
      hChar[h] = c;
      hTo[h] = edgeTo[e] as number;
    }
  // The root's children get dense ASCII rows too: most text words leave the trie within two letters.
  const denseRow = new Int32Array(nNodes).fill(-1);
  let nDense = 0;
  for (let c = 0; c < 128; c++) {
    const to = rootAscii[c] as number;
    if (to >= 0 && (denseRow[to] as number) < 0) denseRow[to] = nDense++;
  }
  const dense = new Int32Array(nDense * 128).fill(-1);
  for (let from = 0; from < nNodes; from++) {
    const row = denseRow[from] as number;
    if (row < 0) continue;
    for (let e = edgeStart[from] as number; e < (edgeStart[from + 1] as number); e++)
      if ((edgeChar[e] as number) < 128) dense[row * 128 + (edgeChar[e] as number)] = edgeTo[e] as number;
  }
  const child = (node: number, c: number): number => {
    if (c < 128) {
      const row = denseRow[node] as number;
      if (row >= 0) return dense[row * 128 + c] as number;
    }
    let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) & mask;
    for (;;) {
      const n = hNode[h] as number;
      if (n < 0) return -1;
      if (n === node && hChar[h] === c) return hTo[h] as number;
      h = (h + 1) & mask;
    }
  };

  // Nodes where a walk may go on past the end of a word: endings to check, or an edge on a non-word
  // character (a space, "C++", "A1 (LV)").
  const tail = new Uint8Array(nNodes);
  for (let i = 0; i < nNodes; i++) {
    if ((brStart[i] as number) < (brStart[i + 1] as number)) tail[i] = 1;
    for (let e = edgeStart[i] as number; e < (edgeStart[i + 1] as number); e++)
      if (!isWord(edgeChar[e] as number)) tail[i] = 1;
  }

  // The single child of a node, when it has exactly one (MANY: none or several; then child() decides).
  const MANY = 0xffff;
  const onlyChar = new Uint16Array(nNodes).fill(MANY);
  const onlyTo = new Int32Array(nNodes).fill(-1);
  for (let i = 0; i < nNodes; i++)
    if ((edgeStart[i + 1] as number) - (edgeStart[i] as number) === 1) {
      const e = edgeStart[i] as number;
      onlyChar[i] = edgeChar[e] as number;
      onlyTo[i] = edgeTo[e] as number;
    }

  // ---- First-letter filter for the fast path: which folded first units start a term, and which pairs. ----
  // rootFirst[f]: 0 no term starts with f; 1 a term does, check the second unit in pairBits; 2 walk anyway
  // (the one-letter prefix already has endings or a following word).
  let maxRoot = 0;
  for (let e = edgeStart[0] as number; e < (edgeStart[1] as number); e++)
    maxRoot = Math.max(maxRoot, edgeChar[e] as number);
  const rootFirst = new Uint8Array(Math.min(maxRoot + 1, ROOT_FILTER_MAX));
  const pairBits = new Int32Array(2048);
  // Pairs whose node has endings or a non-word edge (no third-letter test), and the letter triples.
  const pairAny = new Int32Array(2048);
  const triBits = new Int32Array(2048);
  for (let e = edgeStart[0] as number; e < (edgeStart[1] as number); e++) {
    const f1 = edgeChar[e] as number;
    if (f1 >= ROOT_FILTER_MAX) continue;
    const n1 = edgeTo[e] as number;
    if ((brStart[n1] as number) < (brStart[n1 + 1] as number) || (spaceChild[n1] as number) >= 0) {
      rootFirst[f1] = 2;
      continue;
    }
    rootFirst[f1] = 1;
    for (let e2 = edgeStart[n1] as number; e2 < (edgeStart[n1 + 1] as number); e2++) {
      const h = ((f1 << 7) ^ (edgeChar[e2] as number)) & 0xffff;
      pairBits[h >>> 5] = (pairBits[h >>> 5] as number) | (1 << (h & 31));
      // Third letters: unless the two-letter prefix has endings or goes on past a word end.
      const n2 = edgeTo[e2] as number;
      if (tail[n2] === 1) {
        pairAny[h >>> 5] = (pairAny[h >>> 5] as number) | (1 << (h & 31));
        continue;
      }
      for (let e3 = edgeStart[n2] as number; e3 < (edgeStart[n2 + 1] as number); e3++) {
        const h3 = (Math.imul(h, 0x9e37) ^ (edgeChar[e3] as number)) & 0xffff;
        triBits[h3 >>> 5] = (triBits[h3 >>> 5] as number) | (1 << (h3 & 31));
      }
    }
  }

  // What an ASCII non-word unit means to the fast scan: nothing, white space, or look closer ('.', '#',
  // '@', '/', and the first character of a term that starts with punctuation, like ".NET").
  const events = new Uint8Array(128);
  for (const c of [SPACE, 10, 9, 13]) events[c] = EV_SPACE;
  for (const c of [DOT, HASH, AT, SLASH]) events[c] = EV_LOOK;
  for (let c = 0; c < 128; c++) if (punctStart[c] === 1) events[c] = EV_LOOK;

  // ---- Scanning state (find() is synchronous; reused between calls). ----
  // The folded units being walked and their spans in the original text: either a whole normalised view
  // (the slow path, findNormalized) or a window folded on demand from the raw text (the fast path).
  let codes: Uint16Array = new Uint16Array(0);
  let starts: Uint32Array = new Uint32Array(0);
  let ends: Uint32Array = new Uint32Array(0);
  let len = 0;
  /**
   * Where `codes` comes from: 0 a whole normalised view (slow path); 1 a window folded on demand from the
   * raw text, with its offset map (fast path, words with marks, ь, ю, emoji...); 2 the raw text itself,
   * folded unit for unit into `ident` (fast path, plain words: unit i is raw position i, no offset map).
   */
  let mode = 0;
  let ident = new Uint16Array(1024);
  /** Mode 2 met a character it cannot fold one for one: the walk is redone in a window. */
  let bad = false;
  let raw = '';
  let rawLen = 0;
  /** The next raw position to fold into the window. */
  let fillAt = 0;
  let winC = new Uint16Array(256);
  let winS = new Uint32Array(256);
  let winE = new Uint32Array(256);
  let hashtagMode = false;
  let reportStart = 0;
  // Candidates of the current post: cands[0..nc), objects reused from post to post (no allocation, and no
  // array length change, per candidate).
  const cands: Candidate[] = [];
  let nc = 0;
  const addCand = (
    entry: number,
    start: number,
    end: number,
    handle: boolean,
    plain: boolean,
    form: string,
  ): void => {
    if (nc < cands.length) {
      const c = cands[nc] as Candidate;
      c.entry = entry;
      c.start = start;
      c.end = end;
      c.handle = handle;
      c.plain = plain;
      c.form = form;
    } else cands.push({ entry, start, end, handle, plain, form });
    nc++;
  };

  const growWindow = (): void => {
    const c = new Uint16Array(winC.length * 2);
    c.set(winC);
    const s = new Uint32Array(winS.length * 2);
    s.set(winS);
    const e = new Uint32Array(winE.length * 2);
    e.set(winE);
    winC = c;
    winS = s;
    winE = e;
    codes = c;
    starts = s;
    ends = e;
  };
  const pushUnit = (u: number, s: number, e: number): void => {
    if (len >= winC.length) growWindow();
    winC[len] = u;
    winS[len] = s;
    winE[len] = e;
    len++;
  };
  /**
   * Fold the raw character at fillAt into the window: exactly normalize()'s per-character rules for a word
   * written in one script (a post with a mixed-script word never gets here: the fast scan hands it to the
   * slow path).
   */
  const step = (): void => {
    const c = raw.charCodeAt(fillAt);
    const k = UT.cls[c] || classifyUnit(c);
    if (k === U_INVISIBLE) {
      fillAt++;
      return;
    }
    if (k === U_MARK) {
      // A combining mark widens the span of the unit(s) right before it and adds nothing.
      if (len > 0 && winE[len - 1] === fillAt)
        for (let p = len - 1; p >= 0 && winE[p] === fillAt; p--) winE[p] = fillAt + 1;
      fillAt++;
      return;
    }
    if (k === U_SURROGATE) {
      const next = fillAt + 1 < rawLen ? raw.charCodeAt(fillAt + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        const cp = ((c - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
        const s = foldAstralChar(cp, raw.slice(fillAt, fillAt + 2));
        for (let i = 0; i < s.length; i++) pushUnit(s.charCodeAt(i), fillAt, fillAt + 2);
        fillAt += 2;
      } else {
        pushUnit(0xfffd, fillAt, fillAt + 1);
        fillAt++;
      }
      return;
    }
    const v = UT.fold[c] as number;
    if (v < UNIT_EMPTY) pushUnit(v, fillAt, fillAt + 1);
    else if (v === UNIT_MULTI) {
      const s = multiFold(c);
      for (let i = 0; i < s.length; i++) pushUnit(s.charCodeAt(i), fillAt, fillAt + 1);
    }
    fillAt++;
  };
  /** Whether folded unit q exists; in the fast path, folds more of the raw text into the window. */
  const more = (q: number): boolean => {
    if (mode === 1) {
      while (len <= q && fillAt < rawLen) step();
      return len > q;
    }
    if (mode === 2) {
      while (len <= q) {
        if (len >= rawLen) return false;
        const c = raw.charCodeAt(len);
        let k = KIND[c] as number;
        if (k === 0) k = kindOf(c);
        if ((k & (K_WORD | K_NONWORD)) === 0 || (k & K_MULTI) !== 0) {
          bad = true;
          return false;
        }
        ident[len] = UT.fold[c] as number;
        len++;
      }
      return true;
    }
    return false;
  };
  /**
   * Open a window at raw position p and fold the word there and the unit after it in one go (most walks
   * end inside it); unit 0 is p's first folded unit.
   */
  const openWindow = (p: number): void => {
    mode = 1;
    codes = winC;
    starts = winS;
    ends = winE;
    len = 0;
    fillAt = p;
    const K = KIND;
    const F = UT.fold;
    while (fillAt < rawLen) {
      if (len + 4 >= winC.length) growWindow();
      const c = raw.charCodeAt(fillAt);
      const k = K[c] as number;
      if ((k & (K_WORD | K_NONWORD)) !== 0 && (k & K_MULTI) === 0) {
        winC[len] = F[c] as number;
        winS[len] = fillAt;
        winE[len] = fillAt + 1;
        len++;
        fillAt++;
        if ((k & K_NONWORD) !== 0 && len > 1) return;
      } else if ((k & K_MULTI) !== 0) {
        // ю → ju, љ → lj, ß → ss: every unit a word unit, all with this character's span.
        const s = multiFold(c);
        for (let i = 0; i < s.length; i++) pushUnit(s.charCodeAt(i), fillAt, fillAt + 1);
        fillAt++;
      } else if ((k & K_SKIP) !== 0 && (k & (K_LAT | K_CYR | K_GRK)) !== 0) {
        // ь, ъ: letters that fold to nothing (not marks: those widen the span before them).
        fillAt++;
      } else {
        const before = len;
        step();
        if (len > before && len > 1 && !isWord(winC[len - 1] as number)) return;
      }
    }
  };

  /** End of the word that continues at p, looking at most max+1 characters ahead (never a long scan). */
  const wordEnd = (p: number, max: number): number => {
    const stop = p + max + 1;
    while (p < stop && (p < len || more(p)) && isWord(codes[p] as number)) p++;
    return p;
  };
  /** endingHash of codes[a..b), or -1 when a character is not a-z (no ending has one). */
  const hashAt = (a: number, b: number): number => {
    let h = 0;
    for (let k = a; k < b; k++) {
      const c = codes[k] as number;
      if (c < 97 || c > 122) return -1;
      h = h * 27 + (c - 96);
    }
    return h;
  };
  const slice = (a: number, b: number): string => {
    let s = '';
    for (let k = a; k < b; k++) s += String.fromCharCode(codes[k] as number);
    return s;
  };

  const emit = (entry: number, end: number, joined: number) => {
    const role = entryRole[entry] as number;
    if (role === ROLE_HASHTAG_ONLY && !hashtagMode) return;
    let e = end;
    // The unit after the match, and the one after that only when it matters (the window grows lazily).
    let ce = e < len || more(e) ? (codes[e] as number) : -1;
    // A name ending in a digit followed by a decimal point and digits is a number (A1.5, Tele2,5).
    if (
      (ce === DOT || ce === 44) &&
      isDigit(codes[e - 1] as number) &&
      (e + 1 < len || more(e + 1)) &&
      isDigit(codes[e + 1] as number)
    )
      return;
    if (joined >= 0 && isJoiner(ce) && (e + 1 < len || more(e + 1)) && isWord(codes[e + 1] as number)) {
      const je = wordEnd(e + 1, setMax[joined] as number);
      if (je - e - 1 <= (setMax[joined] as number) && (sets[joined] as Set<number>).has(hashAt(e + 1, je))) {
        e = je;
        ce = e < len || more(e) ? (codes[e] as number) : -1;
      }
    }
    // A domain (bite.lv) is not running text: followed by '.' and a letter.
    const domain = ce === DOT && (e + 1 < len || more(e + 1)) && isWord(codes[e + 1] as number);
    const start = mode === 2 ? reportStart : (starts[reportStart] as number);
    const stop = mode === 2 ? e : (ends[e - 1] as number);
    // The same term found twice at one place (Bites: bite + s, bit + es) is one candidate.
    // (Never read past the end of an array: V8 then searches the prototype chain.)
    const last = nc > 0 ? (cands[nc - 1] as Candidate) : null;
    if (last !== null && last.entry === entry && last.start === start && last.end === stop) return;
    addCand(
      entry,
      start,
      stop,
      false,
      !hashtagMode && !domain,
      capitalised[entryBrand[entry] as number] === 1 ? slice(reportStart, e) : '',
    );
  };

  /**
   * Follow the trie from `node` at text position p. Iterative along the single path; recursion only where
   * a term may go two ways (a stem branch into the next word, a space inside a hashtag).
   */
  const walk = (node: number, p: number): void => {
    for (;;) {
      const b0 = brStart[node] as number;
      const b1 = brStart[node + 1] as number;
      if (b0 < b1) {
        // The rest of the text word, once for all branches of this node (bounded by the longest ending).
        const max = nodeMax[node] as number;
        const we = wordEnd(p, max);
        if (we - p <= max) {
          const h = hashAt(p, we);
          if (h >= 0)
            for (let b = b0; b < b1; b++) {
              const set = br[b * 4] as number;
              const kind = br[b * 4 + 1] as number;
              if (kind === 1 && we === p) continue;
              if (!(sets[set] as Set<number>).has(h)) continue;
              if (kind === 0) emit(br[b * 4 + 2] as number, we, br[b * 4 + 3] as number);
              else walk(br[b * 4 + 2] as number, we);
            }
        }
      }
      if (p >= len && !more(p)) return;
      const c = codes[p] as number;
      const sc = spaceChild[node] as number;
      if (sc >= 0) {
        if (isSpace(c)) {
          let q = p + 1;
          while ((q < len || more(q)) && isSpace(codes[q] as number)) q++;
          node = sc;
          p = q;
          continue;
        }
        // In a hashtag the words of a phrase are written together (#SwedbankArena) or with '_'.
        if (hashtagMode) {
          if (c === UNDERSCORE) walk(sc, p + 1);
          else walk(sc, p);
        }
      }
      const nx = child(node, c);
      if (nx < 0) return;
      node = nx;
      p++;
    }
  };

  /**
   * The walk for a plain word [start, end) of the raw text (every character folds to one word unit, and
   * the character at `end` to one non-word unit): the in-word steps read `ident` directly, without the
   * end-of-text and space checks of walk(), which takes over where the trie goes on past the word end.
   * Needs mode 2 with codes = ident and len = end.
   */
  const plainWalk = (start: number, end: number): void => {
    const w = ident;
    const c0 = w[start] as number;
    let node = c0 < 128 ? (rootAscii[c0] as number) : child(0, c0);
    if (node < 0) return;
    reportStart = start;
    let p = start + 1;
    for (;;) {
      if (p === end) {
        if (tail[node] === 1) walk(node, p);
        return;
      }
      // nodeMax is 0 without branches, and the rest of the word is at least one unit here.
      if (end - p <= (nodeMax[node] as number)) {
        const b0 = brStart[node] as number;
        const b1 = brStart[node + 1] as number;
        // The rest of the word is short enough to be an ending: its hash, once for all branches.
        let h = 0;
        for (let k = p; k < end; k++) {
          const c = w[k] as number;
          if (c < 97 || c > 122) {
            h = -1;
            break;
          }
          h = h * 27 + (c - 96);
        }
        if (h >= 0)
          for (let b = b0; b < b1; b++) {
            if (!(sets[br[b * 4] as number] as Set<number>).has(h)) continue;
            if (br[b * 4 + 1] === 0) emit(br[b * 4 + 2] as number, end, br[b * 4 + 3] as number);
            else walk(br[b * 4 + 2] as number, end);
          }
      }
      // Most nodes below the first letters have a single child: one comparison instead of a lookup.
      const c = w[p] as number;
      const only = onlyChar[node] as number;
      if (only === c) node = onlyTo[node] as number;
      else if (only !== MANY) return;
      else {
        const nx = child(node, c);
        if (nx < 0) return;
        node = nx;
      }
      p++;
    }
  };

  const startAt = (p: number, report: number): void => {
    if (p >= len && !more(p)) return;
    const c = codes[p] as number;
    const first = c < 128 ? (rootAscii[c] as number) : child(0, c);
    if (first < 0) return;
    reportStart = report;
    walk(first, p + 1);
  };

  /** The slow path: scan a whole normalised view; fills `cands`. */
  const scan = (): void => {
    let skipUntil = 0;
    let prevWord = false;
    // Whether a '.' occurred since the last whitespace: a '/' after it starts a URL path.
    let dotted = false;
    const cs = codes;
    const n = len;
    const wc = WORDC;
    for (let p = 0; p < n; p++) {
      const c = cs[p] as number;
      // ASCII letters and digits: the common case, answered without a call.
      const w = c < 128 ? wc[c] === 1 : isWord(c);
      if (w) {
        if (p < skipUntil) {
          prevWord = true;
          continue;
        }
        if (!prevWord) {
          hashtagMode = false;
          startAt(p, p);
        }
        prevWord = true;
        continue;
      }
      prevWord = false;
      if (c === DOT) dotted = true;
      else if (isSpace(c)) dotted = false;
      if (p < skipUntil) continue;
      if (
        c === HASH &&
        (p === 0 || !isWord(codes[p - 1] as number)) &&
        p + 1 < len &&
        isWord(codes[p + 1] as number)
      ) {
        // A hashtag: keywords match it (with their endings), hashtag-only terms match nothing else.
        hashtagMode = true;
        startAt(p + 1, p);
        hashtagMode = false;
        let q = p + 1;
        while (q < len && (isWord(codes[q] as number) || codes[q] === UNDERSCORE)) q++;
        skipUntil = q;
        continue;
      }
      if (c === AT && (p === 0 || !isWord(codes[p - 1] as number)) && p + 1 < len) {
        let q = p + 1;
        while (q < len && (isWord(codes[q] as number) || codes[q] === UNDERSCORE || codes[q] === DOT)) q++;
        let e = q;
        while (e > p + 1 && codes[e - 1] === DOT) e--;
        if (e > p + 1) {
          const list = handles.get(slice(p + 1, e));
          if (list)
            for (const b of list)
              addCand(-1 - b, starts[p] as number, ends[e - 1] as number, true, false, '');
          skipUntil = e;
          continue;
        }
      }
      if (c === SLASH) {
        // After a domain (swedbank.lv/…, https://x.com/…), the rest of the URL is a path: not a mention.
        if (dotted) {
          let e = p + 1;
          while (e < len && !isSpace(codes[e] as number)) e++;
          skipUntil = e;
          continue;
        }
      }
      if (c < 128 && punctStart[c] === 1) {
        hashtagMode = false;
        startAt(p, p);
      }
    }
  };

  /**
   * A non-word character whose fold is several units ("…" → "..."): its effect on the scan when every unit
   * is a plain non-word character or a dot — 1 plain, 2 a dot — and 0 when only the slow path can say.
   */
  const multiEffect = (s: string): number => {
    let dot = false;
    for (let i = 0; i < s.length; i++) {
      const u = s.charCodeAt(i);
      if (isWord(u) || isSpace(u) || u === HASH || u === AT || u === SLASH || u === UNDERSCORE) return 0;
      if (u < 128 && punctStart[u] === 1) return 0;
      if (u === DOT) dot = true;
    }
    return dot ? 2 : 1;
  };

  /**
   * The fast path: one pass over the RAW text, folding each UTF-16 unit through a table as it goes. Only
   * word starts whose first two folded letters begin some term fold a window of the text (with its offset
   * map) for the trie walk; everything else is read once and never copied. Same rules and results as
   * normalizeView + scan (a test compares them on random texts); returns false, having found nothing
   * certain, for what only the slow path handles: a word mixing Latin with Cyrillic or Greek letters
   * (look-alikes are read by the word's script), astral letters, odd multi-unit folds.
   */
  const fastScan = (t: string): boolean => {
    const n = t.length;
    raw = t;
    rawLen = n;
    if (ident.length < n + 1) {
      let cap = ident.length;
      while (cap < n + 1) cap *= 2;
      ident = new Uint16Array(cap);
    }
    const u = ident;
    const K = KIND;
    const F = UT.fold;
    const rf = rootFirst;
    const ev0 = events;
    const rfLen = rf.length;
    let p = 0;
    let prevWord = false;
    let dotted = false;
    let url = false;
    let skipUntil = 0;
    // Scripts of transparent letters (ь, ъ) since the last non-word character: part of the next word.
    let tm = 0;
    while (p < n) {
      const c = t.charCodeAt(p);
      if (c === SPACE) {
        // The most common character between words: nothing to fold, no event.
        prevWord = false;
        tm = 0;
        dotted = false;
        url = false;
        p++;
        continue;
      }
      let k = K[c] as number;
      if (k === 0) k = kindOf(c);
      if ((k & K_WORD) !== 0) {
        const start = p;
        let go = false;
        if (!prevWord && p >= skipUntil && !url) {
          go = true;
          if ((k & K_MULTI) === 0) {
            const f1 = F[c] as number;
            const r = f1 < rfLen ? (rf[f1] as number) : f1 >= ROOT_FILTER_MAX ? 2 : 0;
            if (r === 0) go = false;
            else if (r === 1 && p + 1 < n) {
              const c2 = t.charCodeAt(p + 1);
              let k2 = K[c2] as number;
              if (k2 === 0) k2 = kindOf(c2);
              if ((k2 & (K_WORD | K_NONWORD)) !== 0 && (k2 & K_MULTI) === 0) {
                const h = ((f1 << 7) ^ (F[c2] as number)) & 0xffff;
                if (((pairBits[h >>> 5] as number) & (1 << (h & 31))) === 0) go = false;
                else if (((pairAny[h >>> 5] as number) & (1 << (h & 31))) === 0 && p + 2 < n) {
                  // And the third letter, when the two-letter prefix has no endings of its own.
                  const c3 = t.charCodeAt(p + 2);
                  let k3 = K[c3] as number;
                  if (k3 === 0) k3 = kindOf(c3);
                  if ((k3 & (K_WORD | K_NONWORD)) !== 0 && (k3 & K_MULTI) === 0) {
                    const h3 = (Math.imul(h, 0x9e37) ^ (F[c3] as number)) & 0xffff;
                    if (((triBits[h3 >>> 5] as number) & (1 << (h3 & 31))) === 0) go = false;
                  }
                }
              }
            }
          }
        }
        // The rest of the word (letters, digits, marks, invisible controls), folded unit for unit into
        // `ident` as it is read, noting its scripts and whether every character folds one for one.
        let sm = (tm & (K_LAT | K_CYR | K_GRK)) | k;
        p++;
        if (go) {
          u[start] = F[c] as number;
          while (p < n) {
            const cc = t.charCodeAt(p);
            let kk = K[cc] as number;
            if ((kk & (K_WORD | K_SKIP)) === 0) {
              // The end of the word, or a character not classified yet (0): only then look closer.
              if (kk !== 0) break;
              kk = kindOf(cc);
              if ((kk & (K_WORD | K_SKIP)) === 0) break;
            }
            sm |= kk;
            u[p] = F[cc] as number;
            p++;
          }
        } else
          while (p < n) {
            const cc = t.charCodeAt(p);
            let kk = K[cc] as number;
            if ((kk & (K_WORD | K_SKIP)) === 0) {
              if (kk !== 0) break;
              kk = kindOf(cc);
              if ((kk & (K_WORD | K_SKIP)) === 0) break;
            }
            sm |= kk;
            p++;
          }
        if ((sm & K_LAT) !== 0 && (sm & (K_CYR | K_GRK)) !== 0) return false;
        if (go) {
          hashtagMode = false;
          if ((sm & (K_SKIP | K_MULTI)) === 0) {
            // A plain word: walk the units already folded (the walk folds further only if a term goes on).
            mode = 2;
            codes = u;
            len = p;
            bad = false;
            const mark = nc;
            if (p === n || ((K[t.charCodeAt(p)] as number) & K_NONWORD) !== 0) plainWalk(start, p);
            else startAt(start, start);
            if (bad) {
              nc = mark;
              openWindow(start);
              startAt(0, 0);
            }
          } else {
            openWindow(start);
            startAt(0, 0);
          }
        }
        tm = 0;
        prevWord = true;
        continue;
      }
      if ((k & K_SKIP) !== 0) {
        tm |= k;
        p++;
        continue;
      }
      let f: number;
      let step = 1;
      if ((k & K_NONWORD) !== 0) f = F[c] as number;
      else if (c >= 0xd800 && c <= 0xdfff) {
        const next = p + 1 < n ? t.charCodeAt(p + 1) : 0;
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          // Emoji and other astral symbols fold to themselves: two non-word units.
          const pair = t.slice(p, p + 2);
          const s = foldAstralChar(((c - 0xd800) << 10) + (next - 0xdc00) + 0x10000, pair);
          if (s.length === 0) {
            p += 2;
            continue;
          }
          if (s !== pair) return false;
          f = c;
          step = 2;
        } else f = 0xfffd;
      } else {
        const e = UT.fold[c] === UNIT_MULTI ? multiEffect(multiFold(c)) : 0;
        if (e === 0) return false;
        f = e === 2 ? DOT : 0xfffd;
      }
      const wasWord = prevWord;
      prevWord = false;
      tm = 0;
      // Most non-word characters are plain punctuation or white space: settled by one table lookup.
      const ev = f < 128 ? (ev0[f] as number) : isSpace(f) ? EV_SPACE : EV_NONE;
      if (ev === EV_NONE) {
        p += step;
        continue;
      }
      if (ev === EV_SPACE) {
        dotted = false;
        url = false;
        p += step;
        continue;
      }
      if (f === DOT) dotted = true;
      if (p < skipUntil || url) {
        p += step;
        continue;
      }
      if (f === HASH && !wasWord) {
        openWindow(p);
        if (more(1) && isWord(codes[1] as number)) {
          // A hashtag: keywords match it (with their endings), hashtag-only terms match nothing else.
          hashtagMode = true;
          startAt(1, 0);
          hashtagMode = false;
          let q = 1;
          while ((q < len || more(q)) && (isWord(codes[q] as number) || codes[q] === UNDERSCORE)) q++;
          skipUntil = q < len ? (starts[q] as number) : n;
          p += step;
          continue;
        }
      }
      if (f === AT && !wasWord) {
        openWindow(p);
        if (more(1)) {
          let q = 1;
          while (
            (q < len || more(q)) &&
            (isWord(codes[q] as number) || codes[q] === UNDERSCORE || codes[q] === DOT)
          )
            q++;
          let e = q;
          while (e > 1 && codes[e - 1] === DOT) e--;
          if (e > 1) {
            const list = handles.get(slice(1, e));
            if (list) for (const b of list) addCand(-1 - b, p, ends[e - 1] as number, true, false, '');
            skipUntil = e < len ? (starts[e] as number) : n;
            p += step;
            continue;
          }
        }
      }
      if (f === SLASH && dotted) {
        // After a domain (swedbank.lv/…, https://x.com/…), the rest of the URL is a path: not a mention.
        url = true;
        p += step;
        continue;
      }
      if (f < 128 && punctStart[f] === 1) {
        openWindow(p);
        hashtagMode = false;
        startAt(0, 0);
      }
      p += step;
    }
    return true;
  };

  // Brands with post-level rules (required or excluded words, matchCase): the slow path in toMentions.
  const ruled = new Uint8Array(brands.length);
  // The ids as a plain array: reading .id from brand objects of many shapes is a megamorphic load.
  const brandIds = brands.map((b) => String(b.id));
  brands.forEach((brand, b) => {
    if (requireCount[b] === 1 || (brand.exclude?.length ?? 0) > 0 || capitalised[b] === 1) ruled[b] = 1;
  });
  const excludedBrand = new Uint8Array(brands.length);
  const requiredSeen = new Uint8Array(brands.length);
  const lastEnd = new Int32Array(brands.length).fill(-1);

  /**
   * The common case: only names and handles of brands without rules (no required or excluded words, no
   * matchCase, no language asked), found in text order with no two at one place: straight to mentions.
   */
  const simple = (text: string): Mention[] | null => {
    let prevEnd = -1;
    for (let i = 0; i < nc; i++) {
      const c = cands[i] as Candidate;
      // Overlaps (several terms at one place) need the merging of the full path.
      if (c.start < prevEnd) return null;
      prevEnd = c.end;
      if (c.handle) {
        if (ruled[-1 - c.entry] === 1) return null;
      } else if (entryRole[c.entry] !== ROLE_MENTION || ruled[entryBrand[c.entry] as number] === 1)
        return null;
    }
    // Sized up front: most posts have one or two mentions, and a growing array allocates for 17.
    const mentions = new Array<Mention>(nc);
    for (let i = 0; i < nc; i++) {
      const c = cands[i] as Candidate;
      const b = c.handle ? -1 - c.entry : (entryBrand[c.entry] as number);
      mentions[i] = {
        brand: brandIds[b] as string,
        start: c.start,
        end: c.end,
        text: text.slice(c.start, c.end),
      };
    }
    return mentions;
  };

  /** Candidates (spans already in the original text) → mentions, applying the post-level rules. */
  const toMentions = (text: string, opts: MatchOptions | undefined): Mention[] => {
    if (nc === 0) return [];
    if (!opts?.lang) {
      const fast = simple(text);
      if (fast) return fast;
    }
    // Post-level rules per brand, in scratch arrays that are cleared again below (no allocation per post).
    const phrases: Candidate[] = [];
    for (let i = 0; i < nc; i++) {
      const c = cands[i] as Candidate;
      if (c.handle) continue;
      const role = entryRole[c.entry] as number;
      const b = entryBrand[c.entry] as number;
      if (role === ROLE_EXCLUDE_WORD) excludedBrand[b] = 1;
      else if (role === ROLE_REQUIRE) requiredSeen[b] = 1;
      else if (role === ROLE_EXCLUDE_PHRASE) phrases.push(c);
    }
    const lang = opts?.lang ? langGroup(opts.lang) : '';
    let usesCapitals = -1;
    const out: { b: number; start: number; end: number }[] = [];
    for (let i = 0; i < nc; i++) {
      const c = cands[i] as Candidate;
      const b = c.handle ? -1 - c.entry : (entryBrand[c.entry] as number);
      if (!c.handle) {
        const role = entryRole[c.entry] as number;
        if (role !== ROLE_MENTION && role !== ROLE_HASHTAG_ONLY) continue;
        // A handle addresses the brand directly: required words are for names that need context.
        if (requireCount[b] === 1 && requiredSeen[b] === 0) continue;
      }
      if (excludedBrand[b] === 1) continue;
      if (c.plain && capitalised[b] === 1) {
        // Lower-case "bite" in a post that otherwise uses capitals is the everyday word; and when the
        // same form also appears in lower case in the post ("Biti ili ne biti"), so is the capitalised
        // one (it only starts a sentence).
        if (usesCapitals < 0) usesCapitals = RE_UPPER.test(text) ? 1 : 0;
        if (usesCapitals === 1) {
          if (isLowerAt(text, c.start)) continue;
          let common = false;
          for (let j = 0; j < nc; j++) {
            const o = cands[j] as Candidate;
            if (o !== c && o.plain && !o.handle && o.entry === c.entry && o.form === c.form)
              if (isLowerAt(text, o.start)) {
                common = true;
                break;
              }
          }
          if (common) continue;
        }
      }
      const langs = brandLangs[b];
      if (lang && lang !== 'und' && langs && !langs.has(lang)) continue;
      let cancelled = false;
      for (const x of phrases)
        if (entryBrand[x.entry] === b && x.start < c.end && c.start < x.end) {
          cancelled = true;
          break;
        }
      if (cancelled) continue;
      out.push({ b, start: c.start, end: c.end });
    }
    // One mention per brand per place: the longest of overlapping spans, in text order.
    out.sort((x, y) => x.start - y.start || y.end - x.end || x.b - y.b);
    const mentions: Mention[] = [];
    for (let i = 0; i < nc; i++) {
      const c = cands[i] as Candidate;
      const b = c.handle ? -1 - c.entry : (entryBrand[c.entry] as number);
      excludedBrand[b] = 0;
      requiredSeen[b] = 0;
      lastEnd[b] = -1;
    }
    for (const m of out) {
      if ((lastEnd[m.b] as number) > m.start) continue;
      lastEnd[m.b] = m.end;
      mentions.push({
        brand: brandIds[m.b] as string,
        start: m.start,
        end: m.end,
        text: text.slice(m.start, m.end),
      });
    }
    return mentions;
  };

  let bytes = edgeChar.byteLength + edgeTo.byteLength + edgeStart.byteLength + br.byteLength;
  bytes += brStart.byteLength + spaceChild.byteLength + rootAscii.byteLength + entryBrand.byteLength;
  bytes += hNode.byteLength + hChar.byteLength + hTo.byteLength + nodeMax.byteLength;
  bytes += denseRow.byteLength + dense.byteLength + rootFirst.byteLength + pairBits.byteLength;
  bytes += pairAny.byteLength + triBits.byteLength;
  bytes += onlyChar.byteLength + onlyTo.byteLength + tail.byteLength + events.byteLength;
  for (const s of sets) bytes += 16 * s.size;

  const paths = { fast: 0, slow: 0 };
  const slowFind = (view: NormalizedView, text: string, opts?: MatchOptions): Mention[] => {
    mode = 0;
    codes = view.codes;
    starts = view.starts;
    ends = view.ends;
    len = view.length;
    nc = 0;
    try {
      scan();
      return toMentions(text, opts);
    } finally {
      nc = 0;
    }
  };

  return {
    size: { brands: brands.length, terms, nodes: nNodes, bytes },
    paths,
    find(text: string, opts?: MatchOptions): Mention[] {
      if (typeof text !== 'string' || text.length === 0 || (nNodes <= 1 && handles.size === 0)) return [];
      nc = 0;
      let done = false;
      try {
        done = fastScan(text);
        if (done) {
          paths.fast++;
          return toMentions(text, opts);
        }
      } finally {
        nc = 0;
        raw = '';
        // A huge post grew the scratch buffers: do not keep megabytes alive between posts.
        if (ident.length > SCRATCH_KEEP) ident = new Uint16Array(1024);
        if (winC.length > SCRATCH_KEEP) {
          winC = new Uint16Array(256);
          winS = new Uint32Array(256);
          winE = new Uint32Array(256);
        }
      }
      paths.slow++;
      return slowFind(normalizeView(text), text, opts);
    },
    findNormalized: slowFind,
  };
}

/** The distinct brand ids of a list of mentions, in order of first mention. */
export function brandIdsOf(mentions: readonly Mention[]): string[] {
  const seen: string[] = [];
  for (const m of mentions) if (!seen.includes(m.brand)) seen.push(m.brand);
  return seen;
}
