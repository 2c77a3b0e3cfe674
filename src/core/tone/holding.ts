/**
 * A holding reply: when the deadline is close and the full answer is not ready, a short public reply in
 * the post's language that says when the full answer will come ("we're checking, back by 14:30"), in the
 * brand's formal or informal address, signed, with the time shown in the response policy's time zone.
 * The result also carries when to remind the agent to follow up.
 */
import type { Voice } from '../../shared/types.ts';
import { parseAuthor } from './check.ts';

export interface HoldingOptions {
  /** The post's language (en, lv, lt, et, ru, sr, hr; others get English). */
  lang: string;
  /** The author's display name or @handle (greeted by first name when that is safe without a vocative). */
  author?: string;
  /** When the full answer is promised. */
  promisedAt: Date | string;
  /** The response policy's IANA time zone ("Europe/Riga"). */
  timezone: string;
  voice: Voice;
  /** The agent, for the signature when the voice has none. */
  agent?: { name?: string; initials?: string };
  /** Whether the post is a complaint (adds an acknowledgement). */
  complaint?: boolean;
  /** "Now" (default: the current time): decides whether the date is shown beside the time. */
  now?: Date;
  /** Minutes before `promisedAt` to remind the agent (default 15). */
  followUpLeadMinutes?: number;
}

export interface HoldingReply {
  text: string;
  lang: string;
  /** ISO 8601 (UTC). */
  promisedAt: string;
  /** When to remind the agent to send the full answer (ISO 8601, UTC): never before now. */
  followUpAt: string;
}

interface Template {
  hello: { formal: string; informal: string };
  body: { formal: string; informal: string };
  sorry: { formal: string; informal: string };
  /** "by {time}" and "by {date} {time}". */
  by: string;
  byDate: string;
  locale: string;
  dateStyle: Intl.DateTimeFormatOptions;
  /** Whether a name can follow the greeting in the nominative for names ending in a consonant. */
  vocativeFree: boolean;
}

const T: Record<string, Template> = {
  en: {
    hello: { formal: 'Hello{name}!', informal: 'Hi{name}!' },
    body: {
      formal: 'Thank you for your message. We are looking into it and will reply {when}.',
      informal: 'Thanks for your message. We’re looking into it and will get back to you {when}.',
    },
    sorry: { formal: 'We are sorry about the trouble.', informal: 'Sorry about the trouble.' },
    by: 'by {time}',
    byDate: 'by {time} on {date}',
    locale: 'en-GB',
    dateStyle: { day: 'numeric', month: 'short' },
    vocativeFree: true,
  },
  lv: {
    hello: { formal: 'Labdien{name}!', informal: 'Sveiki{name}!' },
    body: {
      formal: 'Paldies, ka uzrakstījāt. Mēs to jau pārbaudām un atbildēsim {when}.',
      informal: 'Paldies, ka uzrakstīji. Mēs to jau pārbaudām un atbildēsim {when}.',
    },
    sorry: { formal: 'Mums ļoti žēl, ka tā gadījās.', informal: 'Mums ļoti žēl, ka tā gadījās.' },
    by: 'līdz plkst. {time}',
    byDate: 'līdz {date} plkst. {time}',
    locale: 'lv-LV',
    dateStyle: { day: 'numeric', month: 'numeric' },
    vocativeFree: false,
  },
  lt: {
    hello: { formal: 'Laba diena{name}!', informal: 'Labas{name}!' },
    body: {
      formal: 'Ačiū, kad parašėte. Jau tikriname ir atsakysime {when}.',
      informal: 'Ačiū, kad parašei. Jau tikriname ir atsakysime {when}.',
    },
    sorry: { formal: 'Labai gaila, kad taip nutiko.', informal: 'Labai gaila, kad taip nutiko.' },
    by: 'iki {time}',
    byDate: 'iki {date} {time}',
    locale: 'lt-LT',
    dateStyle: { day: 'numeric', month: 'numeric' },
    vocativeFree: false,
  },
  et: {
    hello: { formal: 'Tere{name}!', informal: 'Tere{name}!' },
    body: {
      formal: 'Aitäh, et kirjutasite. Uurime asja ja vastame {when}.',
      informal: 'Aitäh, et kirjutasid. Uurime asja ja vastame {when}.',
    },
    sorry: { formal: 'Meil on väga kahju, et nii juhtus.', informal: 'Meil on väga kahju, et nii juhtus.' },
    by: 'hiljemalt kell {time}',
    byDate: 'hiljemalt {date} kell {time}',
    locale: 'et-EE',
    dateStyle: { day: 'numeric', month: 'numeric' },
    vocativeFree: true,
  },
  ru: {
    hello: { formal: 'Здравствуйте{name}!', informal: 'Привет{name}!' },
    body: {
      formal: 'Спасибо за сообщение. Мы уже разбираемся и ответим Вам {when}.',
      informal: 'Спасибо за сообщение. Мы уже разбираемся и ответим тебе {when}.',
    },
    sorry: { formal: 'Нам очень жаль, что так вышло.', informal: 'Нам очень жаль, что так вышло.' },
    by: 'до {time}',
    byDate: 'до {time} {date}',
    locale: 'ru-RU',
    dateStyle: { day: 'numeric', month: 'numeric' },
    vocativeFree: true,
  },
  sr: {
    hello: { formal: 'Dobar dan{name}!', informal: 'Zdravo{name}!' },
    body: {
      formal: 'Hvala na poruci. Proveravamo i javićemo Vam se {when}.',
      informal: 'Hvala na poruci. Proveravamo i javićemo ti se {when}.',
    },
    sorry: { formal: 'Žao nam je zbog ovoga.', informal: 'Žao nam je zbog ovoga.' },
    by: 'do {time}',
    byDate: 'do {date} u {time}',
    locale: 'sr-Latn-RS',
    dateStyle: { day: 'numeric', month: 'numeric' },
    vocativeFree: false,
  },
  hr: {
    hello: { formal: 'Dobar dan{name}!', informal: 'Bok{name}!' },
    body: {
      formal: 'Hvala na poruci. Provjeravamo i javit ćemo Vam se {when}.',
      informal: 'Hvala na poruci. Provjeravamo i javit ćemo ti se {when}.',
    },
    sorry: { formal: 'Žao nam je zbog toga.', informal: 'Žao nam je zbog toga.' },
    by: 'do {time}',
    byDate: 'do {date} u {time}',
    locale: 'hr-HR',
    dateStyle: { day: 'numeric', month: 'numeric' },
    vocativeFree: false,
  },
};

