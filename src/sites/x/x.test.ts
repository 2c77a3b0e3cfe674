import { describe, expect, it } from 'vitest';
import { loadFixture, parseHtml } from '../common/fixture.ts';
import { extractPost, extractPosts, postIdOf, precheckTexts } from './extract.ts';
import { replyBox } from './reply-box.ts';
import { SELECTORS } from './selectors.ts';

const HOME = 'https://x.com/home';
const THREAD = 'https://x.com/karlis_k/status/1900000000000000011';

describe('x extract', () => {
  it('reads a timeline: author, handle, text with line break and emoji, time, counts', () => {
    const posts = extractPosts(loadFixture('x', 'timeline.html', HOME), HOME);
    expect(posts.map((p) => p.id)).toEqual(['1900000000000000001', '1900000000000000002']);
    const [a, b] = posts;
    expect(a).toMatchObject({
      site: 'x',
      author: 'Māra Testa',
      handle: '@mara_test',
      text: 'Kāpēc @northwind atkal nestrādā internets?\nJau otro dienu! 😡',
      url: 'https://x.com/mara_test/status/1900000000000000001',
      time: '2026-11-20T09:15:00.000Z',
      parentId: null,
      engagement: { replies: 12, reposts: 30, likes: 1200, views: 45000 },
    });
    expect(a?.byBrand).toBeUndefined();
    // Quoted tweet text stays out; Latvian and Russian abbreviations parse.
    expect(b?.text).toBe('This is exactly what happened to me too');
    expect(b?.time).toBe('2026-11-20T10:00:00.000Z');
    expect(b?.engagement).toEqual({ reposts: 2500, likes: 3000 });
  });

  it('links a conversation to its focal tweet and flags the brand reply', () => {
    const posts = extractPosts(loadFixture('x', 'status-thread.html', THREAD), THREAD, {
      brandHandles: ['@northwind'],
    });
    expect(posts.map((p) => [p.id.slice(-2), p.parentId?.slice(-2) ?? null, p.byBrand ?? false])).toEqual([
      ['10', null, true],
      ['11', '10', false],
      ['12', '11', true],
      ['13', '11', false],
    ]);
  });

  it('reads mentions in notifications and skips non-tweet rows', () => {
    const posts = extractPosts(
      loadFixture('x', 'notifications.html'),
      'https://x.com/notifications/mentions',
    );
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ handle: '@ieva_lt', text: 'Kodėl sąskaita dvigubai didesnė?' });
  });

  it('reads the legacy layout without data-testid hooks', () => {
    const posts = extractPosts(loadFixture('x', 'legacy-layout.html'), 'https://twitter.com/home');
    expect(posts).toEqual([
      expect.objectContaining({
        id: '1800000000000000031',
        author: 'Old Style',
        handle: '@old_style',
        text: 'Miks mu arve nii suur on?',
        time: '2025-01-05T10:00:00.000Z',
      }),
    ]);
  });

  it('postIdOf reads the status id and ignores a quoted tweet', () => {
    const doc = loadFixture('x', 'timeline.html', HOME);
    const ids = [...doc.querySelectorAll('article[data-testid="tweet"]')].map((a) => postIdOf(a));
    expect(ids).toEqual(['1900000000000000001', '1900000000000000002', null]);
  });

  it('finds the inline reply box on a status page and the reply button as opener', () => {
    const doc = loadFixture('x', 'status-thread.html', THREAD);
    const focal = doc.querySelectorAll('article')[1] as Element;
    expect(replyBox.find(focal)?.getAttribute('data-testid')).toBe('tweetTextarea_0');
    expect(replyBox.opener(focal)?.getAttribute('data-testid')).toBe('reply');
  });
});

// Contract: every named selector matches something in at least one fixture (so a renamed hook fails here).
describe('x selectors contract', () => {
  const docs = ['timeline.html', 'status-thread.html', 'notifications.html', 'legacy-layout.html'].map((f) =>
    loadFixture('x', f),
  );
  const dialogDoc = loadFixture('x', 'status-thread.html');
  dialogDoc.body.insertAdjacentHTML(
    'beforeend',
    '<div role="dialog" aria-modal="true"><div data-testid="tweetTextarea_0" contenteditable="true"></div></div>',
  );
  for (const [name, alts] of Object.entries(SELECTORS)) {
    it(`${name} matches a fixture`, () => {
      const all = [...docs, dialogDoc];
      expect(all.some((d) => alts.some((s) => d.querySelector(s) !== null))).toBe(true);
    });
  }
});

describe('x thread parents from a single tweet', () => {
  it('reads the parent from document order when given one article', () => {
    const doc = loadFixture('x', 'status-thread.html', THREAD);
    const last = doc.querySelectorAll('article')[3] as Element;
    expect(extractPosts(last, THREAD)[0]?.parentId).toBe('1900000000000000011');
    const first = doc.querySelectorAll('article')[0] as Element;
    expect(extractPosts(first, THREAD)[0]?.parentId).toBeNull();
  });
});

