/**
 * Development tool: `npx tsx src/core/signals/cv.ts [quick]` compares fitting options by grouped
 * cross-validation over the development posts (each data file held out in turn; never blind set 6) and
 * prints, per option set, the out-of-fold complaint-vs-not macro-F1 per language set at the threshold
 * chosen on those out-of-fold scores, and on the files written last (blind4, blind5, train6a/b), whose
 * texts no lexicon was written from.
 */

import { kindOf } from './classify.ts';
import { F } from './features.ts';
import { loadDev } from './load-data.ts';
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
  macroF1,
  meanSetMacroF1,
  PRAISE_PRIOR,
  QUESTION_PRIOR,
  SETS,
} from './train.ts';

const LATE = new Set(['blind4', 'blind5', 'train6a', 'train6b']);

export function report(exs: Example[], oof: number[], th: number): string {
  const cells: string[] = [];
  for (const s of SETS) {
    const idx = exs.map((_, i) => i).filter((i) => exs[i]?.set === s);
    cells.push(
      macroF1(
        idx.map((i) => (oof[i] as number) >= th),
        idx.map((i) => (exs[i] as Example).post.complaint),
      ).toFixed(2),
    );
  }
  const late = exs.map((_, i) => i).filter((i) => LATE.has((exs[i] as Example).group));
  const lateEx = late.map((i) => exs[i] as Example);
  const lateOof = late.map((i) => oof[i] as number);
  const perLate = [...LATE]
    .map((g) => {
      const idx = exs.map((_, i) => i).filter((i) => exs[i]?.group === g);
      if (!idx.length) return '';
      return `${g} ${meanSetMacroF1(
        idx.map((i) => exs[i] as Example),
        idx.map((i) => oof[i] as number),
        th,
      ).toFixed(3)}`;
    })
    .filter(Boolean)
    .join(' ');
  return `${cells.join(' ')} | ${perLate} | mean ${meanSetMacroF1(exs, oof, th).toFixed(3)} | late ${meanSetMacroF1(lateEx, lateOof, th).toFixed(3)} (n=${late.length})`;
}

if (process.argv[1] && /cv\.ts$/.test(process.argv[1])) {
  const t0 = Date.now();
  const exs = examplesOf(loadDev());
  const ys = exs.map((e) => (e.post.complaint ? 1 : 0));
  process.stdout.write(`${exs.length} posts, groups ${[...new Set(exs.map((e) => e.group))].join(' ')}\n`);
  process.stdout.write(`sets: ${SETS.join(' ')}\n`);
  const variants: [string, Partial<FitOptions>][] = JSON.parse(process.env.CV_VARIANTS ?? 'null') ?? [
    ['cues only', { hashed: false }],
    ['default', {}],
  ];
  if (process.argv.includes('kinds')) {
    const kv: [string, Partial<FitOptions>][] = JSON.parse(process.env.CV_KIND_VARIANTS ?? 'null') ?? [
      ['kinds: cues only', { hashed: false }],
      ['kinds: + words', {}],
    ];
    const oofC = crossValidate(exs, ys, COMPLAINT_PRIOR, COMPLAINT_OPTIONS);
    const th = bestThreshold(exs, oofC);
    for (const [name, v] of kv) {
      const o = { ...KIND_OPTIONS, ...v };
      const oq = crossValidate(
        exs,
        exs.map((e) => (e.post.kind === 'question' ? 1 : 0)),
        QUESTION_PRIOR,
        o,
      );
      const op = crossValidate(
        exs,
        exs.map((e) => (e.post.kind === 'praise' ? 1 : 0)),
        PRAISE_PRIOR,
        o,
      );
      const kinds = exs.map((_, i) =>
        kindOf((oofC[i] as number) >= th, sigmoid(oq[i] as number), sigmoid(op[i] as number)),
      );
      const acc = (idx: number[]) =>
        (
          idx.filter((i) => kinds[i] === (exs[i] as Example).post.kind).length / Math.max(1, idx.length)
        ).toFixed(3);
      const all = exs.map((_, i) => i);
      const late = all.filter((i) => LATE.has((exs[i] as Example).group));
      const per = (['complaint', 'question', 'praise', 'other'] as const).map((k) => {
        const f = macroF1(
          kinds.map((x) => x === k),
          exs.map((e) => e.post.kind === k),
        );
        return `${k} ${f.toFixed(2)}`;
      });
      process.stdout.write(
        `${name.padEnd(28)} kind acc ${acc(all)} late ${acc(late)} | macroF1 per kind (1-vs-rest): ${per.join(', ')}\n`,
      );
    }
    process.exit(0);
  }
  // "writer" mode: same writers, unseen scenarios. train6a/b posts are grouped by scenario (their position
  // in the language block, 5 folds; train6a's languages are parallel, so a scenario leaves in every
  // language at once); every other file always stays in training. Scores only train6a/b.
  const writer = process.argv.includes('writer');
  const blockPos = new Map<string, number>();
  const wex: Example[] = writer
    ? exs.map((e) => {
        if (!e.group.startsWith('train6')) return { ...e, group: 'always' };
        const key = `${e.group}:${e.set}`;
        const k = blockPos.get(key) ?? 0;
        blockPos.set(key, k + 1);
        return { ...e, group: `${e.group}#${k % 5}` };
      })
    : exs;
  const holdOut = writer ? [...new Set(wex.map((e) => e.group))].filter((g) => g !== 'always') : undefined;
  for (const [name, v] of variants) {
    const o = { ...COMPLAINT_OPTIONS, ...v };
    const t1 = Date.now();
    // "zero": feature names hidden in this variant (to measure what a feature adds)
    const zero = ((v as { zero?: string[] }).zero ?? []).map((f) => F[f as keyof typeof F]);
    const xs = zero.length
      ? wex.map((e) => {
          const x = new Float64Array(e.x);
          for (const f of zero) x[f] = 0;
          return { ...e, x };
        })
      : wex;
    const oof = crossValidate(xs, ys, COMPLAINT_PRIOR, o, holdOut);
    if (writer) {
      const idx = wex.map((_, i) => i).filter((i) => wex[i]?.group !== 'always');
      const sub = idx.map((i) => exs[i] as Example);
      const so = idx.map((i) => oof[i] as number);
      const th = bestThreshold(sub, so);
      process.stdout.write(
        `${name.padEnd(28)} writer-CV on train6 (n=${sub.length}) th=${th.toFixed(2)} ${report(sub, so, th)} | at 0.45: ${meanSetMacroF1(sub, so, 0.45).toFixed(3)}\n`,
      );
      continue;
    }
    const th = bestThreshold(exs, oof);
    process.stdout.write(
      `${name.padEnd(28)} th=${th.toFixed(2)} ${report(exs, oof, th)} | at 0: ${meanSetMacroF1(exs, oof, 0).toFixed(3)} (${Date.now() - t1} ms)\n`,
    );
  }
  process.stdout.write(`total ${Date.now() - t0} ms\n`);
}
