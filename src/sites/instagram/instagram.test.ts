import { describe, expect, it } from 'vitest';
import { loadFixture } from '../common/fixture.ts';
import { extractPosts, postIdOf } from './extract.ts';
import { replyBox } from './reply-box.ts';
import { SELECTORS } from './selectors.ts';

const URL_ = 'https://www.instagram.com/p/Cx1AbCdEfGh/';

describe('instagram extract', () => {
  const doc = loadFixture('instagram', 'post.html', URL_);
  it('reads the post, a comment and the brand reply to it', () => {
    const posts = extractPosts(doc, URL_, { brandHandles: ['@northwind.lv'] });
    expect(posts.map((p) => [p.id, p.parentId, p.handle, p.text, p.byBrand ?? false])).toEqual([
      ['Cx1AbCdEfGh', null, 'northwind.lv', 'Ziemas akcija: 50 GB par 5 €! ❄️', true],
      ['18011111111111111', 'Cx1AbCdEfGh', 'laura_lt', 'Ar ši akcija galioja Lietuvoje?', false],
      ['18022222222222222', '18011111111111111', 'northwind.lv', 'Labas, Laura! Taip, galioja. KM', true],
    ]);
    expect(posts[0]).toMatchObject({
      url: URL_,
      time: '2026-11-18T12:00:00.000Z',
      engagement: { likes: 2345 },
    });
    expect(posts[1]).toMatchObject({
      time: '2026-11-19T08:00:00.000Z',
      url: 'https://www.instagram.com/p/Cx1AbCdEfGh/c/18011111111111111/',
    });
  });
  it('finds ids, the comment box and the reply button', () => {
    const article = doc.querySelector('article') as Element;
    expect(postIdOf(article)).toBe('Cx1AbCdEfGh');
    const li = doc.querySelectorAll('li')[1] as Element;
    expect(postIdOf(li)).toBe('18011111111111111');
    expect(replyBox.find(li)?.localName).toBe('textarea');
    expect(replyBox.opener(li)?.textContent).toBe('Reply');
  });
});

describe('instagram selectors contract', () => {
  const doc = loadFixture('instagram', 'post.html');
  for (const [name, alts] of Object.entries(SELECTORS)) {
    it(`${name} matches the fixture`, () =>
      expect(alts.some((s) => doc.querySelector(s) !== null)).toBe(true));
  }
});

describe('instagram extract from a comment row', () => {
  it('returns the comments of that row only', () => {
    const url = 'https://www.instagram.com/p/Cx1AbCdEfGh/';
    const doc = loadFixture('instagram', 'post.html', url);
    const row = doc.querySelectorAll('li')[1] as Element;
    expect(extractPosts(row, url).map((p) => p.id)).toEqual(['18011111111111111', '18022222222222222']);
  });
});
