/**
 * The life of a post's deadline, as pure functions over the post's stored fields.
 *
 *            ┌────────── snooze(until, reason) ──────────┐ (silences; the clock keeps running)
 *            ▼                                           │
 *   new ──warnAt──▶ due-soon ──dueAt──▶ overdue          │
 *    │                  │                  │             │
 *    ├── hold(until) ───┴──────────────────┴──▶ held ──heldUntil──▶ follow-up ──dueAt──▶ overdue
 *    │                                                    (clock for the full answer restarts at heldUntil,
 *    │                                                     with the next-response target)
 *    └── answer(at) ──▶ answered ──customerWroteAgain(at)──▶ new (next-response clock from `at`)
 *
 * The stored `state` is a cache of `deriveState(post, now)`; only `answered` and `dismissed` are decided
 * by the agent and never derived from the clock.
 */
import type { Platform, Policy, PostState } from '../../shared/types.ts';
import { dueTimeMs, type TargetKind } from './due.ts';

/** Which clock runs: from when, against which target. Absent: the first-response clock from receivedAt. */
export interface Clock {
  from: number;
  kind: TargetKind;
}

/** The fields of a stored post that deadlines read and write. */
export interface DeadlineFields {
  site: Platform;
  receivedAt: number;
  state: PostState;
  urgency?: number;
  dueAt?: number;
  warnAt?: number;
  answeredAt?: number;
  heldUntil?: number;
  snoozedUntil?: number;
  snoozeReason?: string;
  notified?: number[];
  /** Kept beside the post (not indexed): the clock that runs now. */
  clock?: Clock;
}

export type DeadlinePatch = Partial<Omit<DeadlineFields, 'site' | 'receivedAt' | 'urgency'>>;

const TERMINAL: ReadonlySet<PostState> = new Set<PostState>(['answered', 'dismissed']);

export function isTerminal(state: PostState): boolean {
  return TERMINAL.has(state);
}

/** The clock that runs for a post. */
export function clockOf(post: DeadlineFields): Clock {
  if (post.heldUntil !== undefined) return { from: post.heldUntil, kind: 'next' };
  return post.clock ?? { from: post.receivedAt, kind: 'first' };
}

/** Due and warning instants of the running clock (undefined for answered or dismissed posts). */
export function computeDue(
  post: DeadlineFields,
  policy: Policy,
): { dueAt: number; warnAt: number } | undefined {
  if (isTerminal(post.state)) return undefined;
  const c = clockOf(post);
  return dueTimeMs(policy, post.site, c.from, c.kind);
}

/** The state of a post at `now`. */
export function deriveState(post: DeadlineFields, now: number): PostState {
  if (isTerminal(post.state)) return post.state;
  if (post.snoozedUntil !== undefined && now < post.snoozedUntil) return 'snoozed';
  if (post.heldUntil !== undefined) {
    if (now < post.heldUntil) return 'held';
    if (post.dueAt !== undefined && now >= post.dueAt) return 'overdue';
    return 'follow-up';
  }
  if (post.dueAt === undefined) return 'new';
  if (now >= post.dueAt) return 'overdue';
  if (post.warnAt !== undefined && now >= post.warnAt) return 'due-soon';
  return 'new';
}

/** Recompute due/warn from the policy and the state at `now`. */
export function refresh(post: DeadlineFields, policy: Policy | undefined, now: number): DeadlinePatch {
  const due = policy ? computeDue(post, policy) : undefined;
  const next = { ...post, dueAt: due?.dueAt, warnAt: due?.warnAt };
  return { dueAt: due?.dueAt, warnAt: due?.warnAt, state: deriveState(next, now) };
}

export class TransitionError extends Error {
  override name = 'TransitionError';
}

/**
 * A holding reply was sent ("we're checking, back within 2 hours"): until `until` the post is held; then a
 * follow-up is due, and the clock for the full answer restarts at `until` with the next-response target.
 */
export function hold(post: DeadlineFields, until: number, at: number, policy?: Policy): DeadlinePatch {
  if (post.state === 'dismissed') throw new TransitionError('A dismissed post cannot be held');
  if (!Number.isFinite(until) || until <= at)
    throw new TransitionError('The promised time of a holding reply must be in the future');
  const next: DeadlineFields = { ...post, state: 'held', heldUntil: until, snoozedUntil: undefined };
  return {
    state: 'held',
    heldUntil: until,
    snoozedUntil: undefined,
    snoozeReason: undefined,
    ...refresh(next, policy, at),
  };
}

/** Snooze: no reminders and out of the badge until `until`. The deadline itself is unchanged. */
export function snooze(post: DeadlineFields, until: number, reason: string, at: number): DeadlinePatch {
  if (isTerminal(post.state)) throw new TransitionError(`An ${post.state} post cannot be snoozed`);
  const why = reason.trim();
  if (!why) throw new TransitionError('Say why the post is snoozed (a reason is required)');
  if (why.length > 500) throw new TransitionError('The snooze reason is longer than 500 characters');
  if (!Number.isFinite(until) || until <= at) throw new TransitionError('Snooze until a time in the future');
  return { snoozedUntil: until, snoozeReason: why, state: 'snoozed' };
}

/** Wake a snoozed post now. */
export function unsnooze(post: DeadlineFields, now: number): DeadlinePatch {
  const next = { ...post, snoozedUntil: undefined };
  return { snoozedUntil: undefined, snoozeReason: undefined, state: deriveState(next, now) };
}

/** The brand answered at `at`. */
export function answer(post: DeadlineFields, at: number): DeadlinePatch {
  if (post.state === 'dismissed') throw new TransitionError('A dismissed post cannot be answered');
  return {
    state: 'answered',
    answeredAt: post.answeredAt !== undefined && post.state === 'answered' ? post.answeredAt : at,
    heldUntil: undefined,
    snoozedUntil: undefined,
    snoozeReason: undefined,
  };
}

/** The customer wrote again after our reply: the next-response clock starts at `at`. */
export function customerWroteAgain(post: DeadlineFields, at: number, policy?: Policy): DeadlinePatch {
  if (post.state === 'dismissed') throw new TransitionError('A dismissed post cannot be reopened');
  const clock: Clock = { from: at, kind: 'next' };
  const next: DeadlineFields = {
    ...post,
    state: 'new',
    clock,
    heldUntil: undefined,
    snoozedUntil: undefined,
  };
  return {
    clock,
    heldUntil: undefined,
    snoozedUntil: undefined,
    snoozeReason: undefined,
    notified: [],
    ...refresh(next, policy, at),
  };
}

export type AlertKind = 'warn' | 'due' | 'follow-up';

export interface Alert {
  at: number;
  kind: AlertKind;
}

/** The moments a post should alert at (warning, due, promised follow-up), earliest first. */
export function alertMoments(post: DeadlineFields): Alert[] {
  if (isTerminal(post.state)) return [];
  const out: Alert[] = [];
  if (post.heldUntil !== undefined) out.push({ at: post.heldUntil, kind: 'follow-up' });
  if (post.warnAt !== undefined && post.dueAt !== undefined && post.warnAt < post.dueAt)
    if (post.heldUntil === undefined || post.warnAt > post.heldUntil)
      out.push({ at: post.warnAt, kind: 'warn' });
  if (post.dueAt !== undefined) out.push({ at: post.dueAt, kind: 'due' });
  return out.sort((a, b) => a.at - b.at);
}
