import { describe, expect, it } from 'vitest';
import type { Policy } from '../../shared/types.ts';
import { validatePolicy } from './policy.ts';
import {
  alertMoments,
  answer,
  customerWroteAgain,
  type DeadlineFields,
  deriveState,
  hold,
  refresh,
  snooze,
  TransitionError,
  unsnooze,
} from './state.ts';

const day: [string, string][] = [['09:00', '17:00']];
const policy: Policy = validatePolicy({
  timezone: 'Europe/Riga',
  week: { mon: day, tue: day, wed: day, thu: day, fri: day },
  targets: { x: 30, default: 60 },
  nextTargets: { default: 120 },
  warnBefore: 0.25,
});
const t = (s: string) => Date.parse(s);
const MON_10 = t('2026-11-23T10:00:00+02:00');

function post(extra: Partial<DeadlineFields> = {}): DeadlineFields {
  const p: DeadlineFields = { site: 'x', receivedAt: MON_10, state: 'new', ...extra };
  return { ...p, ...refresh(p, policy, MON_10) };
}

describe('deadline states', () => {
  it('new → due-soon → overdue with the clock', () => {
    const p = post();
    expect(p.dueAt).toBe(t('2026-11-23T10:30:00+02:00'));
    expect(p.warnAt).toBe(t('2026-11-23T10:22:30+02:00'));
    expect(deriveState(p, t('2026-11-23T10:22:00+02:00'))).toBe('new');
    expect(deriveState(p, t('2026-11-23T10:22:30+02:00'))).toBe('due-soon');
    expect(deriveState(p, t('2026-11-23T10:30:00+02:00'))).toBe('overdue');
  });

  it('without a policy a post stays new', () => {
    const p: DeadlineFields = { site: 'x', receivedAt: MON_10, state: 'new' };
    expect(refresh(p, undefined, MON_10 + 86_400_000)).toEqual({
      dueAt: undefined,
      warnAt: undefined,
      state: 'new',
    });
  });

  it('hold: held until the promise, then follow-up with the next-response clock from the promised time', () => {
    const p = post();
    const until = t('2026-11-23T12:00:00+02:00');
    const h = { ...p, ...hold(p, until, t('2026-11-23T10:10:00+02:00'), policy) };
    expect(h.state).toBe('held');
    expect(h.heldUntil).toBe(until);
    expect(h.dueAt).toBe(t('2026-11-23T14:00:00+02:00')); // 120 business minutes from 12:00
    expect(deriveState(h, t('2026-11-23T11:59:00+02:00'))).toBe('held');
    expect(deriveState(h, until)).toBe('follow-up');
    expect(deriveState(h, t('2026-11-23T14:00:00+02:00'))).toBe('overdue');
    expect(alertMoments(h).map((a) => a.kind)).toEqual(['follow-up', 'warn', 'due']);
  });

  it('a promise into closed hours restarts the clock at the next opening', () => {
    const p = post();
    const h = { ...p, ...hold(p, t('2026-11-23T20:00:00+02:00'), MON_10, policy) };
    expect(h.dueAt).toBe(t('2026-11-24T11:00:00+02:00'));
  });

  it('hold needs a future promise', () => {
    expect(() => hold(post(), MON_10 - 1, MON_10, policy)).toThrow(TransitionError);
  });

  it('snooze silences until a time, with a reason, and keeps the deadline', () => {
    const p = post();
    const until = t('2026-11-23T11:00:00+02:00');
    const s = { ...p, ...snooze(p, until, '  waiting for the billing team ', MON_10) };
    expect(s.snoozeReason).toBe('waiting for the billing team');
    expect(s.dueAt).toBe(p.dueAt);
    expect(deriveState(s, t('2026-11-23T10:45:00+02:00'))).toBe('snoozed');
    expect(deriveState(s, until)).toBe('overdue');
    expect(() => snooze(p, until, '   ', MON_10)).toThrow(/reason/);
    expect(() => snooze(p, MON_10, 'x', MON_10)).toThrow(/future/);
    const w = { ...s, ...unsnooze(s, t('2026-11-23T10:25:00+02:00')) };
    expect(w.state).toBe('due-soon');
    expect(w.snoozeReason).toBeUndefined();
  });

  it('answered is final until the customer writes again', () => {
    const p = post();
    const a = { ...p, ...answer(p, t('2026-11-23T10:20:00+02:00')) };
    expect(a.state).toBe('answered');
    expect(deriveState(a, t('2026-11-30T10:00:00+02:00'))).toBe('answered');
    expect(alertMoments(a)).toEqual([]);
    // answering twice keeps the first answer time
    expect(answer(a, t('2026-11-23T11:00:00+02:00')).answeredAt).toBe(t('2026-11-23T10:20:00+02:00'));
    const again = { ...a, ...customerWroteAgain(a, t('2026-11-23T16:30:00+02:00'), policy) };
    expect(again.state).toBe('new');
    expect(again.dueAt).toBe(t('2026-11-24T10:30:00+02:00')); // 30 today + 90 tomorrow
    expect(again.notified).toEqual([]);
  });

  it('dismissed posts cannot be held, answered or snoozed', () => {
    const d = { ...post(), state: 'dismissed' as const };
    expect(() => hold(d, MON_10 + 1e6, MON_10)).toThrow(TransitionError);
    expect(() => answer(d, MON_10)).toThrow(TransitionError);
    expect(() => snooze(d, MON_10 + 1e6, 'x', MON_10)).toThrow(TransitionError);
    expect(deriveState(d, MON_10 + 1e9)).toBe('dismissed');
  });

  it('alert moments: warning then due', () => {
    const p = post();
    expect(alertMoments(p)).toEqual([
      { at: p.warnAt, kind: 'warn' },
      { at: p.dueAt, kind: 'due' },
    ]);
  });
});
