// Business-day rules on date-only 'YYYY-MM-DD' strings, for the follow-up timeline:
// a hiring timeline is counted in days on the interviewer's calendar, never in hours,
// and its business days skip weekends and the user's holidays. The weekend is Saturday
// and Sunday unless a caller passes the region's own (Friday–Saturday in Saudi Arabia,
// src/lib/dates/holidays.ts). The plain date arithmetic they rest on is in
// src/lib/dates/iso-date.ts.
//
// Invalid input is a programming error here (the callers, parse.ts and plan.ts, check
// what users type first), so these functions throw a RangeError rather than return a
// value that could be mistaken for a real date.
import { fromDay, MAX_DAY, MIN_DAY, requireDay, toDay, weekdayOf } from '../dates/iso-date';

/** Weekdays as Date#getDay counts them: Sunday 0 … Saturday 6. */
export type Weekend = readonly number[];

/** Saturday and Sunday: the weekend when none is given. */
export const SATURDAY_SUNDAY: Weekend = Object.freeze([0, 6]);

/**
 * Holidays as day numbers. Entries that are not real dates are dropped rather than
 * rejected: a stray value in a user's holiday list must not stop the whole plan.
 */
function holidayDays(holidays: ReadonlySet<string> | readonly string[] = []): Set<number> {
  // A region's list runs to hundreds of dates, and every count of every plan reads it:
  // once per list, not once per count. Lists are replaced, never changed in place (the
  // days-off store and the settings make a new one for every change).
  let days = readLists.get(holidays);
  if (!days) {
    days = new Set();
    for (const holiday of holidays) {
      const day = toDay(holiday);
      if (day !== null) days.add(day);
    }
    readLists.set(holidays, days);
  }
  return days;
}
const readLists = new WeakMap<object, Set<number>>();

/**
 * The weekend as a set of weekdays. Entries that are not whole numbers 0–6 are dropped,
 * as stray holidays are; a weekend of all seven days leaves no business day to count to,
 * so it is a RangeError (an empty weekend is allowed: a seven-day week).
 */
function weekendDays(weekend: Weekend): Set<number> {
  const days = new Set(weekend.filter((d) => Number.isInteger(d) && d >= 0 && d <= 6));
  if (days.size === 7) throw new RangeError('A weekend of all seven days leaves no business day');
  return days;
}

function isBusinessDayNumber(day: number, holidays: Set<number>, weekend: Set<number>): boolean {
  return !weekend.has(weekdayOf(day)) && !holidays.has(day);
}

/**
 * True when `date` is not on the weekend (Saturday and Sunday unless `weekend` says
 * otherwise) and not in `holidays`. Holidays are YYYY-MM-DD strings; entries that are
 * not real dates are ignored.
 */
export function isBusinessDay(
  date: string,
  holidays: ReadonlySet<string> | readonly string[] = [],
  weekend: Weekend = SATURDAY_SUNDAY,
): boolean {
  return isBusinessDayNumber(requireDay(date), holidayDays(holidays), weekendDays(weekend));
}

/**
 * The `n`-th business day from `date` going one day at a time in `direction` (+1 or -1),
 * weekends and `holidays` skipped: the count both {@link addBusinessDays} and
 * {@link subtractBusinessDays} make. A RangeError for a negative or fractional `n`, or
 * past the years 0001–9999 (the bound also stops an endless holiday list looping).
 */
function countBusinessDays(
  date: string,
  n: number,
  direction: 1 | -1,
  holidays: ReadonlySet<string> | readonly string[],
  weekend: Weekend,
): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number ≥ 0, got ${n}`);
  let day = requireDay(date);
  const skip = holidayDays(holidays);
  const off = weekendDays(weekend);
  for (let left = n; left > 0;) {
    day += direction;
    if (day > MAX_DAY || day < MIN_DAY)
      throw new RangeError('The date falls outside the years 0001–9999');
    if (isBusinessDayNumber(day, skip, off)) left -= 1;
  }
  return fromDay(day);
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
  weekend: Weekend = SATURDAY_SUNDAY,
): string {
  return countBusinessDays(date, n, 1, holidays, weekend);
}

/** The first business day strictly after `date`: "the next business morning". */
export function nextBusinessDay(
  date: string,
  holidays: ReadonlySet<string> | readonly string[] = [],
  weekend: Weekend = SATURDAY_SUNDAY,
): string {
  return addBusinessDays(date, 1, holidays, weekend);
}

/** `date` itself when it is a business day, else the next one. */
export function onOrNextBusinessDay(
  date: string,
  holidays: ReadonlySet<string> | readonly string[] = [],
  weekend: Weekend = SATURDAY_SUNDAY,
): string {
  const day = requireDay(date);
  return isBusinessDayNumber(day, holidayDays(holidays), weekendDays(weekend))
    ? fromDay(day)
    : addBusinessDays(date, 1, holidays, weekend);
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
  weekend: Weekend = SATURDAY_SUNDAY,
): string {
  return countBusinessDays(date, n, -1, holidays, weekend);
}
