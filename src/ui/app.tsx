/**
 * The Replywise app shared by the popup and the side panel. Views are hash routes so the demo's
 * screenshot mode and the end-to-end tests can open each directly:
 *
 *   #/inbox   #/compose/<post key>[?top]   #/suggest/<text>   #/faq   #/faq/<id>   #/settings   #/settings/<section>   #/stats
 *
 * `#seed-demo` (kept from the first version) loads the invented demo data into an empty database.
 */

import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { getDb } from '../storage/db.ts';
import { seedDemo } from '../storage/demo-seed.ts';
import { getSetting } from '../storage/settings.ts';
import { Inbox } from './components/inbox.tsx';
import { Status, StatusProvider } from './components/status.tsx';
import { type Route, routeHash, useLangVersion, useLive, useRoute } from './hooks.ts';
import { type MsgKey, setUiLang, storageErrorText, t } from './i18n.ts';

export type Mode = 'popup' | 'sidepanel';

const NAV: { view: Route['view']; label: MsgKey; href: string }[] = [
  { view: 'inbox', label: 'navInbox', href: '#/inbox' },
  { view: 'faq', label: 'navFaq', href: '#/faq' },
  { view: 'stats', label: 'navStats', href: '#/stats' },
  { view: 'settings', label: 'navSettings', href: '#/settings' },
];

/** Chrome's side panel API (absent in Firefox, which shows the app in its sidebar). */
function chromeSidePanel() {
  return (
    globalThis as {
      chrome?: { sidePanel?: { open?: (o: { windowId: number }) => Promise<void> }; windows?: unknown };
    }
  ).chrome?.sidePanel;
}

/** The popup's window, looked up on load so the click can open the side panel within the user gesture. */
let popupWindowId: number | undefined;
if (typeof document !== 'undefined' && document.body?.dataset.mode === 'popup')
  (
    globalThis as unknown as { chrome?: { windows?: { getCurrent(): Promise<{ id?: number }> } } }
  ).chrome?.windows
    ?.getCurrent()
    .then((w) => {
      popupWindowId = w.id;
    })
    .catch(() => undefined);

function openSidePanel(): void {
  const sp = chromeSidePanel();
  if (!sp?.open || popupWindowId === undefined) return;
  // No await before open(): Chrome only opens the panel in response to the click itself.
  sp.open({ windowId: popupWindowId })
    .then(() => window.close())
    .catch(() => undefined);
}

