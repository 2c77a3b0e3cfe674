/**
 * Deadline notifications: "Anna's complaint on X is due in 7 minutes". A click opens the post (focusing its
 * tab when it is open). Texts are plain strings (notifications never render HTML), and the post's own text
 * appears only as a short quoted excerpt.
 */
import browser from 'webextension-polyfill';
import type { Alert } from '../core/deadlines/state.ts';
import type { Platform, StoredPost } from '../shared/types.ts';

export const NOTIFICATION_PREFIX = 'rw-deadline:';
export const SUMMARY_ID = `${NOTIFICATION_PREFIX}summary`;

const PLATFORM_NAMES: Record<Platform, string> = {
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  reddit: 'Reddit',
  youtube: 'YouTube',
  draugiem: 'draugiem.lv',
  vk: 'VK',
  web: 'the web',
};

type NotifiedPost = Pick<
  StoredPost,
  'key' | 'author' | 'handle' | 'kind' | 'site' | 'text' | 'dueAt' | 'urgency'
>;

function whose(p: NotifiedPost): string {
  const name = (p.author || p.handle || '').replace(/\s+/g, ' ').trim().slice(0, 60);
  return name ? `${name}'s` : "A customer's";
}

function whom(p: NotifiedPost): string {
  return (p.author || p.handle || '').replace(/\s+/g, ' ').trim().slice(0, 60) || 'a customer';
}

const minutes = (n: number) => `${n} minute${n === 1 ? '' : 's'}`;

function clock(ms: number, timeZone: string, now: number): string {
  const sameDay =
    new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(ms) ===
    new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(now);
  const hm = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(ms);
  if (sameDay) return `at ${hm}`;
  return `${new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long' }).format(ms)} at ${hm}`;
}

/** Title and message of a deadline notification at `now` (times shown in the policy's zone). */
export function alertText(
  p: NotifiedPost,
  alert: Alert,
  now: number,
  timeZone: string,
): { title: string; message: string } {
  const what = p.kind === 'complaint' ? 'complaint' : p.kind === 'question' ? 'question' : 'post';
  const on = PLATFORM_NAMES[p.site] ?? p.site;
  const due = p.dueAt ?? alert.at;
  let title: string;
  let line: string;
  if (alert.kind === 'follow-up') {
    title = 'Follow-up due';
    line = `You promised ${whom(p)} a follow-up on ${on}: it is due now`;
  } else if (now >= due) {
    title = 'Reply overdue';
    const late = Math.floor((now - due) / 60_000);
    line = `${whose(p)} ${what} on ${on} is overdue${late >= 1 ? ` by ${late < 120 ? minutes(late) : `${Math.round(late / 60)} hours`}` : ''}`;
  } else {
    title = 'Reply due soon';
    const left = Math.ceil((due - now) / 60_000);
    line =
      left <= 90
        ? `${whose(p)} ${what} on ${on} is due in ${minutes(left)}`
        : `${whose(p)} ${what} on ${on} is due ${clock(due, timeZone, now)}`;
  }
  const excerpt = p.text.replace(/\s+/g, ' ').trim();
  const quote = excerpt ? `\n“${excerpt.length > 100 ? `${excerpt.slice(0, 99)}…` : excerpt}”` : '';
  return { title: p.urgency >= 3 ? `🔥 ${title}` : title, message: `${line}${quote}` };
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

const icon = () => browser.runtime.getURL('icons/icon-128.png');

export async function showAlert(
  p: NotifiedPost,
  alert: Alert,
  now: number,
  timeZone: string,
): Promise<string> {
  const { title, message } = alertText(p, alert, now, timeZone);
  return browser.notifications.create(notificationId(p.key, alert.at), {
    type: 'basic',
    iconUrl: icon(),
    title,
    message,
    priority: p.urgency >= 3 ? 2 : 1,
  });
}

/** One notification instead of many (after the browser was closed for a while). */
export async function showSummary(overdue: number, dueSoon: number): Promise<string> {
  const parts: string[] = [];
  if (overdue) parts.push(`${overdue} overdue`);
  if (dueSoon) parts.push(`${dueSoon} due soon`);
  return browser.notifications.create(SUMMARY_ID, {
    type: 'basic',
    iconUrl: icon(),
    title: 'Replies waiting',
    message: `${parts.join(' and ')}. Open Replywise to see them.`,
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
