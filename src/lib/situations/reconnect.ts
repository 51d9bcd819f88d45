// Getting back in touch some months after a rejection (src/docs/facts.md, "Beyond the first round": employers
// do come back to earlier candidates, and "a few months later, with a reason to write"
// is the kit's own timing). A reconnect note works when it is about
// something real, so it names what the candidate saw of the company and what they have
// done since, when they give them, and otherwise stays short rather than inventing
// either; it ends in one small question, a short call.
import { dayText } from './day-text';
import {
  TEAM,
  about,
  greeting,
  inTone,
  jobPhrase,
  letter,
  subjectLine,
  type ByTone,
  type DraftText,
  type SituationInput,
} from './letter';
import { oneLine } from '../thank-you/wording';

/** What a reconnect note is built from; every field beyond the base may be blank. */
export interface ReconnectInput extends SituationInput {
  /** When they last spoke: YYYY-MM-DD, or words that follow "We spoke" ("in March", "last spring"). */
  lastSpoke?: string;
  /** Something real the candidate saw of the company since, as it reads after "I was glad to see". */
  companyNews?: string;
  /** What the candidate has done since, as it reads after "Since then,": "I've led…". */
  update?: string;
  /** An opening they have seen, by its title ("Senior Product Designer"). */
  opening?: string;
}

/** Each tone's sentences; `when` is " in March" or '' and follows "We spoke". */
interface Wording {
  hello: string;
  spoke(when: string, job: string): string;
  news: string;
  since: string;
  opening(title: string): string;
  general: string;
  ask: string;
  signOff: string;
}

const WORDING: ByTone<Wording> = {
  warm: {
    hello: "I hope you've been well.",
    spoke: (when, job) =>
      `We spoke${when} about ${job}, and although it didn't work out then, I've kept following the team's work.`,
    news: 'I was glad to see',
    since: 'Since then,',
    opening: (title) => `I noticed the ${title} opening, and I'd love to be considered for it.`,
    general: "If a role like that opens up, I'd love to be considered.",
    ask: 'Would you be open to a short call in the next few weeks?',
    signOff: 'Best wishes,',
  },
  formal: {
    hello: 'I hope this message finds you well.',
    spoke: (when, job) =>
      `We spoke${when} about ${job}, and although I was not successful on that occasion, I have continued to follow your organisation's work with interest.`,
    news: 'I was pleased to read about',
    since: 'Since then,',
    opening: (title) =>
      `I noticed the ${title} vacancy and would welcome the opportunity to be considered for it.`,
    general: 'I would welcome the opportunity to be considered for suitable positions in future.',
    ask: 'Would you be open to a brief conversation in the coming weeks?',
    signOff: 'Kind regards,',
  },
  concise: {
    hello: '',
    spoke: (when, job) => `We spoke${when} about ${job}, and I've kept following the team since.`,
    news: 'I enjoyed seeing',
    since: 'Since then,',
    opening: (title) => `I'd love to be considered for the ${title} opening.`,
    general: "I'd love to be considered if a similar role opens up.",
    ask: 'Would you be open to a short call?',
    signOff: 'Best regards,',
  },
};

/** Words that already say when ("in March", "last spring", "a few months ago"). */
const WHEN =
  /^(?:in|on|at|last|back|earlier|this|during|around|about|over|before|a|some)\b|\bago$/i;

/** " on Tuesday 24 March" from a date or a weekday, " in March" from "March", " last spring" as typed. */
function spokeWhen(lastSpoke: unknown): string {
  const typed = oneLine(lastSpoke).replace(/[\s.,;:!?…]+$/u, '');
  if (/^\d{4}-\d\d-\d\d$/.test(typed)) {
    const day = dayText(typed);
    return day ? ` on ${day}` : '';
  }
  if (!typed) return '';
  if (WHEN.test(typed)) return ` ${typed}`;
  return /^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(typed)
    ? ` on ${typed}`
    : ` in ${typed}`;
}

/**
 * A note to someone at a company that turned the candidate down months ago: hello,
 * when and what they spoke about, something real about the company and what the
 * candidate has done since (each only when given), the opening they saw or a general
 * interest, and one small ask; signed with name and phone. `MESSAGE_LIMITS.reconnect`
 * (50–150 words). Never throws on any text.
 */
export function draftReconnect(input: ReconnectInput): DraftText {
  const { tone } = input;
  const w = inTone(WORDING, tone);
  const opening = oneLine(input.opening).replace(/\s+(?:role|position|job|opening|vacancy)$/i, '');
  const body = letter(
    greeting(tone, input.recipient, TEAM),
    [
      [w.hello, w.spoke(spokeWhen(input.lastSpoke), jobPhrase(input.role, input.company, tone))],
      [about(w.news, input.companyNews), about(w.since, input.update)],
      [opening ? w.opening(opening) : w.general, w.ask],
    ],
    w.signOff,
    input.candidate,
    true,
  );
  const subject = opening
    ? `Reconnecting about the ${opening} opening`
    : subjectLine('Reconnecting', input.role, input.company);
  return { subject, body };
}
