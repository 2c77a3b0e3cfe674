import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import browser from 'webextension-polyfill';
import type { BrowserMock } from '../shared/browser-mock.ts';
import type { Policy, StoredPost } from '../shared/types.ts';
import { createDb, type ReplywiseDb } from '../storage/db.ts';
import { setSetting } from '../storage/settings.ts';
import { DEADLINE_ALARM } from './alarms.ts';
import { BADGE_COLORS } from './badge.ts';
import {
  installDeadlineHandlers,
  markAnswered,
  onNotificationClicked,
  onPostsChanged,
  rearm,
  resetDeadlineHandlersForTests,
} from './deadlines.ts';
import { hooks } from './handlers.ts';
import { notificationId, SUMMARY_ID } from './notify.ts';

const mock = browser as unknown as BrowserMock;
const t = (s: string) => Date.parse(s);
const day: [string, string][] = [['09:00', '17:00']];
const policy: Policy = {
  timezone: 'Europe/Riga',
  week: { mon: day, tue: day, wed: day, thu: day, fri: day },
  targets: { x: 30, default: 60 },
  warnBefore: 0.25,
};

let db: ReplywiseDb;
let n = 0;

function post(id: string, extra: Partial<StoredPost> = {}): StoredPost {
  return {
    site: 'x',
    id,
    key: `x:${id}`,
    author: 'Anna',
    handle: '@anna',
    text: 'Internets atkal nestrādā!',
    url: `https://x.com/anna/status/${id}`,
    time: null,
    lang: 'lv',
    kind: 'complaint',
    complaint: true,
    score: 0.9,
    urgency: 1,
    evidence: [],
    mentions: [],
    brandIds: ['velora'],
    state: 'new',
    receivedAt: t('2026-11-23T10:00:00+02:00'),
    firstSeenAt: t('2026-11-23T10:00:00+02:00'),
    updatedAt: 0,
    ...extra,
  };
}

beforeEach(async () => {
  db = createDb(`deadlines-test-${n++}`);
  await db.open();
  await setSetting(db, 'policy', policy);
  mock.notifications._store.clear();
  mock.alarms._store.clear();
  await mock.action.setBadgeText({ text: '' });
});
afterEach(() => {
  db.close();
});

const shown = () =>
  [...mock.notifications._store.entries()] as [string, { title: string; message: string }][];

