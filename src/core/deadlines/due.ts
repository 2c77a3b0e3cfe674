/**
 * Due and warning times, counted in business minutes against the policy's calendar (Zendesk/Zammad
 * semantics): a post that arrives outside business hours starts counting at the next opening, and
 * the warning comes when `warnBefore` of the target is left, also in business time.
 *
 * Worked example: hours end 17:00 on Friday, target 30 minutes, post at Friday 16:45 → 15 minutes on
 * Friday, 15 on Monday → due Monday 09:15.
 */
import type { Platform, Policy } from '../../shared/types.ts';
import { BusinessCalendar } from './calendar.ts';
import { DEFAULT_WARN_BEFORE } from './policy.ts';
import { MINUTE_MS } from './zone.ts';

/** first: to the first response; next: the customer wrote again after our reply; resolution: to a fix. */
export type TargetKind = 'first' | 'next' | 'resolution';

const calendars = new WeakMap<Policy, BusinessCalendar>();

/**
 * The compiled calendar of a policy, cached per policy object. Policies are treated as immutable:
 * a changed policy is a new object (that is how settings are loaded and saved).
 */
export function calendarOf(policy: Policy): BusinessCalendar {
  let c = calendars.get(policy);
  if (!c) {
    c = new BusinessCalendar(policy);
    calendars.set(policy, c);
  }
  return c;
}

/**
 * Target minutes for a platform and kind. `next` falls back to the first-response target when the
 * policy has no next-response targets; `resolution` has no fallback (null: no resolution deadline).
 */
export function targetMinutes(policy: Policy, platform: Platform, kind: TargetKind = 'first'): number | null {
  const first = policy.targets[platform] ?? policy.targets.default ?? null;
  if (kind === 'first') return first;
  if (kind === 'next') return policy.nextTargets?.[platform] ?? policy.nextTargets?.default ?? first;
  return policy.resolutionTargets?.[platform] ?? policy.resolutionTargets?.default ?? null;
}

export interface DueTimes {
  dueAt: Date;
  warnAt: Date;
}

/** Due and warning instants in ms (the allocation-free form used in bulk). */
export function dueTimeMs(
  policy: Policy,
  platform: Platform,
  receivedAt: number,
  kind: TargetKind = 'first',
): { dueAt: number; warnAt: number } {
  const minutes = targetMinutes(policy, platform, kind);
  if (minutes === null)
    throw new Error(
      kind === 'resolution'
        ? 'The policy has no resolution target (resolutionTargets)'
        : 'The policy has no target for this platform and no default (targets.default)',
    );
  if (!Number.isFinite(receivedAt)) throw new Error('receivedAt is not a valid time');
  const cal = calendarOf(policy);
  const warnBefore = policy.warnBefore ?? DEFAULT_WARN_BEFORE;
  if (warnBefore <= 0) {
    const dueAt = cal.addMinutes(receivedAt, minutes);
    return { dueAt, warnAt: dueAt };
  }
  // One walk: to the warning, then on from there for the rest (the same as counting the whole target
  // from the arrival, because counting resumes at the next opening either way).
  const total = Math.round(minutes * MINUTE_MS);
  const beforeWarn = Math.round(total * (1 - warnBefore));
  const warnAt = cal.addMs(receivedAt, beforeWarn);
  return { dueAt: cal.addMs(warnAt, total - beforeWarn), warnAt };
}

/** Due and warning times for a post of `platform` received at `receivedAt`. */
export function dueTime(
  policy: Policy,
  platform: Platform,
  receivedAt: Date,
  kind: TargetKind = 'first',
): DueTimes {
  const { dueAt, warnAt } = dueTimeMs(policy, platform, receivedAt.getTime(), kind);
  return { dueAt: new Date(dueAt), warnAt: new Date(warnAt) };
}
