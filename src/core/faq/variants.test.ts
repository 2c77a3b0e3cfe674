import { describe, expect, it } from 'vitest';
import type { FaqEntry } from '../../shared/types.ts';
import { fillTemplate } from './template.ts';
import { nextPhrasing, nextVariant, phrasings, recognisePhrasing } from './variants.ts';

const E: FaqEntry = {
  id: 'roaming',
  questions: ['roaming?'],
  answer: 'Roaming in the EU costs the same as at home, {{author}}.',
  variants: [
    '{{author}}, in EU countries you pay your usual home prices.',
    'Good news {{author}}: no extra roaming charges anywhere in the EU.',
  ],
};

describe('variant rotation', () => {
  it('proposes never-used phrasings first, then the least recently used', () => {
    expect(nextVariant(E, [])).toBe(0);
    expect(nextVariant(E, [{ faqId: 'roaming', variant: 0, at: 1 }])).toBe(1);
    expect(
      nextVariant(E, [
        { faqId: 'roaming', variant: 0, at: 1 },
        { faqId: 'roaming', variant: 1, at: 2 },
      ]),
    ).toBe(2);
    expect(
      nextVariant(E, [
        { faqId: 'roaming', variant: 2, at: 3 },
        { faqId: 'roaming', variant: 0, at: 5 },
        { faqId: 'roaming', variant: 1, at: 4 },
      ]),
    ).toBe(2);
  });

  it('ignores other entries and recognises the phrasing from sent, filled-in text', () => {
    const sent = fillTemplate(E.variants?.[0] as string, { author: 'Jānis' }).text;
    expect(recognisePhrasing(E, sent)).toBe(1);
    expect(recognisePhrasing(E, 'Something unrelated entirely')).toBe(-1);
    const history = [
      { faqId: 'roaming', text: fillTemplate(E.answer, { author: 'Anna' }).text, at: 10 },
      { faqId: 'roaming', text: sent, at: 11 },
      { faqId: 'other', variant: 2, at: 12 },
    ];
    expect(nextPhrasing(E, history)).toEqual({ index: 2, text: E.variants?.[1] });
  });

  it('using an entry again always proposes a different phrasing when there is one', () => {
    const history: { faqId: string; variant: number; at: number }[] = [];
    const seen: number[] = [];
    for (let t = 0; t < 9; t++) {
      const v = nextVariant(E, history);
      if (seen.length) expect(v).not.toBe(seen.at(-1));
      seen.push(v);
      history.push({ faqId: 'roaming', variant: v, at: t });
    }
    expect(seen).toEqual([0, 1, 2, 0, 1, 2, 0, 1, 2]);
    expect(nextVariant({ id: 'one', questions: ['q'], answer: 'a' }, [{ variant: 0, at: 1 }])).toBe(0);
    expect(phrasings({ id: 'd', questions: ['q'], answer: 'a', variants: ['a', ' ', 'b'] })).toEqual([
      'a',
      'b',
    ]);
  });
});
