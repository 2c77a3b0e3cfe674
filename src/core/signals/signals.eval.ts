/**
 * `npm run eval -- signals`: classifier quality on the TEST split of our invented labelled posts
 * (eval-data/, 6 language sets), beside a plain lexicon-count baseline; language identification against
 * franc on the same posts plus extra languages; Latvian tweet sentiment (../shared/data/latvian-sentiment,
 * read at run time, never copied) as a development proxy for negativity.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { franc } from 'franc';
import type { EvalSuite } from '../../eval/run.ts';
import type { Kind } from '../../shared/types.ts';
import { FRANC_TO_ISO1 } from '../text/lang.eval.ts';
import { detectLanguage } from '../text/lang.ts';
import { lexiconCountBaseline } from './baseline.ts';
import { classify, kindOf } from './classify.ts';
import type { LabelledPost } from './dataset.ts';
import { extract } from './features.ts';
import { loadAll, loadBlind6, loadDev, loadLangExtra } from './load-data.ts';
import { sigmoid } from './logistic.ts';
import {
  bestThreshold,
  COMPLAINT_OPTIONS,
  COMPLAINT_PRIOR,
  crossValidate,
  type Example,
  examplesOf,
  type FitOptions,
  KIND_OPTIONS,
  PRAISE_PRIOR,
  QUESTION_PRIOR,
} from './train.ts';

const KINDS: Kind[] = ['complaint', 'question', 'praise', 'other'];

interface Prf {
  p: number;
  r: number;
  f1: number;
  n: number;
}

export function prf(pred: boolean[], gold: boolean[]): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < pred.length; i++) {
    if (pred[i] && gold[i]) tp++;
    else if (pred[i] && !gold[i]) fp++;
    else if (!pred[i] && gold[i]) fn++;
  }
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r), n: gold.filter(Boolean).length };
}

/** Macro-F1 of complaint vs not-complaint. */
export function complaintMacroF1(pred: boolean[], gold: boolean[]): number {
  const a = prf(pred, gold).f1;
  const b = prf(
    pred.map((x) => !x),
    gold.map((x) => !x),
  ).f1;
  return (a + b) / 2;
}

const f2 = (v: number): string => v.toFixed(2);

const FILE_LANGS = ['en', 'lv', 'lt', 'et', 'ru', 'sh'] as const;
const TARGET: Record<string, number> = { en: 0.85 };

function setOf(p: LabelledPost): string {
  const file = p.id.split(':')[0] as string;
  if ((FILE_LANGS as readonly string[]).includes(file)) return file;
  return p.lang === 'sr' || p.lang === 'hr' || p.lang === 'bs' ? 'sh' : p.lang;
}

interface Pred {
  complaint: boolean;
  kind: Kind;
  /** Absent for out-of-fold predictions (urgency has no fitted model). */
  urgency?: number;
}

