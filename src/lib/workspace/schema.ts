// The workspace: every job application the user is following up on (its rounds of
// interviews, the people, where it stands), saved in their browser.
//
// Why no validation library here: this ships to every tool page, whose budget is 25 KB
// gzip in all. Measured (esbuild, minified, gzip -9) on this schema with its decoder:
// astro/zod 92 KB (it re-exports all of zod), zod/mini 8.9 KB, valibot 2.7 KB; in the
// thank-you page's real bundle valibot cost 1.85 KB, read-workspace.ts about 0.6 KB. The
// guides' front matter, checked at build time and never shipped, keeps zod (astro/zod).

import type {
  ACTION_ITEM_STATUSES,
  APPLICATION_SOURCES,
  LINKEDIN_TIERS,
  MESSAGE_KINDS,
  OFFER_ANSWERS,
  OUTCOME_STATUSES,
  PERSON_ROLES,
  ROUND_KINDS,
} from './allowed-values';

/**
 * The schema version this build writes. Older versions are migrated on load; data of a
 * newer version is never written over. v5: an interview became an
 * application with rounds, people with roles, and a dated outcome history. v6: an
 * application can be archived and a step snoozed to a later day. v7: an offer can be
 * answered with a drafted acceptance or decline (two message kinds a v6 reader would
 * set aside, and the round's `offerAnswer`).
 */
export const WORKSPACE_VERSION = 7;

/** How a round took place; changes wording ("meeting you" vs "speaking with you"). */
export const INTERVIEW_FORMATS = ['on-site', 'video', 'phone'] as const;
/** Tones the message builders offer. */
export const TONES = ['warm', 'formal', 'concise'] as const;

export type InterviewFormat = (typeof INTERVIEW_FORMATS)[number];
// The lists of message kinds, a round's kinds, people's roles, sources, outcomes, account
// tiers and promised items' states live in allowed-values.ts: only the readers need them
// at run time, and this module ships with every tool page.
export type RoundKind = (typeof ROUND_KINDS)[number];
export type PersonRole = (typeof PERSON_ROLES)[number];
export type ApplicationSource = (typeof APPLICATION_SOURCES)[number];
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];
export type MessageKind = (typeof MESSAGE_KINDS)[number];
export type OfferAnswerChoice = (typeof OFFER_ANSWERS)[number];
export type Tone = (typeof TONES)[number];

/** One person at the company (or a reference): someone the candidate met, writes to, or was helped by. */
export interface Person {
  /** Stable id: rounds, drafts, sent records and promised items point at it, so renaming keeps them. */
  id: string;
  /** Their part: interviewer, hiring manager, recruiter, coordinator, reference or other. */
  role: PersonRole;
  /** Full name as they introduced themselves; used in greetings and on the card. */
  name: string;
  /** Job title, e.g. "Engineering Manager"; helps tell people apart. */
  title: string;
  /** Where emails to them go (mailto:). */
  email: string;
  /** Their phone number, if the user has it. */
  phone: string;
  /** Their LinkedIn profile address, if the user has it. */
  linkedin: string;
  /** Postal address for a handwritten card, as it should appear on the envelope. */
  address: string;
  /** What you discussed with this person, one point per line: the heart of personalization. */
  topics: string;
  /** Shared interests or rapport notes (a hometown, a book, a team story). */
  rapport: string;
}

/** A message the user drafted: kept per round, per kind and per person (see Round.drafts). */
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
  /** The person it went to, when it was per person (v4 called it interviewerId). */
  personId?: string;
  /** When it was sent, as an ISO 8601 instant. */
  at: string;
  /** For a LinkedIn request: false when it went without a note (free accounts get few notes a month). */
  withNote?: boolean;
}

/** The user's LinkedIn account: free accounts get 200 characters per note, Premium 300. */
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
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

