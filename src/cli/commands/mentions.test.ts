import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main.ts';
import { io } from '../test-io.ts';

const lines = (s: string) =>
  s
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

const dir = mkdtempSync(join(tmpdir(), 'rw-mentions-'));
const brandsPath = join(dir, 'brands.json');
writeFileSync(
  brandsPath,
  JSON.stringify({
    brands: [
      {
        id: 'swedbank',
        name: 'Swedbank',
        aliases: ['Hansabanka'],
        handles: ['@swedbank'],
        hashtags: ['#swedbank'],
        require: [],
        exclude: ['swedbank arena'],
        languages: ['lv', 'ru', 'en'],
      },
      { id: 'sber', name: 'Сбербанк' },
      { id: 'tele2', name: 'Tele2', languages: ['lv', 'lt'] },
    ],
  }),
);

describe('mentions command', () => {
  it('prints {"id","mentions":[{"brand","start","end","text"}]} per line, in order, with exact spans', async () => {
    const input = [
      '{"id":"a","text":"Swedbankā nestrādā, @swedbank!"}',
      '{"id":2,"text":"Написал Сбербанку и Tele2-ui"}',
      '',
      '{"id":"c","text":"Swedbank Arena koncerts"}',
      '{"id":"d","text":"Tele2 is bad","lang":"en"}',
    ].join('\n');
    const t = io(input);
    expect(await main(['mentions', '--brands', brandsPath], t.io)).toBe(0);
    const out = lines(t.out());
    expect(out).toEqual([
      {
        id: 'a',
        mentions: [
          { brand: 'swedbank', start: 0, end: 9, text: 'Swedbankā' },
          { brand: 'swedbank', start: 20, end: 29, text: '@swedbank' },
        ],
      },
      {
        id: 2,
        mentions: [
          { brand: 'sber', start: 8, end: 17, text: 'Сбербанку' },
          { brand: 'tele2', start: 20, end: 28, text: 'Tele2-ui' },
        ],
      },
      { id: 'c', mentions: [] },
      { id: 'd', mentions: [] },
    ]);
    for (const o of out) expect(Object.keys(o)).toEqual(['id', 'mentions']);
  });

  it('a malformed line gives {"id","error"}, goes on, and exits 1', async () => {
    const t = io(['not json', '{"id":"x"}', '{"id":"y","text":5}', '{"id":"z","text":"Tele2"}'].join('\n'));
    expect(await main(['mentions', '--brands', brandsPath], t.io)).toBe(1);
    const out = lines(t.out());
    expect(out.map((o) => o.id)).toEqual([null, 'x', 'y', 'z']);
    expect(out[0].error).toContain('not valid JSON');
    expect(out[1].error).toContain('"text" must be a string');
    expect(out[3].mentions).toHaveLength(1);
    expect(t.err()).toContain('line 2');
  });

  it('bad options and bad brands files exit 2 with a clear message naming the field', async () => {
    const missing = io('');
    expect(await main(['mentions'], missing.io)).toBe(2);
    expect(missing.err()).toContain('--brands is required');
    const gone = io('');
    expect(await main(['mentions', '--brands', join(dir, 'nope.json')], gone.io)).toBe(2);
    expect(gone.err()).toContain('Cannot read');
    const badJson = join(dir, 'bad.json');
    writeFileSync(badJson, '{"brands": [');
    const b = io('');
    expect(await main(['mentions', '--brands', badJson], b.io)).toBe(2);
    expect(b.err()).toContain('not valid JSON');
    const invalid = join(dir, 'invalid.json');
    writeFileSync(invalid, JSON.stringify({ brands: [{ id: 'a', name: 'Alpha', aliases: ['A'] }] }));
    const v = io('');
    expect(await main(['mentions', '--brands', invalid], v.io)).toBe(2);
    expect(v.err()).toContain('brands[0].aliases[0]');
  });

  it('exit codes through the real entry point', () => {
    const ok = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'mentions', '--brands', brandsPath], {
      input: '{"id":1,"text":"Hansabankā"}\n',
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout.trim())).toEqual({
      id: 1,
      mentions: [{ brand: 'swedbank', start: 0, end: 10, text: 'Hansabankā' }],
    });
    const bad = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'mentions', '--brands', join(dir, 'nope.json')], {
      input: '',
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
  }, 60_000);
});
