import { describe, expect, it } from 'vitest';
import {
  analyzeShingles,
  cachedShingles,
  clearShingleCache,
  jaccard,
  mostSimilar,
  shingles,
} from './similarity.ts';

describe('shingles and Jaccard', () => {
  it('ignores case, diacritics, numbers and handles', () => {
    const a = shingles('@anna Pārbaudīsim līniju līdz 14:30, paldies!');
    const b = shingles('@peter parbaudisim liniju lidz 9:00, PALDIES!');
    expect(jaccard(a, b)).toBe(1);
  });
  it('different texts are far apart, identical ones equal', () => {
    const a = shingles('Your parcel left the warehouse today');
    expect(jaccard(a, a)).toBe(1);
    expect(jaccard(a, shingles('The invoice for November is in the app'))).toBeLessThan(0.1);
    expect(jaccard(a, shingles(''))).toBe(0);
  });
  it('mostSimilar reports the best candidate and the shared span', () => {
    const draft = 'Hi Anna, sorry about the delay, we will check your order today.';
    const sh = analyzeShingles(draft);
    const r = mostSimilar(
      sh.spans,
      sh.shingles,
      ['Totally unrelated words here', 'Hi Peter, sorry about the delay, we will check your order today.'],
      0.6,
    );
    expect(r?.index).toBe(1);
    expect(draft.slice(r?.start, r?.end)).toBe('sorry about the delay, we will check your order today');
    expect(mostSimilar(sh.spans, sh.shingles, ['Totally unrelated words here'], 0.6)).toBeUndefined();
  });
  it('the cache returns the same sets', () => {
    clearShingleCache();
    const t = 'Paldies par jautājumu, atbildēsim rīt';
    expect(cachedShingles(t)).toBe(cachedShingles(t));
    expect(Array.from(cachedShingles(t).hashes)).toEqual(Array.from(shingles(t).hashes));
  });
});
