/**
 * Features of a post for the complaint / question / praise models, with the text spans behind each one.
 *
 *   scanText (one pass: folded words with original offsets, emoji, emoticons, ? and ! runs, capitals)
 *   → language (given, or identified from the same scan)
 *   → cue matching (trie + phrases) restricted to the post's language group, English and emoji
 *   → local rules: negation scope ("not working" = failure, "not happy" = negated praise, "not bad" /
 *     "nav slikti" / "nije loše" = litotes), elapsed time ("3 weeks", "trešo dienu"), sarcasm (praise
 *     opening a post that reports a problem, or explicit markers), shouting, repeated punctuation
 *   → a fixed-length numeric vector (FEATURES) plus evidence cues.
 */
import {
  decideLanguage,
  foldWord,
  LANGS,
  languageScores,
  type Scanned,
  scanText,
  T_EMOJI,
  T_EMOTICON,
  T_HANDLE,
  T_HASHTAG,
  T_NUMBER,
  T_PUNCT,
  T_URL,
  T_WORD,
  wordLanguageEvidence,
} from '../text/lang.ts';
import { type Group, groupOf } from './lexicon.ts';
import { CAT, GROUP_INDEX, type Matcher, matcher, matchWord, NG, type PhrasePattern } from './matcher.ts';

// Module-local copies of imported constants: the hot loops read them as plain locals, never through a
// module-namespace binding (some loaders compile those to property getters).
const LT_WORD = T_WORD;
const LT_PUNCT = T_PUNCT;
const LT_HASHTAG = T_HASHTAG;
const LT_NUMBER = T_NUMBER;
const LT_HANDLE = T_HANDLE;
const LT_EMOJI = T_EMOJI;
const LT_EMOTICON = T_EMOTICON;
const LT_URL = T_URL;
const L_NG = NG;

/** Feature names, in vector order. Index 0 is the bias. */
export const FEATURES = [
  'bias',
  'prob',
  'strong',
  'fail',
  'still',
  'elapsed',
  'remedy',
  'expect',
  'nobody',
  'negpraise',
  'litotes',
  'praise',
  'thanks',
  'qword',
  'qmark',
  'why',
  'sarcasm',
  'mood',
  'service',
  'handle',
  'swear',
  'emoneg',
  'emopos',
  'caps',
  'excl',
  'urgent',
  'helpq',
  'endq',
  'intens',
  'greet',
  'praiseOnly',
  'qXprob',
  'moodOnly',
  'expectOut',
  'crowd',
  'whyX',
  'qNoService',
  'num',
  'long',
  'negAny',
  'endPos',
  'endNeg',
  'named',
  'noTarget',
  'speed',
  'quoted',
  'link',
  'resolved',
  'youFail',
  'youQ',
] as const;
export type FeatureName = (typeof FEATURES)[number];
export const NF = FEATURES.length;
export const F = Object.fromEntries(FEATURES.map((f, i) => [f, i])) as Record<FeatureName, number>;

export type UrgentKind = 'outage' | 'safety' | 'money' | 'legal';

export interface Cue {
  start: number;
  end: number;
  /** What the span shows: a feature name ("fail", "elapsed", "sarcasm", …) or an urgency kind. */
  cue: string;
  /** Feature index the cue counts toward (-1 for urgency-only cues). */
  f: number;
}

export interface Extracted {
  lang: string;
  langConfidence: number;
  /** Feature vector (FEATURES order): a shared scratch buffer, valid until the next extract (copy to keep). */
  x: Float64Array;
  cues: Cue[];
  urgent: { kind: UrgentKind; start: number; end: number }[];
  /** Folded content words (for the learned per-word adjustments). */
  words: string[];
  /** Number of word tokens. */
  wordCount: number;
  /**
   * Hashed learned-feature indices (first `nHashed` entries; a shared scratch buffer valid until the next
   * extract: copy it to keep it) and, for each, the index in `tokens` of the token it belongs to.
   */
  hashed: Int32Array;
  hashedTok: Int32Array;
  nHashed: number;
  /** The scanned tokens (original spans), for evidence from the learned features. */
  tokens: Scanned['tokens'];
}

/** How much of a post is read. Longer input is classified on its start (offsets stay exact). */
export const MAX_CHARS = 5000;

/**
 * Learned word features (hashed): every folded word, its truncation stem (the first STEM_LEN letters: a
 * cheap stemmer for the inflected languages, "nestrādā"/"nestrādāja" → "nestr", "charged"/"charges" →
 * "charg"), the stem inside a negation scope ("not … arrived" → ¬arriv), and stem bigrams (with numbers,
 * handles, ?, ! and emoji as units: "after #", "# weeks", "wrong wall"). Each is hashed into
 * 2^HASH_BITS buckets; the weights are fit over all development posts of every language (train.ts).
 */
export const HASH_BITS = 16;
export const HASH_MASK = (1 << HASH_BITS) - 1;
export const STEM_LEN = 5;
/** At most this many hashed features are read per post (a 5,000-character post has fewer). */
export const MAX_HASHED = 4096;

