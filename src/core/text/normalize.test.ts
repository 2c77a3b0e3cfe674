import { describe, expect, it } from 'vitest';
import {
  fold,
  foldChar,
  isInvisible,
  normalize,
  normalizeView,
  skeleton,
  toOriginalSpan,
} from './normalize.ts';
import { tokenize } from './tokenize.ts';

/** Every output unit maps into the input, spans never go backwards, and each span is non-empty. */
function checkMap(input: string): void {
  const n = normalize(input);
  expect(n.starts.length).toBe(n.text.length);
  expect(n.ends.length).toBe(n.text.length);
  let prev = 0;
  for (let i = 0; i < n.text.length; i++) {
    const s = n.starts[i] as number;
    const e = n.ends[i] as number;
    expect(s).toBeGreaterThanOrEqual(prev);
    expect(e).toBeGreaterThan(s);
    expect(e).toBeLessThanOrEqual(input.length);
    prev = s;
  }
}

describe('normalize: diacritics of every working language', () => {
  it.each([
    ['Latvian', 'ā č ē ģ ī ķ ļ ņ š ū ž Ā Č Ē Ģ Ī Ķ Ļ Ņ Š Ū Ž', 'a c e g i k l n s u z a c e g i k l n s u z'],
    ['Lithuanian', 'ą č ę ė į š ų ū ž Ą Ę Ė Į Ų', 'a c e e i s u u z a e e i u'],
    ['Estonian', 'õ ä ö ü š ž Õ Ä Ö Ü', 'o a o u s z o a o u'],
    ['Serbian/Croatian Latin', 'ć č đ dž ž š Ć Č Đ DŽ Ž', 'c c dj dz z s c c dj dz z'],
    ['digraph ligatures', 'ǆ ǅ Ǆ ǉ ǌ', 'dz dz dz lj nj'],
  ])('%s', (_name, input, expected) => {
    expect(normalize(input).text).toBe(expected);
    checkMap(input);
  });

  it('folds decomposed input (letter + combining mark) like precomposed, widening the span', () => {
    const n = normalize('S\u030Cvedbanka\u0304');
    expect(n.text).toBe('svedbanka');
    expect(toOriginalSpan(n, 0, 1)).toEqual({ start: 0, end: 2 });
    expect(toOriginalSpan(n, 8, 9)).toEqual({ start: 9, end: 11 });
  });

  it('applies NFKC: full-width, ligatures, mathematical letters, superscripts, no-break space', () => {
    expect(fold('ＳＷＥＤＢＡＮＫ')).toBe('swedbank');
    expect(fold('ﬁnance')).toBe('finance');
    expect(fold('𝐒𝐰𝐞𝐝𝐛𝐚𝐧𝐤')).toBe('swedbank');
    expect(fold('Tele²')).toBe('tele2');
    expect(fold('a\u00A0b')).toBe('a b');
    expect(fold('Straße')).toBe('strasse');
  });
});

describe('normalize: Cyrillic to Latin', () => {
  it('Serbian Cyrillic meets Serbian Latin', () => {
    expect(fold('Ђорђе Ћирић џеп љубав њива Јована')).toBe(fold('Đorđe Ćirić džep ljubav njiva Jovana'));
    expect(fold('Теленор')).toBe('telenor');
  });

  it('Russian Cyrillic meets the Latin spelling of brand names', () => {
    expect(fold('Сбербанк')).toBe(fold('Sberbank'));
    expect(fold('СБЕРБАНКОМ')).toBe('sberbankom');
    expect(fold('сбербанковский')).toBe('sberbankovskij');
  });

  it('й and ї keep their own letters (they decompose under NFD)', () => {
    expect(fold('мой')).toBe('moj');
    expect(fold('Київ')).toBe('kijiv');
    expect(fold('ёлка')).toBe('elka');
    expect(fold('щука, шум, жук, цех, чай, хор, юг, яма, съел, быть')).toBe(
      'suka, sum, zuk, ceh, caj, hor, jug, jama, sel, byt',
    );
  });

  it('one Cyrillic letter to two Latin units maps both to the same source', () => {
    const n = normalize('юг');
    expect(n.text).toBe('jug');
    expect(toOriginalSpan(n, 0, 2)).toEqual({ start: 0, end: 1 });
    expect(toOriginalSpan(n, 2, 3)).toEqual({ start: 1, end: 2 });
  });
});

