/**
 * The inbox's pure logic: the state a post shows now (clocks move), filters and sort orders. Kept apart
 * from the components so it is tested without a DOM and stays fast on 5,000 posts.
 */
import { deriveState } from '../core/deadlines/state.ts';
import type { Kind, Platform, PostState, StoredPost } from '../shared/types.ts';

export type SortKey = 'deadline' | 'urgency' | 'time';
export type StateFilter = 'open' | 'all' | PostState;

export interface InboxFilter {
  brand: string;
  platform: Platform | '';
  kind: Kind | '';
  state: StateFilter;
  query: string;
}

export const DEFAULT_FILTER: InboxFilter = { brand: '', platform: '', kind: '', state: 'open', query: '' };

/** States that still need the agent. */
export const OPEN_STATES: readonly PostState[] = ['new', 'due-soon', 'overdue', 'held', 'follow-up'];

/** The state to show at `now` (the stored state is a cache: clocks move between writes). */
export function liveState(p: StoredPost, now: number): PostState {
  return deriveState(p, now);
}

export function isOpen(state: PostState): boolean {
  return OPEN_STATES.includes(state);
}

export function matchesFilter(p: StoredPost, f: InboxFilter, now: number, foldedQuery = ''): boolean {
  if (f.brand && !p.brandIds.includes(f.brand)) return false;
  if (f.platform && p.site !== f.platform) return false;
  if (f.kind && p.kind !== f.kind) return false;
  if (f.state !== 'all') {
    const s = liveState(p, now);
    if (f.state === 'open' ? !isOpen(s) : s !== f.state) return false;
  }
  if (foldedQuery) {
    const hay = `${p.author} ${p.handle} ${p.text}`.toLowerCase();
    if (!hay.includes(foldedQuery)) return false;
  }
  return true;
}

const NO_DUE = Number.POSITIVE_INFINITY;

/** Compare for a sort key. Ties fall back to urgency, then newest first, then key (stable, total). */
export function comparator(sort: SortKey): (a: StoredPost, b: StoredPost) => number {
  const newest = (a: StoredPost, b: StoredPost) =>
    b.receivedAt - a.receivedAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  if (sort === 'deadline')
    return (a, b) => (a.dueAt ?? NO_DUE) - (b.dueAt ?? NO_DUE) || b.urgency - a.urgency || newest(a, b);
  if (sort === 'urgency')
    return (a, b) => b.urgency - a.urgency || (a.dueAt ?? NO_DUE) - (b.dueAt ?? NO_DUE) || newest(a, b);
  return newest;
}

export function selectPosts(
  posts: readonly StoredPost[],
  f: InboxFilter,
  sort: SortKey,
  now: number,
): StoredPost[] {
  const q = f.query.trim().toLowerCase();
  const out = posts.filter((p) => matchesFilter(p, f, now, q));
  // Infinity - Infinity is NaN: the comparator guards with ||, NaN is falsy, so ties fall through.
  out.sort(comparator(sort));
  return out;
}

/** Counts per live state, for the tab badges and the screen-reader summary. */
export function countByState(posts: readonly StoredPost[], now: number): Record<PostState, number> {
  const c: Record<PostState, number> = {
    new: 0,
    'due-soon': 0,
    overdue: 0,
    held: 0,
    answered: 0,
    'follow-up': 0,
    snoozed: 0,
    dismissed: 0,
  };
  for (const p of posts) c[liveState(p, now)]++;
  return c;
}
