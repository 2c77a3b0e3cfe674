import { describe, expect, it } from 'vitest';
import { hash32, parseDataset, splitOf } from './dataset.ts';
import { extract } from './features.ts';
import { decodeTable, TABLE_SIZE } from './hashed-table.ts';
import { loadAll, loadBlind, loadBlind6, loadDev, loadLangExtra } from './load-data.ts';
import { logits } from './model.ts';
import { examplesOf, fitShipped, weightsSource } from './train.ts';

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

  it('the shipped weights are what train.ts fits on the development posts', () => {
    // Refit from scratch and compare decisions, not bytes: the features depend on the language identifier
    // (another module), whose small improvements may move a weight in the third decimal.
    const fitted = fitShipped();
    expect(weightsSource(fitted)).toMatch(/^\/\/ biome-ignore-all/);
    const exs = examplesOf(loadDev());
    const tables = [fitted.complaint, fitted.question, fitted.praise].map((m) =>
      m.table ? decodeTable(m.table) : new Int8Array(TABLE_SIZE),
    );
    const z = new Float64Array(3);
    let agree = 0;
    let n = 0;
    for (const e of exs) {
      logits(extract(e.post.text), z);
      [fitted.complaint, fitted.question, fitted.praise].forEach((m, k) => {
        let v = 0;
        for (let f = 0; f < m.w.length; f++) v += (m.w[f] as number) * (e.x[f] as number);
        for (const h of e.h) v += ((tables[k] as Int8Array)[h] as number) * m.scale;
        if (v >= 0 === (z[k] as number) >= 0) agree++;
        n++;
      });
    }
    expect(agree / n).toBeGreaterThan(0.97);
  }, 300_000);

  it('development data never includes blind set 6, and blind set 6 shares no text with it (counts only)', () => {
    const dev = loadDev();
    expect(dev.some((p) => p.id.startsWith('blind6'))).toBe(false);
    const b6 = loadBlind6();
    const devTexts = new Set(dev.map((p) => p.text));
    // only a count: a failure must not print a blind text
    expect(b6.posts.filter((p) => devTexts.has(p.text)).length).toBe(0);
  });
});
