// The workspace: every interview the user is following up on, saved in their browser.
// zod/mini (not astro/zod) because this ships to the browser: astro/zod re-exports all
// of zod (about 92 KB gzip in a bundle), zod/mini tree-shakes to about 7 KB.
import * as z from 'zod/mini';

/** The schema version this build writes. Older versions are migrated on load. */
export const WORKSPACE_VERSION = 2;

/** Longest single-line field we keep; longer pastes are refused by the schema, not cut silently. */
const LINE = 500;
/** Longest multi-line field (notes, topics, drafts). */
const TEXT = 20_000;

const line = () => z._default(z.string().check(z.maxLength(LINE)), '');
const text = () => z._default(z.string().check(z.maxLength(TEXT)), '');

/** How the interview took place; changes wording ("meeting you" vs "speaking with you"). */
export const INTERVIEW_FORMATS = ['on-site', 'video', 'phone'] as const;
/** Where the application stands; only active interviews get reminders. */
export const INTERVIEW_STATUSES = ['active', 'offer', 'rejected', 'withdrawn'] as const;
/** Kinds of message the kit drafts or records as sent. */
export const MESSAGE_KINDS = [
  'thank-you-email',
  'handwritten-note',
  'linkedin',
  'status-inquiry',
  'final-follow-up',
  'action-item',
] as const;
/** Tones the message builders offer. */
export const TONES = ['warm', 'formal', 'concise'] as const;

export type InterviewFormat = (typeof INTERVIEW_FORMATS)[number];
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];
export type MessageKind = (typeof MESSAGE_KINDS)[number];
export type Tone = (typeof TONES)[number];

/** One person the candidate met (or who coordinated the day). */
export const interviewerSchema = z.object({
  /** Stable id: drafts and sent records point at it, so renaming keeps them. */
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  /** Full name as they introduced themselves; used in greetings and on the card. */
  name: line(),
  /** Job title, e.g. "Engineering Manager"; helps tell people apart. */
  title: line(),
  /** Where the thank-you email goes (mailto:). */
  email: line(),
  /** Their LinkedIn profile address, if the user has it. */
  linkedin: line(),
  /** Postal address for a handwritten card, as it should appear on the envelope. */
  address: text(),
  /** What you discussed with this person, one point per line: the heart of personalization. */
  topics: text(),
  /** Shared interests or rapport notes (a hometown, a book, a team story). */
  rapport: text(),
});

/** A message the user drafted: kept per kind and per interviewer. */
export const draftSchema = z.object({
  /** Email subject (empty for notes and LinkedIn messages). */
  subject: line(),
  /** The message body as the user will send it. */
  body: text(),
  /** True once the user typed in it: regenerating then needs their explicit consent. */
  edited: z._default(z.boolean(), false),
  /** Tone the draft was generated in. */
  tone: z._default(z.enum(TONES), 'warm'),
});

/** A message the user marked as sent, so the kit can show what's done and pace follow-ups. */
export const sentRecordSchema = z.object({
  /** Which kind of message it was. */
  kind: z.enum(MESSAGE_KINDS),
  /** The interviewer it went to, when it was per person. */
  interviewerId: z.optional(z.string().check(z.maxLength(64))),
  /** When it was sent, as an ISO 8601 instant. */
  at: z.iso.datetime({ offset: true }),
});

/** One interview and everything the user is doing to follow up on it. */
export const interviewSchema = z.object({
  /** Stable id. */
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  /** Company name, as the user wants it written in messages. */
  company: line(),
  /** The role applied for, e.g. "Product Designer". */
  role: line(),
  /** Interview date as YYYY-MM-DD in the interview's time zone ('' until known). */
  date: z._default(z.string().check(z.regex(/^(\d{4}-\d{2}-\d{2})?$/)), ''),
  /** Start time as HH:mm, 24-hour, in the interview's time zone ('' until known). */
  time: z._default(z.string().check(z.regex(/^(\d{2}:\d{2})?$/)), ''),
  /** IANA time zone of the date and time, e.g. "Europe/London". */
  timeZone: z._default(z.string().check(z.maxLength(64)), 'UTC'),
  /** On site, video or phone. */
  format: z._default(z.enum(INTERVIEW_FORMATS), 'video'),
  /** Everyone the user met, in the order they want to write to them. */
  interviewers: z._default(z.array(interviewerSchema).check(z.maxLength(50)), []),
  /** Qualifications the user wants to reaffirm, one per line. */
  qualifications: text(),
  /** The hiring timeline they stated, as they said it ("1-2 weeks"). */
  timeline: line(),
  /** Where the application stands. */
  status: z._default(z.enum(INTERVIEW_STATUSES), 'active'),
  /** Follow-up steps the user has ticked off on the workspace page, by step id. */
  steps: z._default(z.record(z.string().check(z.maxLength(64)), z.boolean()), {}),
  /** Drafts by "kind:interviewerId" (or "kind" for per-interview messages). */
  drafts: z._default(z.record(z.string().check(z.maxLength(140)), draftSchema), {}),
  /** Every message marked as sent, oldest first. */
  sent: z._default(z.array(sentRecordSchema).check(z.maxLength(1000)), []),
  /** When the record was created (ISO instant); orders the interview list. */
  createdAt: z.iso.datetime({ offset: true }),
});

/** About the candidate: how messages are signed. */
export const profileSchema = z.object({
  /** The user's name as they sign messages. */
  name: line(),
  /** Optional phone number for the signature. */
  phone: line(),
});

/** Everything the user has saved. */
export const workspaceSchema = z.object({
  /** Schema version, so older saves can be migrated and newer ones left alone. */
  version: z.literal(WORKSPACE_VERSION),
  /** The candidate's own details, shared by every message. */
  profile: z._default(profileSchema, { name: '', phone: '' }),
  /** The interview the tools work on; null when there is none. */
  currentId: z._default(z.nullable(z.string().check(z.maxLength(64))), null),
  /** All interviews, newest last. */
  interviews: z._default(z.array(interviewSchema).check(z.maxLength(500)), []),
});

export type Interviewer = z.infer<typeof interviewerSchema>;
export type Draft = z.infer<typeof draftSchema>;
export type SentRecord = z.infer<typeof sentRecordSchema>;
export type Interview = z.infer<typeof interviewSchema>;
export type Profile = z.infer<typeof profileSchema>;
export type Workspace = z.infer<typeof workspaceSchema>;

/** A workspace with nothing in it: what a first visit starts from. */
export function emptyWorkspace(): Workspace {
  return { version: WORKSPACE_VERSION, profile: { name: '', phone: '' }, currentId: null, interviews: [] };
}
