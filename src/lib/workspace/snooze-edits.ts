// Putting a step off to a later day, and back (lib/timeline/snooze.ts shows it moved).
// Kept in the application's latest round: the round its plan and outcome steps are read
// from, so adding a round starts with nothing snoozed.
import { isValidIsoDate } from '../dates/iso-date';
import { currentRound, mapRound } from './operations';
import type { Workspace } from './schema';

/**
 * Snoozes step `stepId` of application `appId` to `day` (YYYY-MM-DD); a day that is not
 * a date, or an unknown application, leaves the workspace unchanged.
 */
export function snoozeStep(ws: Workspace, appId: string, stepId: string, day: string): Workspace {
  const app = ws.applications.find((a) => a.id === appId);
  if (!app || !stepId || !isValidIsoDate(day)) return ws;
  return mapRound(ws, appId, currentRound(app).id, (r) => ({
    ...r,
    snoozed: { ...r.snoozed, [stepId]: day },
  }));
}

/** Takes the snooze off a step: it is due on the day its rule gives again. */
export function unsnoozeStep(ws: Workspace, appId: string, stepId: string): Workspace {
  const app = ws.applications.find((a) => a.id === appId);
  if (!app || !currentRound(app).snoozed?.[stepId]) return ws;
  return mapRound(ws, appId, currentRound(app).id, (r) => {
    const { [stepId]: _gone, ...snoozed } = r.snoozed ?? {};
    return { ...r, snoozed };
  });
}
