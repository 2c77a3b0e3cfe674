import { describe, expect, it } from 'vitest';
import { fold } from './normalize.ts';
import { stem } from './stem.ts';

// stem() is the light suffix stripper used by the classifier, FAQ and tone helpers (feature keys);
// brand matching uses the bounded endings of src/core/mentions/endings.ts instead.
describe('stem', () => {
  it.each([
    ['lv', ['Swedbankā', 'Swedbankas', 'Swedbankam', 'Swedbanku']],
    ['lt', ['Swedbanko', 'Swedbankui', 'Swedbanke', 'Swedbanką']],
    ['ru', ['Сбербанка', 'Сбербанку', 'Сбербанком', 'Сбербанке']],
    ['sr', ['Telenora', 'Telenoru', 'Telenorom', 'Теленору']],
    ['en', ['bills', 'billing', 'billed']],
  ])('%s: inflected forms share a stem', (lang, forms) => {
    const stems = new Set(forms.map((w) => stem(fold(w), lang)));
    expect(stems.size).toBe(1);
  });

  it('keeps at least three letters and leaves unknown languages alone', () => {
    expect(stem('las', 'lv')).toBe('las');
    expect(stem('banka', 'xx')).toBe('banka');
    expect(stem('', 'lv')).toBe('');
  });
});
