import { describe, expect, it } from 'vitest';
import { loadFixture, parseHtml } from '../common/fixture.ts';
import { extractPosts, fnv1a, postIdOf } from './extract.ts';
import { replyBox } from './reply-box.ts';
import { SELECTORS } from './selectors.ts';

const URL_ = 'https://news.example/raksts';

describe('generic extract', () => {
  const doc = loadFixture('generic', 'news-comments.html', URL_);
  it('reads microdata, WordPress and data-comment-id comments with parents', () => {
    const posts = extractPosts(doc, URL_, { brandHandles: [] });
    expect(posts.map((p) => [p.site, p.id, p.parentId, p.author])).toEqual([
      ['web', 'c-501', null, 'Guntis'],
      ['web', '77', null, 'Ilze'],
      ['web', '78', '77', 'Northwind'],
      ['web', 'abc-1', '501', 'Anon'],
    ]);
    expect(posts[0]).toMatchObject({
      text: 'Northwind atkal nestrādā.\nTrešo reizi šomēnes!',
      time: '2026-11-21T08:00:00.000Z',
      engagement: { likes: 17 },
      url: 'https://news.example/raksts#c-501',
    });
    expect(posts[1]).toMatchObject({
      handle: 'https://blog.example/ilze',
      url: 'https://news.example/raksts#comment-77',
      time: '2026-11-21T09:00:00.000Z',
    });
    expect(posts[3]?.text).toBe('<img src=x onerror=alert(1)> piekrītu');
  });
  it('gives a comment without an id a stable hash id', () => {
    const d = parseHtml(
      '<div class="comment" data-x><span class="author">A</span><div class="comment-text">Hello</div></div>'
        .replace('class="comment"', 'itemscope itemtype="https://schema.org/Comment"')
        .replace('comment-text', 'text'),
    );
    const id = postIdOf(d.body.firstElementChild as Element);
    expect(id).toBe(`h${fnv1a('A\nHello')}`);
    expect(extractPosts(d, URL_)[0]?.id).toBe(id);
  });
  it('finds the page comment form', () => {
    const c = doc.querySelector('#comment-77') as Element;
    expect(replyBox.find(c)?.id).toBe('comment');
    expect(replyBox.opener(c)?.textContent).toBe('Atbildēt');
  });
});

describe('generic selectors contract', () => {
  const doc = loadFixture('generic', 'news-comments.html');
  for (const [name, alts] of Object.entries(SELECTORS)) {
    it(`${name} matches the fixture`, () =>
      expect(alts.some((s) => doc.querySelector(s) !== null)).toBe(true));
  }
});
