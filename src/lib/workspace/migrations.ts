import { FIRST_ROUND_ID } from './allowed-values';
import { WORKSPACE_VERSION } from './schema';

/**
 * Version 1 was the prototype's format: one `datetime` string ("2026-11-24T14:00") in
 * the user's own zone, and a single `notes` field per interviewer. Version 2 split the
 * time zone out (messages and deadlines need it) and notes into topics and rapport.
 */
interface V1Interviewer {
  id?: unknown;
  name?: unknown;
  email?: unknown;
  notes?: unknown;
}
interface V1Interview {
  id?: unknown;
  company?: unknown;
  role?: unknown;
  datetime?: unknown;
  interviewers?: unknown;
  createdAt?: unknown;
  [key: string]: unknown;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** v1 → v2: splits `datetime` into date and time (zone: UTC, the prototype's only zone); notes become topics. */
function v1ToV2(old: Record<string, unknown>): Record<string, unknown> {
  const interviews = Array.isArray(old.interviews) ? (old.interviews as V1Interview[]) : [];
  return {
    ...old,
    version: 2,
    interviews: interviews.map((iv) => {
      const { datetime, interviewers, ...rest } = iv;
      const [date = '', time = ''] = str(datetime).split('T');
      return {
        ...rest,
        date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '',
        time: /^\d{2}:\d{2}/.test(time) ? time.slice(0, 5) : '',
        timeZone: 'UTC',
        interviewers: (Array.isArray(interviewers) ? (interviewers as V1Interviewer[]) : []).map(
          (p) => ({
            id: p.id,
            name: str(p.name),
            email: str(p.email),
            topics: str(p.notes),
          }),
        ),
      };
    }),
  };
}

/**
 * v2 → v3: the hiring-timeline tools added action items, a picked timeline date, the
 * card choice and plan settings. All start empty or at their defaults; the bump
 * itself matters, because a v2 build would drop these fields on its next save, so it
 * must see v3 data as "newer" and leave it alone.
 */
function v2ToV3(old: Record<string, unknown>): Record<string, unknown> {
  const interviews = Array.isArray(old.interviews)
    ? (old.interviews as Record<string, unknown>[])
    : [];
  return {
    ...old,
    version: 3,
    interviews: interviews.map((iv) => ({
      ...iv,
      actionItems: [],
      timelineDate: '',
      timelineReading: null,
      wantsCard: false,
    })),
  };
}

/**
 * v3 → v4: adds the LinkedIn account tier, the company-channel checklist, the
 * engagement log and the "linkedin-message" kind. Fields start empty (the reader fills
 * the channel defaults); the bump keeps a v3 build from dropping them on save.
 */
function v3ToV4(old: Record<string, unknown>): Record<string, unknown> {
  const interviews = Array.isArray(old.interviews)
    ? (old.interviews as Record<string, unknown>[])
    : [];
  const profile = typeof old.profile === 'object' && old.profile !== null ? old.profile : {};
  return {
    ...old,
    version: 4,
    profile: { ...profile, linkedinTier: 'free' },
    interviews: interviews.map((iv) => ({ ...iv, engagement: [] })),
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** v4's statuses, as the first entry of the outcome history. */
const V4_STATUS: Record<string, string> = {
  active: 'waiting',
  offer: 'offer',
  rejected: 'rejected',
  withdrawn: 'withdrawn',
};

/** The day of an ISO instant in `timeZone` (YYYY-MM-DD); '' when it is not one. */
function dayOf(instant: unknown, timeZone: unknown): string {
  if (typeof instant !== 'string' || Number.isNaN(Date.parse(instant))) return '';
  try {
    return new Intl.DateTimeFormat('en-CA', {
      timeZone: typeof timeZone === 'string' && timeZone ? timeZone : 'UTC',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(new Date(instant));
  } catch {
    // A zone the browser does not know: the day in UTC.
    return new Date(instant).toISOString().slice(0, 10);
  }
}

/**
 * One v4 interview → one v5 application with one round ("round-1"), losing nothing:
 * company, role, qualifications, channels, the engagement log and createdAt stay on the
 * application; date, time (as the start), zone, format (also as the round's kind), the
 * timeline with its picked date and reading, the card choice, promised items, ticked
 * steps, drafts (same keys) and sent records (interviewerId → personId) move to the
 * round; each interviewer becomes a person with the role "interviewer", met in that
 * round; the status becomes the first entry of the outcome history, dated the day the
 * interview was created (in its zone). Values of the wrong type are passed on as they
 * are, so the reader sets them aside and says so, as it did in v4. The round's id is
 * fixed, so two tabs (or a file restored twice) migrating the same interview agree.
 */
export function interviewToApplication(iv: unknown): unknown {
  if (!isObject(iv)) return iv;
  const {
    date,
    time,
    timeZone,
    format,
    interviewers,
    timeline,
    timelineDate,
    timelineReading,
    wantsCard,
    actionItems,
    status,
    steps,
    drafts,
    sent,
    ...application
  } = iv;
  const list: unknown[] | null = Array.isArray(interviewers) ? interviewers : null;
  const people = list
    ? list.map((p) => (isObject(p) ? { ...p, role: 'interviewer' } : p))
    : interviewers;
  const met = list
    ? list.flatMap((p) => (isObject(p) && typeof p.id === 'string' ? [p.id] : []))
    : [];
  const round = {
    id: FIRST_ROUND_ID,
    // v4's format was the only word for the round: it names the kind too.
    kind: typeof format === 'string' && Object.hasOwn(V4_FORMAT_KINDS, format) ? format : undefined,
    format,
    date,
    start: time,
    timeZone,
    met,
    timeline,
    timelineDate,
    timelineReading,
    wantsCard,
    actionItems,
    steps,
    drafts,
    sent: Array.isArray(sent)
      ? (sent as unknown[]).map((s) => {
          if (!isObject(s) || !('interviewerId' in s)) return s;
          const { interviewerId, ...rest } = s;
          return { ...rest, personId: interviewerId };
        })
      : sent,
  };
  const outcome =
    status === undefined
      ? 'waiting'
      : typeof status === 'string' && Object.hasOwn(V4_STATUS, status)
        ? V4_STATUS[status]
        : status;
  // Without a date of creation the reader sets the whole record aside (kept in a saved
  // copy), so an undated outcome would only add a second notice for the same record.
  const at = dayOf(iv.createdAt, timeZone);
  return {
    ...application,
    people,
    rounds: [round],
    ...(at ? { outcomes: [{ status: outcome, at, note: '' }] } : {}),
  };
}

/** v4's formats, each also a kind of round. */
const V4_FORMAT_KINDS = { 'on-site': 1, video: 1, phone: 1 };

/** v4 → v5: each interview becomes an application (see interviewToApplication). */
function v4ToV5(old: Record<string, unknown>): Record<string, unknown> {
  const { interviews, ...rest } = old;
  return {
    ...rest,
    version: 5,
    applications: Array.isArray(interviews) ? interviews.map(interviewToApplication) : interviews,
  };
}

/**
 * One v5 application → v6: not archived, and each round with nothing snoozed. Values of
 * the wrong type are passed on as they are, for the reader to set aside and say so.
 */
function applicationToV6(app: unknown): unknown {
  if (!isObject(app)) return app;
  return {
    ...app,
    archivedAt: '',
    ...(Array.isArray(app.rounds)
      ? {
          rounds: (app.rounds as unknown[]).map((r) => (isObject(r) ? { ...r, snoozed: {} } : r)),
        }
      : {}),
  };
}

/**
 * v5 → v6: archiving and snoozing (see applicationToV6). The bump matters more than
 * the fields: a v5 build would drop them on its next save, so it must see v6 as newer.
 */
function v5ToV6(old: Record<string, unknown>): Record<string, unknown> {
  const { applications } = old;
  return {
    ...old,
    version: 6,
    ...(Array.isArray(applications) ? { applications: applications.map(applicationToV6) } : {}),
  };
}

/**
 * v6 → v7: nothing to fill (a round's `offerAnswer` stays absent until the user answers
 * an offer). The bump is the change: a v6 build would set aside drafts and "sent"
 * records of the new kinds ("offer-acceptance", "offer-decline") and drop the answer
 * on its next save, so it must see v7 data as newer and leave it alone.
 */
function v6ToV7(old: Record<string, unknown>): Record<string, unknown> {
  return { ...old, version: 7 };
}

/** Each step upgrades data from version N to N + 1. */
const STEPS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  1: v1ToV2,
  2: v2ToV3,
  3: v3ToV4,
  4: v4ToV5,
  5: v5ToV6,
  6: v6ToV7,
};

/** What migration made of stored data. */
export type MigrationResult =
  | { kind: 'current'; data: Record<string, unknown> }
  | { kind: 'migrated'; data: Record<string, unknown>; from: number }
  | { kind: 'newer'; version: number }
  | { kind: 'unknown-version' };

/**
 * Brings parsed data up to the current schema version. Data from a newer build is
 * reported, never touched: this build cannot know what its fields mean.
 */
export function migrate(data: Record<string, unknown>): MigrationResult {
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { kind: 'unknown-version' };
  if (version > WORKSPACE_VERSION) return { kind: 'newer', version };
  if (version === WORKSPACE_VERSION) return { kind: 'current', data };
  let current = data;
  for (let v = version; v < WORKSPACE_VERSION; v++) {
    const step = STEPS[v];
    if (!step) return { kind: 'unknown-version' };
    current = step(current);
  }
  return { kind: 'migrated', data: current, from: version };
}
