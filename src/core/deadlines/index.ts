/** Response deadlines: business calendars, targets, due times, states and statistics (pure). */
import type { Policy } from '../../shared/types.ts';

export { BusinessCalendar, type DaySchedule } from './calendar.ts';
export { calendarOf, type DueTimes, dueTime, dueTimeMs, type TargetKind, targetMinutes } from './due.ts';
export { type IcsImport, importIcsHolidays, mergeHolidays } from './ical.ts';
export {
  DEFAULT_WARN_BEFORE,
  PolicyError,
  parseHhMm,
  parsePolicyJson,
  validatePolicy,
  validateRanges,
} from './policy.ts';
export * from './state.ts';
export * from './stats.ts';
export { formatInZone, isValidTimeZone, offsetAt } from './zone.ts';

/**
 * The policy used until the agent sets one: weekdays 09:00–18:00 in the given zone (the browser's own),
 * 30 minutes on X and 60 elsewhere (what customers expect), warning in the last quarter.
 */
export function defaultPolicy(timezone: string): Policy {
  const day: [string, string][] = [['09:00', '18:00']];
  return {
    timezone,
    week: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: [], sun: [] },
    holidays: [],
    targets: { x: 30, default: 60 },
    warnBefore: 0.25,
  };
}
