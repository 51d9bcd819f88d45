// Builders for workspace records in unit tests: every field at its blank default, so a
// test names only the fields it cares about.
import { blankApplication, blankPerson } from '../../src/lib/workspace/operations';
import {
  blankRound,
  type Application,
  type Person,
  type Round,
} from '../../src/lib/workspace/schema';

/** A person (an interviewer unless said otherwise) with the given id and fields, the rest blank. */
export function person(id: string, fields: Partial<Person> = {}): Person {
  return { ...blankPerson(id), ...fields };
}

/** A round with the given fields, the rest blank (id "r1", nobody met unless given). */
export function round(fields: Partial<Round> = {}): Round {
  return { ...blankRound('r1', 'UTC', ''), date: '2026-11-24', ...fields };
}

/** An application with the given fields, the rest blank (no people, one blank round, unless given). */
export function application(fields: Partial<Application> = {}): Application {
  return {
    ...blankApplication(new Date('2026-11-24T12:00:00.000Z'), 'UTC', 'i1'),
    people: [],
    rounds: [round()],
    ...fields,
  };
}

/** The fields of a round (all but its id), to split v4's flat interview fields. */
const ROUND_FIELDS = new Set<string>(
  Object.keys(blankRound('', '', '')).filter((k) => k !== 'id' && k !== 'met'),
);

/** An application's and its one round's fields in one object, as v4 kept them; `people` are those met. */
export type InterviewFields = Partial<Omit<Application, 'rounds'> & Omit<Round, 'id' | 'met'>>;

/**
 * What v4 called an interview: an application with one round (id "r1") in which its
 * `people` were met, in that order. Fields of a round go to the round, the others to
 * the application; the rest are blank.
 */
export function interview(fields: InterviewFields = {}): {
  application: Application;
  round: Round;
} {
  const app: Record<string, unknown> = {};
  const at: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) (ROUND_FIELDS.has(k) ? at : app)[k] = v;
  const people = fields.people ?? [];
  const r = round({ ...(at as Partial<Round>), met: people.map((p) => p.id) });
  return {
    application: application({ ...(app as Partial<Application>), people, rounds: [r] }),
    round: r,
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
