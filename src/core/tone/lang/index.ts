/**
 * The language packs and their compiled matchers (compiled once, on first use).
 */
import { fold } from '../../text/index.ts';
import { compileList, compilePhrases, type PhraseMatcher } from '../matcher.ts';
import { en } from './en.ts';
import { et } from './et.ts';
import { lt } from './lt.ts';
import { lv } from './lv.ts';
import { ru } from './ru.ts';
import { hr, sr } from './sr-hr.ts';
import type { AddressRules, LangPack, StockPhrase } from './types.ts';

export type { AddressRules, LangPack, StockPhrase } from './types.ts';

export const PACKS: Record<string, LangPack> = { en, lv, lt, et, ru, sr, hr, bs: hr };

export const PACK_LANGS = ['en', 'lv', 'lt', 'et', 'ru', 'sr', 'hr'] as const;

/** The pack for a language code, or undefined (unknown language: the checks use all packs' phrases). */
export function packFor(lang: string | undefined): LangPack | undefined {
  if (!lang) return undefined;
  return PACKS[lang.toLowerCase().split(/[-_]/)[0] ?? ''];
}

export interface CompiledAddress {
  rules: AddressRules;
  formalWords: Set<string>;
  informalWords: Set<string>;
  notVerbs: Set<string>;
}

export interface CompiledPack {
  pack: LangPack | undefined;
  greetings: PhraseMatcher<string>;
  ack: PhraseMatcher<string>;
  nextStep: PhraseMatcher<string>;
  slang: PhraseMatcher<string>;
  warm: PhraseMatcher<string>;
  formalRegister: PhraseMatcher<string>;
  complaintCues: PhraseMatcher<string>;
  nextStepEnding: RegExp[];
  notNextStep: Set<string>;
  address: CompiledAddress | undefined;
}

const cache = new Map<string, CompiledPack>();

function uniq(lists: string[][]): string[] {
  return [...new Set(lists.flat())];
}

function compileAddress(rules: AddressRules): CompiledAddress {
  const formalWords = new Set<string>();
  const informalWords = new Set<string>();
  for (const w of [...rules.formalPronouns, ...rules.formalVerbs]) formalWords.add(fold(w));
  for (const w of [...rules.informalPronouns, ...rules.informalVerbs]) informalWords.add(fold(w));
  const notVerbs = new Set<string>();
  for (const w of rules.notVerbs ?? []) {
    notVerbs.add(w.toLowerCase());
    notVerbs.add(fold(w));
  }
  return { rules, formalWords, informalWords, notVerbs };
}

/** Compiled matchers for a language; an unknown language gets the union of every pack. */
export function compiledPack(lang: string | undefined): CompiledPack {
  const pack = packFor(lang);
  const key = pack?.lang ?? '*';
  const hit = cache.get(key);
  if (hit) return hit;
  const sources = pack ? [pack] : Object.values(PACKS);
  // Agents mix English into replies in every language ("Hi Anna", "sorry", "we'll check"), so English
  // openers, acknowledgements, commitments and warmth count in every language. Slang is not merged: the
  // English "u" is the Serbian and Croatian "in".
  const withEn = pack && pack.lang !== 'en' ? [pack, en] : sources;
  const pick = (f: (p: LangPack) => string[], from = sources) =>
    compileList(uniq(from.map(f)).sort((a, b) => b.length - a.length));
  const compiled: CompiledPack = {
    pack,
    greetings: pick((p) => p.greetings, withEn),
    ack: pick((p) => p.ack, withEn),
    nextStep: pick((p) => p.nextStep, withEn),
    slang: pick((p) => p.slang),
    warm: pick((p) => p.warm, withEn),
    formalRegister: pick((p) => p.formalRegister),
    complaintCues: pick((p) => p.complaintCues),
    nextStepEnding: sources.flatMap((p) => (p.nextStepEnding ? [p.nextStepEnding] : [])),
    notNextStep: new Set(sources.flatMap((p) => p.notNextStep ?? [])),
    address: pack?.address ? compileAddress(pack.address) : undefined,
  };
  cache.set(key, compiled);
  return compiled;
}

export interface StockEntry extends StockPhrase {
  lang: string;
}

let stockMatcher: PhraseMatcher<StockEntry> | undefined;
let blameMatcher: PhraseMatcher<string> | undefined;
let humourMatcher: PhraseMatcher<string> | undefined;

/**
 * Stock phrases of every language in one matcher: they are long and specific, so looking for all of them
 * costs one pass and survives a wrongly detected language. Longer patterns first, so the longest wins.
 */
export function stockPhrases(): PhraseMatcher<StockEntry> {
  if (!stockMatcher) {
    const seen = new Set<string>();
    const all: StockEntry[] = [];
    for (const l of PACK_LANGS)
      for (const s of PACKS[l]?.stock ?? []) {
        const k = fold(s.p);
        if (seen.has(k)) continue;
        seen.add(k);
        all.push({ ...s, lang: l });
      }
    all.sort((a, b) => b.p.length - a.p.length);
    stockMatcher = compilePhrases(all, (e) => e.p);
  }
  return stockMatcher;
}

/** Blaming phrases of every language (multi-word and specific, like the stock phrases). */
export function blamePhrases(): PhraseMatcher<string> {
  if (!blameMatcher) {
    const all = uniq(PACK_LANGS.map((l) => PACKS[l]?.blame ?? []));
    all.sort((a, b) => b.length - a.length);
    blameMatcher = compileList(all);
  }
  return blameMatcher;
}

/** Laughter and joke markers of every language. */
export function humourPhrases(): PhraseMatcher<string> {
  if (!humourMatcher) {
    const all = uniq(PACK_LANGS.map((l) => PACKS[l]?.humour ?? []));
    all.sort((a, b) => b.length - a.length);
    humourMatcher = compileList(all);
  }
  return humourMatcher;
}
