// Checks stored data against the workspace shape (see schema.ts for why this is not a
// library) and fills defaults for fields a record may lack. Written as a table of small
// checks per record: it ships to every tool page, and the table keeps it short.
//
// Two modes. Strict (readWorkspace) throws WorkspaceShapeError naming the first bad
// field. Salvaging (salvageWorkspace), what the store and Restore use, never gives up on
// the whole for one part: a bad field falls back to its default, a bad record (an
// application, a round, a person, a log entry) is set aside, and each is listed in `repairs` so
// the page can say what; the caller keeps the original text as a snapshot.
import {
  FIELD_LIMITS,
  HOLIDAY_REGION,
  LINE_LIMIT,
  MAX_DAYS_OFF,
  MAX_INTERVIEWS_READ,
  TEXT_LIMIT,
} from './field-limits';
import {
  ACTION_ITEM_STATUSES,
  APPLICATION_SOURCES,
  FIRST_ROUND_ID,
  LINKEDIN_TIERS,
  MESSAGE_KINDS,
  OFFER_ANSWERS,
  OUTCOME_STATUSES,
  PERSON_ROLES,
  ROUND_KINDS,
} from './allowed-values';
import {
  blankRound,
  CHANNEL_KINDS,
  DEFAULT_SETTINGS,
  ENGAGEMENT_KINDS,
  INTERVIEW_FORMATS,
  TONES,
  WORKSPACE_VERSION,
  type ActionItem,
  type Application,
  type Channel,
  type ChannelKind,
  type Draft,
  type EngagementEntry,
  type OfferAnswer,
  type Outcome,
  type Person,
  type PlanSettings,
  type Round,
  type SentRecord,
  type TimelineReading,
  type Workspace,
} from './schema';

/** Longest single-line field we keep (see field-limits.ts); longer text is refused, never cut silently. */
export const MAX_LINE = LINE_LIMIT;
/** Longest multi-line field (notes, topics, drafts). */
export const MAX_TEXT = TEXT_LIMIT;

/** One part the salvaging reader could not read, and what it did instead. */
export interface Repair {
  /** Dotted path, e.g. "applications.2.rounds.0.timeline". */
  path: string;
  /** Why, e.g. "longer than 500 characters". */
  problem: string;
  /** 'default': the field was reset to its default; 'set-aside': the whole record was left out. */
  action: 'default' | 'set-aside';
  /** Words for what it was, when the path alone would not say it well. */
  what?: string;
  /** For a record set aside: the path of the field that failed it. */
  field?: string;
}

/** Where the salvaging reader notes its repairs; null while reading strictly. */
let repairs: Repair[] | null = null;

