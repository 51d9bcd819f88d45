// Pure updates to the workspace. Each returns a new workspace and leaves its input
// alone, so the store can hand the previous value to "undo" and tests need no store.
import { type Draft, type Interview, type Interviewer, type MessageKind, type Profile, type Workspace } from './schema';

/** A fresh random id; crypto.randomUUID exists in every browser we support and in Node. */
export function newId(): string {
  return crypto.randomUUID();
}

/** A new, empty interviewer. */
export function blankInterviewer(id = newId()): Interviewer {
  return { id, name: '', title: '', email: '', linkedin: '', address: '', topics: '', rapport: '' };
}

/** A new interview with one blank interviewer, dated today in the user's zone. */
export function blankInterview(now: Date, timeZone: string, id = newId()): Interview {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  return {
    id,
    company: '',
    role: '',
    date: today,
    time: '',
    timeZone,
    format: 'video',
    interviewers: [blankInterviewer()],
    qualifications: '',
    timeline: '',
    status: 'active',
    steps: {},
    drafts: {},
    sent: [],
    createdAt: now.toISOString(),
  };
}

/** Adds an interview and makes it the current one. */
export function addInterview(ws: Workspace, interview: Interview): Workspace {
  return { ...ws, interviews: [...ws.interviews, interview], currentId: interview.id };
}

/** Applies a patch to one interview; unknown ids leave the workspace unchanged. */
export function updateInterview(ws: Workspace, id: string, patch: Partial<Omit<Interview, 'id'>>): Workspace {
  if (!ws.interviews.some((i) => i.id === id)) return ws;
  return { ...ws, interviews: ws.interviews.map((i) => (i.id === id ? { ...i, ...patch } : i)) };
}

/**
 * Copies an interview (new ids throughout, nothing marked sent, no drafts), for a
 * second round with the same company. The copy becomes current.
 */
export function duplicateInterview(ws: Workspace, id: string, now: Date): Workspace {
  const source = ws.interviews.find((i) => i.id === id);
  if (!source) return ws;
  const copy: Interview = {
    ...source,
    id: newId(),
    interviewers: source.interviewers.map((p) => ({ ...p, id: newId() })),
    steps: {},
    drafts: {},
    sent: [],
    createdAt: now.toISOString(),
  };
  const at = ws.interviews.indexOf(source) + 1;
  return { ...ws, interviews: [...ws.interviews.slice(0, at), copy, ...ws.interviews.slice(at)], currentId: copy.id };
}

/** What a delete removed, enough to put it back exactly where it was. */
export interface RemovedInterview {
  interview: Interview;
  index: number;
  wasCurrent: boolean;
}

/** Removes an interview; the nearest remaining one becomes current if it was. */
export function removeInterview(ws: Workspace, id: string): { workspace: Workspace; removed: RemovedInterview | null } {
  const index = ws.interviews.findIndex((i) => i.id === id);
  if (index === -1) return { workspace: ws, removed: null };
  const interviews = ws.interviews.filter((i) => i.id !== id);
  const wasCurrent = ws.currentId === id;
  const currentId = wasCurrent ? (interviews[Math.min(index, interviews.length - 1)]?.id ?? null) : ws.currentId;
  return { workspace: { ...ws, interviews, currentId }, removed: { interview: ws.interviews[index]!, index, wasCurrent } };
}

/** Undoes removeInterview. */
export function restoreInterview(ws: Workspace, removed: RemovedInterview): Workspace {
  if (ws.interviews.some((i) => i.id === removed.interview.id)) return ws;
  const interviews = [...ws.interviews];
  interviews.splice(Math.min(removed.index, interviews.length), 0, removed.interview);
  return { ...ws, interviews, currentId: removed.wasCurrent || ws.currentId === null ? removed.interview.id : ws.currentId };
}

/** Makes an interview the one the tools work on. */
export function setCurrent(ws: Workspace, id: string): Workspace {
  return ws.interviews.some((i) => i.id === id) ? { ...ws, currentId: id } : ws;
}

const mapInterview = (ws: Workspace, id: string, fn: (i: Interview) => Interview): Workspace =>
  ws.interviews.some((i) => i.id === id) ? { ...ws, interviews: ws.interviews.map((i) => (i.id === id ? fn(i) : i)) } : ws;

/** Adds a blank interviewer to an interview. */
export function addInterviewer(ws: Workspace, interviewId: string, interviewer = blankInterviewer()): Workspace {
  return mapInterview(ws, interviewId, (i) => ({ ...i, interviewers: [...i.interviewers, interviewer] }));
}

/** Applies a patch to one interviewer. */
export function updateInterviewer(ws: Workspace, interviewId: string, interviewerId: string, patch: Partial<Omit<Interviewer, 'id'>>): Workspace {
  return mapInterview(ws, interviewId, (i) => ({
    ...i,
    interviewers: i.interviewers.map((p) => (p.id === interviewerId ? { ...p, ...patch } : p)),
  }));
}

