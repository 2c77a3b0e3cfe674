/**
 * The FAQ search index: a hand-written inverted index scored with BM25F over the terms of analyze.ts.
 *
 *   entry ──analyze(questions ×1, tags ×1, answer+variants ×0.3 (words and stems only), picks ×0.8)──>
 *         weighted term frequencies ──> postings: term id → (slot, weighted tf)…
 *
 *   post ──analyze(post language)──> query term ids ──> for each term: idf × saturated tf over its
 *        postings ──> × language preference ──> top N
 *
 * Why hand-written: MiniSearch does not fold diacritics or stem our languages, FlexSearch returns no
 * scores; both are measured beside this index in faq.eval.ts and faq.bench.ts.
 *
 * Layout (measured: tens of thousands of small growable arrays made build and cold start GC-bound):
 * - a base segment in compressed-sparse-row form (one Int32Array of slots, one Float32Array of tfs,
 *   offsets per term) built in one pass by build() (restored by fromSnapshot() as-is);
 * - a delta segment (small per-term arrays) for entries added or changed since;
 * - removals and updates kill the old slot (skipped when scoring) and adjust document frequencies, so
 *   every change is incremental; when the delta or the dead share grows large, the base is rebuilt
 *   from the already analysed documents (no text analysis, tens of ms at 10k entries).
 *
 * The agent's picks (a post text chosen for an entry) are indexed as a fourth field of that entry, at
 * most MAX_PICKS per entry (oldest dropped), so their influence is bounded; clearPicks() resets them.
 */
import type { FaqEntry, Lang } from '../../shared/types.ts';
import { detectLanguage } from '../text/index.ts';
import { type AnalyzedWord, analyze, type WordTerms, worthShowing } from './analyze.ts';
import type { IntentModel } from './intent-model.ts';

export const FIELD_WEIGHTS = { questions: 1, tags: 1, answer: 0.3, picks: 0.8 } as const;
export const MAX_PICKS = 20;
const K1 = 2;
const B = 0.75;
/** Score factor for an entry in another language than the post's (entries without a language: 1). */
export const OTHER_LANG_FACTOR = 0.8;
/** Bumped whenever analysis changes (3: English stop words reduced to articles), so cached snapshots are rebuilt. */
const SNAPSHOT_VERSION = 3;

export interface Pick {
  text: string;
  lang?: Lang | undefined;
}

export interface Suggestion {
  faqId: string;
  score: number;
  answer: string;
  /** Words of the post (as written) that matched this entry. */
  matched: string[];
}

export interface SuggestOptions {
  /** The post's language; detected when absent. */
  lang?: Lang | undefined;
  /** How many suggestions (default 5). */
  top?: number;
  /** Only entries of this brand (and entries without a brand). */
  brand?: string | undefined;
}

interface Doc {
  entry: FaqEntry;
  /** Language used to analyse the entry. */
  lang: Lang;
  picks: Pick[];
  /**
   * Term ids (into this index's dictionary) and their weighted frequencies. Empty for a document
   * restored from a snapshot until first needed (see ensureDocTerms): its postings are in the base.
   */
  terms: number[];
  tfs: number[];
  len: number;
  /** Whether its postings live in the base segment (else in the delta). */
  inBase: boolean;
}

interface DeltaPosting {
  slots: number[];
  tfs: number[];
}

/** The language an entry is analysed in: its own, else detected from its questions. */
export function entryLang(e: FaqEntry): Lang {
  if (e.lang) return e.lang;
  return detectLanguage(e.questions.join(' ')).lang;
}

/** snapshot(): structured-clone friendly (IndexedDB keeps typed arrays); not meant for JSON. */
export interface FaqIndexSnapshot {
  version: number;
  entries: FaqEntry[];
  langs: Lang[];
  picks: Pick[][];
  lens: Float64Array;
  dictText: string;
  dictOff: Int32Array;
  dictTable: Int32Array;
  off: Int32Array;
  slots: Int32Array;
  tfs: Float32Array;
}