describe('normalize: invisible characters and look-alikes', () => {
  it.each([
    ['zero-width space', 'Swed\u200Bbank'],
    ['zero-width joiner', 'Swed\u200Dbank'],
    ['soft hyphen', 'Swed\u00ADbank'],
    ['word joiner', 'Swed\u2060bank'],
    ['BOM', '\uFEFFSwedbank'],
    ['left-to-right mark', 'Swed\u200Ebank'],
    ['right-to-left override', '\u202ESwedbank\u202C'],
    ['isolates', '\u2066Swedbank\u2069'],
    ['variation selector', 'Swedbank\uFE0F'],
    ['Hangul filler', 'Swed\u3164bank'],
  ])('drops %s', (_name, input) => {
    expect(fold(input)).toBe('swedbank');
    checkMap(input);
  });

  it('maps the visible letters around removed controls to their own offsets', () => {
    const input = 'Swed\u200Bbank';
    const n = normalize(input);
    expect(toOriginalSpan(n, 0, n.text.length)).toEqual({ start: 0, end: input.length });
    expect(n.starts[4]).toBe(5);
  });

  it('reads Cyrillic look-alikes in a Latin word as Latin', () => {
    // Ѕ, е, а below are Cyrillic.
    expect(fold('Ѕwеdbаnk')).toBe('swedbank');
    expect(fold('Теlіа')).toBe('telia');
    // Greek omicron and alpha in a Latin word
    expect(fold('Swedbαnk Telenοr')).toBe('swedbank telenor');
  });

  it('reads Latin look-alikes in a Cyrillic word as Cyrillic (p → р → r, c → с → s)', () => {
    // Latin C, e, p, a inside Russian words
    expect(fold('Cбербанк')).toBe('sberbank');
    expect(fold('сбeрбaнк')).toBe('sberbank');
    expect(fold('пpивет')).toBe('privet');
    expect(fold('Теleнор')).toBe(fold('Теленор'));
  });

  it('leaves unmixed words alone and does not treat lower-case н, в, т as look-alikes', () => {
    expect(fold('hotel')).toBe('hotel');
    expect(fold('нота')).toBe('nota');
    expect(fold('box')).toBe('box');
  });

  it('isInvisible covers bidi controls and tags used to hide text', () => {
    for (const cp of [0x200b, 0x200e, 0x202a, 0x202e, 0x2066, 0x2069, 0xfeff, 0x061c, 0xe0100])
      expect(isInvisible(cp)).toBe(true);
    for (const cp of [0x20, 0x41, 0x0430, 0x2019]) expect(isInvisible(cp)).toBe(false);
  });
});

describe('normalize: bad input', () => {
  it('turns lone surrogates into U+FFFD, one unit each, and keeps valid pairs', () => {
    const input = 'a\uD800b\uDC00c😀d';
    const n = normalize(input);
    expect(n.text).toBe('a\uFFFDb\uFFFDc😀d');
    expect(toOriginalSpan(n, 5, 7)).toEqual({ start: 5, end: 7 });
    checkMap(input);
    expect(fold('\uD83D')).toBe('\uFFFD');
  });

  it('empty input', () => {
    const n = normalize('');
    expect(n.text).toBe('');
    expect(n.starts.length).toBe(0);
    expect(toOriginalSpan(n, 0, 1)).toEqual({ start: 0, end: 0 });
  });

  it('handles a 1 MB post quickly with a correct map', () => {
    const unit = 'Swedbankā nestrādā! Сбербанку\u200B 😀 ';
    const input = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const t0 = performance.now();
    const n = normalize(input);
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(10_000);
    const again = normalize(unit).text;
    expect(n.text.startsWith(again + again)).toBe(true);
    expect(n.ends[n.ends.length - 1]).toBe(input.length);
  });

  it('random strings from a mixed alphabet keep the map invariants and fold === normalize().text', () => {
    const alphabet = [
      ..."aāčšžеорсхуABCЅЈіјђћџљњ -'’#@./😀",
      '\u200B',
      '\u0301',
      '\uD800',
      '\uDC00',
      'ǆ',
      'ﬁ',
      'ß',
      'ю',
    ];
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    for (let t = 0; t < 300; t++) {
      let s = '';
      const len = rnd() % 40;
      for (let k = 0; k < len; k++) s += alphabet[rnd() % alphabet.length];
      checkMap(s);
      expect(fold(s)).toBe(normalize(s).text);
    }
  });
});

