// Calendar arithmetic on date-only 'YYYY-MM-DD' strings, for the follow-up timeline.
// A hiring timeline is counted in days on the interviewer's calendar, never in hours,
// so every date here is a whole day held as a count of days since 1970-01-01 (UTC
// midnight): no local time zone and no clock change can move it by a day.
//
// Invalid input is a programming error here (the callers, parse.ts and plan.ts, check
// what users type first), so these functions throw a RangeError rather than return a
// value that could be mistaken for a real date.

const DAY_MS = 86_400_000;

/** The first and last day this module can name: 0001-01-01 and 9999-12-31. */
const MIN_DAY = -719_162;
const MAX_DAY = 2_932_896;

const SUNDAY = 0;
const SATURDAY = 6;

/** Day number (days since 1970-01-01) of a real YYYY-MM-DD date, or null. */
function toDay(date: unknown): number | null {
  if (typeof date !== 'string') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  // Date.UTC reads years 0–99 as 1900–1999, so the year is set on its own.
  const value = new Date(Date.UTC(2000, 0, 1));
  value.setUTCFullYear(year, month - 1, day);
  // 2027-02-29 rolls over into March: a different day back means it never existed.
  if (value.getUTCMonth() !== month - 1 || value.getUTCDate() !== day) return null;
  return Math.round(value.getTime() / DAY_MS);
}

/** toDay for arguments that must be valid. */
function requireDay(date: unknown, name = 'date'): number {
  const day = toDay(date);
  if (day === null)
    throw new RangeError(`${name} must be a real YYYY-MM-DD date, got ${JSON.stringify(date)}`);
  return day;
}

/** YYYY-MM-DD of a day number; a RangeError outside years 1–9999. */
function fromDay(day: number): string {
  if (!Number.isInteger(day) || day < MIN_DAY || day > MAX_DAY) {
    throw new RangeError('The date falls outside the years 0001–9999');
  }
  const value = new Date(day * DAY_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(value.getUTCFullYear()).padStart(4, '0')}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
}

/** 1970-01-01 was a Thursday; the double modulo keeps days before 1970 positive. */
function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

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

/** True for a real calendar date written YYYY-MM-DD, years 0001–9999 ("2028-02-29" yes, "2027-02-29" no). */
export function isValidIsoDate(s: unknown): s is IsoDate {
  return toDay(s) !== null;
}

/**
 * A string known to be a real YYYY-MM-DD date. Branded so that a failed
 * {@link isValidIsoDate} leaves a string a string: `s is string` would have told the
 * compiler that a string which is not a date is not a string at all.
 */
export type IsoDate = string & { readonly isoDateBrand: unique symbol };

/** Day of the week of a YYYY-MM-DD date, 0 = Sunday … 6 = Saturday (as Date#getDay). */
export function weekday(date: string): number {
  return weekdayOf(requireDay(date));
}

/** The date `n` calendar days after `date` (before it when `n` is negative). `n` must be an integer. */
export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`n must be an integer, got ${n}`);
  return fromDay(requireDay(date) + n);
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

/** -1, 0 or 1 as `a` is before, the same day as, or after `b` (for Array#sort). */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  return Math.sign(requireDay(a, 'a') - requireDay(b, 'b')) as -1 | 0 | 1;
}

/** Calendar days from `a` to `b`: positive when `b` is later ("2026-12-31" → "2027-01-01" is 1). */
export function daysBetween(a: string, b: string): number {
  return requireDay(b, 'b') - requireDay(a, 'a');
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/**
 * A date as the plan's sentences show it, "Tue 8 Dec", with the year added when it
 * differs from `relativeTo`'s ("Tue 5 Jan 2027" for a December interview). Written out
 * by hand rather than with Intl because ICU versions disagree on short English months
 * ("Sep" or "Sept"), and these strings are compared in tests and copied into emails.
 */
export function shortDate(date: string, relativeTo?: string): string {
  const day = requireDay(date);
  const [year, month, dayOfMonth] = date.split('-').map(Number) as [number, number, number];
  const text = `${WEEKDAYS[weekdayOf(day)]} ${dayOfMonth} ${MONTHS[month - 1]}`;
  const otherYear =
    relativeTo !== undefined &&
    isValidIsoDate(relativeTo) &&
    relativeTo.slice(0, 4) !== date.slice(0, 4);
  return otherYear ? `${text} ${year}` : text;
}
