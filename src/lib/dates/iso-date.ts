// Calendar arithmetic on date-only 'YYYY-MM-DD' strings. A date here is a whole day,
// held as a count of days since 1970-01-01 (UTC midnight): no local time zone and no
// clock change can move it by a day. The business-day rules built on these days are in
// src/lib/timeline/business-days.ts.
//
// Invalid input is a programming error here (the callers check what users type first),
// so these functions throw a RangeError rather than return a value that could be
// mistaken for a real date.

const DAY_MS = 86_400_000;

/** The first day number this module can name, 0001-01-01: loops that count days back stop here. */
export const MIN_DAY = -719_162;
/** The last day number this module can name, 9999-12-31: loops that count days forward stop here. */
export const MAX_DAY = 2_932_896;

/** Day number (days since 1970-01-01) of a real YYYY-MM-DD date, or null. */
export function toDay(date: unknown): number | null {
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

/** {@link toDay} for arguments that must be valid: a RangeError naming `name` otherwise. */
export function requireDay(date: unknown, name = 'date'): number {
  const day = toDay(date);
  if (day === null)
    throw new RangeError(`${name} must be a real YYYY-MM-DD date, got ${JSON.stringify(date)}`);
  return day;
}

/** YYYY-MM-DD of a day number; a RangeError outside years 1–9999. */
export function fromDay(day: number): string {
  if (!Number.isInteger(day) || day < MIN_DAY || day > MAX_DAY) {
    throw new RangeError('The date falls outside the years 0001–9999');
  }
  const value = new Date(day * DAY_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(value.getUTCFullYear()).padStart(4, '0')}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
}

/**
 * Day of the week of a day number, 0 = Sunday … 6 = Saturday. 1970-01-01 was a
 * Thursday; the double modulo keeps days before 1970 positive.
 */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
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
 * The same day of the month `n` months after `date`, or the month's last day when it
 * has no such day (31 Jan + 1 month = 28 or 29 Feb). `n` must be an integer.
 */
export function addMonths(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`n must be an integer, got ${n}`);
  requireDay(date);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + n;
  const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
  const pad = (x: number) => String(x).padStart(2, '0');
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const lastDay = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  const out = `${String(y).padStart(4, '0')}-${pad(m)}-${pad(Math.min(day, lastDay))}`;
  requireDay(out);
  return out;
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
