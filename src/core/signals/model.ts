/** The shipped logistic models (fit offline on the TRAIN split by train.ts) applied to a feature vector. */
import { FEATURES } from './features.ts';
import { dot } from './logistic.ts';
import { MODEL } from './model-weights.ts';

if (MODEL.features.length !== FEATURES.length || MODEL.features.some((f, i) => f !== FEATURES[i]))
  throw new Error('model-weights.ts does not match FEATURES: run `npx tsx src/core/signals/train.ts`');

export function baseComplaintLogit(x: ArrayLike<number>): number {
  return dot(MODEL.complaint, x);
}
export function questionLogit(x: ArrayLike<number>): number {
  return dot(MODEL.question, x);
}
export function praiseLogit(x: ArrayLike<number>): number {
  return dot(MODEL.praise, x);
}
/** Weight of a feature in the complaint model (for choosing evidence). */
export function complaintWeight(f: number): number {
  return MODEL.complaint[f] ?? 0;
}
