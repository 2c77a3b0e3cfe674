import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../shared/rng.ts';
import type { FaqEntry } from '../../shared/types.ts';
import { detectDelimiter, joinList, parseFaqCsv, serializeFaqCsv, splitList } from './csv.ts';
import { parseFaqJson, serializeFaqJson } from './entry.ts';

describe('parseFaqCsv', () => {
  it('reads comma files with several rows per id, tags and language', () => {
    const csv = [
      'id,question,answer,tags,lang',
      'roaming,How much does roaming cost?,"Roaming in the EU costs the same as at home, {{author}}.",roaming|eu,en',
      'roaming,Is roaming free?,,,',
      'hours,When are you open?,We are here {{hours}}.,,en',
    ].join('\n');
    const r = parseFaqCsv(csv);
    expect(r.errors).toEqual([]);
    expect(r.entries).toEqual([
      {
        id: 'roaming',
        questions: ['How much does roaming cost?', 'Is roaming free?'],
        answer: 'Roaming in the EU costs the same as at home, {{author}}.',
        tags: ['roaming', 'eu'],
        lang: 'en',
      },
      { id: 'hours', questions: ['When are you open?'], answer: 'We are here {{hours}}.', lang: 'en' },
    ]);
  });

  it('reads semicolon files with a BOM and CRLF, Baltic spreadsheet style', () => {
    const csv =
      '\uFEFFID;Question;Answer;Lang\r\nkarte;Kāpēc karte nestrādā?;Lūdzu, pārbaudiet limitu; paldies.;lv\r\n';
    // The answer holds a semicolon without quotes: that is a column error, reported, not guessed.
    const bad = parseFaqCsv(csv);
    expect(bad.entries).toEqual([]);
    expect(bad.errors).toEqual([
      { line: 2, column: '', reason: expect.stringMatching(/expected 4 columns, found 5/) },
    ]);
    const good = parseFaqCsv(
      '\uFEFFID;Question;Answer;Lang\r\nkarte;Kāpēc karte nestrādā?;"Lūdzu; paldies.";lv\r\n',
    );
    expect(good.errors).toEqual([]);
    expect(good.entries[0]).toMatchObject({ id: 'karte', answer: 'Lūdzu; paldies.', lang: 'lv' });
  });

  it('lists each bad row with line, column and reason, and leaves bad entries out whole', () => {
    const csv = [
      'id,question,answer,tags,lang', // 1
      'a,"First, with a', // 2
      'line break",Answer A,,', // 3
      'a,,,,', // 4: empty question
      ',q,ans,,', // 5: empty id
      'b,q,,,', // 6: empty answer
      'c,q,Answer C,,en', // 7
      'c,q2,Another answer,,', // 8: different answer
      'd,q,Answer D,,english', // 9: bad language
      'e,q,Answer E,,en', // 10: fine
    ].join('\n');
    const r = parseFaqCsv(csv);
    expect(r.entries.map((e) => e.id)).toEqual(['e']);
    expect(r.errors).toEqual([
      { line: 4, column: 'question (2)', reason: 'empty question' },
      { line: 5, column: 'id (1)', reason: 'empty id' },
      { line: 6, column: 'answer (3)', reason: 'empty answer' },
      {
        line: 8,
        column: 'answer (3)',
        reason: expect.stringMatching(/different answer for "c" than on line 7/),
      },
      { line: 9, column: 'lang', reason: expect.stringMatching(/language code/) },
    ]);
  });

  it('explains a missing header column and an unterminated quote', () => {
    expect(parseFaqCsv('id,text,answer\nx,y,z').errors[0]).toMatchObject({
      line: 1,
      column: 'question',
      reason: expect.stringMatching(/no "question" column/),
    });
    const r = parseFaqCsv('id,question,answer\nx,y,"never closed\nz,w,v\n');
    expect(r.entries).toEqual([]);
    expect(r.errors[0]).toMatchObject({ line: 2, reason: expect.stringMatching(/CSV syntax/) });
    expect(parseFaqCsv('').errors[0]?.reason).toMatch(/empty/);
  });

  it('detects the separator from the header only', () => {
    expect(detectDelimiter('id;question;answer\n"a,b,c,d,e";x;y')).toBe(';');
    expect(detectDelimiter('id,question,answer\n"a;b;c;d";x;y')).toBe(',');
  });

  it('splits and joins | lists with escapes', () => {
    expect(splitList(' a | b\\|c | \\\\ |')).toEqual(['a', 'b|c', '\\']);
    for (const items of [['a|b', 'c\\', '\\|'], ['x'], []]) expect(splitList(joinList(items))).toEqual(items);
  });
});

