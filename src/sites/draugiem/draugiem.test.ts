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

describe('draugiem extract on an alternative layout (class names unverified: fallbacks)', () => {
  const url = 'https://www.draugiem.lv/lapas/velora/';
  const doc = loadFixture('draugiem', 'runa-alt.html', url);
  it('reads ids from data-pid/data-cid, element ids and permalinks; brand pages as handles', () => {
    const posts = extractPosts(doc, url, { brandHandles: ['velora'] });
    expect(posts.map((p) => [p.id, p.parentId, p.author, p.handle, p.byBrand ?? false])).toEqual([
      ['77701', null, 'Ilze Bērziņa', '3141592', false],
      ['88801', '77701', 'Velora', 'velora', true],
      ['88802', '77701', 'Ilze Bērziņa', '3141592', false],
      ['77702', null, 'Jānis', '2718', false],
    ]);
    expect(posts[0]).toMatchObject({
      text: 'Velora, kāpēc rēķinā divreiz novembra abonements?',
      url: 'https://www.draugiem.lv/say/posts.php?pid=77701',
      time: new Date(1795425600 * 1000).toISOString(),
    });
    expect(posts[2]?.time).toBe(new Date(1795429800 * 1000).toISOString());
  });
  it('finds the reply box by its name', () => {
    const c = doc.querySelector('[data-cid]') as Element;
    expect(postIdOf(c)).toBe('88802');
    expect(replyBox.find(c)?.getAttribute('name')).toBe('comment');
  });
  it('reads a comment id from its permalink when the element carries none', () => {
    const li = doc.querySelector('#comment_88801') as Element;
    li.setAttribute('id', 'comment_new');
    expect(postIdOf(li)).toBe('88801');
    li.setAttribute('id', 'comment_88801');
  });
});
