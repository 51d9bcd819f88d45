/**
 * Formats a calendar date for readers ("27 November 2026") in UTC, because front-matter
 * dates are parsed as UTC midnight and a local time zone could shift them a day.
 */
export function formatDate(date: Date, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** The machine-readable form for a `<time datetime>` attribute (YYYY-MM-DD). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * An instant for a list of saved things, in the reader's own zone: "Sat 5 Dec 2026,
 * 14:05". The same shape the tools use for dates ("Fri 4 Dec"), with the year and time;
 * with seconds where two things can be made in the same minute (saved copies), so each
 * has its own name.
 */
export function formatStamp(
  iso: string,
  opts: { timeZone?: string; seconds?: boolean } = {},
): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  // Put together from parts: ICU writes "Sat, 5 Dec" in en-GB, and the plan writes "Sat 5 Dec".
  const parts = new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(opts.seconds ? { second: '2-digit' } : {}),
    hourCycle: 'h23',
    ...(opts.timeZone ? { timeZone: opts.timeZone } : {}),
  }).formatToParts(d);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  const time = [part('hour'), part('minute'), ...(opts.seconds ? [part('second')] : [])];
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}, ${time.join(':')}`;
}
