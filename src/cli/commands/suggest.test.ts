import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeFaqCsv } from '../../core/faq/csv.ts';
import { IntentModel } from '../../core/faq/intent-model.ts';
import { FaqIndex } from '../../core/faq/search-index.ts';
import type { FaqEntry } from '../../shared/types.ts';
import { main } from '../main.ts';
import { io } from '../test-io.ts';

const lines = (s: string) =>
  s
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

const FAQ: FaqEntry[] = [
  {
    id: 'roaming',
    lang: 'en',
    questions: ['How much does roaming cost?'],
    answer: 'Roaming in the EU costs the same as at home, {{author}}.',
    tags: ['roaming'],
  },
  {
    id: 'karte',
    lang: 'lv',
    questions: ['Kāpēc mana karte nestrādā?'],
    answer: 'Pārbaudiet kartes limitu internetbankā.',
  },
  { id: 'zakaz', lang: 'ru', questions: ['Где мой заказ?'], answer: 'Заказ в пути.' },
];
const dir = mkdtempSync(join(tmpdir(), 'rw-suggest-'));
const jsonFile = join(dir, 'faq.json');
writeFileSync(jsonFile, JSON.stringify({ faqs: FAQ }));
const csvFile = join(dir, 'faq.csv');
writeFileSync(csvFile, serializeFaqCsv(FAQ, { delimiter: ';', bom: true }));
const badFile = join(dir, 'bad.csv');
writeFileSync(badFile, 'id,question,answer\nx,,a\ny,q,\n');

describe('suggest command', () => {
  it('ranks as the extension does: BM25 re-ordered by the model trained on the example questions', async () => {
    const cards: FaqEntry[] = [
      {
        id: 'blocked',
        lang: 'en',
        questions: ['Why is my card blocked?', 'My card stopped working abroad', 'Card declined at the shop'],
        answer: 'Your card may be blocked for safety; call us.',
      },
      {
        id: 'delivery',
        lang: 'en',
        questions: ['When will my new card arrive?', 'My card has not arrived yet', 'Track my card delivery'],
        answer: 'New cards arrive in 5 working days.',
      },
      {
        id: 'pin',
        lang: 'en',
        questions: ['I forgot my card PIN', 'How do I change my PIN'],
        answer: 'Use the app.',
      },
    ];
    const file = join(dir, 'cards.json');
    writeFileSync(file, JSON.stringify({ faqs: cards }));
    const text = 'card payment declined, new card not arrived';
    const a = io(JSON.stringify({ id: 'm', text }));
    expect(await main(['suggest', '--faq', file, '--top', '3'], a.io)).toBe(0);
    const got = lines(a.out())[0].suggestions.map((s: { faqId: string; score: number }) => [
      s.faqId,
      s.score,
    ]);
    const withModel = FaqIndex.build(cards);
    withModel.attachModel(IntentModel.train(IntentModel.examplesOf(cards)));
    expect(got).toEqual(withModel.suggest(text, { top: 3 }).map((s) => [s.faqId, s.score]));
    // The score is the model's mix (probability + a share of BM25), not the bare BM25 score.
    const bm25Only = FaqIndex.build(cards).suggest(text, { top: 3 });
    expect(got.map((g: [string, number]) => g[1])).not.toEqual(bm25Only.map((s) => s.score));
  });

  it('ranks entries per line, best first, from JSON and CSV alike', async () => {
    const input = [
      '{"id":1,"text":"roaming cost in Spain?"}',
      '{"id":"b","text":"kapec karte nestrada","lang":"lv"}',
      '{"id":"c","text":"gde moj zakaz"}',
    ].join('\n');
    const a = io(input);
    expect(await main(['suggest', '--faq', jsonFile], a.io)).toBe(0);
    const out = lines(a.out());
    expect(out.map((l) => [l.id, l.suggestions[0]?.faqId])).toEqual([
      [1, 'roaming'],
      ['b', 'karte'],
      ['c', 'zakaz'],
    ]);
    expect(Object.keys(out[0].suggestions[0]).sort()).toEqual(['answer', 'faqId', 'score']);
    expect(out[0].suggestions[0].answer).toBe(FAQ[0]?.answer);
    for (const l of out)
      for (let i = 1; i < l.suggestions.length; i++)
        expect(l.suggestions[i - 1].score).toBeGreaterThanOrEqual(l.suggestions[i].score);
    const c = io(input);
    expect(await main(['suggest', '--faq', csvFile], c.io)).toBe(0);
    expect(lines(c.out())).toEqual(out);
  });

  it('honours --top', async () => {
    const t = io('{"id":"a","text":"roaming karte zakaz"}');
    expect(await main(['suggest', '--faq', jsonFile, '--top', '2'], t.io)).toBe(0);
    expect(lines(t.out())[0].suggestions).toHaveLength(2);
  });

  it('reports a bad line and goes on (exit 1)', async () => {
    const t = io(
      '{"id":"a","text":5}\nnot json\n{"id":"c","text":"roaming","lang":"English"}\n{"id":"d","text":"roaming"}',
    );
    expect(await main(['suggest', '--faq', jsonFile], t.io)).toBe(1);
    const out = lines(t.out());
    expect(out).toHaveLength(4);
    expect(out[0]).toEqual({ id: 'a', error: expect.stringMatching(/"text" must be a string/) });
    expect(out[1]).toEqual({ id: null, error: expect.stringMatching(/not valid JSON/) });
    expect(out[2].error).toMatch(/language code/);
    expect(out[3].suggestions[0].faqId).toBe('roaming');
    expect(t.err()).toMatch(/line 2/);
  });

  it('exits 2 for bad options or a bad FAQ file, listing its problems', async () => {
    const a = io('');
    expect(await main(['suggest'], a.io)).toBe(2);
    expect(a.err()).toMatch(/--faq is required/);
    const b = io('');
    expect(await main(['suggest', '--faq', jsonFile, '--top', '0'], b.io)).toBe(2);
    expect(b.err()).toMatch(/--top/);
    const c = io('');
    expect(await main(['suggest', '--faq', join(dir, 'missing.json')], c.io)).toBe(2);
    expect(c.err()).toMatch(/Cannot read/);
    const d = io('');
    expect(await main(['suggest', '--faq', badFile], d.io)).toBe(2);
    expect(d.err()).toMatch(/bad\.csv:2 \[question \(2\)\]: empty question/);
    expect(d.err()).toMatch(/bad\.csv:3 \[answer \(3\)\]: empty answer/);
  });

  it('runs as a real process with the documented exit status', () => {
    const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'suggest', '--faq', jsonFile, '--top', '1'], {
      input: '{"id":"x","text":"Kāpēc karte nestrādā?"}\n',
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      id: 'x',
      suggestions: [{ faqId: 'karte', score: expect.any(Number), answer: FAQ[1]?.answer }],
    });
    const bad = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'suggest', '--faq', badFile], {
      input: '',
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
  }, 30_000);
});
