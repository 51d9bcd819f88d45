// The workspace as a file the user keeps: exported to JSON, and read back with every
// check a hostile or damaged file needs before anything is saved. Loaded on demand,
// only when the user imports, so it may use zod (the issue asks for it; schema.ts says
// why the tool pages themselves do not). Measured (esbuild --bundle --minify, gzip -9):
// this module is 12.2 KB with zod/mini and 32.2 KB with classic zod (the same schema),
// of which the reader and migrations are 2.1 KB.
//
// readBackup never throws and never touches storage: it returns a workspace the store
// would accept, or one plain sentence saying why the file was refused. The caller
// decides what to do with it (merge.ts), so a refused file leaves the user's data as it was.
import * as z from 'zod/mini';
import { migrate } from '../workspace/migrations';
import { describePath } from '../workspace/describe-repairs';
import { decodeData, repairReferences } from '../workspace/decode';
import { describeRepairs } from '../workspace/describe-repairs';
import {
  FIELD_LIMITS,
  HOLIDAY_REGION,
  MAX_DAYS_OFF,
  MAX_INTERVIEWS_READ,
} from '../workspace/field-limits';
import { readLayout, STORAGE_DUMP_FORMAT } from '../workspace/read-layout';
import {
  MAX_LINE,
  MAX_TEXT,
  readWorkspace,
  WorkspaceShapeError,
} from '../workspace/read-workspace';
import {
  ACTION_ITEM_STATUSES,
  APPLICATION_SOURCES,
  LINKEDIN_TIERS,
  MESSAGE_KINDS,
  OFFER_ANSWERS,
  OUTCOME_STATUSES,
  PERSON_ROLES,
  ROUND_KINDS,
} from '../workspace/allowed-values';
import {
  CHANNEL_KINDS,
  ENGAGEMENT_KINDS,
  INTERVIEW_FORMATS,
  TONES,
  WORKSPACE_VERSION,
  type Workspace,
} from '../workspace/schema';

/** Written into every backup, so a file from another app is told apart at once. */
export const BACKUP_FORMAT = 'follow-up-kit-backup';
/** Version of the file's envelope (not of the workspace inside it, which has its own). */
export const BACKUP_FILE_VERSION = 1;
/**
 * Largest file read, in UTF-8 bytes. localStorage holds about 5 million UTF-16 units in
 * all; the kit's own backup of a full storage (pretty-printed, with non-Latin text at up
 * to 3 bytes a unit) stays under this, so every backup the kit writes can be restored.
 */
export const MAX_BACKUP_BYTES = 16 * 1024 * 1024;
/** Deepest nesting of objects and lists read; a real backup has 8 levels (v4: 6). */
export const MAX_BACKUP_DEPTH = 20;

/** The file the user downloads. */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_FILE_VERSION;
  /** When it was made, as an ISO instant. */
  exportedAt: string;
  workspace: Workspace;
}

/** What reading a backup file gave: a workspace to merge or replace with, or why not. */
export type BackupReadResult =
  /**
   * `interviews`: how many applications (interviews, on the pages) it holds; `repairs`:
   * parts that could not be read and were left out, in words (empty when none).
   */
  | { kind: 'ok'; workspace: Workspace; interviews: number; repairs: string[] }
  | { kind: 'refused'; reason: string };

const pad = (n: number) => String(n).padStart(2, '0');

/** The backup's file name and text; the date in the name is the user's own (local) date. */
export function exportBackup(ws: Workspace, now: Date): { filename: string; text: string } {
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    version: BACKUP_FILE_VERSION,
    exportedAt: now.toISOString(),
    workspace: ws,
  };
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return {
    filename: `follow-up-kit-backup-${day}.json`,
    text: `${JSON.stringify(file, null, 2)}\n`,
  };
}

