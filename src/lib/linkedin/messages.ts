// The LinkedIn connection note, the message once they accept, and when to send which
// (src/docs/facts.md, "LinkedIn"; guides/linkedin.mdx). The note has a hard character cap,
// so it is built as a list of versions from fullest to barest and the first that fits
// wins. It is never signed (the request shows the sender's name, and the guide says not
// to spend characters on a sign-off). Longer wording goes first, then the company, then the role, and the detail last, because it is what
// lets them place you. Only when even the barest version is too long are the user's own
// fields cut short.

import { MESSAGE_LIMITS } from '../messages/message-limits';
import { inWords } from '../messages/number-words';
import { PACING } from '../messages/pacing';
import { closeSentence, firstName, oneLine, points } from '../thank-you/wording';
import type {
  Application,
  LinkedInTier,
  Person,
  Profile,
  Round,
  Workspace,
} from '../workspace/schema';
import { countCharacters, truncateToCharacters } from './count';

/** What a connection note is built from. */
export interface ConnectionNoteInput {
  /** The company and role. */
  application: Pick<Application, 'company' | 'role'>;
  /** The round they met in: how it was held. */
  round: Pick<Round, 'format'>;
  interviewer: Person;
  profile: Pick<Profile, 'name'>;
  /** The one detail to mention, e.g. from {@link personalDetails}; '' for a note without one. */
  detail: string;
  /** Most characters allowed, as countCharacters counts them (`noteLimit(tier)`). */
  limit: number;
}

/** What the message after acceptance is built from. */
export interface AcceptedMessageInput {
  /** The company and role. */
  application: Pick<Application, 'company' | 'role'>;
  /** The round they met in: how it was held. */
  round: Pick<Round, 'format'>;
  interviewer: Person;
  profile: Pick<Profile, 'name'>;
  /** The detail to refer back to; '' for a general line about the conversation. */
  detail: string;
}

/** "the Product Designer role at Acme", "the role at Acme", "the Product Designer role", or ''. */
function positionPhrase(role: string, company: string): string {
  if (!role && !company) return '';
  const job = role ? (/\b(?:role|position|job)$/i.test(role) ? role : `${role} role`) : 'role';
  return company ? `the ${job} at ${company}` : `the ${job}`;
}

/** The user's fields, cleaned once; the note's versions are all built from these. */
interface NoteFields {
  first: string;
  met: string;
  role: string;
  company: string;
  detail: string;
}

/** Every version of the note, fullest first. Empty fields simply drop their words. */
function noteVersions({ first, met, role, company, detail }: NoteFields): string[] {
  const greeting = first ? `Hi ${first},` : 'Hi there,';
  const thanksLong = (position: string) =>
    closeSentence(
      position ? `thank you again for ${met} about ${position}` : `thank you again for ${met}`,
    );
  const thanksShort = (position: string) =>
    closeSentence(
      position ? `thanks again for our chat about ${position}` : 'thanks again for our chat',
    );
  const closeLong = "I'd be glad to stay connected and keep following your team's work.";
  const closeMid = "I'd be glad to stay connected.";
  const closeShort = 'Glad to stay in touch.';
  const both = positionPhrase(role, company);
  const roleOnly = positionPhrase(role, '');
  const companyOnly = positionPhrase('', company);
  const note = (...sentences: string[]) => [greeting, ...sentences].join(' ');

  const withDetail = detail
    ? [
        note(
          thanksLong(both),
          closeSentence(`I especially enjoyed our conversation about ${detail}`),
          closeLong,
        ),
        note(
          thanksLong(both),
          closeSentence(`I especially enjoyed our conversation about ${detail}`),
          closeMid,
        ),
        note(thanksShort(both), closeSentence(`I enjoyed discussing ${detail}`), closeMid),
        note(thanksShort(both), closeSentence(`I enjoyed discussing ${detail}`), closeShort),
        note(thanksShort(roleOnly), closeSentence(`I enjoyed discussing ${detail}`), closeShort),
        note(thanksShort(companyOnly), closeSentence(`I enjoyed discussing ${detail}`), closeShort),
        note(closeSentence(`thanks again for our chat about ${detail}`), closeShort),
      ]
    : [];
  return [
    ...withDetail,
    note(thanksLong(both), closeLong),
    note(thanksLong(both), closeMid),
    note(thanksShort(both), closeMid),
    note(thanksShort(roleOnly), closeShort),
    note(thanksShort(companyOnly), closeShort),
    note(thanksShort(''), closeShort),
  ];
}

