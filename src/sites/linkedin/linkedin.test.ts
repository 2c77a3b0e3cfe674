import { describe, expect, it } from 'vitest';
import { loadFixture } from '../common/fixture.ts';
import { extractPosts, postIdOf } from './extract.ts';
import { replyBox } from './reply-box.ts';
import { SELECTORS } from './selectors.ts';

const URL_ = 'https://www.linkedin.com/feed/';

describe('linkedin extract', () => {
  const doc = loadFixture('linkedin', 'feed.html', URL_);
  it('reads an update, a comment and a nested reply by the brand company page', () => {
    const posts = extractPosts(doc, URL_, { brandHandles: ['northwind-lv'] });
    expect(posts.map((p) => [p.id, p.parentId, p.author, p.handle, p.byBrand ?? false])).toEqual([
      ['7260000000000000001', null, 'Elīna Jansone', 'elina-jansone-123', false],
      ['7260000000000000101', '7260000000000000001', 'Toms B.', 'toms-b', false],
      ['7260000000000000102', '7260000000000000101', 'Northwind', 'northwind-lv', true],
    ]);
    expect(posts[0]).toMatchObject({
      text: 'Northwind B2B support took 3 weeks to answer.\n\nIs this normal?',
      url: 'https://www.linkedin.com/feed/update/urn:li:activity:7260000000000000001/',
      time: '2026-11-19T07:30:00.000Z',
      engagement: { likes: 1234, replies: 12 },
    });
    expect(posts[1]?.engagement).toEqual({ likes: 5 });
    expect(posts[1]?.url).toContain('commentUrn=');
  });
  it('finds the Quill reply box of the comment', () => {
    const c = doc.querySelector('article.comments-comment-entity') as Element;
    expect(postIdOf(c)).toBe('7260000000000000101');
    expect(replyBox.find(c)?.classList.contains('ql-editor')).toBe(true);
    expect(replyBox.opener(c)?.textContent).toBe('Reply');
    expect(replyBox.editors[0]).toBe('quill');
  });
});

describe('linkedin selectors contract', () => {
  const doc = loadFixture('linkedin', 'feed.html');
  for (const [name, alts] of Object.entries(SELECTORS)) {
    it(`${name} matches the fixture`, () =>
      expect(alts.some((s) => doc.querySelector(s) !== null)).toBe(true));
  }
});
