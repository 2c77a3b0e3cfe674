/**
 * Tone bench (issue 6): checking a 280-character draft against the agent's last 50 replies, median ≤ 1 ms.
 * Beside it, in the same run: the stock-phrase scan alone (the cheapest check) and a naive repetition check
 * (tokenise every recent reply again and compare string-bigram sets pairwise), plus the cold path with an
 * empty shingle cache. Texts are invented.
 */
import type { BenchRow, BenchSuite } from '../../bench/harness.ts';
import { nsTo, type Stats, stats, timePerCall } from '../../bench/harness.ts';
import { normalize, words } from '../text/index.ts';
import { checkDraft } from './check.ts';
import { stockPhrases } from './lang/index.ts';
import { clearShingleCache } from './similarity.ts';

const NAMES = ['Anna', 'Pēteris', 'Līga', 'Jānis', 'Ona', 'Mari', 'Ivan', 'Ana', 'Marko', 'Ieva'];
const TOPICS = [
  'internets nestrādā kopš rīta',
  'rēķinā ir divreiz ieskaitīta viena un tā pati summa',
  'pasūtījums vēl nav piegādāts uz pakomātu',
  'lietotne neielādējas pēc atjauninājuma',
  'roaminga dati Igaunijā maksā vairāk nekā gaidīts',
];

function recentReplies(n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const name = NAMES[i % NAMES.length] as string;
    const topic = TOPICS[i % TOPICS.length] as string;
    out.push(
      `Sveiki, ${name}! Mums ļoti žēl, ka ${topic}. Pārbaudīsim situāciju un atbildēsim līdz ${9 + (i % 8)}:${i % 2 ? '30' : '00'}. ` +
        `Lūdzu, uzraksti mums privātziņā klienta numuru ${1000 + i}, lai varam ātrāk palīdzēt. Paldies par pacietību! – KM`,
    );
  }
  return out;
}

/** A 280-character draft that passes every check (signed, addressed, apologetic, with a time). */
const DRAFT = (() => {
  const head =
    'Sveiki, Anna! Mums ļoti žēl, ka internets atkal nestrādā – tā nedrīkstēja notikt. Kolēģi jau pārbauda līniju tavā rajonā, ' +
    'un mēs atbildēsim līdz 14:30. Ja vari, uzraksti mums privātziņā klienta numuru, lai varam ātrāk palīdzēt.';
  const tail = ' Paldies! – KM';
  return `${head}${' Paldies par pacietību.'.repeat(5)}`.slice(0, 280 - tail.length) + tail;
})();

function naiveRepeat(draft: string, recent: readonly string[]): number {
  const bigrams = (t: string) => {
    const w = words(t);
    const s = new Set<string>();
    for (let i = 0; i + 1 < w.length; i++) s.add(`${w[i]} ${w[i + 1]}`);
    return s;
  };
  const a = bigrams(draft);
  let best = 0;
  for (const r of recent) {
    const b = bigrams(r);
    let inter = 0;
    for (const x of a) if (b.has(x)) inter++;
    const j = inter / (a.size + b.size - inter || 1);
    if (j > best) best = j;
  }
  return best;
}

/**
 * Time several functions with their samples interleaved (a, b, c, a, b, c, …), so that on a shared, busy
 * machine each sees the same load and the ratios between them hold. Per-call nanoseconds.
 */
function interleaved(fns: (() => unknown)[], samples: number, batch: number): Stats[] {
  const per: number[][] = fns.map(() => []);
  let sink: unknown;
  for (const f of fns) for (let i = 0; i < batch * 10; i++) sink = f();
  for (let s = 0; s < samples; s++) {
    fns.forEach((f, k) => {
      const t0 = process.hrtime.bigint();
      for (let i = 0; i < batch; i++) sink = f();
      (per[k] as number[]).push(Number(process.hrtime.bigint() - t0) / batch);
    });
  }
  if (sink === Symbol.for('never')) console.log(sink);
  return per.map((p) => stats(p));
}

const suite: BenchSuite = {
  area: 'tone',
  async run(): Promise<BenchRow[]> {
    const recent = recentReplies(50);
    const opts = {
      voice: {
        voice: 'friendly',
        address: 'informal',
        emoji: true,
        maxLength: 280,
        signature: 'KM',
        lang: 'lv',
      } as const,
      post: 'Internets atkal nestrādā, jau otro dienu!!',
      author: 'Anna Bērziņa',
      platform: 'x' as const,
      faqEntry: {
        answer:
          'Ja internets nestrādā, restartējiet maršrutētāju; ja tas nelīdz, pārbaudīsim līniju 2 stundu laikā.',
      },
      recentReplies: recent,
      complaint: true,
      now: new Date('2026-11-23T11:00:00Z'),
      timezone: 'Europe/Riga',
    };
    const findings = checkDraft(DRAFT, opts).map((f) => f.code);
    const stock = timePerCall(() => stockPhrases().find(normalize(DRAFT), DRAFT), {
      samples: 31,
      batch: 200,
    });
    const [naive, warm, cold] = interleaved(
      [
        () => naiveRepeat(DRAFT, recent),
        () => checkDraft(DRAFT, opts),
        () => {
          clearShingleCache();
          return checkDraft(DRAFT, opts);
        },
      ],
      61,
      10,
    ) as [Stats, Stats, Stats];
    const note = `draft ${DRAFT.length} chars, 50 recent replies, findings: ${findings.join(', ') || 'none'}; best sample ${nsTo.us(warm.min).toFixed(0)} µs; samples interleaved with the baselines`;
    return [
      {
        name: 'checkDraft, 280-char draft vs 50 recent replies (reply shingles cached)',
        median: nsTo.us(warm.median),
        p99: nsTo.us(warm.p99),
        unit: 'µs',
        baseline: {
          name: 'naive pairwise repetition check alone (re-tokenise 50 replies)',
          median: nsTo.us(naive.median),
        },
        target: '≤ 1 ms',
        ok: warm.median <= 1e6,
        note,
      },
      {
        name: 'checkDraft, cold (shingle cache emptied before each call)',
        median: nsTo.us(cold.median),
        p99: nsTo.us(cold.p99),
        unit: 'µs',
        baseline: { name: 'naive pairwise repetition check alone', median: nsTo.us(naive.median) },
        target: '≤ 1 ms',
        ok: cold.median <= 1e6,
        note: `best sample ${nsTo.us(cold.min).toFixed(0)} µs`,
      },
      {
        name: 'checkDraft (warm) beside the stock-phrase scan alone',
        median: nsTo.us(warm.median),
        unit: 'µs',
        baseline: { name: 'normalize + stock-phrase scan (all languages)', median: nsTo.us(stock.median) },
      },
    ];
  },
};

export default suite;