describe('rearm', () => {
  it('arms one alarm at the warning, notifies once at it, then at the due time', async () => {
    await db.posts.put(post('1'));
    let r = await rearm(db, t('2026-11-23T10:01:00+02:00'));
    expect(r.alarmAt).toBe(t('2026-11-23T10:22:30+02:00'));
    expect((await mock.alarms.get(DEADLINE_ALARM))?.scheduledTime).toBe(t('2026-11-23T10:22:30+02:00'));
    expect(shown()).toHaveLength(0);
    expect(r.badge.text).toBe('');
    const stored = await db.posts.get('x:1');
    expect(stored?.dueAt).toBe(t('2026-11-23T10:30:00+02:00'));

    // The alarm fires 30 s late, as Chrome's do.
    r = await rearm(db, t('2026-11-23T10:23:00+02:00'));
    expect(shown()).toEqual([
      [
        notificationId('x:1', t('2026-11-23T10:22:30+02:00')),
        expect.objectContaining({
          title: 'Reply due soon',
          message: "Anna's complaint on X is due in 7 minutes\n“Internets atkal nestrādā!”",
        }),
      ],
    ]);
    expect(r.badge).toMatchObject({ text: '1', color: BADGE_COLORS.dueSoon, dueSoon: 1 });
    expect(mock.action._badge()).toEqual({ text: '1', color: BADGE_COLORS.dueSoon });
    expect(r.alarmAt).toBe(t('2026-11-23T10:30:00+02:00'));

    // The worker restarts and looks again: nothing shown twice.
    mock.notifications._store.clear();
    await rearm(db, t('2026-11-23T10:24:00+02:00'));
    expect(shown()).toHaveLength(0);

    r = await rearm(db, t('2026-11-23T10:30:10+02:00'));
    expect(shown()[0]?.[1]).toMatchObject({
      title: 'Reply overdue',
      message: expect.stringMatching(/^Anna's complaint on X is overdue\n/),
    });
    expect(r.badge).toMatchObject({ text: '1', color: BADGE_COLORS.overdue, overdue: 1 });
    expect(r.alarmAt).toBeNull();
    expect(await mock.alarms.get(DEADLINE_ALARM)).toBeUndefined();
    expect((await db.posts.get('x:1'))?.state).toBe('overdue');
  });

  it('shows only the latest moment when several passed while the browser was closed', async () => {
    await db.posts.put(post('1'));
    await rearm(db, t('2026-11-23T10:45:00+02:00'));
    expect(shown()).toHaveLength(1);
    expect(shown()[0]?.[1].message).toMatch(/is overdue by 15 minutes/);
    expect((await db.posts.get('x:1'))?.notified).toEqual([
      t('2026-11-23T10:22:30+02:00'),
      t('2026-11-23T10:30:00+02:00'),
    ]);
  });

  it('uses the brand policy before the default one', async () => {
    await setSetting(db, 'policy:velora', { ...policy, targets: { default: 120 } });
    await db.posts.put(post('1'));
    await rearm(db, t('2026-11-23T10:01:00+02:00'));
    expect((await db.posts.get('x:1'))?.dueAt).toBe(t('2026-11-23T12:00:00+02:00'));
  });

  it('outside working hours only urgency-3 posts notify; the rest wait for the opening', async () => {
    // Friday 16:45: due Monday 09:15, warning Monday 09:07:30. The browser is next looked at on Saturday.
    const fri = t('2026-11-20T16:45:00+02:00');
    await db.posts.bulkPut([
      post('quiet', { receivedAt: fri }),
      post('burning', { receivedAt: fri, urgency: 3 }),
    ]);
    await rearm(db, t('2026-11-20T16:46:00+02:00'));
    // Nothing passed yet; Saturday morning a wrong clock (say) fires the alarm early: still nothing.
    expect(shown()).toHaveLength(0);
    // A promised follow-up that falls on Saturday: held posts alert at the promise.
    await db.posts.update('x:quiet', { heldUntil: t('2026-11-21T10:00:00+02:00'), state: 'held' });
    await db.posts.update('x:burning', { heldUntil: t('2026-11-21T10:00:00+02:00'), state: 'held' });
    const r = await rearm(db, t('2026-11-21T10:01:00+02:00'));
    expect(shown().map(([id]) => id)).toEqual([notificationId('x:burning', t('2026-11-21T10:00:00+02:00'))]);
    expect(shown()[0]?.[1]).toMatchObject({
      title: '🔥 Follow-up due',
      message: expect.stringMatching(/^You promised Anna a follow-up on X: it is due now/),
    });
    // The quiet one waits for Monday's opening.
    expect(r.alarmAt).toBe(t('2026-11-23T09:00:00+02:00'));
    mock.notifications._store.clear();
    await rearm(db, t('2026-11-23T09:00:30+02:00'));
    expect(shown().map(([id]) => id)).toEqual([notificationId('x:quiet', t('2026-11-21T10:00:00+02:00'))]);
  });

  it('snoozed posts are silent and out of the badge until the snooze ends', async () => {
    await db.posts.put(
      post('1', {
        snoozedUntil: t('2026-11-23T11:00:00+02:00'),
        snoozeReason: 'asked billing',
        state: 'snoozed',
      }),
    );
    let r = await rearm(db, t('2026-11-23T10:40:00+02:00'));
    expect(shown()).toHaveLength(0);
    expect(r.badge.text).toBe('');
    expect(r.alarmAt).toBe(t('2026-11-23T11:00:00+02:00'));
    r = await rearm(db, t('2026-11-23T11:00:00+02:00'));
    expect(shown()).toHaveLength(1);
    expect(r.badge).toMatchObject({ text: '1', overdue: 1 });
  });

  it('many alerts at once become one summary', async () => {
    await db.posts.bulkPut(['1', '2', '3', '4', '5'].map((id) => post(id)));
    const r = await rearm(db, t('2026-11-23T10:31:00+02:00'));
    expect(shown().map(([id]) => id)).toEqual([SUMMARY_ID]);
    expect(shown()[0]?.[1].message).toBe('5 overdue. Open Replywise to see them.');
    expect(r.badge.text).toBe('5');
    expect(r.shown).toBe(1);
  });

  it('answered and dismissed posts do not count', async () => {
    await db.posts.bulkPut([post('1'), post('2', { state: 'dismissed' }), post('3')]);
    const keys = await markAnswered(db, ['x:1', 'x:2', 'x:missing'], t('2026-11-23T10:10:00+02:00'));
    expect(keys).toEqual(['x:1']);
    const a = await db.posts.get('x:1');
    expect(a).toMatchObject({ state: 'answered', answeredAt: t('2026-11-23T10:10:00+02:00') });
    const r = await rearm(db, t('2026-11-23T10:40:00+02:00'));
    expect(r.badge.text).toBe('1');
    expect(r.open).toBe(1);
    // Answering again keeps the first time.
    expect(await markAnswered(db, ['x:1'], t('2026-11-23T11:00:00+02:00'))).toEqual([]);
  });
});

describe('onPostsChanged (only the named posts)', () => {
  it('keeps the alarm armed for other posts unless a changed one needs an earlier moment', async () => {
    await db.posts.put(post('early', { receivedAt: t('2026-11-23T10:00:00+02:00') }));
    await rearm(db, t('2026-11-23T10:01:00+02:00'));
    expect((await mock.alarms.get(DEADLINE_ALARM))?.scheduledTime).toBe(t('2026-11-23T10:22:30+02:00'));
    // A later post found: the earlier alarm stays.
    await db.posts.put(post('late', { receivedAt: t('2026-11-23T10:05:00+02:00') }));
    let r = await onPostsChanged(db, ['x:late'], t('2026-11-23T10:06:00+02:00'));
    expect(r.alarmAt).toBe(t('2026-11-23T10:22:30+02:00'));
    expect((await db.posts.get('x:late'))?.dueAt).toBe(t('2026-11-23T10:35:00+02:00'));
    // A post found already late (it arrived before the extension saw it) notifies at once.
    await db.posts.put(post('old', { receivedAt: t('2026-11-23T09:00:00+02:00') }));
    r = await onPostsChanged(db, ['x:old'], t('2026-11-23T10:07:00+02:00'));
    expect(shown().map(([id]) => id)).toEqual([notificationId('x:old', t('2026-11-23T09:30:00+02:00'))]);
    expect(r.badge).toMatchObject({ text: '1', overdue: 1 });
    expect(r.alarmAt).toBe(t('2026-11-23T10:22:30+02:00'));
  });
});

describe('notification clicks', () => {
  it('focus the post’s open tab, or open it', async () => {
    await db.posts.put(post('1'));
    const updates: unknown[] = [];
    const origQuery = mock.tabs.query;
    const origUpdate = mock.tabs.update;
    mock.tabs.query = async () => [{ id: 7, windowId: 3, url: 'https://x.com/anna/status/1#reply' }] as never;
    mock.tabs.update = (async (id: unknown, o: unknown) => {
      updates.push([id, o]);
      return { id: 7, windowId: 3 };
    }) as unknown as typeof origUpdate;
    try {
      expect(await onNotificationClicked(db, notificationId('x:1', 123))).toBe(7);
      expect(updates).toEqual([[7, { active: true }]]);
    } finally {
      mock.tabs.query = origQuery;
      mock.tabs.update = origUpdate;
    }
    const created: unknown[] = [];
    const origCreate = mock.tabs.create;
    mock.tabs.create = (async (o: unknown) => {
      created.push(o);
      return { id: 9 };
    }) as unknown as typeof origCreate;
    try {
      expect(await onNotificationClicked(db, notificationId('x:1', 123))).toBe(9);
      expect(created).toEqual([{ url: 'https://x.com/anna/status/1' }]);
      // A post whose URL is not a web page is not opened.
      await db.posts.put(post('2', { url: 'javascript:alert(1)' }));
      expect(await onNotificationClicked(db, notificationId('x:2', 1))).toBeNull();
      expect(await onNotificationClicked(db, 'someone-else:1')).toBeNull();
      expect(created).toHaveLength(1);
    } finally {
      mock.tabs.create = origCreate;
    }
  });
});

describe('installDeadlineHandlers', () => {
  it('registers the listeners and hooks once', () => {
    resetDeadlineHandlersForTests();
    const before = hooks.postsChanged.length;
    installDeadlineHandlers();
    installDeadlineHandlers();
    expect(hooks.postsChanged.length).toBe(before + 1);
    expect(mock.alarms.onAlarm.listeners.size).toBeGreaterThan(0);
    expect(mock.notifications.onClicked.listeners.size).toBeGreaterThan(0);
    expect(mock.runtime.onStartup.listeners.size).toBeGreaterThan(0);
    expect(mock.runtime.onInstalled.listeners.size).toBeGreaterThan(0);
  });
});
