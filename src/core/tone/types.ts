/**
 * Shapes of the draft checks (interfaces.md: tone finding codes). Pure: no DOM, no browser API.
 */
import type { FaqEntry, Lang, Platform, UiLang, Voice } from '../../shared/types.ts';

/** Finding codes of interfaces.md (stable: the CLI and the UI key on them). */
export const FINDING_CODES = [
  'robotic',
  'no-greeting',
  'no-name',
  'no-apology',
  'no-next-step',
  'too-long',
  'shouting',
  'blame',
  'address-mismatch',
  'fact-mismatch',
  'missing-signature',
  'off-voice',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

/**
 * The finer rule behind a code (one code can come from several rules, e.g. `robotic` from a stock
 * phrase, from repeating the FAQ answer or from repeating a recent reply). Localised texts are keyed by rule.
 */
export const RULES = [
  'robotic-phrase',
  'robotic-faq',
  'robotic-recent',
  'no-greeting',
  'no-name',
  'no-apology',
  'no-next-step',
  'too-long',
  'shouting-caps',
  'shouting-exclaim',
  'blame',
  'address-mix',
  'address-voice',
  'fact-mismatch',
  'missing-signature',
  'off-voice-emoji',
  'off-voice-slang',
  'off-voice-exclaim',
  'humour-on-complaint',
] as const;
export type Rule = (typeof RULES)[number];

/** A one-click edit: replace draft[start, end) by `replacement`. Offered only where it is safe. */
export interface Fix {
  start: number;
  end: number;
  replacement: string;
}

export interface Finding {
  code: FindingCode;
  rule: Rule;
  /** Localised in the UI language. */
  message: string;
  /** UTF-16 span in the draft of the words that caused the finding (end exclusive). */
  start?: number;
  end?: number;
  /** A concrete, localised suggestion. */
  suggestion?: string;
  fix?: Fix;
  /** `error`: wrong or unpostable (fact, length); `warning`: tone. */
  severity: 'error' | 'warning';
}

export interface CheckOptions {
  /** The customer's post. */
  post?: string;
  /** The author's display name ("Anna Bērziņa") or @handle. */
  author?: string;
  platform?: Platform;
  voice: Voice;
  /** The FAQ entry the draft came from (fact and repetition checks). */
  faqEntry?: Pick<FaqEntry, 'answer'> & Partial<Pick<FaqEntry, 'id' | 'variants'>>;
  /** The agent's recent replies (the last 50 are compared). */
  recentReplies?: readonly string[];
  /** The draft's language; default: voice.lang, else detected. */
  lang?: Lang;
  /** Language of messages and suggestions (default en). */
  uiLang?: UiLang;
  /** Whether the post is a complaint; when absent it is decided from the post. */
  complaint?: boolean;
  /** "Now", for the time suggested in a next-step hint (default: the current time). */
  now?: Date;
  /** Time zone for times in suggestions (IANA; default UTC). */
  timezone?: string;
  /** Words that may be written in capitals (brand names such as "BITE"), besides common acronyms. */
  allowCaps?: readonly string[];
}

export type ToneLabel =
  | 'warm'
  | 'apologetic'
  | 'curt'
  | 'formal'
  | 'informal'
  | 'robotic'
  | 'blaming'
  | 'enthusiastic'
  | 'humorous';

export interface ToneSpan {
  start: number;
  end: number;
  text: string;
}

export interface ToneLabelResult {
  label: ToneLabel;
  /** The words behind the label, in order of appearance. */
  words: ToneSpan[];
}
