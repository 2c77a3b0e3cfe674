import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.ts';

// Its own file on purpose: the fold tables fill lazily per module instance, and the bug this guards
// against only showed when the Cyrillic twin of a look-alike had never been folded before.
describe('look-alikes read by the script of their word, first sight', () => {
  it('a Latin j inside a Cyrillic word folds like Cyrillic ј even before ј was ever seen', () => {
    const n = normalize('прjатељ');
    expect(n.text).toBe('prjatelj');
    expect(n.text).not.toContain('\u0000');
    expect([...n.starts]).toEqual([0, 1, 2, 3, 4, 5, 6, 6]);
  });
});