/** FNV-1a 32-bit of a string. */
export function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Order-sensitive mix of two 32-bit hashes. */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const H_START = fnv('^');
const H_NUM = fnv('s#');
const H_HANDLE = fnv('s@');
const H_URL = fnv('surl');
const H_Q = fnv('s?');
const H_EXCL = fnv('s!');
const H_EMO_POS = fnv('s:)');
const H_EMO_NEG = fnv('s:(');
const H_NEG = fnv('neg');
const H_NAME = fnv('sName');
/** Scratch: hashed feature indices of the last extract, and the token each one belongs to. */
const HASHED = new Int32Array(MAX_HASHED);
const HASHED_TOK = new Int32Array(MAX_HASHED);
const EMOJI_HASH = new Map<string, number>();

const NUMBER_WORDS = new Set(
  `two three four five six seven eight nine ten eleven twelve twenty several few couple third fourth fifth
   sixth tenth divas divām divi trīs četras četri pieci piecas seši sešas septiņas astoņas deviņas desmit
   vienpadsmit divpadsmit vairākas vairākus trešo trešā ceturto ceturtā piekto sesto dvi du trys keturias
   keturis penkias penkis šešias šešis septynias aštuonias devynias dešimt vienuolika dvylika kelias kelis
   trečią trečia ketvirtą penktą kaks kolm neli viis kuus seitse kaheksa üheksa kümme üksteist kaksteist
   mitu kolmas kolmandat neljandat viiendat два две три четыре пять шесть семь восемь девять десять
   одиннадцать двенадцать несколько третий третью третьи четвёртый четвертый четвёртую четвертую пятый
   пятую dva dve tri četiri pet šest sedam osam devet deset jedanaest dvanaest nekoliko dvije treći treće
   treću četvrti četvrtu peti`
    .split(/\s+/)
    .filter(Boolean)
    .map(foldWord),
);

/**
 * Second person (formal and informal) in the six languages: a failure told to "you" is addressed to the
 * brand ("you charged me twice", "jūs atkal atcēlāt"); a question to "you" is a customer's question, not a
 * question to friends.
 */
const YOU_TEXT: Partial<Record<Group, string>> = {
  en: 'you your yours youre youve',
  lv: 'jūs jums jūsu jūsos tu tev tavs tava tavu',
  lt: 'jūs jums jūsų jus tu tau tavo',
  et: 'te teie teil teid teile teilt sa sina sul sinu sind',
  ru: 'вы вам вас ваш ваша ваше ваши вашу вашего вашей вашим ты тебе тебя твой твоя',
  sh: 'vi vam vas vaš vaša vaše vaši vašu vašeg vašoj ti tebi tvoj ви вам вас ваш ваша ваше ваши вашу вашег',
};
/** Folded second-person word → bit mask of the lexicon groups (GROUP_INDEX) it is "you" in. */
const YOU_WORDS = new Map<string, number>();
for (const [g, words] of Object.entries(YOU_TEXT))
  for (const w of words.split(' ')) {
    const f = foldWord(w);
    YOU_WORDS.set(f, (YOU_WORDS.get(f) ?? 0) | (1 << GROUP_INDEX[g as Group]));
  }

/** "to" / "until" after a day: "from Monday to Friday" is a range (opening hours), not time elapsed. */
const RANGE_TO = new Set('to till until do po iki lidz kuni'.split(' '));

/** Acronyms written in capitals that are not shouting. */
const ACRONYMS = new Set(
  'atm sms sim iban eur usd gbp ptac dpd dhl ups tv lmt pin vip wifi lte app pdf faq ceo ok lol omg wtf nr sepa'.split(
    ' ',
  ),
);

const C = CAT;
const BIT = (name: keyof typeof CAT): number => 1 << C[name];
const B_EXPECT_ = BIT('expect');
const B_FAIL_ = BIT('fail');
const B_FUNC_ = BIT('func');
const B_GREET_ = BIT('greet');
const B_HELPQ_ = BIT('helpq');
const B_INTENS_ = BIT('intens');
const B_LEGAL_ = BIT('legal');
const B_MONEY_ = BIT('money');
const B_MOOD_ = BIT('mood');
const B_NEG_ = BIT('neg');
const B_NOBODY_ = BIT('nobody');
const B_OUTAGE_ = BIT('outage');
const B_PRAISE_ = BIT('praise');
const B_PROB_ = BIT('prob');
const B_QWORD_ = BIT('qword');
const B_REMEDY_ = BIT('remedy');
const B_SAFETY_ = BIT('safety');
const B_SARC_ = BIT('sarc');
const B_SERVICE_ = BIT('service');
const B_STILL_ = BIT('still');
const B_STRONG_ = BIT('strong');
const B_SWEAR_ = BIT('swear');
const B_THANKS_ = BIT('thanks');
const B_TIME_ = BIT('time');
const B_WHY_ = BIT('why');
const B_SINCE_ = BIT('since');
const B_DAY_ = BIT('day');
const B_CONTRAST_ = BIT('contrast');
const B_RECV_ = BIT('recv');
const B_CROWD_ = BIT('crowd');
const B_WITHIN_ = BIT('within');
const B_RESOLVED_ = BIT('resolved');
const NEGATIVE_BITS = B_PROB_ | B_STRONG_ | B_FAIL_ | B_NOBODY_ | B_REMEDY_ | B_EXPECT_;

