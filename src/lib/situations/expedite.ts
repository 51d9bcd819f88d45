// The note to a company the candidate is still interviewing with, once an offer from
// elsewhere has a deadline (src/docs/facts.md,
// "Beyond the first round", "Telling other employers about an offer": be open about it,
// say you have an offer, ask where you stand and whether the process can be brought
// forward; many cannot move quickly). So it says there is an offer and when it must be
// answered, calls this company
// the first choice only when the user says it is, asks a question rather than setting a
// condition, and says plainly that a "no" is understood. The company's name never starts
// a sentence, where "eBay" would have to become "EBay". It never names the other
// company or the offer's terms: that would be bargaining, not asking.
import { oneLine } from '../thank-you/wording';
import { dayText } from './day-text';
import {
  TEAM,
  greeting,
  inTone,
  jobPhrase,
  letter,
  subjectLine,
  type ByTone,
  type DraftText,
  type SituationInput,
} from './letter';

/** What an expedite note is built from. */
export interface ExpediteInput extends SituationInput {
  /** When the other offer must be answered, YYYY-MM-DD or as the user wrote it. */
  offerDeadline: string;
  /** True only when the user says this company is their first choice. */
  preferred: boolean;
  /** Their latest round here, YYYY-MM-DD or as the user wrote it; '' leaves it out. */
  lastInterview?: string;
}

/** The parts each tone fills in; `by` is the deadline clause, '' when none was given. */
interface Wording {
  thanks(job: string, last: string): string;
  offer(by: string): string;
  first(company: string): string;
  still(job: string): string;
  ask(hasDate: boolean): string;
  understand: string;
  signOff: string;
}

const WORDING: ByTone<Wording> = {
  warm: {
    thanks: (job, last) =>
      `Thank you again for our conversations about ${job}${last ? `, most recently on ${last}` : ''}.`,
    offer: (by) =>
      by
        ? `I wanted to let you know that I've received an offer from another company, and I've been asked to give my answer by ${by}.`
        : "I wanted to let you know that I've received an offer from another company, with a deadline to answer.",
    first: (company) =>
      `To be clear, ${company || 'your team'} is my first choice, and I'd much rather join you if it works out.`,
    still: (job) =>
      `I'm still very interested in ${job}, and I'd like to know where things stand before I decide.`,
    ask: (hasDate) =>
      `Would your timeline allow an update ${hasDate ? 'before then' : 'in the next few days'}?`,
    understand:
      "I understand if it can't change, and I'm happy to make myself available for any remaining steps.",
    signOff: 'Best wishes,',
  },
  formal: {
    thanks: (job, last) =>
      `Thank you again for the opportunity to interview for ${job}${last ? `, most recently on ${last}` : ''}.`,
    offer: (by) =>
      by
        ? `I am writing to let you know that I have received an offer from another organisation, which I have been asked to answer by ${by}.`
        : 'I am writing to let you know that I have received an offer from another organisation, with a deadline for my answer.',
    first: (company) =>
      `I should add that ${company || 'your organisation'} remains my first choice, and I would much prefer to join your team.`,
    still: (job) =>
      `I remain very interested in ${job} and would value knowing where my application stands before I respond.`,
    ask: (hasDate) =>
      `Would it be possible to receive an update on your timeline ${hasDate ? 'before that date' : 'in the coming days'}?`,
    understand:
      'I fully understand if your process cannot be shortened, and I would be glad to make myself available for any remaining steps.',
    signOff: 'Kind regards,',
  },
  concise: {
    thanks: (job, last) =>
      `Thank you again for interviewing me for ${job}${last ? ` on ${last}` : ''}.`,
    offer: (by) =>
      by
        ? `I've received an offer from another company and need to give my answer by ${by}.`
        : "I've received an offer from another company, with a deadline to answer.",
    first: (company) => `To be clear, ${company || 'your team'} is my first choice.`,
    still: (job) => `I'm still very interested in ${job}.`,
    ask: (hasDate) => `Could your timeline allow an update ${hasDate ? 'before then' : 'soon'}?`,
    understand: "I understand if not, and I'm available for any remaining steps.",
    signOff: 'Best regards,',
  },
};

/**
 * An honest note asking whether the company's timeline can accommodate another offer's
 * deadline: thanks, the offer and its date, this company as the first choice only when
 * `preferred` (otherwise continued interest), one question about the timeline, and an
 * explicit "I understand if not". Signed with name and phone, since they may call.
 * `MESSAGE_LIMITS.expedite` (70–170 words). Never throws on any text.
 */
export function draftExpedite(input: ExpediteInput): DraftText {
  const { tone } = input;
  const w = inTone(WORDING, tone);
  const job = jobPhrase(input.role, input.company, tone);
  const by = dayText(input.offerDeadline);
  const company = oneLine(input.company);
  const body = letter(
    greeting(tone, input.recipient, TEAM),
    [
      [w.thanks(job, dayText(input.lastInterview)), w.offer(by)],
      [
        input.preferred ? w.first(company) : w.still(jobPhrase(input.role, '', tone)),
        w.ask(by !== ''),
        w.understand,
      ],
    ],
    w.signOff,
    input.candidate,
    true,
  );
  return {
    subject: subjectLine('A question about your timeline', input.role, input.company),
    body,
  };
}
