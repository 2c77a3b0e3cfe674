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

// Invented brand voice and FAQ.
const dir = mkdtempSync(join(tmpdir(), 'rw-tone-'));
const voiceFile = join(dir, 'voice.json');
writeFileSync(
  voiceFile,
  JSON.stringify({
    voice: 'friendly',
    address: 'informal',
    emoji: true,
    maxLength: 280,
    signature: 'KM',
    lang: 'lv',
  }),
);
const badVoice = join(dir, 'bad-voice.json');
writeFileSync(badVoice, JSON.stringify({ voice: 'friendly', address: 'Jūs' }));
const faqFile = join(dir, 'faq.json');
writeFileSync(
  faqFile,
  JSON.stringify({
    faqs: [
      {
        id: 'roaming-data',
        questions: ['Cik maksā dati ārzemēs?'],
        answer: 'Datu roamings ES maksā 1 ct par MB, {{author}}.',
        lang: 'lv',
      },
    ],
  }),
);

describe('tone command', () => {
  it('prints findings per line with spans, in input order', async () => {
    const factDraft = 'Sveiki, Anna! Dati ES maksā 1 ct par KB. – KM';
    const kb = factDraft.indexOf('KB');
    const t = io(
      [
        JSON.stringify({
          id: 'good',
          draft: 'Sveiki, Anna! Mums žēl, ka tā sanāca. Pārbaudīsim līdz 14:30. – KM',
          post: 'Internets atkal nestrādā!!',
          author: 'Anna',
          platform: 'x',
        }),
        JSON.stringify({
          id: 'fact',
          draft: factDraft,
          post: 'Cik maksā dati Igaunijā?',
          author: 'Anna',
          faqId: 'roaming-data',
        }),
        JSON.stringify({
          id: 'many',
          draft: 'Atvainojamies par sagādātajām neērtībām. Jums vajadzēja restartēt!!!',
          author: '@anna_b',
          recent: ['Sveiki, Pēteri! Paldies par ziņu.'],
        }),
      ].join('\n'),
    );
    expect(await main(['tone', '--voice', voiceFile, '--faq', faqFile], t.io)).toBe(0);
    const out = lines(t.out());
    expect(out.map((o) => o.id)).toEqual(['good', 'fact', 'many']);
    expect(out[0]).toEqual({ id: 'good', findings: [] });
    expect(out[1].findings).toEqual([
      {
        code: 'fact-mismatch',
        message: 'The FAQ answer says “MB”, the draft says “KB”.',
        start: kb,
        end: kb + 2,
        rule: 'fact-mismatch',
        severity: 'error',
        suggestion: 'Write “MB” as in the FAQ answer.',
        fix: { start: kb, end: kb + 2, replacement: 'MB' },
      },
    ]);
    const codes = out[2].findings.map((f: { code: string }) => f.code);
    // findings about the whole draft (no span) first, then by position
    expect(codes).toEqual([
      'missing-signature',
      'robotic',
      'no-greeting',
      'no-name',
      'blame',
      'address-mismatch',
      'shouting',
    ]);
    for (const f of out[2].findings) expect(typeof f.message).toBe('string');
  });

  it('classifies the post when "complaint" is not given, and honours it when it is', async () => {
    const draft = 'Sveiki, Anna! Pārbaudīsim līdz 14:30. – KM';
    const t = io(
      [
        JSON.stringify({ id: 1, draft, author: 'Anna', post: 'Internets atkal nestrādā, tas ir briesmīgi!' }),
        JSON.stringify({
          id: 2,
          draft,
          author: 'Anna',
          post: 'Internets atkal nestrādā, tas ir briesmīgi!',
          complaint: false,
        }),
      ].join('\n'),
    );
    expect(await main(['tone', '--voice', voiceFile], t.io)).toBe(0);
    const out = lines(t.out());
    expect(out[0].findings.map((f: { code: string }) => f.code)).toEqual(['no-apology']);
    expect(out[1].findings).toEqual([]);
  });

  it('bad lines give an error line and exit 1; the rest goes on', async () => {
    const t = io(
      [
        '{"id":"a","draft":5}',
        'not json',
        '{"id":"b","draft":"Sveiki!","faqId":"roaming-data"}',
        '{"id":"c","draft":"Sveiki!","platform":"myspace"}',
        '{"id":"d","draft":"Sveiki!","recent":"one"}',
        '{"id":"e","draft":"Sveiki, Anna! – KM","author":"Anna"}',
      ].join('\n'),
    );
    expect(await main(['tone', '--voice', voiceFile], t.io)).toBe(1);
    const out = lines(t.out());
    expect(out.map((o) => o.id)).toEqual(['a', null, 'b', 'c', 'd', 'e']);
    expect(out[0].error).toMatch(/"draft" must be a string/);
    expect(out[1].error).toMatch(/not valid JSON/);
    expect(out[2].error).toMatch(/no --faq file/);
    expect(out[3].error).toMatch(/"platform" must be one of/);
    expect(out[4].error).toMatch(/"recent" must be a list of strings/);
    expect(out[5]).toEqual({ id: 'e', findings: [] });
    expect(t.err()).toMatch(/line 1/);
  });

  it('an unknown faqId is a line error', async () => {
    const t = io('{"id":"x","draft":"Sveiki!","faqId":"nope"}');
    expect(await main(['tone', '--voice', voiceFile, '--faq', faqFile], t.io)).toBe(1);
    expect(lines(t.out())[0].error).toMatch(/"nope" is not in the FAQ file/);
  });

  it('a bad voice file or a missing option exits 2 naming the problem', async () => {
    const t = io('');
    expect(await main(['tone', '--voice', badVoice], t.io)).toBe(2);
    expect(t.err()).toContain('voice.address: expected one of formal, informal');
    const u = io('');
    expect(await main(['tone'], u.io)).toBe(2);
    expect(u.err()).toMatch(/--voice is required/);
    const m = io('');
    expect(await main(['tone', '--voice', join(dir, 'missing.json')], m.io)).toBe(2);
  });

  it('runs as a process with the documented exit codes', () => {
    const run = (args: string[], input: string) =>
      spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { input, encoding: 'utf8', timeout: 60_000 });
    const ok = run(
      ['tone', '--voice', voiceFile],
      '{"id":"a","draft":"Sveiki, Anna! – KM","author":"Anna"}\n',
    );
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({ id: 'a', findings: [] });
    expect(run(['tone', '--voice', badVoice], '').status).toBe(2);
    expect(run(['tone', '--voice', voiceFile], '{"id":"a"}\n').status).toBe(1);
  }, 60_000);
});