const NO_MASKS = new Int32Array(L_NG);
const X = new Float64Array(NF);
/** +1 for cue features of a positive note, -1 for a negative one (which note a post ends on). */
const POSITIVE_F = new Int8Array(64);
for (const f of ['praise', 'thanks', 'emopos', 'litotes', 'resolved'] as const) POSITIVE_F[F[f]] = 1;
for (const f of ['prob', 'strong', 'fail', 'negpraise', 'nobody', 'emoneg', 'remedy', 'swear'] as const)
  POSITIVE_F[F[f]] = -1;

/**
 * Scare quotes: a short span (1–3 words, at most 30 characters) in quotation marks — "new", «бесплатную»,
 * „naujus“, status "processing" — marks irony or quotes the brand's own words back at it. Returns 0–2.
 */
const QUOTE_CHARS = ['"', "'", '\u00ab', '\u201e', '\u201c', '\u201a'];

function scareQuotes(text: string, end: number): number {
  let from = end;
  for (const q of QUOTE_CHARS) {
    const k = text.indexOf(q);
    if (k >= 0 && k < from) from = k;
  }
  let found = 0;
  let open = -1;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    // " « » „ “ ” ‚ ‘ ’ are quotes; ' only as a pair opening after a space
    const isOpen = c === 0xab || c === 0x201e || c === 0x201c || c === 0x201a;
    const isClose = c === 0xbb || c === 0x201d || c === 0x2019;
    if (c === 34 || c === 39) {
      if (open < 0) {
        if (c === 39 && i > 0 && text.charCodeAt(i - 1) > 32) continue;
        open = i;
      } else if (text.charCodeAt(open) === c) {
        if (i - open > 1 && i - open <= 31) found++;
        open = -1;
      }
    } else if (isOpen && open < 0) open = i;
    else if ((isClose || c === 0x201c) && open >= 0) {
      if (i - open > 1 && i - open <= 31) found++;
      open = -1;
    }
    if (found >= 2) return 2;
  }
  return found;
}

/** Scratch state of the running extract (synchronous, not re-entrant): the cue list and which note is last. */
let CUES: Cue[] = [];
let LAST_POS = -1;
let LAST_NEG = -1;

function addCue(f: number, start: number, end: number, cue: string, weight = 1): void {
  COUNT[f] = (COUNT[f] as number) + weight;
  if (POSITIVE_F[f] === 1) LAST_POS = start;
  else if (POSITIVE_F[f] === -1) LAST_NEG = start;
  CUES.push({ start, end, cue, f });
}

function cap(v: number, c = 3): number {
  return v > c ? c : v;
}

/** Is the character at i an upper-case letter (Latin, Cyrillic, Greek …)? */
function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  if (Number.isNaN(c)) return false;
  // per code unit: 0 not asked yet, 1 upper, 2 not (filled as letters are met)
  let u = UPPER[c] as number;
  if (u === 0) {
    const ch = String.fromCharCode(c);
    u = ch !== ch.toLowerCase() ? 1 : 2;
    UPPER[c] = u;
  }
  return u === 1;
}
const UPPER = new Uint8Array(65536);
/** Scratch counts (extract is synchronous and not re-entrant). */
const COUNT = new Float64Array(NF);
const EN_INDEX = LANGS.indexOf('en');

/** Everything the features need to know about one folded word, looked up once and cached (bounded). */
interface WordEntry {
  masks: Int32Array;
  phrases: PhrasePattern[] | undefined;
  numberWord: boolean;
  lang: Float64Array;
  /** Hash of the whole folded word (learned word features). */
  hWord: number;
  /** Groups in which the word is a second-person pronoun (YOU_WORDS). */
  you: number;
  /** Categories for the last `allowed` group mask asked (posts of one language ask the same one). */
  cAllowed: number;
  cCats: number;
  /** Hash of its truncation stem (first STEM_LEN letters; equals the word's own key when shorter). */
  hStem: number;
}
const ENTRY_CACHE = new Map<string, WordEntry>();
// Bounded so a long session in a content script stays small (a few hundred KB at most).
const ENTRY_CACHE_MAX = 8000;

/** Placeholder of the scratch entry array (never read: only word and hashtag slots are). */
const EMPTY_ENTRY: WordEntry = {
  masks: NO_MASKS,
  phrases: undefined,
  numberWord: false,
  lang: new Float64Array(0),
  hWord: 0,
  you: 0,
  cAllowed: -1,
  cCats: 0,
  hStem: 0,
};
/** Entries of the running extract's tokens (index = token index; set for word and hashtag tokens only). */
let ENTS: WordEntry[] = [];
/** languageScores calls this for word tokens only, whose entries the extract has just set. */
function langEvidenceOf(_t: unknown, idx: number): Float64Array {
  return (ENTS[idx] as WordEntry).lang;
}

