import { describe, expect, it } from 'vitest';
import { UI_LANGS } from '../../shared/types.ts';
import { localize, TABLES } from './messages.ts';
import { RULES } from './types.ts';

const params = (s: string | undefined) => [...(s ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('localised messages', () => {
  for (const ui of UI_LANGS) {
    it(`${ui}: every rule has a message, with the same placeholders as English`, () => {
      const t = TABLES[ui];
      for (const rule of RULES) {
        const e = t[rule];
        expect(e.m.length, `${ui}/${rule}`).toBeGreaterThan(3);
        expect(params(e.m), `${ui}/${rule} message`).toEqual(params(TABLES.en[rule].m));
        expect(params(e.s), `${ui}/${rule} suggestion`).toEqual(params(TABLES.en[rule].s));
      }
      expect(t.formal).toContain('{p}');
      expect(t.informal).toContain('{p}');
    });
  }
  it('fills parameters and falls back to English', () => {
    expect(localize('lv', 'missing-signature', { signature: 'KM' }).message).toBe('Trūkst paraksta “KM”.');
    expect(localize('de', 'no-greeting').message).toBe('No greeting.');
  });
});
