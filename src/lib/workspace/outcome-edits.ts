// Where an application stands: its outcome history (schema.ts, Outcome). Apart from
// operations.ts, which every tool page ships: only My interviews and the application page
// read or change it.
import { fitsLimits } from './field-limits';
import { mapApplication } from './operations';
import type { Application, Outcome, OutcomeStatus, Workspace } from './schema';

/** Where the application stands now: the last change of its outcome history (none: waiting). */
export function currentOutcome(app: Application): OutcomeStatus {
  return app.outcomes.at(-1)?.status ?? 'waiting';
}

/**
 * Still in play: nothing decided yet (waiting, or another round booked; an empty
 * outcome history is waiting), so its plan's reminders apply. (v4: only "active"
 * interviews got them.)
 */
export const isLive = (app: Application) => /^(waiting|next-round)$/.test(currentOutcome(app));

/**
 * Records a change of where the application stands, dated `today` (YYYY-MM-DD), with
 * an empty note. The same status again changes nothing.
 */
export function setOutcome(
  ws: Workspace,
  appId: string,
  status: OutcomeStatus,
  today: string,
): Workspace {
  return mapApplication(ws, appId, (a) =>
    currentOutcome(a) === status
      ? a
      : { ...a, outcomes: [...a.outcomes, { status, at: today, note: '' }] },
  );
}

/** True when application `appId` has an outcome at `index`. */
const has = (ws: Workspace, appId: string, index: number) =>
  ws.applications.some((a) => a.id === appId && a.outcomes[index] !== undefined);

/**
 * Applies a patch to one entry of the outcome history (by its place); an unknown entry,
 * or a note over its limit, leaves the workspace unchanged.
 */
export function updateOutcome(
  ws: Workspace,
  appId: string,
  index: number,
  patch: Partial<Outcome>,
): Workspace {
  if (!fitsLimits(patch) || !has(ws, appId, index)) return ws;
  return mapApplication(ws, appId, (a) => ({
    ...a,
    outcomes: a.outcomes.map((o, n) => (n === index ? { ...o, ...patch } : o)),
  }));
}

/** Removes one entry of the outcome history (by its place): a change recorded by mistake. */
export function removeOutcome(ws: Workspace, appId: string, index: number): Workspace {
  if (!has(ws, appId, index)) return ws;
  return mapApplication(ws, appId, (a) => ({
    ...a,
    outcomes: a.outcomes.filter((_, n) => n !== index),
  }));
}
