import { describe, expect, it } from 'vitest';
import type { FaqEntry } from '../../shared/types.ts';
import { analyze } from './analyze.ts';
import { featuresOf, IntentModel } from './intent-model.ts';
import { FaqIndex, MODEL_MIX } from './search-index.ts';

// Invented entries: two share most words and differ in one (which BM25 alone weighs weakly).
const ENTRIES: FaqEntry[] = [
  {
    id: 'card-lost',
    lang: 'en',
    answer: 'Freeze it in the app.',
    questions: [
      'I lost my card',
      'my card is missing, what do I do',
      'someone stole my card',
      'card was stolen',
    ],
  },
  {
    id: 'card-arrival',
    lang: 'en',
    answer: 'Cards arrive in 5 days.',
    questions: [
      'my card has not arrived',
      'when will my card arrive',
      'still waiting for my card',
      'card delivery is late',
    ],
  },
  {
    id: 'card-fee',
    lang: 'en',
    answer: 'The card is free.',
    questions: ['how much does the card cost', 'is there a fee for my card', 'card price'],
  },
  {
    id: 'lv-address',
    lang: 'lv',
    answer: 'Rakstiet mums.',
    questions: ['Kā mainīt piegādes adresi?', 'Vai var nomainīt adresi?'],
  },
];

const top = (p: (id: string) => number) => ENTRIES.map((e) => e.id).sort((a, b) => p(b) - p(a))[0];

describe('IntentModel', () => {
  it('learns which entry a paraphrase belongs to', () => {
    const m = IntentModel.train(IntentModel.examplesOf(ENTRIES));
    expect(m.size).toBe(4);
    expect(top(m.predict('my card got stolen yesterday', 'en'))).toBe('card-lost');
    expect(top(m.predict('waiting for the card to arrive', 'en'))).toBe('card-arrival');
    expect(top(m.predict('what is the fee', 'en'))).toBe('card-fee');
    expect(top(m.predict('nomainit piegades adresi', 'lv'))).toBe('lv-address');
  });

  it('gives probabilities that sum to 1 over its classes, and a floor to unknown entries', () => {
    const m = IntentModel.train(IntentModel.examplesOf(ENTRIES));
    const p = m.predict('my card has not arrived', 'en');
    const sum = ENTRIES.reduce((s, e) => s + p(e.id), 0);
    expect(sum).toBeCloseTo(1, 6);
    expect(p('card-arrival')).toBeGreaterThan(0.5);
    expect(p('no-such-entry')).toBeLessThan(p('card-arrival'));
    expect(p('no-such-entry')).toBeGreaterThan(0);
  });

  it('is deterministic and trains the same in slices as in one go', () => {
    const ex = IntentModel.examplesOf(ENTRIES);
    const a = IntentModel.train(ex);
    const steps = IntentModel.trainSteps(ex, { sliceOps: 50 });
    let yields = 0;
    let r = steps.next();
    while (!r.done) {
      yields++;
      r = steps.next();
    }
    expect(yields).toBeGreaterThan(5);
    const b = r.value;
    expect(b.snapshot()).toEqual(a.snapshot());
    expect(IntentModel.train(ex, { seed: 2 }).snapshot()).not.toEqual(a.snapshot());
  });

  it('uses the agent picks as examples', () => {
    const picks = new Map([['card-fee', [{ text: 'monthly subscription charge', lang: 'en' as const }]]]);
    const ex = IntentModel.examplesOf(ENTRIES, (id) => picks.get(id) ?? []);
    expect(ex.filter((e) => e.id === 'card-fee')).toHaveLength(4);
    const m = IntentModel.train(ex);
    expect(top(m.predict('subscription charge', 'en'))).toBe('card-fee');
  });

  it('round-trips through a snapshot and refuses damaged ones', () => {
    const m = IntentModel.train(IntentModel.examplesOf(ENTRIES));
    const back = IntentModel.fromSnapshot(structuredClone(m.snapshot()));
    expect(back.predict('card stolen', 'en')('card-lost')).toBe(m.predict('card stolen', 'en')('card-lost'));
    expect(() => IntentModel.fromSnapshot(null)).toThrow(/missing|version/);
    expect(() => IntentModel.fromSnapshot({ ...m.snapshot(), version: 999 })).toThrow(/version/);
    const bad = m.snapshot();
    bad.cls[0] = 99;
    expect(() => IntentModel.fromSnapshot(bad)).toThrow(/damaged/);
    const unsorted = m.snapshot();
    unsorted.keys.reverse();
    expect(() => IntentModel.fromSnapshot(unsorted)).toThrow(/damaged/);
  });

  it('has L2-normalised features and none for empty text', () => {
    const f = featuresOf('card card stolen', 'en');
    expect(Math.hypot(...f.vals)).toBeCloseTo(1, 9);
    expect(featuresOf('  ', 'en').keys).toHaveLength(0);
    expect(IntentModel.train([{ id: 'x', text: '' }]).weights).toBe(0);
  });
});

