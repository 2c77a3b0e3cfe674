import { describe, expect, it } from 'vitest';
import { toneSummary } from './summary.ts';

const labels = (d: string, lang?: string) =>
  Object.fromEntries(toneSummary(d, lang).map((l) => [l.label, l.words.map((w) => w.text)]));

describe('toneSummary', () => {
  it('labels with the words behind them', () => {
    expect(
      labels('Sveiki, Anna! Paldies, ka uzrakstījāt. Mums ļoti žēl. Jums vajadzēja pārbaudīt!!', 'lv'),
    ).toEqual({
      warm: ['Paldies'],
      apologetic: ['žēl'],
      formal: ['uzrakstījāt', 'Jums'],
      blaming: ['Jums vajadzēja'],
      enthusiastic: ['!', '!!'],
    });
  });
  it('robotic, informal and humorous', () => {
    expect(
      labels('Привет! Приносим извинения за доставленные неудобства, напиши нам, хаха', 'ru'),
    ).toMatchObject({
      robotic: ['Приносим извинения за доставленные неудобства'],
      informal: ['Привет', 'напиши'],
      humorous: ['хаха'],
    });
  });
  it('curt: a few words without warmth', () => {
    expect(labels('Restart the router.', 'en')).toEqual({ curt: ['Restart the router'] });
    expect(labels('Thanks, restart the router.', 'en')).toEqual({ warm: ['Thanks'] });
  });
  it('formal register markers in Estonian and Serbian', () => {
    expect(labels('Lugupidamisega, Velora', 'et').formal).toEqual(['Lugupidamisega']);
    expect(labels('S poštovanjem, Velora tim', 'sr').formal).toEqual(['S poštovanjem']);
  });
  it('empty input gives no labels', () => {
    expect(toneSummary('  ')).toEqual([]);
  });
});
