/**
 * The compiled watchlist: every brand term (names, aliases, required words, exclusions) folded and put in
 * ONE character trie, compiled once; a post is normalised once and scanned once, left to right.
 *
 *   normalised text ─┬─ word start ───────────> trie walk ─> stem node? rest of word ∈ endings? ─> candidate
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
import { fold, type NormalizedView, normalizeView } from '../text/normalize.ts';
import { cyrillicVariants, formsKey, langGroup, wordForms, wordKind } from './endings.ts';

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
function isSpace(c: number): boolean {
  return c === SPACE || c === 10 || c === 9 || c === 13 || (c > 127 && RE_SPACE.test(String.fromCharCode(c)));
}
/** Hyphen, apostrophe, right single quote, Unicode hyphens: join a case ending to a name (A1-u, Elisa't). */
function isJoiner(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019 || c === 0x2010 || c === 0x2011;
}

export interface MatchOptions {
  /** The post's language (ISO 639-1), when known: brands with a `languages` list that lacks it are skipped. */
  lang?: string;
}

export interface Matcher {
  /** Every brand mention in `text`, in text order, with exact UTF-16 spans into `text`. */
  find(text: string, opts?: MatchOptions): Mention[];
  /**
   * The same on a text the caller already normalised with normalizeView(text) (read before any other
   * normalisation call). For callers that normalise a post once for several analyses, and for the bench.
   */
  findNormalized(view: NormalizedView, text: string, opts?: MatchOptions): Mention[];
  /** Number of brands, terms and trie nodes; approximate bytes held by the compiled tables. */
  readonly size: { brands: number; terms: number; nodes: number; bytes: number };
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
}

/**
 * A trie under construction: one Map keyed by node * 65536 + character (one Map for the whole trie is far
 * cheaper to build than a Map per node), frozen into flat typed arrays by compileWatchlist.
 */
