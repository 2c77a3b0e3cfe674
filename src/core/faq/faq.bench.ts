/**
 * `npm run bench -- faq`: the FAQ index at 10,000 entries (synthetic, deterministic: words built from
 * consonant-vowel syllables of the six languages' alphabets with inflected endings, Zipf-distributed, so posts share
 * vocabulary with entries the way real FAQs do).
 *
 * Every figure sits beside a baseline measured in the same run:
 * - suggest latency (p50/p99 per post) beside a linear scan over pre-analysed entries (the simplest
 *   correct alternative: score every entry), and MiniSearch/FlexSearch queries as notes;
 * - index build beside MiniSearch's addAll;
 * - cold start (index ready from the persisted snapshot) beside a rebuild from the entries;
 * - one incremental update beside a full rebuild.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Charset, Index } from 'flexsearch';
import MiniSearch from 'minisearch';
import Papa from 'papaparse';
import { type BenchRow, latencies, nsTo, stats } from '../../bench/harness.ts';
import { mulberry32 } from '../../shared/rng.ts';
import type { FaqEntry } from '../../shared/types.ts';
import { fold } from '../text/index.ts';
import { analyze, clearAnalysisCache } from './analyze.ts';
import { IntentModel, MODEL_MAX_ENTRIES } from './intent-model.ts';
import { FaqIndex } from './search-index.ts';

const N = 10_000;
const LANGS = ['lv', 'lt', 'et', 'ru', 'sr', 'en'] as const;
/** Consonants and vowels per language: syllables are consonant + vowel pairs (about 100–200 each). */
const LETTERS: Record<(typeof LANGS)[number], [string, string]> = {
  lv: ['bcčdfgģhjkķlļmnņprsštvzž', 'aāeēiīouū'],
  lt: ['bcčdfghjklmnprsštvzž', 'aąeęėiįyouųū'],
  et: ['bdghjklmnprstv', 'aeiouõäöü'],
  ru: ['бвгджзйклмнпрстфхцчшщ', 'аеёиоуыэюя'],
  sr: ['bcčćdđfghjklmnprsštvzž', 'aeiou'],
  en: ['bcdfghjklmnprstvwy', 'aeiou'],
};
const SYL = Object.fromEntries(
  LANGS.map((l) => {
    const [cons, vows] = LETTERS[l];
    return [l, [...cons].flatMap((c) => [...vows].map((v) => c + v))];
  }),
) as Record<(typeof LANGS)[number], string[]>;
const ENDINGS: Record<(typeof LANGS)[number], string[]> = {
  lv: ['s', 'a', 'u', 'ai', 'as', 'ā', 'os', 'i'],
  lt: ['as', 'ą', 'o', 'ui', 'e', 'ų', 'is', 'ai'],
  et: ['', 'a', 'le', 'st', 'ga', 'd', 'sse', 'l'],
  ru: ['', 'а', 'у', 'ом', 'е', 'ы', 'ами', 'ой'],
  sr: ['', 'a', 'u', 'om', 'e', 'i', 'ima', 'ом'],
  en: ['', 's', 'ed', 'ing', 'er', "'s", 'es', 'ly'],
};

interface Corpus {
  entries: FaqEntry[];
  posts: string[];
}

export function makeCorpus(n = N, posts = 1000, seed = 7): Corpus {
  const r = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)] as T;
  // 2,000 stems per language, Zipf-ish: index = floor(V * u^2.5) favours common stems.
  const stems: Record<string, string[]> = {};
  for (const l of LANGS)
    stems[l] = Array.from({ length: 2000 }, () => {
      let w = '';
      const k = 2 + Math.floor(r() * 3);
      for (let i = 0; i < k; i++) w += pick(SYL[l]);
      return w;
    });
  const word = (l: (typeof LANGS)[number]) => {
    const list = stems[l] as string[];
    return list[Math.floor(list.length * r() ** 2.5)] + pick(ENDINGS[l]);
  };
  const sentence = (l: (typeof LANGS)[number], min: number, max: number) =>
    Array.from({ length: min + Math.floor(r() * (max - min + 1)) }, () => word(l)).join(' ');
  const entries: FaqEntry[] = [];
  for (let i = 0; i < n; i++) {
    const l = LANGS[i % LANGS.length] as (typeof LANGS)[number];
    entries.push({
      id: `faq-${i}`,
      lang: l,
      questions: Array.from({ length: 2 + Math.floor(r() * 3) }, () => `${sentence(l, 4, 10)}?`),
      answer: `${sentence(l, 8, 20)}, {{author}}.`,
      tags: [word(l)],
    });
  }
  const postTexts = Array.from({ length: posts }, (_, i) => {
    const l = LANGS[i % LANGS.length] as (typeof LANGS)[number];
    // Diacritic-free, as customers type.
    return fold(`${sentence(l, 6, 25)}!`);
  });
  return { entries, posts: postTexts };
}

