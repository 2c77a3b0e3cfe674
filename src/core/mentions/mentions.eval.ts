/**
 * `npm run eval -- mentions`: precision and recall per language on the labelled set in eval/ (invented
 * posts, invented labels; the watchlist in eval/brands.json is set up as the ambiguity hints suggest).
 *
 * A predicted mention is correct when its brand matches a labelled mention of the same brand that it
 * overlaps (each labelled mention counts once). Also measured on the same set, for comparison:
 *  - "substring": the folded name found anywhere (what "no word start" does);
 *  - "Snowball": token stem equality with the Snowball stemmers on npm (English and Russian only: the
 *    package has no Latvian, Lithuanian, Estonian or Serbian/Croatian).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Brand, Mention } from '../../shared/types.ts';
import { fold } from '../text/normalize.ts';
import { tokenize } from '../text/tokenize.ts';
import { parseBrandsFile } from './brands.ts';
import { compileWatchlist } from './index.ts';

const HERE = dirname(fileURLToPath(import.meta.url));

export interface LabelledPost {
  id: string;
  lang: string;
  text: string;
  mentions: { brand: string; text: string }[];
}

export function loadSet(): { posts: LabelledPost[]; brands: Brand[] } {
  const posts = readFileSync(join(HERE, 'eval', 'posts.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledPost);
  const brands = parseBrandsFile(JSON.parse(readFileSync(join(HERE, 'eval', 'brands.json'), 'utf8')));
  return { posts, brands };
}

const RE_WORDCH = /[\p{L}\p{N}]/u;

/** Gold spans: each labelled surface found in order in the text, as a whole word ("A1" not inside "A15"). */
export function goldSpans(p: LabelledPost): { brand: string; start: number; end: number }[] {
  let from = 0;
  return p.mentions.map((m) => {
    let start = p.text.indexOf(m.text, from);
    while (
      start >= 0 &&
      (RE_WORDCH.test(p.text[start - 1] ?? '') || RE_WORDCH.test(p.text[start + m.text.length] ?? ''))
    )
      start = p.text.indexOf(m.text, start + 1);
    if (start < 0) throw new Error(`${p.id}: "${m.text}" is not a word of the text`);
    from = start + m.text.length;
    return { brand: m.brand, start, end: from };
  });
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  errors: string[];
}

export function score(
  p: LabelledPost,
  predicted: readonly Pick<Mention, 'brand' | 'start' | 'end'>[],
): Score {
  const gold = goldSpans(p);
  const used = new Array(gold.length).fill(false);
  const s: Score = { tp: 0, fp: 0, fn: 0, errors: [] };
  for (const m of predicted) {
    const i = gold.findIndex((g, k) => !used[k] && g.brand === m.brand && g.start < m.end && m.start < g.end);
    if (i >= 0) {
      used[i] = true;
      s.tp++;
    } else {
      s.fp++;
      s.errors.push(`FP ${p.id} ${m.brand} "${p.text.slice(m.start, m.end)}" in: ${p.text}`);
    }
  }
  gold.forEach((g, k) => {
    if (!used[k]) {
      s.fn++;
      s.errors.push(`FN ${p.id} ${g.brand} "${p.text.slice(g.start, g.end)}" in: ${p.text}`);
    }
  });
  return s;
}

type Finder = (p: LabelledPost) => Pick<Mention, 'brand' | 'start' | 'end'>[];

function substringFinder(brands: Brand[]): Finder {
  const terms = brands.flatMap((b) => [b.name, ...(b.aliases ?? [])].map((t) => ({ b: b.id, t: fold(t) })));
  return (p) => {
    const text = fold(p.text);
    const out: Pick<Mention, 'brand' | 'start' | 'end'>[] = [];
    // Offsets are approximate here (folded text), enough for overlap scoring of mostly 1:1 folds.
    for (const { b, t } of terms)
      for (let i = text.indexOf(t); i >= 0; i = text.indexOf(t, i + 1))
        out.push({ brand: b, start: i, end: i + t.length });
    return out;
  };
}

