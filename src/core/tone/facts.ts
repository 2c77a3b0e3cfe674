/**
 * Facts in a draft and in the FAQ answer it came from: amounts of money, data, percentages, durations,
 * times of day, dates, and the unit a price is "per" ("1 ct per MB"). A draft fact contradicts the FAQ
 * when the FAQ states a fact of the same kind about the same thing (a shared neighbouring word, or the
 * only fact of that kind on both sides for prices, data and percentages) with a different value.
 *
 * Matching runs on folded text (core/text normalize), so "МБ", "mb" and "MB", "1,5 €" and "1.50 EUR",
 * "0,10 €" and "10 ct" compare as the same thing. Spans map back to the original text.
 */
import { type Normalized, normalize, toOriginalSpan } from '../text/index.ts';
import { wordSpans } from './matcher.ts';

export type FactKind = 'money' | 'data' | 'percent' | 'duration' | 'time' | 'date' | 'rate-unit' | 'number';

export interface Fact {
  kind: FactKind;
  /** Canonical value for comparison ("EUR:10" cents, "1000000" bytes, "mb" for a rate unit …). */
  key: string;
  /** Numeric value in base units (for tolerant comparison), when there is one. */
  value?: number;
  /** Unit family for numeric comparison (currency, "bytes", "min", "%", …). */
  unit?: string;
  /** Original text and its span. */
  text: string;
  start: number;
  end: number;
  /** Folded neighbouring words (context for aligning a draft fact with a FAQ fact). */
  context: string[];
}

