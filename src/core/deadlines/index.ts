/** Response deadlines: business calendars, targets, due times, states and statistics (pure). */
export { BusinessCalendar, type DaySchedule } from './calendar.ts';
export { calendarOf, type DueTimes, dueTime, dueTimeMs, type TargetKind, targetMinutes } from './due.ts';
export { type IcsImport, importIcsHolidays, mergeHolidays } from './ical.ts';
export {
  DEFAULT_WARN_BEFORE,
  defaultPolicy,
  PolicyError,
  parseHhMm,
  parsePolicyJson,
  validatePolicy,
  validateRanges,
} from './policy.ts';
export * from './state.ts';
export * from './stats.ts';
export { formatInZone, isValidTimeZone, offsetAt } from './zone.ts';
