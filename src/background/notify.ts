/**
 * Deadline notifications: "Anna's complaint on X is due in 7 minutes". A click opens the post (focusing its
 * tab when it is open). Texts are plain strings (notifications never render HTML), and the post's own text
 * appears only as a short quoted excerpt.
 *
 * The texts are in the agent's UI language (their setting, else the browser's, else English), from the same
 * `_locales/<lang>/messages.json` files as the UI. Counts use Intl.PluralRules: each countable phrase has one
 * key per plural category (`notifyInMinutes_one`, `_few`, `_many`, `_zero`, `_other`), so Latvian, Lithuanian,
 * Russian, Serbian and Croatian get their real forms (1 минуту, 2 минуты, 5 минут, 21 минуту).
 */
import browser from 'webextension-polyfill';
import en from '../../public/_locales/en/messages.json';
import type { Alert } from '../core/deadlines/state.ts';
import type { Platform, StoredPost, UiLang } from '../shared/types.ts';
import { getDb } from '../storage/db.ts';
import { getSetting } from '../storage/settings.ts';
import { browserUiLang, formatMessage, intlLocale, isUiLang, type Messages } from '../ui/i18n.ts';

export const NOTIFICATION_PREFIX = 'rw-deadline:';
export const SUMMARY_ID = `${NOTIFICATION_PREFIX}summary`;

const PLATFORM_NAMES: Record<Exclude<Platform, 'web'>, string> = {
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  reddit: 'Reddit',
  youtube: 'YouTube',
  draugiem: 'draugiem.lv',
  vk: 'VK',
};

export type NotifiedPost = Pick<
  StoredPost,
  'key' | 'author' | 'handle' | 'kind' | 'site' | 'text' | 'dueAt' | 'urgency'
>;

/** The strings of one UI language: `messages` is that language's `messages.json` (English fills gaps). */
export interface NotifyLocale {
  lang: UiLang;
  messages: Messages;
}

export const ENGLISH: NotifyLocale = { lang: 'en', messages: en as Messages };

type NotifyKey = Extract<keyof typeof en, `notify${string}`>;
type PluralBase =
  | 'notifyInMinutes'
  | 'notifyLateMinutes'
  | 'notifyLateHours'
  | 'notifySummaryOverdue'
  | 'notifySummaryDueSoon';

function msg(loc: NotifyLocale, key: NotifyKey, ...subs: (string | number)[]): string {
  const entry = loc.messages[key] ?? ENGLISH.messages[key];
  return entry ? formatMessage(entry, subs) : key;
}

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** "7 minutes" / "21 минуту": the plural category of `n` in the locale's language picks the key. */
function plural(loc: NotifyLocale, base: PluralBase, n: number): string {
  const locale = intlLocale(loc.lang);
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  let nf = numberFormats.get(locale);
  if (!nf) {
    nf = new Intl.NumberFormat(locale);
    numberFormats.set(locale, nf);
  }
  const key = `${base}_${rules.select(n)}` as NotifyKey;
  return msg(loc, key, nf.format(n));
}

function name(p: NotifiedPost): string {
  return (p.author || p.handle || '').replace(/\s+/g, ' ').trim().slice(0, 60);
}

function siteName(loc: NotifyLocale, site: Platform): string {
  return site === 'web' ? msg(loc, 'notifySiteWeb') : (PLATFORM_NAMES[site] ?? site);
}

/** "Anna's complaint on X" / "Жалоба от пользователя Anna (X)". */
function subject(loc: NotifyLocale, p: NotifiedPost): string {
  const kind = msg(
    loc,
    p.kind === 'complaint'
      ? 'notifyKindComplaint'
      : p.kind === 'question'
        ? 'notifyKindQuestion'
        : 'notifyKindPost',
  );
  const who = name(p);
  const on = siteName(loc, p.site);
  return who ? msg(loc, 'notifySubject', who, kind, on) : msg(loc, 'notifySubjectAnon', kind, on);
}

/** English keeps the 24-hour en-GB clock ("09:15"); the others use their own locale's. */
const clockLocale = (lang: UiLang) => (lang === 'en' ? 'en-GB' : intlLocale(lang));

