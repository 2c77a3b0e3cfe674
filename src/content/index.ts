/**
 * Content-script bootstrap: the only code loaded into every page of the supported sites, so it stays
 * tiny. It marks the page as watched (data-replywise on <html>), asks the background whether this site is
 * on and which brands to look for, and only then loads the watcher (with this site's adapter) lazily.
 */
import { send } from '../shared/runtime.ts';
import { siteOf } from '../sites/index.ts';

const site = siteOf(location.href);
document.documentElement.setAttribute('data-replywise', site);

async function boot(): Promise<void> {
  const hello = await send('content/hello', { site, url: location.href });
  if (!hello.enabled || hello.brands.length === 0) return;
  const { startWatching } = await import('./watch.ts');
  await startWatching(site, hello.brands, hello.uiLang);
}

boot().catch((e: unknown) => {
  // The background may be updating; the next page load tries again. Never break the page.
  console.debug('[replywise] not started:', e instanceof Error ? e.message : e);
});
