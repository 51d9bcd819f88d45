// Pure updates to the workspace. Each returns a new workspace and leaves its input
// alone, so the store can hand the previous value to "undo" and tests need no store.
import { fitsLimits, MAX_INTERVIEWS } from './field-limits';
import {
  emptyChannels,
  type Draft,
  type Interview,
  type Interviewer,
  type MessageKind,
  type Profile,
  type Workspace,
} from './schema';

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
  const today = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
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
    timelineDate: '',
    timelineReading: null,
    wantsCard: false,
    actionItems: [],
    status: 'active',
    steps: {},
    drafts: {},
    sent: [],
    channels: emptyChannels(),
    engagement: [],
    createdAt: now.toISOString(),
  };
}

/** True when the list is full (MAX_INTERVIEWS): adding more is refused, and the page says so. */
export const interviewListFull = (ws: Workspace) => ws.interviews.length >= MAX_INTERVIEWS;

/** Adds an interview and makes it the current one; a full list is left unchanged. */
export function addInterview(ws: Workspace, interview: Interview): Workspace {
  if (interviewListFull(ws)) return ws;
  return { ...ws, interviews: [...ws.interviews, interview], currentId: interview.id };
}

/**
 * Applies a patch to one interview; unknown ids, and text over a field's limit
 * (field-limits.ts), leave the workspace unchanged.
 */
export function updateInterview(
  ws: Workspace,
  id: string,
  patch: Partial<Omit<Interview, 'id'>>,
): Workspace {
  if (!fitsLimits(patch) || !ws.interviews.some((i) => i.id === id)) return ws;
  return { ...ws, interviews: ws.interviews.map((i) => (i.id === id ? { ...i, ...patch } : i)) };
}

/** The interview the tools work on, or null when there is none. */
export function currentInterview(ws: Workspace): Interview | null {
  return ws.interviews.find((i) => i.id === ws.currentId) ?? null;
}

/** Makes an interview the one the tools work on. */
export function setCurrent(ws: Workspace, id: string): Workspace {
  return ws.interviews.some((i) => i.id === id) ? { ...ws, currentId: id } : ws;
}

/** Applies fn to one interview; unknown ids leave the workspace unchanged. */
export const mapInterview = (
  ws: Workspace,
  id: string,
  fn: (i: Interview) => Interview,
): Workspace =>
  ws.interviews.some((i) => i.id === id)
    ? { ...ws, interviews: ws.interviews.map((i) => (i.id === id ? fn(i) : i)) }
    : ws;

/** Adds a blank interviewer to an interview. */
export function addInterviewer(
  ws: Workspace,
  interviewId: string,
  interviewer = blankInterviewer(),
): Workspace {
  return mapInterview(ws, interviewId, (i) => ({
    ...i,
    interviewers: [...i.interviewers, interviewer],
  }));
}

/** Applies a patch to one interviewer. */
export function updateInterviewer(
  ws: Workspace,
  interviewId: string,
  interviewerId: string,
  patch: Partial<Omit<Interviewer, 'id'>>,
): Workspace {
  if (!fitsLimits(patch)) return ws;
  return mapInterview(ws, interviewId, (i) => ({
    ...i,
    interviewers: i.interviewers.map((p) => (p.id === interviewerId ? { ...p, ...patch } : p)),
  }));
}

/** Where a draft is stored in Interview.drafts: "kind:interviewerId", or "kind" for per-interview messages. */
export function draftKey(kind: MessageKind, interviewerId?: string): string {
  return interviewerId ? `${kind}:${interviewerId}` : kind;
}

/** Saves a draft under its key ("kind:interviewerId"); a draft over its fields' limits is refused. */
export function setDraft(ws: Workspace, interviewId: string, key: string, draft: Draft): Workspace {
  if (!fitsLimits(draft)) return ws;
  return mapInterview(ws, interviewId, (i) => ({ ...i, drafts: { ...i.drafts, [key]: draft } }));
}

/** Records a message as sent now, and ticks the matching follow-up step. */
export function markSent(
  ws: Workspace,
  interviewId: string,
  kind: MessageKind,
  at: Date,
  interviewerId?: string,
  withNote?: boolean,
): Workspace {
  return mapInterview(ws, interviewId, (i) => ({
    ...i,
    sent: [
      ...i.sent,
      {
        kind,
        at: at.toISOString(),
        ...(interviewerId ? { interviewerId } : {}),
        ...(withNote === false ? { withNote } : {}),
      },
    ],
  }));
}

/** Removes the latest "sent" record for a message (the user marked it by mistake); see below for no recipient. */
export function unmarkSent(
  ws: Workspace,
  interviewId: string,
  kind: MessageKind,
  interviewerId?: string,
): Workspace {
  return mapInterview(ws, interviewId, (i) => {
    // Without a recipient, the latest of that kind to anyone: per-interview steps such as
    // the status inquiry are sent to one person but undone from the plan.
    const idx = i.sent.findLastIndex(
      (s) => s.kind === kind && (interviewerId === undefined || s.interviewerId === interviewerId),
    );
    return idx === -1 ? i : { ...i, sent: i.sent.filter((_, n) => n !== idx) };
  });
}

/** Removes every "sent" record of one kind: the step is unticked in the plan. */
export function clearSent(ws: Workspace, interviewId: string, kind: MessageKind): Workspace {
  return mapInterview(ws, interviewId, (i) => ({
    ...i,
    sent: i.sent.filter((s) => s.kind !== kind),
  }));
}

/** When a message was last marked sent, or undefined. */
export function lastSent(
  interview: Interview,
  kind: MessageKind,
  interviewerId?: string,
): string | undefined {
  return interview.sent.findLast(
    (s) => s.kind === kind && (interviewerId === undefined || s.interviewerId === interviewerId),
  )?.at;
}

/** Updates the candidate's own details. */
export function updateProfile(ws: Workspace, patch: Partial<Profile>): Workspace {
  if (!fitsLimits(patch)) return ws;
  return { ...ws, profile: { ...ws.profile, ...patch } };
}
