/**
 * UI strings and locale-aware formatting. Every string goes through `t()`, which reads the extension's
 * `_locales/<lang>/messages.json`: through `browser.i18n.getMessage` when the agent follows the browser's
 * language, or from the locale file fetched from the extension itself when they picked another UI language
 * in the settings (browser.i18n cannot switch language at run time). Dates, times and numbers go through
 * Intl in the same locale.
 */
import browser from 'webextension-polyfill';
import en from '../../public/_locales/en/messages.json';
import { UI_LANGS, type UiLang } from '../shared/types.ts';
import { explainStorageError, StorageError } from '../storage/db.ts';

export type MsgKey = keyof typeof en;
/** One entry of a `messages.json` locale file. */
export type MessageEntry = { message: string; placeholders?: Record<string, { content: string }> };
/** A whole locale file. */
export type Messages = Record<string, MessageEntry>;
type Entry = MessageEntry;
type Dict = Messages;

let override: { lang: UiLang; dict: Dict } | null = null;
const listeners = new Set<() => void>();

/** Apply Chrome's message format: `$NAME$` → the placeholder's content, then `$1`…`$9` → substitutions. */
export function formatMessage(entry: Entry, subs: readonly (string | number)[]): string {
  let text = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const ph = entry.placeholders?.[name.toLowerCase()] ?? entry.placeholders?.[name];
    return ph ? ph.content : whole;
  });
  text = text.replace(/\$(\d)/g, (whole, d: string) => {
    const v = subs[Number(d) - 1];
    return v === undefined ? whole : String(v);
  });
  return text.replace(/\$\$/g, '$');
}

/** The translated string for `key`, with positional substitutions. Falls back to English, never to ''. */
export function t(key: MsgKey, ...subs: (string | number)[]): string {
  const own = override?.dict[key];
  if (own) return formatMessage(own, subs);
  if (!override) {
    let fromBrowser = '';
    try {
      fromBrowser = browser.i18n.getMessage(key, subs.map(String));
    } catch {
      fromBrowser = '';
    }
    if (fromBrowser) return fromBrowser;
  }
  return formatMessage(en[key] as Entry, subs);
}

export function isMsgKey(v: unknown): v is MsgKey {
  return typeof v === 'string' && Object.hasOwn(en, v);
}

/**
 * A sentence that came from outside the UI (background, content script) as a locale key plus substitutions:
 * translated when the key is one we ship, else the English `fallback` it also sent.
 */
export function tOr(key: unknown, params: unknown, fallback: string): string {
  if (!isMsgKey(key)) return fallback;
  const subs = Array.isArray(params) ? params.map((p) => String(p).slice(0, 500)) : [];
  return t(key, ...subs);
}

const STORAGE_ERROR_KEYS = {
  quota: 'storageErrQuota',
  version: 'storageErrVersion',
  blocked: 'storageErrBlocked',
  closed: 'storageErrClosed',
} as const satisfies Record<Exclude<StorageError['code'], 'unknown'>, MsgKey>;

/**
 * A storage failure in the UI language, by its stable code. An 'unknown' failure shows "Could not save: …"
 * with the underlying error's own text; one raised with a specific sentence and no cause keeps that sentence.
 */
export function storageErrorText(e: unknown): string {
  const err = explainStorageError(e);
  if (err.code !== 'unknown') return t(STORAGE_ERROR_KEYS[err.code]);
  if (err.cause === undefined) return err.message;
  const cause = err.cause;
  return t('storageErrUnknown', cause instanceof Error ? cause.message : String(cause));
}

/** Any caught error as text for the agent: storage failures localised by code, others as they are. */
export function errorText(e: unknown): string {
  if (e instanceof StorageError) return storageErrorText(e);
  return e instanceof Error ? e.message : String(e);
}

export function isUiLang(v: unknown): v is UiLang {
  return typeof v === 'string' && (UI_LANGS as readonly string[]).includes(v);
}

