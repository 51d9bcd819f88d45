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
  return {
    ...blankInterview(new Date('2026-11-24T12:00:00.000Z'), 'UTC', 'i1'),
    interviewers: [],
    ...fields,
  };
}

/** Three interviewers with different topics, as on a real panel; the drafts tests share them. */
export const priya = person('p1', {
  name: 'Priya Shah',
  topics: 'how the design system scales across three product lines\nthe research ops backlog',
  rapport: 'cycling in the Peak District',
});
export const tom = person('p2', {
  name: 'Tom Okafor',
  topics: 'moving checkout to the new payments API\nhow on-call works for designers',
  rapport: 'a shared love of Terry Pratchett',
});
export const ana = person('p3', {
  name: 'Ana Lima',
  topics: 'accessibility audits before each release\nthe mobile onboarding redesign',
});
