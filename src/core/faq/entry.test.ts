import { describe, expect, it } from 'vitest';
import { checkEntry, mergeEntries, parseFaqJson, validateEntry } from './entry.ts';

describe('parseFaqJson', () => {
  it('reads the interfaces.md example', () => {
    const r = parseFaqJson(
      '\uFEFF{ "faqs": [ { "id": "roaming-prices", "questions": ["How much does roaming cost?"], "answer": "Roaming in the EU costs the same as at home, {{author}}.", "variants": [], "tags": ["roaming"], "lang": "en", "brand": "bite" } ] }',
    );
    expect(r.errors).toEqual([]);
    expect(r.entries[0]).toEqual({
      id: 'roaming-prices',
      questions: ['How much does roaming cost?'],
      answer: 'Roaming in the EU costs the same as at home, {{author}}.',
      variants: [],
      tags: ['roaming'],
      lang: 'en',
      brand: 'bite',
    });
  });

  it('reports each bad entry with its number and field, keeps the good ones', () => {
    const r = parseFaqJson(
      JSON.stringify({
        faqs: [
          { id: 'ok', questions: ['q'], answer: 'a' },
          { id: 'no q', questions: [], answer: 'a' },
          { id: 'x', questions: ['q', 3], answer: '' },
          { id: 'ok', questions: ['q'], answer: 'again' },
          'text',
        ],
      }),
    );
    expect(r.entries.map((e) => e.id)).toEqual(['ok']);
    expect(r.errors).toEqual([
      { line: 2, column: 'faqs[1].id', reason: expect.stringMatching(/spaces/) },
      { line: 2, column: 'faqs[1].questions', reason: expect.stringMatching(/at least one/) },
      { line: 3, column: 'faqs[2].questions[1]', reason: 'expected a text' },
      { line: 3, column: 'faqs[2].answer', reason: expect.stringMatching(/missing/) },
      { line: 4, column: 'faqs[3].id', reason: 'the id "ok" is already used by entry 1' },
      { line: 5, column: 'faqs[4]', reason: 'expected an object' },
    ]);
  });

  it('explains a file that is not JSON or has no faqs list', () => {
    expect(parseFaqJson('{oops').errors[0]?.reason).toMatch(/not valid JSON/);
    expect(parseFaqJson('{"brands": []}').errors[0]?.reason).toMatch(/"faqs"/);
  });
});

describe('checkEntry / validateEntry', () => {
  it('drops unknown fields and rejects bad numbers', () => {
    expect(checkEntry({ id: 'a', questions: ['q'], answer: 'a', evil: '<script>' }).entry).toEqual({
      id: 'a',
      questions: ['q'],
      answer: 'a',
    });
    expect(() => validateEntry({ id: 'a', questions: ['q'], answer: 'a', usageCount: -1 })).toThrow(
      /usageCount/,
    );
    expect(() => validateEntry({ id: 'a', questions: ['q'], answer: 'x'.repeat(10_001) })).toThrow(/answer/);
  });
});

describe('mergeEntries', () => {
  it('unites questions, variants and tags; the incoming answer wins; usage is kept', () => {
    const m = mergeEntries(
      {
        id: 'a',
        questions: ['q1', 'q2'],
        answer: 'old',
        variants: ['v1'],
        tags: ['t1'],
        usageCount: 7,
        createdAt: 1,
      },
      {
        id: 'a',
        questions: ['q2', 'q3'],
        answer: 'new',
        variants: ['v2', 'old'],
        tags: ['t2'],
        createdAt: 5,
      },
    );
    expect(m).toEqual({
      id: 'a',
      questions: ['q1', 'q2', 'q3'],
      answer: 'new',
      variants: ['v1', 'v2', 'old'],
      tags: ['t1', 't2'],
      usageCount: 7,
      createdAt: 1,
    });
  });
});
