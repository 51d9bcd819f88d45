// Checks stored data against the workspace shape (see schema.ts for why this is not a
// library) and fills defaults for fields a record may lack. Throws WorkspaceShapeError
// naming the first bad field, so the decoder can report it in words.
import {
  ACTION_ITEM_STATUSES,
  DEFAULT_SETTINGS,
  INTERVIEW_FORMATS,
  INTERVIEW_STATUSES,
  MESSAGE_KINDS,
  TONES,
  WORKSPACE_VERSION,
  type ActionItem,
  type Draft,
  type PlanSettings,
  type Interview,
  type Interviewer,
  type SentRecord,
  type Workspace,
} from './schema';

/** Longest single-line field we keep; longer text is refused, never cut silently. */
export const MAX_LINE = 500;
/** Longest multi-line field (notes, topics, drafts). */
export const MAX_TEXT = 20_000;

/** Stored data that does not have the workspace's shape, with where and why. */
export class WorkspaceShapeError extends Error {
  constructor(
    /** Dotted path of the first bad field, e.g. "interviews.0.createdAt". */
    readonly path: string,
    problem: string,
  ) {
    super(`${path || 'top level'}: ${problem}`);
  }
}

type Value = unknown;
const fail = (path: string, problem: string): never => {
  throw new WorkspaceShapeError(path, problem);
};
const at = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

function record(v: Value, path: string): Record<string, Value> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, Value>) : fail(path, 'expected an object');
}

function text(v: Value, path: string, max: number, fallback?: string): string {
  if (v === undefined && fallback !== undefined) return fallback;
  if (typeof v !== 'string') return fail(path, 'expected text');
  return v.length <= max ? v : fail(path, `longer than ${max} characters`);
}

function id(v: Value, path: string): string {
  const s = text(v, path, 64);
  return s ? s : fail(path, 'empty id');
}

function oneOf<T extends string>(v: Value, path: string, options: readonly T[], fallback?: T): T {
  if (v === undefined && fallback !== undefined) return fallback;
  return options.includes(v as T) ? (v as T) : fail(path, `expected one of ${options.join(', ')}`);
}

function list<T>(v: Value, path: string, max: number, item: (v: Value, path: string) => T): T[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) return fail(path, 'expected a list');
  return v.length <= max ? v.map((x, n) => item(x, at(path, n))) : fail(path, `more than ${max} items`);
}

function dict<T>(v: Value, path: string, item: (v: Value, path: string) => T): Record<string, T> {
  if (v === undefined) return {};
  const out: Record<string, T> = {};
  for (const [k, x] of Object.entries(record(v, path))) out[text(k, path, 140)] = item(x, at(path, k));
  return out;
}

/** An ISO 8601 instant with a zone ("2026-11-24T15:00:00.000Z"), as toISOString() writes. */
function instant(v: Value, path: string): string {
  const s = text(v, path, 40);
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s))
    ? s
    : fail(path, 'expected a date and time');
}

function pattern(v: Value, path: string, re: RegExp, what: string): string {
  const s = text(v, path, 20, '');
  return re.test(s) ? s : fail(path, `expected ${what}`);
}

function interviewer(v: Value, path: string): Interviewer {
  const o = record(v, path);
  const line = (k: string) => text(o[k], at(path, k), MAX_LINE, '');
  const long = (k: string) => text(o[k], at(path, k), MAX_TEXT, '');
  return {
    id: id(o.id, at(path, 'id')),
    name: line('name'),
    title: line('title'),
    email: line('email'),
    linkedin: line('linkedin'),
    address: long('address'),
    topics: long('topics'),
    rapport: long('rapport'),
  };
}

function draft(v: Value, path: string): Draft {
  const o = record(v, path);
  const edited = bool(o.edited, at(path, 'edited'), false);
  return {
    subject: text(o.subject, at(path, 'subject'), MAX_LINE, ''),
    body: text(o.body, at(path, 'body'), MAX_TEXT, ''),
    edited,
    tone: oneOf(o.tone, at(path, 'tone'), TONES, 'warm'),
  };
}

function sent(v: Value, path: string): SentRecord {
  const o = record(v, path);
  const out: SentRecord = { kind: oneOf(o.kind, at(path, 'kind'), MESSAGE_KINDS), at: instant(o.at, at(path, 'at')) };
  if (o.interviewerId !== undefined) out.interviewerId = text(o.interviewerId, at(path, 'interviewerId'), 64);
  return out;
}

