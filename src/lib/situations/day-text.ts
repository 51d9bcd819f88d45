// How a day reads inside a message: every date a situation builder takes may be a
// stored YYYY-MM-DD or the user's own words ("Friday", "the end of the month").
import { oneLine } from '../thank-you/wording';

/**
 * A day as it reads after "by" or "on": "Tuesday 8 December" from a YYYY-MM-DD date
 * (formatLongDate's wording, src/lib/dates/long-date.ts), else the user's words on one
 * line without a "by" or "on" of their own or closing punctuation. '' for a date that
 * cannot be read ("2026-13-45") or nothing at all, so the caller drops its words.
 *
 * Not formatLongDate itself: the thank-you page ships this file, and importing that
 * module brought the shared dates chunk onto the page (+1.2 KB gzip, measured).
 */
export function dayText(day: unknown): string {
  const text = oneLine(day);
  if (!/^\d{4}-\d\d-\d\d$/.test(text))
    return text.replace(/^(?:by|on)\s+/i, '').replace(/[\s.,;:!?…]+$/u, '');
  const date = new Date(`${text}T12:00:00Z`);
  return Number.isNaN(date.getTime())
    ? ''
    : date.toLocaleDateString('en-GB', {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        timeZone: 'UTC',
      });
}
