// iCalendar (RFC 5545) files for the follow-up plan, so each step can sit in the
// user's own calendar with a reminder. Written by hand rather than with a library
// (esbuild --minify, gzip -9, same two-event export with alarms): this serializer
// 1.7 KB, `ical-generator` 9.3 KB, `ics` 24.3 KB (it bundles yup), on a calendar page
// with a 30 KB budget of which ~17 KB is spent. `ics` 3.12 also folds at 75
// characters, not octets, so lines of accented text or emoji break RFC 5545.
//
// Google Calendar drops VALARM on import, so the site must still show what is due
// itself; these files are a convenience on top of that, not the only reminder.

/** One follow-up step to put in a calendar. */
export interface CalendarStep {
  /** Stable id of the step within its interview (e.g. "thank-you-email"). */
  id: string;
  /** Event title. Any text; line breaks become spaces in links that show one line. */
  title: string;
  /** Event notes. Any text. */
  description: string;
  /** Calendar date as YYYY-MM-DD: the day of an all-day step. */
  date: string;
  /** True for a step that has a day but no time (most follow-ups). */
  allDay: boolean;
  /** Start instant for a timed step, ISO 8601 with `Z` or an offset. */
  start?: string;
  /** End instant for a timed step; when missing or not after `start`, start + 30 min. */
  end?: string;
}

/**
 * When an all-day step's reminder fires, relative to the start of its day (00:00):
 * `-PT15H` is 09:00 the day before, `PT9H` is 09:00 on the day.
 */
export type AllDayAlarm = '-PT15H' | 'PT9H';

/** Options for {@link buildIcs}. */
export interface BuildIcsOptions {
  /** The interview the steps belong to; part of every UID. */
  interviewId: string;
  /** Name the calendar app shows for the imported calendar (X-WR-CALNAME). */
  calendarName: string;
  /** The moment of export, written as every event's DTSTAMP. */
  now: Date;
  /** Minutes before a timed step that its reminder fires (default 60). */
  alarmMinutesBefore?: number;
  /** When an all-day step's reminder fires (default `-PT15H`, 09:00 the day before). */
  alarmAllDay?: AllDayAlarm;
}

/** PRODID of every file: who made it, as RFC 5545 §3.7.3 asks. */
export const ICS_PRODID = '-//Follow-Up Kit//Follow-up reminders//EN';

/** Length of a timed step whose end is missing or not after its start. */
const DEFAULT_TIMED_MINUTES = 30;
const DEFAULT_ALARM_MINUTES = 60;
const DEFAULT_ALL_DAY_ALARM: AllDayAlarm = '-PT15H';
/** Reminder text when a step has no title, since DISPLAY alarms need a DESCRIPTION. */
const FALLBACK_ALARM_TEXT = 'Follow-up reminder';
/** RFC 5545 §3.1: content lines are at most 75 octets, not counting the CRLF. */
const MAX_LINE_OCTETS = 75;

/**
 * Makes any string safe to write as iCalendar TEXT, and is exactly what a parser
 * reads back: unpaired UTF-16 halves (which have no UTF-8 form) become U+FFFD, every
 * kind of line break becomes "\n", and other control characters, which RFC 5545
 * TEXT does not allow (TSAFE-CHAR), are dropped. Tabs are kept.
 */
export function normalizeCalendarText(text: string): string {
  return (
    String(text ?? '')
      .replace(/\p{Cs}/gu, '\uFFFD')
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\0-\x08\x0B-\x1F\x7F]/g, '')
  );
}

/** Escapes TEXT (RFC 5545 §3.3.11): backslash first, so added ones are not doubled. */
function escapeText(text: string): string {
  return normalizeCalendarText(text)
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\n/g, '\\n');
}

/** UTF-8 length of one code point. */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds one content line at 75 octets (UTF-8 bytes) with CRLF + space. It cuts only
 * between code points, so no multi-byte character is split, and never inside a
 * backslash escape: RFC 5545 unfolds before unescaping, but some clients do not.
 */
function fold(line: string): string {
  let out = '';
  let used = 0;
  let pendingEscape = '';
  for (const char of line) {
    // A backslash waits for the character it escapes so the two stay on one line.
    if (pendingEscape === '' && char === '\\') {
      pendingEscape = char;
      continue;
    }
    const token = pendingEscape + char;
    pendingEscape = '';
    let size = 0;
    for (const part of token) size += utf8Length(part.codePointAt(0) ?? 0);
    if (used + size > MAX_LINE_OCTETS) {
      out += '\r\n ';
      used = 1; // the space that starts a continuation line counts towards its 75
    }
    out += token;
    used += size;
  }
  // Escaped text never ends in a lone backslash, but keep one rather than lose it.
  return out + pendingEscape;
}

/** Parses YYYY-MM-DD into a UTC midnight, or null when it is not a real date. */
function parseDate(date: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typeof date === 'string' ? date : '');
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const value = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2026-02-30 over to March; a rolled date was never a real one.
  if (
    value.getUTCFullYear() !== year ||
    value.getUTCMonth() !== month - 1 ||
    value.getUTCDate() !== day
  )
    return null;
  return value;
}

/**
 * Parses an ISO instant to whole seconds, or null. A `Z` or offset is required: a
 * bare "2026-05-01T10:00" would be read in whatever zone the browser is in.
 */
function parseInstant(value: string | undefined): number | null {
  if (typeof value !== 'string') return null;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i.test(value))
    return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? Math.floor(ms / 1000) * 1000 : null;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** A DATE value, YYYYMMDD, from a UTC midnight. */
