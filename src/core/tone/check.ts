/**
 * checkDraft: the agent's draft against the brand voice, the customer's post, the FAQ answer it came from
 * and the agent's recent replies. Every finding names the words behind it (a span in the draft), says why
 * in the UI language, suggests what to do and, where an edit is safe, offers it as a one-click fix.
 *
 *   draft ─ normalize + tokenize once ─┬─ stock phrases (all languages, one regex)      → robotic
 *                                      ├─ shingles vs FAQ answer / last 50 replies       → robotic
 *                                      ├─ opening: greeting, author's name or handle     → no-greeting, no-name
 *                                      ├─ complaint? acknowledgement / next step          → no-apology, no-next-step
 *                                      ├─ platform length (X: URLs count 23)             → too-long
 *                                      ├─ capitals, !!!                                   → shouting
 *                                      ├─ blaming phrases                                 → blame
 *                                      ├─ T/V pronouns and verb forms vs each other/voice → address-mismatch
 *                                      ├─ numbers, units, dates vs the FAQ answer         → fact-mismatch
 *                                      ├─ signature                                       → missing-signature
 *                                      └─ emoji, slang, exclamations, humour on complaint → off-voice
 * Pure: no DOM, no browser API.
 */
import type { Platform } from '../../shared/types.ts';
import {
  detectLanguage,
  fold,
  type Normalized,
  normalize,
  type Token,
  tokenize,
  toOriginalSpan,
} from '../text/index.ts';
import { addressMarkers } from './address.ts';
import { extractFacts, type Fact, factConflicts } from './facts.ts';
import {
  blamePhrases,
  type CompiledPack,
  compiledPack,
  humourPhrases,
  packFor,
  stockPhrases,
} from './lang/index.ts';
import { countLength, lengthLimit } from './length.ts';
import { wordsOf } from './matcher.ts';
import { addressName, localize, type Params, PLATFORM_NAMES, voiceLimitName } from './messages.ts';
import { analyzeShingles, mostSimilar } from './similarity.ts';
import type { CheckOptions, Finding, FindingCode, Fix, Rule } from './types.ts';

/** Jaccard of word bigrams at or above which a draft "repeats" the FAQ answer. */
export const FAQ_REPEAT_THRESHOLD = 0.7;
/** … or one of the agent's recent replies. */
export const RECENT_REPEAT_THRESHOLD = 0.6;
/** How many recent replies are compared. */
export const RECENT_WINDOW = 50;
/** Drafts with fewer content words are too short to call a repetition. */
const MIN_REPEAT_WORDS = 6;
/** At most this many findings per rule (a draft in all capitals is one problem, not forty). */
const MAX_PER_RULE = 6;

const CODE_OF: Record<Rule, FindingCode> = {
  'robotic-phrase': 'robotic',
  'robotic-faq': 'robotic',
  'robotic-recent': 'robotic',
  'no-greeting': 'no-greeting',
  'no-name': 'no-name',
  'no-apology': 'no-apology',
  'no-next-step': 'no-next-step',
  'too-long': 'too-long',
  'shouting-caps': 'shouting',
  'shouting-exclaim': 'shouting',
  blame: 'blame',
  'address-mix': 'address-mismatch',
  'address-voice': 'address-mismatch',
  'fact-mismatch': 'fact-mismatch',
  'missing-signature': 'missing-signature',
  'off-voice-emoji': 'off-voice',
  'off-voice-slang': 'off-voice',
  'off-voice-exclaim': 'off-voice',
  'humour-on-complaint': 'off-voice',
};

const ERROR_RULES = new Set<Rule>(['too-long', 'fact-mismatch']);

/** Acronyms and units that are written in capitals on purpose. */
const ACRONYMS = new Set(
  (
    'SMS MMS PIN PUK ATM IBAN SWIFT BIC EUR USD RUB RSD GBP KB MB GB TB FAQ URL HTTP HTTPS WWW ID OK EU ES ЕС VAT PVN PVM ' +
    'KMKR PDV НДС LTE WIFI USB SIM ESIM NFC QR PDF CEO IT TV GPS API APP IOS CV DM PM AM UTC EET EEST CET CEST MSK ' +
    'VISA NB ASAP UAB SIA AS OU OÜ AB DOO D.O.O ООО ИНН СМС ПИН ВК FB LV LT EE RU RS HR EN'
  ).split(' '),
);

