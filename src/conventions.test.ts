/**
 * Conventions that keep the project honest (refined-github's features test, in spirit): every permission
 * the manifest asks for is justified in the README; every content-script address is a supported site;
 * every schema version after the first has an upgrade test; every CLI command of interfaces.md exists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import manifest from '../manifest.json' with { type: 'json' };
import { COMMANDS } from './cli/main.ts';
import { VERSIONS } from './storage/schema.ts';

const root = join(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('conventions', () => {
  it('every permission in the manifest is justified in the README permissions table', () => {
    const table = readme.slice(readme.indexOf('## Permissions'), readme.indexOf('## Architecture'));
    for (const p of manifest.permissions) expect(table, `README lacks a row for ${p}`).toContain(`\`${p}\``);
    for (const p of manifest.optional_host_permissions) expect(table).toContain(p);
    expect(table).toContain('`host_permissions`');
    // host permissions are exactly the content-script sites: no extra reach
    const scripted = new Set(manifest.content_scripts.flatMap((c) => c.matches));
    expect(new Set(manifest.host_permissions)).toEqual(scripted);
  });

  it('content scripts run only on the supported sites, over https', () => {
    const hosts = new Set(
      manifest.content_scripts.flatMap((c) => c.matches).map((m) => new URL(m.replace('*', 'x')).host),
    );
    expect([...hosts].sort()).toEqual(
      [
        'm.facebook.com',
        'old.reddit.com',
        'twitter.com',
        'vk.com',
        'www.draugiem.lv',
        'www.facebook.com',
        'www.instagram.com',
        'www.linkedin.com',
        'www.reddit.com',
        'www.youtube.com',
        'x.com',
      ].sort(),
    );
    for (const c of manifest.content_scripts)
      for (const m of c.matches) expect(m.startsWith('https://')).toBe(true);
  });

  it('every locale of the UI exists and names the extension', () => {
    for (const lang of ['en', 'lv', 'lt', 'et', 'ru', 'sr', 'hr']) {
      const file = join(root, 'public', '_locales', lang, 'messages.json');
      expect(existsSync(file), file).toBe(true);
      const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
      expect(messages.extName?.message).toBeTruthy();
    }
  });

  it('every schema version after the first has an upgrade test', () => {
    const tests = readdirSync(join(root, 'src', 'storage')).filter((f) => f.endsWith('.test.ts'));
    const text = tests.map((f) => readFileSync(join(root, 'src', 'storage', f), 'utf8')).join('\n');
    for (const v of VERSIONS.slice(1))
      expect(text, `no upgradeFrom(${v.version - 1}, …) test`).toContain(`upgradeFrom(${v.version - 1}`);
  });

  it('the command line has every command of interfaces.md', () => {
    expect(COMMANDS.map((c) => c.name).sort()).toEqual([
      'classify',
      'deadline',
      'extract',
      'mentions',
      'suggest',
      'tone',
    ]);
  });
});
