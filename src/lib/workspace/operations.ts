// Pure updates to the workspace, and the selectors every tool reads it through. Each
// update returns a new workspace and leaves its input alone, so the store can hand the
// previous value to "undo" and tests need no store.
//
// The tools work on the current application (what the pages call an interview) and its
// current round: for an interview saved before rounds existed, its one round.
import { isoDateIn } from '../dates/zoned-time';
import { fitsLimits, MAX_INTERVIEWS } from './field-limits';
import {
  blankRound,
  emptyChannels,
  INTERVIEW_FORMATS,
  type Application,
  type Draft,
  type MessageKind,
  type Person,
  type PersonRole,
  type Profile,
  type Round,
  type Workspace,
} from './schema';

/** A fresh random id; crypto.randomUUID exists in every browser we support and in Node. */
export function newId(): string {
  return crypto.randomUUID();
}

// ---------------------------------------------------------------------------------
// Reading

/** The application the tools work on, or null when there is none. */
export function currentApplication(ws: Workspace): Application | null {
  return ws.applications.find((a) => a.id === ws.currentId) ?? null;
}

/**
 * The round the tools work on: the latest (rounds are kept in the order they happen,
 * and an application always has one; see the reader).
 */
export function currentRound(app: Application): Round {
  return app.rounds[app.rounds.length - 1]!;
}

/** The people met in a round, in its order (ids that no longer name anyone are skipped). */
export function peopleMet(app: Application, round: Round): Person[] {
  return round.met.flatMap((id) => app.people.filter((p) => p.id === id));
}

// ---------------------------------------------------------------------------------
// Applications

/** A new, empty person; an interviewer unless said otherwise. */
export function blankPerson(id = newId(), role: PersonRole = 'interviewer'): Person {
  return {
    id,
    role,
    name: '',
    title: '',
    email: '',
    phone: '',
    linkedin: '',
    address: '',
    topics: '',
    rapport: '',
  };
}

/**
 * A new application with one round dated today in the user's zone, and one blank
 * interviewer met in it; nothing in its outcome history yet (waiting).
 */
export function blankApplication(now: Date, timeZone: string, id = newId()): Application {
  const today = isoDateIn(now, timeZone);
  const person = blankPerson();
  return {
    id,
    company: '',
    role: '',
    jobLink: '',
    source: 'direct',
    people: [person],
    notes: '',
    qualifications: '',
    rounds: [{ ...blankRound(newId(), timeZone, today), met: [person.id] }],
    outcomes: [],
    channels: emptyChannels(),
    engagement: [],
    createdAt: now.toISOString(),
  };
}

/** True when the list is full (MAX_INTERVIEWS): adding more is refused, and the page says so. */
export const interviewListFull = (ws: Workspace) => ws.applications.length >= MAX_INTERVIEWS;

/** Adds an application and makes it the current one; a full list is left unchanged. */
export function addApplication(ws: Workspace, app: Application): Workspace {
  if (interviewListFull(ws)) return ws;
  return { ...ws, applications: [...ws.applications, app], currentId: app.id };
}

/** Applies fn to one application; unknown ids leave the workspace unchanged. */
export const mapApplication = (
  ws: Workspace,
  id: string,
  fn: (a: Application) => Application,
): Workspace =>
  ws.applications.some((a) => a.id === id)
    ? { ...ws, applications: ws.applications.map((a) => (a.id === id ? fn(a) : a)) }
    : ws;

/**
 * Applies a patch to one application's own fields; unknown ids, and text over a
 * field's limit (field-limits.ts), leave the workspace unchanged.
 */
export function updateApplication(
  ws: Workspace,
  id: string,
  patch: Partial<Omit<Application, 'id'>>,
): Workspace {
  if (!fitsLimits(patch)) return ws;
  return mapApplication(ws, id, (a) => ({ ...a, ...patch }));
}

/** Makes an application the one the tools work on. */
export function setCurrent(ws: Workspace, id: string): Workspace {
  return ws.applications.some((a) => a.id === id) ? { ...ws, currentId: id } : ws;
}

// ---------------------------------------------------------------------------------
// Rounds

/** Applies fn to one round of one application; unknown ids leave the workspace unchanged. */
export const mapRound = (
  ws: Workspace,
  appId: string,
  roundId: string,
  fn: (r: Round) => Round,
): Workspace =>
  ws.applications.some((a) => a.id === appId && a.rounds.some((r) => r.id === roundId))
    ? mapApplication(ws, appId, (a) => ({
        ...a,
        rounds: a.rounds.map((r) => (r.id === roundId ? fn(r) : r)),
      }))
    : ws;

