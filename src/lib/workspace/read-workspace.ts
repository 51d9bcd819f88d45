// Checks stored data against the workspace shape (see schema.ts for why this is not a
// library) and fills defaults for fields a record may lack. Throws WorkspaceShapeError
// naming the first bad field, so the decoder can report it in words. Written as a table
// of small checks per record: it ships to every tool page, and the table keeps it short.
import {
  ACTION_ITEM_STATUSES,
  CHANNEL_KINDS,
  DEFAULT_SETTINGS,
  ENGAGEMENT_KINDS,
  INTERVIEW_FORMATS,
  INTERVIEW_STATUSES,
  LINKEDIN_TIERS,
  MESSAGE_KINDS,
  TONES,
  WORKSPACE_VERSION,
  type ActionItem,
  type Channel,
  type ChannelKind,
  type Draft,
  type EngagementEntry,
  type Interview,
  type Interviewer,
  type PlanSettings,
  type SentRecord,
  type TimelineReading,
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

/** Reads one value at `path`, returning it checked (and defaulted) or throwing. */
type Check<T> = (v: unknown, path: string) => T;

const fail = (path: string, problem: string): never => {
  throw new WorkspaceShapeError(path, problem);
};
const at = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

function record(v: unknown, path: string): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : fail(path, 'expected an object');
}

/** Text up to `max` characters; `fallback` when absent (required when there is none). */
const text =
  (max: number, fallback?: string): Check<string> =>
  (v, path) => {
    if (v === undefined && fallback !== undefined) return fallback;
    if (typeof v !== 'string') return fail(path, 'expected text');
    return v.length <= max ? v : fail(path, `longer than ${max} characters`);
  };
const line = text(MAX_LINE, '');
const long = text(MAX_TEXT, '');

const id: Check<string> = (v, path) => text(64)(v, path) || fail(path, 'empty id');

/** Text matching `re` ('' allowed when `re` allows it), '' when absent. */
const matching =
  (re: RegExp, what: string): Check<string> =>
  (v, path) => {
    const s = text(40, '')(v, path);
    return re.test(s) ? s : fail(path, `expected ${what}`);
  };
const date = matching(/^(\d{4}-\d{2}-\d{2})?$/, 'a date as YYYY-MM-DD');

/** An ISO 8601 instant with a zone ("2026-11-24T15:00:00.000Z"), as toISOString() writes. */
const instant: Check<string> = (v, path) => {
  const s = matching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, 'a date and time')(v, path);
  return s && !Number.isNaN(Date.parse(s)) ? s : fail(path, 'expected a date and time');
};

const oneOf =
  <T extends string>(options: readonly T[], fallback?: T): Check<T> =>
  (v, path) =>
    v === undefined && fallback !== undefined ? fallback : options.includes(v as T) ? (v as T) : fail(path, `expected one of ${options.join(', ')}`);

const bool =
  (fallback: boolean): Check<boolean> =>
  (v, path) =>
    v === undefined ? fallback : typeof v === 'boolean' ? v : fail(path, 'expected true or false');

const whole =
  (min: number, max: number, fallback: number): Check<number> =>
  (v, path) =>
    v === undefined ? fallback : typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : fail(path, `expected a whole number from ${min} to ${max}`);

/** A list of at most `max` items, [] when absent. */
const list =
  <T>(max: number, item: Check<T>): Check<T[]> =>
  (v, path) => {
    if (v === undefined) return [];
    if (!Array.isArray(v)) return fail(path, 'expected a list');
    return v.length <= max ? v.map((x, n) => item(x, at(path, n))) : fail(path, `more than ${max} items`);
  };

/** A string-keyed map, {} when absent. */
const dict =
  <T>(item: Check<T>): Check<Record<string, T>> =>
  (v, path) => {
    const out: Record<string, T> = {};
    if (v !== undefined) for (const [k, x] of Object.entries(record(v, path))) out[text(140)(k, path)] = item(x, at(path, k));
    return out;
  };

