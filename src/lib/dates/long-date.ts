// A calendar day written out in full, as the messages and the note planner name it.

/**
 * A YYYY-MM-DD day in words, "Tuesday 24 November", or "Tuesday 24 November 2026"
 * `withYear`. Formatted in UTC, since the date is a calendar day and a local zone could
 * shift it; '' for anything that is not a date.
 */
export function formatLongDate(date: string, opts: { withYear?: boolean } = {}): string {
  const d = new Date(`${date}T12:00:00Z`);
  return Number.isNaN(d.getTime())
    ? ''
    : new Intl.DateTimeFormat('en-GB', {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        ...(opts.withYear ? { year: 'numeric' } : {}),
        timeZone: 'UTC',
      }).format(d);
}
