/** The demo feed pages (e2e/fixtures/demo) must stay extractable by the X and Facebook adapters. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHtml } from './common/fixture.ts';
import { extractPosts as extractFacebook } from './facebook/extract.ts';
import { extractPosts as extractX } from './x/extract.ts';

const demo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'e2e', 'fixtures', 'demo');

describe('demo feed pages', () => {
  it('x-home.html: 14 tweets with authors, handles, times and counts', () => {
    const url = 'https://x.com/home';
    const posts = extractX(parseHtml(readFileSync(join(demo, 'x-home.html'), 'utf8'), url), url);
    expect(posts).toHaveLength(14);
    for (const p of posts) {
      expect(p.author).not.toBe('');
      expect(p.handle).toMatch(/^@\w+$/);
      expect(p.time).toMatch(/^2026-11-23T/);
      expect(p.engagement?.views).toBeGreaterThan(0);
    }
    expect(posts[0]?.text).toContain('@velora my mobile data');
    expect(posts[0]?.engagement).toMatchObject({ replies: 48, reposts: 1200, likes: 3400 });
    expect(posts.filter((p) => /velor|велор/i.test(p.text)).length).toBe(12);
  });

  it('facebook-page.html: the page post, 12 comments and the brand reply', () => {
    const url = 'https://www.facebook.com/velora';
    const posts = extractFacebook(
      parseHtml(readFileSync(join(demo, 'facebook-page.html'), 'utf8'), url),
      url,
      {
        brandHandles: ['velora'],
      },
    );
    expect(posts).toHaveLength(14);
    const [story, ...comments] = posts;
    expect(story?.byBrand).toBe(true);
    expect(comments.every((c) => c.parentId !== null && c.time !== null && c.text !== '')).toBe(true);
    const reply = comments.find((c) => c.byBrand);
    expect(reply?.parentId).toBe('1190003');
  });
});
