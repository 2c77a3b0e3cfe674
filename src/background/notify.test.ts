import { describe, expect, it } from 'vitest';
import browser from 'webextension-polyfill';
import type { BrowserMock } from '../shared/browser-mock.ts';
import { armDeadlineAlarm, DEADLINE_ALARM, deadlineAlarmTime } from './alarms.ts';
import { applyBadge, BADGE_COLORS, badgeFor } from './badge.ts';
import { alertText, isOpenableUrl, keyOfNotification, notificationId } from './notify.ts';

const mock = browser as unknown as BrowserMock;
const t = (s: string) => Date.parse(s);
const base = {
  key: 'x:1',
  author: 'Anna',
  handle: '@anna',
  kind: 'complaint' as const,
  site: 'x' as const,
  text: '',
  urgency: 1 as const,
  dueAt: t('2026-11-23T09:15:00+02:00'),
};

describe('alertText', () => {
  const tz = 'Europe/Riga';
  it('minutes left, singular and plural', () => {
    expect(alertText(base, { at: 0, kind: 'warn' }, t('2026-11-23T09:08:00+02:00'), tz).message).toBe(
      "Anna's complaint on X is due in 7 minutes",
    );
    expect(alertText(base, { at: 0, kind: 'warn' }, t('2026-11-23T09:14:00+02:00'), tz).message).toBe(
      "Anna's complaint on X is due in 1 minute",
    );
  });
  it('a due time on another day names the day', () => {
    const friday = t('2026-11-20T16:55:00+02:00');
    expect(alertText(base, { at: 0, kind: 'warn' }, friday, tz).message).toBe(
      "Anna's complaint on X is due Monday at 09:15",
    );
  });
  it('a later time today gives the clock time', () => {
    const p = { ...base, dueAt: t('2026-11-23T15:00:00+02:00') };
    expect(alertText(p, { at: 0, kind: 'warn' }, t('2026-11-23T10:00:00+02:00'), tz).message).toBe(
      "Anna's complaint on X is due at 15:00",
    );
  });
  it('overdue, questions, other sites, no name, long text, urgency 3', () => {
    const q = {
      ...base,
      kind: 'question' as const,
      site: 'draugiem' as const,
      author: '',
      handle: '',
      text: 'a '.repeat(200),
      urgency: 3 as const,
    };
    const r = alertText(q, { at: 0, kind: 'due' }, t('2026-11-23T11:20:00+02:00'), tz);
    expect(r.title).toBe('🔥 Reply overdue');
    expect(r.message.split('\n')[0]).toBe("A customer's question on draugiem.lv is overdue by 2 hours");
    expect(r.message.split('\n')[1]?.length).toBeLessThanOrEqual(103);
  });
});

describe('notification ids', () => {
  it('round-trip keys that contain colons', () => {
    expect(keyOfNotification(notificationId('web:https://a.b/c', 5))).toBe('web:https://a.b/c');
    expect(keyOfNotification('other')).toBeNull();
  });
  it('only web pages open', () => {
    expect(isOpenableUrl('https://x.com/a')).toBe(true);
    expect(isOpenableUrl('javascript:alert(1)')).toBe(false);
    expect(isOpenableUrl('chrome://settings')).toBe(false);
    expect(isOpenableUrl('not a url')).toBe(false);
  });
});

describe('badge', () => {
  it('counts due soon, follow-up and overdue; worst colour wins', () => {
    expect(badgeFor(['new', 'held', 'answered', 'snoozed'])).toMatchObject({
      text: '',
      title: 'Replywise: nothing due',
    });
    expect(badgeFor(['due-soon', 'follow-up', 'new'])).toMatchObject({
      text: '2',
      color: BADGE_COLORS.dueSoon,
    });
    expect(badgeFor(['due-soon', 'overdue'])).toMatchObject({
      text: '2',
      color: BADGE_COLORS.overdue,
      title: 'Replywise: 1 overdue, 1 due soon',
    });
    expect(badgeFor(Array(120).fill('overdue')).text).toBe('99+');
  });
  it('is applied to the toolbar button', async () => {
    await applyBadge(badgeFor(['overdue']));
    expect(mock.action._badge()).toEqual({ text: '1', color: BADGE_COLORS.overdue });
  });
});

describe('alarm', () => {
  it('arms, moves and clears the one alarm', async () => {
    const now = t('2026-11-23T10:00:00Z');
    expect(await armDeadlineAlarm(now + 60_000, now)).toBe(now + 60_000);
    expect(await armDeadlineAlarm(now - 5000, now)).toBe(now + 1000);
    expect(await deadlineAlarmTime()).toBe(now + 1000);
    expect([...mock.alarms._store.keys()]).toEqual([DEADLINE_ALARM]);
    expect(await armDeadlineAlarm(null, now)).toBeNull();
    expect(await deadlineAlarmTime()).toBeNull();
  });
});