function formatDateValue(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
}

/** A UTC DATE-TIME value, YYYYMMDDTHHMMSSZ. */
export function formatUtcDateTime(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid date for a calendar time');
  return `${formatDateValue(date)}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

/**
 * A step's place in the calendar, already in iCalendar/Google form: DATE values for
 * an all-day step (end = the next day, since DTEND is exclusive), UTC DATE-TIME values
 * for a timed one. Null when the step has no usable date.
 */
export interface CalendarSpan {
  allDay: boolean;
  start: string;
  end: string;
}

/**
 * Works out where a step goes. A timed step whose start is missing or malformed falls
 * back to an all-day event on its `date`, so the reminder is not lost; a step with
 * neither gives null.
 */
export function calendarSpan(step: CalendarStep): CalendarSpan | null {
  if (!step.allDay) {
    const start = parseInstant(step.start);
    if (start !== null) {
      const end = parseInstant(step.end);
      const safeEnd = end !== null && end > start ? end : start + DEFAULT_TIMED_MINUTES * 60_000;
      return {
        allDay: false,
        start: formatUtcDateTime(new Date(start)),
        end: formatUtcDateTime(new Date(safeEnd)),
      };
    }
  }
  const day = parseDate(step.date);
  if (!day) return null;
  const next = new Date(day.getTime());
  next.setUTCDate(next.getUTCDate() + 1);
  return { allDay: true, start: formatDateValue(day), end: formatDateValue(next) };
}

/** True when {@link buildIcs} and the Google link can place the step on a day. */
export function isSchedulable(step: CalendarStep): boolean {
  return calendarSpan(step) !== null;
}

/**
 * The step's UID, the same on every export so that importing the file again updates
 * the event instead of adding a second one. Ids are percent-encoded rather than
 * stripped: stripping could give two different steps the same UID and merge them.
 */
export function stepUid(interviewId: string, stepId: string): string {
  const safe = (id: string): string => encodeURIComponent(normalizeCalendarText(id));
  return `${safe(interviewId)}-${safe(stepId)}@follow-up-kit`;
}

/** Windows refuses these as file names even with an extension ("con.ics"). */
const RESERVED_NAMES = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
/** Keeps file names readable in download bars and under every file system's limit. */
const MAX_FILENAME_STEM = 60;

/**
 * A download name that every browser and file system accepts: ASCII letters, digits,
 * "-" and "_" only (accents are folded: "Café" → "cafe"), lower case, at most 60
 * characters before ".ics", never empty or a reserved Windows device name.
 */
export function icsFilename(name: string): string {
  const stem = normalizeCalendarText(name)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\.ics$/, '')
    .replace(/[^a-z0-9_]+/g, '-')
    .slice(0, MAX_FILENAME_STEM)
    .replace(/^[-_]+|[-_]+$/g, '');
  const safe =
    stem === '' ? 'follow-up-reminders' : RESERVED_NAMES.test(stem) ? `${stem}-calendar` : stem;
  return `${safe}.ics`;
}

/** An RFC 5545 duration that fires `minutes` before the start ("-PT60M"). */
function minutesBefore(minutes: number | undefined): string {
  const value =
    typeof minutes === 'number' && Number.isFinite(minutes) && minutes >= 0
      ? Math.round(minutes)
      : DEFAULT_ALARM_MINUTES;
  return value === 0 ? 'PT0M' : `-PT${value}M`;
}

/**
 * Builds an iCalendar file with one event and one reminder per schedulable step
 * (steps without a usable date are left out: check with {@link isSchedulable}).
 * Lines end in CRLF and are folded at 75 octets; all text is escaped and never makes
 * this throw, whatever Unicode it holds.
 *
 * @throws RangeError only when `opts.now` is an invalid Date.
 */
export function buildIcs(steps: CalendarStep[], opts: BuildIcsOptions): string {
  const stamp = formatUtcDateTime(opts.now);
  const timedTrigger = minutesBefore(opts.alarmMinutesBefore);
  const allDayTrigger: AllDayAlarm = opts.alarmAllDay === 'PT9H' ? 'PT9H' : DEFAULT_ALL_DAY_ALARM;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICS_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(opts.calendarName)}`,
  ];
  for (const step of steps) {
    const span = calendarSpan(step);
    if (!span) continue;
    const title = normalizeCalendarText(step.title);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(stepUid(opts.interviewId, step.id))}`,
      `DTSTAMP:${stamp}`,
      // Timed steps are written in UTC ("Z"): an instant with no TZID needs no
      // VTIMEZONE block, and every calendar shows it in the user's own zone. The step
      // was already placed in the interview's zone when its instant was computed.
      span.allDay ? `DTSTART;VALUE=DATE:${span.start}` : `DTSTART:${span.start}`,
      // DTEND only, never DURATION as well (RFC 5545 allows one of the two). For an
      // all-day event it is the next day: DTEND is exclusive.
      span.allDay ? `DTEND;VALUE=DATE:${span.end}` : `DTEND:${span.end}`,
      `SUMMARY:${escapeText(title)}`,
      `DESCRIPTION:${escapeText(step.description)}`,
      // A reminder to do something should not mark the user busy.
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(title.trim() === '' ? FALLBACK_ALARM_TEXT : title)}`,
      // Relative to the start: for an all-day event that start is 00:00 local time.
      `TRIGGER:${span.allDay ? allDayTrigger : timedTrigger}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