function classifierSection(
  posts: LabelledPost[],
  title: string,
  predict: (p: LabelledPost) => Pred = (p) => classify(p.text),
): string[] {
  const lines: string[] = [
    `### ${title}`,
    '',
    '| set | posts | complaint P | complaint R | complaint F1 | macro-F1 (complaint vs not) | target | met | baseline macro-F1 | kind accuracy | urgency exact | urgency ±1 |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  const kindRows: string[] = ['| set | kind | P | R | F1 | n |', '|---|---|---|---|---|---|'];
  for (const set of [...FILE_LANGS, 'all'] as const) {
    const ps = set === 'all' ? posts : posts.filter((p) => setOf(p) === set);
    if (ps.length === 0) continue;
    const preds = ps.map(predict);
    const base = ps.map((p) => lexiconCountBaseline(p.text));
    const gold = ps.map((p) => p.complaint);
    const pc = preds.map((c) => c.complaint);
    const c = prf(pc, gold);
    const macro = complaintMacroF1(pc, gold);
    const baseMacro = complaintMacroF1(base, gold);
    const target = set === 'all' ? undefined : (TARGET[set] ?? 0.8);
    const kindAcc = preds.filter((c2, i) => c2.kind === ps[i]?.kind).length / ps.length;
    const hasU = preds.every((c2) => c2.urgency !== undefined);
    const uExact = preds.filter((c2, i) => c2.urgency === ps[i]?.urgency).length / ps.length;
    const uNear =
      preds.filter((c2, i) => Math.abs((c2.urgency ?? 9) - (ps[i]?.urgency ?? 0)) <= 1).length / ps.length;
    const name = set === 'sh' ? 'sr/hr/bs' : set;
    lines.push(
      `| ${name} | ${ps.length} | ${f2(c.p)} | ${f2(c.r)} | ${f2(c.f1)} | **${f2(macro)}** | ${target !== undefined ? `≥ ${f2(target)}` : ''} | ${target === undefined ? '' : macro >= target ? 'yes' : 'NO'} | ${f2(baseMacro)} | ${f2(kindAcc)} | ${hasU ? f2(uExact) : '–'} | ${hasU ? f2(uNear) : '–'} |`,
    );
    for (const k of KINDS) {
      const r = prf(
        preds.map((x) => x.kind === k),
        ps.map((p) => p.kind === k),
      );
      kindRows.push(`| ${name} | ${k} | ${f2(r.p)} | ${f2(r.r)} | ${f2(r.f1)} | ${r.n} |`);
    }
  }
  return [...lines, '', 'Per kind:', '', ...kindRows, ''];
}

const ONLY = ['eng', 'lvs', 'lit', 'ekk', 'rus', 'ukr', 'srp', 'hrv', 'bos', 'pol', 'deu', 'fin'];

/** Same language, counting sr/hr/bs as one group (they differ by a few words). */
function sameGroup(a: string, b: string): boolean {
  const sh = (l: string) => (l === 'sr' || l === 'hr' || l === 'bs' ? 'sh' : l);
  return sh(a) === sh(b);
}

function timeEach(texts: string[], fn: (t: string) => unknown): number {
  for (let r = 0; r < 3; r++) for (const t of texts) fn(t);
  const rounds = 5;
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const t of texts) fn(t);
  return Number(process.hrtime.bigint() - t0) / (rounds * texts.length) / 1000;
}

function langSection(posts: LabelledPost[]): string[] {
  const items = [...posts.map((p) => ({ lang: p.lang, text: p.text })), ...loadLangExtra()];
  const mine = items.map((i) => detectLanguage(i.text).lang);
  const fr = items.map((i) => FRANC_TO_ISO1[franc(i.text, { minLength: 3 })] ?? 'other');
  const frOnly = items.map((i) => FRANC_TO_ISO1[franc(i.text, { minLength: 3, only: ONLY })] ?? 'other');
  const langs = [...new Set(items.map((i) => i.lang))];
  const lines = [
    '### Language identification (all posts of the eval sets + extra languages; no weights are fit, but the word lists were written by hand while looking at these posts, so this is optimistic for ours)',
    '',
    '| language | posts | ours exact | ours (sr/hr/bs as one) | franc exact | franc (sr/hr/bs as one) | franc, only our 12 | franc only-12 (sr/hr/bs as one) |',
    '|---|---|---|---|---|---|---|---|',
  ];
  const acc = (pred: string[], idx: number[], group: boolean): string =>
    f2(
      idx.filter((i) =>
        group ? sameGroup(pred[i] as string, items[i]?.lang as string) : pred[i] === items[i]?.lang,
      ).length / Math.max(1, idx.length),
    );
  for (const l of [...langs, 'all']) {
    const idx = items.map((it, i) => (l === 'all' || it.lang === l ? i : -1)).filter((i) => i >= 0);
    lines.push(
      `| ${l} | ${idx.length} | ${acc(mine, idx, false)} | ${acc(mine, idx, true)} | ${acc(fr, idx, false)} | ${acc(fr, idx, true)} | ${acc(frOnly, idx, false)} | ${acc(frOnly, idx, true)} |`,
    );
  }
  const texts = items.map((i) => i.text);
  const tMine = timeEach(texts, (t) => detectLanguage(t));
  const tFranc = timeEach(texts, (t) => franc(t, { minLength: 3 }));
  const tFrancOnly = timeEach(texts, (t) => franc(t, { minLength: 3, only: ONLY }));
  lines.push(
    '',
    `Mean time per post (same run): ours ${tMine.toFixed(1)} µs, franc ${tFranc.toFixed(1)} µs, franc restricted to 12 languages ${tFrancOnly.toFixed(1)} µs. Sizes: see \`npm run bench -- signals\`.`,
    '',
  );
  return lines;
}

