/** Hooks shared by the views: live database queries, a ticking clock, the hash route, the language. */
import { liveQuery } from 'dexie';
import { type Inputs, useEffect, useRef, useState } from 'preact/hooks';
import { getDb, type ReplywiseDb } from '../storage/db.ts';
import { onLangChange, storageErrorText } from './i18n.ts';

export interface Live<T> {
  value: T | undefined;
  error: string | null;
}

/** Subscribe to a Dexie live query; re-runs when the tables it read change (in any extension page). */
export function useLive<T>(query: (db: ReplywiseDb) => Promise<T>, deps: Inputs): Live<T> {
  const [state, setState] = useState<Live<T>>({ value: undefined, error: null });
  useEffect(() => {
    let sub: { unsubscribe(): void } | undefined;
    let stopped = false;
    getDb()
      .then((db) => {
        if (stopped) return;
        sub = liveQuery(() => query(db)).subscribe({
          next: (value) => setState({ value, error: null }),
          error: (e) => setState((s) => ({ value: s.value, error: storageErrorText(e) })),
        });
      })
      .catch((e) => setState({ value: undefined, error: storageErrorText(e) }));
    return () => {
      stopped = true;
      sub?.unsubscribe();
    };
    // biome-ignore lint/correctness/useExhaustiveDependencies: the caller lists the query's inputs
  }, deps);
  return state;
}

/** The current time, updated every `everyMs` (the countdowns). Pauses while the page is hidden. */
export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    let id: ReturnType<typeof setInterval> | undefined;
    const start = () => {
      setNow(Date.now());
      id = setInterval(() => setNow(Date.now()), everyMs);
    };
    const onVis = () => {
      if (id) clearInterval(id);
      id = undefined;
      if (document.visibilityState !== 'hidden') start();
    };
    start();
    document.addEventListener('visibilitychange', onVis);
    return () => {
      if (id) clearInterval(id);
      document.removeEventListener('visibilitychange', onVis);
    };
  }, [everyMs]);
  return now;
}

export type Route =
  | { view: 'inbox' }
  | { view: 'compose'; key: string; top?: boolean }
  | { view: 'suggest'; text: string }
  | { view: 'faq'; id?: string }
  | { view: 'settings'; section?: string }
  | { view: 'stats' };

/** `#/inbox`, `#/compose/<key>[?top]`, `#/suggest/<selected text>`, `#/faq`, `#/faq/<id>`, `#/settings`, `#/settings/<section>`, `#/stats`. */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/');
  const [head, ...rest] = parts;
  let tail: string | undefined;
  try {
    tail = rest.length ? decodeURIComponent(rest.join('/')) : undefined;
  } catch {
    return { view: 'inbox' };
  }
  switch (head) {
    case 'compose':
      if (!tail) return { view: 'inbox' };
      return new URLSearchParams(query).has('top')
        ? { view: 'compose', key: tail, top: true }
        : { view: 'compose', key: tail };
    case 'suggest':
      return tail ? { view: 'suggest', text: tail } : { view: 'inbox' };
    case 'faq':
      return tail ? { view: 'faq', id: tail } : { view: 'faq' };
    case 'settings':
      return tail ? { view: 'settings', section: tail } : { view: 'settings' };
    case 'stats':
      return { view: 'stats' };
    default:
      return { view: 'inbox' };
  }
}

export function routeHash(r: Route): string {
  switch (r.view) {
    case 'compose':
      return `#/compose/${encodeURIComponent(r.key)}${r.top ? '?top' : ''}`;
    case 'suggest':
      return `#/suggest/${encodeURIComponent(r.text)}`;
    case 'faq':
      return r.id ? `#/faq/${encodeURIComponent(r.id)}` : '#/faq';
    case 'settings':
      return r.section ? `#/settings/${r.section}` : '#/settings';
    default:
      return `#/${r.view}`;
  }
}

export function navigate(r: Route): void {
  const h = routeHash(r);
  if (location.hash !== h) location.hash = h;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}

/** Re-render when the UI language changes. */
export function useLangVersion(): number {
  const [v, setV] = useState(0);
  useEffect(() => onLangChange(() => setV((x) => x + 1)), []);
  return v;
}

/** Debounce a value (search boxes over 10,000 FAQ entries). */
export function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return v;
}

/** Move focus to the element when `when` turns true (managed focus after navigation). */
export function useFocusOn<T extends HTMLElement>(when: unknown): { current: T | null } {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (when) ref.current?.focus();
  }, [when]);
  return ref;
}

/** Mark a moment once per page load (the UI bench reads these with performance.getEntriesByName). */
export function useMarkOnce(name: string, when: boolean): void {
  useEffect(() => {
    if (!when || typeof performance === 'undefined') return;
    if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
  }, [name, when]);
}
