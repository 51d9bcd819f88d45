// Scores the timeline reader on the frozen held-out phrases
// (tests/fixtures/timeline-heldout/timeline-phrases.json), written by someone who never
// read the reader. Shared by the unit test and the one-off scoring script.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ParsedTimeline } from '../../src/lib/timeline/parse';

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
