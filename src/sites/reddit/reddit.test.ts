import { describe, expect, it } from 'vitest';
import { loadFixture } from '../common/fixture.ts';
import { extractPosts, postIdOf } from './extract.ts';
import { replyBox } from './reply-box.ts';
import { SELECTORS } from './selectors.ts';

describe('reddit extract', () => {
  it('reads new reddit posts and nested comments from attributes', () => {
    const url = 'https://www.reddit.com/r/latvia/comments/1abcde/northwind_5g_outage/';
    const posts = extractPosts(loadFixture('reddit', 'comments-new.html', url), url, {
      brandHandles: ['u/northwind_official'],
    });
    expect(posts.map((p) => [p.id, p.parentId, p.handle, p.byBrand ?? false])).toEqual([
      ['t3_1abcde', null, 'u/baltic_dev', false],
      ['t1_c001', 't3_1abcde', 'u/riga_user', false],
      ['t1_c002', 't1_c001', 'u/Northwind_Official', true],
    ]);
    expect(posts[0]).toMatchObject({
      text: 'Northwind 5G outage in Riga?\nSince this morning no data.\nAnyone else?',
      url: 'https://www.reddit.com/r/latvia/comments/1abcde/northwind_5g_outage/',
      time: '2026-11-21T09:00:00.123Z',
      engagement: { likes: 1200, replies: 2 },
    });
    expect(posts[1]).toMatchObject({
      text: 'Same in Imanta. Northwindam vajadzētu paziņot.',
      time: '2026-11-21T09:10:00.000Z',
    });
    expect(posts[2]?.text).toBe('Sorry! Fixed by noon. KM');
  });

  it('reads old reddit', () => {
    const url = 'https://old.reddit.com/r/Eesti/comments/9zz/northwind_arve/';
    const posts = extractPosts(loadFixture('reddit', 'comments-old.html', url), url);
    expect(posts).toEqual([
      expect.objectContaining({
        id: 't3_9zz',
        author: 'tallinn_tom',
        handle: 'u/tallinn_tom',
        text: 'Northwind arve kahekordne?',
        time: '2026-11-21T10:00:00.000Z',
        engagement: { likes: 57, replies: 1 },
      }),
      expect.objectContaining({
        id: 't1_k1',
        parentId: 't3_9zz',
        text: 'Minul sama!',
        url: 'https://old.reddit.com/r/Eesti/comments/9zz/northwind_arve/k1/',
        engagement: { likes: 5 },
      }),
    ]);
  });

  it('finds reply boxes and openers', () => {
    const doc = loadFixture('reddit', 'comments-old.html');
    const c = doc.querySelector('.thing.comment') as Element;
    expect(postIdOf(c)).toBe('t1_k1');
    expect(replyBox.find(c)?.localName).toBe('textarea');
    expect(replyBox.opener(c)?.textContent).toBe('reply');
    const n = loadFixture('reddit', 'comments-new.html');
    expect(replyBox.find(n.querySelector('shreddit-post') as Element)?.getAttribute('aria-label')).toBe(
      'Add a comment',
    );
    expect(replyBox.opener(n.querySelector('shreddit-comment') as Element)?.textContent).toBe('Reply');
  });
});

describe('reddit selectors contract', () => {
  const docs = [loadFixture('reddit', 'comments-new.html'), loadFixture('reddit', 'comments-old.html')];
  for (const [name, alts] of Object.entries(SELECTORS)) {
    it(`${name} matches a fixture`, () => {
      expect(docs.some((d) => alts.some((s) => d.querySelector(s) !== null))).toBe(true);
    });
  }
});