function sentimentSection(): string[] {
  const dir = join(process.cwd(), '..', 'shared', 'data', 'latvian-sentiment');
  const lines = ['### Development proxy: Latvian tweet sentiment (../shared/data/latvian-sentiment)', ''];
  if (!existsSync(dir)) {
    lines.push(`Not found: ${dir} (this section needs the shared data folder next to the repository).`, '');
    return lines;
  }
  lines.push(
    'Sentiment is not complaint: a negative tweet about the weather is not a complaint. Shown: how often the classifier says "complaint" per sentiment class, the share of tweets with at least one cue (lexicon coverage), and the ranking quality of the complaint score for negative vs the rest (AUC).',
    '',
    '| corpus | class | tweets | complaint rate | mean score | tweets with a cue |',
    '|---|---|---|---|---|---|',
  );
  const corpora: { name: string; rows: { text: string; s: string }[] }[] = [];
  for (const [file, textKey] of [
    ['ltec-train.json', 'tweet_text'],
    ['peisenieks.json', 'text'],
  ] as const) {
    const p = join(dir, file);
    if (!existsSync(p)) continue;
    const raw = JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>[];
    corpora.push({
      name: file,
      rows: raw
        .map((r) => ({
          text: String(r[textKey] ?? ''),
          s: String(r.sentiment ?? '')
            .toLowerCase()
            .slice(0, 3),
        }))
        .filter((r) => r.text),
    });
  }
  const aucs: string[] = [];
  for (const c of corpora) {
    const res = c.rows.map((r) => ({ r, c: classify(r.text, { lang: 'lv' }) }));
    for (const cls of ['neg', 'neu', 'pos', 'poz']) {
      const sub = res.filter((x) => x.r.s === cls);
      if (sub.length === 0) continue;
      const rate = sub.filter((x) => x.c.complaint).length / sub.length;
      const mean = sub.reduce((a, x) => a + x.c.score, 0) / sub.length;
      const cov = sub.filter((x) => extract(x.r.text, { lang: 'lv' }).cues.length > 0).length / sub.length;
      lines.push(`| ${c.name} | ${cls} | ${sub.length} | ${f2(rate)} | ${f2(mean)} | ${f2(cov)} |`);
    }
    // AUC of score for neg vs others (Mann–Whitney).
    const pos = res.filter((x) => x.r.s === 'neg').map((x) => x.c.score);
    const neg = res.filter((x) => x.r.s !== 'neg').map((x) => x.c.score);
    let wins = 0;
    const sortedNeg = [...neg].sort((a, b) => a - b);
    for (const s of pos) {
      let lo = 0;
      let hi = sortedNeg.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((sortedNeg[mid] as number) < s) lo = mid + 1;
        else hi = mid;
      }
      let eq = lo;
      while (eq < sortedNeg.length && sortedNeg[eq] === s) eq++;
      wins += lo + (eq - lo) / 2;
    }
    const auc = pos.length && neg.length ? wins / (pos.length * neg.length) : Number.NaN;
    aucs.push(`${c.name}: AUC(negative vs rest) = ${f2(auc)}`);
  }
  lines.push('', ...aucs, '');
  return lines;
}

/**
 * The headline: blind set 6, written by two independent writers who never saw the model, in files whose
 * texts are never opened by the classifier's authors (only these aggregate figures are printed). It is run
 * at most twice: once on the old model when the files landed, once on the final model.
 */
function blind6Section(): string[] {
  if (process.argv.includes('--skip-blind6'))
    return ['### Blind set 6: skipped (--skip-blind6, used during development so it is not looked at)', ''];
  const b = loadBlind6();
  const lines = [
    '### Blind set 6 (eval-data/blind6a.txt + blind6b.txt; headline figure)',
    '',
    'Written by two independent writers after the session-1 model was frozen; its texts were never opened by the classifier authors. Run twice only. Baseline, the session-1 model (commit 92c899d), measured once when the files landed: complaint-vs-not macro-F1 en 0.82, lv 0.80 (rounded up: below the target), lt 0.85, et 0.86, ru 0.85, sr/hr/bs 0.90, all 0.85 (P 0.77, R 0.90); kind accuracy 0.74. Second and last look, the final model of session 2 (commit 3618b7c): en 0.93, lv 0.93, lt 0.95, et 0.89, ru 0.91, sr/hr/bs 0.90, all 0.92 (P 0.91, R 0.90); kind accuracy 0.86. The writers of blind6a/b also wrote train6a/b (different scenarios), which is development data, so this measures new scenarios by known writers. The table below is whatever model is current when this runs.',
    '',
  ];
  if (b.missing.length > 0) lines.push(`Missing: ${b.missing.join(', ')} (not written yet).`, '');
  if (b.badLines.length > 0)
    lines.push(`Skipped ${b.badLines.length} malformed line(s): ${b.badLines.slice(0, 20).join(', ')}.`, '');
  if (b.posts.length === 0) return lines;
  return [...lines, ...classifierSection(b.posts, `Blind set 6: ${b.posts.length} posts`)];
}

