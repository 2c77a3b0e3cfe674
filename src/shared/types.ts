/**
 * Data shapes shared by every runtime (core, content script, background, UI, CLI).
 * File formats follow ../shared/docs/interfaces.md; keep them compatible (only add optional fields).
 */

export const PLATFORMS = [
  'x',
  'facebook',
  'instagram',
  'linkedin',
  'reddit',
  'youtube',
  'draugiem',
  'vk',
  'web',
] as const;
export type Platform = (typeof PLATFORMS)[number];

/** ISO 639-1 code (en, lv, lt, et, ru, sr, hr, bs, uk, …) or 'und'. */
export type Lang = string;

/** The languages of the UI and of the text analysis. */
export const UI_LANGS = ['en', 'lv', 'lt', 'et', 'ru', 'sr', 'hr'] as const;
export type UiLang = (typeof UI_LANGS)[number];

export type Kind = 'complaint' | 'question' | 'praise' | 'other';

/** A character span in the original text: UTF-16 offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface Evidence extends Span {
  cue: string;
}

export interface Classification {
  lang: Lang;
  kind: Kind;
  complaint: boolean;
  score: number;
  urgency: 0 | 1 | 2 | 3;
  evidence: Evidence[];
}

export interface Mention extends Span {
  brand: string;
  text: string;
}

/** brands.json entry. Only id and name are required. */
export interface Brand {
  id: string;
  name: string;
  aliases?: string[];
  handles?: string[];
  hashtags?: string[];
  require?: string[];
  exclude?: string[];
  languages?: string[];
  /**
   * "capitalised": for a name that is also an everyday word (Bite = bee), a plain word only counts when
   * written with a capital (Bite, BITE) in a post that uses capitals at all; #bite, @bite and bite.lv
   * always count. Default "any".
   */
  matchCase?: 'any' | 'capitalised';
}

/** faq.json entry, plus bookkeeping kept in the database. */
export interface FaqEntry {
  id: string;
  questions: string[];
  answer: string;
  variants?: string[];
  tags?: string[];
  lang?: Lang;
  brand?: string;
  usageCount?: number;
  lastUsedAt?: number;
  createdAt?: number;
  updatedAt?: number;
}

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** policy.json */
export interface Policy {
  timezone: string;
  week: Partial<Record<Weekday, [string, string][]>>;
  holidays?: string[];
  /** One-off exceptions: a date with its own ranges (empty = closed). */
  exceptions?: { date: string; ranges: [string, string][] }[];
  /** Minutes of business time to the first response, per platform, with `default`. */
  targets: Partial<Record<Platform | 'default', number>>;
  /** Minutes to the next response after the customer wrote again. */
  nextTargets?: Partial<Record<Platform | 'default', number>>;
  /** Minutes to resolution (optional). */
  resolutionTargets?: Partial<Record<Platform | 'default', number>>;
  /** Fraction of the target that remains when the warning fires (0.25 = last quarter). */
  warnBefore?: number;
}

/** voice.json */
export interface Voice {
  voice: 'friendly' | 'humorous' | 'formal';
  address: 'formal' | 'informal';
  emoji?: boolean;
  maxLength?: number;
  signature?: string;
  lang?: Lang;
}

/** A post or comment as extracted from a page (the `extract` command's output line). */
export interface ExtractedPost {
  site: Platform;
  id: string;
  author: string;
  handle: string;
  text: string;
  url: string;
  time: string | null;
  parentId?: string | null;
  engagement?: Engagement;
  /** True when the post was written by one of the brand's own handles (a reply by the brand). */
  byBrand?: boolean;
}

export interface Engagement {
  replies?: number;
  reposts?: number;
  likes?: number;
  views?: number;
}

export type PostState =
  | 'new'
  | 'due-soon'
  | 'overdue'
  | 'held'
  | 'answered'
  | 'follow-up'
  | 'snoozed'
  | 'dismissed';

/** A found post as stored in the database. `key` is `${site}:${id}`. */
export interface StoredPost extends ExtractedPost, Classification {
  key: string;
  mentions: Mention[];
  brandIds: string[];
  state: PostState;
  /** When the post reached us (ms since epoch): the post's own time if known and plausible, else first seen. */
  receivedAt: number;
  firstSeenAt: number;
  updatedAt: number;
  dueAt?: number;
  warnAt?: number;
  answeredAt?: number;
  heldUntil?: number;
  snoozedUntil?: number;
  snoozeReason?: string;
  /** Moments for which a notification was already shown (warn/due), so none is shown twice. */
  notified?: number[];
  /** The agent's correction: feeds the classifier. */
  userLabel?: 'complaint' | 'not-complaint';
  /**
   * The tab and page the post was last seen in (a feed, not necessarily the post's own page), so the
   * agent can insert a reply there. Tab ids do not survive a browser restart: checked before use.
   */
  seenIn?: { tabId: number; pageUrl: string };
  /**
   * The latest time the customer wrote again in this post's thread (a follow-up seen on a page). A brand
   * reply older than this does not close the post: the next-response clock runs from this time.
   */
  followUpAt?: number;
}

export interface ReplyRecord {
  id?: number;
  postKey: string;
  text: string;
  faqId?: string;
  /** 'seen': the brand's reply was seen on the page (written on the site itself, or an insert that was sent). */
  method: 'insert' | 'copy' | 'seen';
  /** The site's id of the reply, when it was seen on a page (one record per reply, however often it is seen). */
  siteReplyId?: string;
  at: number;
  platform: Platform;
  brandId?: string;
  /** Response time in ms (at - receivedAt), recorded for statistics. */
  responseMs?: number;
}

export interface Setting<T = unknown> {
  key: string;
  value: T;
}