export function App({ mode }: { mode: Mode }) {
  const [ready, setReady] = useState(false);
  const [bootError, setBootError] = useState<string | null>(null);
  const route = useRoute();
  useLangVersion();
  const theme = useLive((db) => getSetting(db, 'theme'), []);
  const uiLang = useLive((db) => getSetting(db, 'uiLang'), []);
  const mainRef = useRef<HTMLElement>(null);
  const firstRoute = useRef(true);

  useEffect(() => {
    (async () => {
      const db = await getDb();
      if (location.hash === '#seed-demo') {
        await seedDemo(db);
        history.replaceState(null, '', `${location.pathname}#/inbox`);
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      }
      setReady(true);
    })().catch((e) => setBootError(storageErrorText(e)));
  }, []);

  useEffect(() => {
    const pref = theme.value ?? 'system';
    document.documentElement.dataset.theme = pref;
  }, [theme.value]);

  useEffect(() => {
    if (uiLang.value === undefined && !uiLang.error) {
      void setUiLang(null);
      return;
    }
    setUiLang(uiLang.value).catch(() => undefined);
  }, [uiLang.value, uiLang.error]);

  // Managed focus: after a route change (not on first load), focus the new view's heading as soon as the
  // view has rendered it (views may show "Loading…" first).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per route (its hash is the key)
  useEffect(() => {
    if (firstRoute.current) {
      firstRoute.current = false;
      return;
    }
    const main = mainRef.current;
    if (!main) return;
    const tryFocus = (): boolean => {
      const h = main.querySelector<HTMLElement>('[data-autofocus], h2');
      if (!h) return false;
      if (!h.hasAttribute('tabindex')) h.setAttribute('tabindex', '-1');
      h.focus();
      return true;
    };
    if (tryFocus()) return;
    const mo = new MutationObserver(() => {
      if (tryFocus()) mo.disconnect();
    });
    mo.observe(main, { childList: true, subtree: true });
    const stop = setTimeout(() => mo.disconnect(), 3000);
    return () => {
      mo.disconnect();
      clearTimeout(stop);
    };
  }, [routeHash(route)]);

  const current = route.view === 'compose' || route.view === 'suggest' ? 'inbox' : route.view;
  return (
    <StatusProvider>
      <div class={`app app--${mode}`} data-view={route.view}>
        <header class="topbar">
          <h1 class="brand-title">{t('extName')}</h1>
          <nav aria-label={t('navLabel')}>
            <ul class="nav">
              {NAV.map((n) => (
                <li key={n.view}>
                  <a
                    href={n.href}
                    class="nav-link"
                    aria-current={current === n.view ? 'page' : undefined}
                    data-nav={n.view}
                  >
                    {t(n.label)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {mode === 'popup' && chromeSidePanel()?.open && (
            <button type="button" class="btn btn--ghost" onClick={openSidePanel}>
              {t('openSidePanel')}
            </button>
          )}
        </header>
        <main ref={mainRef} class="view" id="view">
          {bootError && (
            <p role="alert" class="error">
              {bootError}
            </p>
          )}
          {!ready && !bootError && (
            <p aria-busy="true" class="muted">
              {t('loading')}
            </p>
          )}
          {ready && <View route={route} mode={mode} />}
        </main>
        <Status />
      </div>
    </StatusProvider>
  );
}

/**
 * Views other than the inbox load on demand, so the popup's first paint carries only the inbox (the FAQ
 * index, the tone checks, the iCal parser and the settings forms come with their views).
 */
const loaders = {
  compose: () => import('./components/composer.tsx').then((m) => m.Composer),
  suggest: () => import('./components/composer.tsx').then((m) => m.SuggestView),
  faq: () => import('./components/faq-manager.tsx').then((m) => m.FaqManager),
  settings: () => import('./components/settings.tsx').then((m) => m.SettingsView),
  stats: () => import('./components/stats.tsx').then((m) => m.StatsView),
};
type LazyName = keyof typeof loaders;
const loaded: Partial<Record<LazyName, ComponentType<never>>> = {};

/** Keyed by view by the caller: a new view is a new Lazy, never a stale component from the last one. */
function Lazy<P>({ name, props }: { name: LazyName; props: P }) {
  const [C, setC] = useState<ComponentType<P> | null>(
    () => (loaded[name] as ComponentType<P> | undefined) ?? null,
  );
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (C) return;
    let live = true;
    loaders[name]()
      .then((c) => {
        loaded[name] = c as ComponentType<never>;
        if (live) setC(() => c as unknown as ComponentType<P>);
      })
      .catch((e) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [name, C]);
  if (error)
    return (
      <p role="alert" class="error">
        {error}
      </p>
    );
  if (!C)
    return (
      <p aria-busy="true" class="muted">
        {t('loading')}
      </p>
    );
  return <C {...(props as P & object)} />;
}

function View({ route, mode }: { route: Route; mode: Mode }) {
  switch (route.view) {
    case 'compose':
      return (
        <Lazy
          key={`compose:${route.key}`}
          name="compose"
          props={{ postKey: route.key, mode, top: route.top }}
        />
      );
    case 'suggest':
      return <Lazy key={`suggest:${route.text}`} name="suggest" props={{ text: route.text }} />;
    case 'faq':
      return <Lazy key="faq" name="faq" props={{ selectedId: route.id }} />;
    case 'settings':
      return <Lazy key="settings" name="settings" props={{ section: route.section }} />;
    case 'stats':
      return <Lazy key="stats" name="stats" props={{}} />;
    default:
      return <Inbox mode={mode} />;
  }
}
