// Business-day rules on date-only 'YYYY-MM-DD' strings, for the follow-up timeline:
// a hiring timeline is counted in days on the interviewer's calendar, never in hours,
// and its business days skip weekends and the user's holidays. The plain date
// arithmetic they rest on is in src/lib/dates/iso-date.ts.
//
// Invalid input is a programming error here (the callers, parse.ts and plan.ts, check
// what users type first), so these functions throw a RangeError rather than return a
// value that could be mistaken for a real date.
import { fromDay, MAX_DAY, requireDay, toDay, weekdayOf } from '../dates/iso-date';

const SUNDAY = 0;
const SATURDAY = 6;

/**
 * Holidays as day numbers. Entries that are not real dates are dropped rather than
 * rejected: a stray value in a user's holiday list must not stop the whole plan.
 */
function holidayDays(holidays: ReadonlySet<string> | readonly string[] | undefined): Set<number> {
  const days = new Set<number>();
  if (!holidays) return days;
  for (const holiday of holidays) {
    const day = toDay(holiday);
    if (day !== null) days.add(day);
  }
  return days;
}

function isBusinessDayNumber(day: number, holidays: Set<number>): boolean {
  const weekday = weekdayOf(day);
  return weekday !== SATURDAY && weekday !== SUNDAY && !holidays.has(day);
}

/**
 * True when `date` is Monday to Friday and not in `holidays`. Holidays are YYYY-MM-DD
 * strings; entries that are not real dates are ignored.
 */
export function isBusinessDay(
  date: string,
  holidays: ReadonlySet<string> | readonly string[] = [],
): boolean {
  return isBusinessDayNumber(requireDay(date), holidayDays(holidays));
}

/**
 * The date `n` business days after `date`: the first business day strictly after it is
 * day 1, weekends and `holidays` are skipped. `date` itself may be any day (a Saturday
 * interview plus 1 business day is the Monday). `n` = 0 gives `date` unchanged, as
 * "no days after" should; use {@link onOrNextBusinessDay} to land on a working day.
 * A RangeError for a negative or fractional `n`.
 */
export function addBusinessDays(
  date: string,
  n: number,
  holidays: ReadonlySet<string> | readonly string[] = [],
): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number ≥ 0, got ${n}`);
  let day = requireDay(date);
  const skip = holidayDays(holidays);
  let left = n;
  while (left > 0) {
    day += 1;
    // The bound stops an absurd n (or an endless holiday list) from looping for ever.
    if (day > MAX_DAY) throw new RangeError('The date falls outside the years 0001–9999');
    if (isBusinessDayNumber(day, skip)) left -= 1;
  }
  return fromDay(day);
}

/** The first business day strictly after `date`: "the next business morning". */
export function nextBusinessDay(
  date: string,
  holidays: ReadonlySet<string> | readonly string[] = [],
): string {
  return addBusinessDays(date, 1, holidays);
}

/** `date` itself when it is a business day, else the next one. */
export function onOrNextBusinessDay(
  date: string,
  holidays: ReadonlySet<string> | readonly string[] = [],
): string {
  const day = requireDay(date);
  return isBusinessDayNumber(day, holidayDays(holidays))
    ? fromDay(day)
    : addBusinessDays(date, 1, holidays);
}

/**
 * The date `n` business days before `date`: the last business day strictly before it is
 * day 1 (the mirror of {@link addBusinessDays}, for "tell them by" dates counted back
 * from a deadline). A RangeError for a negative or fractional `n`.
 */
export function subtractBusinessDays(
  date: string,
  n: number,
  holidays: ReadonlySet<string> | readonly string[] = [],
): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number ≥ 0, got ${n}`);
  let day = requireDay(date);
  const skip = holidayDays(holidays);
  let left = n;
  while (left > 0) {
    day -= 1;
    if (day < -719_162) throw new RangeError('The date falls outside the years 0001–9999');
    if (isBusinessDayNumber(day, skip)) left -= 1;
  }
  return fromDay(day);
}
