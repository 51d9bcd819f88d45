// How much text each saved field holds: the one table the inputs (their counters and
// refusals), the operations (which refuse an edit over the limit), the workspace reader
// and the backup reader all use. Before it existed, a field took any paste and the
// reader refused the whole workspace for one long field on the next load.
//
// Every limit is at least what earlier builds' readers accepted, so nothing an earlier
// build saved becomes unreadable.

/** One line: names, titles, subjects, addresses of web pages. */
export const LINE_LIMIT = 500;
/** Free text: topics, notes, qualifications, draft bodies. */
export const TEXT_LIMIT = 20_000;
/**
 * The hiring timeline as they said it: candidates paste the recruiter's whole
 * paragraph, so it holds a long email (the reader picks the timing out of it).
 */
export const TIMELINE_LIMIT = 2_000;

/** The most applications (what the pages call interviews) the kit keeps; "Add an interview" says so at the limit. */
export const MAX_INTERVIEWS = 500;
/**
 * The most applications the reader accepts: more than the kit lets anyone add, so data
 * from a build with a higher limit (or a merge) still opens; the extra beyond this is
 * set aside with a notice, never dropped silently.
 */
export const MAX_INTERVIEWS_READ = 2_000;

/**
 * The most days off each list of the settings holds (the user's own days, the public
 * days they work on): far more than anyone types, and what earlier readers accepted.
 */
export const MAX_DAYS_OFF = 200;
/** A holiday region as stored: '', 'none' or a region code ("GB-ENG", holidays/<code>.json). */
export const HOLIDAY_REGION = /^(|none|[A-Z]{2}(-[A-Z0-9]{1,3})?)$/;

/** Every text field the user types into, by the name its input is bound to. */
export const FIELD_LIMITS = {
  // Application
  company: LINE_LIMIT,
  role: LINE_LIMIT,
  jobLink: LINE_LIMIT,
  qualifications: TEXT_LIMIT,
  // Round
  timeZone: 64,
  timeline: TIMELINE_LIMIT,
  // Outcome: what to remember about a change ("verbal offer, written one to follow")
  note: TEXT_LIMIT,
  // Person (phone: also the profile's)
  name: LINE_LIMIT,
  title: LINE_LIMIT,
  email: LINE_LIMIT,
  linkedin: LINE_LIMIT,
  address: TEXT_LIMIT,
  topics: TEXT_LIMIT,
  rapport: TEXT_LIMIT,
  phone: LINE_LIMIT,
  // Drafts
  subject: LINE_LIMIT,
  body: TEXT_LIMIT,
  detail: TEXT_LIMIT,
  /** Not typed: the fingerprint an edited draft was made from (draft-rule.ts), 11 characters. */
  basis: 64,
  // Promised items, the application's notes and the engagement log
  what: LINE_LIMIT,
  notes: TEXT_LIMIT,
  link: LINE_LIMIT,
  url: LINE_LIMIT,
} as const;

/** A field the table knows. */
export type LimitedField = keyof typeof FIELD_LIMITS;

/** The limit of a field, in UTF-16 code units (what `String.length` and `maxlength` count). */
export function limitOf(field: LimitedField): number {
  return FIELD_LIMITS[field];
}

/**
 * True when every string in `patch` whose key the table knows fits its limit. The
 * operations call it so that an edit is either saved whole or not at all: what is
 * accepted is always readable again.
 */
export function fitsLimits(patch: object): boolean {
  for (const [key, value] of Object.entries(patch)) {
    if (
      typeof value === 'string' &&
      key in FIELD_LIMITS &&
      value.length > FIELD_LIMITS[key as LimitedField]
    )
      return false;
  }
  return true;
}

/** When a field's counter appears: near the limit, so short fields stay uncluttered. */
export function showCounter(length: number, limit: number): boolean {
  return length >= limit * 0.8;
}

/**
 * Why a paste or edit was not saved, in one sentence, or '' when it fits. Counts are
 * written with thousands separators so "2,513" is read at a glance.
 */
export function overLimitReason(length: number, limit: number): string {
  if (length <= limit) return '';
  const n = (x: number) => x.toLocaleString('en-GB');
  return `Not saved: this is ${n(length)} characters and the field holds ${n(limit)}. Shorten it by ${n(length - limit)} to save it; what was saved before is kept.`;
}

/**
 * A field's counter: "1,234 of 2,000 characters", or, over the limit, why the text
 * was not saved ({@link overLimitReason}).
 */
export function characterCount(length: number, limit: number): string {
  const n = (x: number) => x.toLocaleString('en-GB');
  return length > limit ? overLimitReason(length, limit) : `${n(length)} of ${n(limit)} characters`;
}