describe('x postIdOf: fast path and its fallbacks agree with the URL parser', () => {
  const tweet = (inner: string) =>
    parseHtml(`<article data-testid="tweet">${inner}</article>`, HOME).querySelector('article') as Element;
  const timeIn = (href: string) =>
    `<div><a href="${href}"><time datetime="2026-01-01T00:00:00Z">1</time></a></div>`;

  it.each([
    ['/ann/status/111', '111'],
    ['/ann/status/112?s=20', '112'],
    ['/ann/status/113/photo/1', '113'],
    ['/ann/status/114#x', '114'],
    ['/ann/statuses/114', null], // not a permalink (selector a[href*="/status/"])
    ['https://x.com/ann/status/115', '115'],
    ['/ann/status/116abc', '116'],
    ['/ann/./status/117', '117'],
    ['/ann/status/999/../../../bob/status/118', '118'],
    ['/ann/st%61tus/119', null],
    ['/ann/status/', null],
  ])('href %s → %s', (href, id) => {
    expect(postIdOf(tweet(timeIn(href)))).toBe(id);
  });

  it('skips a time that belongs to a quoted tweet or to a nested tweet', () => {
    const quoted = `<div role="link" tabindex="0">${timeIn('/q/status/201')}</div>`;
    expect(postIdOf(tweet(`${quoted}${timeIn('/ann/status/202')}`))).toBe('202');
    expect(postIdOf(tweet(quoted))).toBeNull();
    const nested = `<article data-testid="tweet">${timeIn('/n/status/203')}</article>`;
    expect(postIdOf(tweet(`${nested}${timeIn('/ann/status/204')}`))).toBe('204');
  });

  it('falls back to a status link without a time', () => {
    expect(postIdOf(tweet('<a href="/ann/status/301">link</a>'))).toBe('301');
  });
});

describe('x permalink url', () => {
  const doc = () => loadFixture('x', 'timeline.html', HOME);
  it.each([
    ['https://x.com/home', 'https://x.com/mara_test/status/1900000000000000001'],
    ['https://twitter.com/home?x=1', 'https://twitter.com/mara_test/status/1900000000000000001'],
    ['https://mobile.twitter.com/home', 'https://mobile.twitter.com/mara_test/status/1900000000000000001'],
    ['https://X.com/home', 'https://x.com/mara_test/status/1900000000000000001'],
    ['https://x.com:443/home', 'https://x.com/mara_test/status/1900000000000000001'],
    ['file:///saved/page.html', 'https://x.com/mara_test/status/1900000000000000001'],
  ])('on %s', (page, expected) => {
    expect(extractPosts(doc(), page)[0]?.url).toBe(expected);
  });
});

describe('x extractPost (one element, the content script path)', () => {
  for (const [file, url] of [
    ['timeline.html', HOME],
    ['status-thread.html', THREAD],
    ['notifications.html', 'https://x.com/notifications/mentions'],
    ['legacy-layout.html', HOME],
  ] as const) {
    it(`gives what extractPosts gives for each tweet of ${file}`, () => {
      const doc = loadFixture('x', file, url);
      const brandHandles = ['velora', 'northwind'];
      const all = extractPosts(doc, url, { brandHandles });
      const els = [...doc.querySelectorAll(SELECTORS.post.join(','))];
      const one = els.map((el) => extractPost(el, url, { brandHandles })).filter((p) => p !== null);
      expect(one.length).toBeGreaterThan(0);
      for (const p of one) expect(p).toEqual(all.find((q) => q.id === p.id));
      expect(one.map((p) => p.id).sort()).toEqual(all.map((p) => p.id).sort());
    });
  }
});

describe('x precheckTexts (the content script pre-check reads these instead of the whole tweet)', () => {
  for (const [file, url] of [
    ['timeline.html', HOME],
    ['status-thread.html', THREAD],
    ['notifications.html', 'https://x.com/notifications/mentions'],
    ['legacy-layout.html', HOME],
  ] as const) {
    it(`holds every word of the extracted text, the name and the handle, in ${file}`, () => {
      const doc = loadFixture('x', file, url);
      let checked = 0;
      for (const el of doc.querySelectorAll(SELECTORS.post.join(','))) {
        const p = extractPost(el, url);
        const pre = precheckTexts(el);
        if (!p || !pre) continue;
        checked++;
        for (const w of p.text.match(/[\p{L}\p{N}@#_]+/gu) ?? []) expect(pre.text).toContain(w);
        expect(pre.names).toContain(p.handle);
        if (p.author !== p.handle.slice(1)) expect(pre.names).toContain(p.author);
      }
      if (file !== 'legacy-layout.html') expect(checked).toBeGreaterThan(0);
    });
  }

  it('leaves a quoted tweet out and gives null without a User-Name block', () => {
    const doc = loadFixture('x', 'timeline.html', HOME);
    const els = [...doc.querySelectorAll(SELECTORS.post.join(','))];
    expect(precheckTexts(els[1] as Element)?.text.trim()).toBe('This is exactly what happened to me too');
    const bare = parseHtml(
      '<article data-testid="tweet"><div data-testid="tweetText">Velora</div><a href="/a/status/1"><time datetime="2026-11-20T09:15:00.000Z">1</time></a></article>',
    );
    expect(precheckTexts(bare.querySelector('article') as Element)).toBeNull();
  });
});
