/**
 * Offline fit of the shipped weights: `npx tsx src/core/signals/train.ts` reads every development post
 * (load-data.ts loadDev: the six language sets, blind sets 1–5, train6a/b when present; never blind set 6),
 * fits three logistic models — complaint, question kind, praise kind — over the cue features (FEATURES) and
 * the hashed word features (features.ts), chooses the complaint decision threshold by grouped
 * cross-validation (each data file held out in turn) for macro-F1, and writes model-weights.ts.
 *
 * The threshold is folded into the bias, so `score >= 0.5` stays the complaint decision.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../../shared/rng.ts';
import type { LabelledPost } from './dataset.ts';
import { extract, F, FEATURES, NF } from './features.ts';
import { encodeTable, quantise, TABLE_SIZE } from './hashed-table.ts';
import { loadDev } from './load-data.ts';
import { sigmoid } from './logistic.ts';

type FeatureName = (typeof FEATURES)[number];

function priorOf(set: Partial<Record<FeatureName, number>>): number[] {
  const p = new Array<number>(NF).fill(0);
  for (const [k, v] of Object.entries(set)) p[F[k as FeatureName]] = v as number;
  return p;
}

/** Prior weights of the complaint model (what the lexicon categories were designed to mean). */
export const COMPLAINT_PRIOR: Partial<Record<FeatureName, number>> = {
  prob: 1,
  strong: 1,
  fail: 1,
  still: 0.5,
  elapsed: 0.5,
  remedy: 0.8,
  expect: 0.5,
  nobody: 0.8,
  negpraise: 1,
  litotes: -0.8,
  praise: -0.8,
  thanks: -0.3,
  sarcasm: 1,
  mood: -0.5,
  swear: 0.8,
  emoneg: 0.8,
  emopos: -0.5,
  caps: 0.3,
  excl: 0.3,
  urgent: 0.8,
  praiseOnly: -0.8,
  moodOnly: -0.8,
  expectOut: 0.8,
  crowd: -0.3,
  whyX: 0.5,
  negAny: 0.3,
};
export const QUESTION_PRIOR: Partial<Record<FeatureName, number>> = {
  qmark: 1.5,
  qword: 0.5,
  helpq: 1,
  endq: 1,
  why: 0.3,
  crowd: -1,
  qNoService: -0.5,
};
export const PRAISE_PRIOR: Partial<Record<FeatureName, number>> = {
  praise: 1.5,
  litotes: 1.5,
  thanks: 1,
  emopos: 1,
  praiseOnly: 1,
  prob: -0.5,
  fail: -0.5,
};

/** Cue features that cue dropout may hide (the lexicon's categories, not the lexicon-free signals). */
const DROP_FEATURES = (
  [
    'prob',
    'strong',
    'fail',
    'still',
    'elapsed',
    'remedy',
    'expect',
    'nobody',
    'negpraise',
    'litotes',
    'praise',
    'thanks',
    'why',
    'sarcasm',
    'mood',
    'swear',
    'urgent',
    'intens',
    'expectOut',
    'whyX',
    'emoneg',
    'emopos',
  ] as const
).map((n) => F[n]);

export interface Example {
  post: LabelledPost;
  /** Cross-validation group: the data file. */
  group: string;
  /** Language set: en, lv, lt, et, ru, sh (sr/hr/bs). */
  set: string;
  x: Float64Array;
  h: Int32Array;
}

export function langSet(lang: string): string {
  return lang === 'sr' || lang === 'hr' || lang === 'bs' ? 'sh' : lang;
}

/** Features of each post, extracted once (the language is identified, as at run time). */
export function examplesOf(posts: LabelledPost[]): Example[] {
  return posts.map((p) => {
    const e = extract(p.text);
    return {
      post: p,
      group: p.id.split(':')[0] as string,
      set: langSet(p.lang),
      x: new Float64Array(e.x),
      h: e.hashed.slice(0, e.nHashed),
    };
  });
}

