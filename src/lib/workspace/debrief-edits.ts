// What the debrief writes: a new application with its first round, or a new round of an
// application already saved, created on the first edit (a page load writes nothing, and
// leaving an untouched debrief leaves nothing behind), then who was met in it.
import {
  addApplication,
  addRound,
  blankApplication,
  mapRound,
  newId,
  setCurrent,
} from './operations';
import { blankRound, type Application, type Round, type Workspace } from './schema';

/** Where a debrief writes: the application and the round, as ids. */
export interface DebriefTarget {
  appId: string;
  roundId: string;
}

/**
 * What a debrief works on, from the page address: `?id=<application>` debriefs a new
 * round of it, and `&round=<round>` (written once that round exists) continues it, so a
 * reload neither starts another round nor loses the one being written.
 */
export type DebriefStart =
  /** A new application (no id, or an id that names none: `unknownId` says so). */
  | { kind: 'new'; unknownId: boolean }
  /** A new round of this application. */
  | { kind: 'new-round'; application: Application }
  /** This round, already saved, of this application. */
  | { kind: 'continue'; application: Application; round: Round };

/** Reads the address's `id` and `round` against the saved applications. */
export function debriefStart(ws: Workspace, search: string): DebriefStart {
  const params = new URLSearchParams(search);
  const id = params.get('id') ?? '';
  const application = id ? ws.applications.find((a) => a.id === id) : undefined;
  if (!application) return { kind: 'new', unknownId: id !== '' };
  const round = application.rounds.find((r) => r.id === params.get('round'));
  return round ? { kind: 'continue', application, round } : { kind: 'new-round', application };
}

/**
 * The application and round a debrief shows before anything is saved: for a new
 * application, a blank one whose round is dated today in `timeZone` with one blank
 * person met; for a new round, a blank round dated today that met nobody yet (the
 * people already known are offered to tick).
 */
export function debriefDraft(
  start: DebriefStart,
  now: Date,
  timeZone: string,
): { application: Application; round: Round } {
  if (start.kind === 'continue') return { application: start.application, round: start.round };
  if (start.kind === 'new-round') {
    const today = blankApplication(now, timeZone).rounds[0]!.date;
    return { application: start.application, round: blankRound(newId(), timeZone, today) };
  }
  const application = blankApplication(now, timeZone);
  return { application, round: application.rounds[0]! };
}

/**
 * Saves the debrief's application or round if it is not saved yet (the first edit), and
 * makes the application the one the tools work on. A full list of applications is left
 * unchanged, and so is an application removed meanwhile in another tab: the edit that
 * follows then changes nothing.
 */
export function ensureDebrief(
  ws: Workspace,
  draft: { application: Application; round: Round },
): Workspace {
  const saved = ws.applications.find((a) => a.id === draft.application.id);
  if (!saved) return addApplication(ws, draft.application);
  const withRound = saved.rounds.some((r) => r.id === draft.round.id)
    ? ws
    : addRound(ws, saved.id, draft.round);
  // Every keystroke passes here: an unchanged workspace stays the same object, so the
  // store has nothing new to save.
  return withRound === ws && ws.currentId === saved.id ? ws : setCurrent(withRound, saved.id);
}

/** Ticks or unticks a person already known to the application as met in the round. */
export function setMet(
  ws: Workspace,
  target: DebriefTarget,
  personId: string,
  met: boolean,
): Workspace {
  return mapRound(ws, target.appId, target.roundId, (r) => {
    const has = r.met.includes(personId);
    if (has === met) return r;
    return { ...r, met: met ? [...r.met, personId] : r.met.filter((id) => id !== personId) };
  });
}
