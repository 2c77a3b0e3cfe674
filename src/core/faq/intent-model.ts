/**
 * A discriminative model of the FAQ, trained on the agent's own example questions (and picks): one class
 * per entry, multinomial logistic regression over sparse lexical features, combined with the BM25 score
 * of search-index.ts at query time (FaqIndex.attachModel).
 *
 *   features of a text: the index terms of analyze.ts (words, stems, prefixes, char 4-grams, stem
 *   bigrams) plus char 3- and 5-grams of each word's stem; weight 1 + log(tf), L2-normalised; every
 *   feature is a 32-bit hash (no strings are kept).
 *
 *   weights: only for (feature, entry) pairs where the feature occurs in that entry's own questions
 *   ("support" pairs): the model stays as sparse as the inverted index and a query costs one pass over
 *   short posting lists. Measured on BANKING77 (77 entries × 10 questions, leave-one-out on the
 *   training questions and test posts): support-only weights cost ≤ 0.002 top-1 against a dense model.
 *   Features found in the questions of more than max(200, 2 %) of the entries are left out (the BM25
 *   part still scores them): they separate nothing and their lists are the longest.
 *
 *   training: SGD on the softmax loss, features L2-normalised, lazy L2 decay, seeded shuffling, so the
 *   same FAQ always gives the same model. trainSteps() yields between slices so a caller can train in
 *   idle time without blocking (see storage/faqs.ts).
 *
 * Pure: no DOM, no browser API.
 */

import { mulberry32 } from '../../shared/rng.ts';
import type { FaqEntry, Lang } from '../../shared/types.ts';
import { type AnalyzedWord, analyze, type WordTerms } from './analyze.ts';
import { entryLang } from './search-index.ts';

/**
 * The extension trains the model (storage/faqs.ts openFaqIndex) for FAQs up to this size. Training cost
 * grows with the examples × the entries sharing each feature (capped at 200): measured under load,
 * 77 entries × 10 questions 0.3–0.7 s, 1,000 entries × 2 questions about 5 s, 10,000 × 2 about 20–27 s
 * of background work; and at 10,000 entries re-ranking adds about two thirds to a suggest (p50
 * 0.19 → 0.31 ms), past the 0.2 ms target. Its gain is measured on a 77-entry FAQ (BANKING77); above
 * this size BM25 ranks alone.
 */
export const MODEL_MAX_ENTRIES = 2000;

/** Training defaults (mutable for the eval's grid only). */
export const TRAIN_DEFAULTS = { rate: 2, l2: 1e-5, epochs: 10 };

/** Bumped whenever features or the snapshot layout change (cached models are then retrained). */
const MODEL_VERSION = 1;

export interface TrainOptions {
  /** Passes over the examples (default 10). */
  epochs?: number;
  /**
   * Initial learning rate (default 2), decayed as rate / (1 + 0.1·epoch). Rate and L2 chosen by
   * leave-one-out on BANKING77's training questions (faq.eval.ts prints the grid).
   */
  rate?: number;
  /** L2 decay per update (default 1e-5). */
  l2?: number;
  /** Shuffling seed (default 1). */
  seed?: number;
  /**
   * Features found in more entries than this get no weights (default max(200, 2 % of the entries)):
   * BM25 still scores them; they separate little and their lists cost the most.
   */
  maxDf?: number;
  /** Roughly how many weight updates between yields of trainSteps() (default 200,000). */
  sliceOps?: number;
}

export interface ModelExample {
  /** Entry id (the class). */
  id: string;
  text: string;
  lang?: Lang | undefined;
}

/** IntentModel.snapshot(): typed arrays, structured-clone friendly (IndexedDB). */
export interface IntentModelSnapshot {
  version: number;
  ids: string[];
  keys: Uint32Array;
  off: Int32Array;
  cls: Int32Array;
  w: Float32Array;
}

/** FNV-1a over UTF-16 units. */
function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Hashed features of one analysed word (memoised per analysis unit, which analyze.ts interns). */
const WORD_FEATURES = new WeakMap<WordTerms, number[]>();