const HUMOUR_EMOJI = /^(?:😂|🤣|😆|😜|😝|😛|😉|😄|😁|😅|🙃|🤪|😹)/u;
const HUMOUR_EMOTICON = /^(?:[;:=xX8]-?[DPp]+|;-?\)+|xD+|XD+)$/u;
const ANGRY = /😡|🤬|😠|👎|😤/u;

export interface Author {
  /** As given, for messages ("@anna" or "Anna Bērziņa"). */
  display: string;
  /** Folded handle without "@", if the author is a handle. */
  handle?: string;
  /** Names to look for (as written; the first is the one to greet with). */
  names: string[];
}

/** Read the author field: a display name ("Anna Bērziņa") or a handle ("@anna_b"). */
export function parseAuthor(author: string | undefined): Author | undefined {
  const a = author?.trim();
  if (!a) return undefined;
  const isHandle = a.startsWith('@') || (!/\s/.test(a) && /[_\d.]/.test(a));
  if (isHandle) {
    const h = a.replace(/^@/, '');
    const first = /^\p{L}{3,}/u.exec(h.split(/[_.\d-]/)[0] ?? '')?.[0];
    const names = first ? [first.charAt(0).toUpperCase() + first.slice(1).toLowerCase()] : [];
    return { display: a.startsWith('@') ? a : `@${a}`, handle: fold(h), names };
  }
  const names = a.split(/[\s,]+/).filter((w) => /\p{L}{2,}/u.test(w));
  return { display: a, names };
}

const authorMemo = new Map<string, Author | undefined>();
function authorCached(author: string | undefined): Author | undefined {
  if (author === undefined) return undefined;
  if (authorMemo.has(author)) return authorMemo.get(author);
  const a = parseAuthor(author);
  if (authorMemo.size > 256) authorMemo.clear();
  authorMemo.set(author, a);
  return a;
}

/** The stem of a folded name for inflection-tolerant matching ("janis" → "jan", "anna" → "ann"). */
function nameStem(folded: string): string {
  if (folded.length <= 3) return folded;
  const m = /(?:is|us|as|ys|es|s|a|e|i|o|u|y|j)$/.exec(folded);
  if (m && folded.length - m[0].length >= 3) return folded.slice(0, -m[0].length);
  return folded;
}

interface NameKey {
  full: string;
  stem: string;
}

function nameKey(name: string): NameKey {
  const full = fold(name);
  return { full, stem: nameStem(full) };
}

function matchesKey(word: string, k: NameKey): boolean {
  if (word === k.full) return true;
  return (
    word.startsWith(k.stem) &&
    word.length - k.stem.length <= 3 &&
    word.length >= Math.min(k.full.length, k.stem.length + 1) - 1
  );
}

/** Does a folded word address the name (any case form: "Jāni" for Jānis, "Onai" for Ona, "Анну" for Анна)? */
export function matchesName(word: string, name: string): boolean {
  return matchesKey(word, nameKey(name));
}

/** Whether the post looks like a complaint (fallback when the caller has no classification). */
export function looksLikeComplaint(post: string, lang?: string): boolean {
  if (ANGRY.test(post) || /!{2,}/.test(post)) return true;
  const norm = normalize(post);
  if (compiledPack(undefined).complaintCues.find(norm, post).length > 0) return true;
  return lang ? compiledPack(lang).complaintCues.find(norm, post).length > 0 : false;
}

function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

/** The replacement in the case of the text it replaces (capital first letter kept). */
function matchCase(original: string, replacement: string): string {
  const first = original.charAt(0);
  return first !== first.toLocaleLowerCase() ? capitalize(replacement) : replacement;
}

function isSentenceStart(draft: string, at: number, contentStart: number): boolean {
  if (at <= contentStart) return true;
  return /[.!?…\n]\s*$/u.test(draft.slice(Math.max(contentStart, at - 6), at));
}

const RE_HANDLE = /@[\p{L}\p{N}_.]*[\p{L}\p{N}_]/gu;
const RE_URLISH = /(?:https?:\/\/|www\.)[^\s<>"'“”«»]+/giu;
const RE_EMOJI =
  /\p{Extended_Pictographic}(?:\uFE0F|[\u{1F3FB}-\u{1F3FF}])?(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|[\u{1F3FB}-\u{1F3FF}])?)*/gu;
