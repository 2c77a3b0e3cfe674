import { describe, expect, it } from 'vitest';
import { extractFacts, factConflicts } from './facts.ts';

const kinds = (t: string) => extractFacts(t).map((f) => `${f.kind}:${f.key}:${f.text}`);

describe('extractFacts', () => {
  it('money in several spellings, as cents', () => {
    expect(kinds('1 ct, 10 centi, 0,10 €, €2, 1.50 EUR, 3 eiro, 5 евро')).toEqual([
      'money:EUR:1:1 ct',
      'money:EUR:10:10 centi',
      'money:EUR:10:0,10 €',
      'money:EUR:200:€2',
      'money:EUR:150:1.50 EUR',
      'money:EUR:300:3 eiro',
      'money:EUR:500:5 евро',
    ]);
  });
  it('data amounts and the unit a price is per', () => {
    expect(kinds('5 GB за 3 €, then 1 ct per MB or 2 ct/KB')).toEqual([
      'data:bytes:5000000000:5 GB',
      'money:EUR:300:3 €',
      'money:EUR:1:1 ct',
      'rate-unit:mb:MB',
      'money:EUR:2:2 ct',
      'rate-unit:kb:KB',
    ]);
  });
  it('percentages, durations, times and dates', () => {
    expect(kinds('20% atlaide 3 darba dienu laikā līdz 31.12.2026, zvaniet 9:00')).toEqual([
      'percent:%:20:20%',
      'duration:workday:3:3 darba dienu',
      'date:31.12.2026:31.12.2026',
      'time:540:9:00',
    ]);
    expect(kinds('2 часа, 30 min, 1 stunda')).toEqual([
      'duration:min:120:2 часа',
      'duration:min:30:30 min',
      'duration:min:60:1 stunda',
    ]);
  });
  it('spans point into the original text', () => {
    const t = 'Cena: 1,5 € mēnesī';
    const f = extractFacts(t)[0];
    expect(t.slice(f?.start, f?.end)).toBe('1,5 €');
  });
});

describe('factConflicts', () => {
  const conflicts = (draft: string, faq: string) =>
    factConflicts(extractFacts(draft), extractFacts(faq)).map((c) => `${c.draft.text} ≠ ${c.faq.text}`);
  it('finds KB vs MB and 1 ct vs 10 ct', () => {
    expect(conflicts('1 ct per KB', '1 ct per MB')).toEqual(['KB ≠ MB']);
    expect(conflicts('SMS maksā 1 ct', 'SMS maksā 10 ct')).toEqual(['1 ct ≠ 10 ct']);
  });
  it('tolerates 1 GB vs 1024 MB and equal money', () => {
    expect(conflicts('1 GB', '1000 MB')).toEqual([]);
    expect(conflicts('0,10 €', '10 ct')).toEqual([]);
  });
  it('needs a shared word to compare durations and times', () => {
    expect(conflicts('we reply within 2 hours', 'the transfer takes 3 days')).toEqual([]);
    expect(conflicts('the transfer takes 2 days', 'the transfer takes 3 days')).toEqual(['2 days ≠ 3 days']);
    expect(conflicts('open until 17:00', 'the shop is open until 18:00')).toEqual(['17:00 ≠ 18:00']);
  });
  it('a FAQ without facts of that kind contradicts nothing', () => {
    expect(conflicts('costs 5 €', 'Call us any time.')).toEqual([]);
  });
});
