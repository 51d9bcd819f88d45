// Editing the list of interviews and people: duplicate, delete and undo. Only the
// workspace page does this, so it lives apart from the edits every tool makes and
// stays out of the tool pages' JavaScript.
import { interviewListFull, mapInterview, newId } from './operations';
import { putBack, takeOut } from './undo';
import type { Interview, Interviewer, Workspace } from './schema';

/**
 * Copies an interview (new ids throughout, nothing marked sent, no drafts), for a
 * second round with the same company. The copy becomes current.
 */
export function duplicateInterview(ws: Workspace, id: string, now: Date): Workspace {
  const source = ws.interviews.find((i) => i.id === id);
  if (!source || interviewListFull(ws)) return ws;
  const copy: Interview = {
    ...source,
    id: newId(),
    interviewers: source.interviewers.map((p) => ({ ...p, id: newId() })),
    actionItems: [],
    steps: {},
    drafts: {},
    sent: [],
    createdAt: now.toISOString(),
  };
  const at = ws.interviews.indexOf(source) + 1;
  return {
    ...ws,
    interviews: [...ws.interviews.slice(0, at), copy, ...ws.interviews.slice(at)],
    currentId: copy.id,
  };
}

/** What a delete removed, enough to put it back exactly where it was. */
export interface RemovedInterview {
  interview: Interview;
  index: number;
  wasCurrent: boolean;
}

/** Removes an interview; the nearest remaining one becomes current if it was. */
export function removeInterview(
  ws: Workspace,
  id: string,
): { workspace: Workspace; removed: RemovedInterview | null } {
  const { list: interviews, taken } = takeOut(ws.interviews, id);
  if (!taken) return { workspace: ws, removed: null };
  const { index } = taken;
  const wasCurrent = ws.currentId === id;
  const currentId = wasCurrent
    ? (interviews[Math.min(index, interviews.length - 1)]?.id ?? null)
    : ws.currentId;
  return {
    workspace: { ...ws, interviews, currentId },
    removed: { interview: taken.item, index, wasCurrent },
  };
}

/** Undoes removeInterview. */
export function restoreInterview(ws: Workspace, removed: RemovedInterview): Workspace {
  const interviews = putBack(ws.interviews, { item: removed.interview, index: removed.index });
  if (interviews === ws.interviews) return ws;
  return {
    ...ws,
    interviews,
    currentId: removed.wasCurrent || ws.currentId === null ? removed.interview.id : ws.currentId,
  };
}

/** What removing an interviewer took away. */
export interface RemovedInterviewer {
  interviewId: string;
  interviewer: Interviewer;
  index: number;
}

/** Removes an interviewer (their drafts stay, so undo brings everything back). */
export function removeInterviewer(
  ws: Workspace,
  interviewId: string,
  interviewerId: string,
): { workspace: Workspace; removed: RemovedInterviewer | null } {
  const interview = ws.interviews.find((i) => i.id === interviewId);
  const { list, taken } = takeOut(interview?.interviewers ?? [], interviewerId);
  if (!taken) return { workspace: ws, removed: null };
  return {
    workspace: mapInterview(ws, interviewId, (i) => ({ ...i, interviewers: list })),
    removed: { interviewId, interviewer: taken.item, index: taken.index },
  };
}

/** Undoes removeInterviewer. */
export function restoreInterviewer(ws: Workspace, removed: RemovedInterviewer): Workspace {
  return mapInterview(ws, removed.interviewId, (i) => {
    const interviewers = putBack(i.interviewers, {
      item: removed.interviewer,
      index: removed.index,
    });
    return interviewers === i.interviewers ? i : { ...i, interviewers };
  });
}