/** Cached per-word id lists are dropped when this many words are cached (bounded memory). */
const ID_CACHE_MAX = 100_000;
/**
 * At query time, terms found in more than this share of entries (and in at least COMMON_MIN entries)
 * are skipped: their idf is low and their posting lists are the longest (e.g. the 4-gram " the"). Only
 * bites on large FAQs; measured in faq.bench.ts.
 *
 * Terms found in more than `openShare` of the entries (and in more than COMMON_MIN) are scored only for
 * entries that a rarer query term already reached: they add no new candidates, so the candidate set and
 * the top-N selection stay small. Measured with BANKING77 text at 10,000 entries (same run, CPU time per
 * suggest, machine loaded): 375–537 µs → 274–345 µs; the eval's 1-NN check 0.790 → 0.789. No effect
 * below COMMON_MIN entries.
 */
export const TUNING = { commonShare: 0.2, commonMin: 200, openShare: 0.02 };
/**
 * With a trained model attached (attachModel), the best MODEL_POOL entries by BM25 are re-ranked by
 * P_model(entry | post) + modelMix.bm25 × BM25 / best BM25 (then the language preference). The mix is
 * chosen by leave-one-out over the training questions only (faq.eval.ts prints the table), never on
 * test posts.
 */
export const MODEL_MIX = { bm25: 0.5, pool: 30 };
const TEMPLATE_VAR = /\{\{\s*\w+\s*\}\}/g;

function grownF64(a: Float64Array, need: number): Float64Array {
  if (need <= a.length) return a;
  const b = new Float64Array(Math.max(need, a.length * 2, 16));
  b.set(a);
  return b;
}
function grownI32(a: Int32Array, need: number): Int32Array {
  if (need <= a.length) return a;
  const b = new Int32Array(Math.max(need, a.length * 2, 16));
  b.set(a);
  return b;
}
function grownU8(a: Uint8Array, need: number): Uint8Array {
  if (need <= a.length) return a;
  const b = new Uint8Array(Math.max(need, a.length * 2, 16));
  b.set(a);
  return b;
}

export class FaqIndex {
  private docs: (Doc | undefined)[] = [];
  private slotOf = new Map<string, number>();
  /** Slots that can be reused (their postings were only in the delta and are gone). */
  private free: number[] = [];
  private alive: Uint8Array = new Uint8Array(16);
  /** Per slot: the entry's language as a small code (0: none; sr/hr/bs share one), for the preference. */
  private langCode: Uint8Array = new Uint8Array(16);
  private lens: Float64Array = new Float64Array(16);
  private totalLen = 0;
  /** Term dictionary: string → id (ids are never reused). */
  // Terms restored from a snapshot live in one string with offsets and an open-addressing hash table
  // (typed arrays: a snapshot loads without building a Map of 100k+ strings); terms added since live
  // in `extraIds` / `extraNames` with ids from `dictCount` on.
  private dictText = '';
  private dictOff: Int32Array = new Int32Array(1);
  private dictTable: Int32Array = new Int32Array(0);
  private dictCount = 0;
  private extraIds = new Map<string, number>();
  private extraNames: string[] = [];
  /** Live document frequency per term id. */
  private df: Int32Array = new Int32Array(16);
  /** Base segment (CSR) covering term ids < baseTerms. */
  private baseTerms = 0;
  private baseOff: Int32Array = new Int32Array(1);
  private baseSlots: Int32Array = new Int32Array(0);
  private baseTfs: Float32Array = new Float32Array(0);
  /**
   * Per base posting, its BM25 term-frequency part tf·(k1+1) / (tf + k1·(1−b+b·len/avgdl)), so a query
   * does one multiply per posting. Valid for `impactAvgdl`; recomputed (one pass) when the average
   * document length has changed since (after edits), which keeps scores exact.
   */
  private baseImpact: Float64Array = new Float64Array(0);
  private impactAvgdl = Number.NaN;
  /** Dead slots whose postings are still in the base. */
  private deadInBase = 0;
  private delta = new Map<number, DeltaPosting>();
  private deltaSize = 0;
  /** Document-side ids per analysed word (interned). */
  private docIds = new Map<WordTerms, number[]>();
  private docIdsLight = new Map<WordTerms, number[]>();
  /** Query-side ids per analysed word (-1: unknown term), valid while the dictionary size is `gen`. */
  private queryIds = new Map<WordTerms, { ids: number[]; gen: number }>();
  private acc: Float64Array = new Float64Array(16);
  private scratch: Float64Array = new Float64Array(16);
  private touched: number[] = [];
  private qIds: number[] = [];
  private qTfs: number[] = [];
  private model: IntentModel | null = null;
  /** Changes (adds, updates, removals, picks) since the index was made: a model trained before is stale. */
  private changes = 0;