/** The browser's UI language reduced to one we ship, else English. */
export function browserUiLang(): UiLang {
  let raw = 'en';
  try {
    raw = browser.i18n.getUILanguage();
  } catch {
    raw = typeof navigator !== 'undefined' ? navigator.language : 'en';
  }
  const base = raw.toLowerCase().split(/[-_]/)[0] ?? 'en';
  if (base === 'bs') return 'hr';
  return isUiLang(base) ? base : 'en';
}

/** The language in use: the agent's choice, else the browser's. */
export function currentLang(): UiLang {
  return override?.lang ?? browserUiLang();
}

/** A BCP 47 locale for Intl: Serbian in Latin script, like the UI. */
export function intlLocale(lang: UiLang = currentLang()): string {
  return lang === 'sr' ? 'sr-Latn' : lang;
}

/** Switch the UI language (null = follow the browser). Loads the locale file from the extension. */
export async function setUiLang(lang: UiLang | null | undefined, load = loadLocale): Promise<void> {
  if (!lang || lang === browserUiLang()) override = null;
  else override = { lang, dict: await load(lang) };
  if (typeof document !== 'undefined') document.documentElement.lang = intlLocale();
  for (const l of listeners) l();
}

async function loadLocale(lang: UiLang): Promise<Dict> {
  const res = await fetch(browser.runtime.getURL(`_locales/${lang}/messages.json`));
  if (!res.ok) throw new Error(`Could not load the ${lang} UI strings (${res.status})`);
  return (await res.json()) as Dict;
}

export function onLangChange(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

const dtCache = new Map<string, Intl.DateTimeFormat>();
function dtf(opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const k = `${intlLocale()}|${JSON.stringify(opts)}`;
  let f = dtCache.get(k);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale(), opts);
    dtCache.set(k, f);
  }
  return f;
}

export const fmtDateTime = (ms: number): string =>
  dtf({ dateStyle: 'medium', timeStyle: 'short' }).format(ms);
export const fmtTime = (ms: number): string => dtf({ timeStyle: 'short' }).format(ms);
export const fmtDate = (ms: number): string => dtf({ dateStyle: 'medium' }).format(ms);

/** "in 12 min" / "5 min ago" style relative time, in the UI language. */
export function fmtRelative(ms: number, now: number): string {
  const diff = ms - now;
  const abs = Math.abs(diff);
  const rtf = new Intl.RelativeTimeFormat(intlLocale(), { numeric: 'always', style: 'short' });
  if (abs < 60_000) return rtf.format(Math.round(diff / 1000), 'second');
  if (abs < 3_600_000) return rtf.format(Math.round(diff / 60_000), 'minute');
  if (abs < 86_400_000) return rtf.format(Math.round(diff / 3_600_000), 'hour');
  return rtf.format(Math.round(diff / 86_400_000), 'day');
}

/** A countdown clock "1:05:09" / "-0:04:10" (negative = overdue). */
export function fmtCountdown(ms: number): string {
  const sign = ms < 0 ? '−' : '';
  let s = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${sign}${h}:${pad(m)}:${pad(s)}` : `${sign}${m}:${pad(s)}`;
}

export function fmtNumber(n: number, opts?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocale(), opts).format(n);
}

/** Minutes as a duration ("1 h 5 min") using Intl unit formatting. */
export function fmtMinutes(min: number): string {
  const loc = intlLocale();
  const rounded = Math.round(min);
  if (rounded < 60) return new Intl.NumberFormat(loc, { style: 'unit', unit: 'minute' }).format(rounded);
  const h = Math.floor(rounded / 60);
  const m = rounded % 60;
  const hs = new Intl.NumberFormat(loc, { style: 'unit', unit: 'hour' }).format(h);
  return m ? `${hs} ${new Intl.NumberFormat(loc, { style: 'unit', unit: 'minute' }).format(m)}` : hs;
}
