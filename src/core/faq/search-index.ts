/**
 * The FAQ search index: a hand-written inverted index scored with BM25F over the terms of analyze.ts.
 *
 *   entry ──analyze(questions ×1, tags ×1, answer+variants ×0.3, agent picks ×0.8)──> weighted term
 *   frequencies ──> postings: term → [slot…] + [weighted tf…]
 *
 *   post ──analyze(post language)──> query terms ──> for each term: idf × saturated tf over its postings
 *        ──> × language preference ──> top N
 *
 * Why hand-written: MiniSearch does not fold diacritics or stem our languages, FlexSearch returns no
 * scores; both are measured beside this index in faq.eval.ts and faq.bench.ts.
 *
 * Updates are incremental: add / update / remove touch only the entry's own postings (no rebuild), and
 * a document slot freed by a removal is reused. `toJSON()` / `FaqIndex.fromJSON()` persist the analysed
 * form so a cold popup does not re-run the text engine over every entry.
 *
 * The agent's picks (a post text chosen for an entry) are indexed as a fourth field of that entry, at
 * most MAX_PICKS per entry (oldest dropped), so their influence is bounded; clearPicks() resets them.
 */
import type { FaqEntry, Lang } from '../../shared/types.ts';
import { detectLanguage } from '../text/index.ts';
import { analyze, termCounts } from './analyze.ts';

export const FIELD_WEIGHTS = { questions: 1, tags: 1, answer: 0.3, picks: 0.8 } as const;
export const MAX_PICKS = 20;
const K1 = 2;
const B = 0.75;
/** Score factor for an entry in another language than the post's (entries without a language: 1). */
export const OTHER_LANG_FACTOR = 0.8;
const SNAPSHOT_VERSION = 1;

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
  terms: string[];
  tfs: number[];
  len: number;
}

interface Posting {
  slots: number[];
  tfs: number[];
}

/** The language an entry is analysed in: its own, else detected from its questions. */
export function entryLang(e: FaqEntry): Lang {
  if (e.lang) return e.lang;
  const guess = detectLanguage(e.questions.join(' ')).lang;
  return guess;
}

function analyseEntry(
  e: FaqEntry,
  lang: Lang,
  picks: Pick[],
): { terms: string[]; tfs: number[]; len: number } {
  const acc = new Map<string, number>();
  const add = (text: string, weight: number, l: Lang | undefined = lang) => {
    for (const [t, c] of termCounts(text, { lang: l })) acc.set(t, (acc.get(t) ?? 0) + c * weight);
  };
  for (const q of e.questions) add(q, FIELD_WEIGHTS.questions);
  for (const t of e.tags ?? []) add(t.replace(/[-_]/g, ' '), FIELD_WEIGHTS.tags);
  add(e.answer.replace(/\{\{\s*\w+\s*\}\}/g, ' '), FIELD_WEIGHTS.answer);
  for (const v of e.variants ?? []) add(v.replace(/\{\{\s*\w+\s*\}\}/g, ' '), FIELD_WEIGHTS.answer / 2);
  for (const p of picks) add(p.text, FIELD_WEIGHTS.picks, p.lang ?? lang);
  const terms = [...acc.keys()];
  const tfs = terms.map((t) => acc.get(t) ?? 0);
  let len = 0;
  for (const v of tfs) len += v;
  return { terms, tfs, len };
}

export interface FaqIndexSnapshot {
  version: number;
  docs: { entry: FaqEntry; lang: Lang; picks: Pick[]; terms: number[]; tfs: number[]; len: number }[];
  terms: string[];
}

export class FaqIndex {
  private docs: (Doc | undefined)[] = [];
  private slotOf = new Map<string, number>();
  private free: number[] = [];
  private postings = new Map<string, Posting>();
  private totalLen = 0;
  private acc = new Float64Array(16);
  private touched: number[] = [];

  static build(entries: Iterable<FaqEntry>, picks?: Map<string, Pick[]>): FaqIndex {
    const idx = new FaqIndex();
    for (const e of entries) idx.add(e, picks?.get(e.id));
    return idx;
  }

