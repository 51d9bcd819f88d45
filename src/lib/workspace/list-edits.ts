// Editing the lists of applications, rounds and people: duplicate, delete and undo.
// Only the workspace page does this, so it lives apart from the edits every tool makes
// and stays out of the tool pages' JavaScript.
import { interviewListFull, mapApplication, newId } from './operations';
import { putBack, takeOut, type TakenOut } from './undo';
import type { Application, Person, Round, Workspace } from './schema';

/**
 * Copies an application (new ids for it and its people, nothing marked sent, no
 * drafts, ticked steps or promised items), for another application at the same
 * company. The copy becomes current. (Round ids need only be unique within an
 * application, so they are kept.)
 */
export function duplicateApplication(ws: Workspace, id: string, now: Date): Workspace {
  const source = ws.applications.find((a) => a.id === id);
  if (!source || interviewListFull(ws)) return ws;
  const ids = new Map(source.people.map((p) => [p.id, newId()]));
  const copyId = (old: string) => ids.get(old) ?? old;
  const copy: Application = {
    ...source,
    id: newId(),
    people: source.people.map((p) => ({ ...p, id: copyId(p.id) })),
    rounds: source.rounds.map((r) => ({
      ...r,
      met: r.met.map(copyId),
      timelineBy: r.timelineBy && copyId(r.timelineBy),
      actionItems: [],
      steps: {},
      snoozed: {},
      drafts: {},
      sent: [],
    })),
    createdAt: now.toISOString(),
    // A copy is for another live application, even when made from an archived one.
    archivedAt: '',
  };
  const at = ws.applications.indexOf(source) + 1;
  return {
    ...ws,
    applications: [...ws.applications.slice(0, at), copy, ...ws.applications.slice(at)],
    currentId: copy.id,
  };
}

/** What a delete removed, enough to put it back exactly where it was. */
export interface RemovedApplication {
  application: Application;
  index: number;
  wasCurrent: boolean;
}

/** Removes an application; the nearest remaining one becomes current if it was. */
export function removeApplication(
  ws: Workspace,
  id: string,
): { workspace: Workspace; removed: RemovedApplication | null } {
  const { list: applications, taken } = takeOut(ws.applications, id);
  if (!taken) return { workspace: ws, removed: null };
  const { index } = taken;
  const wasCurrent = ws.currentId === id;
  const currentId = wasCurrent
    ? (applications[Math.min(index, applications.length - 1)]?.id ?? null)
    : ws.currentId;
  return {
    workspace: { ...ws, applications, currentId },
    removed: { application: taken.item, index, wasCurrent },
  };
}

/** Undoes removeApplication. */
export function restoreApplication(ws: Workspace, removed: RemovedApplication): Workspace {
  const applications = putBack(ws.applications, {
    item: removed.application,
    index: removed.index,
  });
  if (applications === ws.applications) return ws;
  return {
    ...ws,
    applications,
    currentId: removed.wasCurrent || ws.currentId === null ? removed.application.id : ws.currentId,
  };
}

/** What removing a person from a round took away. */
export interface RemovedPerson {
  appId: string;
  roundId: string;
  person: Person;
  /** Their place in the round's list of people met. */
  metIndex: number;
  /** Their place in the application's people, when they went from it too (met in no other round). */
  taken: TakenOut<Person> | null;
}

/**
 * Takes a person out of the people met in a round; someone met in no other round leaves
 * the application too (as an interviewer removed from v4's one list did). Their drafts
 * stay, so undo brings everything back.
 */
export function removePersonFromRound(
  ws: Workspace,
  appId: string,
  roundId: string,
  personId: string,
): { workspace: Workspace; removed: RemovedPerson | null } {
  const app = ws.applications.find((a) => a.id === appId);
  const round = app?.rounds.find((r) => r.id === roundId);
  const metIndex = round ? round.met.indexOf(personId) : -1;
  const { list: people, taken } = takeOut(app?.people ?? [], personId);
  if (!app || !round || metIndex < 0 || !taken) return { workspace: ws, removed: null };
  const elsewhere = app.rounds.some((r) => r !== round && r.met.includes(personId));
  return {
    workspace: mapApplication(ws, appId, (a) => ({
      ...a,
      people: elsewhere ? a.people : people,
      rounds: a.rounds.map((r) =>
        r === round ? { ...r, met: r.met.filter((id) => id !== personId) } : r,
      ),
    })),
    removed: { appId, roundId, person: taken.item, metIndex, taken: elsewhere ? null : taken },
  };
}

/** Undoes removePersonFromRound. */
export function restorePersonToRound(ws: Workspace, removed: RemovedPerson): Workspace {
  return mapApplication(ws, removed.appId, (a) => ({
    ...a,
    people: removed.taken ? putBack(a.people, removed.taken) : a.people,
    rounds: a.rounds.map((r) => {
      if (r.id !== removed.roundId || r.met.includes(removed.person.id)) return r;
      const met = [...r.met];
      met.splice(removed.metIndex, 0, removed.person.id);
      return { ...r, met };
    }),
  }));
}

/** What removing a round took away. */
export interface RemovedRound {
  appId: string;
  round: TakenOut<Round>;
}

/** Removes a round with its follow-up records; the last round of an application stays. */
export function removeRound(
  ws: Workspace,
  appId: string,
  roundId: string,
): { workspace: Workspace; removed: RemovedRound | null } {
  const app = ws.applications.find((a) => a.id === appId);
  const { list, taken } = takeOut(app?.rounds ?? [], roundId);
  if (!taken || list.length === 0) return { workspace: ws, removed: null };
  return {
    workspace: mapApplication(ws, appId, (a) => ({ ...a, rounds: list })),
    removed: { appId, round: taken },
  };
}

/** Undoes removeRound. */
export function restoreRound(ws: Workspace, removed: RemovedRound): Workspace {
  return mapApplication(ws, removed.appId, (a) => {
    const rounds = putBack(a.rounds, removed.round);
    return rounds === a.rounds ? a : { ...a, rounds };
  });
}
