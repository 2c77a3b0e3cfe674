import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main.ts';
import { io } from '../test-io.ts';

const dir = mkdtempSync(join(tmpdir(), 'rw-deadline-'));
const day = [['09:00', '17:00']];
const policyFile = join(dir, 'policy.json');
writeFileSync(
  policyFile,
  JSON.stringify({
    timezone: 'Europe/Riga',
    week: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: [], sun: [] },
    holidays: ['2026-11-18'],
    targets: { x: 30, default: 60 },
    warnBefore: 0.25,
  }),
);
const badPolicy = join(dir, 'bad.json');
writeFileSync(
  badPolicy,
  JSON.stringify({ timezone: 'Europe/Riga', week: { mon: [['09:00', '08:00']] }, targets: { default: 60 } }),
);

describe('deadline command', () => {
  it('computes due and warning times with the zone offset', async () => {
    const t = io(
      [
        '{"id":"a","platform":"x","receivedAt":"2026-11-20T16:45:00+02:00"}',
        '{"id":"b","platform":"facebook","receivedAt":"2026-11-17T16:30:00Z"}',
        '{"id":"c","platform":"x","receivedAt":"2026-11-23T09:00:00+02:00","kind":"next"}',
      ].join('\n'),
    );
    expect(await main(['deadline', '--policy', policyFile], t.io)).toBe(0);
    expect(
      t
        .out()
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual([
      { id: 'a', dueAt: '2026-11-23T09:15:00+02:00', warnAt: '2026-11-23T09:07:30+02:00' },
      // Tuesday 18:30 local is after hours; Wednesday is a holiday → Thursday 10:00
      { id: 'b', dueAt: '2026-11-19T10:00:00+02:00', warnAt: '2026-11-19T09:45:00+02:00' },
      { id: 'c', dueAt: '2026-11-23T09:30:00+02:00', warnAt: '2026-11-23T09:22:30+02:00' },
    ]);
  });

  it('reports bad lines and goes on (exit 1)', async () => {
    const t = io(
      [
        '{"id":1,"platform":"myspace","receivedAt":"2026-11-20T16:45:00+02:00"}',
        '{"id":2,"platform":"x","receivedAt":"2026-11-20 16:45"}',
        '{"id":3,"platform":"x"}',
        'not json',
        '{"id":4,"platform":"x","receivedAt":"2026-11-20T16:45:00+02:00","kind":"resolution"}',
        '{"id":5,"platform":"x","receivedAt":"2026-02-31T10:00:00Z"}',
        '{"id":6,"platform":"x","receivedAt":"2026-11-20T16:45:00+02:00"}',
      ].join('\n'),
    );
    expect(await main(['deadline', '--policy', policyFile], t.io)).toBe(1);
    const lines = t
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(7);
    expect(lines[0]).toMatchObject({ id: 1, error: expect.stringMatching(/"platform" must be one of/) });
    expect(lines[1]).toMatchObject({ id: 2, error: expect.stringMatching(/with an offset or Z/) });
    expect(lines[2]).toMatchObject({ id: 3, error: expect.stringMatching(/"receivedAt" must be a string/) });
    expect(lines[3]).toMatchObject({ id: null, error: expect.stringMatching(/not valid JSON/) });
    expect(lines[4]).toMatchObject({ id: 4, error: expect.stringMatching(/resolutionTargets/) });
    expect(lines[5]).toMatchObject({ id: 5, error: expect.any(String) });
    expect(lines[6]).toEqual({
      id: 6,
      dueAt: '2026-11-23T09:15:00+02:00',
      warnAt: '2026-11-23T09:07:30+02:00',
    });
    expect(t.err()).toMatch(/line 1/);
  });

  it('a bad policy is a usage error naming the field (exit 2)', async () => {
    const t = io('');
    expect(await main(['deadline', '--policy', badPolicy], t.io)).toBe(2);
    expect(t.err()).toMatch(/week\.mon\[0\]: the range ends/);
    const u = io('');
    expect(await main(['deadline', '--policy', join(dir, 'missing.json')], u.io)).toBe(2);
    expect(u.err()).toMatch(/Cannot read/);
    expect(await main(['deadline'], io('').io)).toBe(2);
  });

  it('runs as a process with the documented exit status', () => {
    const run = (args: string[], input: string) =>
      spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { input, encoding: 'utf8', timeout: 60_000 });
    const ok = run(
      ['deadline', '--policy', policyFile],
      '{"id":"a","platform":"x","receivedAt":"2026-11-20T16:45:00+02:00"}\n',
    );
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({
      id: 'a',
      dueAt: '2026-11-23T09:15:00+02:00',
      warnAt: '2026-11-23T09:07:30+02:00',
    });
    expect(run(['deadline', '--policy', badPolicy], '').status).toBe(2);
  }, 60_000);
});
