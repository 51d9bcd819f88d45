// The stored reading of an interview's timeline (see TimelineReading in the schema):
// how to tell whether it is still current, and how to turn it back into what the
// plan needs. No parser here, so pages that only show a plan stay small.
import type { TimelineReading } from '../workspace/schema';
import type { ParsedTimeline } from './parse';

/** Identifies what a reading was made from: the words, the interview date and the holidays. */
export function readingKey(
  timeline: string,
  interviewDate: string,
  holidays: readonly string[],
): string {
  return JSON.stringify([timeline, interviewDate, holidays]);
}

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