function entryOf(m: Matcher, w: string): WordEntry {
  const hit = ENTRY_CACHE.get(w);
  if (hit !== undefined) return hit;
  const out = new Int32Array(L_NG);
  const e: WordEntry = {
    masks: matchWord(m, w, out) ? out : NO_MASKS,
    phrases: m.phrases.get(w),
    numberWord: NUMBER_WORDS.has(w),
    lang: wordLanguageEvidence(w),
    you: YOU_WORDS.get(w) ?? 0,
    cAllowed: -1,
    cCats: 0,
    hWord: fnv(`w${w}`),
    hStem: w.length > STEM_LEN ? fnv(`s${w.slice(0, STEM_LEN)}`) : fnv(`s${w}`),
  };
  if (ENTRY_CACHE.size >= ENTRY_CACHE_MAX) ENTRY_CACHE.clear();
  ENTRY_CACHE.set(w, e);
  return e;
}

/**
 * Lexicon groups trusted for a post: its language's group and the emoji; English too when the post is
 * English or carries English function words (mixed posts), because short English words collide with
 * folded words of other languages ("būs" → "bus", "šo" → "so"). Unknown or unsure language: all groups.
 */
function allowedGroups(lang: string, confidence: number, englishEvidence: number): number {
  const any = 1 << GROUP_INDEX.any;
  const en = 1 << GROUP_INDEX.en;
  const g = groupOf(lang);
  if (!g || confidence < 0.3) return (1 << L_NG) - 1;
  return any | (1 << GROUP_INDEX[g]) | (g === 'en' || englishEvidence >= 1.5 ? en : 0);
}

function entryCats(e: WordEntry, allowed: number): number {
  if (e.cAllowed !== allowed) {
    e.cCats = catsFrom(e.masks, allowed);
    e.cAllowed = allowed;
  }
  return e.cCats;
}

function catsFrom(masks: Int32Array, allowed: number): number {
  let c = 0;
  for (let g = 0; g < L_NG; g++) if (allowed & (1 << g)) c |= masks[g] as number;
  return c;
}

export interface ExtractOptions {
  lang?: string;
  /** Collect `words` (only needed for learned per-word adjustments). Default true. */
  words?: boolean;
}