/** What removing an interviewer took away. */
export interface RemovedInterviewer {
  interviewId: string;
  interviewer: Interviewer;
  index: number;
}

/** Removes an interviewer (their drafts stay, so undo brings everything back). */
export function removeInterviewer(ws: Workspace, interviewId: string, interviewerId: string): { workspace: Workspace; removed: RemovedInterviewer | null } {
  const interview = ws.interviews.find((i) => i.id === interviewId);
  const index = interview?.interviewers.findIndex((p) => p.id === interviewerId) ?? -1;
  if (!interview || index === -1) return { workspace: ws, removed: null };
  return {
    workspace: mapInterview(ws, interviewId, (i) => ({ ...i, interviewers: i.interviewers.filter((p) => p.id !== interviewerId) })),
    removed: { interviewId, interviewer: interview.interviewers[index]!, index },
  };
}

/** Undoes removeInterviewer. */
export function restoreInterviewer(ws: Workspace, removed: RemovedInterviewer): Workspace {
  return mapInterview(ws, removed.interviewId, (i) => {
    if (i.interviewers.some((p) => p.id === removed.interviewer.id)) return i;
    const interviewers = [...i.interviewers];
    interviewers.splice(Math.min(removed.index, interviewers.length), 0, removed.interviewer);
    return { ...i, interviewers };
  });
}

/** Saves a draft under its key ("kind:interviewerId"). */
export function setDraft(ws: Workspace, interviewId: string, key: string, draft: Draft): Workspace {
  return mapInterview(ws, interviewId, (i) => ({ ...i, drafts: { ...i.drafts, [key]: draft } }));
}

/** Records a message as sent now, and ticks the matching follow-up step. */
export function markSent(ws: Workspace, interviewId: string, kind: MessageKind, at: Date, interviewerId?: string): Workspace {
  return mapInterview(ws, interviewId, (i) => ({
    ...i,
    sent: [...i.sent, { kind, at: at.toISOString(), ...(interviewerId ? { interviewerId } : {}) }],
  }));
}

/** Removes the latest "sent" record for a message (the user marked it by mistake). */
export function unmarkSent(ws: Workspace, interviewId: string, kind: MessageKind, interviewerId?: string): Workspace {
  return mapInterview(ws, interviewId, (i) => {
    const idx = i.sent.findLastIndex((s) => s.kind === kind && s.interviewerId === interviewerId);
    return idx === -1 ? i : { ...i, sent: i.sent.filter((_, n) => n !== idx) };
  });
}

/** When a message was last marked sent, or undefined. */
export function lastSent(interview: Interview, kind: MessageKind, interviewerId?: string): string | undefined {
  return interview.sent.findLast((s) => s.kind === kind && (interviewerId === undefined || s.interviewerId === interviewerId))?.at;
}

/** Ticks or unticks a follow-up step on the workspace page. */
export function setStep(ws: Workspace, interviewId: string, step: string, done: boolean): Workspace {
  return mapInterview(ws, interviewId, (i) => ({ ...i, steps: { ...i.steps, [step]: done } }));
}

/** Updates the candidate's own details. */
export function updateProfile(ws: Workspace, patch: Partial<Profile>): Workspace {
  return { ...ws, profile: { ...ws.profile, ...patch } };
}

/** The follow-up steps tracked per interview, in the order the playbook gives them. */
export const FOLLOW_UP_STEPS: readonly { id: string; label: string; kind?: MessageKind }[] = [
  { id: 'thank-you-email', label: 'Thank-you email to each interviewer', kind: 'thank-you-email' },
  { id: 'handwritten-note', label: 'Handwritten note mailed (optional)', kind: 'handwritten-note' },
  { id: 'action-items', label: 'Promised items sent', kind: 'action-item' },
  { id: 'linkedin', label: 'LinkedIn connection requests', kind: 'linkedin' },
  { id: 'status-inquiry', label: 'Status inquiry, once their timeline has passed', kind: 'status-inquiry' },
  { id: 'final-follow-up', label: 'One final follow-up, then move on', kind: 'final-follow-up' },
];

/**
 * Whether a step is done: ticked by hand, or (for per-person messages) every
 * interviewer has been sent one.
 */
export function stepDone(interview: Interview, stepId: string): boolean {
  if (interview.steps[stepId]) return true;
  const step = FOLLOW_UP_STEPS.find((s) => s.id === stepId);
  if (!step?.kind) return false;
  if (step.kind === 'thank-you-email' || step.kind === 'linkedin' || step.kind === 'handwritten-note') {
    return interview.interviewers.length > 0 && interview.interviewers.every((p) => lastSent(interview, step.kind!, p.id) !== undefined);
  }
  return lastSent(interview, step.kind) !== undefined;
}

