// Edits made by the hiring-timeline tools: promised items, the picked timeline date and
// the plan's pacing. Kept apart from operations.ts so the thank-you pages do not ship them.
import { mapInterview, newId } from './operations';
import { putBack, takeOut, type TakenOut } from './undo';
import type { ActionItem, PlanSettings, Workspace } from './schema';

/** A new promised item, due by default (empty due date). */
export function blankActionItem(id = newId()): ActionItem {
  return { id, what: '', askedBy: '', due: '', status: 'todo', notes: '' };
}

/** Adds a promised item to an interview. */
export function addActionItem(
  ws: Workspace,
  interviewId: string,
  item = blankActionItem(),
): Workspace {
  return mapInterview(ws, interviewId, (i) => ({ ...i, actionItems: [...i.actionItems, item] }));
}

/** Applies a patch to one promised item. */
export function updateActionItem(
  ws: Workspace,
  interviewId: string,
  itemId: string,
  patch: Partial<Omit<ActionItem, 'id'>>,
): Workspace {
  return mapInterview(ws, interviewId, (i) => ({
    ...i,
    actionItems: i.actionItems.map((a) => (a.id === itemId ? { ...a, ...patch } : a)),
  }));
}

/** Removes a promised item; returns it and its place so the page can offer Undo. */
export function removeActionItem(
  ws: Workspace,
  interviewId: string,
  itemId: string,
): { workspace: Workspace; removed: TakenOut<ActionItem> | null } {
  const items = ws.interviews.find((i) => i.id === interviewId)?.actionItems ?? [];
  const { list, taken } = takeOut(items, itemId);
  if (!taken) return { workspace: ws, removed: null };
  return {
    workspace: mapInterview(ws, interviewId, (i) => ({ ...i, actionItems: list })),
    removed: taken,
  };
}

/** Puts a removed item back where it was. */
export function restoreActionItem(
  ws: Workspace,
  interviewId: string,
  removed: TakenOut<ActionItem>,
): Workspace {
  return mapInterview(ws, interviewId, (i) => {
    const actionItems = putBack(i.actionItems, removed);
    return actionItems === i.actionItems ? i : { ...i, actionItems };
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