/** The first version that fits, or undefined. */
function firstFit(versions: string[], limit: number): string | undefined {
  return versions.find((text) => countCharacters(text) <= limit);
}

/**
 * A connection-request note: greets the interviewer by first name, thanks them for the
 * conversation about the role (and company), mentions `detail`, and says you'd be glad
 * to stay connected: no pitch, no question about the decision (guides/linkedin.mdx).
 * Returns the fullest version within `limit` characters; when the user's own fields
 * are too long for any, they are shortened with "…", so the result always fits. Never
 * throws, and never says "undefined".
 */
export function draftConnectionNote(input: ConnectionNoteInput): string {
  const limit = Number.isNaN(input?.limit) ? 0 : Math.max(0, Math.floor(input?.limit ?? 0));
  const fields: NoteFields = {
    first: firstName(oneLine(input?.interviewer?.name)),
    met: input?.round?.format === 'on-site' ? 'meeting with me' : 'speaking with me',
    role: oneLine(input?.application?.role),
    company: oneLine(input?.application?.company),
    // Trailing punctuation would end the sentence early: "about the redesign. at Acme".
    detail: oneLine(input?.detail).replace(/[\s.,;:!?。，；：！？]+$/u, ''),
  };
  const fit = firstFit(noteVersions(fields), limit);
  if (fit !== undefined) return fit;

  // Only names, roles or companies far longer than real ones (or a tiny limit) get here;
  // the caps leave room for a note that still reads as one.
  const capped = noteVersions({
    ...fields,
    first: truncateToCharacters(fields.first, 24),
    role: truncateToCharacters(fields.role, 40),
    company: truncateToCharacters(fields.company, 40),
    detail: truncateToCharacters(fields.detail, 60),
  });
  return firstFit(capped, limit) ?? truncateToCharacters(capped[capped.length - 1] ?? '', limit);
}

/**
 * The message to send once they accept: thanks for connecting, a line back to the
 * conversation and `detail`, one sentence of continued interest that leaves next steps
 * to them, a small offer, and a sign-off with the user's name. About 60–120 words, within
 * `MESSAGE_LIMITS.linkedinMessage`.
 * Never asks about the decision (guides/linkedin.mdx: status questions belong in email).
 */
export function draftAcceptedMessage(input: AcceptedMessageInput): string {
  const first = firstName(oneLine(input?.interviewer?.name));
  const role = oneLine(input?.application?.role);
  const company = oneLine(input?.application?.company);
  const detail = oneLine(input?.detail);
  const me = oneLine(input?.profile?.name);
  const met = input?.round?.format === 'on-site' ? 'meeting with me' : 'speaking with me';
  const position = positionPhrase(role, company);
  const interest = role ? positionPhrase(role, '') : company ? `joining ${company}` : 'the role';

  return [
    first ? `Hi ${first},` : 'Hi there,',
    [
      closeSentence(
        position
          ? `Thanks for connecting, and thank you again for ${met} about ${position}`
          : `Thanks for connecting, and thank you again for ${met}`,
      ),
      detail
        ? closeSentence(`I especially enjoyed our conversation about ${detail}`)
        : 'I enjoyed learning more about the team and how you work.',
    ].join(' '),
    [
      closeSentence(
        `I'm still very interested in ${interest}, and I look forward to hearing about next steps whenever the team is ready`,
      ),
      "In the meantime, if anything I could send would help, such as work samples or references, I'd be happy to.",
    ].join(' '),
    'I hope the rest of your week goes well.',
    me ? `Best,\n${me}` : 'Best,',
  ].join('\n\n');
}

/** What {@link connectionAdvice} needs to know. */
export interface AdviceInput {
  tier: LinkedInTier;
  /** Requests sent with a note this calendar month ({@link notesSentThisMonth}). */
  notesThisMonth: number;
  /** Whether the thank-you email to this person has gone out. */
  thankYouSent: boolean;
}