/** Extract features and evidence. Never throws. */
export function extract(input: string, opts: ExtractOptions = {}): Extracted {
  const text = typeof input === 'string' ? input : '';
  const s: Scanned = scanText(text, MAX_CHARS);
  let lang = 'und';
  let langConfidence = 0;
  const m = matcher();
  const toks = s.tokens;
  const n = toks.length;
  // Each word's (and hashtag's) entry is looked up once, before the language is scored, and reused below
  // (a scratch array reused from post to post: no closure or array allocated per call).
  if (ENTS.length < n) ENTS = new Array<WordEntry>(Math.max(n, ENTS.length * 2)).fill(EMPTY_ENTRY);
  const ents = ENTS;
  for (let i = 0; i < n; i++) {
    const t = toks[i] as Scanned['tokens'][number];
    if (t.type !== LT_WORD && t.type !== LT_HASHTAG) continue;
    // the scanner's cache entry of the word carries ours (no string-keyed lookup for a word seen before)
    const slot = t.slot;
    let e = slot !== null ? (slot.ext as WordEntry | null) : null;
    if (e === null) {
      e = entryOf(m, t.w);
      if (slot !== null) slot.ext = e;
    }
    ents[i] = e;
  }
  const scores = languageScores(s, langEvidenceOf);
  if (opts.lang && /^[a-z]{2,3}$/.test(opts.lang) && opts.lang !== 'und') {
    lang = opts.lang;
    langConfidence = 1;
  } else {
    const g = decideLanguage(scores, s);
    lang = g.lang;
    langConfidence = g.confidence;
  }
  const allowed = allowedGroups(lang, langConfidence, scores[EN_INDEX] as number);
  const x = X;
  x.fill(0);
  const cues: Cue[] = [];
  const urgent: Extracted['urgent'] = [];
  const words: string[] = [];
  const collectWords = opts.words !== false;
  const count = COUNT;
  count.fill(0);
  let negUntil = -1;
  let negStart = 0;
  let wordCount = 0;
  let caps = 0;
  let firstPraise = -1;
  let firstNegative = -1;
  let lastPunct = '';
  let sarcCues = 0;
  let prevCats = 0;
  let prevType = -1;
  let prevWasNumberWord = false;
  /** The last number (digits or a number word) followed "in" / "within": a duration is then a speed. */
  let numberAfterWithin = false;
  let prevWithin = false;
  /** Index in `cues` of the last expectation (paid, ordered, booked), or -1. */
  let expectAt = -1;
  let expectOut = 0;
  let numbers = 0;
  let negWordAt = -1;
  /** Token index of the last positive / negative cue: which note the post ends on. */
  LAST_POS = -1;
  LAST_NEG = -1;
  /** Capitalised words inside a sentence (brand and place names: "… at Parcelo", "… у Сбера"). */
  let named = 0;
  let you = 0;
  let sentenceStart = true;
  const balticNe = lang === 'lv' || lang === 'lt';

  CUES = cues;

  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (!t) continue;
    const type = t.type;
    if (type === LT_PUNCT) {
      if (t.w === '?' || t.w === '?!') {
        count[F.qmark] = (count[F.qmark] as number) + 1;
        cues.push({ start: t.start, end: t.end, cue: '?', f: F.qmark });
        // "Hello? …", "Алло?": a greeting asked as a question is indignation (is anyone there?)
        if (prevType === LT_WORD && prevCats & B_GREET_) {
          const g = toks[i - 1];
          addCue(F.why, g ? g.start : t.start, t.end, 'why');
        }
      }
      if ((t.w === '!' || t.w === '?!') && t.run >= 2) addCue(F.excl, t.start, t.end, '!!');
      lastPunct = t.w;
      if (t.w !== ',') sentenceStart = true;
      negUntil = -1;
      prevCats = 0;
      prevType = type;
      continue;
    }
    if (type === LT_HANDLE) {
      count[F.handle] = (count[F.handle] as number) + 1;
      prevType = type;
      continue;
    }
    if (type === LT_EMOJI) {
      const em = m.emoji.get(t.w.replace(/\uFE0F/g, ''));
      if (em) {
        const cats = catsFrom(em, allowed);
        if (cats & B_PRAISE_) addCue(F.emopos, t.start, t.end, 'emoji+');
        if (cats & B_PROB_) {
          addCue(F.emoneg, t.start, t.end, 'emoji-');
          if (firstNegative < 0) firstNegative = i;
        }
        if (cats & B_SARC_) {
          sarcCues++;
          cues.push({ start: t.start, end: t.end, cue: 'sarcasm', f: F.sarcasm });
        }
        if (cats & B_MOOD_) addCue(F.mood, t.start, t.end, 'mood');
      }
      prevType = type;
      continue;
    }
    if (type === LT_EMOTICON) {
      if (t.w === 'emo+') addCue(F.emopos, t.start, t.end, 'emoticon+');
      else {
        addCue(F.emoneg, t.start, t.end, 'emoticon-');
        if (firstNegative < 0) firstNegative = i;
      }
      prevType = type;
      continue;
    }
    if (type === LT_NUMBER) {
      numbers++;
      numberAfterWithin = prevWithin;
      prevWithin = false;
      prevType = type;
      prevCats = 0;
      prevWasNumberWord = true;
      continue;
    }
    if (type !== LT_WORD && type !== LT_HASHTAG) continue;
    wordCount++;
    if (type === LT_WORD) {
      if (!sentenceStart && !t.caps && isUpperAt(text, t.start)) named++;
      sentenceStart = false;
    }
    if (t.caps && t.w.length >= 5 && !ACRONYMS.has(t.w)) caps++;
    // Phrases first (longest wins), then the word itself.
    let cats = 0;
    let end = t.end;
    let last = i;
    const entry = ents[i] as WordEntry;
    if (entry.you & allowed) you++;
    const ph = entry.phrases;
    const next = toks[i + 1];
    if (ph && next && (next.type === LT_WORD || next.type === LT_HASHTAG)) {
      // Every phrase needs the next token to be a word equal to (or, for a one-word rest ending in *,
      // starting with) its second word: that check rules most phrases out before the loop over the rest.
      const nw = next.w;
      let bestLen = 0;
      for (let pi = 0; pi < ph.length; pi++) {
        const p = ph[pi] as PhrasePattern;
        const rest = p.rest;
        const rl = rest.length;
        if (rl <= bestLen) continue;
        const r0 = rest[0] as string;
        if (rl === 1 && p.lastIsPrefix ? !nw.startsWith(r0) : nw !== r0) continue;
        let ok = true;
        for (let k = 1; k < rl; k++) {
          const u = toks[i + 1 + k];
          if (!u || (u.type !== LT_WORD && u.type !== LT_HASHTAG)) {
            ok = false;
            break;
          }
          const r = rest[k] as string;
          if (k === rl - 1 && p.lastIsPrefix ? !u.w.startsWith(r) : u.w !== r) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        const pc = catsFrom(p.masks, allowed);
        if (pc === 0) continue;
        bestLen = rl;
        cats = pc;
        last = i + rl;
        end = (toks[last] as { end: number }).end;
      }
    }
    if (cats === 0 && entry.masks !== NO_MASKS) cats = entryCats(entry, allowed);
    // words inside a phrase ("do you", "can you") still count as second person
    for (let k = i + 1; k <= last; k++) {
      const u = toks[k] as Scanned['tokens'][number];
      if (u.type === LT_WORD || u.type === LT_HASHTAG ? (ents[k] as WordEntry).you & allowed : 0) you++;
    }
    if (collectWords && t.w.length >= 3 && words.length < 64) words.push(t.w);
    const start = t.start;
    const numberBefore = prevType === LT_NUMBER || prevWasNumberWord || (prevCats & B_STILL_) !== 0;
    const durationIsSpeed = numberAfterWithin && (prevType === LT_NUMBER || prevWasNumberWord);
    if (entry.numberWord) numberAfterWithin = prevWithin;
    prevWithin = (cats & B_WITHIN_) !== 0;
    prevWasNumberWord = entry.numberWord;
    const isPhrase = last !== i;
    i = last;
    if (entry.numberWord) numbers++;
    if (cats === 0) {
      // Lexicon-free negated action: a word no lexicon knows right after a negator ("ne otvara", "не
      // открывает", "ei ava"), or a Baltic verb with the ne- prefix ("neatver", "neatidaro").
      if (
        (negWordAt >= 0 && wordCount === negWordAt + 1 && t.w.length >= 3) ||
        (balticNe && t.w.length >= 7 && t.w.charCodeAt(0) === 110 && t.w.charCodeAt(1) === 101)
      )
        addCue(F.negAny, start, end, 'negated');
      prevCats = 0;
      prevType = LT_WORD;
      if (negUntil >= 0 && wordCount > negUntil) negUntil = -1;
      continue;
    }
    const inNeg = negUntil >= 0 && wordCount <= negUntil;
    if (inNeg && cats & (B_FUNC_ | B_SERVICE_) && !(cats & B_NEG_)) {
      addCue(F.fail, negStart, end, 'fail');
      if (firstNegative < 0) firstNegative = i;
      negUntil = -1;
    } else if (inNeg && cats & B_PRAISE_ && !(cats & B_THANKS_) && !(cats & B_NEG_)) {
      addCue(F.negpraise, negStart, end, 'negpraise');
      if (firstNegative < 0) firstNegative = i;
      negUntil = -1;
      cats &= ~B_PRAISE_;
    } else if (
      inNeg &&
      wordCount <= negUntil - 1 &&
      !isPhrase &&
      cats & (B_PROB_ | B_STRONG_) &&
      !(cats & B_NEG_) &&
      !(cats & B_FAIL_)
    ) {
      // litotes only right after the negator ("not bad", "not too bad"), never a negative phrase itself
      addCue(F.litotes, negStart, end, 'litotes');
      negUntil = -1;
      cats &= ~(B_PROB_ | B_STRONG_);
    }
    if (cats & B_NEG_) {
      negWordAt = wordCount;
      if (!(negUntil >= 0 && wordCount <= negUntil)) negStart = start;
      negUntil = wordCount + 3;
    }
    if (cats & B_PROB_) addCue(F.prob, start, end, 'prob');
    if (cats & B_STRONG_) addCue(F.strong, start, end, 'strong');
    if (cats & B_FAIL_) addCue(F.fail, start, end, 'fail');
    if (cats & B_STILL_) addCue(F.still, start, end, 'still', 0.7);
    if (cats & B_TIME_ && durationIsSpeed) count[F.speed] = 1;
    // Estonian marks the speed on the unit itself ("15 minutiga")
    else if (cats & B_WITHIN_ && cats & B_TIME_ && numberBefore) count[F.speed] = 1;
    if (cats & B_TIME_ && numberBefore && !durationIsSpeed && !(cats & B_WITHIN_)) {
      const prev = toks[i - 1];
      addCue(F.elapsed, prev && prev.type !== LT_PUNCT ? prev.start : start, end, 'elapsed');
    }
    // "since Tuesday", "со вторника", "od utorka"; Estonian "teisipäevast saati" (postposition)
    if (
      ((cats & B_DAY_ && prevCats & B_SINCE_) || (cats & B_SINCE_ && prevCats & B_DAY_)) &&
      !RANGE_TO.has(toks[i + 1]?.w ?? '')
    ) {
      const prev = toks[i - 1];
      addCue(F.elapsed, prev && prev.type !== LT_PUNCT ? prev.start : start, end, 'elapsed');
    }
    // An expectation followed by its outcome: "paid for X but …", "ordered M, got XL"
    if (cats & (B_CONTRAST_ | B_RECV_) && expectAt >= 0 && expectOut === 0) {
      const e = cues[expectAt] as Cue;
      expectOut = 1;
      cues.push({ start: e.start, end, cue: 'expectOut', f: F.expectOut });
    }
    if (cats & B_CROWD_) addCue(F.crowd, start, end, 'crowd');
    // not after a negator, nor after a "still (not)" phrase that swallowed it ("так и не починили")
    if (cats & B_RESOLVED_ && !inNeg && !(prevCats & (B_STILL_ | B_NEG_)))
      addCue(F.resolved, start, end, 'resolved');
    if (cats & B_REMEDY_) addCue(F.remedy, start, end, 'remedy');
    if (cats & B_EXPECT_) {
      addCue(F.expect, start, end, 'expect');
      if (expectAt < 0) expectAt = cues.length - 1;
    }
    if (cats & B_NOBODY_) addCue(F.nobody, start, end, 'nobody');
    if (cats & B_PRAISE_) {
      addCue(F.praise, start, end, 'praise');
      if (firstPraise < 0) firstPraise = wordCount;
    }
    if (cats & B_THANKS_) addCue(F.thanks, start, end, 'thanks');
    if (cats & B_QWORD_) addCue(F.qword, start, end, 'question', 0.6);
    if (cats & B_WHY_) addCue(F.why, start, end, 'why');
    if (cats & B_SARC_) {
      sarcCues++;
      cues.push({ start, end, cue: 'sarcasm', f: F.sarcasm });
    }
    if (cats & B_MOOD_) addCue(F.mood, start, end, 'mood');
    if (cats & B_SERVICE_) addCue(F.service, start, end, 'service', 0.6);
    if (cats & B_SWEAR_) addCue(F.swear, start, end, 'swear');
    if (cats & B_INTENS_) addCue(F.intens, start, end, 'intens', 0.5);
    if (cats & B_HELPQ_) addCue(F.helpq, start, end, 'helpq');
    if (cats & B_GREET_) addCue(F.greet, start, end, 'greet');
    if (cats & B_OUTAGE_) urgent.push({ kind: 'outage', start, end });
    if (cats & B_SAFETY_) urgent.push({ kind: 'safety', start, end });
    if (cats & B_MONEY_) urgent.push({ kind: 'money', start, end });
    if (cats & B_LEGAL_) urgent.push({ kind: 'legal', start, end });
    if (cats & NEGATIVE_BITS && firstNegative < 0) firstNegative = i;
    prevCats = cats;
    prevType = LT_WORD;
  }

  const negative =
    (count[F.prob] as number) +
    (count[F.fail] as number) +
    (count[F.strong] as number) +
    (count[F.still] as number) +
    (count[F.nobody] as number) +
    (count[F.emoneg] as number);
  // Sarcasm: explicit markers, or praise that opens a post which goes on to report a problem.
  let sarcasm = sarcCues;
  if (firstPraise >= 0 && firstPraise <= 3 && negative >= 1 && firstNegative >= 0) sarcasm += 0.5;
  if (caps >= 1) {
    const capsTok = toks.filter((t) => t.caps && t.w.length >= 5 && !ACRONYMS.has(t.w)).slice(0, 3);
    for (const t of capsTok) cues.push({ start: t.start, end: t.end, cue: 'caps', f: F.caps });
  }
  x[F.bias] = 1;
  for (let f = 1; f < NF; f++) x[f] = cap(count[f] as number);
  x[F.sarcasm] = cap(sarcasm, 2);
  x[F.caps] = caps >= 2 ? 1.5 : caps === 1 ? 0.5 : 0;
  x[F.urgent] = cap(urgent.length, 2);
  x[F.endq] = lastPunct === '?' || lastPunct === '?!' ? 1 : 0;
  x[F.qmark] = cap(count[F.qmark] as number, 2);
  x[F.handle] = cap(count[F.handle] as number, 1);
  const neg2 = (count[F.prob] as number) + (count[F.fail] as number) + (count[F.strong] as number);
  x[F.praiseOnly] =
    (count[F.praise] as number) + (count[F.litotes] as number) > 0 &&
    neg2 + (count[F.negpraise] as number) === 0
      ? 1
      : 0;
  x[F.qXprob] =
    ((count[F.qmark] as number) > 0 || (count[F.qword] as number) > 0) &&
    neg2 + (count[F.still] as number) + (count[F.expect] as number) + (count[F.elapsed] as number) > 0
      ? 1
      : 0;
  x[F.expectOut] = expectOut;
  // Lexicon-free signals (they hold when no cue matches): amounts, dates, durations; a post long enough to
  // tell a story.
  x[F.num] = numbers > 2 ? 2 : numbers;
  x[F.long] = wordCount >= 12 ? 1 : 0;
  // "why" about something the customer pays for or counts: "why does my bill say 45 when…"
  x[F.whyX] =
    (count[F.why] as number) > 0 &&
    ((count[F.service] as number) > 0 || numbers > 0 || (count[F.elapsed] as number) > 0)
      ? 1
      : 0;
  // a question that names nothing of a brand (no service, handle, "how do I"): chit-chat more often
  x[F.qNoService] =
    x[F.endq] === 1 &&
    (count[F.service] as number) === 0 &&
    (count[F.handle] as number) === 0 &&
    (count[F.helpq] as number) === 0
      ? 1
      : 0;
  x[F.crowd] =
    (count[F.crowd] as number) > 0 && (count[F.service] as number) === 0 && (count[F.handle] as number) === 0
      ? 1
      : 0;
  // The note a post ends on: a story of a problem that ends in praise is praise ("power back within 40
  // min … that's how it should be done"); praise that ends in a problem is a complaint.
  x[F.endPos] = LAST_POS >= 0 && LAST_NEG >= 0 && LAST_POS > LAST_NEG ? 1 : 0;
  x[F.endNeg] = LAST_POS >= 0 && LAST_NEG >= 0 && LAST_NEG > LAST_POS ? 1 : 0;
  x[F.named] = named > 2 ? 2 : named;
  const failing =
    (count[F.prob] as number) +
    (count[F.fail] as number) +
    (count[F.expect] as number) +
    (count[F.still] as number) +
    (count[F.elapsed] as number) +
    (count[F.nobody] as number) +
    (count[F.negAny] as number);
  x[F.youFail] = you > 0 && failing > 0 ? 1 : 0;
  x[F.youQ] = you > 0 && ((count[F.qmark] as number) > 0 || (count[F.qword] as number) > 0) ? 1 : 0;
  x[F.quoted] = scareQuotes(text, toks.length > 0 ? (toks[toks.length - 1]?.end ?? 0) : 0);
  let links = 0;
  for (let i = 0; i < n; i++) if ((toks[i] as Scanned['tokens'][number]).type === LT_URL) links++;
  x[F.link] = links > 0 ? 1 : 0;
  // Nothing a brand sells or runs, no handle, no name: a personal post more often
  x[F.noTarget] =
    (count[F.service] as number) === 0 && (count[F.handle] as number) === 0 && named === 0 ? 1 : 0;
  x[F.moodOnly] =
    (count[F.mood] as number) > 0 && (count[F.service] as number) === 0 && (count[F.handle] as number) === 0
      ? 1
      : 0;
  const nHashed = hashTokens(text, toks, ents, allowed);
  return {
    lang,
    langConfidence,
    x,
    cues,
    urgent,
    words,
    wordCount,
    hashed: HASHED,
    hashedTok: HASHED_TOK,
    nHashed,
    tokens: toks,
  };
}

