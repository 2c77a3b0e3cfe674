import { describe, expect, it } from 'vitest';
import { createAnalyser } from '../../content/analyse.ts';
import { compileWatchlist } from '../../core/mentions/index.ts';
import type { Brand } from '../../shared/types.ts';
import { sel } from '../common/dom.ts';
import { loadFixture } from '../common/fixture.ts';
import { extractPosts, postIdOf, precheckTexts } from './extract.ts';
import { replyBox } from './reply-box.ts';
import { SELECTORS } from './selectors.ts';

const URL_ = 'https://www.facebook.com/';

describe('facebook extract', () => {
  const feed = loadFixture('facebook', 'feed.html', URL_);
  const posts = extractPosts(feed, URL_, { brandHandles: ['northwind.lv'] });

  it('reads stories and comments with ids, parents and brand replies', () => {
    expect(posts.map((p) => [p.id, p.parentId ?? null, p.byBrand ?? false])).toEqual([
      ['pfbid0TestStory111', null, true],
      ['2001', 'pfbid0TestStory111', false],
      ['2002', '2001', true],
      ['2003', 'pfbid0TestStory111', false],
      ['998877', null, false],
    ]);
  });

  it('reads author, handle, multi-paragraph text, time, reactions and a clean permalink', () => {
    expect(posts[0]).toMatchObject({
      author: 'Northwind',
      handle: 'northwind.lv',
      text: 'Jauns tarifs no decembra!\nJautājumi? Rakstiet komentāros.',
      url: 'https://www.facebook.com/northwind.lv/posts/pfbid0TestStory111',
      time: new Date(1795510800 * 1000).toISOString(),
      engagement: { likes: 1200 },
    });
    expect(posts[1]).toMatchObject({
      author: 'Pēteris Kalns',
      handle: 'peteris.kalns',
      text: 'Cik maksās <script>alert(1)</script> jaunais tarifs?',
      url: 'https://www.facebook.com/northwind.lv/posts/pfbid0TestStory111?comment_id=2001',
      engagement: { likes: 3 },
    });
    expect(posts[3]).toMatchObject({ author: 'Ирина', handle: '100012345' });
    expect(posts[4]).toMatchObject({ author: 'Līga B.', handle: '100099', time: '2026-11-22T10:00:00.000Z' });
  });

  it('reads the old mobile layout', () => {
    const url = 'https://m.facebook.com/';
    const m = extractPosts(loadFixture('facebook', 'mobile.html', url), url);
    expect(m.map((p) => [p.id, p.author, p.handle, p.text, p.parentId ?? null])).toEqual([
      ['445566', 'Kadri Mets', 'kadri.mets', 'Northwindi internet ei tööta Tartus.', null],
      ['778899', 'Märten K', 'marten.k', 'Sama mure Tallinnas.', '445566'],
    ]);
  });

  it('postIdOf agrees with the extractor', () => {
    const els = [...feed.querySelectorAll('[role="article"]')];
    expect(els.map((e) => postIdOf(e))).toEqual(['pfbid0TestStory111', '2001', '2002', '2003', '998877']);
  });

  it('finds the Lexical reply box inside a comment and the reply button', () => {
    const comment = feed.querySelector('[aria-label^="Comment by Pēteris"]') as Element;
    expect(replyBox.find(comment)?.getAttribute('data-lexical-editor')).toBe('true');
    expect(replyBox.opener(comment)?.textContent).toBe('Atbildēt');
    const story = feed.querySelector('[aria-posinset="2"]') as Element;
    expect(replyBox.find(story)).toBeNull();
  });
});

describe('facebook selectors contract', () => {
  const docs = [loadFixture('facebook', 'feed.html'), loadFixture('facebook', 'mobile.html')];
  for (const [name, alts] of Object.entries(SELECTORS)) {
    it(`${name} matches a fixture`, () => {
      expect(docs.some((d) => alts.some((s) => d.querySelector(s) !== null))).toBe(true);
    });
  }
});

describe('facebook precheckTexts (the content script pre-check reads these instead of the whole post)', () => {
  const squash = (s: string) => s.replace(/\s+/g, '');

  it('gives each fixture post its own text and author, as the extractor reads them', () => {
    for (const file of ['feed.html', 'mobile.html']) {
      const root = loadFixture('facebook', file, URL_);
      const posts = extractPosts(root, URL_);
      const els = [...root.querySelectorAll(`${sel(SELECTORS, 'story')}, ${sel(SELECTORS, 'comment')}`)];
      let checked = 0;
      for (const el of els) {
        const id = postIdOf(el);
        const p = posts.find((q) => q.id === id);
        const pre = precheckTexts(el);
        if (!p || !pre) continue;
        expect(squash(pre.text)).toBe(squash(p.text));
        if (p.author) expect(pre.names).toContain(p.author);
        checked++;
      }
      expect(checked).toBeGreaterThan(0);
    }
  });

  it('keeps the brand at the start of a comment apart from the author name that minified markup glues to it', () => {
    const root = loadFixture('facebook', 'feed.html', URL_);
    const el = root.querySelector(sel(SELECTORS, 'comment')) as Element;
    const textEl = el.querySelector(SELECTORS.commentText.join(', ')) as Element;
    textEl.textContent = 'Velora, kāpēc rēķinā divreiz novembra abonements?';
    // Facebook's real markup has no whitespace between elements.
    const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
    const blanks: Node[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.nodeValue?.trim()) blanks.push(n);
    for (const n of blanks) n.parentNode?.removeChild(n);
    const brands: Brand[] = [{ id: 'velora', name: 'Velora' }];
    const analyser = createAnalyser(brands, compileWatchlist(brands));
    const whole = el.textContent ?? '';
    expect(whole).toMatch(/\p{L}Velora, kāpēc/u);
    expect(analyser.mightMatter(whole)).toBe(false);
    const pre = precheckTexts(el);
    expect(pre?.text).toBe('Velora, kāpēc rēķinā divreiz novembra abonements?');
    expect(analyser.mightMatter(pre?.text ?? '', pre?.names)).toBe(true);
  });
});