function toDate(v: Date | string, field: string): Date {
  const d = v instanceof Date ? v : new Date(v);
  if (Number.isNaN(d.getTime()))
    throw new RangeError(`holdingReply: ${field} is not a valid date (${String(v)})`);
  return d;
}

function checkZone(timezone: string): void {
  try {
    new Intl.DateTimeFormat('en', { timeZone: timezone });
  } catch {
    throw new RangeError(`holdingReply: unknown time zone "${timezone}"`);
  }
}

function localDay(d: Date, timezone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(d);
}

/** Build the holding reply. Throws a RangeError for an invalid date or time zone. */
export function holdingReply(opts: HoldingOptions): HoldingReply {
  const promised = toDate(opts.promisedAt, 'promisedAt');
  checkZone(opts.timezone);
  const now = opts.now ?? new Date();
  const base = (opts.lang ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  const lang = base === 'bs' ? 'hr' : base in T ? base : 'en';
  const t = T[lang] as Template;
  const formal = opts.voice.address === 'formal';
  const kind = formal ? 'formal' : 'informal';

  const time = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: opts.timezone,
  }).format(promised);
  let when = t.by.replace('{time}', time);
  if (localDay(promised, opts.timezone) !== localDay(now, opts.timezone)) {
    const date = new Intl.DateTimeFormat(t.locale, { ...t.dateStyle, timeZone: opts.timezone }).format(
      promised,
    );
    when = t.byDate.replace('{time}', time).replace('{date}', date);
  }

  const author = parseAuthor(opts.author);
  const first = author?.names[0];
  const nameOk = first && (t.vocativeFree || /[aeiouāēīūąęėįųyо]$/iu.test(first));
  const parts = [t.hello[kind].replace('{name}', nameOk ? `, ${first}` : '')];
  if (opts.complaint) parts.push(t.sorry[kind]);
  parts.push(t.body[kind].replace('{when}', when));
  let text = parts.join(' ');
  const sig = opts.voice.signature?.trim() || opts.agent?.initials?.trim() || opts.agent?.name?.trim();
  if (sig) text += /^[\p{L}\p{N}]/u.test(sig) ? `\n– ${sig}` : `\n${sig}`;

  const lead = Math.max(0, opts.followUpLeadMinutes ?? 15) * 60_000;
  const followUp = new Date(Math.max(now.getTime(), promised.getTime() - lead));
  return { text, lang, promisedAt: promised.toISOString(), followUpAt: followUp.toISOString() };
}