export interface FitOptions {
  /** L2 toward the prior for the cue weights, per epoch over the data. */
  l2Dense: number;
  /** L2 toward zero for each hashed weight. */
  l2Hash: number;
  /** Hashed buckets seen in fewer training posts than this are left out (weight 0). */
  minCount: number;
  epochs: number;
  /** AdaGrad step. */
  rate: number;
  /** Cue dropout: copies of each post with each lexicon cue feature hidden with probability dropP. */
  dropCopies: number;
  dropP: number;
  /** In the copies, each hashed feature is also hidden with this probability. */
  hashDropP: number;
  /** Use the hashed word features at all. */
  hashed: boolean;
}

export const COMPLAINT_OPTIONS: FitOptions = {
  l2Dense: 0.03,
  l2Hash: 0.1,
  minCount: 2,
  epochs: 25,
  rate: 0.1,
  dropCopies: 2,
  dropP: 0.3,
  hashDropP: 0.2,
  hashed: true,
};
export const KIND_OPTIONS: FitOptions = {
  l2Dense: 0.03,
  l2Hash: 0.1,
  minCount: 2,
  epochs: 25,
  rate: 0.1,
  dropCopies: 0,
  dropP: 0,
  hashDropP: 0,
  hashed: true,
};

export interface Fitted {
  dense: Float64Array;
  hashed: Float64Array | null;
}

/**
 * Class-balanced L2-regularised logistic regression over cue + hashed features, fit by AdaGrad SGD in a
 * fixed pseudo-random order (deterministic: same data and options, same weights). The L2 pull of a hashed
 * weight is spread over the posts that contain it, so rare and frequent words are regularised alike.
 */
export function fitModel(
  exs: Example[],
  ys: number[],
  priorSet: Partial<Record<FeatureName, number>>,
  o: FitOptions,
): Fitted {
  const prior = priorOf(priorSet);
  const random = mulberry32(0x5eed);
  // Which hashed buckets may carry weight (seen in at least minCount training posts).
  const df = o.hashed ? new Uint16Array(TABLE_SIZE) : null;
  if (df)
    for (const e of exs) {
      const seen = new Set<number>();
      for (const h of e.h) {
        if (seen.has(h)) continue;
        seen.add(h);
        if ((df[h] as number) < 0xffff) df[h] = (df[h] as number) + 1;
      }
    }
  const inst: { x: Float64Array; h: Int32Array; y: number }[] = [];
  exs.forEach((e, k) => {
    const y = ys[k] as number;
    const h = df ? e.h.filter((b) => (df[b] as number) >= o.minCount) : new Int32Array(0);
    inst.push({ x: e.x, h, y });
    for (let c = 0; c < o.dropCopies; c++) {
      const x = new Float64Array(e.x);
      for (const f of DROP_FEATURES) if (random() < o.dropP) x[f] = 0;
      const hh = o.hashDropP > 0 ? h.filter(() => random() >= o.hashDropP) : h;
      inst.push({ x, h: hh, y });
    }
  });
  const n = inst.length;
  const pos = inst.filter((i) => i.y === 1).length;
  const wPos = pos > 0 ? n / (2 * pos) : 1;
  const wNeg = n - pos > 0 ? n / (2 * (n - pos)) : 1;
  const count = new Float64Array(o.hashed ? TABLE_SIZE : 0);
  for (const i of inst) for (const h of i.h) count[h] = (count[h] as number) + 1;
  const dense = Float64Array.from(prior);
  const gDense = new Float64Array(NF).fill(1e-8);
  const hashed = o.hashed ? new Float64Array(TABLE_SIZE) : null;
  const gHash = o.hashed ? new Float64Array(TABLE_SIZE).fill(1e-8) : null;
  const order = Array.from({ length: n }, (_, i) => i);
  for (let ep = 0; ep < o.epochs; ep++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i] as number;
      order[i] = order[j] as number;
      order[j] = t;
    }
    for (const idx of order) {
      const it = inst[idx] as (typeof inst)[number];
      let z = 0;
      for (let f = 0; f < NF; f++) z += (dense[f] as number) * (it.x[f] as number);
      if (hashed) for (const h of it.h) z += hashed[h] as number;
      const err = (sigmoid(z) - it.y) * (it.y === 1 ? wPos : wNeg);
      for (let f = 0; f < NF; f++) {
        const reg = f === 0 ? 0 : (o.l2Dense / n) * ((dense[f] as number) - (prior[f] as number));
        const g = err * (it.x[f] as number) + reg;
        if (g === 0) continue;
        gDense[f] = (gDense[f] as number) + g * g;
        dense[f] = (dense[f] as number) - (o.rate * g) / Math.sqrt(gDense[f] as number);
      }
      if (hashed && gHash)
        for (const h of it.h) {
          const g = err + (o.l2Hash / (count[h] as number)) * (hashed[h] as number);
          gHash[h] = (gHash[h] as number) + g * g;
          hashed[h] = (hashed[h] as number) - (o.rate * g) / Math.sqrt(gHash[h] as number);
        }
    }
  }
  return { dense, hashed };
}