function median(fn: () => void, runs: number): number {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    t.push(Number(process.hrtime.bigint() - t0));
  }
  return stats(t).median;
}

/**
 * Per-call CPU time of this process (user + system, process.cpuUsage) in ns: on a machine shared by
 * several builds, wall-clock tails are mostly the scheduler handing the core to someone else; CPU time
 * leaves that out (it includes V8's own background threads, e.g. a concurrent GC, so it is not smaller
 * than the work done).
 */
function cpuLatencies<T>(inputs: T[], fn: (x: T) => unknown, rounds = 3) {
  const all: number[] = [];
  for (let r = 0; r < rounds; r++)
    for (const x of inputs) {
      const c0 = process.cpuUsage();
      fn(x);
      const c = process.cpuUsage(c0);
      all.push((c.user + c.system) * 1000);
    }
  return stats(all);
}

/** The baseline: score every entry against the post (pre-analysed term sets, idf-weighted overlap). */
function linearScanner(entries: readonly FaqEntry[]) {
  const docs = entries.map((e) => {
    const set = new Set<string>();
    for (const q of e.questions)
      for (const w of analyze(q, { lang: e.lang })) for (const t of w.terms) set.add(t);
    return { id: e.id, set };
  });
  return (post: string, lang: string, top: number) => {
    const q = new Set<string>();
    for (const w of analyze(post, { lang })) for (const t of w.terms) q.add(t);
    const scored: [string, number][] = [];
    for (const d of docs) {
      let s = 0;
      for (const t of q) if (d.set.has(t)) s++;
      if (s > 0) scored.push([d.id, s]);
    }
    scored.sort((a, b) => b[1] - a[1]);
    return scored.slice(0, top);
  };
}

const BANKING = join(process.cwd(), '..', 'shared', 'data', 'banking77', 'train.csv');

/**
 * 10,000 entries of real customer language when ../shared/data/banking77 is there (read at run time,
 * never copied): entry i asks queries i and 7i+3 and answers with query 13i+5; posts are 1,000 other
 * queries. Otherwise the synthetic corpus (whose random syllable words make far more distinct terms
 * than real text, so it is the harder case).
 */
function corpus(): Corpus & { name: string; langOf: (i: number) => string } {
  if (existsSync(BANKING)) {
    const rows = Papa.parse<string[]>(readFileSync(BANKING, 'utf8'), { skipEmptyLines: true })
      .data.slice(1)
      .map((r) => r[0] ?? '')
      .filter((t) => t.trim() !== '');
    const at = (i: number) => rows[i % rows.length] as string;
    const entries: FaqEntry[] = Array.from({ length: N }, (_, i) => ({
      id: `faq-${i}`,
      lang: 'en',
      questions: [at(i), at(i * 7 + 3)],
      answer: `${at(i * 13 + 5)} {{author}}`,
    }));
    const posts = Array.from({ length: 1000 }, (_, i) => at(i * 11 + 1));
    return { entries, posts, name: 'BANKING77 text', langOf: () => 'en' };
  }
  return { ...makeCorpus(), name: 'synthetic', langOf: (i) => LANGS[i % LANGS.length] as string };
}

