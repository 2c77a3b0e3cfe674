/**
 * Brand mentions: the watchlist compiles once into a matcher; `find` returns each mention with its brand id
 * and exact span. This entry point is what the content script imports: keep it small (validation and
 * ambiguity hints live in brands.ts and ambiguity.ts, imported by the background, UI and CLI only).
 */
export type { Matcher, MatchOptions } from './compile.ts';
export { brandIdsOf, compileWatchlist } from './compile.ts';
