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
import { detectLanguage } from '../text/lang.ts';
import { lexiconCountBaseline } from './baseline.ts';
import { classify } from './classify.ts';
import type { LabelledPost } from './dataset.ts';
import { extract } from './features.ts';
import { loadAll, loadBlind, loadBlind6, loadLangExtra } from './load-data.ts';

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
  if (!file.startsWith('blind')) return file;
  return p.lang === 'sr' || p.lang === 'hr' || p.lang === 'bs' ? 'sh' : p.lang;
}

function classifierSection(posts: LabelledPost[], title: string): string[] {
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
    const preds = ps.map((p) => classify(p.text));
    const base = ps.map((p) => lexiconCountBaseline(p.text));
    const gold = ps.map((p) => p.complaint);
    const pc = preds.map((c) => c.complaint);
    const c = prf(pc, gold);
    const macro = complaintMacroF1(pc, gold);
    const baseMacro = complaintMacroF1(base, gold);
    const target = set === 'all' ? undefined : (TARGET[set] ?? 0.8);
    const kindAcc = preds.filter((c2, i) => c2.kind === ps[i]?.kind).length / ps.length;
    const uExact = preds.filter((c2, i) => c2.urgency === ps[i]?.urgency).length / ps.length;
    const uNear =
      preds.filter((c2, i) => Math.abs(c2.urgency - (ps[i]?.urgency ?? 0)) <= 1).length / ps.length;
    const name = set === 'sh' ? 'sr/hr/bs' : set;
    lines.push(
      `| ${name} | ${ps.length} | ${f2(c.p)} | ${f2(c.r)} | ${f2(c.f1)} | **${f2(macro)}** | ${target !== undefined ? `≥ ${f2(target)}` : ''} | ${target === undefined ? '' : macro >= target ? 'yes' : 'NO'} | ${f2(baseMacro)} | ${f2(kindAcc)} | ${f2(uExact)} | ${f2(uNear)} |`,
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

const FRANC_TO_ISO1: Record<string, string> = {
  eng: 'en',
  lvs: 'lv',
  lav: 'lv',
  lit: 'lt',
  ekk: 'et',
  est: 'et',
  rus: 'ru',
  ukr: 'uk',
  srp: 'sr',
  hrv: 'hr',
  bos: 'bs',
  pol: 'pl',
  deu: 'de',
  fin: 'fi',
  und: 'und',
};
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
  const lines = ['### Blind set 6 (eval-data/blind6a.txt + blind6b.txt; headline figure)', ''];
  if (b.missing.length > 0) lines.push(`Missing: ${b.missing.join(', ')} (not written yet).`, '');
  if (b.badLines.length > 0)
    lines.push(`Skipped ${b.badLines.length} malformed line(s): ${b.badLines.slice(0, 20).join(', ')}.`, '');
  if (b.posts.length === 0) return lines;
  return [...lines, ...classifierSection(b.posts, `Blind set 6: ${b.posts.length} posts`)];
}

const suite: EvalSuite = {
  area: 'signals',
  async run() {
    if (process.argv.includes('--blind6-only')) return blind6Section().join('\n');
    const posts = loadAll();
    const test = posts.filter((p) => p.split === 'test');
    const train = posts.filter((p) => p.split === 'train');
    const out = [
      ...blind6Section(),
      `Invented posts, ${posts.length} in all (${train.length} train / ${test.length} test, split by a hash of the text). Weights were fit on train only (train.ts). Baseline: plain lexicon count (negative cues > positive cues).`,
      '',
      'Caveat: the lexicons were written by the same person, beside these posts (train and test alike), and many posts are close paraphrases across languages; in the generalisation round the errors of the TEST split were read too. The TEST split therefore measures the fitted weights, not how well the lexicons generalise: only the LAST blind set below is an honest figure (each earlier one was read for development after its first look, as its title says).',
      '',
      ...classifierSection(test, 'Complaint and kind, TEST split (held out)'),
      ...classifierSection(train, 'Same on the TRAIN split (for the gap; not a quality claim)').slice(0, 11),
      '',
      ...classifierSection(
        loadBlind(),
        'First blind set (eval-data/blind.txt, 15 posts per language set). Its first look (commit f242512) gave macro-F1 0.62 overall (en 0.44, lv 0.35, lt 0.60, et 0.70, ru 0.72, sr/hr/bs 0.78); the lexicons were then widened after reading its errors, so the figures below are development figures, no longer blind',
      ).slice(0, 11),
      '',
      ...classifierSection(
        loadBlind('blind2.txt'),
        "Second blind set (eval-data/blind2.txt, 10 posts per language set). Blind figures: 0.78 overall at the first author's freeze (en 0.70, lv 0.80, lt 0.80, et 0.80, ru 0.79, sr/hr/bs 0.80); 0.80 after the first generalisation commit (which had not read it). Its errors were then read (commit \"'Hello?' as indignation…\"), so the figures below are development figures",
      ).slice(0, 11),
      '',
      ...classifierSection(
        loadBlind('blind3.txt'),
        'Third blind set (eval-data/blind3.txt, 40 posts per language set, written by a second engineer before the generalisation work). Untouched first look (commit 7aa3092): macro-F1 0.68 overall (en 0.69, lv 0.70, lt 0.66, et 0.73, ru 0.65, sr/hr/bs 0.62), kind accuracy 0.70. Its errors were read to design the generalised cue classes (no sentence or distinctive phrase of it went into a lexicon), so the figures below are development figures',
      ).slice(0, 11),
      '',
      ...classifierSection(
        loadBlind('blind4.txt'),
        "Fourth blind set (eval-data/blind4.txt, 20-22 posts per language set, new scenarios, written after lexicons, features and weights were frozen at commit 9530e57). First and only blind look at 9530e57: macro-F1 0.60 overall (en 0.57, lv 0.65, lt 0.50, et 0.60, ru 0.64, sr/hr/bs 0.64), kind accuracy 0.57 (the first author's classifier: 0.59). Its errors were never read; lexicon-free features and cue dropout were then added on principle (commit 986e0ac), so the figures below are a second look, not tuned on it",
      ).slice(0, 11),
      '',
      ...classifierSection(
        loadBlind('blind5.txt'),
        'Fifth blind set (eval-data/blind5.txt, 10 posts per language set, new scenarios, written after the freeze at commit 986e0ac, never used to tune anything: the honest figure for the shipped classifier; n=10 per language, so ±0.15 is within noise)',
      ).slice(0, 11),
      '',
      ...langSection(posts),
      ...sentimentSection(),
    ];
    return out.join('\n');
  },
};
export default suite;