function dueAtClock(loc: NotifyLocale, subj: string, due: number, timeZone: string, now: number): string {
  const day = (ms: number) =>
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
      ms,
    );
  const hm = new Intl.DateTimeFormat(clockLocale(loc.lang), {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(due);
  if (day(due) === day(now)) return msg(loc, 'notifyDueToday', subj, hm);
  let weekday = new Intl.DateTimeFormat(clockLocale(loc.lang), { timeZone, weekday: 'long' }).format(due);
  // Mid-sentence weekdays are lower case in every shipped language but English (Intl gives "Pirmdiena").
  if (loc.lang !== 'en') weekday = weekday.toLocaleLowerCase(intlLocale(loc.lang));
  return msg(loc, 'notifyDueOnDay', subj, weekday, hm);
}

/**
 * Title and message of a deadline notification at `now`, in `loc`'s language (times shown in the policy's
 * zone `timeZone`). Pure: no browser APIs.
 */
export function formatDeadlineNotification(
  p: NotifiedPost,
  alert: Alert,
  now: number,
  timeZone: string,
  loc: NotifyLocale = ENGLISH,
): { title: string; message: string } {
  const due = p.dueAt ?? alert.at;
  let title: string;
  let line: string;
  if (alert.kind === 'follow-up') {
    title = msg(loc, 'notifyTitleFollowUp');
    const who = name(p);
    const on = siteName(loc, p.site);
    line = who ? msg(loc, 'notifyFollowUp', who, on) : msg(loc, 'notifyFollowUpAnon', on);
  } else if (now >= due) {
    title = msg(loc, 'notifyTitleOverdue');
    const late = Math.floor((now - due) / 60_000);
    line =
      late < 1
        ? msg(loc, 'notifyOverdue', subject(loc, p))
        : msg(
            loc,
            'notifyOverdueBy',
            subject(loc, p),
            late < 120
              ? plural(loc, 'notifyLateMinutes', late)
              : plural(loc, 'notifyLateHours', Math.round(late / 60)),
          );
  } else {
    title = msg(loc, 'notifyTitleDueSoon');
    const left = Math.ceil((due - now) / 60_000);
    line =
      left <= 90
        ? msg(loc, 'notifyDueIn', subject(loc, p), plural(loc, 'notifyInMinutes', left))
        : dueAtClock(loc, subject(loc, p), due, timeZone, now);
  }
  const excerpt = p.text.replace(/\s+/g, ' ').trim();
  const quote = excerpt ? `\n“${excerpt.length > 100 ? `${excerpt.slice(0, 99)}…` : excerpt}”` : '';
  return { title: p.urgency >= 3 ? `🔥 ${title}` : title, message: `${line}${quote}` };
}

/** The English notification text (kept for callers and tests that want English). */
export function alertText(
  p: NotifiedPost,
  alert: Alert,
  now: number,
  timeZone: string,
): { title: string; message: string } {
  return formatDeadlineNotification(p, alert, now, timeZone, ENGLISH);
}

/** Title and message of the "Replies waiting" summary, in `loc`'s language. Pure. */
export function formatSummaryNotification(
  overdue: number,
  dueSoon: number,
  loc: NotifyLocale = ENGLISH,
): { title: string; message: string } {
  const parts: string[] = [];
  if (overdue) parts.push(plural(loc, 'notifySummaryOverdue', overdue));
  if (dueSoon) parts.push(plural(loc, 'notifySummaryDueSoon', dueSoon));
  const both =
    parts.length === 2 ? msg(loc, 'notifySummaryAnd', parts[0] ?? '', parts[1] ?? '') : (parts[0] ?? '');
  return { title: msg(loc, 'notifyTitleSummary'), message: msg(loc, 'notifySummaryMessage', both) };
}

export function notificationId(key: string, at: number): string {
  return `${NOTIFICATION_PREFIX}${at}:${key}`;
}

/** The post key of a notification id of ours (null for the summary and for foreign ids). */
export function keyOfNotification(id: string): string | null {
  if (!id.startsWith(NOTIFICATION_PREFIX) || id === SUMMARY_ID) return null;
  const rest = id.slice(NOTIFICATION_PREFIX.length);
  const colon = rest.indexOf(':');
  return colon > 0 ? rest.slice(colon + 1) : null;
}

const loaded = new Map<UiLang, NotifyLocale>([['en', ENGLISH]]);

function isMessages(v: unknown): v is Messages {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  return Object.values(v).every(
    (e) => !!e && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string',
  );
}

/**
 * The strings of `lang`, read from the extension's own `_locales/<lang>/messages.json` (the service worker
 * cannot switch browser.i18n to another language). English when the file cannot be read or is malformed:
 * a notification in English beats no notification.
 */
export async function loadNotifyLocale(lang: UiLang, fetchFn: typeof fetch = fetch): Promise<NotifyLocale> {
  const cached = loaded.get(lang);
  if (cached) return cached;
  try {
    const res = await fetchFn(browser.runtime.getURL(`_locales/${lang}/messages.json`));
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const messages: unknown = await res.json();
    if (!isMessages(messages)) throw new Error('not a messages.json');
    const loc = { lang, messages };
    loaded.set(lang, loc);
    return loc;
  } catch (e) {
    console.warn(`[replywise] ${lang} notification strings unavailable, using English:`, e);
    return ENGLISH;
  }
}

/** The agent's UI language: their setting, else the browser's (reduced to one we ship), else English. */
export async function notifyLang(): Promise<UiLang> {
  try {
    const chosen = await getSetting(await getDb(), 'uiLang');
    if (isUiLang(chosen)) return chosen;
  } catch {
    // No database (or a broken one): the browser's language still gives a readable notification.
  }
  return browserUiLang();
}

export async function currentNotifyLocale(fetchFn?: typeof fetch): Promise<NotifyLocale> {
  return loadNotifyLocale(await notifyLang(), fetchFn);
}

/**
 * A sentence sent as a locale key plus substitutions (an InsertResult's messageKey/params), in `loc`'s
 * language; `fallback` (the English sentence sent along) when the key is not one we ship.
 */
export function localText(loc: NotifyLocale, key: unknown, params: unknown, fallback: string): string {
  if (typeof key !== 'string' || !Object.hasOwn(ENGLISH.messages, key)) return fallback;
  const entry = loc.messages[key] ?? ENGLISH.messages[key];
  if (!entry) return fallback;
  return formatMessage(entry, Array.isArray(params) ? params.map((p) => String(p).slice(0, 500)) : []);
}

const icon = () => browser.runtime.getURL('icons/icon-128.png');

export async function showAlert(
  p: NotifiedPost,
  alert: Alert,
  now: number,
  timeZone: string,
  loc?: NotifyLocale,
): Promise<string> {
  const { title, message } = formatDeadlineNotification(
    p,
    alert,
    now,
    timeZone,
    loc ?? (await currentNotifyLocale()),
  );
  return browser.notifications.create(notificationId(p.key, alert.at), {
    type: 'basic',
    iconUrl: icon(),
    title,
    message,
    priority: p.urgency >= 3 ? 2 : 1,
  });
}

/** One notification instead of many (after the browser was closed for a while). */
export async function showSummary(overdue: number, dueSoon: number, loc?: NotifyLocale): Promise<string> {
  const { title, message } = formatSummaryNotification(
    overdue,
    dueSoon,
    loc ?? (await currentNotifyLocale()),
  );
  return browser.notifications.create(SUMMARY_ID, {
    type: 'basic',
    iconUrl: icon(),
    title,
    message,
    priority: 1,
  });
}

/** Only web pages may be opened from a notification. */
export function isOpenableUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Focus the tab showing `url`, or open it. Returns the tab id (null when the URL may not be opened). */
export async function openUrl(url: string): Promise<number | null> {
  if (!isOpenableUrl(url)) return null;
  const bare = url.split('#')[0];
  const tabs = await browser.tabs.query({});
  const tab = tabs.find((t) => t.url && (t.url === url || t.url.split('#')[0] === bare));
  if (tab?.id !== undefined) {
    const t = await browser.tabs.update(tab.id, { active: true });
    const windowId = t?.windowId ?? tab.windowId;
    if (windowId !== undefined) await browser.windows.update(windowId, { focused: true });
    return tab.id;
  }
  const created = await browser.tabs.create({ url });
  return created.id ?? null;
}
