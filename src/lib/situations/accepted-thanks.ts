// The thank-yous sent once an offer is accepted (src/docs/facts.md, "Beyond the first round",
// "Thanking references": tell them about the new job and when you start, in a short
// note). A reference hears the outcome they helped bring about, which is what most of
// them want to know; the recruiter hears thanks for the
// process and an offer to help with anything needed before the start. Neither asks for
// anything, and each names only its own reader: the two go to different people.
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

/** What a thank-you to a reference is built from: `recipient` is the reference. */
export interface ReferenceThanksInput extends SituationInput {
  /** The first day in the new job, YYYY-MM-DD or as the user wrote it; '' leaves it out. */
  startDate?: string;
  /** What this reference did, as it reads after "Thank you especially for": "speaking with the hiring manager". */
  detail?: string;
}

/** What a thank-you to the recruiter after accepting is built from: `recipient` is the recruiter. */
export interface RecruiterThanksInput extends SituationInput {
  /** The first day in the new job, YYYY-MM-DD or as the user wrote it; '' leaves it out. */
  startDate?: string;
  /** An agency recruiter, who put the candidate forward, rather than the company's own. */
  agency?: boolean;
}

/** A reference may be greeted without a name: never "Dear Hiring Team". */
const SOMEONE: ByTone<string> = { warm: 'Hi there,', formal: 'Hello,', concise: 'Hello,' };

/** Each tone's sentences for the reference; `start` is ", starting on …" or ''. */
interface ReferenceWording {
  news(job: string, start: string): string;
  start: string;
  thanks: string;
  detail: string;
  favour: string;
  signOff: string;
}

const REFERENCE: ByTone<ReferenceWording> = {
  warm: {
    news: (job, start) =>
      `I wanted to share some good news: I've accepted an offer for ${job}${start}.`,
    start: ', starting on',
    thanks: 'Thank you so much for being one of my references.',
    detail: 'Thank you especially for',
    favour:
      "Your support made a real difference, and I'd be glad to return the favour any time. Let's catch up soon.",
    signOff: 'With thanks,',
  },
  formal: {
    news: (job, start) =>
      `I am pleased to let you know that I have accepted an offer for ${job}${start}.`,
    start: ', beginning on',
    thanks: 'Thank you sincerely for acting as a reference for me.',
    detail: 'I am particularly grateful to you for',
    favour:
      'Your support meant a great deal, and I would be glad to return the favour should the opportunity arise.',
    signOff: 'With best regards,',
  },
  concise: {
    news: (job, start) => `Good news: I've accepted an offer for ${job}${start}.`,
    start: ', starting on',
    thanks: 'Thank you for being my reference.',
    detail: 'Thanks especially for',
    favour: "It made a real difference, and I'm happy to return the favour any time.",
    signOff: 'Thanks again,',
  },
};

/**
 * A thank-you to a reference once the offer is accepted: the news with the job and
 * start date, thanks, what this reference did when given, and an offer to return the
 * favour; signed with the name only. `MESSAGE_LIMITS.acceptedThanks` (40–130 words).
 * Never throws on any text.
 */
export function draftReferenceThanks(input: ReferenceThanksInput): DraftText {
  const { tone } = input;
  const w = inTone(REFERENCE, tone);
  const day = dayText(input.startDate);
  const body = letter(
    greeting(tone, input.recipient, SOMEONE),
    [
      [
        w.news(jobPhrase(input.role, input.company, tone), day ? `${w.start} ${day}` : ''),
        w.thanks,
        about(w.detail, input.detail),
      ],
      [w.favour],
    ],
    w.signOff,
    input.candidate,
    false,
  );
  return { subject: 'Good news, and thank you', body };
}

/** Each tone's sentences for the recruiter. */
interface RecruiterWording {
  thanks(job: string): string;
  accepted(day: string): string;
  agency: string;
  inHouse: string;
  anything: string;
  signOff: string;
}

const RECRUITER: ByTone<RecruiterWording> = {
  warm: {
    thanks: (job) => `Thank you for all your help throughout the process for ${job}.`,
    accepted: (day) =>
      `I'm delighted to have accepted the offer${day ? `, and I'm looking forward to starting on ${day}` : ''}.`,
    agency:
      'Thank you for putting me forward, and for keeping me informed at every stage; it made the whole process much easier.',
    inHouse: 'You kept me informed at every stage, and it made the whole process much easier.',
    anything: "Please let me know if there's anything you need from me before I start.",
    signOff: 'Best wishes,',
  },
  formal: {
    thanks: (job) => `Thank you for your support throughout the recruitment process for ${job}.`,
    accepted: (day) =>
      `I am delighted to have accepted the offer${day ? ` and look forward to starting on ${day}` : ''}.`,
    agency:
      'I am grateful to you for putting me forward and for keeping me informed at every stage.',
    inHouse: 'Your clear communication at every stage was much appreciated.',
    anything: 'Please let me know if you need anything further from me before I begin.',
    signOff: 'Kind regards,',
  },
  concise: {
    thanks: (job) => `Thank you for your help with ${job}.`,
    accepted: (day) =>
      `I'm delighted to have accepted the offer${day ? ` and look forward to starting on ${day}` : ''}.`,
    agency: 'Thanks for putting me forward and for keeping me informed throughout.',
    inHouse: 'Thanks for keeping me informed throughout.',
    anything: 'Let me know if you need anything from me before I start.',
    signOff: 'Best,',
  },
};

/**
 * A thank-you to the recruiter once the offer is accepted: thanks for the process, the
 * acceptance and start date, thanks for putting the candidate forward when `agency`,
 * and an offer to help before the start; signed with the name only.
 * `MESSAGE_LIMITS.acceptedThanks` (40–130 words). Never throws on any text.
 */
export function draftRecruiterThanks(input: RecruiterThanksInput): DraftText {
  const { tone } = input;
  const w = inTone(RECRUITER, tone);
  const body = letter(
    greeting(tone, input.recipient, TEAM),
    [
      [w.thanks(jobPhrase(input.role, input.company, tone)), w.accepted(dayText(input.startDate))],
      [input.agency === true ? w.agency : w.inHouse, w.anything],
    ],
    w.signOff,
    input.candidate,
    false,
  );
  return { subject: subjectLine('Thank you', input.role, input.company), body };
}
