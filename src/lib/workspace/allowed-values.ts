// The allowed values of the workspace's enumerated fields that no page offers as a
// choice (schema.ts names their types). Apart from schema.ts because only the readers
// (read-workspace.ts, the backup reader) check them at run time: schema.ts ships with
// every tool page, and each list there would cost every page its bytes.

/** What a round was: the stage of the process, or, for a plain interview, how it was held. */
export const ROUND_KINDS = [
  'recruiter-screen',
  'phone',
  'video',
  'on-site',
  'panel',
  'final',
  'assessment',
] as const;
/** The part a person plays in an application. */
export const PERSON_ROLES = [
  'interviewer',
  'hiring-manager',
  'recruiter',
  'coordinator',
  'reference',
  'other',
] as const;
/** How the application came about. */
export const APPLICATION_SOURCES = ['direct', 'referral', 'agency'] as const;
/**
 * Where an application stands. "waiting": heard nothing yet after the latest round;
 * "next-round": another round is booked; "no-reply": they went silent and the user moved on.
 */
export const OUTCOME_STATUSES = [
  'waiting',
  'next-round',
  'offer',
  'rejected',
  'withdrawn',
  'accepted',
  'no-reply',
] as const;

/** The id of the round migrated from a v4 interview, and of the round the reader adds to an application that has none. */
export const FIRST_ROUND_ID = 'round-1';
/**
 * Kinds of message the kit drafts or records as sent. "linkedin" is the connection
 * request (its note, or the request alone); "linkedin-message" the longer message sent
 * once they have accepted. The kinds from "withdrawal" on are the messages an outcome
 * calls for (lib/timeline/outcome-plan.ts, drafted by lib/situations): "withdrawal" also
 * covers the one sent after accepting elsewhere, both "in a few lines"; "offer-acceptance"
 * and "offer-decline" answer an offer (v7).
 */
export const MESSAGE_KINDS = [
  'thank-you-email',
  'handwritten-note',
  'linkedin',
  'linkedin-message',
  'status-inquiry',
  'final-follow-up',
  'action-item',
  'withdrawal',
  'expedite',
  'offer-extension',
  'rejection-reply',
  'reconnect',
  'reference-thanks',
  'recruiter-thanks',
  'offer-acceptance',
  'offer-decline',
] as const;
/** The answer to an offer the user is drafting (Round.offerAnswer). */
export const OFFER_ANSWERS = ['accept', 'decline'] as const;
/** The user's LinkedIn account: free accounts get 200 characters per note, Premium 300. */
export const LINKEDIN_TIERS = ['free', 'premium'] as const;
/** Whether a promised item is still to send. */
export const ACTION_ITEM_STATUSES = ['todo', 'done'] as const;