const RE_EMOTICON = /(?<!\S)(?:[:;=8][-o^']?[()[\]DPp/\\|*3]+|[)(]{2,}|<3|:-?\/)(?!\S)/gu;
const RE_ZERO_FOLD = /[ьъЬЪ\p{M}\u00ad\u200b-\u200d\u2060\ufeff]/u;
/** A bare domain that X would count as a link ("velora.lv"): then the full tokenizer is needed for X. */
const RE_DOMAINISH =
  /[\p{L}\p{N}]\.(?:lv|lt|ee|com|net|org|ru|rs|hr|ba|me|si|eu|io|co|info|biz|fi|de|pl|ua|by|uk|se|no|dk|app|shop|store)\b/iu;

/** Any UTF-16 unit above U+24FF (emoji live above; cheaper than running the emoji pattern on every draft). */
function hasHighCodeUnit(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x24ff) return true;
  return false;
}

/**
 * The draft's words, @handles, emoji and emoticons, from the normalised text the phrase matchers already
 * scanned: about 4x cheaper than the general tokenizer, which the checks do not need (they want words with
 * their folded form and original span). Words inside links and handles are left out; "we'll" and "A1-u"
 * become two words, which none of the checks minds.
 */
function lightTokens(draft: string, norm: Normalized): Token[] {
  const out: Token[] = [];
  const skip: [number, number][] = [];
  if (draft.includes('@'))
    for (const m of draft.matchAll(RE_HANDLE)) {
      const raw = m[0].replace(/\.+$/, '');
      out.push({
        kind: 'handle',
        text: raw,
        norm: fold(raw.slice(1)),
        start: m.index,
        end: m.index + raw.length,
      });
      skip.push([m.index, m.index + raw.length]);
    }
  if (/https?:|www\./i.test(draft))
    for (const m of draft.matchAll(RE_URLISH)) skip.push([m.index, m.index + m[0].length]);
  for (const w of wordsOf(norm)) {
    const span = toOriginalSpan(norm, w.start, w.start + w.word.length);
    // Letters that fold to nothing (Russian ь/ъ, marks, invisible controls) still belong to the word.
    while (span.end < draft.length && RE_ZERO_FOLD.test(draft[span.end] as string)) span.end++;
    if (skip.length > 0 && skip.some(([a, z]) => span.start >= a && span.start < z)) continue;
    const c = w.word.charCodeAt(0);
    const kind = c >= 48 && c <= 57 && /^\d+$/.test(w.word) ? 'number' : 'word';
    out.push({
      kind,
      text: draft.slice(span.start, span.end),
      norm: w.word,
      start: span.start,
      end: span.end,
    });
  }
  if (hasHighCodeUnit(draft))
    for (const m of draft.matchAll(RE_EMOJI))
      out.push({ kind: 'emoji', text: m[0], norm: m[0], start: m.index, end: m.index + m[0].length });
  if (/[:;=8<)(]/.test(draft))
    for (const m of draft.matchAll(RE_EMOTICON))
      out.push({ kind: 'emoticon', text: m[0], norm: m[0], start: m.index, end: m.index + m[0].length });
  return out.sort((a, b) => a.start - b.start);
}

/** Where the message proper starts: after leading @handles (X puts them there) and whitespace. */
function contentStartOf(draft: string, tokens: readonly Token[]): number {
  let pos = 0;
  for (const t of tokens) {
    if (t.kind !== 'handle') break;
    if (!/^[\s,;:]*$/u.test(draft.slice(pos, t.start))) break;
    pos = t.end;
  }
  const rest = /^[\s,;:–—-]*/u.exec(draft.slice(pos));
  return pos + (rest ? rest[0].length : 0);
}

function formatTime(d: Date, timezone: string | undefined): string {
  const opts: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  try {
    return new Intl.DateTimeFormat('en-GB', { ...opts, timeZone: timezone ?? 'UTC' }).format(d);
  } catch {
    return new Intl.DateTimeFormat('en-GB', { ...opts, timeZone: 'UTC' }).format(d);
  }
}

/** A time to promise: an hour from now, rounded up to the next half hour. */
function promiseTime(now: Date): Date {
  const t = now.getTime() + 60 * 60_000;
  const half = 30 * 60_000;
  return new Date(Math.ceil(t / half) * half);
}

function stripTemplate(s: string): string {
  return s.replace(/\{\{[^}]*\}\}/g, ' ');
}