function bool(v: Value, path: string, fallback: boolean): boolean {
  if (v === undefined) return fallback;
  return typeof v === 'boolean' ? v : fail(path, 'expected true or false');
}

const DATE = /^(\d{4}-\d{2}-\d{2})?$/;

function actionItem(v: Value, path: string): ActionItem {
  const o = record(v, path);
  const p = (k: string) => at(path, k);
  return {
    id: id(o.id, p('id')),
    what: text(o.what, p('what'), MAX_LINE, ''),
    askedBy: text(o.askedBy, p('askedBy'), 64, ''),
    due: pattern(o.due, p('due'), DATE, 'a date as YYYY-MM-DD'),
    status: oneOf(o.status, p('status'), ACTION_ITEM_STATUSES, 'todo'),
    notes: text(o.notes, p('notes'), MAX_TEXT, ''),
  };
}

function whole(v: Value, path: string, min: number, max: number, fallback: number): number {
  if (v === undefined) return fallback;
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : fail(path, `expected a whole number from ${min} to ${max}`);
}

function settings(v: Value): PlanSettings {
  const o = v === undefined ? {} : record(v, 'settings');
  return {
    inquiryBufferDays: whole(o.inquiryBufferDays, 'settings.inquiryBufferDays', 1, 2, DEFAULT_SETTINGS.inquiryBufferDays) as 1 | 2,
    secondFollowUpGap: whole(o.secondFollowUpGap, 'settings.secondFollowUpGap', 1, 60, DEFAULT_SETTINGS.secondFollowUpGap),
    moveOnGap: whole(o.moveOnGap, 'settings.moveOnGap', 1, 120, DEFAULT_SETTINGS.moveOnGap),
    holidays: list(o.holidays, 'settings.holidays', 200, (x, q) => pattern(x, q, /^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')),
  };
}

function interview(v: Value, path: string): Interview {
  const o = record(v, path);
  const p = (k: string) => at(path, k);
  return {
    id: id(o.id, p('id')),
    company: text(o.company, p('company'), MAX_LINE, ''),
    role: text(o.role, p('role'), MAX_LINE, ''),
    date: pattern(o.date, p('date'), DATE, 'a date as YYYY-MM-DD'),
    time: pattern(o.time, p('time'), /^(\d{2}:\d{2})?$/, 'a time as HH:mm'),
    timeZone: text(o.timeZone, p('timeZone'), 64, 'UTC'),
    format: oneOf(o.format, p('format'), INTERVIEW_FORMATS, 'video'),
    interviewers: list(o.interviewers, p('interviewers'), 50, interviewer),
    qualifications: text(o.qualifications, p('qualifications'), MAX_TEXT, ''),
    timeline: text(o.timeline, p('timeline'), MAX_LINE, ''),
    timelineDate: pattern(o.timelineDate, p('timelineDate'), DATE, 'a date as YYYY-MM-DD'),
    wantsCard: bool(o.wantsCard, p('wantsCard'), false),
    actionItems: list(o.actionItems, p('actionItems'), 100, actionItem),
    status: oneOf(o.status, p('status'), INTERVIEW_STATUSES, 'active'),
    steps: dict(o.steps, p('steps'), (x, q) => bool(x, q, false)),
    drafts: dict(o.drafts, p('drafts'), draft),
    sent: list(o.sent, p('sent'), 1000, sent),
    createdAt: instant(o.createdAt, p('createdAt')),
  };
}

/**
 * Returns a complete, valid workspace from parsed JSON of the current version, or
 * throws WorkspaceShapeError. Unknown extra fields are dropped.
 */
export function readWorkspace(data: unknown): Workspace {
  const o = record(data, '');
  if (o.version !== WORKSPACE_VERSION) fail('version', `expected ${WORKSPACE_VERSION}`);
  const profile = o.profile === undefined ? {} : record(o.profile, 'profile');
  const currentId = o.currentId === undefined || o.currentId === null ? null : text(o.currentId, 'currentId', 64);
  return {
    version: WORKSPACE_VERSION,
    profile: { name: text(profile.name, 'profile.name', MAX_LINE, ''), phone: text(profile.phone, 'profile.phone', MAX_LINE, '') },
    settings: settings(o.settings),
    currentId,
    interviews: list(o.interviews, 'interviews', 500, interview),
  };
}
