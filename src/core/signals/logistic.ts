/** Small logistic-regression helpers shared by the classifier, the offline fit and online learning. */

export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

export function dot(w: ArrayLike<number>, x: ArrayLike<number>): number {
  let s = 0;
  const n = Math.min(w.length, x.length);
  for (let i = 0; i < n; i++) s += (w[i] as number) * (x[i] as number);
  return s;
}

/**
 * Fit weights by full-batch gradient descent on the mean log loss with L2 toward `prior` (zero by default;
 * the bias, index 0, is not penalised). A prior carries the lexicon's design where the training posts are
 * silent (a feature that never fires in train keeps its prior weight). Deterministic: same data, same weights.
 */
export function fitLogistic(
  xs: Float64Array[],
  ys: number[],
  opts: {
    l2?: number;
    rate?: number;
    epochs?: number;
    classWeight?: boolean;
    prior?: ArrayLike<number>;
  } = {},
): number[] {
  const l2 = opts.l2 ?? 0.01;
  const rate = opts.rate ?? 0.5;
  const epochs = opts.epochs ?? 3000;
  const d = xs[0]?.length ?? 0;
  const prior = Array.from({ length: d }, (_, i) => opts.prior?.[i] ?? 0);
  const w = [...prior];
  const pos = ys.filter((y) => y === 1).length;
  const neg = ys.length - pos;
  const wPos = opts.classWeight && pos > 0 ? ys.length / (2 * pos) : 1;
  const wNeg = opts.classWeight && neg > 0 ? ys.length / (2 * neg) : 1;
  const g = new Array<number>(d).fill(0);
  for (let e = 0; e < epochs; e++) {
    g.fill(0);
    for (let k = 0; k < xs.length; k++) {
      const x = xs[k] as Float64Array;
      const y = ys[k] as number;
      const err = (sigmoid(dot(w, x)) - y) * (y === 1 ? wPos : wNeg);
      for (let i = 0; i < d; i++) g[i] = (g[i] as number) + err * (x[i] as number);
    }
    for (let i = 0; i < d; i++) {
      const reg = i === 0 ? 0 : l2 * ((w[i] as number) - (prior[i] as number));
      w[i] = (w[i] as number) - rate * ((g[i] as number) / xs.length + reg);
    }
  }
  return w.map((v) => Math.round(v * 1000) / 1000);
}
