// The workspace: every interview the user is following up on, saved in their browser.
//
// Why no validation library here: this ships to every tool page, whose budget is 25 KB
// gzip in all. Measured (esbuild, minified, gzip -9) on this schema with its decoder:
// astro/zod 92 KB (it re-exports all of zod), zod/mini 8.9 KB, valibot 2.7 KB; in the
// thank-you page's real bundle valibot cost 1.85 KB, read-workspace.ts about 0.6 KB. The
// guides' front matter, checked at build time and never shipped, keeps zod (astro/zod).

/** The schema version this build writes. Older versions are migrated on load. */
export const WORKSPACE_VERSION = 4;

/** How the interview took place; changes wording ("meeting you" vs "speaking with you"). */
export const INTERVIEW_FORMATS = ['on-site', 'video', 'phone'] as const;
/** Where the application stands; only active interviews get reminders. */
export const INTERVIEW_STATUSES = ['active', 'offer', 'rejected', 'withdrawn'] as const;
/**
 * Kinds of message the kit drafts or records as sent. "linkedin" is the connection
 * request (its note, or the request alone); "linkedin-message" the longer message sent
 * once they have accepted.
 */
export const MESSAGE_KINDS = [
  'thank-you-email',
  'handwritten-note',
  'linkedin',
  'linkedin-message',
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
export interface Interviewer {
  /** Stable id: drafts and sent records point at it, so renaming keeps them. */
  id: string;
  /** Full name as they introduced themselves; used in greetings and on the card. */
  name: string;
  /** Job title, e.g. "Engineering Manager"; helps tell people apart. */
  title: string;
  /** Where the thank-you email goes (mailto:). */
  email: string;
  /** Their LinkedIn profile address, if the user has it. */
  linkedin: string;
  /** Postal address for a handwritten card, as it should appear on the envelope. */
  address: string;
  /** What you discussed with this person, one point per line: the heart of personalization. */
  topics: string;
  /** Shared interests or rapport notes (a hometown, a book, a team story). */
  rapport: string;
}

/** A message the user drafted: kept per kind and per interviewer. */
export interface Draft {
  /** Email subject (empty for notes and LinkedIn messages). */
  subject: string;
  /** The message body as the user will send it. */
  body: string;
  /** True once the user typed in it: regenerating then needs their explicit consent. */
  edited: boolean;
  /** Tone the draft was generated in. */
  tone: Tone;
  /** Id of the engagement-log entry the draft mentions ('' or absent: none). */
  mention?: string;
  /** The personal detail a LinkedIn draft is built around, as the user chose it. */
  detail?: string;
  /**
   * Fingerprint of the draft the user's details gave when they last edited this one
   * (lib/messages/draft-rule.ts): when the details now give another, the edited draft
   * is shown as stale. Absent in drafts saved before it existed: never stale.
   */
  basis?: string;
}

/** A message the user marked as sent, so the kit can show what's done and pace follow-ups. */
export interface SentRecord {
  /** Which kind of message it was. */
  kind: MessageKind;
  /** The interviewer it went to, when it was per person. */
  interviewerId?: string;
  /** When it was sent, as an ISO 8601 instant. */
  at: string;
  /** For a LinkedIn request: false when it went without a note (free accounts get few notes a month). */
  withNote?: boolean;
}

/** The user's LinkedIn account: free accounts get 200 characters per note, Premium 300. */
export const LINKEDIN_TIERS = ['free', 'premium'] as const;
export type LinkedInTier = (typeof LINKEDIN_TIERS)[number];

/** The company channels the engagement log's checklist names (guides/staying-engaged.mdx). */
export const CHANNEL_KINDS = ['news', 'linkedin-page', 'blog', 'social'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** One company channel on the checklist. */
export interface Channel {
  /** Its address, if the user noted it (shown as a link only when it is http or https). */
  url: string;
  /** Ticked once the user follows or has bookmarked it. */
  followed: boolean;
}

/** What the user did with something the company published. */
export const ENGAGEMENT_KINDS = ['read', 'comment', 'share', 'like', 'event', 'other'] as const;
export type EngagementKind = (typeof ENGAGEMENT_KINDS)[number];

/** One thing the user read or engaged with, in the company-engagement log. */
export interface EngagementEntry {
  /** Stable id. */
  id: string;
  /** The day it happened, YYYY-MM-DD. */
  date: string;
  /** Read, commented, shared, liked, attended, or other. */
  kind: EngagementKind;
  /** What it was, as the user would mention it ("their post on the accessibility audit"). */
  what: string;
  /** Where it is, if the user noted it. */
  link: string;
  /** Offered to the message builders as a personal detail when true. */
  worthMentioning: boolean;
}

/** Whether a promised item is still to send. */
export const ACTION_ITEM_STATUSES = ['todo', 'done'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

/** Something the candidate promised in the interview: a document, references, a sample. */
export interface ActionItem {
  /** Stable id; the plan step and calendar event are keyed by it. */
  id: string;
  /** What was promised, as the user would name it in an email ("two design samples"). */
  what: string;
  /** Id of the interviewer who asked for it ('' when not one person). */
  askedBy: string;
  /** The deadline they gave as YYYY-MM-DD; '' means the default (2 business days). */
  due: string;
  /** To send, or sent. */
  status: ActionItemStatus;
  /** Anything to remember or to mention in the cover email. */
  notes: string;
}

/**
 * The timeline words as last read by the parser, kept so pages can date the plan
 * without shipping the parser (about 6 KB gzip); it is fetched only when `key` no
 * longer matches the words, the interview date and the holidays it was read with.
 */
export interface TimelineReading {
  /** What was read: see lib/timeline/reading.ts. */
  key: string;
  /** range: a span ending on `date`; date: a named day; none: no timeline; unreadable. */
  kind: 'range' | 'date' | 'none' | 'unreadable';
  /** YYYY-MM-DD (the span's end, or the day); '' for none and unreadable. */
  date: string;
  /** How it was read ("within 2 weeks (by Tue 8 Dec)"), or why it could not be. */
  text: string;
}

/** How the plan is paced; defaults from src/docs/facts.md ("Status inquiry and the hiring timeline"), each changeable by the user. */
export interface PlanSettings {
  /** Business days to wait after their timeline has passed before the status inquiry. */
  inquiryBufferDays: 1 | 2;
  /** Business days between the status inquiry and the final follow-up. */
  secondFollowUpGap: number;
  /** Business days between the final follow-up and moving on. */
  moveOnGap: number;
  /** Public holidays to skip (YYYY-MM-DD), for every business-day rule. */
  holidays: string[];
}

/** The pacing the guides recommend. */
export const DEFAULT_SETTINGS: PlanSettings = {
  inquiryBufferDays: 2,
  secondFollowUpGap: 5,
  moveOnGap: 10,
  holidays: [],
};

/** One interview and everything the user is doing to follow up on it. */
export interface Interview {
  /** Stable id. */
  id: string;
  /** Company name, as the user wants it written in messages. */
  company: string;
  /** The role applied for, e.g. "Product Designer". */
  role: string;
  /** Interview date as YYYY-MM-DD in the interview's time zone ('' until known). */
  date: string;
  /** Start time as HH:mm, 24-hour, in the interview's time zone ('' until known). */
  time: string;
  /** IANA time zone of the date and time, e.g. "Europe/London". */
  timeZone: string;
  /** On site, video or phone. */
  format: InterviewFormat;
  /** Everyone the user met, in the order they want to write to them. */
  interviewers: Interviewer[];
  /** Qualifications the user wants to reaffirm, one per line. */
  qualifications: string;
  /** The hiring timeline they stated, as they said it ("1-2 weeks"). */
  timeline: string;
  /** A date the user picked for their timeline, used when the words could not be read. */
  timelineDate: string;
  /** The parser's last reading of `timeline` (a cache; null until read). */
  timelineReading: TimelineReading | null;
  /** Whether the user is sending a handwritten card (adds its step to the plan). */
  wantsCard: boolean;
  /** Items promised in the interview. */
  actionItems: ActionItem[];
  /** Where the application stands. */
  status: InterviewStatus;
  /** Follow-up steps the user has ticked off on the workspace page, by step id. */
  steps: Record<string, boolean>;
  /** Drafts by "kind:interviewerId" (or "kind" for per-interview messages). */
  drafts: Record<string, Draft>;
  /** Every message marked as sent, oldest first. */
  sent: SentRecord[];
  /** The company channels checklist (engagement log). */
  channels: Record<ChannelKind, Channel>;
  /** What the user read or engaged with at the company, oldest first. */
  engagement: EngagementEntry[];
  /** When the record was created (ISO instant); orders the interview list. */
  createdAt: string;
}

/** About the candidate: how messages are signed. */
export interface Profile {
  /** The user's name as they sign messages. */
  name: string;
  /** Optional phone number for the signature. */
  phone: string;
  /** Their LinkedIn account tier: sets the connection-note limit (200 free, 300 Premium). */
  linkedinTier: LinkedInTier;
}

/** Everything the user has saved. */
export interface Workspace {
  /** Schema version, so older saves can be migrated and newer ones left alone. */
  version: typeof WORKSPACE_VERSION;
  /** The candidate's own details, shared by every message. */
  profile: Profile;
  /** How follow-ups are paced, for every interview. */
  settings: PlanSettings;
  /** The interview the tools work on; null when there is none. */
  currentId: string | null;
  /** All interviews, newest last. */
  interviews: Interview[];
}

/** An unticked checklist of the company's channels. */
export function emptyChannels(): Record<ChannelKind, Channel> {
  return {
    news: { url: '', followed: false },
    'linkedin-page': { url: '', followed: false },
    blog: { url: '', followed: false },
    social: { url: '', followed: false },
  };
}

/** A workspace with nothing in it: what a first visit starts from. */
export function emptyWorkspace(): Workspace {
  return {
    version: WORKSPACE_VERSION,
    profile: { name: '', phone: '', linkedinTier: 'free' },
    settings: { ...DEFAULT_SETTINGS, holidays: [] },
    currentId: null,
    interviews: [],
  };
}