class TrieBuilder {
  nodes = 1;
  edges = new Map<number, number>();
  /** Branches as flat quintuples: node, ending set id, kind (0 final / 1 mid), entry or target node, joined set id. */
  branches: number[] = [];
  add(from: number, c: number): number {
    const key = from * 65536 + c;
    let to = this.edges.get(key);
    if (to === undefined) {
      to = this.nodes++;
      this.edges.set(key, to);
    }
    return to;
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
  const originals = term.trim().split(/\s+/u).filter(Boolean);
  const words = originals.map((w) => fold(w)).filter((w) => w.length > 0);
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

  /** Forms of a word, cached by formsKey: stems as a cut from the word's end, ending sets as ids. */
  const formsCache = new Map<
    string,
    { paradigms: { cut: number; set: number; midSet: number }[]; joined: number }
  >();
  const cachedForms = (word: string, original: string, langs: readonly string[]) => {
    const kind = wordKind(word, original);
    const key = formsKey(word, kind, langs);
    let f = formsCache.get(key);
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
      formsCache.set(key, f);
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
      // Russian/Serbian writers transliterate Latin names into Cyrillic: add those spellings too.
      const vs = words.map((w) => cyrillicVariants(w));
      if (vs.some((v) => v.length)) {
        const alt = words.map((w, k) => vs[k]?.[0] ?? w);
        const alt2 = words.map((w, k) => vs[k]?.[1] ?? vs[k]?.[0] ?? w);
        spellings.push(alt);
        if (alt2.join(' ') !== alt.join(' ')) spellings.push(alt2);
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
  for (const key of trie.edges.keys()) {
    const k = Math.floor(key / 65536) + 1;
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
  for (const [key, to] of trie.edges) {
    const from = Math.floor(key / 65536);
    const c = key - from * 65536;
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
  trie.edges = new Map();
  trie.branches = [];
  // The closures below share one context with the build-time helpers: drop what only the build needed.
  formsCache.clear();
  setIds.clear();
  const entryBrand = Int32Array.from(entries, (e) => e.brand);
  const entryRole = Uint8Array.from(entries, (e) => e.role);
  entries.length = 0;

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

  // ---- Scanning state (find() is synchronous; reused between calls). ----
  let codes: Uint16Array = new Uint16Array(0);
  let len = 0;
  let hashtagMode = false;
  let reportStart = 0;
  const cands: Candidate[] = [];

  /** End of the word that continues at p, looking at most max+1 characters ahead (never a long scan). */
  const wordEnd = (p: number, max: number): number => {
    const stop = Math.min(len, p + max + 1);
    while (p < stop && isWord(codes[p] as number)) p++;
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
    // A name ending in a digit followed by a decimal point and digits is a number (A1.5, Tele2,5).
    if (
      e + 1 < len &&
      (codes[e] === DOT || codes[e] === 44) &&
      isDigit(codes[e - 1] as number) &&
      isDigit(codes[e + 1] as number)
    )
      return;
    if (joined >= 0 && e + 1 < len && isJoiner(codes[e] as number) && isWord(codes[e + 1] as number)) {
      const je = wordEnd(e + 1, setMax[joined] as number);
      if (je - e - 1 <= (setMax[joined] as number) && (sets[joined] as Set<number>).has(hashAt(e + 1, je)))
        e = je;
    }
    // A domain (bite.lv) is not running text: followed by '.' and a letter.
    const domain = e + 1 < len && codes[e] === DOT && isWord(codes[e + 1] as number);
    cands.push({ entry, start: reportStart, end: e, handle: false, plain: !hashtagMode && !domain });
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
      if (p >= len) return;
      const c = codes[p] as number;
      const sc = spaceChild[node] as number;
      if (sc >= 0) {
        if (isSpace(c)) {
          let q = p + 1;
          while (q < len && isSpace(codes[q] as number)) q++;
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

  const startAt = (p: number, report: number): void => {
    const c = codes[p] as number;
    const first = c < 128 ? (rootAscii[c] as number) : child(0, c);
    if (first < 0) return;
    reportStart = report;
    walk(first, p + 1);
  };

  /** Scan the normalised view; fills `cands` with normalised-text offsets. */
  const scan = (): void => {
    let skipUntil = 0;
    let prevWord = false;
    // Whether a '.' occurred since the last whitespace: a '/' after it starts a URL path.
    let dotted = false;
    // Locals: the hot loop reads no closure or module variables per character.
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
      else if (c === SPACE || (c < 128 ? c === 10 || c === 9 || c === 13 : isSpace(c))) dotted = false;
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
            for (const b of list) cands.push({ entry: -1 - b, start: p, end: e, handle: true, plain: false });
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

  // Brands with post-level rules (required or excluded words, matchCase): the slow path in toMentions.
  const ruled = new Uint8Array(brands.length);
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
  const simple = (view: NormalizedView, text: string): Mention[] | null => {
    let prevEnd = -1;
    for (let i = 0; i < cands.length; i++) {
      const c = cands[i] as Candidate;
      // Overlaps (several terms at one place) need the merging of the full path.
      if (c.start < prevEnd) return null;
      prevEnd = c.end;
      if (c.handle) {
        if (ruled[-1 - c.entry] === 1) return null;
      } else if (entryRole[c.entry] !== ROLE_MENTION || ruled[entryBrand[c.entry] as number] === 1)
        return null;
    }
    const mentions: Mention[] = [];
    for (let i = 0; i < cands.length; i++) {
      const c = cands[i] as Candidate;
      const b = c.handle ? -1 - c.entry : (entryBrand[c.entry] as number);
      const start = view.starts[c.start] as number;
      const end = view.ends[c.end - 1] as number;
      mentions.push({ brand: (brands[b] as Brand).id, start, end, text: text.slice(start, end) });
    }
    return mentions;
  };

  const toMentions = (view: NormalizedView, text: string, opts: MatchOptions | undefined): Mention[] => {
    if (!cands.length) return [];
    if (!opts?.lang) {
      const fast = simple(view, text);
      if (fast) return fast;
    }
    // Post-level rules per brand, in scratch arrays that are cleared again below (no allocation per post).
    const phrases: Candidate[] = [];
    for (const c of cands) {
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
    for (const c of cands) {
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
          if (isLowerAt(text, view.starts[c.start] as number)) continue;
          const form = slice(c.start, c.end);
          let common = false;
          for (const o of cands)
            if (o !== c && o.plain && !o.handle && o.entry === c.entry && o.end - o.start === c.end - c.start)
              if (isLowerAt(text, view.starts[o.start] as number) && slice(o.start, o.end) === form) {
                common = true;
                break;
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
    for (const c of cands) {
      const b = c.handle ? -1 - c.entry : (entryBrand[c.entry] as number);
      excludedBrand[b] = 0;
      requiredSeen[b] = 0;
      lastEnd[b] = -1;
    }
    for (const m of out) {
      if ((lastEnd[m.b] as number) > m.start) continue;
      lastEnd[m.b] = m.end;
      const start = view.starts[m.start] as number;
      const end = view.ends[m.end - 1] as number;
      mentions.push({ brand: (brands[m.b] as Brand).id, start, end, text: text.slice(start, end) });
    }
    return mentions;
  };

  let bytes = edgeChar.byteLength + edgeTo.byteLength + edgeStart.byteLength + br.byteLength;
  bytes += brStart.byteLength + spaceChild.byteLength + rootAscii.byteLength + entryBrand.byteLength;
  bytes += hNode.byteLength + hChar.byteLength + hTo.byteLength + nodeMax.byteLength;
  bytes += denseRow.byteLength + dense.byteLength;
  for (const s of sets) bytes += 16 * s.size;

  return {
    size: { brands: brands.length, terms, nodes: nNodes, bytes },
    find(text: string, opts?: MatchOptions): Mention[] {
      if (typeof text !== 'string' || text.length === 0 || (nNodes <= 1 && handles.size === 0)) return [];
      return this.findNormalized(normalizeView(text), text, opts);
    },
    findNormalized(view: NormalizedView, text: string, opts?: MatchOptions): Mention[] {
      codes = view.codes;
      len = view.length;
      cands.length = 0;
      try {
        scan();
        return toMentions(view, text, opts);
      } finally {
        cands.length = 0;
      }
    },
  };
}

/** The distinct brand ids of a list of mentions, in order of first mention. */
export function brandIdsOf(mentions: readonly Mention[]): string[] {
  const seen: string[] = [];
  for (const m of mentions) if (!seen.includes(m.brand)) seen.push(m.brand);
  return seen;
}