// ---------------------------------------------------------------------------------
// The schema: mirrors read-workspace.ts field for field (the same limits, and the
// same fields optional where the reader fills a default), so what passes here the
// reader accepts; readWorkspace then fills the defaults and drops unknown fields.

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const str = (max: number) => z.string().check(z.maxLength(max));
const opt = <T extends z.core.SomeType>(schema: T) => z.optional(schema);
const line = opt(str(MAX_LINE));
const long = opt(str(MAX_TEXT));
/** A field the limits table knows. */
const field = (name: keyof typeof FIELD_LIMITS) => opt(str(FIELD_LIMITS[name]));
const id = str(64).check(z.minLength(1, { error: 'is empty' }));
const date = opt(
  str(40).check(
    z.regex(/^(\d{4}-\d{2}-\d{2})?$/, { error: 'is not a date written as YYYY-MM-DD' }),
  ),
);
const day = str(40).check(z.regex(DATE, { error: 'is not a date written as YYYY-MM-DD' }));
const instant = str(40).check(
  z.regex(INSTANT, { error: 'is not a date and time' }),
  z.refine((s) => !Number.isNaN(Date.parse(s)), { error: 'is not a date and time' }),
);
const bool = opt(z.boolean());
const oneOf = <T extends readonly [string, ...string[]]>(options: T) => z.enum(options);
const whole = (min: number, max: number) => opt(z.int().check(z.gte(min), z.lte(max)));
const list = <T extends z.core.SomeType>(max: number, item: T) =>
  opt(z.array(item).check(z.maxLength(max)));
const dict = <T extends z.core.SomeType>(item: T) => opt(z.record(str(140), item));

const time = opt(
  str(40).check(z.regex(/^(\d{2}:\d{2})?$/, { error: 'is not a time written as HH:mm' })),
);
const person = z.object({
  id,
  role: opt(oneOf(PERSON_ROLES)),
  name: field('name'),
  title: field('title'),
  email: field('email'),
  phone: field('phone'),
  linkedin: field('linkedin'),
  address: field('address'),
  topics: field('topics'),
  rapport: field('rapport'),
});
const draft = z.object({
  subject: line,
  body: long,
  edited: bool,
  tone: opt(oneOf(TONES)),
  mention: opt(str(64)),
  detail: long,
  basis: field('basis'),
});
const sentRecord = z.object({
  kind: oneOf(MESSAGE_KINDS),
  personId: opt(str(64)),
  at: instant,
  withNote: bool,
});
const actionItem = z.object({
  id,
  what: line,
  askedBy: opt(str(64)),
  due: date,
  status: opt(oneOf(ACTION_ITEM_STATUSES)),
  notes: long,
});
const channel = z.object({ url: line, followed: bool });
const channels = z.object(
  Object.fromEntries(CHANNEL_KINDS.map((k) => [k, opt(channel)])) as Record<
    (typeof CHANNEL_KINDS)[number],
    z.ZodMiniOptional<typeof channel>
  >,
);
const engagementEntry = z.object({
  id,
  date: day,
  kind: opt(oneOf(ENGAGEMENT_KINDS)),
  what: line,
  link: line,
  worthMentioning: bool,
});
const reading = z.object({
  key: str(FIELD_LIMITS.timeline * 4),
  kind: oneOf(['range', 'date', 'none', 'unreadable']),
  date,
  text: opt(str(MAX_LINE * 2)),
});

const offerAnswer = z.object({
  choice: opt(oneOf(OFFER_ANSWERS)),
  startDate: date,
  terms: line,
  writtenOffer: bool,
  reason: line,
  doorOpen: bool,
});
const round = z.object({
  id,
  kind: opt(oneOf(ROUND_KINDS)),
  format: opt(oneOf(INTERVIEW_FORMATS)),
  date,
  start: time,
  end: time,
  timeZone: opt(str(64)),
  met: list(100, id),
  timeline: field('timeline'),
  timelineBy: opt(str(64)),
  timelineDate: date,
  timelineReading: opt(z.nullable(reading)),
  wantsCard: bool,
  actionItems: list(100, actionItem),
  steps: dict(z.boolean()),
  snoozed: dict(day),
  offerAnswer: opt(offerAnswer),
  drafts: dict(draft),
  sent: list(1000, sentRecord),
});
const outcome = z.object({
  status: oneOf(OUTCOME_STATUSES),
  at: day,
  deadline: opt(day),
  note: field('note'),
});

const application = z.object({
  id,
  company: line,
  role: line,
  jobLink: field('jobLink'),
  source: opt(oneOf(APPLICATION_SOURCES)),
  people: list(100, person),
  notes: field('notes'),
  qualifications: long,
  rounds: list(50, round),
  outcomes: list(200, outcome),
  channels: opt(channels),
  engagement: list(1000, engagementEntry),
  createdAt: instant,
  archivedAt: opt(z.union([z.literal(''), instant])),
});

