import { describe, expect, it } from 'vitest';
import { type CliCommand, processJsonl, UsageError } from './io.ts';
import { COMMANDS, helpText, main, parseOptions } from './main.ts';
import { io } from './test-io.ts';

describe('cli', () => {
  it('lists every command of interfaces.md in --help', async () => {
    const t = io();
    expect(await main(['--help'], t.io)).toBe(0);
    for (const c of ['classify', 'mentions', 'suggest', 'tone', 'deadline', 'extract'])
      expect(t.out()).toContain(c);
    expect(COMMANDS.map((c) => c.name).sort()).toEqual([
      'classify',
      'deadline',
      'extract',
      'mentions',
      'suggest',
      'tone',
    ]);
    expect(helpText()).toMatch(/Exit status/);
  });

  it('exits 2 with a message for an unknown command or no command', async () => {
    const t = io();
    expect(await main(['frobnicate'], t.io)).toBe(2);
    expect(t.err()).toMatch(/Unknown command "frobnicate"/);
    expect(await main([], io().io)).toBe(2);
  });

  const fake: CliCommand = {
    name: 'fake',
    summary: 'test',
    input: '',
    output: '',
    options: [
      { name: 'faq', value: 'FILE', required: true, description: 'the file' },
      { name: 'top', value: 'N', description: 'how many' },
      { name: 'verbose', description: 'flag' },
    ],
    run: async () => 0,
  };

  it('parses options and refuses unknown, missing or valueless ones', () => {
    expect(parseOptions(fake, ['--faq', 'f.json', '--top=3', '--verbose'])).toEqual({
      faq: 'f.json',
      top: '3',
      verbose: true,
    });
    expect(() => parseOptions(fake, ['--top', '3'])).toThrow(UsageError);
    expect(() => parseOptions(fake, ['--faq'])).toThrow(/needs a value/);
    expect(() => parseOptions(fake, ['--faq', 'x', '--nope'])).toThrow(/Unknown option/);
    expect(() => parseOptions(fake, ['stray'])).toThrow(/Unexpected argument/);
  });

  it('processes JSON Lines: one output per input, in order, with per-line errors and exit 1', async () => {
    const t = io('{"id":"a","n":1}\nnot json\n\n[1,2]\n{"id":7,"n":2}\n{"id":"b"}\n');
    const code = await processJsonl(t.io, (line) => {
      if (typeof line.n !== 'number') throw new Error('"n" must be a number');
      return { double: line.n * 2 };
    });
    expect(code).toBe(1);
    const lines = t
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { id: 'a', double: 2 },
      { id: null, error: expect.stringMatching(/line 2: not valid JSON/) },
      { id: null, error: expect.stringMatching(/line 4: expected a JSON object/) },
      { id: 7, double: 4 },
      { id: 'b', error: expect.stringMatching(/line 6: "n" must be a number/) },
    ]);
    expect(t.err()).toMatch(/line 2/);
  });

  it('exits 0 when every line succeeds, and strips a BOM on the first line', async () => {
    const t = io('\uFEFF{"id":1}\n');
    expect(await processJsonl(t.io, () => ({ ok: true }))).toBe(0);
    expect(JSON.parse(t.out())).toEqual({ id: 1, ok: true });
  });
});