/**
 * Applies a patch to one round; text over a field's limit is refused. A round whose kind
 * only says how it was held (on site, video, phone) follows a change of format, so the
 * two never disagree.
 */
export function updateRound(
  ws: Workspace,
  appId: string,
  roundId: string,
  patch: Partial<Omit<Round, 'id'>>,
): Workspace {
  if (!fitsLimits(patch)) return ws;
  return mapRound(ws, appId, roundId, (r) => ({
    ...r,
    ...(patch.format && !patch.kind && (INTERVIEW_FORMATS as readonly string[]).includes(r.kind)
      ? { kind: patch.format }
      : {}),
    ...patch,
  }));
}

/** Adds a round after the others: it becomes the current round. */
export function addRound(ws: Workspace, appId: string, round: Round): Workspace {
  return mapApplication(ws, appId, (a) => ({ ...a, rounds: [...a.rounds, round] }));
}

// ---------------------------------------------------------------------------------
// People

/** Adds a person to an application, as met in `roundId` when given. */
export function addPerson(
  ws: Workspace,
  appId: string,
  person = blankPerson(),
  roundId?: string,
): Workspace {
  const added = mapApplication(ws, appId, (a) => ({ ...a, people: [...a.people, person] }));
  return roundId
    ? mapRound(added, appId, roundId, (r) => ({ ...r, met: [...r.met, person.id] }))
    : added;
}

/** Applies a patch to one person; text over a field's limit is refused. */
export function updatePerson(
  ws: Workspace,
  appId: string,
  personId: string,
  patch: Partial<Omit<Person, 'id'>>,
): Workspace {
  if (!fitsLimits(patch)) return ws;
  return mapApplication(ws, appId, (a) => ({
    ...a,
    people: a.people.map((p) => (p.id === personId ? { ...p, ...patch } : p)),
  }));
}

// ---------------------------------------------------------------------------------
// Drafts and sent messages (kept per round: see Round in schema.ts)

/** Where a draft is stored in Round.drafts: "kind:personId", or "kind" for messages not to one person. */
export function draftKey(kind: MessageKind, personId?: string): string {
  return personId ? `${kind}:${personId}` : kind;
}

/** Saves a draft under its key ("kind:personId"); a draft over its fields' limits is refused. */
export function setDraft(
  ws: Workspace,
  appId: string,
  roundId: string,
  key: string,
  draft: Draft,
): Workspace {
  if (!fitsLimits(draft)) return ws;
  return mapRound(ws, appId, roundId, (r) => ({ ...r, drafts: { ...r.drafts, [key]: draft } }));
}

/** Records a message of a round as sent now. */
export function markSent(
  ws: Workspace,
  appId: string,
  roundId: string,
  kind: MessageKind,
  at: Date,
  personId?: string,
  withNote?: boolean,
): Workspace {
  return mapRound(ws, appId, roundId, (r) => ({
    ...r,
    sent: [
      ...r.sent,
      {
        kind,
        at: at.toISOString(),
        ...(personId ? { personId } : {}),
        ...(withNote === false ? { withNote } : {}),
      },
    ],
  }));
}

/** Removes the latest "sent" record for a message (the user marked it by mistake); see below for no recipient. */
export function unmarkSent(
  ws: Workspace,
  appId: string,
  roundId: string,
  kind: MessageKind,
  personId?: string,
): Workspace {
  return mapRound(ws, appId, roundId, (r) => {
    // Without a recipient, the latest of that kind to anyone: steps such as the status
    // inquiry are sent to one person but undone from the plan.
    const idx = r.sent.findLastIndex(
      (s) => s.kind === kind && (personId === undefined || s.personId === personId),
    );
    return idx === -1 ? r : { ...r, sent: r.sent.filter((_, n) => n !== idx) };
  });
}

/** Removes every "sent" record of one kind in a round: the step is unticked in the plan. */
export function clearSent(
  ws: Workspace,
  appId: string,
  roundId: string,
  kind: MessageKind,
): Workspace {
  return mapRound(ws, appId, roundId, (r) => ({
    ...r,
    sent: r.sent.filter((s) => s.kind !== kind),
  }));
}

/** When a message of a round was last marked sent, or undefined. */
export function lastSent(round: Round, kind: MessageKind, personId?: string): string | undefined {
  return round.sent.findLast(
    (s) => s.kind === kind && (personId === undefined || s.personId === personId),
  )?.at;
}

/** Updates the candidate's own details. */
export function updateProfile(ws: Workspace, patch: Partial<Profile>): Workspace {
  if (!fitsLimits(patch)) return ws;
  return { ...ws, profile: { ...ws.profile, ...patch } };
}