/** Stored data that does not have the workspace's shape, with where and why. */
export class WorkspaceShapeError extends Error {
  constructor(
    /** Dotted path of the first bad field, e.g. "applications.0.createdAt". */
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
const problemOf = (error: WorkspaceShapeError) =>
  error.message.slice(error.message.indexOf(': ') + 2);
const at = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

function record(v: unknown, path: string): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : fail(path, 'expected an object');
}

/** Text up to `max` characters; `fallback` when absent (required when there is none). */
const text =
  (max: number, fallback?: string): Check<string> =>
  (v, path) => {
    if (v === undefined && fallback !== undefined) return fallback;
    if (typeof v !== 'string') return fail(path, 'expected text');
    return v.length <= max ? v : fail(path, `longer than ${max} characters`);
  };
/** The stored reading's key holds the timeline words, the date and the holidays (reading.ts). */
const READING_KEY_LIMIT = FIELD_LIMITS.timeline * 4;
/** A field the limits table knows, with its limit. */
const field = (name: keyof typeof FIELD_LIMITS) => text(FIELD_LIMITS[name], '');

const id: Check<string> = (v, path) => text(64)(v, path) || fail(path, 'empty id');

/** Text matching `re` ('' allowed when `re` allows it), '' when absent. */
const matching =
  (re: RegExp, what: string): Check<string> =>
  (v, path) => {
    const s = text(40, '')(v, path);
    return re.test(s) ? s : fail(path, `expected ${what}`);
  };
const date = matching(/^(\d{4}-\d{2}-\d{2})?$/, 'a date as YYYY-MM-DD');
/** A date that must be there. */
const day = matching(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const time = matching(/^(\d{2}:\d{2})?$/, 'a time as HH:mm');

/** An ISO 8601 instant with a zone ("2026-11-24T15:00:00.000Z"), as toISOString() writes. */
const instant: Check<string> = (v, path) => {
  const s = matching(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/,
    'a date and time',
  )(v, path);
  return s && !Number.isNaN(Date.parse(s)) ? s : fail(path, 'expected a date and time');
};

const oneOf =
  <T extends string>(options: readonly T[], fallback?: T): Check<T> =>
  (v, path) =>
    v === undefined && fallback !== undefined
      ? fallback
      : options.includes(v as T)
        ? (v as T)
        : fail(path, `expected one of ${options.join(', ')}`);

const bool =
  (fallback: boolean): Check<boolean> =>
  (v, path) =>
    v === undefined ? fallback : typeof v === 'boolean' ? v : fail(path, 'expected true or false');

const whole =
  (min: number, max: number, fallback: number): Check<number> =>
  (v, path) =>
    v === undefined
      ? fallback
      : typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max
        ? v
        : fail(path, `expected a whole number from ${min} to ${max}`);

/**
 * A list of at most `max` items, [] when absent. Salvaging, an item that cannot be read
 * (and items past `max`) are set aside one by one instead of failing the list.
 */
const list =
  <T>(max: number, item: Check<T>): Check<T[]> =>
  (v, path) => {
    if (v === undefined) return [];
    if (!Array.isArray(v)) return fail(path, 'expected a list');
    if (!repairs)
      return v.length <= max
        ? v.map((x, n) => item(x, at(path, n)))
        : fail(path, `more than ${max} items`);
    const out: T[] = [];
    v.forEach((x, n) => {
      const where = at(path, n);
      if (out.length >= max) {
        repairs?.push({ path: where, problem: `more than ${max} items`, action: 'set-aside' });
        return;
      }
      try {
        out.push(item(x, where));
      } catch (error) {
        if (!(error instanceof WorkspaceShapeError)) throw error;
        // Named as the record it was (application 3), with the field that failed it.
        repairs?.push({
          path: where,
          problem: problemOf(error),
          action: 'set-aside',
          ...(error.path !== where ? { field: error.path } : {}),
        });
      }
    });
    return out;
  };

/** A string-keyed map, {} when absent. Salvaging, a bad entry is set aside on its own. */
const dict =
  <T>(item: Check<T>): Check<Record<string, T>> =>
  (v, path) => {
    const out: Record<string, T> = {};
    if (v === undefined) return out;
    for (const [k, x] of Object.entries(record(v, path))) {
      try {
        out[text(140)(k, path)] = item(x, at(path, k));
      } catch (error) {
        if (!repairs || !(error instanceof WorkspaceShapeError)) throw error;
        repairs.push({ path: at(path, k), problem: problemOf(error), action: 'set-aside' });
      }
    }
    return out;
  };

/**
 * An object read field by field; fields not in `spec` are dropped. Salvaging, a bad
 * field takes its default when it has one; a required field (an id, a date of
 * creation) that is bad fails the object, which the enclosing list sets aside.
 */
const shape =
  <T>(spec: { [K in keyof T]-?: Check<T[K]> }): Check<T> =>
  (v, path) => {
    const o = record(v, path);
    const out = {} as T;
    for (const key in spec) {
      const where = at(path, key);
      let value: T[typeof key];
      try {
        value = spec[key](o[key], where);
      } catch (error) {
        if (!repairs || !(error instanceof WorkspaceShapeError) || o[key] === undefined)
          throw error;
        // Its default, as if absent; when there is none the record fails, for the real reason.
        try {
          value = spec[key](undefined, where);
        } catch {
          throw error;
        }
        repairs.push({ path: error.path, problem: problemOf(error), action: 'default' });
      }
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

/** Most people and rounds an application holds (v4 held 50 interviewers). */
const MAX_PEOPLE = 100;
const MAX_ROUNDS = 50;

const person = shape<Person>({
  id,
  role: oneOf(PERSON_ROLES, 'interviewer'),
  name: field('name'),
  title: field('title'),
  email: field('email'),
  phone: field('phone'),
  linkedin: field('linkedin'),
  address: field('address'),
  topics: field('topics'),
  rapport: field('rapport'),
});

const draft = shape<Draft>({
  subject: field('subject'),
  body: field('body'),
  edited: bool(false),
  tone: oneOf(TONES, 'warm'),
  mention: optional(text(64)),
  detail: optional(text(FIELD_LIMITS.detail)),
  basis: optional(text(FIELD_LIMITS.basis)),
});

const sentRecord = shape<SentRecord>({
  kind: oneOf(MESSAGE_KINDS),
  personId: optional(text(64)),
  at: instant,
  withNote: optional(bool(true)),
});

const actionItem = shape<ActionItem>({
  id,
  what: field('what'),
  askedBy: text(64, ''),
  due: date,
  status: oneOf(ACTION_ITEM_STATUSES, 'todo'),
  notes: field('notes'),
});

const channel = shape<Channel>({ url: field('url'), followed: bool(false) });
const channels = shape<Record<ChannelKind, Channel>>(
  Object.fromEntries(
    CHANNEL_KINDS.map((k) => [k, (v: unknown, path: string) => channel(v ?? {}, path)]),
  ) as { [K in ChannelKind]: Check<Channel> },
);

const engagementEntry = shape<EngagementEntry>({
  id,
  date: day,
  kind: oneOf(ENGAGEMENT_KINDS, 'read'),
  what: field('what'),
  link: field('link'),
  worthMentioning: bool(false),
});

const reading = shape<TimelineReading>({
  key: text(READING_KEY_LIMIT),
  kind: oneOf(['range', 'date', 'none', 'unreadable'] as const),
  date,
  text: text(MAX_LINE * 2, ''),
});

const offerAnswer = shape<OfferAnswer>({
  choice: oneOf(OFFER_ANSWERS, 'accept'),
  startDate: date,
  terms: text(MAX_LINE, ''),
  writtenOffer: bool(false),
  reason: text(MAX_LINE, ''),
  doorOpen: bool(true),
});

const round = shape<Round>({
  id,
  kind: oneOf(ROUND_KINDS, 'video'),
  format: oneOf(INTERVIEW_FORMATS, 'video'),
  date,
  start: time,
  end: time,
  timeZone: text(FIELD_LIMITS.timeZone, 'UTC'),
  met: list(MAX_PEOPLE, id),
  timeline: field('timeline'),
  timelineBy: text(64, ''),
  timelineDate: date,
  timelineReading: nullable(reading),
  wantsCard: bool(false),
  actionItems: list(100, actionItem),
  steps: dict(bool(false)),
  snoozed: optional(dict(day)),
  offerAnswer: optional(offerAnswer),
  drafts: dict(draft),
  sent: list(1000, sentRecord),
});

const outcome = shape<Outcome>({
  status: oneOf(OUTCOME_STATUSES),
  at: day,
  deadline: optional(day),
  note: field('note'),
});

const application = shape<Application>({
  id,
  company: field('company'),
  role: field('role'),
  jobLink: field('jobLink'),
  source: oneOf(APPLICATION_SOURCES, 'direct'),
  people: list(MAX_PEOPLE, person),
  notes: field('notes'),
  qualifications: field('qualifications'),
  // Every tool works on a round: an application whose rounds are all missing gets a blank one.
  rounds: (v, path) => {
    const rounds = list(MAX_ROUNDS, round)(v, path);
    return rounds.length ? rounds : [blankRound(FIRST_ROUND_ID, 'UTC', '')];
  },
  outcomes: list(200, outcome),
  channels: (v, path) => channels(v ?? {}, path),
  engagement: list(1000, engagementEntry),
  createdAt: instant,
  // Absent in applications made by this build until archived (schema.ts says why).
  archivedAt: (v, path) => (v === undefined ? undefined : v === '' ? '' : instant(v, path)),
});

/** A weekend: distinct days 0 (Sunday) to 6, at least one business day left; sorted. */
const weekend: Check<number[]> = (v, path) => {
  if (!Array.isArray(v) || v.length > 6) return fail(path, 'expected a weekend');
  const days = [...new Set(v)].sort();
  return days.length === v.length &&
    days.every((d) => typeof d === 'number' && Number.isInteger(d) && d >= 0 && d <= 6)
    ? (days as number[])
    : fail(path, 'expected a weekend');
};

const settings = shape<PlanSettings>({
  inquiryBufferDays: whole(1, 2, DEFAULT_SETTINGS.inquiryBufferDays) as Check<1 | 2>,
  secondFollowUpGap: whole(1, 60, DEFAULT_SETTINGS.secondFollowUpGap),
  moveOnGap: whole(1, 120, DEFAULT_SETTINGS.moveOnGap),
  holidays: list(MAX_DAYS_OFF, day),
  holidayRegion: (v, path) => {
    const region = text(8, '')(v, path);
    return HOLIDAY_REGION.test(region) ? region : fail(path, 'expected a region code');
  },
  holidaysRemoved: list(MAX_DAYS_OFF, day),
  weekend: nullable(weekend),
});

const workspace = shape<Workspace>({
  version: (v, path) =>
    v === WORKSPACE_VERSION ? WORKSPACE_VERSION : fail(path, `expected ${WORKSPACE_VERSION}`),
  profile: (v, path) =>
    shape({
      name: field('name'),
      phone: field('phone'),
      linkedinTier: oneOf(LINKEDIN_TIERS, 'free'),
    })(v ?? {}, path),
  settings: (v, path) => settings(v ?? {}, path),
  currentId: nullable(text(64)),
  applications: list(MAX_INTERVIEWS_READ, application),
});

/**
 * Returns a complete, valid workspace from parsed JSON of the current version, or
 * throws WorkspaceShapeError. Unknown extra fields are dropped.
 */
export function readWorkspace(data: unknown): Workspace {
  repairs = null;
  return workspace(data, '');
}

/**
 * Reads what it can: the workspace with every readable part, and the list of parts it
 * reset or set aside. Throws WorkspaceShapeError only when nothing can be read (not an
 * object, or not this version).
 */
export function salvageWorkspace(data: unknown): { workspace: Workspace; repairs: Repair[] } {
  const found: Repair[] = [];
  repairs = found;
  try {
    return { workspace: workspace(data, ''), repairs: found };
  } finally {
    repairs = null;
  }
}