describe('normalizeView and helpers', () => {
  it('normalizeView gives the same units and map as normalize', () => {
    const input = 'Сбербанку Swedbankā';
    const n = normalize(input);
    const v = normalizeView(input);
    expect(v.length).toBe(n.text.length);
    expect(String.fromCharCode(...v.codes.subarray(0, v.length))).toBe(n.text);
    expect([...v.starts.subarray(0, v.length)]).toEqual([...n.starts]);
    expect([...v.ends.subarray(0, v.length)]).toEqual([...n.ends]);
  });

  it('foldChar folds one character, and a longer string like fold', () => {
    expect(foldChar('Ā')).toBe('a');
    expect(foldChar('й')).toBe('j');
    expect(foldChar('\u200B')).toBe('');
    expect(foldChar('😀')).toBe('😀');
    expect(foldChar('Šā')).toBe('sa');
  });

  it('skeleton collapses Latin digraphs typed for Russian', () => {
    expect(skeleton('chto')).toBe(skeleton(fold('что')));
    expect(skeleton('zhdu')).toBe(fold('жду'));
    expect(skeleton('shchuka')).toBe(fold('щука'));
  });
});

describe('tokenizer agrees with normalize on invisible characters', () => {
  it('keeps a word whole across a zero-width space, soft hyphen or bidi mark', () => {
    for (const inv of ['\u200B', '\u00AD', '\u200E', '\u2060']) {
      const toks = tokenize(`Hello Swed${inv}bank!`);
      expect(toks.map((t) => t.norm)).toEqual(['hello', 'swedbank']);
      expect(toks[1]?.text).toBe(`Swed${inv}bank`);
    }
  });

  it('keeps hyphen and apostrophe case endings with base and suffix', () => {
    const toks = tokenize("A1-u Elisa’t LMT-ai Tele2-ui Elisa't");
    expect(toks.map((t) => [t.kind, t.base, t.suffix])).toEqual([
      ['word', 'a1', 'u'],
      ['word', 'elisa', 't'],
      ['word', 'lmt', 'ai'],
      ['word', 'tele2', 'ui'],
      ['word', 'elisa', 't'],
    ]);
  });

  it('keeps handles, hashtags, URLs with their domain, emoji and numbers', () => {
    const toks = tokenize('@Swedbank_LV #Swedbankā https://www.swedbank.lv/private?x=1, bite.lv 😀 2024');
    expect(toks.map((t) => [t.kind, t.norm])).toEqual([
      ['handle', 'swedbank_lv'],
      ['hashtag', 'swedbanka'],
      ['url', 'swedbank.lv'],
      ['url', 'bite.lv'],
      ['emoji', '😀'],
      ['number', '2024'],
    ]);
  });

  it('never throws on lone surrogates and spans stay inside the text', () => {
    const s = '\uD800abc \uDC00 @x #y';
    for (const t of tokenize(s)) {
      expect(t.start).toBeGreaterThanOrEqual(0);
      expect(t.end).toBeLessThanOrEqual(s.length);
      expect(s.slice(t.start, t.end)).toBe(t.text);
    }
  });
});
