// Scores the timeline reader on the frozen held-out phrases
// (tests/fixtures/timeline-heldout/timeline-phrases.json), written by someone who never
// read the reader. Shared by the unit test and the one-off scoring script.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  parseTimeline,
  type NamedHoliday,
  type ParsedTimeline,
} from '../../src/lib/timeline/parse';

/** One phrase with what a careful person reads from it. */
export interface HeldoutCase {
  id: string;
  category: string;
  phrase: string;
  interviewDate: string;
  region: string;
  expect: { latest?: string; tolerance?: number; refuse?: boolean };
}

/** The set as written; never edited. */
export function heldoutCases(): HeldoutCase[] {
  const file = fileURLToPath(
    new URL('../fixtures/timeline-heldout/timeline-phrases.json', import.meta.url),
  );
  return (JSON.parse(readFileSync(file, 'utf8')) as { cases: HeldoutCase[] }).cases;
}

/**
 * The public holidays the set's author assumed (its `conventions`), as dates, for the
 * first score: the reader is measured as if the user had typed the holidays in.
 */
export const ASSUMED_HOLIDAYS: Record<string, string[]> = {
  'GB-ENG': [
    '2026-01-01',
    '2026-04-03',
    '2026-04-06',
    '2026-05-04',
    '2026-05-25',
    '2026-08-31',
    '2026-12-25',
    '2026-12-28',
    '2027-01-01',
    '2027-03-26',
    '2027-03-29',
    '2027-05-03',
  ],
  US: [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03',
    '2026-09-07',
    '2026-10-12',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
  ],
  IN: [
    '2026-01-26',
    '2026-03-04',
    '2026-03-21',
    '2026-03-26',
    '2026-03-31',
    '2026-04-03',
    '2026-05-01',
    '2026-05-27',
    '2026-06-26',
    '2026-08-15',
    '2026-08-26',
    '2026-09-04',
    '2026-10-02',
    '2026-10-20',
    '2026-11-08',
    '2026-11-24',
    '2026-12-25',
    '2027-01-26',
  ],
  SA: [],
};

/**
 * The same holidays by name, as the set's author named them (its 'holidays assumed'
 * convention) in the words the region's data uses (date-holidays: "Boxing Day
 * (substitute day)", "Independence Day (substitute day)"). India's 2026 gazetted list
 * has more days than the conventions name; only those named there or fixed by the
 * calendar (Republic Day, Independence Day, Gandhi Jayanti, Christmas) carry a name.
 */
export const ASSUMED_NAMED: Record<string, NamedHoliday[]> = {
  'GB-ENG': [
    { date: '2026-01-01', name: "New Year's Day" },
    { date: '2026-04-03', name: 'Good Friday' },
    { date: '2026-04-06', name: 'Easter Monday' },
    { date: '2026-05-04', name: 'Early May bank holiday' },
    { date: '2026-05-25', name: 'Spring bank holiday' },
    { date: '2026-08-31', name: 'Summer bank holiday' },
    { date: '2026-12-25', name: 'Christmas Day' },
    { date: '2026-12-28', name: 'Boxing Day (substitute day)' },
    { date: '2027-01-01', name: "New Year's Day" },
    { date: '2027-03-26', name: 'Good Friday' },
    { date: '2027-03-29', name: 'Easter Monday' },
    { date: '2027-05-03', name: 'Early May bank holiday' },
  ],
  US: [
    { date: '2026-01-01', name: "New Year's Day" },
    { date: '2026-01-19', name: 'Martin Luther King Jr. Day' },
    { date: '2026-02-16', name: "Washington's Birthday" },
    { date: '2026-05-25', name: 'Memorial Day' },
    { date: '2026-06-19', name: 'Juneteenth' },
    { date: '2026-07-03', name: 'Independence Day (substitute day)' },
    { date: '2026-09-07', name: 'Labor Day' },
    { date: '2026-10-12', name: 'Columbus Day' },
    { date: '2026-11-11', name: 'Veterans Day' },
    { date: '2026-11-26', name: 'Thanksgiving Day' },
    { date: '2026-12-25', name: 'Christmas Day' },
    { date: '2027-01-01', name: "New Year's Day" },
    { date: '2027-01-18', name: 'Martin Luther King Jr. Day' },
    { date: '2027-02-15', name: "Washington's Birthday" },
  ],
  IN: [
    { date: '2026-01-26', name: 'Republic Day' },
    { date: '2026-04-03', name: 'Good Friday' },
    { date: '2026-08-15', name: 'Independence Day' },
    { date: '2026-10-02', name: 'Gandhi Jayanti' },
    { date: '2026-11-08', name: 'Diwali' },
    { date: '2026-11-24', name: "Guru Nanak's Birthday" },
    { date: '2026-12-25', name: 'Christmas Day' },
    { date: '2027-01-26', name: 'Republic Day' },
  ],
  SA: [],
};

/** The set's regional weekends: Friday–Saturday in Saudi Arabia, else Saturday–Sunday. */
export const WEEKENDS: Record<string, number[]> = { SA: [5, 6] };

/** The set's numeric dates: month/day in the US, day/month elsewhere. */
export const DATE_ORDERS: Record<string, 'dmy' | 'mdy'> = { US: 'mdy' };

/** The reader as a user of `c.region` meets it: its holidays, their names, its weekend and date order. */
export function readHeldout(c: HeldoutCase): ParsedTimeline {
  return parseTimeline(c.phrase, c.interviewDate, ASSUMED_HOLIDAYS[c.region] ?? [], {
    named: ASSUMED_NAMED[c.region] ?? [],
    weekend: WEEKENDS[c.region] ?? [0, 6],
    dateOrder: DATE_ORDERS[c.region] ?? 'dmy',
  });
}

/** How one phrase came out. */
export interface Scored {
  case: HeldoutCase;
  got: string | null;
  ok: boolean;
  /** Gave a date where the set expects a refusal: a made-up date. */
  invented: boolean;
}

/** The latest date a reading gives, or null for none/unreadable. */
export function latestOf(parsed: ParsedTimeline): string | null {
  return parsed.kind === 'range' ? parsed.latest : parsed.kind === 'date' ? parsed.date : null;
}

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** Scores every case with `read` (the reader, given the phrase, date and region). */
export function scoreHeldout(read: (c: HeldoutCase) => ParsedTimeline): {
  scored: Scored[];
  dated: number;
  datedRight: number;
  refusals: number;
  refusedRight: number;
} {
  const scored = heldoutCases().map((c): Scored => {
    const got = latestOf(read(c));
    if (c.expect.refuse) return { case: c, got, ok: got === null, invented: got !== null };
    const ok =
      got !== null &&
      c.expect.latest !== undefined &&
      Math.abs(dayNumber(got) - dayNumber(c.expect.latest)) <= (c.expect.tolerance ?? 0);
    return { case: c, got, ok, invented: false };
  });
  const dated = scored.filter((s) => !s.case.expect.refuse);
  const refusals = scored.filter((s) => s.case.expect.refuse);
  return {
    scored,
    dated: dated.length,
    datedRight: dated.filter((s) => s.ok).length,
    refusals: refusals.length,
    refusedRight: refusals.filter((s) => s.ok).length,
  };
}