/** Fill HASHED / HASHED_TOK with the learned word features of a scanned post; returns how many. */
function hashTokens(text: string, toks: Scanned['tokens'], ents: WordEntry[], allowed: number): number {
  let k = 0;
  let prev = H_START;
  let negLeft = 0;
  let sentenceStart = true;
  const n = toks.length;
  for (let i = 0; i < n && k < MAX_HASHED - 4; i++) {
    const t = toks[i] as Scanned['tokens'][number];
    const type = t.type;
    let stem: number;
    if (type === LT_WORD && !sentenceStart && !t.caps && isUpperAt(text, t.start)) {
      // A capitalised word inside a sentence is a name (brand, place, person): names carry no complaint
      // signal of their own, and learning them would tie a brand of the training posts to their labels.
      stem = H_NAME;
      HASHED[k] = stem & HASH_MASK;
      HASHED_TOK[k++] = i;
    } else if (type === LT_WORD || type === LT_HASHTAG) {
      const e = ents[i] as WordEntry;
      stem = e.hStem;
      HASHED[k] = e.hWord & HASH_MASK;
      HASHED_TOK[k++] = i;
      if (e.hWord !== stem) {
        HASHED[k] = stem & HASH_MASK;
        HASHED_TOK[k++] = i;
      }
      if (negLeft > 0) {
        HASHED[k] = mix(H_NEG, stem) & HASH_MASK;
        HASHED_TOK[k++] = i;
        negLeft--;
      }
      if (e.masks !== NO_MASKS && entryCats(e, allowed) & B_NEG_) negLeft = 3;
    } else if (type === LT_PUNCT) {
      if (t.w !== ',') sentenceStart = true;
      if (t.w === '?' || t.w === '?!') stem = H_Q;
      else if (t.w === '!') stem = H_EXCL;
      else {
        prev = H_START;
        negLeft = 0;
        continue;
      }
      negLeft = 0;
      HASHED[k] = stem & HASH_MASK;
      HASHED_TOK[k++] = i;
    } else {
      if (type === LT_NUMBER) stem = H_NUM;
      else if (type === LT_HANDLE) stem = H_HANDLE;
      else if (type === LT_URL) stem = H_URL;
      else if (type === LT_EMOTICON) stem = t.w === 'emo+' ? H_EMO_POS : H_EMO_NEG;
      else if (type === LT_EMOJI) {
        let h = EMOJI_HASH.get(t.w);
        if (h === undefined) {
          h = fnv(`s${t.w}`);
          if (EMOJI_HASH.size < 2000) EMOJI_HASH.set(t.w, h);
        }
        stem = h;
      } else continue;
      HASHED[k] = stem & HASH_MASK;
      HASHED_TOK[k++] = i;
    }
    HASHED[k] = mix(prev, stem) & HASH_MASK;
    HASHED_TOK[k++] = i;
    prev = stem;
    if (type === LT_WORD) sentenceStart = false;
  }
  return k;
}