const workspaceSchema = z.object({
  version: z.literal(WORKSPACE_VERSION),
  profile: opt(z.object({ name: line, phone: line, linkedinTier: opt(oneOf(LINKEDIN_TIERS)) })),
  settings: opt(
    z.object({
      inquiryBufferDays: whole(1, 2),
      secondFollowUpGap: whole(1, 60),
      moveOnGap: whole(1, 120),
      holidays: list(MAX_DAYS_OFF, day),
      holidayRegion: opt(
        str(8).check(z.regex(HOLIDAY_REGION, { error: 'is not a holiday region' })),
      ),
      holidaysRemoved: list(MAX_DAYS_OFF, day),
      weekend: opt(
        z.nullable(
          z.array(z.int().check(z.gte(0), z.lte(6))).check(
            z.maxLength(6),
            z.refine((d) => new Set(d).size === d.length, { error: 'names a day twice' }),
          ),
        ),
      ),
    }),
  ),
  currentId: opt(z.nullable(str(64))),
  applications: list(MAX_INTERVIEWS_READ, application).check(
    z.refine((ivs) => !ivs || new Set(ivs.map((i) => i.id)).size === ivs.length, {
      error: 'has two interviews with the same id',
    }),
  ),
});

// ---------------------------------------------------------------------------------
// Reading.

const refuse = (reason: string): BackupReadResult => ({ kind: 'refused', reason });