  get size(): number {
    return this.slotOf.size;
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

  /** Add an entry, or replace the entry with the same id. */
  add(entry: FaqEntry, picks?: Pick[]): void {
    const existing = this.slotOf.get(entry.id);
    const keptPicks = picks ?? (existing !== undefined ? this.docs[existing]?.picks : undefined) ?? [];
    if (existing !== undefined) this.unlink(existing);
    const lang = entryLang(entry);
    const p = keptPicks.slice(-MAX_PICKS);
    const a = analyseEntry(entry, lang, p);
    const slot = existing ?? this.free.pop() ?? this.docs.length;
    this.link(slot, { entry, lang, picks: p, ...a });
  }

  /** Same as add(): an updated entry replaces its old terms incrementally. */
  update(entry: FaqEntry): void {
    this.add(entry);
  }

  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    this.unlink(slot);
    this.docs[slot] = undefined;
    this.slotOf.delete(id);
    this.free.push(slot);
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
    for (const d of this.docs) {
      if (!d || d.picks.length === 0) continue;
      if (id !== undefined && d.entry.id !== id) continue;
      this.add(d.entry, []);
    }
  }

  picksOf(id: string): Pick[] {
    const s = this.slotOf.get(id);
    return s === undefined ? [] : [...(this.docs[s]?.picks ?? [])];
  }

  private link(slot: number, doc: Doc): void {
    this.docs[slot] = doc;
    this.slotOf.set(doc.entry.id, slot);
    this.totalLen += doc.len;
    for (let i = 0; i < doc.terms.length; i++) {
      const t = doc.terms[i] as string;
      let p = this.postings.get(t);
      if (!p) {
        p = { slots: [], tfs: [] };
        this.postings.set(t, p);
      }
      p.slots.push(slot);
      p.tfs.push(doc.tfs[i] as number);
    }
  }

  private unlink(slot: number): void {
    const doc = this.docs[slot];
    if (!doc) return;
    this.totalLen -= doc.len;
    for (const t of doc.terms) {
      const p = this.postings.get(t);
      if (!p) continue;
      const i = p.slots.lastIndexOf(slot);
      if (i < 0) continue;
      // Order inside a posting list does not matter: swap-remove.
      const last = p.slots.length - 1;
      p.slots[i] = p.slots[last] as number;
      p.tfs[i] = p.tfs[last] as number;
      p.slots.pop();
      p.tfs.pop();
      if (p.slots.length === 0) this.postings.delete(t);
    }
  }