  /** Build an index over `entries` in one pass (the base segment). */
  static build(entries: Iterable<FaqEntry>, picks?: Map<string, Pick[]>): FaqIndex {
    const idx = new FaqIndex();
    for (const e of entries) {
      const old = idx.slotOf.get(e.id);
      if (old !== undefined) idx.kill(old);
      const lang = entryLang(e);
      const p = (picks?.get(e.id) ?? []).slice(-MAX_PICKS);
      idx.place({ entry: e, lang, picks: p, ...idx.analyseEntry(e, lang, p), inBase: true }, false);
    }
    idx.rebuildBase();
    if (idx.size > 0) idx.computeImpacts(idx.totalLen / idx.size);
    return idx;
  }

  get size(): number {
    return this.slotOf.size;
  }

  /**
   * Use a model trained on this FAQ's questions (IntentModel) for ranking, or none (null: BM25 only).
   * Entries added after training get the model's no-evidence probability until it is retrained.
   */
  attachModel(model: IntentModel | null): void {
    this.model = model;
  }

  get attachedModel(): IntentModel | null {
    return this.model;
  }

  /** How many changes this index has seen since it was built or restored (a trainer compares it). */
  get changeCount(): number {
    return this.changes;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  get(id: string): FaqEntry | undefined {
    const s = this.slotOf.get(id);
    return s === undefined ? undefined : this.docs[s]?.entry;
  }

  entries(): FaqEntry[] {
    const out: FaqEntry[] = [];
    for (const d of this.docs) if (d) out.push(d.entry);
    return out;
  }

  private get termCount(): number {
    return this.dictCount + this.extraNames.length;
  }

  private termName(id: number): string {
    return id < this.dictCount
      ? this.dictText.slice(this.dictOff[id], this.dictOff[id + 1])
      : (this.extraNames[id - this.dictCount] as string);
  }

  /** The id of a term, or -1. */
  private lookup(t: string): number {
    const table = this.dictTable;
    if (table.length > 0) {
      const mask = table.length - 1;
      const off = this.dictOff;
      const text = this.dictText;
      for (let h = hashString(t) & mask; ; h = (h + 1) & mask) {
        const v = table[h] as number;
        if (v === 0) break;
        const id = v - 1;
        const a = off[id] as number;
        if ((off[id + 1] as number) - a === t.length && text.startsWith(t, a)) return id;
      }
    }
    return this.extraIds.get(t) ?? -1;
  }

  private intern(t: string): number {
    let id = this.lookup(t);
    if (id < 0) {
      id = this.termCount;
      this.extraNames.push(t);
      this.extraIds.set(t, id);
    }
    return id;
  }

  private idsForDoc(w: AnalyzedWord, light: boolean): number[] {
    const cache = light ? this.docIdsLight : this.docIds;
    let ids = cache.get(w.unit);
    if (!ids) {
      ids = (light ? w.unit.light : w.terms).map((t) => this.intern(t));
      if (cache.size >= ID_CACHE_MAX) cache.clear();
      cache.set(w.unit, ids);
    }
    return ids;
  }

  private idsForQuery(w: AnalyzedWord): number[] {
    const gen = this.termCount;
    const hit = this.queryIds.get(w.unit);
    if (hit && hit.gen === gen) return hit.ids;
    const ids = w.terms.map((t) => this.lookup(t));
    if (this.queryIds.size >= ID_CACHE_MAX) this.queryIds.clear();
    this.queryIds.set(w.unit, { ids, gen });
    return ids;
  }

  private analyseEntry(
    e: FaqEntry,
    lang: Lang,
    picks: Pick[],
  ): { terms: number[]; tfs: number[]; len: number } {
    // Term id → weighted frequency in a reusable scratch array (a Map per entry was a measured cost).
    const touched: number[] = [];
    const bump = (id: number, weight: number) => {
      if (id >= this.scratch.length) this.scratch = grownF64(this.scratch, id + 1);
      if (this.scratch[id] === 0) touched.push(id);
      this.scratch[id] = (this.scratch[id] as number) + weight;
    };
    const add = (text: string, weight: number, l: Lang | undefined = lang, light = false) => {
      for (const w of analyze(text, { lang: l, bigrams: !light, spans: false })) {
        for (const id of this.idsForDoc(w, light)) bump(id, weight);
        if (w.bigram) bump(this.intern(w.bigram), weight);
      }
    };
    for (const q of e.questions) add(q, FIELD_WEIGHTS.questions);
    for (const t of e.tags ?? []) add(t.replace(/[-_]/g, ' '), FIELD_WEIGHTS.tags);
    // Answers are long and are not what customers type: words and stems only.
    add(e.answer.replace(TEMPLATE_VAR, ' '), FIELD_WEIGHTS.answer, lang, true);
    for (const v of e.variants ?? []) add(v.replace(TEMPLATE_VAR, ' '), FIELD_WEIGHTS.answer / 2, lang, true);
    for (const p of picks) add(p.text, FIELD_WEIGHTS.picks, p.lang ?? lang);
    const terms: number[] = touched;
    const tfs: number[] = new Array(touched.length);
    let len = 0;
    for (let i = 0; i < touched.length; i++) {
      const id = touched[i] as number;
      const tf = this.scratch[id] as number;
      this.scratch[id] = 0;
      tfs[i] = tf;
      len += tf;
    }
    return { terms, tfs, len };
  }

  /**
   * Give a document a slot and count it (document frequencies, lengths). With `toDelta`, its postings
   * go to the delta segment now; otherwise the caller rebuilds the base afterwards.
   */
  private place(doc: Doc, toDelta: boolean): number {
    const slot = toDelta && this.free.length > 0 ? (this.free.pop() as number) : this.docs.length;
    this.docs[slot] = doc;
    this.slotOf.set(doc.entry.id, slot);
    this.alive = grownU8(this.alive, slot + 1);
    this.langCode = grownU8(this.langCode, slot + 1);
    this.lens = grownF64(this.lens, slot + 1);
    this.alive[slot] = 1;
    this.langCode[slot] = langCodeOf(doc.entry.lang);
    this.lens[slot] = doc.len;
    this.totalLen += doc.len;
    this.df = grownI32(this.df, this.termCount);
    const { terms, tfs } = doc;
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i] as number;
      this.df[t] = (this.df[t] as number) + 1;
      if (toDelta) {
        let p = this.delta.get(t);
        if (!p) {
          p = { slots: [], tfs: [] };
          this.delta.set(t, p);
        }
        p.slots.push(slot);
        p.tfs.push(tfs[i] as number);
      }
    }
    if (toDelta) {
      doc.inBase = false;
      this.deltaSize += terms.length;
    }
    return slot;
  }

  /** Take a document out: it stops counting and scoring at once. */
  private kill(slot: number): void {
    if (this.docs[slot]?.inBase) this.ensureDocTerms();
    const doc = this.docs[slot];
    if (!doc) return;
    this.alive[slot] = 0;
    this.totalLen -= doc.len;
    this.slotOf.delete(doc.entry.id);
    this.docs[slot] = undefined;
    for (const t of doc.terms) this.df[t] = (this.df[t] as number) - 1;
    if (doc.inBase) {
      this.deadInBase++;
      return;
    }
    for (const t of doc.terms) {
      const p = this.delta.get(t);
      if (!p) continue;
      const i = p.slots.lastIndexOf(slot);
      if (i < 0) continue;
      const last = p.slots.length - 1;
      p.slots[i] = p.slots[last] as number;
      p.tfs[i] = p.tfs[last] as number;
      p.slots.pop();
      p.tfs.pop();
      if (p.slots.length === 0) this.delta.delete(t);
    }
    this.deltaSize -= doc.terms.length;
    this.free.push(slot);
  }

  /** Whether base documents lack their term lists (restored from a snapshot, not yet needed). */
  private termsPending = false;

  /** Recover every base document's term list from the base segment (one pass; only after a snapshot). */
  private ensureDocTerms(): void {
    if (!this.termsPending) return;
    this.termsPending = false;
    const off = this.baseOff;
    for (let t = 0; t < this.baseTerms; t++) {
      const end = off[t + 1] as number;
      for (let i = off[t] as number; i < end; i++) {
        const d = this.docs[this.baseSlots[i] as number];
        if (!d?.inBase) continue;
        d.terms.push(t);
        d.tfs.push(this.baseTfs[i] as number);
      }
    }
  }

  /**
   * Rebuild the base segment from the analysed documents: slots are renumbered densely, dead ones
   * dropped, the delta emptied. Two passes over integer arrays; no text analysis.
   */
  private rebuildBase(): void {
    const live: Doc[] = [];
    for (const d of this.docs) if (d) live.push(d);
    this.docs = live;
    this.slotOf.clear();
    this.free = [];
    this.delta.clear();
    this.deltaSize = 0;
    this.deadInBase = 0;
    this.ensureDocTerms();
    const nTerms = this.termCount;
    const n = live.length;
    this.alive = new Uint8Array(Math.max(16, n));
    this.langCode = new Uint8Array(Math.max(16, n));
    this.lens = new Float64Array(Math.max(16, n));
    this.df = new Int32Array(Math.max(16, nTerms));
    const off = new Int32Array(nTerms + 1);
    let total = 0;
    for (const d of live) {
      for (const t of d.terms) off[t + 1] = (off[t + 1] as number) + 1;
      total += d.terms.length;
    }
    for (let t = 0; t < nTerms; t++) {
      this.df[t] = off[t + 1] as number;
      off[t + 1] = (off[t + 1] as number) + (off[t] as number);
    }
    const fill = off.slice(0, nTerms);
    const slots = new Int32Array(total);
    const tfs = new Float32Array(total);
    let len = 0;
    live.forEach((d, s) => {
      this.slotOf.set(d.entry.id, s);
      this.alive[s] = 1;
      this.langCode[s] = langCodeOf(d.entry.lang);
      this.lens[s] = d.len;
      len += d.len;
      d.inBase = true;
      const { terms, tfs: dt } = d;
      for (let i = 0; i < terms.length; i++) {
        const t = terms[i] as number;
        const at = fill[t] as number;
        slots[at] = s;
        tfs[at] = dt[i] as number;
        fill[t] = at + 1;
      }
    });
    this.totalLen = len;
    this.baseTerms = nTerms;
    this.baseOff = off;
    this.baseSlots = slots;
    this.baseTfs = tfs;
    this.impactAvgdl = Number.NaN;
  }

  private computeImpacts(avgdl: number): void {
    const kA = K1 * (1 - B);
    const kB = (K1 * B) / avgdl;
    const slots = this.baseSlots;
    const tfs = this.baseTfs;
    if (this.baseImpact.length !== slots.length) this.baseImpact = new Float64Array(slots.length);
    const out = this.baseImpact;
    const lens = this.lens;
    for (let i = 0; i < slots.length; i++) {
      const tf = tfs[i] as number;
      out[i] = (tf * (K1 + 1)) / (tf + kA + kB * (lens[slots[i] as number] as number));
    }
    this.impactAvgdl = avgdl;
  }

  /** Rebuild the base when the delta or the dead share has grown large (amortised, no analysis). */
  private maybeCompact(): void {
    const base = this.baseSlots.length;
    if (this.deltaSize > 20_000 + base / 4 || this.deadInBase > 100 + this.docs.length / 4)
      this.rebuildBase();
  }

  /** Add an entry, or replace the entry with the same id (incrementally). */
  add(entry: FaqEntry, picks?: Pick[]): void {
    const existing = this.slotOf.get(entry.id);
    const keptPicks = picks ?? (existing !== undefined ? this.docs[existing]?.picks : undefined) ?? [];
    const lang = entryLang(entry);
    const p = keptPicks.slice(-MAX_PICKS);
    const a = this.analyseEntry(entry, lang, p);
    if (existing !== undefined) this.kill(existing);
    this.place({ entry, lang, picks: p, ...a, inBase: false }, true);
    this.changes++;
    this.maybeCompact();
  }

  /** Same as add(): an updated entry replaces its old terms incrementally. */
  update(entry: FaqEntry): void {
    this.add(entry);
  }

  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    this.kill(slot);
    this.changes++;
    this.maybeCompact();
    return true;
  }

  /** Record that the agent picked entry `id` for a post: strengthens it for similar posts (bounded). */
  addPick(id: string, pick: Pick): boolean {
    const slot = this.slotOf.get(id);
    const doc = slot === undefined ? undefined : this.docs[slot];
    if (!doc) return false;
    this.add(doc.entry, [...doc.picks, pick].slice(-MAX_PICKS));
    return true;
  }

  /** Forget the agent's picks for one entry, or for all entries. */
  clearPicks(id?: string): void {
    const todo = this.docs.filter(
      (d): d is Doc => d !== undefined && d.picks.length > 0 && (id === undefined || d.entry.id === id),
    );
    for (const d of todo) this.add(d.entry, []);
  }

  picksOf(id: string): Pick[] {
    const s = this.slotOf.get(id);
    return s === undefined ? [] : [...(this.docs[s]?.picks ?? [])];
  }

  /** Whether the document in `slot` has term `id` (binary search in the base, scan of the delta). */
  private contains(slot: number, id: number): boolean {
    const doc = this.docs[slot];
    if (!doc) return false;
    if (!doc.inBase) return this.delta.get(id)?.slots.includes(slot) ?? false;
    if (id >= this.baseTerms) return false;
    let lo = this.baseOff[id] as number;
    let hi = (this.baseOff[id + 1] as number) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = this.baseSlots[mid] as number;
      if (v === slot) return true;
      if (v < slot) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** Rank entries for a post. Best first; only entries sharing at least one term with the post. */
  suggest(post: string, opts: SuggestOptions = {}): Suggestion[] {
    const top = Math.max(0, Math.floor(opts.top ?? 5));
    if (top === 0 || this.size === 0) return [];
    const lang = opts.lang && opts.lang !== 'und' ? opts.lang : detectLanguage(post).lang;
    const words = analyze(post, { lang });
    // Query term id → count.
    const q = new Map<number, number>();
    for (const w of words) {
      for (const id of this.idsForQuery(w)) if (id >= 0) q.set(id, (q.get(id) ?? 0) + 1);
      if (w.bigram) {
        const id = this.lookup(w.bigram);
        if (id >= 0) q.set(id, (q.get(id) ?? 0) + 1);
      }
    }
    this.acc = grownF64(this.acc, this.docs.length);
    const acc = this.acc;
    const lens = this.lens;
    const alive = this.alive;
    const touched = this.touched;
    touched.length = 0;
    const n = this.size;
    const avgdl = this.totalLen / n || 1;
    const kA = K1 * (1 - B);
    const kB = (K1 * B) / avgdl;
    const common = Math.max(TUNING.commonMin, n * TUNING.commonShare);
    const bSlots = this.baseSlots;
    if (this.impactAvgdl !== avgdl) this.computeImpacts(avgdl);
    const bImpact = this.baseImpact;
    const bOff = this.baseOff;
    // Rarest terms first: terms found in more than `open` entries only add to entries that a rarer term
    // already reached (no new candidates), which keeps the candidate set and the selection small.
    const qIds = this.qIds;
    const qTfs = this.qTfs;
    qIds.length = 0;
    qTfs.length = 0;
    for (const [id, qtf] of q) {
      const df = this.df[id] ?? 0;
      if (df <= 0 || df > common) continue;
      let i = qIds.length;
      while (i > 0 && (this.df[qIds[i - 1] as number] as number) > df) i--;
      qIds.splice(i, 0, id);
      qTfs.splice(i, 0, qtf);
    }
    const open = Math.max(TUNING.commonMin, n * TUNING.openShare);
    for (let k = 0; k < qIds.length; k++) {
      const id = qIds[k] as number;
      const qtf = qTfs[k] as number;
      const df = this.df[id] as number;
      const closed = df > open && touched.length > 0;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      const w = idf * (qtf > 1 ? 1 + Math.log(qtf) : 1);
      if (id < this.baseTerms) {
        const end = bOff[id + 1] as number;
        for (let i = bOff[id] as number; i < end; i++) {
          const s = bSlots[i] as number;
          if (alive[s] === 0) continue;
          if (acc[s] === 0) {
            if (closed) continue;
            touched.push(s);
          }
          acc[s] = (acc[s] as number) + w * (bImpact[i] as number);
        }
      }
      const d = this.delta.get(id);
      if (d) {
        const slots = d.slots;
        const tfs = d.tfs;
        for (let i = 0; i < slots.length; i++) {
          const s = slots[i] as number;
          if (acc[s] === 0) {
            if (closed) continue;
            touched.push(s);
          }
          const tf = tfs[i] as number;
          acc[s] = (acc[s] as number) + w * ((tf * (K1 + 1)) / (tf + kA + kB * (lens[s] as number)));
        }
      }
    }
    // Select the best `keep` with a small sorted buffer (keep is small): `top`, or the pool the model
    // re-ranks.
    const model = this.model;
    const keep = model ? Math.max(top, MODEL_MIX.pool) : top;
    const bestS: number[] = [];
    const bestV: number[] = [];
    const qLang = lang === 'und' ? 0 : langCodeOf(lang);
    const codes = this.langCode;
    const brand = opts.brand;
    for (const s of touched) {
      let v = acc[s] as number;
      acc[s] = 0;
      if (brand !== undefined) {
        const b = (this.docs[s] as Doc).entry.brand;
        if (b !== undefined && b !== brand) continue;
      }
      const c = codes[s] as number;
      if (qLang !== 0 && c !== 0 && c !== qLang) v *= OTHER_LANG_FACTOR;
      if (bestV.length === keep && v <= (bestV[keep - 1] as number)) continue;
      let i = bestV.length;
      while (i > 0 && (bestV[i - 1] as number) < v) i--;
      bestV.splice(i, 0, v);
      bestS.splice(i, 0, s);
      if (bestV.length > keep) {
        bestV.pop();
        bestS.pop();
      }
    }
    if (model && bestS.length > 1) {
      const probs = model.candidateProbs(
        words,
        bestS.map((s) => (this.docs[s] as Doc).entry.id),
      );
      const max = bestV[0] as number;
      const mixed = bestS.map((s, i) => {
        const c = codes[s] as number;
        const langF = qLang !== 0 && c !== 0 && c !== qLang ? OTHER_LANG_FACTOR : 1;
        return { s, v: (probs[i] as number) * langF + (MODEL_MIX.bm25 * (bestV[i] as number)) / max };
      });
      mixed.sort((a, b) => b.v - a.v);
      mixed.length = Math.min(mixed.length, top);
      bestS.length = 0;
      bestV.length = 0;
      for (const m of mixed) {
        bestS.push(m.s);
        bestV.push(m.v);
      }
    }
    const out: Suggestion[] = [];
    for (let i = 0; i < bestS.length; i++) {
      const slot = bestS[i] as number;
      const doc = this.docs[slot] as Doc;
      const matched: string[] = [];
      for (const w of words)
        if (
          worthShowing(w.text) &&
          !matched.includes(w.text) &&
          this.idsForQuery(w).some((id) => id >= 0 && this.contains(slot, id))
        )
          matched.push(w.text);
      out.push({
        faqId: doc.entry.id,
        score: Math.round((bestV[i] as number) * 1000) / 1000,
        answer: doc.entry.answer,
        matched,
      });
    }
    return out;
  }

  /**
   * The index as plain data for a fast cold start: typed arrays and one string, so storing it in
   * IndexedDB (structured clone) and restoring it are copies, not per-term work. Compacts first.
   */
  snapshot(): FaqIndexSnapshot {
    this.rebuildBase();
    const nTerms = this.termCount;
    const names: string[] = [];
    const dictOff = new Int32Array(nTerms + 1);
    let at = 0;
    for (let t = 0; t < nTerms; t++) {
      const name = this.termName(t);
      names.push(name);
      at += name.length;
      dictOff[t + 1] = at;
    }
    let size = 16;
    while (size < nTerms * 2) size *= 2;
    const table = new Int32Array(size);
    const mask = size - 1;
    for (let t = 0; t < nTerms; t++) {
      let h = hashString(names[t] as string) & mask;
      while (table[h] !== 0) h = (h + 1) & mask;
      table[h] = t + 1;
    }
    const docs = this.docs as Doc[];
    return {
      version: SNAPSHOT_VERSION,
      entries: docs.map((d) => d.entry),
      langs: docs.map((d) => d.lang),
      picks: docs.map((d) => d.picks),
      lens: this.lens.slice(0, docs.length),
      dictText: names.join(''),
      dictOff,
      dictTable: table,
      off: this.baseOff.slice(),
      slots: this.baseSlots.slice(),
      tfs: this.baseTfs.slice(),
    };
  }

  /**
   * Restore an index from snapshot(). Throws on a snapshot from another version or a damaged one: the
   * caller then rebuilds from the entries (nothing is lost, the snapshot is only a cache).
   */
  static fromSnapshot(snap: unknown): FaqIndex {
    const s = snap as Partial<FaqIndexSnapshot> | null;
    if (!s || typeof s !== 'object' || s.version !== SNAPSHOT_VERSION)
      throw new Error('FAQ index snapshot is missing or from another version');
    const damaged = () => new Error('FAQ index snapshot is damaged');
    const { entries, langs, picks, lens, dictText, dictOff, dictTable, off, slots, tfs } = s;
    if (
      !Array.isArray(entries) ||
      !Array.isArray(langs) ||
      !Array.isArray(picks) ||
      !(lens instanceof Float64Array) ||
      typeof dictText !== 'string' ||
      !(dictOff instanceof Int32Array) ||
      !(dictTable instanceof Int32Array) ||
      !(off instanceof Int32Array) ||
      !(slots instanceof Int32Array) ||
      !(tfs instanceof Float32Array)
    )
      throw damaged();
    const n = entries.length;
    const nTerms = dictOff.length - 1;
    if (
      langs.length !== n ||
      picks.length !== n ||
      lens.length !== n ||
      off.length !== nTerms + 1 ||
      slots.length !== tfs.length ||
      off[nTerms] !== slots.length ||
      dictOff[nTerms] !== dictText.length ||
      (dictTable.length & (dictTable.length - 1)) !== 0 ||
      dictTable.length < nTerms
    )
      throw damaged();
    for (let t = 0; t < nTerms; t++)
      if ((off[t] as number) > (off[t + 1] as number) || (dictOff[t] as number) > (dictOff[t + 1] as number))
        throw damaged();
    for (let i = 0; i < slots.length; i++) {
      const x = slots[i] as number;
      if (x < 0 || x >= n) throw damaged();
    }
    for (let i = 0; i < dictTable.length; i++) if ((dictTable[i] as number) > nTerms) throw damaged();
    const idx = new FaqIndex();
    idx.dictText = dictText;
    idx.dictOff = dictOff;
    idx.dictTable = dictTable;
    idx.dictCount = nTerms;
    idx.baseTerms = nTerms;
    idx.baseOff = off;
    idx.baseSlots = slots;
    idx.baseTfs = tfs;
    idx.alive = new Uint8Array(Math.max(16, n)).fill(1, 0, n);
    idx.langCode = new Uint8Array(Math.max(16, n));
    idx.lens = new Float64Array(Math.max(16, n));
    idx.lens.set(lens);
    idx.df = new Int32Array(Math.max(16, nTerms));
    for (let t = 0; t < nTerms; t++) idx.df[t] = (off[t + 1] as number) - (off[t] as number);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const entry = entries[i] as FaqEntry;
      if (typeof entry?.id !== 'string' || idx.slotOf.has(entry.id)) throw damaged();
      idx.docs.push({
        entry,
        lang: String(langs[i]),
        picks: Array.isArray(picks[i]) ? (picks[i] as Pick[]) : [],
        terms: [],
        tfs: [],
        len: lens[i] as number,
        inBase: true,
      });
      idx.slotOf.set(entry.id, i);
      idx.langCode[i] = langCodeOf(entry.lang);
      total += lens[i] as number;
    }
    idx.totalLen = total;
    idx.termsPending = true;
    if (n > 0) idx.computeImpacts(total / n);
    return idx;
  }
}

/** FNV-1a over UTF-16 units (the snapshot's term table). */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const LANG_CODES = new Map<string, number>();

/**
 * A small code per language for the language preference: 0 for none, one shared code for Serbian,
 * Croatian and Bosnian (one folded written form here). Codes above 255 share 255 (no preference).
 */
function langCodeOf(lang: Lang | undefined): number {
  if (!lang || lang === 'und') return 0;
  const base = lang.toLowerCase().split('-')[0] as string;
  const key = base === 'hr' || base === 'bs' ? 'sr' : base;
  let c = LANG_CODES.get(key);
  if (c === undefined) {
    c = Math.min(255, LANG_CODES.size + 1);
    LANG_CODES.set(key, c);
  }
  return c;
}
