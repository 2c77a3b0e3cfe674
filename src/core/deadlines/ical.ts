/**
 * Holidays from an iCalendar (.ics) file, through ical.js (RFC 5545: folding, escaping, RRULE/EXDATE).
 * Whole-day events become holiday dates (multi-day events give every day they cover; yearly rules are
 * expanded up to a horizon). Timed events (a closure from 14:00) are not whole days off: they are
 * listed in `skipped` so the UI can offer to turn them into one-off exceptions instead.
 * A malformed file throws a PolicyError on the field "holidays (.ics)"; nothing is half-imported.
 */
import ICAL from 'ical.js';
import { PolicyError } from './policy.ts';
import { dayNumber, isoDate, parseIsoDate } from './zone.ts';

export interface IcsImport {
  /** Sorted, unique "YYYY-MM-DD". */
  holidays: string[];
  /** Events not imported, with why. */
  skipped: { summary: string; reason: string }[];
}

const FIELD = 'holidays (.ics)';
const MAX_OCCURRENCES = 2000;
const MAX_EVENT_DAYS = 366;

interface IcalTime {
  year: number;
  month: number;
  day: number;
  isDate: boolean;
  compare(other: IcalTime): number;
}

/**
 * Parse `text` (an .ics file) into holiday dates. Recurring events are expanded through `until`
 * ("YYYY-MM-DD", default: the end of the year five years from `now`).
 */
export function importIcsHolidays(text: string, opts: { until?: string; now?: number } = {}): IcsImport {
  if (typeof text !== 'string' || text.trim() === '') throw new PolicyError(FIELD, 'the file is empty');
  const src = text.replace(/^\uFEFF/, '');
  if (!/^\s*BEGIN:VCALENDAR/i.test(src))
    throw new PolicyError(FIELD, 'not an iCalendar file (it must start with BEGIN:VCALENDAR)');
  let untilDay: number;
  if (opts.until !== undefined) {
    const d = parseIsoDate(opts.until);
    if (d === null) throw new PolicyError('until', `"${opts.until}" is not a date YYYY-MM-DD`);
    untilDay = d;
  } else {
    const y = new Date(opts.now ?? Date.now()).getUTCFullYear() + 5;
    untilDay = dayNumber(y, 12, 31);
  }

  let root: InstanceType<typeof ICAL.Component>;
  try {
    const jcal = ICAL.parse(src);
    root = new ICAL.Component(Array.isArray(jcal) && typeof jcal[0] === 'string' ? jcal : jcal[0]);
  } catch (e) {
    throw new PolicyError(FIELD, `malformed iCalendar: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (root.name !== 'vcalendar') throw new PolicyError(FIELD, 'no VCALENDAR in the file');
  const vevents = root.getAllSubcomponents('vevent');
  if (vevents.length === 0) throw new PolicyError(FIELD, 'the calendar has no events (VEVENT)');

  const days = new Set<number>();
  const skipped: IcsImport['skipped'] = [];
  vevents.forEach((ve, i) => {
    let ev: InstanceType<typeof ICAL.Event>;
    let start: IcalTime;
    let summary = `event ${i + 1}`;
    try {
      ev = new ICAL.Event(ve);
      summary = ev.summary || summary;
      start = ev.startDate as unknown as IcalTime;
    } catch (e) {
      throw new PolicyError(FIELD, `event ${i + 1}: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (!start) throw new PolicyError(FIELD, `event ${i + 1} ("${summary}") has no DTSTART`);
    if (ve.getFirstPropertyValue('status') === 'CANCELLED') {
      skipped.push({ summary, reason: 'cancelled' });
      return;
    }
    if (!start.isDate) {
      skipped.push({ summary, reason: 'not a whole-day event (has a time of day)' });
      return;
    }
    const end = ev.endDate as unknown as IcalTime | null;
    const startDay = dayNumber(start.year, start.month, start.day);
    const endDay = end ? dayNumber(end.year, end.month, end.day) : startDay + 1;
    const length = Math.max(1, Math.min(MAX_EVENT_DAYS, endDay - startDay));
    const addFrom = (d: number) => {
      for (let k = 0; k < length; k++) if (d + k <= untilDay) days.add(d + k);
    };
    if (!ev.isRecurring()) {
      addFrom(startDay);
      return;
    }
    try {
      const it = ev.iterator();
      let n = 0;
      for (let t = it.next() as unknown as IcalTime | null; t; t = it.next() as unknown as IcalTime | null) {
        const d = dayNumber(t.year, t.month, t.day);
        if (d > untilDay) break;
        addFrom(d);
        if (++n >= MAX_OCCURRENCES) {
          skipped.push({ summary, reason: `recurrence cut after ${MAX_OCCURRENCES} occurrences` });
          break;
        }
      }
    } catch (e) {
      throw new PolicyError(
        FIELD,
        `event ${i + 1} ("${summary}"): bad recurrence rule: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
  });
  return { holidays: [...days].sort((a, b) => a - b).map(isoDate), skipped };
}

/** Merge imported dates into a holiday list (sorted, unique). */
export function mergeHolidays(existing: string[] | undefined, imported: string[]): string[] {
  return [...new Set([...(existing ?? []), ...imported])].sort();
}
