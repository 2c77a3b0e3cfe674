// @vitest-environment jsdom
/**
 * Conventions: every site has named selectors, an extractor, a reply-box strategy, at least one fixture
 * and a test; every adapter extracts something from each of its own fixtures; URLs choose the right one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../shared/types.ts';
import { parseHtml } from './common/fixture.ts';
import { loadAdapter, SITE_FOLDERS, siteOf } from './index.ts';

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURE_URL: Record<string, string> = {
  x: 'https://x.com/home',
  facebook: 'https://www.facebook.com/',
  instagram: 'https://www.instagram.com/p/Cx1AbCdEfGh/',
  linkedin: 'https://www.linkedin.com/feed/',
  reddit: 'https://www.reddit.com/r/latvia/',
  youtube: 'https://www.youtube.com/watch?v=abcDEF12345',
  draugiem: 'https://www.draugiem.lv/say/',
  vk: 'https://vk.com/northwind_lv',
  web: 'https://news.example/raksts',
};

describe('site conventions', () => {
  for (const site of PLATFORMS) {
    const folder = SITE_FOLDERS[site];
    describe(site, () => {
      it('has selectors.ts, extract.ts, reply-box.ts, index.ts, a test and fixtures', () => {
        for (const f of ['selectors.ts', 'extract.ts', 'reply-box.ts', 'index.ts']) {
          expect(existsSync(join(here, folder, f)), `${folder}/${f}`).toBe(true);
        }
        expect(readdirSync(join(here, folder)).some((f) => f.endsWith('.test.ts'))).toBe(true);
        expect(
          readdirSync(join(here, folder, 'fixtures')).filter((f) => f.endsWith('.html')).length,
        ).toBeGreaterThan(0);
      });

      it('keeps selectors in selectors.ts only (no inline selector strings in extract.ts or reply-box.ts)', () => {
        for (const f of ['extract.ts', 'reply-box.ts']) {
          const src = readFileSync(join(here, folder, f), 'utf8');
          expect(src, f).not.toMatch(/(querySelector(All)?|closest|matches)\(\s*['"`]/);
        }
      });

      it('adapter extracts posts from every fixture, with a reply-box strategy', async () => {
        const adapter = await loadAdapter(site);
        expect(adapter.site).toBe(site);
        expect(adapter.replyBox.editors.length).toBeGreaterThan(0);
        for (const [name, alts] of Object.entries(adapter.selectors)) {
          expect(alts.length, name).toBeGreaterThan(0);
        }
        for (const f of readdirSync(join(here, folder, 'fixtures')).filter((n) => n.endsWith('.html'))) {
          const url = FIXTURE_URL[site] as string;
          const doc = parseHtml(readFileSync(join(here, folder, 'fixtures', f), 'utf8'), url);
          const posts = adapter.extractPosts(doc, url);
          expect(posts.length, `${folder}/fixtures/${f}`).toBeGreaterThan(0);
          for (const p of posts) {
            expect(p.site).toBe(site);
            expect(p.id).not.toBe('');
            expect(p.url).toMatch(/^https?:\/\//);
          }
          // The browser's DOM (jsdom here) gives exactly the same posts as linkedom (the CLI's parser).
          const browserDoc = new DOMParser().parseFromString(
            readFileSync(join(here, folder, 'fixtures', f), 'utf8'),
            'text/html',
          );
          expect(adapter.extractPosts(browserDoc, url), `${f} under jsdom`).toEqual(posts);
          // Every post element the adapter's postSelector finds and can name is extracted.
          const ids = new Set(posts.map((p) => p.id));
          for (const el of doc.querySelectorAll(adapter.postSelector)) {
            const id = adapter.postIdOf(el, url);
            if (id) expect(ids.has(id), `${f}: ${id}`).toBe(true);
          }
        }
      });
    });
  }

  it('pre-check parts, where an adapter has them, hold the text the extractor reads, also in whitespace-free markup', async () => {
    // Letters and digits only: extractors tidy spaces and read emoji images' alt text.
    const squash = (t: string) => t.replace(/[^\p{L}\p{N}]+/gu, '');
    let adapters = 0;
    for (const site of PLATFORMS) {
      const adapter = await loadAdapter(site);
      if (!adapter.precheck) continue;
      adapters++;
      const folder = SITE_FOLDERS[site];
      let checked = 0;
      for (const f of readdirSync(join(here, folder, 'fixtures')).filter((n) => n.endsWith('.html'))) {
        const url = FIXTURE_URL[site] as string;
        const html = readFileSync(join(here, folder, 'fixtures', f), 'utf8');
        // As the sites serve it: no whitespace between elements.
        for (const doc of [parseHtml(html, url), parseHtml(html.replace(/>\s+</g, '><'), url)]) {
          const posts = adapter.extractPosts(doc, url);
          for (const el of doc.querySelectorAll(adapter.postSelector)) {
            const id = adapter.postIdOf(el, url);
            const post = posts.find((q) => q.id === id);
            const parts = adapter.precheck(el);
            if (!post || !parts) continue;
            expect(squash(parts.text), `${site} ${f} ${id}`).toBe(squash(post.text));
            checked++;
          }
        }
      }
      // Null parts (a layout without them) fall back to the whole textContent; most posts have them.
      expect(checked, site).toBeGreaterThan(0);
    }
    expect(adapters).toBeGreaterThanOrEqual(5);
  });

  it('chooses the adapter by URL', () => {
    expect(siteOf('https://x.com/home')).toBe('x');
    expect(siteOf('https://twitter.com/a/status/1')).toBe('x');
    expect(siteOf('https://m.facebook.com/story.php')).toBe('facebook');
    expect(siteOf('https://old.reddit.com/r/x')).toBe('reddit');
    expect(siteOf('https://www.draugiem.lv/')).toBe('draugiem');
    expect(siteOf('https://vk.com/wall1_2')).toBe('vk');
    expect(siteOf('https://www.delfi.lv/news/1')).toBe('web');
    expect(siteOf('https://x.com.evil.example/')).toBe('web');
    expect(siteOf('not a url')).toBe('web');
  });
});
