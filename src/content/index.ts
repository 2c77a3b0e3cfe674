/**
 * Content-script bootstrap (first version): marks the page as watched and says hello to the background.
 * The site adapters issue replaces this with the observer, extraction and marks.
 */
import browser from 'webextension-polyfill';
import type { Platform } from '../shared/types.ts';

const HOSTS: Record<string, Platform> = {
  'x.com': 'x',
  'twitter.com': 'x',
  'www.facebook.com': 'facebook',
  'm.facebook.com': 'facebook',
  'www.instagram.com': 'instagram',
  'www.linkedin.com': 'linkedin',
  'www.reddit.com': 'reddit',
  'old.reddit.com': 'reddit',
  'www.youtube.com': 'youtube',
  'www.draugiem.lv': 'draugiem',
  'vk.com': 'vk',
};

const site = HOSTS[location.hostname] ?? 'web';
document.documentElement.setAttribute('data-replywise', site);
browser.runtime
  .sendMessage({ type: 'content/hello', payload: { site, url: location.href } })
  .catch(() => undefined);