/** An object read field by field; fields not in `spec` are dropped. */
const shape =
  <T>(spec: { [K in keyof T]-?: Check<T[K]> }): Check<T> =>
  (v, path) => {
    const o = record(v, path);
    const out = {} as T;
    for (const key in spec) {
      const value = spec[key](o[key], at(path, key));
      // Optional fields stay absent rather than becoming `undefined` properties.
      if (value !== undefined) out[key] = value;
    }
    return out;
  };

const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (v, path) =>
    v === undefined ? undefined : check(v, path);

const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (v, path) =>
    v === undefined || v === null ? null : check(v, path);

const interviewer = shape<Interviewer>({ id, name: line, title: line, email: line, linkedin: line, address: long, topics: long, rapport: long });

const draft = shape<Draft>({ subject: line, body: long, edited: bool(false), tone: oneOf(TONES, 'warm'), mention: optional(text(64)), detail: optional(text(MAX_TEXT)) }) as Check<Draft>;

const sentRecord = shape<SentRecord>({ kind: oneOf(MESSAGE_KINDS), interviewerId: optional(text(64)), at: instant, withNote: optional(bool(true)) }) as Check<SentRecord>;

const actionItem = shape<ActionItem>({ id, what: line, askedBy: text(64, ''), due: date, status: oneOf(ACTION_ITEM_STATUSES, 'todo'), notes: long });

const channel = shape<Channel>({ url: line, followed: bool(false) });
const channels = shape<Record<ChannelKind, Channel>>(
  Object.fromEntries(CHANNEL_KINDS.map((k) => [k, (v: unknown, path: string) => channel(v ?? {}, path)])) as { [K in ChannelKind]: Check<Channel> },
);

const engagementEntry = shape<EngagementEntry>({
  id,
  date: matching(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'),
  kind: oneOf(ENGAGEMENT_KINDS, 'read'),
  what: line,
  link: line,
  worthMentioning: bool(false),
});

const reading = shape<TimelineReading>({ key: text(MAX_LINE * 4), kind: oneOf(['range', 'date', 'none', 'unreadable'] as const), date, text: text(MAX_LINE * 2, '') });

const interview = shape<Interview>({
  id,
  company: line,
  role: line,
  date,
  time: matching(/^(\d{2}:\d{2})?$/, 'a time as HH:mm'),
  timeZone: text(64, 'UTC'),
  format: oneOf(INTERVIEW_FORMATS, 'video'),
  interviewers: list(50, interviewer),
  qualifications: long,
  timeline: line,
  timelineDate: date,
  timelineReading: nullable(reading),
  wantsCard: bool(false),
  actionItems: list(100, actionItem),
  status: oneOf(INTERVIEW_STATUSES, 'active'),
  steps: dict(bool(false)),
  drafts: dict(draft),
  sent: list(1000, sentRecord),
  channels: (v, path) => channels(v ?? {}, path),
  engagement: list(1000, engagementEntry),
  createdAt: instant,
});

const settings = shape<PlanSettings>({
  inquiryBufferDays: whole(1, 2, DEFAULT_SETTINGS.inquiryBufferDays) as Check<1 | 2>,
  secondFollowUpGap: whole(1, 60, DEFAULT_SETTINGS.secondFollowUpGap),
  moveOnGap: whole(1, 120, DEFAULT_SETTINGS.moveOnGap),
  holidays: list(200, matching(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')),
});

const workspace = shape<Workspace>({
  version: (v, path) => (v === WORKSPACE_VERSION ? WORKSPACE_VERSION : fail(path, `expected ${WORKSPACE_VERSION}`)),
  profile: (v, path) => shape({ name: line, phone: line, linkedinTier: oneOf(LINKEDIN_TIERS, 'free') })(v ?? {}, path),
  settings: (v, path) => settings(v ?? {}, path),
  currentId: nullable(text(64)),
  interviews: list(500, interview),
});

/**
 * Returns a complete, valid workspace from parsed JSON of the current version, or
 * throws WorkspaceShapeError. Unknown extra fields are dropped.
 */
export function readWorkspace(data: unknown): Workspace {
  return workspace(data, '');
}