/** The model's logit for an example (full-precision weights). */
export function logitOf(m: Fitted, e: Example): number {
  let z = 0;
  for (let f = 0; f < NF; f++) z += (m.dense[f] as number) * (e.x[f] as number);
  if (m.hashed) for (const h of e.h) z += m.hashed[h] as number;
  return z;
}

/** Out-of-fold logits: each data file is held out in turn and scored by a model fit on the others. */
export function crossValidate(
  exs: Example[],
  ys: number[],
  priorSet: Partial<Record<FeatureName, number>>,
  o: FitOptions,
  /** Only these groups are held out (default: every group). */
  holdOut?: string[],
): number[] {
  const out = new Array<number>(exs.length).fill(0);
  const groups = holdOut ?? [...new Set(exs.map((e) => e.group))];
  for (const g of groups) {
    const trainIdx = exs.map((_, i) => i).filter((i) => exs[i]?.group !== g);
    const m = fitModel(
      trainIdx.map((i) => exs[i] as Example),
      trainIdx.map((i) => ys[i] as number),
      priorSet,
      o,
    );
    exs.forEach((e, i) => {
      if (e.group === g) out[i] = logitOf(m, e);
    });
  }
  return out;
}

function f1(tp: number, fp: number, fn: number): number {
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** Complaint-vs-not macro-F1 of predictions. */
export function macroF1(pred: boolean[], gold: boolean[]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (let i = 0; i < pred.length; i++) {
    if (pred[i] && gold[i]) tp++;
    else if (pred[i]) fp++;
    else if (gold[i]) fn++;
    else tn++;
  }
  return (f1(tp, fp, fn) + f1(tn, fn, fp)) / 2;
}

export const SETS = ['en', 'lv', 'lt', 'et', 'ru', 'sh'] as const;

/** Mean over the language sets of complaint-vs-not macro-F1 at a logit threshold. */
export function meanSetMacroF1(exs: Example[], logits: number[], threshold: number): number {
  let sum = 0;
  let k = 0;
  for (const s of SETS) {
    const idx = exs.map((_, i) => i).filter((i) => exs[i]?.set === s);
    if (idx.length === 0) continue;
    sum += macroF1(
      idx.map((i) => (logits[i] as number) >= threshold),
      idx.map((i) => (exs[i] as Example).post.complaint),
    );
    k++;
  }
  return k ? sum / k : 0;
}

/**
 * The logit threshold (a multiple of 0.05 in [-3, 3]) with the best mean per-language macro-F1, smoothed
 * over ±0.2 around each candidate so that one post more or less does not move it far on a flat optimum.
 */
export function bestThreshold(exs: Example[], logits: number[]): number {
  const f = new Map<number, number>();
  for (let t = -64; t <= 64; t++) f.set(t, meanSetMacroF1(exs, logits, t / 20));
  let best = 0;
  let bestF = -1;
  for (let t = -60; t <= 60; t++) {
    let s = 0;
    for (let d = -4; d <= 4; d++) s += f.get(t + d) as number;
    const th = t / 20;
    // ties: the threshold nearest 0
    if (s > bestF + 1e-12 || (Math.abs(s - bestF) <= 1e-12 && Math.abs(th) < Math.abs(best))) {
      bestF = s;
      best = th;
    }
  }
  return best;
}

export interface ShippedModel {
  /** Cue weights, FEATURES order (the complaint bias includes the decision threshold). */
  w: number[];
  /** Hashed word weights: quantised, encoded (hashed-table.ts); '' when the model has none. */
  table: string;
  scale: number;
}

export interface Shipped {
  complaint: ShippedModel;
  question: ShippedModel;
  praise: ShippedModel;
  threshold: number;
  devSize: number;
  files: string[];
}

const round3 = (v: number): number => Math.round(v * 1000) / 1000;

function ship(m: Fitted, biasShift = 0): ShippedModel {
  const w = [...m.dense].map(round3);
  w[0] = round3((w[0] as number) - biasShift);
  if (!m.hashed) return { w, table: '', scale: 0 };
  const t = quantise(m.hashed);
  return { w, table: encodeTable(t.q), scale: t.scale };
}

export function fitShipped(): Shipped {
  const posts = loadDev();
  const exs = examplesOf(posts);
  const yc = exs.map((e) => (e.post.complaint ? 1 : 0));
  const oof = crossValidate(exs, yc, COMPLAINT_PRIOR, COMPLAINT_OPTIONS);
  const threshold = bestThreshold(exs, oof);
  const c = fitModel(exs, yc, COMPLAINT_PRIOR, COMPLAINT_OPTIONS);
  const q = fitModel(
    exs,
    exs.map((e) => (e.post.kind === 'question' ? 1 : 0)),
    QUESTION_PRIOR,
    KIND_OPTIONS,
  );
  const p = fitModel(
    exs,
    exs.map((e) => (e.post.kind === 'praise' ? 1 : 0)),
    PRAISE_PRIOR,
    KIND_OPTIONS,
  );
  return {
    complaint: ship(c, threshold),
    question: ship(q),
    praise: ship(p),
    threshold,
    devSize: posts.length,
    files: [...new Set(exs.map((e) => e.group))],
  };
}

/** model-weights.ts source for a fit. */
export function weightsSource(m: Shipped): string {
  const model = (s: ShippedModel): string =>
    `{\n    w: ${JSON.stringify(s.w)},\n    scale: ${s.scale},\n    table:\n      '${s.table}',\n  }`;
  return `// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights may come near a constant
// biome-ignore-all format: generated
/**
 * Generated by \`npx tsx src/core/signals/train.ts\` from ${m.devSize} development posts (${m.files.join(', ')}).
 * Do not edit by hand: change features or data and fit again. Order: FEATURES in features.ts. The complaint
 * bias includes the decision threshold chosen by grouped cross-validation (logit ${m.threshold}).
 */
export const MODEL = {
  features: ${JSON.stringify(FEATURES)},
  threshold: ${m.threshold},
  complaint: ${model(m.complaint)},
  question: ${model(m.question)},
  praise: ${model(m.praise)},
} as const;
`;
}

if (process.argv[1] && /train\.ts$/.test(process.argv[1])) {
  const m = fitShipped();
  const out = join(dirname(fileURLToPath(import.meta.url)), 'model-weights.ts');
  writeFileSync(out, weightsSource(m));
  process.stdout.write(
    `wrote ${out} (threshold ${m.threshold}; tables ${m.complaint.table.length}/${m.question.table.length}/${m.praise.table.length} chars)\n`,
  );
}
