/**
 * The same FAQ task done by two client-side search libraries, for the eval and the bench (dev only,
 * never shipped): each entry is one document made of its example questions (plus tags), the post is
 * the query, the ranking is the library's.
 *
 * - MiniSearch 7 (BM25), with diacritic folding added through processTerm (it folds nothing itself):
 *   our fold() (lower case, no diacritics, Cyrillic → Latin), prefix search and fuzzy 0.2, OR.
 * - FlexSearch 0.8 Index, tokenize "forward" (prefixes), encoder LatinBalance, fed folded text; with
 *   `suggest: true` so a post that does not contain every word still gets results. It returns ids in
 *   relevance order without scores.
 */
import { Charset, Index } from 'flexsearch';
import MiniSearch from 'minisearch';
import type { FaqEntry } from '../../../shared/types.ts';
import { fold } from '../../text/index.ts';

export interface Ranker {
  name: string;
  rank(post: string, top: number): string[];
}

const docText = (e: FaqEntry) => [...e.questions, ...(e.tags ?? [])].join('\n');

export function miniSearchRanker(entries: readonly FaqEntry[]): Ranker {
  const ms = new MiniSearch<{ id: string; text: string }>({
    fields: ['text'],
    processTerm: (t) => {
      const f = fold(t);
      return f.length > 0 ? f : null;
    },
    searchOptions: { prefix: true, fuzzy: 0.2, combineWith: 'OR' },
  });
  ms.addAll(entries.map((e) => ({ id: e.id, text: docText(e) })));
  return {
    name: 'MiniSearch 7.2 (+ folding, prefix, fuzzy 0.2)',
    rank: (post, top) =>
      ms
        .search(post)
        .slice(0, top)
        .map((r) => String(r.id)),
  };
}

export function flexSearchRanker(entries: readonly FaqEntry[]): Ranker {
  const idx = new Index({ tokenize: 'forward', encoder: Charset.LatinBalance });
  const ids: string[] = [];
  entries.forEach((e, i) => {
    ids.push(e.id);
    idx.add(i, fold(docText(e)));
  });
  return {
    name: 'FlexSearch 0.8 (+ folding, forward, LatinBalance)',
    rank: (post, top) =>
      (idx.search(fold(post), { limit: top, suggest: true }) as number[]).map((i) => ids[i] as string),
  };
}
