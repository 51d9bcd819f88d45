// "Add to Google Calendar" links. Google has no reminder parameter and drops VALARM
// on import, so the event carries the step and the site keeps showing what is due.

import { calendarSpan, normalizeCalendarText, type CalendarStep } from './ics';

/**
 * Longest link we build. Browsers accept far more, but some links pass through mail
 * programs, chat apps and proxies that cut or refuse URLs past about 2,000 characters.
 */
export const GOOGLE_URL_MAX = 2000;

const BASE = 'https://calendar.google.com/calendar/render?action=TEMPLATE';
const ELLIPSIS = '…';

let graphemes: Intl.Segmenter | null | undefined;

/**
 * Splits text into user-perceived characters, so shortening never leaves half an
 * emoji or a letter without its accent. Falls back to code points where
 * Intl.Segmenter is missing (Firefox before 125).
 */
function splitGraphemes(text: string): string[] {
  if (graphemes === undefined) {
    graphemes =
      typeof Intl.Segmenter === 'function'
        ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
        : null;
  }
  return graphemes ? Array.from(graphemes.segment(text), (part) => part.segment) : Array.from(text);
}

/** The link for a given title and details; `dates` is left out when there are none. */
function buildUrl(text: string, dates: string | null, details: string): string {
  // Dates hold only digits, "T", "Z" and "/", all legal in a query: written as is.
  const datesPart = dates === null ? '' : `&dates=${dates}`;
  return `${BASE}&text=${encodeURIComponent(text)}${datesPart}&details=${encodeURIComponent(details)}`;
}

/**
 * The longest prefix of `parts` (plus an ellipsis) for which `fits` holds, or ''
 * when not even the ellipsis alone fits. Encoded length grows with the prefix, so a
 * binary search finds it in a few dozen tries even for long notes.
 */
function longestFitting(parts: string[], fits: (candidate: string) => boolean): string {
  let low = 0;
  let high = parts.length - 1; // the whole text did not fit, or we would not be here
  const candidate = (count: number): string =>
    `${parts.slice(0, count).join('').trimEnd()}${ELLIPSIS}`;
  if (!fits(candidate(0))) return '';
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(candidate(middle))) low = middle;
    else high = middle - 1;
  }
  return candidate(low);
}

/**
 * A Google Calendar "add event" link for one step: its title, its dates (UTC
 * `YYYYMMDDTHHmmSSZ/…`, or all-day `YYYYMMDD/YYYYMMDD` ending the next day) and its
 * description as details. Longer than {@link GOOGLE_URL_MAX}, the details are cut
 * with an ellipsis until it fits (and, only for an absurdly long title, the title
 * too). A step without a usable date gets no `dates`, so Google asks for one.
 */
export function googleCalendarUrl(step: CalendarStep): string {
  const span = calendarSpan(step);
  const dates = span ? `${span.start}/${span.end}` : null;
  // The title is one line in Google's form; a line break there would be lost anyway.
  let text = normalizeCalendarText(step.title).replace(/\s*\n\s*/g, ' ');
  let details = normalizeCalendarText(step.description);
  const fits = (t: string, d: string): boolean => buildUrl(t, dates, d).length <= GOOGLE_URL_MAX;
  if (!fits(text, details)) {
    if (fits(text, '')) {
      details = longestFitting(splitGraphemes(details), (d) => fits(text, d));
    } else {
      details = '';
      text = longestFitting(splitGraphemes(text), (t) => fits(t, ''));
    }
  }
  return buildUrl(text, dates, details);
}
