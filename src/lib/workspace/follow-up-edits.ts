// Edits made by the hiring-timeline tools: promised items, the picked timeline date and
// the plan's pacing. Kept apart from operations.ts so the thank-you pages do not ship them.
import { mapRound, newId } from './operations';
import { putBack, takeOut, type TakenOut } from './undo';
import type { ActionItem, PlanSettings, Workspace } from './schema';

/** A new promised item, due by default (empty due date). */
export function blankActionItem(id = newId()): ActionItem {
  return { id, what: '', askedBy: '', due: '', status: 'todo', notes: '' };
}

/** Adds a promised item to a round. */
export function addActionItem(
  ws: Workspace,
  appId: string,
  roundId: string,
  item = blankActionItem(),
): Workspace {
  return mapRound(ws, appId, roundId, (r) => ({ ...r, actionItems: [...r.actionItems, item] }));
}

/** Applies a patch to one promised item. */
export function updateActionItem(
  ws: Workspace,
  appId: string,
  roundId: string,
  itemId: string,
  patch: Partial<Omit<ActionItem, 'id'>>,
): Workspace {
  return mapRound(ws, appId, roundId, (r) => ({
    ...r,
    actionItems: r.actionItems.map((a) => (a.id === itemId ? { ...a, ...patch } : a)),
  }));
}

/** Removes a promised item; returns it and its place so the page can offer Undo. */
export function removeActionItem(
  ws: Workspace,
  appId: string,
  roundId: string,
  itemId: string,
): { workspace: Workspace; removed: TakenOut<ActionItem> | null } {
  const items =
    ws.applications.find((a) => a.id === appId)?.rounds.find((r) => r.id === roundId)
      ?.actionItems ?? [];
  const { list, taken } = takeOut(items, itemId);
  if (!taken) return { workspace: ws, removed: null };
  return {
    workspace: mapRound(ws, appId, roundId, (r) => ({ ...r, actionItems: list })),
    removed: taken,
  };
}

/** Puts a removed item back where it was. */
export function restoreActionItem(
  ws: Workspace,
  appId: string,
  roundId: string,
  removed: TakenOut<ActionItem>,
): Workspace {
  return mapRound(ws, appId, roundId, (r) => {
    const actionItems = putBack(r.actionItems, removed);
    return actionItems === r.actionItems ? r : { ...r, actionItems };
  });
}

/** Changes how follow-ups are paced. */
export function updateSettings(ws: Workspace, patch: Partial<PlanSettings>): Workspace {
  return { ...ws, settings: { ...ws.settings, ...patch } };
}

/** Adds a holiday (kept sorted, no duplicates); an invalid date is ignored. */
export function addHoliday(ws: Workspace, date: string): Workspace {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || ws.settings.holidays.includes(date)) return ws;
  return updateSettings(ws, { holidays: [...ws.settings.holidays, date].sort() });
}

/** Removes a holiday. */
export function removeHoliday(ws: Workspace, date: string): Workspace {
  return updateSettings(ws, { holidays: ws.settings.holidays.filter((d) => d !== date) });
}
