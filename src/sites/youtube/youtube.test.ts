import { describe, expect, it } from 'vitest';
import { loadFixture } from '../common/fixture.ts';
import { extractPosts, postIdOf } from './extract.ts';
import { replyBox } from './reply-box.ts';
import { SELECTORS } from './selectors.ts';

const URL_ = 'https://www.youtube.com/watch?v=abcDEF12345';

describe('youtube extract', () => {
  const doc = loadFixture('youtube', 'comments.html', URL_);
  it('reads comments and replies, with the parent from the lc id', () => {
    const posts = extractPosts(doc, URL_, { brandHandles: ['@northwindlv'] });
    expect(posts.map((p) => [p.id, p.parentId, p.handle, p.byBrand ?? false])).toEqual([
      ['UgzAAAAAAAAAAAA1', null, '@ValdisB', false],
      ['UgzAAAAAAAAAAAA1.9zBBBBBBBBBB', 'UgzAAAAAAAAAAAA1', '@NorthwindLV', true],
      ['UgyCCCCCCCCCCCC2', null, '@ivan_ru', false],
    ]);
    expect(posts[0]).toMatchObject({
      text: 'Northwind, kad būs 5G Liepājā?\nGaidu jau gadu 📶',
      url: 'https://www.youtube.com/watch?v=abcDEF12345&lc=UgzAAAAAAAAAAAA1',
      time: null,
      engagement: { likes: 1200 },
    });
    expect(posts[2]).toMatchObject({
      author: 'Иван',
      text: 'Нортвинд, верните старый тариф!',
      engagement: { likes: 3000 },
    });
  });
  it('finds the reply box and button', () => {
    const c = doc.querySelector('ytd-comment-view-model') as Element;
    expect(postIdOf(c)).toBe('UgzAAAAAAAAAAAA1');
    expect(replyBox.find(c)?.id).toBe('contenteditable-root');
    expect(replyBox.opener(c)?.getAttribute('aria-label')).toBe('Reply');
  });
});

describe('youtube selectors contract', () => {
  const doc = loadFixture('youtube', 'comments.html');
  for (const [name, alts] of Object.entries(SELECTORS)) {
    it(`${name} matches the fixture`, () =>
      expect(alts.some((s) => doc.querySelector(s) !== null)).toBe(true));
  }
});
