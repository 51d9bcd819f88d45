// The stored reading of an interview's timeline (see TimelineReading in the schema):
// how to tell whether it is still current, and how to turn it back into what the
// plan needs. No parser here, so pages that only show a plan stay small.
import type { TimelineReading } from '../workspace/schema';
import type { ParsedTimeline } from './parse';

/**
 * The days off every date is counted with (src/stores/days-off.ts gives them): the
 * effective holidays (the region's public days less those worked on, plus the user's
 * own), the weekend, and how the user writes dates ("12/1": 'mdy' in en-US, else 'dmy').
 */
export interface DayRules {
  holidays: readonly string[];
  weekend: readonly number[];
  dateOrder?: 'dmy' | 'mdy' | undefined;
}

/** Saturday–Sunday and no holiday: a plan with no days off known. */
export const NO_DAYS_OFF: DayRules = Object.freeze({
  holidays: Object.freeze([]),
  weekend: Object.freeze<number[]>([0, 6]),
});

/** How a locale writes a date with numbers: month first in US English, day first elsewhere. */
export function dateOrderOf(locale: string): 'dmy' | 'mdy' {
  return /^en-US\b/i.test(locale) ? 'mdy' : 'dmy';
}

/** FNV-1a, 32 bits, in base 36: a short, stable fingerprint (not for security). */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * Identifies what a reading was made from: the words, the interview date and the days
 * off (holidays, weekend, date order). The days off go in as a fingerprint, so the key
 * stays short however many public holidays the region has, and a reading made before
 * the region was chosen (or changed) reads as stale and is made again.
 */
export function readingKey(
  timeline: string,
  interviewDate: string,
  holidays: readonly string[],
  weekend: readonly number[] = NO_DAYS_OFF.weekend,
  dateOrder?: 'dmy' | 'mdy',
): string {
  const days = JSON.stringify([holidays, weekend, dateOrder ?? '']);
  return JSON.stringify([timeline, interviewDate, `${days.length}:${fingerprint(days)}`]);
}

/** {@link readingKey} with the days off as {@link DayRules}. */
export const readingKeyFor = (timeline: string, interviewDate: string, days: DayRules): string =>
  readingKey(timeline, interviewDate, days.holidays, days.weekend, days.dateOrder);

/** Stores a parser result. */
export function toReading(parsed: ParsedTimeline, key: string): TimelineReading {
  switch (parsed.kind) {
    case 'range':
      return { key, kind: 'range', date: parsed.latest, text: parsed.summary };
    case 'date':
      return { key, kind: 'date', date: parsed.date, text: parsed.summary };
    case 'none':
      return { key, kind: 'none', date: '', text: parsed.summary };
    default:
      return { key, kind: 'unreadable', date: '', text: parsed.reason };
  }
}

/** Turns a stored reading back into a parser result. */
export function fromReading(reading: TimelineReading): ParsedTimeline {
  switch (reading.kind) {
    case 'range':
      return { kind: 'range', latest: reading.date, summary: reading.text };
    case 'date':
      return { kind: 'date', date: reading.date, summary: reading.text };
    case 'none':
      return { kind: 'none', summary: reading.text };
    default:
      return { kind: 'unreadable', reason: reading.text };
  }
}
