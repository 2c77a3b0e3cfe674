import { describe, expect, it } from 'vitest';
import { loadFixture } from '../common/fixture.ts';
import { extractPosts, postIdOf } from './extract.ts';
import { replyBox } from './reply-box.ts';
import { SELECTORS } from './selectors.ts';

const URL_ = 'https://vk.com/northwind_lv';

describe('vk extract', () => {
  const doc = loadFixture('vk', 'wall.html', URL_);
  it('reads posts, comments, answers and counts', () => {
    const posts = extractPosts(doc, URL_, { brandHandles: ['northwind_lv'] });
    expect(posts.map((p) => [p.id, p.parentId, p.author, p.byBrand ?? false])).toEqual([
      ['-100200_501', null, 'Northwind', true],
      ['-100200_502', '-100200_501', 'Анна Петрова', false],
      ['-100200_503', '-100200_502', 'Northwind', true],
      ['777_12', null, 'Павел С.', false],
    ]);
    expect(posts[0]).toMatchObject({
      text: 'Новые тарифы с декабря.\nВопросы — в комментариях.',
      url: 'https://vk.com/wall-100200_501',
      time: '2026-11-20T08:00:00.000Z',
      engagement: { likes: 3000, replies: 2, reposts: 1200 },
    });
    expect(posts[1]).toMatchObject({ handle: 'id555', time: new Date(1795600000 * 1000).toISOString() });
    expect(posts[3]).toMatchObject({
      engagement: { likes: 15, views: 2500 },
      time: new Date(1795500000 * 1000).toISOString(),
    });
  });
  it('finds the reply field of the wall post', () => {
    const c = doc.querySelector('.reply') as Element;
    expect(postIdOf(c)).toBe('-100200_502');
    expect(replyBox.find(c)?.className).toBe('reply_field');
    expect(replyBox.opener(c)?.textContent).toBe('Ответить');
  });
});

describe('vk selectors contract', () => {
  const doc = loadFixture('vk', 'wall.html');
  for (const [name, alts] of Object.entries(SELECTORS)) {
    it(`${name} matches the fixture`, () =>
      expect(alts.some((s) => doc.querySelector(s) !== null)).toBe(true));
  }
});
