/**
 * Conventions for the UI strings: every key of the English locale exists in every shipped locale, with
 * the same placeholders, a non-empty message, and every `$N` it uses defined; the manifest's __MSG_ keys
 * exist too. Translations that were left in English are caught for the longer strings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_LANGS } from '../shared/types.ts';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const root = join(import.meta.dirname, '../../public/_locales');
const load = (lang: string): Record<string, Entry> =>
  JSON.parse(readFileSync(join(root, lang, 'messages.json'), 'utf8'));
const en = load('en');

describe('locales', () => {
  it('ships exactly the UI languages', () => {
    expect(readdirSync(root).sort()).toEqual([...UI_LANGS].sort());
  });

  for (const lang of UI_LANGS) {
    it(`${lang}: every key, same placeholders, no empty or undefined references`, () => {
      const m = load(lang);
      expect(Object.keys(m).sort()).toEqual(Object.keys(en).sort());
      for (const [key, e] of Object.entries(m)) {
        const ref = en[key] as Entry;
        expect(e.message.trim(), `${lang}.${key}`).not.toBe('');
        expect(Object.keys(e.placeholders ?? {}).sort(), `${lang}.${key} placeholders`).toEqual(
          Object.keys(ref.placeholders ?? {}).sort(),
        );
        for (const [name, ph] of Object.entries(e.placeholders ?? {}))
          expect(ph.content, `${lang}.${key}.${name}`).toBe(ref.placeholders?.[name]?.content);
        const used = [...e.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((x) =>
          (x[1] as string).toLowerCase(),
        );
        const usedEn = [...ref.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((x) =>
          (x[1] as string).toLowerCase(),
        );
        expect(new Set(used), `${lang}.${key} uses its placeholders`).toEqual(new Set(usedEn));
        for (const u of used) expect(Object.keys(e.placeholders ?? {}), `${lang}.${key}`).toContain(u);
      }
    });
  }

  it('translates: no non-English locale keeps most of the longer English sentences', () => {
    const long = Object.entries(en).filter(([, e]) => e.message.length > 25);
    for (const lang of UI_LANGS.filter((l) => l !== 'en')) {
      const m = load(lang);
      const same = long.filter(([k, e]) => m[k]?.message === e.message).map(([k]) => k);
      expect(same, `${lang} left in English`).toEqual([]);
    }
  });

  it('has every __MSG_ key the manifest uses', () => {
    const manifest = readFileSync(join(import.meta.dirname, '../../manifest.json'), 'utf8');
    for (const m of manifest.matchAll(/__MSG_(\w+)__/g)) expect(Object.keys(en)).toContain(m[1]);
  });
});
