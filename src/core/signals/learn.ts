/**
 * Learning from the agent on this machine: "complaint" / "not a complaint" corrections adapt later complaint
 * scores. Pure (state in, state out); persistence is src/storage/labels.ts.
 *
 * Two bounded parts, both added to the complaint logit of the shipped model:
 *   - per-feature adjustments over the same FEATURES (not the bias, so no correction shifts every
 *     post): one online logistic step, scaled so that it moves any post's logit by at most FEATURE_STEP_MAX,
 *     each adjustment kept within ±FEATURE_CAP;
 *   - per-word adjustments for the words of the corrected post (the brand's own jargon: "pakomāts",
 *     "Smart-ID"), a step of at most WORD_STEP_TOTAL shared across the post's words, each within ±WORD_CAP,
 *     their sum in any post within ±WORDS_TOTAL_CAP.
 * So one click moves any post's logit by at most FEATURE_STEP_MAX + WORD_STEP_TOTAL (1.0): it can tip a
 * borderline post, never flip everything; repeated corrections of the same kind accumulate up to the caps.
 * `emptyState()` is the reset.
 */
import { extract, F, NF } from './features.ts';
import { sigmoid } from './logistic.ts';
import { baseComplaintLogit } from './model.ts';

export interface LearnedState {
  v: 1;
  /** Corrections applied. */
  n: number;
  /** Adjustments of the complaint weights, FEATURES order. */
  w: number[];
  /** Folded word → logit adjustment. */
  words: Record<string, number>;
}

export const FEATURE_CAP = 1.5;
export const FEATURE_STEP_MAX = 0.6;
export const WORD_CAP = 0.75;
export const WORD_STEP_TOTAL = 0.4;
export const WORDS_TOTAL_CAP = 1.5;
export const MAX_WORDS = 3000;
/** Feature values are capped at 3 in features.ts. */
const X_MAX = 3;
const FROZEN = new Set([F.bias]);

export function emptyState(): LearnedState {
  return { v: 1, n: 0, w: new Array<number>(NF).fill(0), words: {} };
}

/** Accept a stored value as state, or return null when it is not a valid state of this version. */
export function validState(v: unknown): LearnedState | null {
  if (typeof v !== 'object' || v === null) return null;
  const s = v as Partial<LearnedState>;
  if (s.v !== 1 || typeof s.n !== 'number' || !Array.isArray(s.w) || s.w.length !== NF) return null;
  if (!s.w.every((x) => typeof x === 'number' && Number.isFinite(x) && Math.abs(x) <= FEATURE_CAP + 1e-9))
    return null;
  if (typeof s.words !== 'object' || s.words === null) return null;
  for (const x of Object.values(s.words))
    if (typeof x !== 'number' || !Number.isFinite(x) || Math.abs(x) > WORD_CAP + 1e-9) return null;
  return s as LearnedState;
}

const clamp = (v: number, c: number): number => (v > c ? c : v < -c ? -c : v);

/** The learned part of the complaint logit for a post's features and words. */
export function learnedLogit(state: LearnedState | undefined, x: ArrayLike<number>, words: string[]): number {
  if (!state || state.n === 0) return 0;
  let z = 0;
  for (let i = 0; i < NF; i++) z += (state.w[i] ?? 0) * (x[i] as number);
  let wz = 0;
  const seen = new Set<string>();
  for (const w of words) {
    if (seen.has(w)) continue;
    seen.add(w);
    wz += state.words[w] ?? 0;
  }
  return z + clamp(wz, WORDS_TOTAL_CAP);
}

/** Apply one correction. Returns a new state; the input is not modified. */
export function learn(
  state: LearnedState,
  text: string,
  label: 'complaint' | 'not-complaint',
  opts: { lang?: string } = {},
): LearnedState {
  const ex = extract(text, opts);
  const y = label === 'complaint' ? 1 : 0;
  const p = sigmoid(baseComplaintLogit(ex) + learnedLogit(state, ex.x, ex.words));
  const g = y - p;
  const next: LearnedState = { v: 1, n: state.n + 1, w: [...state.w], words: { ...state.words } };
  // Feature step: gradient direction, scaled so that Σ|Δi|·X_MAX ≤ FEATURE_STEP_MAX.
  const step = new Array<number>(NF).fill(0);
  let l1 = 0;
  for (let i = 0; i < NF; i++) {
    if (FROZEN.has(i)) continue;
    step[i] = 0.5 * g * (ex.x[i] as number);
    l1 += Math.abs(step[i] as number);
  }
  const scale = l1 * X_MAX > FEATURE_STEP_MAX ? FEATURE_STEP_MAX / (l1 * X_MAX) : 1;
  for (let i = 0; i < NF; i++) next.w[i] = clamp((next.w[i] ?? 0) + (step[i] as number) * scale, FEATURE_CAP);
  // Word step, shared across the post's distinct words.
  const distinct = [...new Set(ex.words)];
  if (distinct.length > 0) {
    const per = (WORD_STEP_TOTAL * g) / distinct.length;
    for (const w of distinct) next.words[w] = clamp((next.words[w] ?? 0) + per, WORD_CAP);
    const keys = Object.keys(next.words);
    if (keys.length > MAX_WORDS) {
      keys.sort((a, b) => Math.abs(next.words[a] ?? 0) - Math.abs(next.words[b] ?? 0));
      for (const k of keys.slice(0, keys.length - MAX_WORDS)) delete next.words[k];
    }
  }
  return next;
}

/** Replay stored corrections (oldest first) from an empty state. */
export function replay(
  labels: { text: string; label: 'complaint' | 'not-complaint'; lang?: string }[],
): LearnedState {
  let s = emptyState();
  for (const l of labels) s = learn(s, l.text, l.label, l.lang && l.lang !== 'und' ? { lang: l.lang } : {});
  return s;
}
