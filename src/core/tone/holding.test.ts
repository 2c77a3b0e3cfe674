import { describe, expect, it } from 'vitest';
import type { Voice } from '../../shared/types.ts';
import { checkDraft } from './check.ts';
import { holdingReply } from './holding.ts';

const now = new Date('2026-11-23T11:00:00Z'); // 13:00 in Riga
const voice = (address: 'formal' | 'informal', lang: string): Voice => ({
  voice: 'friendly',
  address,
  signature: 'KM',
  lang,
});

describe('holdingReply', () => {
  const expected: Record<string, [string, string]> = {
    en: [
      'Hello, Anna! Thank you for your message. We are looking into it and will reply by 14:30.\n– KM',
      'Hi, Anna! Thanks for your message. We’re looking into it and will get back to you by 14:30.\n– KM',
    ],
    lv: [
      'Labdien, Anna! Paldies, ka uzrakstījāt. Mēs to jau pārbaudām un atbildēsim līdz plkst. 14:30.\n– KM',
      'Sveiki, Anna! Paldies, ka uzrakstīji. Mēs to jau pārbaudām un atbildēsim līdz plkst. 14:30.\n– KM',
    ],
    lt: [
      'Laba diena, Anna! Ačiū, kad parašėte. Jau tikriname ir atsakysime iki 14:30.\n– KM',
      'Labas, Anna! Ačiū, kad parašei. Jau tikriname ir atsakysime iki 14:30.\n– KM',
    ],
    et: [
      'Tere, Anna! Aitäh, et kirjutasite. Uurime asja ja vastame hiljemalt kell 14:30.\n– KM',
      'Tere, Anna! Aitäh, et kirjutasid. Uurime asja ja vastame hiljemalt kell 14:30.\n– KM',
    ],
    ru: [
      'Здравствуйте, Anna! Спасибо за сообщение. Мы уже разбираемся и ответим Вам до 14:30.\n– KM',
      'Привет, Anna! Спасибо за сообщение. Мы уже разбираемся и ответим тебе до 14:30.\n– KM',
    ],
    sr: [
      'Dobar dan, Anna! Hvala na poruci. Proveravamo i javićemo Vam se do 14:30.\n– KM',
      'Zdravo, Anna! Hvala na poruci. Proveravamo i javićemo ti se do 14:30.\n– KM',
    ],
    hr: [
      'Dobar dan, Anna! Hvala na poruci. Provjeravamo i javit ćemo Vam se do 14:30.\n– KM',
      'Bok, Anna! Hvala na poruci. Provjeravamo i javit ćemo ti se do 14:30.\n– KM',
    ],
  };
  for (const [lang, [formal, informal]] of Object.entries(expected)) {
    for (const [address, text] of [
      ['formal', formal],
      ['informal', informal],
    ] as const) {
      it(`${lang} ${address}: time in the policy's zone, passes checkDraft`, () => {
        const r = holdingReply({
          lang,
          author: 'Anna',
          promisedAt: '2026-11-23T12:30:00Z',
          timezone: 'Europe/Riga',
          voice: voice(address, lang),
          now,
        });
        expect(r.text).toBe(text);
        expect(r.lang).toBe(lang);
        expect(r.promisedAt).toBe('2026-11-23T12:30:00.000Z');
        expect(r.followUpAt).toBe('2026-11-23T12:15:00.000Z');
        const c = holdingReply({
          lang,
          author: 'Anna',
          promisedAt: '2026-11-23T12:30:00Z',
          timezone: 'Europe/Riga',
          voice: voice(address, lang),
          now,
          complaint: true,
        });
        expect(
          checkDraft(c.text, { voice: voice(address, lang), author: 'Anna', complaint: true, platform: 'x' }),
        ).toEqual([]);
      });
    }
  }
  it('adds the date when the answer comes on another day', () => {
    const r = holdingReply({
      lang: 'lv',
      promisedAt: new Date('2026-11-24T07:15:00Z'),
      timezone: 'Europe/Riga',
      voice: voice('formal', 'lv'),
      now,
    });
    expect(r.text).toContain('līdz 24.11. plkst. 09:15');
    const e = holdingReply({
      lang: 'en',
      promisedAt: new Date('2026-11-24T07:15:00Z'),
      timezone: 'Europe/Riga',
      voice: voice('formal', 'en'),
      now,
    });
    expect(e.text).toContain('by 09:15 on 24 Nov');
  });
  it('leaves out a name that would need a vocative, and greets a handle by its name', () => {
    expect(
      holdingReply({
        lang: 'lv',
        author: 'Jānis',
        promisedAt: '2026-11-23T12:30:00Z',
        timezone: 'Europe/Riga',
        voice: voice('formal', 'lv'),
        now,
      }).text,
    ).toMatch(/^Labdien! /);
    expect(
      holdingReply({
        lang: 'en',
        author: '@anna_b',
        promisedAt: '2026-11-23T12:30:00Z',
        timezone: 'Europe/Riga',
        voice: voice('formal', 'en'),
        now,
      }).text,
    ).toMatch(/^Hello, Anna! /);
  });
  it('signs with the agent when the voice has no signature; unknown languages get English', () => {
    const r = holdingReply({
      lang: 'de',
      promisedAt: '2026-11-23T12:30:00Z',
      timezone: 'UTC',
      voice: { voice: 'formal', address: 'formal' },
      agent: { name: 'Kristīne' },
      now,
    });
    expect(r.lang).toBe('en');
    expect(r.text).toBe(
      'Hello! Thank you for your message. We are looking into it and will reply by 12:30.\n– Kristīne',
    );
  });
  it('never schedules the follow-up in the past', () => {
    const r = holdingReply({
      lang: 'en',
      promisedAt: '2026-11-23T11:05:00Z',
      timezone: 'UTC',
      voice: voice('formal', 'en'),
      now,
    });
    expect(r.followUpAt).toBe(now.toISOString());
  });
  it('rejects a bad date or time zone', () => {
    expect(() =>
      holdingReply({ lang: 'en', promisedAt: 'soon', timezone: 'UTC', voice: voice('formal', 'en') }),
    ).toThrow(/promisedAt/);
    expect(() =>
      holdingReply({ lang: 'en', promisedAt: now, timezone: 'Mars/Olympus', voice: voice('formal', 'en') }),
    ).toThrow(/time zone/);
  });
});
