/**
 * The shipped models (fit offline by train.ts over all development posts) applied to a post's features:
 * cue weights (FEATURES) plus hashed word weights, decoded from model-weights.ts on first use into one
 * table with the three models' weights side by side (complaint, question, praise per bucket).
 */
import { type Extracted, FEATURES } from './features.ts';
import { decodeTable, TABLE_SIZE } from './hashed-table.ts';
import { MODEL } from './model-weights.ts';

if (MODEL.features.length !== FEATURES.length || MODEL.features.some((f, i) => f !== FEATURES[i]))
  throw new Error('model-weights.ts does not match FEATURES: run `npx tsx src/core/signals/train.ts`');

const NM = 3;
const WC: readonly number[] = MODEL.complaint.w;
const WQ: readonly number[] = MODEL.question.w;
const WP: readonly number[] = MODEL.praise.w;
const SC = MODEL.complaint.scale;
const SQ = MODEL.question.scale;
const SP = MODEL.praise.scale;
let table: Int8Array | null = null;

function words(): Int8Array {
  if (!table) {
    const t = new Int8Array(TABLE_SIZE * NM);
    [MODEL.complaint, MODEL.question, MODEL.praise].forEach((m, k) => {
      if (m.table) decodeTable(m.table, TABLE_SIZE, { out: t, stride: NM, offset: k });
    });
    table = t;
  }
  return table;
}

/** Logits of the three models: out[0] complaint (threshold folded in: ≥ 0 is a complaint), question, praise. */
export function logits(ex: Extracted, out: Float64Array): void {
  const x = ex.x;
  let c = 0;
  let q = 0;
  let p = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i] as number;
    if (v === 0) continue;
    c += (WC[i] as number) * v;
    q += (WQ[i] as number) * v;
    p += (WP[i] as number) * v;
  }
  const t = words();
  const h = ex.hashed;
  let hc = 0;
  let hq = 0;
  let hp = 0;
  for (let k = 0; k < ex.nHashed; k++) {
    const b = (h[k] as number) * NM;
    hc += t[b] as number;
    hq += t[b + 1] as number;
    hp += t[b + 2] as number;
  }
  out[0] = c + hc * SC;
  out[1] = q + hq * SQ;
  out[2] = p + hp * SP;
}

const SCRATCH = new Float64Array(NM);
export function baseComplaintLogit(ex: Extracted): number {
  logits(ex, SCRATCH);
  return SCRATCH[0] as number;
}

/** Weight of a cue feature in the complaint model (for choosing evidence). */
export function complaintWeight(f: number): number {
  return WC[f] ?? 0;
}

/**
 * Per-token contribution of the hashed word weights to the complaint logit (for evidence): `out[i]` gets
 * the sum over the features of token i. `out` must hold at least ex.tokens.length entries.
 */
export function complaintWordContributions(ex: Extracted, out: Float64Array): void {
  const t = words();
  for (let k = 0; k < ex.nHashed; k++) {
    const ti = ex.hashedTok[k] as number;
    out[ti] = (out[ti] as number) + (t[(ex.hashed[k] as number) * NM] as number) * SC;
  }
}
