import { describe, expect, it } from 'vitest';
import { hash32, parseDataset, splitOf } from './dataset.ts';
import { loadAll, loadBlind, loadLangExtra } from './load-data.ts';
import { MODEL } from './model-weights.ts';
import { fitModels } from './train.ts';

describe('eval-data', () => {
  it('parses labelled lines and rejects malformed ones', () => {
    const d = parseDataset('# c\nlv C2 Nestrādā internets\nen QC1 Why is it down?\n', 'x.txt');
    expect(d).toHaveLength(2);
    expect(d[0]).toMatchObject({ lang: 'lv', kind: 'complaint', complaint: true, urgency: 2, id: 'x:2' });
    expect(d[1]).toMatchObject({ kind: 'question', complaint: true, urgency: 1 });
    expect(() => parseDataset('lv X2 text', 'x.txt')).toThrow(/x.txt:1/);
  });

  it('holds at least 100 posts per language set with every kind, and an honest split', () => {
    const all = loadAll();
    for (const set of ['en', 'lv', 'lt', 'et', 'ru', 'sh']) {
      const ps = all.filter((p) => p.id.startsWith(`${set}:`));
      expect(ps.length, set).toBeGreaterThanOrEqual(100);
      for (const k of ['complaint', 'question', 'praise', 'other'])
        expect(ps.some((p) => p.kind === k)).toBe(true);
      const test = ps.filter((p) => p.split === 'test').length;
      expect(test / ps.length).toBeGreaterThan(0.25);
      expect(test / ps.length).toBeLessThan(0.55);
    }
    // no text appears in both splits
    const train = new Set(all.filter((p) => p.split === 'train').map((p) => p.text));
    expect(all.filter((p) => p.split === 'test' && train.has(p.text))).toEqual([]);
    expect(loadLangExtra().length).toBeGreaterThan(50);
    // the blind sets are separate files, never part of train
    expect(loadBlind()).toHaveLength(90);
    expect(loadBlind('blind2.txt')).toHaveLength(60);
    const b3 = loadBlind('blind3.txt');
    for (const set of ['en', 'lv', 'lt', 'et', 'ru', 'sh']) {
      const ps = b3.filter((p) => (set === 'sh' ? ['sr', 'hr', 'bs'].includes(p.lang) : p.lang === set));
      expect(ps.length, set).toBeGreaterThanOrEqual(40);
    }
    const b4 = loadBlind('blind4.txt');
    for (const set of ['en', 'lv', 'lt', 'et', 'ru', 'sh']) {
      const ps = b4.filter((p) => (set === 'sh' ? ['sr', 'hr', 'bs'].includes(p.lang) : p.lang === set));
      expect(ps.length, set).toBeGreaterThanOrEqual(20);
    }
    // no blind post repeats a labelled post or a post of another blind set
    const trainTexts = new Set(all.map((p) => p.text));
    const b5 = loadBlind('blind5.txt');
    expect(b5).toHaveLength(60);
    const blind = [...loadBlind(), ...loadBlind('blind2.txt'), ...b3, ...b4, ...b5];
    expect(blind.filter((p) => trainTexts.has(p.text))).toEqual([]);
    expect(new Set(blind.map((p) => p.text)).size).toBe(blind.length);
  });

  it('split depends only on the text', () => {
    expect(splitOf('abc')).toBe(splitOf('abc'));
    expect(hash32('')).toBe(0x811c9dc5);
  });

  it('the shipped weights are exactly what train.ts fits on the TRAIN split', () => {
    const m = fitModels();
    expect(m.complaint).toEqual([...MODEL.complaint]);
    expect(m.question).toEqual([...MODEL.question]);
    expect(m.praise).toEqual([...MODEL.praise]);
  }, 60_000);
});
