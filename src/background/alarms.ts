/**
 * The one deadline alarm. The service worker does not live long enough for timers, so the next moment
 * that matters (a warning, a due time, a promised follow-up, the end of a snooze, an opening that releases
 * held-back notifications) is an `alarms` alarm, replaced each time the deadlines are recomputed.
 */
import browser from 'webextension-polyfill';

export const DEADLINE_ALARM = 'replywise-deadlines';

/** Arm the alarm for `when` (ms since epoch), or clear it when nothing is ahead. Returns the time armed. */
export async function armDeadlineAlarm(when: number | null, now = Date.now()): Promise<number | null> {
  if (when === null || !Number.isFinite(when)) {
    await browser.alarms.clear(DEADLINE_ALARM);
    return null;
  }
  // A moment already past fires as soon as the browser allows (Chrome rounds up to ~30 s).
  const at = Math.max(when, now + 1000);
  browser.alarms.create(DEADLINE_ALARM, { when: at });
  return at;
}

export async function deadlineAlarmTime(): Promise<number | null> {
  const a = await browser.alarms.get(DEADLINE_ALARM);
  return a?.scheduledTime ?? null;
}
