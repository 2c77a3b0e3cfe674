import { describe, expect, it } from 'vitest';
import { loadFixture } from '../common/fixture.ts';
import { extractPosts, postIdOf } from './extract.ts';
import { replyBox } from './reply-box.ts';
import { SELECTORS } from './selectors.ts';

const URL_ = 'https://www.draugiem.lv/say/';

describe('draugiem extract', () => {
  const doc = loadFixture('draugiem', 'runa.html', URL_);
  it('reads posts, comments, replies and Latvian counts', () => {
    const posts = extractPosts(doc, URL_, { brandHandles: ['northwind'] });
    expect(posts.map((p) => [p.id, p.parentId, p.author, p.handle, p.byBrand ?? false])).toEqual([
      ['55501', null, 'Dace Kļaviņa', '1234567', false],
      ['9001', '55501', 'Ojārs', '7654321', false],
      ['9002', '9001', 'Northwind', 'northwind', true],
      ['44401', null, 'Old Layout', '222', false],
    ]);
    expect(posts[0]).toMatchObject({
      text: 'Northwindam atkal nav zonas Siguldā. Cik ilgi vēl?',
      url: 'https://www.draugiem.lv/say/posts.php?pid=55501',
      time: '2026-11-22T16:00:00.000Z',
      engagement: { likes: 1200, replies: 2 },
    });
    expect(posts[1]?.time).toBe(new Date(1795420000 * 1000).toISOString());
  });
  it('finds the comment box and reply link', () => {
    const c = doc.querySelector('.comment') as Element;
    expect(postIdOf(c)).toBe('9001');
    expect(replyBox.find(c)?.className).toBe('commentInput');
    expect(replyBox.opener(c)?.textContent).toBe('Atbildēt');
  });
});

describe('draugiem selectors contract', () => {
  const doc = loadFixture('draugiem', 'runa.html');
  for (const [name, alts] of Object.entries(SELECTORS)) {
    it(`${name} matches the fixture`, () =>
      expect(alts.some((s) => doc.querySelector(s) !== null)).toBe(true));
  }
});