  /** Rank entries for a post. Best first; only entries sharing at least one term with the post. */
  suggest(post: string, opts: SuggestOptions = {}): Suggestion[] {
    const top = Math.max(0, Math.floor(opts.top ?? 5));
    if (top === 0 || this.size === 0) return [];
    const lang = opts.lang && opts.lang !== 'und' ? opts.lang : detectLanguage(post).lang;
    const words = analyze(post, { lang });
    // Query term → count.
    const q = new Map<string, number>();
    for (const w of words) {
      for (const t of w.terms) q.set(t, (q.get(t) ?? 0) + 1);
      if (w.bigram) q.set(w.bigram, (q.get(w.bigram) ?? 0) + 1);
    }
    if (this.acc.length < this.docs.length) this.acc = new Float64Array(this.docs.length * 2);
    const acc = this.acc;
    const touched = this.touched;
    touched.length = 0;
    const n = this.size;
    const avgdl = this.totalLen / n || 1;
    for (const [t, qtf] of q) {
      const p = this.postings.get(t);
      if (!p) continue;
      const df = p.slots.length;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      const w = idf * (qtf > 1 ? 1 + Math.log(qtf) : 1);
      const slots = p.slots;
      const tfs = p.tfs;
      for (let i = 0; i < slots.length; i++) {
        const s = slots[i] as number;
        const tf = tfs[i] as number;
        const dl = (this.docs[s] as Doc).len;
        const v = (w * (tf * (K1 + 1))) / (tf + K1 * (1 - B + (B * dl) / avgdl));
        if (acc[s] === 0) touched.push(s);
        acc[s] = (acc[s] as number) + v;
      }
    }
    // Select the best `top` with a small sorted buffer (top is small).
    const bestS: number[] = [];
    const bestV: number[] = [];
    for (const s of touched) {
      let v = acc[s] as number;
      acc[s] = 0;
      const doc = this.docs[s] as Doc;
      if (opts.brand !== undefined && doc.entry.brand !== undefined && doc.entry.brand !== opts.brand)
        continue;
      if (lang !== 'und' && doc.entry.lang && !sameLang(doc.entry.lang, lang)) v *= OTHER_LANG_FACTOR;
      if (bestV.length === top && v <= (bestV[top - 1] as number)) continue;
      let i = bestV.length;
      while (i > 0 && (bestV[i - 1] as number) < v) i--;
      bestV.splice(i, 0, v);
      bestS.splice(i, 0, s);
      if (bestV.length > top) {
        bestV.pop();
        bestS.pop();
      }
    }
    const out: Suggestion[] = [];
    for (let i = 0; i < bestS.length; i++) {
      const doc = this.docs[bestS[i] as number] as Doc;
      const termSet = new Set(doc.terms);
      const matched: string[] = [];
      for (const w of words)
        if (w.terms.some((t) => termSet.has(t)) && !matched.includes(w.text)) matched.push(w.text);
      out.push({
        faqId: doc.entry.id,
        score: Math.round((bestV[i] as number) * 1000) / 1000,
        answer: doc.entry.answer,
        matched,
      });
    }
    return out;
  }

  /** The analysed form, for a fast cold start (see fromJSON). */
  toJSON(): FaqIndexSnapshot {
    const termId = new Map<string, number>();
    const terms: string[] = [];
    const docs: FaqIndexSnapshot['docs'] = [];
    for (const d of this.docs) {
      if (!d) continue;
      docs.push({
        entry: d.entry,
        lang: d.lang,
        picks: d.picks,
        len: d.len,
        tfs: d.tfs,
        terms: d.terms.map((t) => {
          let id = termId.get(t);
          if (id === undefined) {
            id = terms.length;
            termId.set(t, id);
            terms.push(t);
          }
          return id;
        }),
      });
    }
    return { version: SNAPSHOT_VERSION, docs, terms };
  }

  /**
   * Restore an index from toJSON(). Throws on a snapshot from another analyser version or a damaged
   * one: the caller then rebuilds from the entries (nothing is lost, the snapshot is only a cache).
   */
  static fromJSON(snap: unknown): FaqIndex {
    const s = snap as Partial<FaqIndexSnapshot> | null;
    if (!s || s.version !== SNAPSHOT_VERSION || !Array.isArray(s.docs) || !Array.isArray(s.terms))
      throw new Error('FAQ index snapshot is missing or from another version');
    const idx = new FaqIndex();
    const names = s.terms;
    for (const d of s.docs) {
      if (!d || typeof d.entry?.id !== 'string' || !Array.isArray(d.terms) || !Array.isArray(d.tfs))
        throw new Error('FAQ index snapshot is damaged');
      const terms = d.terms.map((i) => {
        const t = names[i];
        if (typeof t !== 'string') throw new Error('FAQ index snapshot is damaged');
        return t;
      });
      idx.link(idx.docs.length, {
        entry: d.entry,
        lang: d.lang,
        picks: d.picks ?? [],
        terms,
        tfs: d.tfs,
        len: d.len,
      });
    }
    return idx;
  }
}

function sameLang(a: Lang, b: Lang): boolean {
  if (a === b) return true;
  // Serbian, Croatian and Bosnian share one folded written form here.
  const sh = (l: Lang) => l === 'sr' || l === 'hr' || l === 'bs';
  return sh(a) && sh(b);
}