async function snowballFinder(brands: Brand[]): Promise<((lang: string) => Finder | null) | null> {
  let mod: { newStemmer(lang: string): { stem(w: string): string } };
  try {
    const imported = (await import('snowball-stemmers')) as unknown as {
      default?: typeof mod;
      newStemmer?: typeof mod.newStemmer;
    };
    mod = (imported.default ?? imported) as typeof mod;
  } catch {
    return null;
  }
  const stemmers: Record<string, { stem(w: string): string }> = {
    en: mod.newStemmer('english'),
    ru: mod.newStemmer('russian'),
  };
  return (lang) => {
    const st = stemmers[lang];
    if (!st) return null;
    // Stem the brand words as written (Cyrillic stays Cyrillic for the Russian stemmer).
    const terms = brands.flatMap((b) =>
      [b.name, ...(b.aliases ?? [])]
        .filter((t) => !/\s/.test(t.trim()))
        .map((t) => ({ b: b.id, stem: st.stem(t.toLowerCase()) })),
    );
    return (p) => {
      const out: Pick<Mention, 'brand' | 'start' | 'end'>[] = [];
      for (const tok of tokenize(p.text)) {
        if (tok.kind !== 'word' && tok.kind !== 'hashtag') continue;
        const s = st.stem(tok.text.replace(/^#/, '').toLowerCase());
        for (const t of terms) if (t.stem === s) out.push({ brand: t.b, start: tok.start, end: tok.end });
      }
      return out;
    };
  };
}

const LANGS = ['en', 'lv', 'lt', 'et', 'ru', 'sr', 'hr'];
const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '–');

function table(posts: LabelledPost[], finder: (p: LabelledPost) => Finder | null) {
  const rows: { lang: string; posts: number; s: Score }[] = [];
  for (const lang of [...LANGS, 'all']) {
    const set = lang === 'all' ? posts : posts.filter((p) => p.lang === lang);
    const s: Score = { tp: 0, fp: 0, fn: 0, errors: [] };
    let covered = 0;
    for (const p of set) {
      const f = finder(p);
      if (!f) continue;
      covered++;
      const r = score(p, f(p));
      s.tp += r.tp;
      s.fp += r.fp;
      s.fn += r.fn;
      s.errors.push(...r.errors);
    }
    if (covered) rows.push({ lang, posts: covered, s });
  }
  return rows;
}

function render(rows: ReturnType<typeof table>, target = true): string {
  const lines = [
    '| language | posts | labelled mentions | found | precision | recall |' + (target ? ' ≥ 0.97 |' : ''),
    '|---|---|---|---|---|---|' + (target ? '---|' : ''),
  ];
  for (const { lang, posts, s } of rows) {
    const p = s.tp / (s.tp + s.fp);
    const r = s.tp / (s.tp + s.fn);
    lines.push(
      `| ${lang} | ${posts} | ${s.tp + s.fn} | ${s.tp + s.fp} | ${pct(p)} | ${pct(r)} |` +
        (target ? ` ${p >= 0.97 && r >= 0.97 ? 'yes' : 'NO'} |` : ''),
    );
  }
  return lines.join('\n');
}

export default {
  area: 'mentions',
  async run(): Promise<string> {
    const { posts, brands } = loadSet();
    const matcher = compileWatchlist(brands);
    const noFilter = table(posts, () => (p) => matcher.find(p.text));
    const withLang = table(posts, () => (p) => matcher.find(p.text, { lang: p.lang }));
    const sub = substringFinder(brands);
    const substring = table(posts, () => sub);
    const snow = await snowballFinder(brands);
    const out = [
      `Labelled set: ${posts.length} invented posts (src/core/mentions/eval/posts.jsonl), watchlist of ${brands.length} brands (eval/brands.json).`,
      '',
      '### Replywise matcher (language filter off: the post language is not given)',
      '',
      render(noFilter),
      '',
      '### Replywise matcher with the post language given (brands.languages applied)',
      '',
      render(withLang),
      '',
      '### Baselines on the same set (no target)',
      '',
      'Folded substring of each name/alias anywhere in the post (no word start, no ending bound):',
      '',
      render(substring, false),
    ];
    if (snow) {
      out.push(
        '',
        'Snowball stemmer (npm snowball-stemmers 0.6.0; English and Russian only), token stem = name stem:',
        '',
        render(
          table(posts, (p) => snow(p.lang)),
          false,
        ),
      );
    } else out.push('', 'Snowball baseline skipped: snowball-stemmers is not installed.');
    for (const [title, rows] of [
      ['language filter off', noFilter],
      ['post language given', withLang],
    ] as const) {
      const errs = rows.find((r) => r.lang === 'all')?.s.errors ?? [];
      out.push('', `### Errors of the matcher (${title}): ${errs.length}`, '');
      for (const e of errs) out.push(`- ${e}`);
    }
    return out.join('\n');
  },
};
