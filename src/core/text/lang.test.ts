import { describe, expect, it } from 'vitest';
import {
  detectLanguage,
  detectLanguages,
  foldWord,
  scanText,
  T_EMOJI,
  T_EMOTICON,
  T_HANDLE,
  T_NUMBER,
  T_PUNCT,
  T_URL,
  T_WORD,
} from './lang.ts';
import { fold, skeleton } from './normalize.ts';

describe('detectLanguage', () => {
  it.each([
    ['Jau trešo dienu nestrādā internets, kad beidzot salabosiet?', 'lv'],
    ['jau treso dienu nestrada internets, kas notiek?', 'lv'],
    ['Kodėl jau trečią dieną neveikia internetas?', 'lt'],
    ['kodel jau trecia diena neveikia internetas', 'lt'],
    ['Miks internet juba kolmandat päeva ei tööta?', 'et'],
    ['Почему уже третий день не работает интернет?', 'ru'],
    ['pochemu uzhe tretij den ne rabotaet internet?', 'ru'],
    ['Чому вже третій день не працює інтернет?', 'uk'],
    ['Зашто већ трећи дан не ради интернет?', 'sr'],
    ['Zašto već tjedan dana ne radi internet, tko je odgovoran?', 'hr'],
    ['Da li mogu da platim račun karticom u pošti? Gde je najbliža?', 'sr'],
    ['Why has my internet been down for three days?', 'en'],
    ['Dlaczego od trzech dni nie działa internet?', 'pl'],
    ['Warum funktioniert das Internet seit drei Tagen nicht?', 'de'],
    ['Miksi netti ei ole toiminut kolmeen päivään?', 'fi'],
  ])('%s → %s', (text, lang) => {
    const g = detectLanguage(text);
    expect(g.lang).toBe(lang);
    expect(g.confidence).toBeGreaterThan(0.2);
    expect(g.confidence).toBeLessThanOrEqual(1);
  });

  it('says und when there are no words to go by', () => {
    for (const t of ['', '😡😡😡', 'https://example.com/a?b=c', '@velora_help', '12:30 !!!', '\u0000\u0007'])
      expect(detectLanguage(t)).toEqual({ lang: 'und', confidence: 0 });
  });

  it('never throws on hostile input and stays linear on 1 MB', () => {
    const big = 'nestrādā internets '.repeat(55_000);
    const t0 = performance.now();
    expect(detectLanguage(big).lang).toBe('lv');
    expect(performance.now() - t0).toBeLessThan(500);
    expect(detectLanguage('\ud800\udfff\ud800 a\u200bb').lang).toBeTypeOf('string');
    expect(detectLanguage(undefined as unknown as string)).toEqual({ lang: 'und', confidence: 0 });
  });
});

describe('detectLanguages (mixed posts)', () => {
  it('lists both languages of a mixed post, main one first', () => {
    const r = detectLanguages(
      'Labdien, mana karte nestrādā jau trīs dienas. My card does not work since Monday, what do I do?',
    );
    expect(r.map((x) => x.lang)).toEqual(expect.arrayContaining(['lv', 'en']));
    expect(r.reduce((a, x) => a + x.share, 0)).toBeLessThanOrEqual(1.01);
  });

  it('gives one language for a monolingual post and none for no words', () => {
    expect(
      detectLanguages('Почему опять не работает приложение? Уже третий день!').map((x) => x.lang),
    ).toEqual(['ru']);
    expect(detectLanguages('👍👍')).toEqual([]);
  });
});

describe('scanText', () => {
  it('keeps exact UTF-16 spans of the original text', () => {
    const text = 'Sveiki 👋 @bite_lv: NESTRĀDĀ!!! www.bite.lv :( 3 nedēļas';
    const s = scanText(text);
    for (const t of s.tokens) expect(t.end).toBeGreaterThan(t.start);
    const word = s.tokens.find((t) => t.w === 'nestrada');
    expect(word && text.slice(word.start, word.end)).toBe('NESTRĀDĀ');
    expect(word?.caps).toBe(true);
    const handle = s.tokens.find((t) => t.type === T_HANDLE);
    expect(handle && text.slice(handle.start, handle.end)).toBe('@bite_lv');
    expect(s.tokens.find((t) => t.type === T_URL)).toBeDefined();
    expect(s.tokens.find((t) => t.type === T_EMOTICON)?.w).toBe('emo-');
    expect(s.tokens.find((t) => t.type === T_EMOJI)?.w).toBe('👋');
    expect(s.tokens.find((t) => t.type === T_PUNCT && t.w === '!')?.run).toBe(3);
    expect(s.tokens.find((t) => t.type === T_NUMBER)?.w).toBe('3');
    expect(s.letterCues.some((v) => v > 0)).toBe(true);
  });

  it('folds like fold() + skeleton() for Latin, Cyrillic and translit', () => {
    for (const w of ['Šodien', 'Сбербанк', 'ЖДУ', 'zhdu', 'schast', 'Ћевап', "Elisa't"])
      expect(foldWord(w)).toBe(skeleton(fold(w)).replace(/'/g, ''));
    expect(foldWord('segodnya')).toBe(foldWord('сегодня'));
    expect(foldWord('pochemu')).toBe(foldWord('почему'));
  });

  it('recognises URLs in any case and nothing that merely starts like one', () => {
    const s = scanText('see HTTPS://X.com/a and http://b.lv, www.bite.lv; httpx https:/ wwwx');
    expect(s.tokens.filter((t) => t.type === T_URL)).toHaveLength(3);
    expect(s.tokens.filter((t) => t.type === T_WORD).map((t) => t.w)).toEqual(
      expect.arrayContaining(['httpx', 'wwwx']),
    );
  });

  it('drops zero-width characters inside words and handles lone surrogates', () => {
    const s = scanText('nes\u200btrādā \ud800 ok');
    expect(s.tokens.filter((t) => t.type === T_WORD).map((t) => t.w)).toEqual(['nestrada', 'ok']);
  });
});
