import { describe, expect, it } from 'vitest';
import { compileWatchlist } from './index.ts';
import evalSuite, { goldSpans, loadSet, score } from './mentions.eval.ts';

describe('labelled evaluation set', () => {
  const { posts, brands } = loadSet();

  it('has at least 300 invented posts across the seven languages, with hard negatives', () => {
    expect(posts.length).toBeGreaterThanOrEqual(300);
    for (const lang of ['en', 'lv', 'lt', 'et', 'ru', 'sr', 'hr']) {
      const mine = posts.filter((p) => p.lang === lang);
      expect(mine.length).toBeGreaterThanOrEqual(40);
      expect(mine.filter((p) => p.mentions.length === 0).length).toBeGreaterThanOrEqual(8);
    }
    expect(new Set(posts.map((p) => p.id)).size).toBe(posts.length);
  });

  it('every label names a brand of the watchlist and a whole word of its post', () => {
    const ids = new Set(brands.map((b) => b.id));
    for (const p of posts) {
      for (const m of p.mentions) expect(ids.has(m.brand)).toBe(true);
      expect(() => goldSpans(p)).not.toThrow();
    }
  });

  it('scoring counts overlap with a label of the same brand once', () => {
    const p = { id: 't', lang: 'lv', text: 'Bite un Bite', mentions: [{ brand: 'bite', text: 'Bite' }] };
    expect(score(p, [{ brand: 'bite', start: 0, end: 4 }])).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(score(p, [{ brand: 'bite', start: 8, end: 12 }])).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(score(p, [{ brand: 'lmt', start: 0, end: 4 }])).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('precision and recall stay at or above 0.97 in every language (language filter off)', () => {
    const m = compileWatchlist(brands);
    for (const lang of ['en', 'lv', 'lt', 'et', 'ru', 'sr', 'hr']) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const p of posts.filter((x) => x.lang === lang)) {
        const s = score(p, m.find(p.text));
        tp += s.tp;
        fp += s.fp;
        fn += s.fn;
      }
      expect(tp / (tp + fp), `${lang} precision`).toBeGreaterThanOrEqual(0.97);
      expect(tp / (tp + fn), `${lang} recall`).toBeGreaterThanOrEqual(0.97);
    }
  });

  it('the eval report renders the tables', async () => {
    const md = await evalSuite.run();
    expect(md).toContain('| lv |');
    expect(md).toContain('Snowball');
  });
});
