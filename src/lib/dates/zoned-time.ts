// Wall-clock times in named IANA time zones, built on Intl.DateTimeFormat alone.
// Measured with esbuild --bundle --minify | gzip -9: this module is about 1 KB gzip;
// date-fns 4 `format` + @date-fns/tz 1.5 is about 7.4 KB (TZDate alone 1.7 KB), and
// TZDate is inconsistent on a repeated hour (the later instant in London, the earlier
// in New York), so it would still need the gap and overlap rules below. Intl also
// formats in every locale the browser knows without a locale import per language.

import { formatStamp } from './format-date';
const DAY = 86_400_000;

/** Formatters are slow to build and a zone's is reused for every offset lookup. */
const wallFormatters = new Map<string, Intl.DateTimeFormat>();

function wallFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = wallFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Any other formatter, built once per locale and options: planning hundreds of saved
 * interviews formats thousands of dates, and building a formatter costs far more than
 * using one. Throws as the constructor does (an unknown locale or zone).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function cachedFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Date.UTC, without its habit of reading years 0–99 as 1900–1999. */
function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  date.setUTCFullYear(year);
  return date.getTime();
}

/**
 * The wall clock in `timeZone` at `instantMs`, written as if it were a UTC instant, so
 * that subtracting the instant gives the zone's offset.
 */
function wallAsUtc(instantMs: number, timeZone: string): number {
  const parts: Record<string, string> = {};
  for (const part of wallFormatter(timeZone).formatToParts(instantMs))
    parts[part.type] = part.value;
  const year = Number(parts['year']);
  // Years before 1 AD come back as "1 BC", "2 BC"…; astronomical year 0 is 1 BC.
  const astronomicalYear = parts['era'] === 'BC' || parts['era'] === 'B' ? 1 - year : year;
  return utcMs(
    astronomicalYear,
    Number(parts['month']),
    Number(parts['day']),
    Number(parts['hour']),
    Number(parts['minute']),
    Number(parts['second']),
  );
}

/** The zone's offset from UTC at an instant, in milliseconds (east positive). */
function offsetAt(instantMs: number, timeZone: string): number {
  const wholeSecond = Math.floor(instantMs / 1000) * 1000;
  return wallAsUtc(wholeSecond, timeZone) - wholeSecond;
}

/**
 * True when `tz` names a time zone this browser knows ("Europe/London", "UTC").
 * Matching is case-insensitive, as Intl's is.
 */
export function isValidTimeZone(tz: string): boolean {
  if (typeof tz !== 'string' || tz.trim() === '') return false;
  try {
    wallFormatter(tz);
    return true;
  } catch {
    return false;
  }
}

/**
 * The instant when the wall clock in `timeZone` reads `date` (YYYY-MM-DD) at `time`
 * (HH:mm, 24-hour). Null for a malformed or impossible date or time (2027-02-29, 24:00)
 * or an unknown zone. A time skipped by a clock change (02:30 when clocks jump from
 * 02:00 to 03:00) gives the first instant after the jump (03:00); a time that happens
 * twice when clocks go back gives the earlier one.
 */
export function zonedToInstant(date: string, time: string, timeZone: string): Date | null {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typeof date === 'string' ? date : '');
  const timeMatch = /^(\d{2}):(\d{2})$/.exec(typeof time === 'string' ? time : '');
  if (!dateMatch || !timeMatch || !isValidTimeZone(timeZone)) return null;
  const [year, month, day] = dateMatch.slice(1).map(Number) as [number, number, number];
  const [hour, minute] = timeMatch.slice(1).map(Number) as [number, number];
  if (year < 1 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return null;
  const wall = utcMs(year, month, day, hour, minute);
  // Date rolls 30 February over into March; a different day back means it never existed.
  if (new Date(wall).getUTCDate() !== day) return null;

  // The offsets a day either side bracket any clock change near this wall time.
  const offsets = [offsetAt(wall - DAY, timeZone), offsetAt(wall + DAY, timeZone)];
  const matches = offsets
    .map((offset) => wall - offset)
    .filter((instant) => wallAsUtc(instant, timeZone) === wall)
    .sort((a, b) => a - b);
  if (matches[0] !== undefined) return new Date(matches[0]);

  // In a gap: the clock change lies between the two readings; find its first second.
  let [low, high] = offsets.map((offset) => wall - offset).sort((a, b) => a - b) as [
    number,
    number,
  ];
  const offsetAfter = offsetAt(high, timeZone);
  while (high - low > 1000) {
    const middle = Math.floor((low + high) / 2000) * 1000;
    if (offsetAt(middle, timeZone) === offsetAfter) high = middle;
    else low = middle;
  }
  return new Date(high);
}

/** Options for {@link formatInZone}. */
export interface FormatInZoneOptions {
  /** BCP 47 locale; defaults to British English ("Wed 28 Jan, 14:00"). */
  locale?: string;
  /** Adds the year, for dates that may not be this year. */
  withYear?: boolean;
  /** Adds the zone's short name ("GMT", "EST"), for times shown outside their zone. */
  withZone?: boolean;
}

/**
 * An instant as a reader in `timeZone` sees it, e.g. "Wed 28 Jan, 14:00". An unknown
 * zone formats in UTC and always names it, so the reader is never shown a wrong local
 * time unlabelled; an invalid Date gives ''. An unknown locale falls back to en-GB.
 */
export function formatInZone(
  instant: Date,
  timeZone: string,
  opts: FormatInZoneOptions = {},
): string {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) return '';
  const knownZone = isValidTimeZone(timeZone);
  const options: Intl.DateTimeFormatOptions = {
    timeZone: knownZone ? timeZone : 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  };
  if (opts.withYear) options.year = 'numeric';
  if (opts.withZone || !knownZone) options.timeZoneName = 'short';
  try {
    return cachedFormatter(opts.locale ?? 'en-GB', options).format(instant);
  } catch {
    return cachedFormatter('en-GB', options).format(instant);
  }
}

/**
 * The day of the week in `timeZone` at an instant, 0 = Sunday … 6 = Saturday (like
 * Date#getDay). An unknown zone counts as UTC; an invalid Date gives NaN.
 */
export function weekdayInZone(instant: Date, timeZone: string): number {
  const ms = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (Number.isNaN(ms)) return Number.NaN;
  return new Date(wallAsUtc(ms, isValidTimeZone(timeZone) ? timeZone : 'UTC')).getUTCDay();
}

/** The browser's own time zone, or 'UTC' where it cannot tell. */
export function userTimeZone(): string {
  try {
    const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    return zone && isValidTimeZone(zone) ? zone : 'UTC';
  } catch {
    return 'UTC';
  }
}

/**
 * Today's date (YYYY-MM-DD) for someone in `timeZone` at `instant`, for date-only rules
 * such as the card's mail-by day. An unknown zone counts as UTC; an invalid Date gives ''.
 */
export function isoDateIn(instant: Date, timeZone: string): string {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) return '';
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = cachedFormatter('en-US', { ...options, timeZone }).formatToParts(instant);
  } catch {
    parts = cachedFormatter('en-US', { ...options, timeZone: 'UTC' }).formatToParts(instant);
  }
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/**
 * An instant (ISO 8601) in the reader's own zone, in the site's one date format ("Tue
 * 24 Nov 2026, 14:05", as the plan writes "Tue 24 Nov"): when something was sent. Not the
 * browser's locale format, which put "Nov 24, 2026, 2:05 PM" beside "Tue 24 Nov".
 */
export function formatLocalDateTime(iso: string): string {
  return formatStamp(iso);
}
