/**
 * Formats a calendar date for readers ("27 November 2026") in UTC, because front-matter
 * dates are parsed as UTC midnight and a local time zone could shift them a day.
 */
export function formatDate(date: Date, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}

/** The machine-readable form for a `<time datetime>` attribute (YYYY-MM-DD). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
