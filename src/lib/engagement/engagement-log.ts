// The company-engagement log (guides/staying-engaged.mdx): the channels checklist, the
// dated log of what the user read or reacted to, gentle notes when the log shows the
// pattern the guide warns about, and the entries offered to the message builders.
// Plain functions on plain data, so the island stays thin and the tests need no DOM.
import { inWords } from '../messages/number-words';
import { PACING } from '../messages/pacing';
import { closeSentence } from '../thank-you/wording';
import { mapApplication, newId } from '../workspace/operations';
import {
  CHANNEL_KINDS,
  type Channel,
  type ChannelKind,
  type EngagementEntry,
  type EngagementKind,
  type Application,
  type Workspace,
} from '../workspace/schema';

/** The channels checklist: what each one is, and why it is worth following. */
export const CHANNEL_LABELS: Record<ChannelKind, { name: string; hint: string }> = {
  news: {
    name: 'Company news page',
    hint: 'Launches, hires and announcements: the news you are most likely to mention when a follow-up is due.',
  },
  'linkedin-page': {
    name: 'Company LinkedIn page',
    hint: 'Updates reach your feed without you searching for them, and following is invisible and costs nothing.',
  },
  blog: {
    name: 'Company blog or engineering blog',
    hint: 'Shows what the team is working on and cares about this month, which helps if you are invited back.',
  },
  social: {
    name: 'Other social accounts (X, Instagram, YouTube…)',
    hint: "Events and smaller news often appear here first; follow official accounts only, never your interviewers' personal ones.",
  },
};

/**
 * A channel's name mid-sentence ("Address of the company LinkedIn page"): only the
 * first letter drops its capital, so names such as LinkedIn keep theirs.
 */
