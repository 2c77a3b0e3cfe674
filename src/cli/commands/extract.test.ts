import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main.ts';
import { io } from '../test-io.ts';

const fixture = (site: string, name: string) =>
  readFileSync(join('src', 'sites', site, 'fixtures', name), 'utf8');
const lines = (s: string) =>
  s
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('extract command', () => {
  it('prints one line per post of an X page with the interface fields', async () => {
    const t = io(fixture('x', 'timeline.html'));
    expect(await main(['extract', '--url', 'https://x.com/home'], t.io)).toBe(0);
    const out = lines(t.out());
    expect(out).toHaveLength(2);
    expect(out[0]).toEqual({
      site: 'x',
      id: '1900000000000000001',
      author: 'Māra Testa',
      handle: '@mara_test',
      text: 'Kāpēc @northwind atkal nestrādā internets?\nJau otro dienu! 😡',
      url: 'https://x.com/mara_test/status/1900000000000000001',
      time: '2026-11-20T09:15:00.000Z',
      engagement: { replies: 12, reposts: 30, likes: 1200, views: 45000 },
    });
  });

  it('chooses the adapter from the URL and falls back to the generic one', async () => {
    const fb = io(fixture('facebook', 'feed.html'));
    expect(await main(['extract', '--url', 'https://www.facebook.com/northwind.lv'], fb.io)).toBe(0);
    expect(lines(fb.out()).map((l) => l.site)).toEqual([
      'facebook',
      'facebook',
      'facebook',
      'facebook',
      'facebook',
    ]);
    const web = io(fixture('generic', 'news-comments.html'));
    expect(await main(['extract', '--url', 'https://www.delfi.lv/raksts/1'], web.io)).toBe(0);
    const out = lines(web.out());
    expect(out.map((l) => l.site)).toEqual(['web', 'web', 'web', 'web']);
    expect(out[2]).toMatchObject({ id: '78', parentId: '77' });
  });

  it('never runs scripts in the page and keeps markup in text as text', async () => {
    const html = `<html><body><script>globalThis.__pwned = 1</script>
      <div itemscope itemtype="https://schema.org/Comment" id="c1"><span itemprop="author">Eve</span>
      <div itemprop="text">&lt;script&gt;x()&lt;/script&gt; <img src=x onerror="globalThis.__pwned=2"> hi</div></div></body></html>`;
    const t = io(html);
    expect(await main(['extract', '--url', 'https://forum.example/t/1'], t.io)).toBe(0);
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
    expect(lines(t.out())[0]).toMatchObject({ id: 'c1', author: 'Eve', text: '<script>x()</script> hi' });
  });

  it('an empty page gives no lines, exit 0, and says so on stderr', async () => {
    const t = io('<html><body><p>nothing</p></body></html>');
    expect(await main(['extract', '--url', 'https://x.com/home'], t.io)).toBe(0);
    expect(t.out()).toBe('');
    expect(t.err()).toContain('No posts found');
  });

  it('bad or missing --url is a usage error (exit 2)', async () => {
    expect(await main(['extract'], io('').io)).toBe(2);
    expect(await main(['extract', '--url', 'x.com/home'], io('').io)).toBe(2);
    expect(await main(['extract', '--url', 'javascript:alert(1)'], io('').io)).toBe(2);
  });

  it('runs from the command line', () => {
    const r = spawnSync(
      'npx',
      ['tsx', 'src/cli/main.ts', 'extract', '--url', 'https://vk.com/northwind_lv'],
      {
        input: fixture('vk', 'wall.html'),
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(0);
    expect(lines(r.stdout).map((l) => l.id)).toEqual(['-100200_501', '-100200_502', '-100200_503', '777_12']);
    const bad = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'extract', '--url', 'nope'], {
      input: '',
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
  });
});