// ---- property-style round trip ----------------------------------------------------------------

const PIECES = [
  'a',
  'Z',
  ' ',
  '  ',
  ',',
  ';',
  '"',
  '""',
  "'",
  '\n',
  '\r\n',
  '\t',
  '|',
  '\\',
  '{{author}}',
  '=SUM(A1)',
  '-1',
  'ā',
  'ž',
  'ų',
  'õ',
  'š',
  'Ђ',
  'ж',
  'Щ',
  'ё',
  'ć',
  'đ',
  '😀',
  '👩🏽‍💻',
  '🇱🇻',
  '中文',
  'עברית',
  'العربية',
  '\u200b',
  'e\u0301',
  '#tag',
  '@handle',
  'https://x.com/a?b=c,d',
];

function randomText(r: () => number, min = 1): string {
  let s = '';
  const n = min + Math.floor(r() * 8);
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(r() * PIECES.length)];
  // Questions and answers must contain something other than spaces.
  return s.trim() === '' ? `${s}x` : s;
}

function randomEntry(r: () => number, i: number): FaqEntry {
  const e: FaqEntry = {
    id: `id-${i}-${['ā', 'ж', '😀', 'x'][i % 4]}`,
    questions: Array.from({ length: 1 + Math.floor(r() * 3) }, () => randomText(r)),
    answer: randomText(r, 2),
  };
  // List items are trimmed by the CSV format: generate them trimmed and unique.
  const list = () => [...new Set(Array.from({ length: Math.floor(r() * 3) }, () => randomText(r).trim()))];
  const tags = list().filter((x) => x !== '');
  if (tags.length) e.tags = tags;
  const variants = list().filter((x) => x !== '');
  if (variants.length) e.variants = variants;
  if (r() < 0.7) e.lang = ['en', 'lv', 'lt', 'et', 'ru', 'sr', 'hr'][Math.floor(r() * 7)] as string;
  if (r() < 0.3) e.brand = randomText(r).trim() || 'brand';
  // Questions within an entry are unique (a repeated question row adds nothing).
  e.questions = [...new Set(e.questions)];
  return e;
}

describe('export → import round trip (property-style, 200 random files)', () => {
  it('CSV with comma and semicolon, with and without BOM, is lossless', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const r = mulberry32(seed);
      const entries = Array.from({ length: 1 + Math.floor(r() * 6) }, (_, i) => randomEntry(r, i));
      const delimiter = seed % 2 ? ',' : ';';
      const csv = serializeFaqCsv(entries, { delimiter, bom: seed % 3 === 0 });
      const back = parseFaqCsv(csv);
      expect(back.errors, `seed ${seed}`).toEqual([]);
      expect(back.entries, `seed ${seed}`).toEqual(entries);
    }
  });

  it('JSON is lossless, bookkeeping fields included', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const r = mulberry32(seed);
      const entries = Array.from({ length: 1 + Math.floor(r() * 6) }, (_, i) => ({
        ...randomEntry(r, i),
        usageCount: Math.floor(r() * 50),
        lastUsedAt: 1_700_000_000_000 + i,
        createdAt: 1_600_000_000_000,
        updatedAt: 1_650_000_000_000,
      }));
      const back = parseFaqJson(serializeFaqJson(entries));
      expect(back.errors, `seed ${seed}`).toEqual([]);
      expect(back.entries, `seed ${seed}`).toEqual(entries);
    }
  });
});