/** Out-of-fold predictions of grouped cross-validation (each data file held out in turn). */
function crossValidated(
  exs: Example[],
  complaintOpts: FitOptions,
  kindOpts: FitOptions,
): { preds: Map<string, Pred>; threshold: number } {
  const oc = crossValidate(
    exs,
    exs.map((e) => (e.post.complaint ? 1 : 0)),
    COMPLAINT_PRIOR,
    complaintOpts,
  );
  const oq = crossValidate(
    exs,
    exs.map((e) => (e.post.kind === 'question' ? 1 : 0)),
    QUESTION_PRIOR,
    kindOpts,
  );
  const op = crossValidate(
    exs,
    exs.map((e) => (e.post.kind === 'praise' ? 1 : 0)),
    PRAISE_PRIOR,
    kindOpts,
  );
  const threshold = bestThreshold(exs, oc);
  const preds = new Map<string, Pred>();
  exs.forEach((e, i) => {
    const complaint = (oc[i] as number) >= threshold;
    preds.set(e.post.id, {
      complaint,
      kind: kindOf(complaint, sigmoid(oq[i] as number), sigmoid(op[i] as number)),
    });
  });
  return { preds, threshold };
}

const LATE_FILES = ['blind4', 'blind5', 'train6a', 'train6b'];

function developmentSection(): string[] {
  const dev = loadDev();
  const exs = examplesOf(dev);
  const files = [...new Set(exs.map((e) => e.group))];
  const ours = crossValidated(exs, COMPLAINT_OPTIONS, KIND_OPTIONS);
  const cuesOnly = crossValidated(
    exs,
    { ...COMPLAINT_OPTIONS, hashed: false },
    { ...KIND_OPTIONS, hashed: false },
  );
  const late = dev.filter((p) => LATE_FILES.includes(p.id.split(':')[0] as string));
  const pick = (m: Map<string, Pred>) => (p: LabelledPost) => m.get(p.id) as Pred;
  return [
    `### Development figures: grouped cross-validation over ${dev.length} development posts`,
    '',
    `Files: ${files.join(', ')} (never blind set 6). Each file is held out in turn; a model fit on the other files scores it (out-of-fold). The complaint threshold (logit ${ours.threshold}) is the one with the best mean per-language macro-F1 on these out-of-fold scores, so the figures are slightly optimistic about the threshold. The lexicons were written beside the six language sets and blind sets 1–3, so their rows flatter the cue features. blind4, blind5, train6a and train6b (separate tables) were written later; in session 2 their out-of-fold errors were read to choose general categories (scare quotes, 'put right', names, rhetorical questions such as 'how many more times' in six languages), so they too are development figures, somewhat flattering. Baseline: plain lexicon count.`,
    '',
    'First looks at the blind sets, each before anything was tuned on it (complaint-vs-not macro-F1, all languages): blind 0.62, blind2 0.78, blind3 0.68, blind4 0.60, blind5 0.63 (session-1 models); blind set 6 0.85 with the session-1 model and 0.92 with this one (headline section above). Blind sets 1–5 are development data now.',
    '',
    ...classifierSection(
      dev,
      'Cue + learned word features (the shipped design), out-of-fold',
      pick(ours.preds),
    ),
    ...classifierSection(
      dev,
      `Cue features only (session 1 design, refit the same way; threshold ${cuesOnly.threshold}), out-of-fold`,
      pick(cuesOnly.preds),
    ).slice(0, 11),
    '',
    ...classifierSection(
      late,
      `Only the files written last (${LATE_FILES.join(', ')}; ${late.length} posts), cue + word features, out-of-fold`,
      pick(ours.preds),
    ).slice(0, 11),
    '',
    ...classifierSection(late, 'Same files, cue features only, out-of-fold', pick(cuesOnly.preds)).slice(
      0,
      11,
    ),
    '',
    ...classifierSection(
      dev,
      'Shipped model on all development posts (its training data: for the gap, not a quality claim)',
    ).slice(0, 11),
    '',
  ];
}

const suite: EvalSuite = {
  area: 'signals',
  async run() {
    if (process.argv.includes('--blind6-only')) return blind6Section().join('\n');
    const posts = loadAll();
    const out = [...blind6Section(), ...developmentSection(), ...langSection(posts), ...sentimentSection()];
    return out.join('\n');
  },
};
export default suite;