/** Something the candidate promised in a round: a document, references, a sample. */
export interface ActionItem {
  /** Stable id; the plan step and calendar event are keyed by it. */
  id: string;
  /** What was promised, as the user would name it in an email ("two design samples"). */
  what: string;
  /** Id of the person who asked for it ('' when not one person). */
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
 * longer matches the words, the round's date and the holidays it was read with.
 */
export interface TimelineReading {
  /** What was read (the words, the round's date, the holidays): see lib/timeline/reading.ts. */
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
  /**
   * The user's own days off (YYYY-MM-DD), skipped by every business-day rule on top of
   * the region's public holidays (before v5's region, the only holidays there were).
   */
  holidays: string[];
  /**
   * Whose public holidays count: '' not chosen yet (the guess from the browser's
   * language and time zone is used), 'none' the user's own days only, else a region
   * code ("GB-ENG", "US", "IN"; holidays/<code>.json).
   */
  holidayRegion: string;
  /** The region's public days the user works on (YYYY-MM-DD). */
  holidaysRemoved: string[];
  /** The user's own weekend (Date#getDay numbers, sorted); null: the region's. */
  weekend: number[] | null;
}

/** The pacing the guides recommend. */
export const DEFAULT_SETTINGS: PlanSettings = {
  inquiryBufferDays: 2,
  secondFollowUpGap: 5,
  moveOnGap: 10,
  holidays: [],
  holidayRegion: '',
  holidaysRemoved: [],
  weekend: null,
};

/**
 * One round of interviews (a recruiter screen, a video interview, a panel…) and the
 * follow-up that belongs to it. A round's follow-up records live in the round: the
 * thank-you after round 2 to someone first met in round 1 is a different message from
 * the one after round 1, and removing a round takes its records with it. What v4 called
 * an interview is an application with one round.
 */
export interface Round {
  /** Stable id, unique within its application ("round-1" for the round migrated from v4). */
  id: string;
  /** What the round was: recruiter screen, phone, video, on site, panel, final or assessment. */
  kind: RoundKind;
  /** How it was held (on site, video, phone): sets wording ("meeting you" vs "speaking with you"). */
  format: InterviewFormat;
  /** Its date as YYYY-MM-DD in `timeZone` ('' until known). */
  date: string;
  /** Start time as HH:mm, 24-hour, in `timeZone` ('' until known). */
  start: string;
  /** End time as HH:mm in `timeZone` ('' until known): the thank-you clock runs from it. */
  end: string;
  /** IANA time zone of the date and times, e.g. "Europe/London". */
  timeZone: string;
  /** Ids of the people met in this round, in the order the user writes to them. */
  met: string[];
  /** The hiring timeline they gave in this round, as they said it ("1-2 weeks"). */
  timeline: string;
  /** Id of the person who gave it ('' when not noted): an inquiry quotes it as theirs only. */
  timelineBy: string;
  /** A date the user picked for that timeline, used when the words could not be read. */
  timelineDate: string;
  /** The parser's last reading of `timeline` (a cache; null until read). */
  timelineReading: TimelineReading | null;
  /** Whether the user is sending a handwritten card after this round (adds its step to the plan). */
  wantsCard: boolean;
  /** Items promised in this round. */
  actionItems: ActionItem[];
  /** Follow-up steps of this round's plan the user ticked off, by step id. */
  steps: Record<string, boolean>;
  /**
   * Steps put off to a later day (YYYY-MM-DD), by step id: this round's plan steps and,
   * in the latest round, the application's outcome steps (their ids never meet). Absent
   * (a round made in this build) or {}: nothing snoozed; kept absent rather than {} so
   * every tool page does not carry the default.
   */
  snoozed?: Record<string, string>;
  /**
   * How the user is answering the application's offer and what the draft needs (in the
   * latest round, beside the draft). Absent until they first choose or type: accepting,
   * nothing typed, no offer letter yet, the door left open (OFFER_ANSWER_DEFAULTS).
   */
  offerAnswer?: OfferAnswer;
  /** Drafts by "kind:personId" (or "kind" for messages not to one person). */
  drafts: Record<string, Draft>;
  /** Every message about this round marked as sent, oldest first. */
  sent: SentRecord[];
}

/** What answering an offer is drafted from (lib/situations/offer-acceptance.ts, offer-decline.ts). */
export interface OfferAnswer {
  /** Accepting or declining: which draft the step shows and which kind "sent" records. */
  choice: OfferAnswerChoice;
  /** Accepting: the first day, YYYY-MM-DD, or '' to leave it out. */
  startDate: string;
  /** Accepting: the salary or other terms as offered, one line; '' for none. */
  terms: string;
  /** Accepting: whether the offer letter or contract has arrived (if not, the email asks for it). */
  writtenOffer: boolean;
  /** Declining: the reason in one line; '' gives none. */
  reason: string;
  /** Declining: whether to say they would like to stay in touch. */
  doorOpen: boolean;
}

/** One change of where an application stands. */
export interface Outcome {
  /** The new standing. */
  status: OutcomeStatus;
  /** The day it changed, YYYY-MM-DD (the user's date). */
  at: string;
  /** For an offer: the day they want an answer by, YYYY-MM-DD. */
  deadline?: string;
  /** Anything to remember about it ("verbal offer, written one to follow"). */
  note: string;
}

/** One job application and everything the user is doing to follow up on it. */
export interface Application {
  /** Stable id (v4's interview id, for an application migrated from one). */
  id: string;
  /** Company name, as the user wants it written in messages. */
  company: string;
  /** The role applied for, e.g. "Product Designer". */
  role: string;
  /** The job posting's address, if the user noted it. */
  jobLink: string;
  /** How it came about: applied directly, through a referral, or through an agency. */
  source: ApplicationSource;
  /** Everyone involved (interviewers, recruiter, references…), in the order added. */
  people: Person[];
  /** The user's own notes about the application. */
  notes: string;
  /** Qualifications the user wants to reaffirm, one per line. */
  qualifications: string;
  /** The rounds, in the order they happen; never empty (the reader adds a blank one). */
  rounds: Round[];
  /** Every change of standing, oldest first; the last is the current one (none: waiting). */
  outcomes: Outcome[];
  /** The company channels checklist (engagement log). */
  channels: Record<ChannelKind, Channel>;
  /** What the user read or engaged with at the company, oldest first. */
  engagement: EngagementEntry[];
  /** When the record was created (ISO instant). */
  createdAt: string;
  /** When the user archived it (ISO instant); '' or absent while it is in the pipeline. */
  archivedAt?: string;
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
  /** How follow-ups are paced, for every application. */
  settings: PlanSettings;
  /** The application the tools work on; null when there is none. */
  currentId: string | null;
  /** All applications, newest last. */
  applications: Application[];
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
    settings: { ...DEFAULT_SETTINGS, holidays: [], holidaysRemoved: [] },
    currentId: null,
    applications: [],
  };
}

/** A round with nothing in it yet, on `date` (YYYY-MM-DD or '') in `timeZone`. */
export function blankRound(id: string, timeZone: string, date: string): Round {
  return {
    id,
    kind: 'video',
    format: 'video',
    date,
    start: '',
    end: '',
    timeZone,
    met: [],
    timeline: '',
    timelineBy: '',
    timelineDate: '',
    timelineReading: null,
    wantsCard: false,
    actionItems: [],
    steps: {},
    drafts: {},
    sent: [],
  };
}
