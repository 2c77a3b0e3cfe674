/**
 * Chooses the site adapter by URL. This module is tiny on purpose: the content-script bootstrap imports it,
 * and each adapter is a dynamic import, so a page loads only its own site's code.
 */
import type { Platform } from '../shared/types.ts';
import type { SiteAdapter } from './common/types.ts';

const HOSTS: Readonly<Record<string, Platform>> = {
  'x.com': 'x',
  'twitter.com': 'x',
  'mobile.twitter.com': 'x',
  'mobile.x.com': 'x',
  'www.facebook.com': 'facebook',
  'web.facebook.com': 'facebook',
  'm.facebook.com': 'facebook',
  'facebook.com': 'facebook',
  'www.instagram.com': 'instagram',
  'instagram.com': 'instagram',
  'www.linkedin.com': 'linkedin',
  'linkedin.com': 'linkedin',
  'www.reddit.com': 'reddit',
  'old.reddit.com': 'reddit',
  'new.reddit.com': 'reddit',
  'reddit.com': 'reddit',
  'www.youtube.com': 'youtube',
  'm.youtube.com': 'youtube',
  'youtube.com': 'youtube',
  'www.draugiem.lv': 'draugiem',
  'draugiem.lv': 'draugiem',
  'vk.com': 'vk',
  'm.vk.com': 'vk',
  'vk.ru': 'vk',
};

/** The platform of a page URL; any other site is 'web' (the generic adapter). */
export function siteOf(url: string): Platform {
  try {
    return HOSTS[new URL(url).hostname.toLowerCase()] ?? 'web';
  } catch {
    return 'web';
  }
}

const LOADERS: Readonly<Record<Platform, () => Promise<{ adapter: SiteAdapter }>>> = {
  x: () => import('./x/index.ts'),
  facebook: () => import('./facebook/index.ts'),
  instagram: () => import('./instagram/index.ts'),
  linkedin: () => import('./linkedin/index.ts'),
  reddit: () => import('./reddit/index.ts'),
  youtube: () => import('./youtube/index.ts'),
  draugiem: () => import('./draugiem/index.ts'),
  vk: () => import('./vk/index.ts'),
  web: () => import('./generic/index.ts'),
};

/** Loads the adapter of a platform (or of a URL's platform). */
export async function loadAdapter(siteOrUrl: Platform | string): Promise<SiteAdapter> {
  const site = Object.hasOwn(LOADERS, siteOrUrl) ? (siteOrUrl as Platform) : siteOf(siteOrUrl);
  return (await LOADERS[site]()).adapter;
}

/** The folder of each platform's adapter under src/sites/. */
export const SITE_FOLDERS: Readonly<Record<Platform, string>> = {
  x: 'x',
  facebook: 'facebook',
  instagram: 'instagram',
  linkedin: 'linkedin',
  reddit: 'reddit',
  youtube: 'youtube',
  draugiem: 'draugiem',
  vk: 'vk',
  web: 'generic',
};

export type { EditorKind, ExtractOptions, ReplyBoxStrategy, SiteAdapter } from './common/types.ts';
