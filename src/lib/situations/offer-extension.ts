// Asking the company that made an offer for more time to answer it (src/docs/facts.md, "Beyond the first round", "Asking for
// more time on an offer": common and accepted; ask early, and for the shortest
// extension that will do). Enthusiasm first, so the request cannot read as a
// lukewarm "no"; then one specific new date, because "a bit more time" makes them
// guess, and a promise to answer by it. The reason is a choice of plain ones, or none.
import { dayText } from './day-text';
import {
  TEAM,
  greeting,
  inTone,
  phraseFor,
  jobPhrase,
  letter,
  subjectLine,
  type ByTone,
  type DraftText,
  type SituationInput,
} from './letter';

/** Why more time is needed, as the message puts it: '' gives no reason. */
export type ExtensionReason = '' | 'family' | 'other-process' | 'details' | 'relocation';

/** What a request for more time is built from. */
export interface OfferExtensionInput extends SituationInput {
  /** The date the candidate asks to answer by, YYYY-MM-DD or as the user wrote it. */
  newDate: string;
  /** The deadline they gave, the same way; '' leaves it out. */
  currentDeadline?: string;
  reason?: ExtensionReason;
}

/** Each tone's parts; reasons are clauses that follow "to", as in "more time to …". */
interface Wording {
  reasons: Record<Exclude<ExtensionReason, ''>, string>;
  thanks(job: string): string;
  enthusiasm: string;
  /** The request, with the reason clause ('' for none) and the new and current dates. */
  ask(reason: string, date: string, current: string): string;
  promise: string;
  close: string;
  signOff: string;
}

const WORDING: ByTone<Wording> = {
  warm: {
    reasons: {
      family: 'talk it through with my family',
      'other-process': 'finish another interview process I had already committed to',
      details: 'go through the details properly',
      relocation: 'work out the practicalities of the move',
    },
    thanks: (job) => `Thank you so much for the offer for ${job}.`,
    enthusiasm: "I'm genuinely excited about it, and about the chance to work with the team.",
    ask: (reason, date, current) =>
      `Before I give you my answer, I'd like a little more time${reason ? ` to ${reason}` : ''}. ${
        date
          ? `Would it be possible to have until ${date}${current ? ` rather than ${current}` : ''}?`
          : 'Would it be possible to have a few more days?'
      }`,
    promise: "I'll give you my answer by then at the latest, and sooner if I can.",
    close: 'Thank you for understanding; I really appreciate the offer.',
    signOff: 'Best wishes,',
  },
  formal: {
    reasons: {
      family: 'discuss it with my family',
      'other-process': 'complete another recruitment process to which I had already committed',
      details: 'review the details carefully',
      relocation: 'make arrangements for relocating',
    },
    thanks: (job) => `Thank you for the offer of ${job}.`,
    enthusiasm: 'I am delighted to have received it and very enthusiastic about joining your team.',
    ask: (reason, date, current) =>
      `So that I can give you a considered answer, I would be grateful for a little more time${
        reason ? ` to ${reason}` : ''
      }. ${
        date
          ? `Would it be possible to extend the deadline to ${date}${current ? `, from ${current}` : ''}?`
          : 'Would it be possible to extend the deadline by a few days?'
      }`,
    promise: 'I will respond by that date at the latest.',
    close: 'Thank you for your understanding.',
    signOff: 'Kind regards,',
  },
  concise: {
    reasons: {
      family: 'talk it through with my family',
      'other-process': 'finish another interview process I had already committed to',
      details: 'go through the details properly',
      relocation: 'sort out the move',
    },
    thanks: (job) => `Thank you for the offer for ${job}; I'm excited about it.`,
    enthusiasm: '',
    ask: (reason, date, current) =>
      `${date ? `Could I have until ${date}${current ? ` rather than ${current}` : ''}` : 'Could I have a few more days'} to give you my answer${
        reason ? `, so that I can ${reason}` : ''
      }?`,
    promise: "I'll reply by then at the latest.",
    close: 'Thanks for understanding.',
    signOff: 'Best regards,',
  },
};

/**
 * A request for more time on an offer: thanks, enthusiasm, the request with its
 * optional reason and the specific `newDate` (or "a few more days" when none is given),
 * a promise to answer by then, and thanks; signed with name and phone.
 * `MESSAGE_LIMITS.offerExtension` (50–150 words). Never throws on any text.
 */
export function draftOfferExtension(input: OfferExtensionInput): DraftText {
  const { tone } = input;
  const w = inTone(WORDING, tone);
  const reason = phraseFor(w.reasons, input.reason);
  const date = dayText(input.newDate);
  const body = letter(
    greeting(tone, input.recipient, TEAM),
    [
      [w.thanks(jobPhrase(input.role, input.company, tone)), w.enthusiasm],
      [w.ask(reason, date, date ? dayText(input.currentDeadline) : ''), w.promise],
      [w.close],
    ],
    w.signOff,
    input.candidate,
    true,
  );
  return { subject: subjectLine('Thank you for the offer', input.role, input.company), body };
}