export function channelNameInSentence(kind: ChannelKind): string {
  const label = CHANNEL_LABELS[kind].name;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** How each kind of entry reads in the log. */
export const ENGAGEMENT_LABELS: Record<EngagementKind, string> = {
  read: 'Read',
  comment: 'Commented',
  share: 'Shared',
  like: 'Liked',
  event: 'Attended an event or webinar',
  other: 'Other',
};

/** Longest address we accept: past this it is pasted text, not a link someone will follow. */
const MAX_LINK_LENGTH = 2000;

/** What {@link checkLink} made of the user's text. */
export type LinkCheck =
  { kind: 'empty' } | { kind: 'ok'; href: string } | { kind: 'invalid'; reason: string };

/**
 * Reads what the user typed as a link. Only absolute http and https addresses pass; a
 * bare address ("example.com/news") gets https:// in front. `href` is rebuilt by the URL
 * parser (host lower-cased and punycoded, unsafe characters percent-encoded), so it is
 * safe to put in an href. Everything else (javascript:, data:, mailto:, credentials,
 * bare words, markup) is invalid with a one-sentence reason. Never throws.
 */
export function checkLink(input: string): LinkCheck {
  const text = typeof input === 'string' ? input.trim() : '';
  if (text === '') return { kind: 'empty' };
  if (text.length > MAX_LINK_LENGTH)
    return {
      kind: 'invalid',
      reason: 'That is too long to be a web address; paste only the link.',
    };
  // The URL parser quietly drops tabs and line breaks ("java\nscript:"), so refuse them
  // before it can read something the user did not see.
  if (/[\s\p{Cc}]/u.test(text))
    return {
      kind: 'invalid',
      reason: 'A web address has no spaces or line breaks in it; paste only the link.',
    };

  let candidate = text;
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(text)?.[1]?.toLowerCase();
  // "example.com:8080/news" looks like a scheme followed by a port; it is a bare address.
  const hostWithPort =
    scheme !== undefined && scheme.includes('.') && /^[^:]+:\d+(?:[/?#]|$)/.test(text);
  if (scheme !== undefined && !hostWithPort) {
    if (scheme !== 'http' && scheme !== 'https') {
      return {
        kind: 'invalid',
        reason: 'Only web page addresses starting with http:// or https:// can be saved as links.',
      };
    }
    if (!/^https?:\/\//i.test(text))
      return {
        kind: 'invalid',
        reason: 'That address is missing the “//” after “http:”; paste the whole link.',
      };
  } else if (text.startsWith('//')) {
    candidate = `https:${text}`;
  } else if (text.startsWith('/') || text.startsWith('\\')) {
    return {
      kind: 'invalid',
      reason: 'That is only part of an address; paste the whole link, such as example.com/news.',
    };
  } else if (/^[^/?#@]+@[^/?#@]+\.[^/?#@]+$/.test(text)) {
    // Without a scheme, "a@b.com" would parse as a user name on host b.com.
    return {
      kind: 'invalid',
      reason: 'That looks like an email address; a link should point to a web page.',
    };
  } else {
    candidate = `https://${text}`;
  }

  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return {
      kind: 'invalid',
      reason: 'That does not look like a web address; it should look like example.com/news.',
    };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return {
      kind: 'invalid',
      reason: 'Only web page addresses starting with http:// or https:// can be saved as links.',
    };
  }
  // A user name or password in a link is either a leaked secret or a trick to make one
  // site look like another (https://bank.com@evil.example).
  if (url.username !== '' || url.password !== '') {
    return {
      kind: 'invalid',
      reason: 'Leave out any user name or password: a link to a public page does not need them.',
    };
  }
  // A company page lives on a real domain: labels of letters, digits and hyphens (the
  // parser has already punycoded any other script), at least two of them. A single word
  // ("news", "localhost") is almost always something other than an address, and the
  // parser lets through hosts such as `".;` that no site has.
  const host = url.hostname;
  if (
    !host.startsWith('[') &&
    !/^(?:[a-z0-9_](?:[a-z0-9_-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.?$/i.test(host)
  ) {
    return {
      kind: 'invalid',
      reason: 'That does not look like a web address; it should look like example.com/news.',
    };
  }
  return { kind: 'ok', href: url.href };
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a real YYYY-MM-DD calendar day, or null. */
function dayNumber(date: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typeof date === 'string' ? date : '');
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  // setUTCFullYear, because Date.UTC reads years 0–99 as 1900–1999.
  const back = new Date(Date.UTC(2000, month - 1, day));
  back.setUTCFullYear(year);
  const ms = back.getTime();
  // Date rolls 30 February over into March; a different day back means it never existed.
  if (
    back.getUTCFullYear() !== year ||
    back.getUTCMonth() !== month - 1 ||
    back.getUTCDate() !== day
  )
    return null;
  return ms / DAY_MS;
}

/** What {@link checkEntryDate} made of the user's date. */
export type EntryDateCheck = { kind: 'ok'; date: string } | { kind: 'invalid'; reason: string };

/**
 * Checks the day an entry happened: YYYY-MM-DD, a real calendar day, not after `today`
 * (the log records what was done, not plans) and not before 2000 (a mistyped year).
 * A malformed `today` skips the future check rather than rejecting every date.
 */
export function checkEntryDate(input: string, today: string): EntryDateCheck {
  const date = typeof input === 'string' ? input.trim() : '';
  if (date === '') return { kind: 'invalid', reason: 'Enter the day you did it.' };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
    return { kind: 'invalid', reason: 'Write the date as YYYY-MM-DD, for example 2026-11-12.' };
  if (dayNumber(date) === null)
    return { kind: 'invalid', reason: 'That day does not exist; check the month and day.' };
  if (dayNumber(today) !== null && date > today)
    return {
      kind: 'invalid',
      reason: 'That date is in the future: log things once you have done them.',
    };
  if (date < '2000-01-01')
    return { kind: 'invalid', reason: 'That date is before 2000; check the year.' };
  return { kind: 'ok', date };
}

/** What the "add to the log" form holds, as typed. */
export interface LogEntryForm {
  date: string;
  kind: EngagementKind;
  what: string;
  link: string;
  worthMentioning: boolean;
}

/** What {@link checkLogEntry} made of the form: the entry to add, or every problem with it. */
export type LogEntryCheck =
  { kind: 'ok'; entry: Omit<EngagementEntry, 'id'> } | { kind: 'invalid'; problems: string[] };

/**
 * Checks the "add to the log" form before anything is saved: the day by
 * {@link checkEntryDate}, words saying what it was, and an optional link by
 * {@link checkLink}. Every problem is listed at once, in the form's order, each a
 * sentence to show; a valid form gives the entry to add, its words trimmed and its link
 * rebuilt ('' when none was given).
 */
export function checkLogEntry(form: LogEntryForm, today: string): LogEntryCheck {
  const day = checkEntryDate(form.date, today);
  const href = checkLink(form.link);
  const what = form.what.trim();
  const problems = [
    ...(day.kind === 'invalid' ? [day.reason] : []),
    ...(what
      ? []
      : [
          'Say what it was, in the words you would use in a message (for example "their post on the accessibility audit").',
        ]),
    ...(href.kind === 'invalid' ? [href.reason] : []),
  ];
  if (problems.length > 0 || day.kind !== 'ok') return { kind: 'invalid', problems };
  return {
    kind: 'ok',
    entry: {
      date: day.date,
      kind: form.kind,
      what,
      link: href.kind === 'ok' ? href.href : '',
      worthMentioning: form.worthMentioning,
    },
  };
}

/** Oldest first by date; Array#sort is stable, so same-day entries keep the order they were logged in. */
function byDate(entries: readonly EngagementEntry[]): EngagementEntry[] {
  return [...entries].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The log of one application, or undefined when the application is unknown. */
function logOf(ws: Workspace, appId: string): EngagementEntry[] | undefined {
  return ws.applications.find((i) => i.id === appId)?.engagement;
}

/**
 * Adds an entry to an application's log, kept oldest first. An unknown application, or an id
 * already in the log (a double-submitted form), leaves the workspace unchanged.
 */
export function addEngagement(
  ws: Workspace,
  appId: string,
  entry: Omit<EngagementEntry, 'id'>,
  id = newId(),
): Workspace {
  const log = logOf(ws, appId);
  if (!log || log.some((e) => e.id === id)) return ws;
  return mapApplication(ws, appId, (i) => ({
    ...i,
    engagement: byDate([...i.engagement, { ...entry, id }]),
  }));
}

/** Applies a patch to one entry and re-sorts the log (the date may have changed). Unknown ids leave the workspace unchanged. */
export function updateEngagement(
  ws: Workspace,
  appId: string,
  entryId: string,
  patch: Partial<Omit<EngagementEntry, 'id'>>,
): Workspace {
  if (!logOf(ws, appId)?.some((e) => e.id === entryId)) return ws;
  return mapApplication(ws, appId, (i) => ({
    ...i,
    engagement: byDate(
      i.engagement.map((e) => (e.id === entryId ? { ...e, ...patch, id: entryId } : e)),
    ),
  }));
}

/** Removes one entry. Unknown ids leave the workspace unchanged; the store's previous value serves Undo. */
export function removeEngagement(ws: Workspace, appId: string, entryId: string): Workspace {
  if (!logOf(ws, appId)?.some((e) => e.id === entryId)) return ws;
  return mapApplication(ws, appId, (i) => ({
    ...i,
    engagement: i.engagement.filter((e) => e.id !== entryId),
  }));
}

/** Updates one channel on the checklist (its address, or whether it is followed). */
export function setChannel(
  ws: Workspace,
  appId: string,
  kind: ChannelKind,
  patch: Partial<Channel>,
): Workspace {
  if (!CHANNEL_KINDS.includes(kind)) return ws;
  return mapApplication(ws, appId, (i) => {
    const current: Channel = i.channels[kind] ?? { url: '', followed: false };
    return { ...i, channels: { ...i.channels, [kind]: { ...current, ...patch } } };
  });
}

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

/**
 * A log day as people read it, "Thu 12 Nov"; with the year ("Thu 12 Nov 2025") when it
 * is not the year of `today`. Formatted in UTC, since the date is a calendar day and a
 * local zone could shift it. Anything that is not a real day comes back as given.
 */
export function formatLogDay(date: string, today = ''): string {
  const day = dayNumber(date);
  if (day === null) return typeof date === 'string' ? date : '';
  const sameYear = dayNumber(today) === null || today.slice(0, 4) === date.slice(0, 4);
  // The year is appended rather than asked of Intl, whose en-GB adds a comma ("Tue, 30 Dec 2025").
  const label = dayFormat.format(day * DAY_MS);
  return sameYear ? label : `${label} ${Number(date.slice(0, 4))}`;
}

/** One day of the log, for a dated display. */
export interface LogDay {
  /** YYYY-MM-DD, as stored. */
  date: string;
  /** "Thu 12 Nov" (see {@link formatLogDay}). */
  label: string;
  /** That day's entries, the latest logged first. */
  entries: EngagementEntry[];
}

/** The log grouped by day, newest day first and the latest logged first within a day: a diary read from the top. */
export function entriesByDay(entries: readonly EngagementEntry[], today = ''): LogDay[] {
  const days: LogDay[] = [];
  for (const entry of byDate(entries).reverse()) {
    const last = days[days.length - 1];
    if (last && last.date === entry.date) last.entries.push(entry);
    else days.push({ date: entry.date, label: formatLogDay(entry.date, today), entries: [entry] });
  }
  return days;
}

/** Reactions that send the company a notification; reading does not, so it never counts against the user. */
const REACTIONS: ReadonlySet<EngagementKind> = new Set(['comment', 'share', 'like']);
/** Likes within a week, with no comment among them, that make a "string of likes". */
export const LIKES_THRESHOLD = 3;
/** Only recent entries count: a slip a month ago is history, and a note about it would nag forever. */
export const GUARDRAIL_RECENT_DAYS = 14;
/**
 * Below this many entries the log is too short to show a habit, so it says nothing about
 * likes or mentions; a day over the reaction limit is noted however short the log.
 */
const MIN_ENTRIES = 3;

/** A gentle note about a pattern in the log. */
export interface Guardrail {
  /** burst: more reactions in one day than `PACING.reactionsPerDay`; likes: a string of likes with no comment; mention: nothing marked for the messages. */
  kind: 'burst' | 'likes' | 'mention';
  /** Plain sentences, ready to show. */
  text: string;
}

/**
 * Notes on the patterns the guide warns about, gently worded, looking at the last
 * {@link GUARDRAIL_RECENT_DAYS} days before `today` (every entry when `today` is not a
 * date). Entries without a real date are ignored. A day with more likes, comments and
 * shares than `PACING.reactionsPerDay` is always named, the guide's own limit; the other
 * notes wait for a log of 3 entries or more, and silence is never flagged: the guide
 * says commenting "never" is fine.
 */
export function engagementGuardrails(
  entries: readonly EngagementEntry[],
  today: string,
): Guardrail[] {
  const list: readonly EngagementEntry[] = Array.isArray(entries) ? entries : [];
  const todayNumber = dayNumber(today);
  const dated = byDate(list)
    .map((entry) => ({ entry, day: dayNumber(entry.date) }))
    .filter(
      (d): d is { entry: EngagementEntry; day: number } =>
        d.day !== null && (todayNumber === null || d.day > todayNumber - GUARDRAIL_RECENT_DAYS),
    );
  const notes: Guardrail[] = [];

  // Burst: the busiest day of reactions; on a tie, the most recent, which the user remembers.
  const perDay = new Map<number, number>();
  for (const { entry, day } of dated)
    if (REACTIONS.has(entry.kind)) perDay.set(day, (perDay.get(day) ?? 0) + 1);
  let burst: { day: number; count: number } | null = null;
  for (const [day, count] of perDay)
    if (count > PACING.reactionsPerDay && (!burst || count >= burst.count)) burst = { day, count };
  if (burst) {
    notes.push({
      kind: 'burst',
      text: `You logged ${burst.count} likes, comments and shares on ${formatLogDay(isoOf(burst.day), today)}. A burst like that can look like a checklist being worked through; when you catch up on a week of posts, read them all but react to ${inWords(PACING.reactionsPerDay)} at most.`,
    });
  }
  if (list.length < MIN_ENTRIES) return notes;

  // A string of likes: any 7 days, starting at a like, holding 3 or more likes and no comment.
  const likes = dated.filter((d) => d.entry.kind === 'like').map((d) => d.day);
  const comments = dated.filter((d) => d.entry.kind === 'comment').map((d) => d.day);
  let run: { start: number; end: number; count: number } | null = null;
  for (const start of likes) {
    const end = start + 6;
    const inWindow = likes.filter((d) => d >= start && d <= end);
    const last = inWindow[inWindow.length - 1] ?? start;
    // Name the latest run; of windows ending on the same like, the first holds the most.
    if (
      inWindow.length >= LIKES_THRESHOLD &&
      !comments.some((d) => d >= start && d <= end) &&
      (!run || last > run.end)
    ) {
      run = { start, end: last, count: inWindow.length };
    }
  }
  // A burst of likes on one day is already named above; one note per habit is enough.
  if (run && !(burst && burst.day >= run.start && burst.day <= run.end)) {
    const span =
      run.start === run.end
        ? `on ${formatLogDay(isoOf(run.start), today)}`
        : `between ${formatLogDay(isoOf(run.start), today)} and ${formatLogDay(isoOf(run.end), today)}`;
    notes.push({
      kind: 'likes',
      text: `You liked ${run.count} posts ${span} without leaving a comment. A string of likes can read as anxious rather than interested; one comment that adds a point or a question, when you have one, does more.`,
    });
  }

  // The log exists to feed one good sentence into the status inquiry (guide, step 7).
  if (!list.some((e) => e.worthMentioning)) {
    notes.push({
      kind: 'mention',
      text: 'Nothing is marked worth mentioning yet. When an item ties back to something from your interview, mark it and the status inquiry will offer it; the rest is useful background.',
    });
  }
  return notes;
}

/** YYYY-MM-DD for a day number from {@link dayNumber}. */
function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** An entry offered to the message builders as a personal detail. */
export interface MentionOption {
  /** The entry's id. */
  id: string;
  /** What it was, as the user wrote it (trimmed). */
  text: string;
  /** A finished sentence a message can use as it is. */
  sentence: string;
}

/** Sentence openings by kind: what the user did decides the verb. */
const LEADS: Record<EngagementKind, string> = {
  read: 'I enjoyed reading about',
  comment: "I've been following",
  share: "I've been following",
  like: "I've been following",
  event: 'I enjoyed',
  other: 'I noticed',
};

/** Words that start a phrase but not a name, so "Their launch" can follow "I noticed" in lower case. */
const LEADING_WORD = /^(?:The|Their|Its|A|An|This|That|These|Those|Your|Our|How|What|Why)(?= )/;

/** The user's phrase as the end of a sentence: one line, no trailing comma, exactly one closing mark. */
function sentenceFrom(lead: string, what: string): string {
  const phrase = what
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:–—-]+$/u, '')
    .replace(LEADING_WORD, (w) => w.toLowerCase());
  return closeSentence(`${lead} ${phrase}`);
}

/**
 * The entries marked worth mentioning, newest first (the latest news is the one to use),
 * each with a sentence the message builders can insert: "I enjoyed reading about the
 * Spanish-language patient app." Entries with nothing written are left out.
 */
export function worthMentioning(application: Pick<Application, 'engagement'>): MentionOption[] {
  const log = Array.isArray(application?.engagement) ? application.engagement : [];
  return byDate(log)
    .reverse()
    .filter((e) => e.worthMentioning && typeof e.what === 'string' && /[\p{L}\p{N}]/u.test(e.what))
    .map((e) => ({
      id: e.id,
      text: e.what.trim(),
      sentence: sentenceFrom(LEADS[e.kind] ?? LEADS.other, e.what.trim()),
    }));
}
