import { describe, expect, it } from 'vitest';
import { compileWatchlist } from '../core/mentions/index.ts';
import type { ExtractedPost } from '../shared/types.ts';
import { DEMO_BRANDS } from '../storage/demo-seed.ts';
import { createAnalyser } from './analyse.ts';

const post = (text: string, handle = '@someone'): ExtractedPost => ({
  site: 'x',
  id: '1',
  author: 'Someone',
  handle,
  text,
  url: 'https://x.com/someone/status/1',
  time: null,
  parentId: null,
});

describe('analyser pre-check', () => {
  const brand = DEMO_BRANDS[0];
  const name = brand?.name ?? '';
  const handle = (brand?.handles?.[0] ?? '').replace(/^@/, '');

  it('passes a brand name in the text, a brand handle in the names, and nothing else', () => {
    const a = createAnalyser(DEMO_BRANDS, compileWatchlist(DEMO_BRANDS));
    expect(a.mightMatter(`Why is ${name} down again?`)).toBe(true);
    expect(a.mightMatter('Coffee in Old Town', `Brand Team @${handle}`)).toBe(handle.length > 0);
    expect(a.mightMatter('Coffee in Old Town', 'User 5 @user5')).toBe(false);
  });

  it('mentions() after the pre-check of the same text answers what a fresh analyser answers', () => {
    const texts = [`${name} nestrādā!`, `Sveiki, ${name}, kad būs internets?`, 'Nothing here', ''];
    for (const t of texts) {
      const fresh = createAnalyser(DEMO_BRANDS, compileWatchlist(DEMO_BRANDS));
      const a = createAnalyser(DEMO_BRANDS, compileWatchlist(DEMO_BRANDS));
      a.mightMatter(t, 'User @user');
      expect(a.mentions(post(t), null)).toEqual(fresh.mentions(post(t), null));
      // A different text after the pre-check is matched on its own (no stale answer).
      a.mightMatter(`${name} ${name}`);
      expect(a.mentions(post(t), null)).toEqual(fresh.mentions(post(t), null));
    }
    const a = createAnalyser(DEMO_BRANDS, compileWatchlist(DEMO_BRANDS));
    a.mightMatter(`${name} nestrādā!`);
    expect(a.mentions(post(`${name} nestrādā!`), null)?.mentions.length).toBeGreaterThan(0);
  });
});