const NUM = String.raw`\d{1,3}(?:[ \u00a0]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;

type UnitDef = { re: string; kind: FactKind; unit: string; factor: number };

// Folded unit spellings (lower case, no diacritics, Cyrillic as Latin skeleton: "мб" → "mb", "евро" → "evro").
const UNITS: UnitDef[] = [
  { re: String.raw`€|eur\p{L}*|eiro|evro`, kind: 'money', unit: 'EUR', factor: 100 },
  { re: String.raw`ct|cent\p{L}*|senti|snt|centov|centa`, kind: 'money', unit: 'EUR', factor: 1 },
  { re: String.raw`\$|usd|dollar\p{L}*|dolar\p{L}*`, kind: 'money', unit: 'USD', factor: 100 },
  { re: String.raw`₽|rub\p{L}*`, kind: 'money', unit: 'RUB', factor: 100 },
  { re: String.raw`kop\p{L}*`, kind: 'money', unit: 'RUB', factor: 1 },
  { re: String.raw`rsd|din\p{L}*`, kind: 'money', unit: 'RSD', factor: 100 },
  { re: String.raw`kn|kun\p{L}*`, kind: 'money', unit: 'HRK', factor: 100 },
  { re: 'tb|tib', kind: 'data', unit: 'bytes', factor: 1e12 },
  { re: 'gb|gib|gbit/s|gbps', kind: 'data', unit: 'bytes', factor: 1e9 },
  { re: 'mb|mib|mbit/s|mbps', kind: 'data', unit: 'bytes', factor: 1e6 },
  { re: 'kb|kib|kbit/s|kbps', kind: 'data', unit: 'bytes', factor: 1e3 },
  {
    re: String.raw`%|procent\p{L}*|protsent\p{L}*|percent\p{L}*|posto`,
    kind: 'percent',
    unit: '%',
    factor: 1,
  },
  {
    re: String.raw`darba dien\p{L}*|darbo dien\p{L}*|toopaev\p{L}*|rabocih dn\p{L}*|radnih dana|radna dana|working days?|business days?`,
    kind: 'duration',
    unit: 'workday',
    factor: 1,
  },
  { re: String.raw`sek\p{L}*|sec\p{L}*|s`, kind: 'duration', unit: 'min', factor: 1 / 60 },
  { re: String.raw`min\p{L}*`, kind: 'duration', unit: 'min', factor: 1 },
  {
    re: String.raw`h|hours?|hrs?|stund\p{L}*|valand\p{L}*|tund\p{L}*|cas\p{L}*|sat\p{L}*`,
    kind: 'duration',
    unit: 'min',
    factor: 60,
  },
  {
    re: String.raw`days?|dien\p{L}*|paev\p{L}*|dn\p{L}*|den|dan\p{L}*`,
    kind: 'duration',
    unit: 'min',
    factor: 1440,
  },
  {
    re: String.raw`weeks?|nedel\p{L}*|savait\p{L}*|nadal\p{L}*|sedmic\p{L}*|tjedn\p{L}*|tjedan`,
    kind: 'duration',
    unit: 'min',
    factor: 10080,
  },
  {
    re: String.raw`months?|menes\p{L}*|kuu\p{L}*|mesjac\p{L}*|mesec\p{L}*|mjesec\p{L}*`,
    kind: 'duration',
    unit: 'min',
    factor: 43200,
  },
];

const UNIT_ALT = UNITS.map((u) => `(${u.re})`).join('|');
const W = String.raw`[\p{L}\p{N}]`;

// amount then unit ("10 ct", "1,5 €", "500 MB", "3 darba dienas")
// (The "not inside a word or number" check on the left is done in code: a leading lookbehind makes V8 try
// the whole pattern at every position, several times slower on a 280-character draft.)
const RE_AMOUNT_UNIT = new RegExp(`(${NUM})\\s?(?:${UNIT_ALT})(?!${W})`, 'gu');
// currency sign then amount ("€10", "$5", "eur 10")
const RE_UNIT_AMOUNT = new RegExp(`(€|\\$|₽|eur|usd|rsd)\\s?(${NUM})(?!${W}|[.,]\\d)`, 'gu');
const RE_WORDCHAR = /[\p{L}\p{N}]/u;

/** Whether a match at `at` starts inside a word, or (for amounts) right after "1." / "1,". */
function glued(t: string, at: number, number: boolean): boolean {
  const prev = t[at - 1];
  if (prev === undefined) return false;
  if (RE_WORDCHAR.test(prev)) return true;
  return number && (prev === '.' || prev === ',') && /\d/.test(t[at - 2] ?? '');
}
// Times only with a colon: "1.50" is a price or a date far more often than 01:50.
const RE_TIME = new RegExp(`(?<!${W}|[:.])([01]?\\d|2[0-3]):([0-5]\\d)(?!${W}|[:.]\\d)`, 'gu');
const RE_DATE_DMY = new RegExp(
  `(?<!${W}|[.:])(\\d{1,2})\\.\\s?(\\d{1,2})\\.(?:\\s?(\\d{4}|\\d{2})(?!${W}))?`,
  'gu',
);
const RE_DATE_ISO = new RegExp(`(?<!${W})(\\d{4})-(\\d{2})-(\\d{2})(?!${W})`, 'gu');
// the unit a price is counted in: "per MB", "par minūti", "/min", "за мб", "po SMS", "už MB"
const RE_RATE = new RegExp(
  `(?:(?:per|par|za|uz|po|eest)\\s+|/\\s?)(kb|mb|gb|tb|sms|mms|min\\p{L}*|sek\\p{L}*|sec\\p{L}*|stund\\p{L}*|hour|h|valand\\p{L}*|tund\\p{L}*|cas|sat|menes\\p{L}*|month|mesjac\\p{L}*|mesec\\p{L}*|mjesec\\p{L}*|kuu\\p{L}*|dien\\p{L}*|day|den)(?!${W})`,
  'gdu',
);
const RE_LONG_NUMBER = new RegExp(`(?<!${W}|[.,:])(\\d{3,})(?!${W}|[.,:]\\d)`, 'gu');

function parseNumber(raw: string): number {
  let s = raw.replace(/[ \u00a0]/g, '');
  if (s.includes(',') && s.includes('.'))
    s = s.replace(s.lastIndexOf(',') > s.lastIndexOf('.') ? /\./g : /,/g, '');
  return Number(s.replace(',', '.'));
}

function canonicalRate(u: string): string {
  if (/^(min|minut)/.test(u)) return 'min';
  if (/^(sek|sec)/.test(u)) return 'sec';
  if (/^(stund|hour|h$|valand|tund|cas|sat)/.test(u)) return 'hour';
  if (/^(menes|month|mesjac|mesec|mjesec|kuu)/.test(u)) return 'month';
  if (/^(dien|day|den)/.test(u)) return 'day';
  return u;
}

interface WordPos {
  norm: string;
  start: number;
  end: number;
}

function wordsOf(text: string): WordPos[] {
  return wordSpans(text).map((w) => ({ norm: w.word, start: w.start, end: w.start + w.word.length }));
}

const UNIT_WORD = new RegExp(`^(?:${UNITS.map((u) => u.re).join('|')}|per|par|za|uz|po)$`, 'u');
const unitWordMemo = new Map<string, boolean>();
/** Whether a folded word is a unit or "per" (memoised: the same words recur in every draft). */
function isUnitWord(w: string): boolean {
  let v = unitWordMemo.get(w);
  if (v === undefined) {
    v = UNIT_WORD.test(w);
    if (unitWordMemo.size > 4096) unitWordMemo.clear();
    unitWordMemo.set(w, v);
  }
  return v;
}

function contextOf(words: WordPos[], start: number, end: number): string[] {
  const before: string[] = [];
  const after: string[] = [];
  for (let i = words.length - 1; i >= 0 && before.length < 3; i--) {
    const w = words[i] as WordPos;
    if (w.end > start) continue;
    if (!/^\d+$/.test(w.norm) && !isUnitWord(w.norm) && w.norm.length > 1) before.push(w.norm);
  }
  for (const w of words) {
    if (after.length >= 3) break;
    if (w.start < end) continue;
    if (!/^\d+$/.test(w.norm) && !isUnitWord(w.norm) && w.norm.length > 1) after.push(w.norm);
  }
  return [...before, ...after];
}

/** Extract the facts of a text. */
export function extractFacts(text: string, normalized?: Normalized): Fact[] {
  const norm = normalized ?? normalize(text);
  const t = norm.text;
  let words: WordPos[] | undefined;
  const wordsAt = (): WordPos[] => {
    if (!words) words = wordsOf(t);
    return words;
  };
  const facts: Fact[] = [];
  const taken: [number, number][] = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && a < e);
  const add = (kind: FactKind, s: number, e: number, key: string, value?: number, unit?: string) => {
    if (overlaps(s, e)) return;
    taken.push([s, e]);
    const span = toOriginalSpan(norm, s, e);
    const f: Fact = {
      kind,
      key,
      text: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      context: contextOf(wordsAt(), s, e),
    };
    if (value !== undefined) f.value = value;
    if (unit !== undefined) f.unit = unit;
    facts.push(f);
  };

  const digits = /\d/.test(t);
  if (digits) collectNumeric(t, add);
  for (const m of t.matchAll(RE_RATE)) {
    if (m[0][0] !== '/' && glued(t, m.index, false)) continue;
    const idx = m.indices?.[1];
    if (!idx) continue;
    const u = canonicalRate(m[1] as string);
    add('rate-unit', idx[0], idx[1], u);
  }
  if (digits)
    for (const m of t.matchAll(RE_LONG_NUMBER)) {
      add('number', m.index, m.index + m[0].length, m[1] as string, Number(m[1]), 'n');
    }
  facts.sort((a, b) => a.start - b.start);
  return facts;
}

type Add = (kind: FactKind, s: number, e: number, key: string, value?: number, unit?: string) => void;

const SIGN_UNITS = new Map<string, UnitDef>();
function signUnit(sign: string): UnitDef | undefined {
  let d = SIGN_UNITS.get(sign);
  if (!d) {
    d = UNITS.find((u) => new RegExp(`^(?:${u.re})$`, 'u').test(sign));
    if (d) SIGN_UNITS.set(sign, d);
  }
  return d;
}

/** Dates, times and amounts (only looked for when the text has a digit). */
function collectNumeric(t: string, add: Add): void {
  for (const m of t.matchAll(RE_DATE_ISO)) {
    add('date', m.index, m.index + m[0].length, `${Number(m[3])}.${Number(m[2])}.${m[1]}`);
  }
  for (const m of t.matchAll(RE_DATE_DMY)) {
    const d = Number(m[1]);
    const mo = Number(m[2]);
    if (d < 1 || d > 31 || mo < 1 || mo > 12) continue;
    const y = m[3] ? (m[3].length === 2 ? `20${m[3]}` : m[3]) : '';
    add('date', m.index, m.index + m[0].length, `${d}.${mo}.${y}`);
  }
  for (const m of t.matchAll(RE_TIME)) {
    const v = Number(m[1]) * 60 + Number(m[2]);
    add('time', m.index, m.index + m[0].length, String(v), v, 'minute-of-day');
  }
  for (const m of t.matchAll(RE_UNIT_AMOUNT)) {
    if (glued(t, m.index, false)) continue;
    const sign = m[1] as string;
    const def = signUnit(sign);
    if (!def) continue;
    const v = parseNumber(m[2] as string) * def.factor;
    add(def.kind, m.index, m.index + m[0].length, `${def.unit}:${round(v)}`, v, def.unit);
  }
  for (const m of t.matchAll(RE_AMOUNT_UNIT)) {
    if (glued(t, m.index, true)) continue;
    let g = 2;
    while (g < m.length && m[g] === undefined) g++;
    const def = UNITS[g - 2];
    if (!def) continue;
    const v = parseNumber(m[1] as string) * def.factor;
    // A bare "s" or "h" after a number is a unit only when written right after it or as a word ("5 h").
    add(def.kind, m.index, m.index + m[0].length, `${def.unit}:${round(v)}`, v, def.unit);
  }
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}

function same(a: Fact, b: Fact): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'date') {
    // A date without a year matches the same day and month in any year.
    const [ad, am, ay] = a.key.split('.');
    const [bd, bm, by] = b.key.split('.');
    return ad === bd && am === bm && (!ay || !by || ay === by);
  }
  if (a.value !== undefined && b.value !== undefined && a.unit === b.unit) {
    if (a.kind === 'data') return Math.abs(a.value - b.value) <= 0.025 * Math.max(a.value, b.value);
    return Math.abs(a.value - b.value) < 1e-9;
  }
  return a.key === b.key;
}

export interface FactConflict {
  draft: Fact;
  faq: Fact;
}

/** Kinds where a lone fact on each side is taken to be about the same thing even without shared words. */
const LONE_ALIGN = new Set<FactKind>(['money', 'data', 'percent', 'rate-unit']);

/**
 * Draft facts that contradict the FAQ answer (and its variants): one conflict per draft fact, with the
 * FAQ fact it contradicts.
 */
export function factConflicts(draftFacts: readonly Fact[], faqFacts: readonly Fact[]): FactConflict[] {
  const out: FactConflict[] = [];
  for (const f of draftFacts) {
    const sameKind = faqFacts.filter(
      (g) => g.kind === f.kind && (g.unit === f.unit || g.kind === 'rate-unit'),
    );
    if (sameKind.length === 0) continue;
    if (sameKind.some((g) => same(f, g))) continue;
    let best: Fact | undefined;
    let bestShared = 0;
    for (const g of sameKind) {
      const shared = g.context.filter((w) => f.context.includes(w)).length;
      if (shared > bestShared) {
        bestShared = shared;
        best = g;
      }
    }
    if (!best && LONE_ALIGN.has(f.kind) && sameKind.length === 1) {
      const draftSameKind = draftFacts.filter((d) => d.kind === f.kind && d.unit === f.unit).length;
      if (draftSameKind === 1) best = sameKind[0];
    }
    if (best) out.push({ draft: f, faq: best });
  }
  return out;
}