function wordFeatures(unit: WordTerms): number[] {
  let f = WORD_FEATURES.get(unit);
  if (f) return f;
  f = unit.terms.map(hash32);
  const padded = ` ${unit.key} `;
  for (const n of [3, 5])
    for (let i = 0; i + n <= padded.length; i++) f.push(hash32(`g${n}:${padded.slice(i, i + n)}`));
  WORD_FEATURES.set(unit, f);
  return f;
}

/** A sparse, L2-normalised feature vector (hash → value), from already analysed words. */
export function featuresOfWords(words: readonly AnalyzedWord[]): { keys: number[]; vals: number[] } {
  const counts = new Map<number, number>();
  for (const w of words) {
    for (const h of wordFeatures(w.unit)) counts.set(h, (counts.get(h) ?? 0) + 1);
    if (w.bigram) {
      const h = hash32(w.bigram);
      counts.set(h, (counts.get(h) ?? 0) + 1);
    }
  }
  const keys: number[] = [];
  const vals: number[] = [];
  let norm = 0;
  for (const [k, c] of counts) {
    const v = 1 + Math.log(c);
    keys.push(k);
    vals.push(v);
    norm += v * v;
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < vals.length; i++) vals[i] = (vals[i] as number) / norm;
  return { keys, vals };
}

export function featuresOf(text: string, lang: Lang | undefined): { keys: number[]; vals: number[] } {
  return featuresOfWords(analyze(text, { lang, spans: false }));
}

/** Per-query scratch, reused (queries are sequential). */
interface Scratch {
  acc: Float64Array;
  touched: number[];
}

export class IntentModel {
  private classOf = new Map<string, number>();
  private scratch: Scratch;

  private constructor(
    /** Entry id per class. */
    readonly ids: readonly string[],
    /** Sorted feature hashes. */
    private readonly keys: Uint32Array,
    /** Postings per feature: off[i]..off[i+1] into cls / w. */
    private readonly off: Int32Array,
    private readonly cls: Int32Array,
    private readonly w: Float32Array,
  ) {
    ids.forEach((id, c) => {
      this.classOf.set(id, c);
    });
    this.scratch = { acc: new Float64Array(ids.length), touched: [] };
  }

  get size(): number {
    return this.ids.length;
  }

  /** Number of stored weights (support pairs). */
  get weights(): number {
    return this.w.length;
  }

  /** The examples of a FAQ: each entry's questions and the agent's picks, in the entry's language. */
  static examplesOf(
    entries: Iterable<FaqEntry>,
    picksOf: (id: string) => readonly { text: string; lang?: Lang | undefined }[] = () => [],
    langOf: (e: FaqEntry) => Lang = entryLang,
  ): ModelExample[] {
    const out: ModelExample[] = [];
    for (const e of entries) {
      const lang = langOf(e);
      for (const q of e.questions) out.push({ id: e.id, text: q, lang });
      for (const p of picksOf(e.id)) out.push({ id: e.id, text: p.text, lang: p.lang ?? lang });
    }
    return out;
  }

  /** Train in one go (see trainSteps for slicing). */
  static train(examples: readonly ModelExample[], opts: TrainOptions = {}): IntentModel {
    const it = IntentModel.trainSteps(examples, opts);
    for (;;) {
      const r = it.next();
      if (r.done) return r.value;
    }
  }

