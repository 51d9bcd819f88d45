// Builders for workspace records in unit tests: every field at its blank default, so a
// test names only the fields it cares about.
import { blankInterview, blankInterviewer } from '../../src/lib/workspace/operations';
import type { Interview, Interviewer } from '../../src/lib/workspace/schema';

/** An interviewer with the given id and fields, the rest blank. */
export function person(id: string, fields: Partial<Interviewer> = {}): Interviewer {
  return { ...blankInterviewer(id), ...fields };
}

/** An interview with the given fields, the rest blank (no interviewers unless given). */
export function interview(fields: Partial<Interview> = {}): Interview {
  return { ...blankInterview(new Date('2026-11-24T12:00:00.000Z'), 'UTC', 'i1'), interviewers: [], ...fields };
}
