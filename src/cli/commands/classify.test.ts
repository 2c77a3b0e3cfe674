import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyState, learn } from '../../core/signals/index.ts';
import { main } from '../main.ts';
import { io } from '../test-io.ts';

const lines = (s: string) =>
  s
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

const dir = mkdtempSync(join(tmpdir(), 'rw-classify-'));

describe('classify command', () => {
  it('prints one line per input line with exactly the interface fields, in order', async () => {
    const t = io(
      [
        '{"id":"a","text":"Jau trešo dienu nestrādā internets!!!"}',
        '{"id":2,"text":"Thanks, great service!","lang":"en"}',
        '',
        '{"id":"c","text":"Can I pay by card on the bus?","engagement":{"likes":3}}',
      ].join('\n'),
    );
    expect(await main(['classify'], t.io)).toBe(0);
    const out = lines(t.out());
    expect(out.map((o) => o.id)).toEqual(['a', 2, 'c']);
    for (const o of out)
      expect(Object.keys(o)).toEqual(['id', 'lang', 'kind', 'complaint', 'score', 'urgency', 'evidence']);
    expect(out[0]).toMatchObject({ lang: 'lv', kind: 'complaint', complaint: true });
    const ev = out[0].evidence.map((e: { start: number; end: number }) =>
      'Jau trešo dienu nestrādā internets!!!'.slice(e.start, e.end),
    );
    expect(ev).toContain('nestrādā');
    expect(out[1]).toMatchObject({ lang: 'en', kind: 'praise', complaint: false, urgency: 0 });
    expect(out[2]).toMatchObject({ kind: 'question', complaint: false });
  });

  it('bad lines give {"id","error"}, processing goes on, exit 1', async () => {
    const t = io(
      [
        'not json',
        '{"id":"n","text":5}',
        '{"id":"l","text":"ok","lang":"Latvian"}',
        '{"id":"e","text":"ok","engagement":{"likes":"many"}}',
        '{"id":"ok","text":"internet down again"}',
      ].join('\n'),
    );
    expect(await main(['classify'], t.io)).toBe(1);
    const out = lines(t.out());
    expect(out).toHaveLength(5);
    expect(out[0]).toMatchObject({ id: null, error: expect.stringMatching(/line 1: not valid JSON/) });
    expect(out[1]).toMatchObject({ id: 'n', error: expect.stringMatching(/"text" must be a string/) });
    expect(out[2]).toMatchObject({ id: 'l', error: expect.stringMatching(/ISO 639-1/) });
    expect(out[3]).toMatchObject({ id: 'e', error: expect.stringMatching(/engagement.likes/) });
    expect(out[4]).toMatchObject({ id: 'ok', complaint: true });
    expect(t.err()).toMatch(/line 2/);
  });

  it('--model takes an exported state or a JSONL of corrections; a bad file exits 2', async () => {
    const post = 'Pakomāts atkal rāda kodu nepareizi, nevarēju izņemt paku';
    let s = emptyState();
    for (let i = 0; i < 8; i++) s = learn(s, post, 'not-complaint');
    const stateFile = join(dir, 'state.json');
    writeFileSync(stateFile, JSON.stringify(s, null, 2));
    const corrections = join(dir, 'labels.jsonl');
    writeFileSync(
      corrections,
      `${JSON.stringify({ text: post, label: 'not-complaint', lang: 'lv' })}\n`.repeat(8),
    );
    const input = `${JSON.stringify({ id: 1, text: post })}\n`;
    const plain = io(input);
    await main(['classify'], plain.io);
    for (const file of [stateFile, corrections]) {
      const t = io(input);
      expect(await main(['classify', '--model', file], t.io)).toBe(0);
      expect(lines(t.out())[0].score).toBeLessThan(lines(plain.out())[0].score);
    }
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"text":"x","label":"maybe"}\n');
    const t = io(input);
    expect(await main(['classify', '--model', bad], t.io)).toBe(2);
    expect(t.err()).toMatch(/label/);
    const t2 = io(input);
    expect(await main(['classify', '--model', join(dir, 'missing.json')], t2.io)).toBe(2);
    const wrong = join(dir, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ v: 1, n: 1, w: [1] }));
    const t3 = io(input);
    expect(await main(['classify', '--model', wrong], t3.io)).toBe(2);
    expect(t3.err()).toMatch(/not a learned state/);
  });

  it('exits with the right status as a real process', () => {
    const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'classify'], {
      input: '{"id":"x","text":"still no refund after 3 weeks @brand"}\n{"id":"y"}\n',
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    const out = lines(r.stdout);
    expect(out[0]).toMatchObject({ id: 'x', complaint: true });
    expect(out[1]).toMatchObject({ id: 'y', error: expect.any(String) });
  }, 60_000);
});
