/**
 * The toolbar badge: how many posts need an answer now (due soon, follow-up due, overdue), coloured by the
 * worst of them. Computed from the states the deadline pass just derived; nothing is kept in memory.
 */
import browser from 'webextension-polyfill';
import type { PostState } from '../shared/types.ts';

export const BADGE_COLORS = { overdue: '#c5221f', dueSoon: '#e37400' } as const;

export interface BadgeState {
  text: string;
  color: string;
  title: string;
  overdue: number;
  dueSoon: number;
}

/** Badge for a set of post states. Follow-up due counts with due soon (an answer is due now). */
export function badgeFor(states: Iterable<PostState>): BadgeState {
  let overdue = 0;
  let dueSoon = 0;
  for (const s of states) {
    if (s === 'overdue') overdue++;
    else if (s === 'due-soon' || s === 'follow-up') dueSoon++;
  }
  return badgeFromCounts(overdue, dueSoon);
}

/** Badge for counts of overdue and due-soon (including follow-up due) posts. */
export function badgeFromCounts(overdue: number, dueSoon: number): BadgeState {
  const n = overdue + dueSoon;
  const parts: string[] = [];
  if (overdue) parts.push(`${overdue} overdue`);
  if (dueSoon) parts.push(`${dueSoon} due soon`);
  return {
    text: n === 0 ? '' : n > 99 ? '99+' : String(n),
    color: overdue > 0 ? BADGE_COLORS.overdue : BADGE_COLORS.dueSoon,
    title: n === 0 ? 'Replywise: nothing due' : `Replywise: ${parts.join(', ')}`,
    overdue,
    dueSoon,
  };
}

/** Show the badge on the toolbar button. */
export async function applyBadge(b: BadgeState): Promise<void> {
  await browser.action.setBadgeText({ text: b.text });
  if (b.text) await browser.action.setBadgeBackgroundColor({ color: b.color });
  await browser.action.setTitle({ title: b.title });
}
