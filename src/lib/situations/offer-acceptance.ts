// Accepting an offer in writing (src/docs/facts.md, "Beyond the first round",
// "Answering an offer in writing"): the yes in the first lines, thanks, the role by
// name, the terms as they were offered (salary or other terms, the start date) so there
// is a written record, or a request for the written offer when it has not come yet, and
// what happens next. The terms are the user's own line: the kit cannot know them. It
// says "offer letter" and asks for "a copy": the tone checker reads "send the written
// offer" as a demand (entitlement), and so would a recruiter skimming it.
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

/** What an acceptance is built from. */
export interface OfferAcceptanceInput extends SituationInput {
  /** The agreed first day, YYYY-MM-DD or as the user wrote it; '' leaves it out. */
  startDate?: string;
  /** The salary or other terms, one line as the user noted them ("£52,000 a year"); '' for none. */
  terms?: string;
  /** Whether the written offer (letter or contract) has arrived: if not, the email asks for it. */
  writtenOffer: boolean;
}

/** Each tone's parts; `written` says whether the written offer is in hand. */
interface Wording {
  accept(job: string): string[];
  /** The lead before the user's terms, which follow it after a space. */
  terms(written: boolean): string;
  start(date: string): string;
  /** Without terms typed: the written offer read and agreed, or asked for. */
  written: string;
  askWritten: string;
  next: string;
  close: string;
  signOff: string;
}

const WORDING: ByTone<Wording> = {
  warm: {
    accept: (job) => [`Thank you so much for the offer for ${job}.`, "I'm delighted to accept it."],
    terms: (written) =>
      written
        ? "As set out in your offer letter, I'm happy to confirm the terms:"
        : 'To confirm the terms as you offered them:',
    start: (date) => `I look forward to starting on ${date}.`,
    written: "I've read the offer letter and I'm happy with the terms it sets out.",
    askWritten:
      "When the offer letter is ready, I'd be grateful if you could send it over so I can look through the details.",
    next: 'Please let me know what you need from me before my first day, and what happens next.',
    close: "I'm really looking forward to joining the team.",
    signOff: 'Best wishes,',
  },
  formal: {
    accept: (job) => [
      `Thank you for offering me ${job}.`,
      'I am pleased to formally accept the offer.',
    ],
    terms: (written) =>
      written
        ? 'I confirm the terms as set out in the offer letter:'
        : 'For our records, I confirm the terms as they were offered:',
    start: (date) => `I look forward to starting on ${date}.`,
    written: 'I have reviewed the offer letter and accept the terms it sets out.',
    askWritten:
      'I would be grateful for a copy of the offer letter when it is ready, so that I can review the details.',
    next: 'Please let me know of anything you require from me before my first day, and of the next steps.',
    close: 'I look forward to joining your team.',
    signOff: 'Kind regards,',
  },
  concise: {
    accept: (job) => [`Thank you for the offer for ${job}; I'm happy to accept.`],
    terms: (written) => (written ? 'As in the offer letter:' : 'To confirm the terms:'),
    start: (date) => `I'm glad to start on ${date}.`,
    written: "I've read the offer letter and I'm happy with its terms.",
    askWritten: "I'd be grateful for a copy of the offer letter when it's ready.",
    next: 'Please let me know if you need anything from me before my first day.',
    close: 'Looking forward to joining the team.',
    signOff: 'Best regards,',
  },
};

/**
 * An acceptance: thanks and a clear yes, the terms as offered (the user's `terms` line
 * and the `startDate`), the written offer acknowledged or asked for, what happens next,
 * and a warm close; signed with name and phone, since they may well call.
 * `MESSAGE_LIMITS.offerAcceptance`. Blank fields drop their words; never throws on any text.
 */
export function draftOfferAcceptance(input: OfferAcceptanceInput): DraftText {
  const { tone } = input;
  const w = inTone(WORDING, tone);
  const written = input.writtenOffer;
  const terms = about(w.terms(written), input.terms);
  const date = dayText(input.startDate);
  const body = letter(
    greeting(tone, input.recipient, TEAM),
    [
      w.accept(jobPhrase(input.role, input.company, tone)),
      [terms || (written ? w.written : ''), date ? w.start(date) : '', written ? '' : w.askWritten],
      [w.next, w.close],
    ],
    w.signOff,
    input.candidate,
    true,
  );
  return { subject: subjectLine('Accepting your offer', input.role, input.company), body };
}