export default {
  area: 'faq',
  async run(): Promise<BenchRow[]> {
    const { entries, posts, name: corpusName, langOf } = corpus();
    const rows: BenchRow[] = [];

    // Build (median of 5) beside MiniSearch addAll and FlexSearch.
    FaqIndex.build(entries.slice(0, 500)); // warm-up
    let index = FaqIndex.build(entries);
    // Cold builds: the memoised word analysis is cleared before each one (as at a popup's first open).
    const buildNs = median(() => {
      clearAnalysisCache();
      index = FaqIndex.build(entries);
    }, 5);
    const docsMs = entries.map((e) => ({ id: e.id, text: [...e.questions, ...(e.tags ?? [])].join('\n') }));
    const newMini = () =>
      new MiniSearch<{ id: string; text: string }>({
        fields: ['text'],
        processTerm: (t) => fold(t) || null,
        searchOptions: { prefix: true, fuzzy: 0.2, combineWith: 'OR' },
      });
    let mini = newMini();
    const miniNs = median(() => {
      mini = newMini();
      mini.addAll(docsMs);
    }, 3);
    let flex = new Index({ tokenize: 'forward', encoder: Charset.LatinBalance });
    const flexNs = median(() => {
      flex = new Index({ tokenize: 'forward', encoder: Charset.LatinBalance });
      docsMs.forEach((d, i) => {
        flex.add(i, fold(d.text));
      });
    }, 3);
    rows.push({
      name: `index build, ${N} entries (${corpusName})`,
      median: nsTo.ms(buildNs),
      unit: 'ms',
      baseline: { name: 'MiniSearch addAll (+ folding)', median: nsTo.ms(miniNs) },
      target: '≤ 1 s',
      ok: nsTo.ms(buildNs) <= 1000,
      note: `FlexSearch add: ${nsTo.ms(flexNs).toFixed(0)} ms`,
    });

    // Suggest latency per post (cold-ish: posts differ; 3 rounds).
    const lin = linearScanner(entries);
    const inputs = posts.map((p, i) => ({ p, lang: langOf(i) }));
    for (const x of inputs.slice(0, 200)) index.suggest(x.p, { lang: x.lang, top: 5 });
    const ours = latencies(inputs, (x) => index.suggest(x.p, { lang: x.lang, top: 5 }), 3);
    const base = latencies(inputs.slice(0, 50), (x) => lin(x.p, x.lang, 5), 1);
    const ms = latencies(inputs.slice(0, 100), (x) => mini.search(x.p).slice(0, 5), 1);
    const fs = latencies(inputs, (x) => flex.search(fold(x.p), { limit: 5, suggest: true }), 3);
    rows.push({
      name: `suggest, ${N} entries (${corpusName}), top 5`,
      median: nsTo.ms(ours.median),
      p99: nsTo.ms(ours.p99),
      unit: 'ms',
      baseline: { name: 'linear scan over pre-analysed entries', median: nsTo.ms(base.median) },
      target: 'p50 ≤ 0.2 ms, p99 ≤ 2 ms',
      ok: nsTo.ms(ours.median) <= 0.2 && nsTo.ms(ours.p99) <= 2,
      note: `MiniSearch p50 ${nsTo.ms(ms.median).toFixed(2)} ms, FlexSearch p50 ${nsTo.ms(fs.median).toFixed(3)} ms`,
    });
    const cpu = cpuLatencies(inputs, (x) => index.suggest(x.p, { lang: x.lang, top: 5 }), 3);
    rows.push({
      name: `suggest, ${N} entries, top 5: CPU time per call (scheduler delays left out)`,
      median: nsTo.ms(cpu.median),
      p99: nsTo.ms(cpu.p99),
      unit: 'ms',
      baseline: { name: 'wall clock (above)', median: nsTo.ms(ours.median) },
      target: 'p50 ≤ 0.2 ms, p99 ≤ 2 ms',
      ok: nsTo.ms(cpu.median) <= 0.2 && nsTo.ms(cpu.p99) <= 2,
      note: `wall-clock p99 in the same run ${nsTo.ms(ours.p99).toFixed(2)} ms`,
    });
    // The same posts with the language left to detection (as from the CLI without "lang").
    const detect = latencies(posts, (p) => index.suggest(p, { top: 5 }), 1);
    rows.push({
      name: 'suggest, language detected',
      median: nsTo.ms(detect.median),
      p99: nsTo.ms(detect.p99),
      unit: 'ms',
      baseline: { name: 'language given (above)', median: nsTo.ms(ours.median) },
      target: 'p50 ≤ 0.2 ms, p99 ≤ 2 ms',
      ok: nsTo.ms(detect.median) <= 0.2 && nsTo.ms(detect.p99) <= 2,
    });

    // The ranking model (IntentModel) at the same scale, for the record: the extension trains it only for
    // FAQs up to MODEL_MAX_ENTRIES (storage/faqs.ts), so at 10,000 entries it ranks by BM25 alone (the
    // rows above). Training time (in idle slices), suggest with it attached, its cold start.
    const t0 = process.hrtime.bigint();
    const model = IntentModel.train(IntentModel.examplesOf(entries));
    const trainNs = Number(process.hrtime.bigint() - t0);
    rows.push({
      name: `train the ranking model, ${N} entries (${corpusName}), in idle slices`,
      median: nsTo.ms(trainNs),
      unit: 'ms',
      baseline: { name: 'index build', median: nsTo.ms(buildNs) },
      note: `one run; ${model.weights} weights; not done above ${MODEL_MAX_ENTRIES} entries`,
    });
    const withModel = FaqIndex.fromSnapshot(structuredClone(index.snapshot()));
    withModel.attachModel(model);
    for (const x of inputs.slice(0, 200)) withModel.suggest(x.p, { lang: x.lang, top: 5 });
    const mixed = latencies(inputs, (x) => withModel.suggest(x.p, { lang: x.lang, top: 5 }), 3);
    rows.push({
      name: `suggest with the model attached, ${N} entries, top 5 (not done above ${MODEL_MAX_ENTRIES} entries)`,
      median: nsTo.ms(mixed.median),
      p99: nsTo.ms(mixed.p99),
      unit: 'ms',
      baseline: { name: 'BM25 alone (above)', median: nsTo.ms(ours.median) },
      target: 'p50 ≤ 0.2 ms, p99 ≤ 2 ms',
      ok: nsTo.ms(mixed.median) <= 0.2 && nsTo.ms(mixed.p99) <= 2,
    });
    // Where the extension does use the model: 1,000 entries (the first 1,000 of the same corpus).
    {
      const small = entries.slice(0, 1000);
      const t1 = process.hrtime.bigint();
      const smallModel = IntentModel.train(IntentModel.examplesOf(small));
      const smallTrainNs = Number(process.hrtime.bigint() - t1);
      const plain = FaqIndex.build(small);
      const ranked = FaqIndex.build(small);
      ranked.attachModel(smallModel);
      for (const x of inputs.slice(0, 200)) {
        plain.suggest(x.p, { lang: x.lang, top: 5 });
        ranked.suggest(x.p, { lang: x.lang, top: 5 });
      }
      const a = latencies(inputs, (x) => plain.suggest(x.p, { lang: x.lang, top: 5 }), 3);
      const b = latencies(inputs, (x) => ranked.suggest(x.p, { lang: x.lang, top: 5 }), 3);
      rows.push({
        name: 'suggest with the model attached, 1,000 entries, top 5',
        median: nsTo.ms(b.median),
        p99: nsTo.ms(b.p99),
        unit: 'ms',
        baseline: { name: 'BM25 alone, same 1,000 entries', median: nsTo.ms(a.median) },
        target: 'p50 ≤ 0.2 ms, p99 ≤ 2 ms',
        ok: nsTo.ms(b.median) <= 0.2 && nsTo.ms(b.p99) <= 2,
        note: `training the model for them: ${nsTo.ms(smallTrainNs).toFixed(0)} ms (one run, in idle slices)`,
      });
    }
    const msnap = model.snapshot();
    const modelColdNs = median(() => {
      IntentModel.fromSnapshot(structuredClone(msnap));
    }, 5);
    rows.push({
      name: 'model ready after a cold start (snapshot, structured clone)',
      median: nsTo.ms(modelColdNs),
      unit: 'ms',
      baseline: { name: 'training it again', median: nsTo.ms(trainNs) },
      target: '≤ 100 ms (with the index)',
      note: `model arrays ${((msnap.keys.byteLength + msnap.off.byteLength + msnap.cls.byteLength + msnap.w.byteLength) / 1e6).toFixed(1)} MB`,
    });

    // Cold start: snapshot → ready index, beside rebuilding from entries. The snapshot is read as an
    // IndexedDB value would be (structured clone), and as JSON text (a file or chrome.storage string).
    const snap = index.snapshot();
    const cloneNs = median(() => {
      FaqIndex.fromSnapshot(structuredClone(snap));
    }, 5);
    const restoreNs = median(() => {
      FaqIndex.fromSnapshot(snap);
    }, 5);
    let snapBytes = snap.dictText.length * 2;
    for (const a of [snap.lens, snap.dictOff, snap.dictTable, snap.off, snap.slots, snap.tfs])
      snapBytes += a.byteLength;
    rows.push({
      name: 'index ready after a cold start (snapshot, structured clone as from IndexedDB)',
      median: nsTo.ms(cloneNs),
      unit: 'ms',
      baseline: { name: 'rebuild from the entries', median: nsTo.ms(buildNs) },
      target: '≤ 100 ms',
      ok: nsTo.ms(cloneNs) <= 100,
      note: `restore without the clone: ${nsTo.ms(restoreNs).toFixed(1)} ms; index arrays ${(snapBytes / 1e6).toFixed(1)} MB plus the entries`,
    });

    // One incremental change at 10k entries beside a full rebuild.
    let k = 0;
    const upd = latencies(
      entries.slice(0, 300),
      (e) => {
        index.update({ ...e, questions: [...e.questions, `extra ${k++}`] });
      },
      1,
    );
    rows.push({
      name: 'update one entry incrementally',
      median: nsTo.ms(upd.median),
      p99: nsTo.ms(upd.p99),
      unit: 'ms',
      baseline: { name: 'full rebuild', median: nsTo.ms(buildNs) },
    });
    return rows;
  },
};