  /**
   * Train, yielding after about `sliceOps` weight updates so a caller can spread the work over idle
   * time (each slice takes a few milliseconds). Returns the model.
   */
  static *trainSteps(
    examples: readonly ModelExample[],
    opts: TrainOptions = {},
  ): Generator<void, IntentModel> {
    const epochs = opts.epochs ?? TRAIN_DEFAULTS.epochs;
    const rate = opts.rate ?? TRAIN_DEFAULTS.rate;
    const l2 = opts.l2 ?? TRAIN_DEFAULTS.l2;
    const slice = opts.sliceOps ?? 200_000;
    const random = mulberry32(opts.seed ?? 1);
    // Classes, and examples as local feature ids.
    const ids: string[] = [];
    const classOf = new Map<string, number>();
    const local = new Map<number, number>();
    const hashes: number[] = [];
    const exY: number[] = [];
    const exF: Int32Array[] = [];
    const exV: Float64Array[] = [];
    let ops = 0;
    for (const ex of examples) {
      let y = classOf.get(ex.id);
      if (y === undefined) {
        y = ids.length;
        ids.push(ex.id);
        classOf.set(ex.id, y);
      }
      const { keys, vals } = featuresOf(ex.text, ex.lang);
      if (keys.length === 0) continue;
      const f = new Int32Array(keys.length);
      keys.forEach((k, i) => {
        let id = local.get(k);
        if (id === undefined) {
          id = hashes.length;
          hashes.push(k);
          local.set(k, id);
        }
        f[i] = id;
      });
      exY.push(y);
      exF.push(f);
      exV.push(Float64Array.from(vals));
      ops += keys.length * 4;
      if (ops >= slice) {
        ops = 0;
        yield;
      }
    }
    const C = ids.length;
    const F = hashes.length;
    // Support pairs: feature → distinct classes whose examples contain it.
    // (A linear `includes` per pair here was quadratic in the entries sharing a feature: 10,000 entries
    // spent most of their training time on it. The last class per feature skips the repeats of
    // contiguous examples; the lists are sorted and deduplicated once below.)
    const pairs = new Map<number, number[]>();
    const lastClass = new Int32Array(F).fill(-1);
    for (let i = 0; i < exF.length; i++) {
      const y = exY[i] as number;
      for (const f of exF[i] as Int32Array) {
        if (lastClass[f] === y) continue;
        lastClass[f] = y;
        let list = pairs.get(f);
        if (!list) {
          list = [];
          pairs.set(f, list);
        }
        list.push(y);
      }
    }
    for (const [f, list] of pairs) {
      if (list.length < 2) continue;
      list.sort((a, b) => a - b);
      let k = 1;
      for (let i = 1; i < list.length; i++) if (list[i] !== list[k - 1]) list[k++] = list[i] as number;
      list.length = k;
      pairs.set(f, list);
    }
    const maxDf = opts.maxDf ?? Math.max(200, C * 0.02);
    const off = new Int32Array(F + 1);
    for (let f = 0; f < F; f++) {
      const n = pairs.get(f)?.length ?? 0;
      off[f + 1] = (off[f] as number) + (n > maxDf ? 0 : n);
    }
    const total = off[F] as number;
    const cls = new Int32Array(total);
    for (let f = 0; f < F; f++) {
      const list = pairs.get(f);
      const a = off[f] as number;
      if (list && (off[f + 1] as number) > a) {
        cls.set(list, a);
      }
    }
    pairs.clear();
    const w = new Float64Array(total);
    const acc = new Float64Array(C);
    const touched: number[] = [];
    const order = exY.map((_, i) => i);
    for (let ep = 0; ep < epochs; ep++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        const t = order[i] as number;
        order[i] = order[j] as number;
        order[j] = t;
      }
      const eta = rate / (1 + ep * 0.1);
      const decay = 1 - eta * l2;
      for (const e of order) {
        const fs = exF[e] as Int32Array;
        const vs = exV[e] as Float64Array;
        const y = exY[e] as number;
        touched.length = 0;
        for (let k = 0; k < fs.length; k++) {
          const f = fs[k] as number;
          const v = vs[k] as number;
          const end = off[f + 1] as number;
          for (let i = off[f] as number; i < end; i++) {
            const c = cls[i] as number;
            if (acc[c] === 0) touched.push(c);
            // A logit of exactly 0 would look untouched: nudge it (no effect on the result).
            acc[c] = (acc[c] as number) + (w[i] as number) * v || Number.MIN_VALUE;
          }
          ops += end - (off[f] as number);
        }
        // Softmax over all classes: untouched ones have logit 0.
        let m = 0;
        for (const c of touched) if ((acc[c] as number) > m) m = acc[c] as number;
        let z = (C - touched.length) * Math.exp(-m);
        for (const c of touched) {
          const p = Math.exp((acc[c] as number) - m);
          acc[c] = p;
          z += p;
        }
        for (let k = 0; k < fs.length; k++) {
          const f = fs[k] as number;
          const v = vs[k] as number;
          const end = off[f + 1] as number;
          for (let i = off[f] as number; i < end; i++) {
            const c = cls[i] as number;
            const g = ((acc[c] as number) / z - (c === y ? 1 : 0)) * v;
            w[i] = (w[i] as number) * decay - eta * g;
          }
        }
        for (const c of touched) acc[c] = 0;
        if (ops >= slice) {
          ops = 0;
          yield;
        }
      }
    }
    // Final layout: features sorted by hash, empty ones dropped.
    const live: number[] = [];
    for (let f = 0; f < F; f++) if ((off[f + 1] as number) > (off[f] as number)) live.push(f);
    live.sort((a, b) => (hashes[a] as number) - (hashes[b] as number));
    const keys = new Uint32Array(live.length);
    const fOff = new Int32Array(live.length + 1);
    const fCls = new Int32Array(total);
    const fW = new Float32Array(total);
    let at = 0;
    live.forEach((f, i) => {
      keys[i] = hashes[f] as number;
      const a = off[f] as number;
      const b = off[f + 1] as number;
      fCls.set(cls.subarray(a, b), at);
      fW.set(w.subarray(a, b), at);
      at += b - a;
      fOff[i + 1] = at;
    });
    return new IntentModel(ids, keys, fOff, fCls, fW);
  }

  /** The row of a feature hash, or -1 (binary search). */
  private find(h: number): number {
    const keys = this.keys;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = keys[mid] as number;
      if (v === h) return mid;
      if (v < h) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /**
   * Class probabilities for a text given as analysed words: `prob(id)` for any entry id (entries the
   * model does not know get the probability of a class no feature reached). Valid until the next call.
   */
  predictWords(words: readonly AnalyzedWord[]): (id: string) => number {
    const { acc, touched } = this.accumulate(words);
    let m = 0;
    for (const c of touched) if ((acc[c] as number) > m) m = acc[c] as number;
    const base = Math.exp(-m);
    let z = (this.ids.length - touched.length) * base;
    for (const c of touched) z += Math.exp((acc[c] as number) - m);
    return (id) => {
      const c = this.classOf.get(id);
      if (c === undefined || acc[c] === 0) return base / z;
      return Math.exp((acc[c] as number) - m) / z;
    };
  }

  /**
   * Probabilities of the candidate entries `ids` for a text given as analysed words, with the softmax
   * normalised over the candidates and every other class taken at logit 0 (as a class no feature
   * reached). Equal to predictWords when every class the text reached is a candidate; otherwise a close
   * approximation that spares one exp() per reached class (thousands on a large FAQ). The order of the
   * result follows `ids`.
   */
  candidateProbs(words: readonly AnalyzedWord[], ids: readonly string[]): number[] {
    const { acc } = this.accumulate(words);
    const logits = ids.map((id) => {
      const c = this.classOf.get(id);
      return c === undefined ? 0 : (acc[c] as number);
    });
    let m = 0;
    for (const l of logits) if (l > m) m = l;
    const known = ids.reduce((n, id) => n + (this.classOf.has(id) ? 1 : 0), 0);
    let z = Math.max(0, this.ids.length - known) * Math.exp(-m);
    const e = logits.map((l) => {
      const x = Math.exp(l - m);
      z += x;
      return x;
    });
    return e.map((x) => x / z);
  }

  /** Rows of a word's features in this model (-1: unknown), memoised per analysis unit. */
  private rowsOf(unit: WordTerms): Int32Array {
    let r = this.rowCache.get(unit);
    if (!r) {
      r = Int32Array.from(wordFeatures(unit), (h) => this.find(h));
      this.rowCache.set(unit, r);
    }
    return r;
  }

  private rowCache = new WeakMap<WordTerms, Int32Array>();
  private bigramRows = new Map<string, number>();
  /** Per model row: its count in the current text (typed scratch: no Map per feature). */
  private rowCount: Uint16Array | null = null;
  private rowList: number[] = [];
  private unknown = new Map<number, number>();

  private bigramRow(b: string): number {
    let r = this.bigramRows.get(b);
    if (r === undefined) {
      r = this.find(hash32(b));
      if (this.bigramRows.size >= 50_000) this.bigramRows.clear();
      this.bigramRows.set(b, r);
    }
    return r;
  }

  /** Logits (acc, 0 = not reached) of every class the text reaches. Valid until the next call. */
  private accumulate(words: readonly AnalyzedWord[]): Scratch {
    if (!this.rowCount) this.rowCount = new Uint16Array(this.keys.length);
    const rowCount = this.rowCount;
    const rowList = this.rowList;
    const unknown = this.unknown;
    rowList.length = 0;
    unknown.clear();
    const count = (r: number, h: number) => {
      if (r >= 0) {
        if (rowCount[r] === 0) rowList.push(r);
        rowCount[r] = (rowCount[r] as number) + 1;
      } else unknown.set(h, (unknown.get(h) ?? 0) + 1);
    };
    for (const w of words) {
      const hs = wordFeatures(w.unit);
      const rs = this.rowsOf(w.unit);
      for (let i = 0; i < rs.length; i++) count(rs[i] as number, hs[i] as number);
      if (w.bigram) {
        const r = this.bigramRow(w.bigram);
        count(r, r >= 0 ? 0 : hash32(w.bigram));
      }
    }
    // The norm runs over every feature of the text, known to the model or not (as in training).
    let norm = 0;
    for (const c of unknown.values()) {
      const v = 1 + Math.log(c);
      norm += v * v;
    }
    for (const r of rowList) {
      const v = 1 + Math.log(rowCount[r] as number);
      norm += v * v;
    }
    norm = Math.sqrt(norm) || 1;
    const { acc, touched } = this.scratch;
    for (const c of touched) acc[c] = 0;
    touched.length = 0;
    const off = this.off;
    const cls = this.cls;
    const wt = this.w;
    for (const row of rowList) {
      const v = (1 + Math.log(rowCount[row] as number)) / norm;
      rowCount[row] = 0;
      const end = off[row + 1] as number;
      for (let i = off[row] as number; i < end; i++) {
        const c = cls[i] as number;
        if (acc[c] === 0) touched.push(c);
        acc[c] = (acc[c] as number) + (wt[i] as number) * v || Number.MIN_VALUE;
      }
    }
    return this.scratch;
  }

  /** Class probabilities for a text (analysed in `lang`). */
  predict(text: string, lang?: Lang | undefined): (id: string) => number {
    return this.predictWords(analyze(text, { lang, spans: false }));
  }

  snapshot(): IntentModelSnapshot {
    return {
      version: MODEL_VERSION,
      ids: [...this.ids],
      keys: this.keys.slice(),
      off: this.off.slice(),
      cls: this.cls.slice(),
      w: this.w.slice(),
    };
  }

  /** Restore from snapshot(); throws on another version or a damaged snapshot (retrain then). */
  static fromSnapshot(snap: unknown): IntentModel {
    const s = snap as Partial<IntentModelSnapshot> | null;
    if (!s || typeof s !== 'object' || s.version !== MODEL_VERSION)
      throw new Error('FAQ model snapshot is missing or from another version');
    const { ids, keys, off, cls, w } = s;
    const damaged = () => new Error('FAQ model snapshot is damaged');
    if (
      !Array.isArray(ids) ||
      !ids.every((x) => typeof x === 'string') ||
      !(keys instanceof Uint32Array) ||
      !(off instanceof Int32Array) ||
      !(cls instanceof Int32Array) ||
      !(w instanceof Float32Array) ||
      off.length !== keys.length + 1 ||
      off[0] !== 0 ||
      off[keys.length] !== cls.length ||
      cls.length !== w.length
    )
      throw damaged();
    for (let i = 0; i < keys.length; i++) {
      if ((off[i] as number) > (off[i + 1] as number)) throw damaged();
      if (i > 0 && (keys[i - 1] as number) >= (keys[i] as number)) throw damaged();
    }
    for (let i = 0; i < cls.length; i++) {
      const c = cls[i] as number;
      if (c < 0 || c >= ids.length) throw damaged();
    }
    return new IntentModel(ids, keys, off, cls, w);
  }
}
