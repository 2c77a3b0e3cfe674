/**
 * classify(text, {lang?, engagement?, model?}) → Classification (interfaces.md): kind, complaint, score
 * (complaint probability), urgency 0–3 and evidence spans (UTF-16 offsets into the original text).
 *
 *   features.ts (cues + local rules) → model.ts (three logistic models fit offline) + learn.ts (the agent's
 *   bounded corrections) → kind and complaint → urgency rules (cues + engagement) → evidence.
 *
 * Never throws: any input (empty, emoji only, URL only, 1 MB, control characters, non-string) gives a
 * defined result; only the first MAX_CHARS characters are read.
 */
import type { Classification, Engagement, Evidence, Kind } from '../../shared/types.ts';
import { type Cue, type Extracted, extract, F, type UrgentKind } from './features.ts';
import { type LearnedState, learnedLogit } from './learn.ts';
import { sigmoid } from './logistic.ts';
import { complaintWeight, complaintWordContributions, logits } from './model.ts';

export interface ClassifyOptions {
  /** The post's language when known (ISO 639-1); otherwise it is identified. */
  lang?: string;
  /** Reach shown by the site: raises urgency of complaints that spread. */
  engagement?: Engagement;
  /** Learned corrections (learn.ts). */
  model?: LearnedState;
}

/** Reach thresholds: "notable" adds one level to a complaint's urgency, "viral" makes it burning. */
interface Thresholds {
  replies: number;
  reposts: number;
  likes: number;
  views: number;
}
export const REACH: { notable: Thresholds; viral: Thresholds } = {
  notable: { replies: 10, reposts: 10, likes: 50, views: 5000 },
  viral: { replies: 50, reposts: 100, likes: 500, views: 50000 },
};

function reach(e: Engagement | undefined): 0 | 1 | 2 {
  if (!e || typeof e !== 'object') return 0;
  const v = (k: keyof Engagement): number => {
    const n = e[k];
    return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 0;
  };
  const over = (t: Thresholds): boolean =>
    v('replies') >= t.replies || v('reposts') >= t.reposts || v('likes') >= t.likes || v('views') >= t.views;
  if (over(REACH.viral)) return 2;
  if (over(REACH.notable)) return 1;
  return 0;
}

const CUE_NAMES: Record<string, string> = {
  prob: 'problem',
  strong: 'condemnation',
  fail: 'not working',
  still: 'still/again',
  elapsed: 'time elapsed',
  remedy: 'demands remedy',
  expect: 'broken expectation',
  nobody: 'no response',
  negpraise: 'negated praise',
  litotes: 'not bad',
  praise: 'praise',
  thanks: 'thanks',
  question: 'question word',
  '?': 'question mark',
  why: 'why',
  helpq: 'asks how',
  sarcasm: 'sarcasm',
  mood: 'mood',
  swear: 'swearing',
  'emoji-': 'negative emoji',
  'emoji+': 'positive emoji',
  'emoticon-': 'frown',
  'emoticon+': 'smile',
  caps: 'capitals',
  '!!': 'repeated !',
  expectOut: 'expectation, then outcome',
  crowd: 'asks the public',
  negated: 'negated action',
  word: 'learned word',
  resolved: 'put right',
};

const QUESTION_FEATURES = new Set([F.qword, F.qmark, F.helpq, F.why]);
const PRAISE_FEATURES = new Set([F.praise, F.thanks, F.emopos, F.litotes, F.resolved]);

function isQuestionFeature(f: number): boolean {
  return QUESTION_FEATURES.has(f);
}

/** Should cue c be shown as evidence for this decision? */
function keepCue(c: Cue, kind: Kind, complaint: boolean): boolean {
  if (complaint) {
    if (c.f >= 0 && complaintWeight(c.f) > 0 && !isQuestionFeature(c.f)) return true;
    if (c.f === F.sarcasm || c.f === WORD_CUE) return true;
  }
  if (kind === 'question' && isQuestionFeature(c.f)) return true;
  if (kind === 'praise' && PRAISE_FEATURES.has(c.f)) return true;
  return kind === 'other' && !complaint && c.f === F.mood;
}

/** Evidence before merging: start ascending, then wider first (a stable insertion sort: lists are short). */
function insertSorted(chosen: Evidence[], e: Evidence): void {
  let j = chosen.length - 1;
  chosen.push(e);
  while (j >= 0) {
    const p = chosen[j] as Evidence;
    // p goes after e when it starts later, or at the same place and is narrower
    if (!(p.start > e.start || (p.start === e.start && e.end > p.end))) break;
    chosen[j + 1] = p;
    j--;
  }
  chosen[j + 1] = e;
}

function pickEvidence(
  cues: Cue[],
  extra: Cue[] | null,
  urgent: { kind: UrgentKind; start: number; end: number }[],
  kind: Kind,
  complaint: boolean,
): Evidence[] {
  const chosen: Evidence[] = [];
  for (const c of cues)
    if (keepCue(c, kind, complaint))
      insertSorted(chosen, { start: c.start, end: c.end, cue: CUE_NAMES[c.cue] ?? c.cue });
  if (extra)
    for (const c of extra)
      if (keepCue(c, kind, complaint))
        insertSorted(chosen, { start: c.start, end: c.end, cue: CUE_NAMES[c.cue] ?? c.cue });
  if (complaint)
    for (const u of urgent) insertSorted(chosen, { start: u.start, end: u.end, cue: `urgent: ${u.kind}` });
  // The objects in `chosen` are this call's own: merged in place, none copied.
  const out: Evidence[] = [];
  for (const e of chosen) {
    const prev = out[out.length - 1];
    if (prev && e.start < prev.end) {
      // overlapping spans: keep the wider one, join the cue names
      if (prev.cue !== e.cue && !`, ${prev.cue}, `.includes(`, ${e.cue}, `))
        prev.cue = `${prev.cue}, ${e.cue}`;
      if (e.end > prev.end) prev.end = e.end;
      continue;
    }
    out.push(e);
    if (out.length >= 12) break;
  }
  return out;
}

