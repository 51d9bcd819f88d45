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

/** Each step upgrades data from version N to N + 1. */
const STEPS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  1: v1ToV2,
  2: v2ToV3,
  3: v3ToV4,
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