/**
 * When to send the request and whether to add a note, as short paragraphs: after the
 * thank-you email (the facts.md default); without a note on a free account that has
 * used its `PACING.linkedinFreeNotesPerMonth`; never withdraw and resend.
 */
export function connectionAdvice({ tier, notesThisMonth, thankYouSent }: AdviceInput): {
  withNote: boolean;
  text: string[];
} {
  const used = Number.isFinite(notesThisMonth) ? Math.max(0, Math.floor(notesThisMonth)) : 0;
  const premium = tier === 'premium';
  const notes = PACING.linkedinFreeNotesPerMonth;
  const { free, premium: paid } = MESSAGE_LIMITS.linkedinNote;
  const withNote = premium || used < notes;
  const left = notes - used;
  const bareIsFine =
    'they met you recently and will recognize your name and photo from the interview, and the message you send once they accept does the talking.';

  const text = [
    thankYouSent
      ? 'Your thank-you email has gone out, so this is a good time to connect: a day or two after the email is ideal.'
      : 'Send your thank-you email first. The connection request follows it, usually a day or two later, so it adds to your thanks instead of replacing it.',
  ];
  if (premium) {
    text.push(
      `On Premium you can add a note to every request, up to ${paid.max} characters, though a short note is still the better note.`,
    );
  } else if (withNote) {
    text.push(
      used === 0
        ? `Free accounts can add a note to only about ${inWords(notes)} requests a month (LinkedIn's help page says five), up to ${free.max} characters each, so save them for the interviewers who matter most for this role.`
        : `Free accounts can add a note to only about ${inWords(notes)} requests a month, and you've used ${used} this month, so about ${left} ${left === 1 ? 'is' : 'are'} left: save ${left === 1 ? 'it' : 'them'} for the interviewers who matter most for this role.`,
      `Sending the request without a note is a sensible choice too: ${bareIsFine}`,
    );
  } else {
    text.push(
      `You've added a note to ${used} requests this month, and free accounts get only about ${inWords(notes)}, so send this request without a note.`,
      `That is a sensible choice, not a second best: ${bareIsFine} Check first that your profile photo is clear and your headline says what you do.`,
    );
  }
  text.push(
    "Once it's sent, leave it: withdrawing a request to fix it blocks you from inviting that person again for about three weeks, and an unanswered request says nothing about your candidacy.",
  );
  return { withNote, text };
}

/**
 * Connection requests sent with a note in the calendar month of `now`, as the user in
 * `timeZone` sees the month, across every interview: free accounts get only a few a
 * month. Records without `withNote` count, since a request usually carries a note. An
 * unknown zone counts as UTC; unreadable records are skipped.
 */
export function notesSentThisMonth(ws: Workspace, now: Date, timeZone: string): number {
  let month: Intl.DateTimeFormat;
  try {
    month = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric' });
  } catch {
    month = new Intl.DateTimeFormat('en-US', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
    });
  }
  const monthOf = (instant: Date) => (Number.isNaN(instant.getTime()) ? '' : month.format(instant));
  const current = now instanceof Date ? monthOf(now) : '';
  if (current === '') return 0;

  let count = 0;
  for (const app of Array.isArray(ws?.applications) ? ws.applications : []) {
    for (const round of Array.isArray(app?.rounds) ? app.rounds : []) {
      for (const sent of Array.isArray(round?.sent) ? round.sent : []) {
        if (sent?.kind !== 'linkedin' || sent.withNote === false || typeof sent.at !== 'string')
          continue;
        if (monthOf(new Date(sent.at)) === current) count += 1;
      }
    }
  }
  return count;
}

/**
 * The details a user can pick from for the note, most personal first: each line of the
 * interviewer's topics, then their rapport lines, then engagement-log entries marked
 * worth mentioning. Trimmed, list markers dropped, repeats (ignoring case) removed.
 */
export function personalDetails(
  application: Pick<Application, 'engagement'>,
  interviewer: Person,
): string[] {
  const engagement = Array.isArray(application?.engagement) ? application.engagement : [];
  const all = [
    ...points(interviewer?.topics),
    ...points(interviewer?.rapport),
    ...engagement.filter((entry) => entry?.worthMentioning).map((entry) => oneLine(entry.what)),
  ];
  const seen = new Set<string>();
  return all.filter((detail) => {
    const key = detail.toLowerCase();
    if (detail === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