/**
 * The kind from the complaint decision and the question / praise probabilities. A complaint asked as a
 * question is kind "question" (complaint stays true) only when the question model is sure.
 */
export function kindOf(complaint: boolean, pq: number, pp: number): Kind {
  if (complaint) return pq >= 0.7 ? 'question' : 'complaint';
  if (pq >= 0.5 && pq >= pp) return 'question';
  if (pp >= 0.5) return 'praise';
  return 'other';
}

const LOGITS = new Float64Array(3);

/** Scratch for per-token word contributions (classify is synchronous and not re-entrant). */
let contrib = new Float64Array(256);
/** A learned word (or word pair) whose weight pushed the post toward "complaint" by at least this much. */
const WORD_EVIDENCE_MIN = 0.35;

/** Words whose learned weights drove a complaint decision: at most 4, strongest first. */
function wordCues(ex: Extracted): Cue[] {
  const n = ex.tokens.length;
  if (contrib.length < n) contrib = new Float64Array(n * 2);
  contrib.fill(0, 0, n);
  complaintWordContributions(ex, contrib);
  const picked: number[] = [];
  for (let i = 0; i < n; i++) {
    // content words only: short function words ("the", "and", "ir", "на") carry style, not the reason
    if ((contrib[i] as number) < WORD_EVIDENCE_MIN || (ex.tokens[i]?.w.length ?? 0) < 4) continue;
    picked.push(i);
  }
  picked.sort((a, b) => (contrib[b] as number) - (contrib[a] as number));
  const out: Cue[] = [];
  for (let k = 0; k < picked.length && k < 4; k++) {
    const t = ex.tokens[picked[k] as number];
    if (t) out.push({ start: t.start, end: t.end, cue: 'word', f: WORD_CUE });
  }
  return out;
}
const WORD_CUE = -2;

/** The complaint logit before rounding (score = sigmoid of it); for tests and tools. */
export function complaintLogit(text: string, opts: ClassifyOptions = {}): number {
  const ex = extract(typeof text === 'string' ? text : '', {
    lang: opts.lang,
    words: opts.model !== undefined && opts.model.n > 0,
  });
  logits(ex, LOGITS);
  return (LOGITS[0] as number) + learnedLogit(opts.model, ex.x, ex.words);
}

export function classify(text: string, opts: ClassifyOptions = {}): Classification {
  const input = typeof text === 'string' ? text : '';
  const o = opts && typeof opts === 'object' ? opts : {};
  const ex = extract(input, {
    lang: typeof o.lang === 'string' ? o.lang : undefined,
    words: o.model !== undefined && o.model.n > 0,
  });
  const x = ex.x;
  if (ex.wordCount === 0 && x[F.emoneg] === 0 && x[F.emopos] === 0) {
    // Nothing to read (empty, URL or handle only, punctuation): a routine "other".
    return { lang: ex.lang, kind: 'other', complaint: false, score: 0, urgency: 0, evidence: [] };
  }
  const z = LOGITS;
  logits(ex, z);
  const zc = (z[0] as number) + learnedLogit(o.model, x, ex.words);
  const score = sigmoid(zc);
  const complaint = score >= 0.5;
  const pq = sigmoid(z[1] as number);
  const pp = sigmoid(z[2] as number);
  const kind = kindOf(complaint, pq, pp);

  // Urgency.
  const r = reach(o.engagement);
  let urgency: 0 | 1 | 2 | 3 = 0;
  if (complaint) {
    urgency = 1;
    const heated =
      (x[F.strong] as number) > 0 ||
      (x[F.swear] as number) > 0 ||
      (x[F.caps] as number) >= 1.5 ||
      (x[F.excl] as number) > 0 ||
      (x[F.elapsed] as number) > 0 ||
      (x[F.remedy] as number) > 0 ||
      (x[F.nobody] as number) > 0 ||
      (x[F.sarcasm] as number) >= 1 ||
      (x[F.still] as number) >= 1.4;
    if (heated || score >= 0.97) urgency = 2;
    const burning =
      ex.urgent.some((u) => u.kind !== 'outage') ||
      (ex.urgent.length > 0 && ((x[F.fail] as number) > 0 || (x[F.prob] as number) > 0));
    if (burning) urgency = 3;
    if (r === 2) urgency = 3;
    else if (r === 1 && urgency < 3) urgency = (urgency + 1) as 1 | 2 | 3;
  } else if (kind === 'question') {
    urgency = r >= 1 ? 2 : 1;
  }
  return {
    lang: ex.lang,
    kind,
    complaint,
    score: Math.round(score * 1000) / 1000,
    urgency,
    evidence: pickEvidence(ex.cues, complaint ? wordCues(ex) : null, ex.urgent, kind, complaint),
  };
}