/** UTF-8 length of `text` without encoding it (a 100 MB paste should not be copied to count it). */
function utf8Bytes(text: string, stopAfter: number): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAfter; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (
      c >= 0xd800 &&
      c <= 0xdbff &&
      i + 1 < text.length &&
      (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00
    ) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** How deeply objects and lists nest in JSON text (brackets inside strings do not count). */
function nestingDepth(text: string, stopAfter: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      deepest = Math.max(deepest, depth);
      if (deepest > stopAfter) return deepest;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  record: 'a group of fields',
};

/** The value at `path` in `data`, for telling "missing" from "wrong". */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const key of path) {
    if (typeof v !== 'object' || v === null || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** One zod issue as the end of a sentence: "is missing", "is longer than 500 characters". */
function problemWords(issue: z.core.$ZodIssue, data: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(data, issue.path) === undefined
        ? 'is missing'
        : `should be ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case 'too_big':
      if (issue.origin === 'string') return `is longer than ${issue.maximum} characters`;
      if (issue.origin === 'array')
        return `has more than ${issue.maximum} entries, more than the kit keeps`;
      return `is more than ${issue.maximum}`;
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1
        ? 'is empty'
        : `is less than ${issue.minimum}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `should be ${JSON.stringify(issue.values[0])}`
        : `should be one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_key':
      return 'has a name that is too long';
    default:
      // Our own checks (regex, refine) carry their words as the message.
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'is not valid';
  }
}

/**
 * True when any object in parsed JSON has an own "__proto__" key. JSON.parse makes it
 * plain data, but any later copy by assignment would set a prototype instead, so no
 * backup may have one (the kit never writes it). Nesting is already capped, so the
 * recursion is shallow; this is several times faster than a JSON.parse reviver.
 */
function hasProtoKey(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (Object.hasOwn(value, '__proto__')) return true;
  for (const v of Array.isArray(value) ? value : Object.values(value))
    if (hasProtoKey(v)) return true;
  return false;
}

/**
 * Reads a backup file's text. Never throws. Refuses, with one plain sentence, a file
 * that is too large, not JSON, not a Follow-Up Kit backup, from a newer version of the
 * kit, or not valid (naming the first bad field); older workspace versions are migrated.
 * The workspace returned is what the store itself would accept.
 */
export function readBackup(text: string): BackupReadResult {
  try {
    return read(text);
  } catch {
    // Nothing above should throw; if something does, the file is refused all the same.
    return refuse(
      'This file could not be read as a Follow-Up Kit backup, so nothing was imported.',
    );
  }
}

function read(text: string): BackupReadResult {
  if (typeof text !== 'string')
    return refuse('This file could not be read as text, so nothing was imported.');
  // Each UTF-16 unit is at least one byte: a long enough text is refused without counting.
  if (text.length > MAX_BACKUP_BYTES || utf8Bytes(text, MAX_BACKUP_BYTES) > MAX_BACKUP_BYTES) {
    return refuse(
      `This file is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB, far more than any Follow-Up Kit backup, so it was not read.`,
    );
  }
  if (text.trim() === '') return refuse('This file is empty, so there is nothing to import.');
  if (nestingDepth(text, MAX_BACKUP_DEPTH) > MAX_BACKUP_DEPTH) {
    return refuse(
      'This file is nested far more deeply than any Follow-Up Kit backup, so it was not read.',
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return refuse(
      'This file is not a Follow-Up Kit backup: it is not readable JSON (it may be damaged or cut short).',
    );
  }
  if (hasProtoKey(parsed))
    return refuse(
      'This file contains a field named “__proto__”, which no Follow-Up Kit backup has, so it was not read.',
    );
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return refuse(NOT_OURS);
  const file = parsed as Record<string, unknown>;
  const newer =
    'This backup was made by a newer version of the Follow-Up Kit: reload the page to update the kit, then import it again.';
  // A copy the kit kept of its storage (the list of saved copies downloads these).
  if (file.format === STORAGE_DUMP_FORMAT) return readDump(file.keys, newer);
  let data: unknown;
  if (file.format === BACKUP_FORMAT) {
    if (typeof file.version === 'number' && file.version > BACKUP_FILE_VERSION)
      return refuse(newer);
    if (file.version !== BACKUP_FILE_VERSION)
      return refuse(
        'This backup does not say which version of the file format it uses, so it cannot be read safely.',
      );
    data = file.workspace;
    if (typeof data !== 'object' || data === null || Array.isArray(data))
      return refuse('This backup has no workspace in it, so there is nothing to import.');
  } else if (
    file.format === undefined &&
    typeof file.version === 'number' &&
    (Array.isArray(file.interviews) || Array.isArray(file.applications))
  ) {
    // The workspace as earlier builds stored it (their "download the unreadable data" file).
    data = file;
  } else return refuse(NOT_OURS);

  const migrated = migrate(data as Record<string, unknown>);
  if (migrated.kind === 'newer') return refuse(newer);
  if (migrated.kind === 'unknown-version')
    return refuse(
      'This backup does not say which version of the kit made it, so it cannot be read safely.',
    );

  const checked = z.safeParse(workspaceSchema, migrated.data);
  if (!checked.success) {
    // Take what can be read, and say what was left out.
    const salvaged = decodeData(migrated.data);
    const listed = migrated.data.applications;
    // Salvage only a file whose list of interviews is a list, and only when some of it reads.
    if (
      salvaged.kind === 'ok' &&
      (listed === undefined ||
        (Array.isArray(listed) &&
          (salvaged.workspace.applications.length > 0 || listed.length === 0)))
    ) {
      return {
        kind: 'ok',
        workspace: salvaged.workspace,
        interviews: salvaged.workspace.applications.length,
        repairs: describeRepairs(salvaged.repairs),
      };
    }
    const issue = checked.error.issues[0];
    if (!issue) return refuse('This backup is not valid, so nothing was imported.');
    return refuse(
      `This backup can’t be imported: ${describePath(issue.path)} ${problemWords(issue, migrated.data)}.`,
    );
  }
  let ws: Workspace;
  try {
    ws = readWorkspace(checked.data);
  } catch (error) {
    // The schema mirrors the reader, so this is a safety net for any difference between them.
    if (!(error instanceof WorkspaceShapeError)) throw error;
    const problem = error.message.slice(error.message.indexOf(': ') + 2);
    return refuse(
      `This backup can’t be imported: ${describePath(error.path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)))} is not valid (${problem}).`,
    );
  }
  // As the store does on load: a current interview that is not there falls back to the newest.
  ws = repairReferences(ws);
  return { kind: 'ok', workspace: ws, interviews: ws.applications.length, repairs: [] };
}

const NOT_OURS =
  'This file is not a Follow-Up Kit backup (it may come from another app), so nothing was imported.';

/** Reads a copy of the kit's storage keys, as the store itself would on load. */
function readDump(keys: unknown, newer: string): BackupReadResult {
  if (typeof keys !== 'object' || keys === null || Array.isArray(keys))
    return refuse('This copy holds no saved data, so there is nothing to import.');
  const values = new Map(
    Object.entries(keys).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
  const outcome = readLayout({ readStored: (k) => values.get(k), keys: () => [...values.keys()] });
  if (outcome.kind === 'newer') return refuse(newer);
  if (outcome.kind !== 'ok')
    return refuse('Nothing in this copy could be read as interviews, so nothing was imported.');
  return {
    kind: 'ok',
    workspace: outcome.workspace,
    interviews: outcome.workspace.applications.length,
    repairs: describeRepairs(outcome.repairs),
  };
}