describe('FaqIndex with a model', () => {
  it('re-ranks BM25 candidates by the model and keeps the language preference', () => {
    const idx = FaqIndex.build(ENTRIES);
    const plain = idx.suggest('my card was stolen and has not arrived stolen', { lang: 'en', top: 3 });
    idx.attachModel(IntentModel.train(IntentModel.examplesOf(ENTRIES)));
    const mixed = idx.suggest('my card was stolen and has not arrived stolen', { lang: 'en', top: 3 });
    expect(mixed.map((s) => s.faqId).sort()).toEqual(plain.map((s) => s.faqId).sort());
    expect(mixed[0]?.faqId).toBe('card-lost');
    // Scores are the mix: model probability (≤ 1) + BM25 share (≤ MODEL_MIX.bm25), best first.
    expect(mixed[0]?.score).toBeLessThanOrEqual(1 + MODEL_MIX.bm25 + 1e-9);
    expect(mixed.map((s) => s.score)).toEqual([...mixed.map((s) => s.score)].sort((a, b) => b - a));
    expect(idx.suggest('card', { lang: 'en', top: 1 })).toHaveLength(1);
  });

  it('keeps the brand filter and the requested number of suggestions', () => {
    const branded = ENTRIES.map((e, i) => ({ ...e, brand: i % 2 === 0 ? 'velora' : 'other' }));
    const idx = FaqIndex.build(branded);
    idx.attachModel(IntentModel.train(IntentModel.examplesOf(branded)));
    const r = idx.suggest('my card', { lang: 'en', top: 5, brand: 'velora' });
    expect(r.length).toBeGreaterThan(0);
    for (const s of r) expect(branded.find((e) => e.id === s.faqId)?.brand).toBe('velora');
    expect(idx.suggest('my card', { lang: 'en', top: 2 })).toHaveLength(2);
    expect(idx.suggest('my card', { lang: 'en', top: 0 })).toEqual([]);
  });

  it('ranks an entry added after training by BM25 plus the no-evidence share, and detaches', () => {
    const idx = FaqIndex.build(ENTRIES);
    idx.attachModel(IntentModel.train(IntentModel.examplesOf(ENTRIES)));
    const before = idx.changeCount;
    idx.add({ id: 'pin', lang: 'en', answer: 'Reset it in the app.', questions: ['forgot my pin code'] });
    expect(idx.changeCount).toBe(before + 1);
    expect(idx.suggest('forgot pin code', { lang: 'en' })[0]?.faqId).toBe('pin');
    idx.attachModel(null);
    expect(idx.attachedModel).toBeNull();
    expect(idx.suggest('forgot pin code', { lang: 'en' })[0]?.faqId).toBe('pin');
  });
});

describe('IntentModel.candidateProbs', () => {
  it('equals the full softmax when every reached class is a candidate, and stays close otherwise', () => {
    const m = IntentModel.train(IntentModel.examplesOf(ENTRIES));
    const words = analyze('my card has not arrived', { lang: 'en' });
    const all = ENTRIES.map((e) => e.id);
    const full = m.predictWords(words);
    const cand = m.candidateProbs(words, all);
    all.forEach((id, i) => {
      expect(cand[i]).toBeCloseTo(full(id), 9);
    });
    const two = m.candidateProbs(words, ['card-arrival', 'card-lost']);
    expect(two[0]).toBeGreaterThan(two[1] as number);
    expect(two[0]).toBeCloseTo(full('card-arrival'), 1);
    // An id the model never saw counts as a class no feature reached.
    const withNew = m.candidateProbs(words, ['card-arrival', 'brand-new']);
    expect(withNew[1]).toBeLessThan(withNew[0] as number);
  });
});