const faqFactsCache = new Map<string, Fact[]>();
function faqFacts(texts: readonly string[]): Fact[] {
  const out: Fact[] = [];
  for (const t of texts) {
    let f = faqFactsCache.get(t);
    if (!f) {
      f = extractFacts(t);
      if (faqFactsCache.size > 256) faqFactsCache.clear();
      faqFactsCache.set(t, f);
    }
    out.push(...f);
  }
  return out;
}

const CYRILLIC_LANGS = new Set(['ru', 'uk', 'be', 'bg', 'mk', 'sr']);
/** A Cyrillic draft for a Latin-script voice language (or the reverse): the voice's language cannot be it. */
function scriptDiffers(draft: string, voiceLang: string | undefined): boolean {
  if (!voiceLang) return true;
  const cyr = (draft.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const lat = (draft.match(/\p{Script=Latin}/gu) ?? []).length;
  const draftCyrillic = cyr > lat;
  const base = voiceLang.toLowerCase().split(/[-_]/)[0] ?? '';
  // Serbian is written in both scripts.
  if (base === 'sr') return false;
  return draftCyrillic !== CYRILLIC_LANGS.has(base);
}

/** Can the name be put into a greeting as written (no vocative change needed)? */
function nameSafeInGreeting(name: string, lang: string | undefined): boolean {
  if (lang === 'lv' || lang === 'lt' || lang === 'sr' || lang === 'hr' || lang === 'bs')
    return /[aeiouāēīūąęėįųyо]$/iu.test(name);
  return true;
}

function greetingText(
  cp: CompiledPack,
  formal: boolean,
  name: string | undefined,
  lang: string | undefined,
): string {
  const g = (cp.pack ?? compiledPack('en').pack)?.greet ?? {
    formal: 'Hello {name}!',
    informal: 'Hi {name}!',
  };
  const t = formal ? g.formal : g.informal;
  if (name && nameSafeInGreeting(name, lang)) return t.replace('{name}', name);
  return t.replace(/,?\s*\{name\}/, '');
}

/**
 * Check a draft. Returns findings ordered by position (findings about the whole draft first).
 * A good reply returns [].
 */
export function checkDraft(draft: string, opts: CheckOptions): Finding[] {
  if (typeof draft !== 'string') throw new TypeError('checkDraft: draft must be a string');
  if (!opts || typeof opts !== 'object' || !opts.voice)
    throw new TypeError('checkDraft: options.voice is required');
  if (draft.trim() === '') return [];
  const voice = opts.voice;
  const ui = opts.uiLang ?? 'en';
  const findings: Finding[] = [];
  const perRule = new Map<Rule, number>();
  const add = (rule: Rule, params: Params, span?: { start: number; end: number }, fix?: Fix, alt = false) => {
    const n = perRule.get(rule) ?? 0;
    if (n >= MAX_PER_RULE) return;
    perRule.set(rule, n + 1);
    const text = localize(ui, rule, params, alt);
    const f: Finding = {
      code: CODE_OF[rule],
      rule,
      message: text.message,
      severity: ERROR_RULES.has(rule) ? 'error' : 'warning',
    };
    if (span) {
      f.start = span.start;
      f.end = span.end;
    }
    if (text.suggestion !== undefined) f.suggestion = text.suggestion;
    if (fix) f.fix = fix;
    findings.push(f);
  };

  // The draft's language: given, else detected when the detector is sure (an agent of a Latvian brand
  // answers a Russian post in Russian), else the voice's language.
  let lang = opts.lang;
  if (!lang) {
    const guess = detectLanguage(draft);
    const sure = guess.confidence >= 0.6 || scriptDiffers(draft, voice.lang);
    if (guess.lang !== 'und' && sure && packFor(guess.lang)) lang = guess.lang;
    else lang = voice.lang ?? (guess.lang !== 'und' && guess.confidence >= 0.5 ? guess.lang : undefined);
  }
  lang = lang?.toLowerCase().split(/[-_]/)[0];
  const cp = compiledPack(lang);
  const norm = normalize(draft);
  const tokens = lightTokens(draft, norm);
  const contentStart = contentStartOf(draft, tokens);
  const formalVoice = voice.voice === 'formal';
  const formalAddress = voice.address === 'formal';
  const author = authorCached(opts.author);
  const complaint =
    opts.complaint ??
    (opts.post !== undefined && opts.post.trim() !== '' ? looksLikeComplaint(opts.post, lang) : false);
  const quote = (s: { start: number; end: number }) => draft.slice(s.start, s.end).replace(/\s+/g, ' ');

  // robotic: stock phrases
  for (const hit of stockPhrases().find(norm, draft)) {
    const phrase = quote(hit);
    const fix = hit.entry.fix
      ? {
          start: hit.start,
          end: hit.end,
          replacement: matchCase(draft.slice(hit.start, hit.end), hit.entry.fix),
        }
      : undefined;
    add('robotic-phrase', { phrase, alt: hit.entry.fix ?? '' }, hit, fix, !hit.entry.fix);
  }

  // robotic: repeats the FAQ answer or a recent reply
  const faqTexts = opts.faqEntry
    ? [opts.faqEntry.answer, ...(opts.faqEntry.variants ?? [])].filter(
        (s) => typeof s === 'string' && s.trim() !== '',
      )
    : [];
  const recent = (opts.recentReplies ?? []).filter((s) => typeof s === 'string').slice(-RECENT_WINDOW);
  if (faqTexts.length > 0 || recent.length > 0) {
    const sh = analyzeShingles(draft, norm);
    if (sh.shingles.words >= MIN_REPEAT_WORDS) {
      const faqRep = faqTexts.length
        ? mostSimilar(sh.spans, sh.shingles, faqTexts.map(stripTemplate), FAQ_REPEAT_THRESHOLD)
        : undefined;
      if (faqRep) add('robotic-faq', { percent: Math.round(faqRep.similarity * 100) }, faqRep);
      const rep = recent.length
        ? mostSimilar(sh.spans, sh.shingles, recent, RECENT_REPEAT_THRESHOLD)
        : undefined;
      if (rep) add('robotic-recent', { percent: Math.round(rep.similarity * 100) }, rep);
    }
  }

  // opening: greeting and the author's name
  const firstEnd = (() => {
    const rest = draft.slice(contentStart);
    const m = /[.!?…](?:\s|$)|\n/u.exec(rest);
    return contentStart + (m ? m.index + 1 : rest.length);
  })();
  const greetHits = cp.greetings
    .find(norm, draft)
    .filter((h) => h.start >= contentStart && h.start < Math.min(firstEnd, contentStart + 40));
  const wordTokens = tokens.filter((t) => t.kind === 'word');
  let addressed = false;
  let nameAtStart = false;
  if (author) {
    const keys = author.names.map(nameKey);
    for (const t of tokens) {
      if (t.kind === 'handle' && author.handle && t.norm === author.handle) addressed = true;
      if (t.kind === 'word' && keys.some((k) => matchesKey(t.norm, k))) {
        addressed = true;
        if (t.start <= contentStart + 1) nameAtStart = true;
      }
    }
  }
  const greetName = author?.names[0];
  if (greetHits.length === 0 && !nameAtStart) {
    const greeting = greetingText(cp, formalAddress || formalVoice, greetName, lang);
    const firstWord = wordTokens.find((t) => t.start >= contentStart);
    const span = firstWord ? { start: firstWord.start, end: firstWord.end } : undefined;
    add('no-greeting', { greeting }, span, {
      start: contentStart,
      end: contentStart,
      replacement: `${greeting} `,
    });
    if (author && !addressed) add('no-name', { who: author.display }, span);
  } else if (author && !addressed) {
    const g = greetHits[0];
    let fix: Fix | undefined;
    if (g && greetName && nameSafeInGreeting(greetName, lang) && /^[,!.]/.test(draft.slice(g.end))) {
      fix = {
        start: g.end,
        end: g.end,
        replacement: lang === 'en' || !lang ? ` ${greetName}` : `, ${greetName}`,
      };
    }
    add('no-name', { who: author.display }, g ? { start: g.start, end: g.end } : undefined, fix);
  }

  // complaint: acknowledgement and a next step
  if (complaint && cp.ack.find(norm, draft).length === 0) {
    add('no-apology', {}, undefined);
  }
  // A next step is owed on a complaint; an answered question needs none (it would nag good FAQ replies).
  if (complaint) {
    let committed =
      cp.nextStep.find(norm, draft).length > 0 || /\d{1,2}:\d{2}/.test(draft) || draft.includes('?');
    if (!committed && cp.nextStepEnding.length > 0) {
      committed = wordTokens.some((t) => {
        const lower = t.text.toLowerCase();
        return !cp.notNextStep.has(lower) && cp.nextStepEnding.some((re) => re.test(lower));
      });
    }
    if (!committed)
      add('no-next-step', { time: formatTime(promiseTime(opts.now ?? new Date()), opts.timezone) });
  }

  // length per platform / voice
  const limit = lengthLimit(opts.platform as Platform | undefined, voice.maxLength);
  if (limit) {
    // X counts links as 23: the full tokenizer finds bare domains; without any link the light tokens do.
    const linky = opts.platform === 'x' && (/https?:|www\./i.test(draft) || RE_DOMAINISH.test(draft));
    const counted = countLength(draft, opts.platform, linky ? tokenize(draft) : tokens);
    if (counted.length > limit.limit) {
      const where =
        limit.source === 'voice'
          ? voiceLimitName(ui)
          : (PLATFORM_NAMES[opts.platform ?? ''] ?? String(opts.platform));
      add(
        'too-long',
        { count: counted.length, limit: limit.limit, where, over: counted.length - limit.limit },
        { start: counted.offsetAt(limit.limit), end: draft.length },
      );
    }
  }

  // shouting: words in capitals (runs of them are one finding), repeated exclamation marks
  const allow = new Set((opts.allowCaps ?? []).map((w) => fold(w)));
  const capsWord = (t: Token) => {
    if (t.kind !== 'word' || /\p{N}/u.test(t.text)) return 0;
    const letters = t.text.replace(/[^\p{L}]/gu, '');
    if (
      letters.length < 2 ||
      letters !== letters.toLocaleUpperCase() ||
      letters === letters.toLocaleLowerCase()
    )
      return 0;
    if (ACRONYMS.has(letters) || ACRONYMS.has(t.text) || allow.has(t.norm)) return 0;
    return letters.length;
  };
  for (let i = 0; i < wordTokens.length; i++) {
    const t = wordTokens[i] as Token;
    const len = capsWord(t);
    if (len === 0) continue;
    let j = i;
    while (
      j + 1 < wordTokens.length &&
      capsWord(wordTokens[j + 1] as Token) > 0 &&
      /^[\s,;:'’-]*$/u.test(draft.slice((wordTokens[j] as Token).end, (wordTokens[j + 1] as Token).start))
    )
      j++;
    if (j === i && len < 4) continue;
    const start = t.start;
    const end = (wordTokens[j] as Token).end;
    const original = draft.slice(start, end);
    let lowered = original.toLocaleLowerCase();
    if (isSentenceStart(draft, start, contentStart)) lowered = capitalize(lowered);
    add(
      'shouting-caps',
      { phrase: original, alt: lowered },
      { start, end },
      { start, end, replacement: lowered },
    );
    i = j;
  }
  for (const m of draft.matchAll(/[!?¡]{2,}1*/gu)) {
    const run = m[0];
    const bangs = (run.match(/!/g) ?? []).length;
    if (bangs < 2 && !(bangs >= 1 && run.replace(/1/g, '').length >= 3)) continue;
    const alt = run.includes('?') ? '?' : '!';
    const span = { start: m.index, end: m.index + run.length };
    add('shouting-exclaim', { phrase: run, alt }, span, { ...span, replacement: alt });
  }

  // blame
  for (const hit of blamePhrases().find(norm, draft)) add('blame', { phrase: quote(hit) }, hit);

  // formal vs informal address
  const markers = addressMarkers(tokens, lang);
  if (markers.names && (markers.formal.length > 0 || markers.informal.length > 0)) {
    const expectedKind = voice.address;
    const names = markers.names;
    const wrong = expectedKind === 'formal' ? markers.informal : markers.formal;
    const right = expectedKind === 'formal' ? markers.formal : markers.informal;
    for (const w of wrong) {
      const expected = addressName(ui, expectedKind, names[expectedKind]);
      if (right.length > 0) {
        const other = right[0] as { text: string };
        add('address-mix', { phrase: w.text, other: other.text, expected }, w);
      } else add('address-voice', { phrase: w.text, expected }, w);
    }
  }

  // facts against the FAQ answer
  const faqFactList = faqTexts.length > 0 ? faqFacts(faqTexts.map(stripTemplate)) : [];
  if (faqFactList.length > 0) {
    const draftFacts = extractFacts(draft, norm);
    if (draftFacts.length > 0) {
      for (const c of factConflicts(draftFacts, faqFactList)) {
        const fix = { start: c.draft.start, end: c.draft.end, replacement: c.faq.text };
        add('fact-mismatch', { faq: c.faq.text, phrase: c.draft.text }, c.draft, fix);
      }
    }
  }

  // signature
  const sig = voice.signature?.trim();
  if (sig) {
    const sf = foldCached(sig);
    const text = norm.text;
    const tail = Math.max(0, text.length - sf.length - 12, text.lastIndexOf('\n'));
    let found = false;
    for (let at = text.indexOf(sf, tail); at >= 0; at = text.indexOf(sf, at + 1)) {
      const before = text[at - 1];
      const after = text[at + sf.length];
      if (
        (before === undefined || !/[\p{L}\p{N}]/u.test(before)) &&
        (after === undefined || !/[\p{L}\p{N}]/u.test(after))
      ) {
        found = true;
        break;
      }
    }
    if (!found) {
      const end = draft.trimEnd().length;
      const replacement = /^[\p{L}\p{N}]/u.test(sig) ? `\n– ${sig}` : `\n${sig}`;
      add('missing-signature', { signature: sig }, undefined, { start: end, end: draft.length, replacement });
    }
  }

  // off-voice: humour on a complaint, emoji, slang, exclamation heaps
  if (complaint) {
    for (const hit of humourPhrases().find(norm, draft))
      add('humour-on-complaint', { phrase: quote(hit) }, hit);
    for (const t of tokens)
      if (
        (t.kind === 'emoji' && HUMOUR_EMOJI.test(t.text)) ||
        (t.kind === 'emoticon' && HUMOUR_EMOTICON.test(t.text))
      )
        add('humour-on-complaint', { phrase: t.text }, t, removal(draft, t));
  }
  const emojiAllowed = voice.emoji ?? !formalVoice;
  if (!emojiAllowed) {
    for (const t of tokens) {
      if (t.kind !== 'emoji' && t.kind !== 'emoticon') continue;
      add('off-voice-emoji', { phrase: t.text }, t, removal(draft, t));
    }
  }
  if (formalVoice) {
    for (const hit of cp.slang.find(norm, draft)) add('off-voice-slang', { phrase: quote(hit) }, hit);
    const bangs = [...draft.matchAll(/!/g)];
    if (bangs.length >= 3) {
      const third = bangs[2] as RegExpMatchArray;
      add(
        'off-voice-exclaim',
        { count: bangs.length },
        { start: third.index ?? 0, end: (third.index ?? 0) + 1 },
      );
    }
  }

  return dedupe(findings);
}

const foldMemo = new Map<string, string>();
/** fold() of short strings that repeat across calls (the signature). */
function foldCached(s: string): string {
  let f = foldMemo.get(s);
  if (f === undefined) {
    f = fold(s);
    if (foldMemo.size > 64) foldMemo.clear();
    foldMemo.set(s, f);
  }
  return f;
}

/** Remove a token together with one space before it. */
function removal(draft: string, t: { start: number; end: number }): Fix {
  const spaceBefore = t.start > 0 && /\s/u.test(draft[t.start - 1] ?? '') ? 1 : 0;
  return { start: t.start - spaceBefore, end: t.end, replacement: '' };
}

/** One finding per code and span: the first rule that spoke about those words wins. */
function dedupe(findings: Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const clash = out.some(
      (g) =>
        g.code === f.code &&
        f.start !== undefined &&
        g.start !== undefined &&
        g.end !== undefined &&
        f.end !== undefined &&
        f.start < g.end &&
        g.start < f.end,
    );
    if (!clash) out.push(f);
  }
  return out
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (a.f.start ?? -1) - (b.f.start ?? -1) || a.i - b.i)
    .map((x) => x.f);
}
