// Declining an offer (src/docs/facts.md, "Beyond the first round", "Answering an offer
// in writing"): promptly and briefly, with thanks, a clear no, a reason only if the
// user wants one (their own line, kept to a sentence), and, if they would consider the
// company later, a line that leaves the door open. Nothing about the offer taken
// instead and no apology at length: over-explaining invites a counter-offer or reads
// as doubt.
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

/** What a decline is built from. */
export interface OfferDeclineInput extends SituationInput {
  /** The reason in one line, as the user wants it said; '' gives none. */
  reason?: string;
  /** Whether to say they would welcome staying in touch (a future role there). */
  doorOpen: boolean;
}

/** Each tone's parts. */
interface Wording {
  thanks(job: string): string;
  decline: string;
  /** The lead before the user's reason, which follows it after a space. */
  reason: string;
  door: string;
  close: string;
  signOff: string;
}

const WORDING: ByTone<Wording> = {
  warm: {
    thanks: (job) =>
      `Thank you so much for offering me ${job}, and for the time you and the team gave me throughout the process.`,
    decline: "After careful thought, I've decided to decline the offer.",
    reason: "It wasn't an easy decision; in short,",
    door: "I really enjoyed getting to know the team, and I'd be glad to stay in touch. I hope our paths cross again.",
    close: 'Thank you again, and all the best with filling the role.',
    signOff: 'Best wishes,',
  },
  formal: {
    thanks: (job) =>
      `Thank you for offering me ${job}, and for the time you and your colleagues spent with me.`,
    decline: 'After careful consideration, I have decided to decline the offer.',
    reason: 'In brief,',
    door: 'I have great respect for your team and would welcome the opportunity to stay in touch in the future.',
    close: 'I wish you every success in filling the position.',
    signOff: 'Kind regards,',
  },
  concise: {
    thanks: (job) => `Thank you for the offer for ${job}.`,
    decline: "After careful thought, I've decided to decline it.",
    reason: 'In short,',
    door: "I'd be glad to stay in touch.",
    close: 'Thanks again for your time, and all the best.',
    signOff: 'Best regards,',
  },
};

/**
 * A gracious decline: thanks for the offer and their time, a clear no, the user's
 * one-line `reason` when given, a line leaving the door open when `doorOpen`, and good
 * wishes; signed with the name only, since no reply is needed.
 * `MESSAGE_LIMITS.offerDecline`. Blank fields drop their words; never throws on any text.
 */
export function draftOfferDecline(input: OfferDeclineInput): DraftText {
  const w = inTone(WORDING, input.tone);
  const body = letter(
    greeting(input.tone, input.recipient, TEAM),
    [
      [w.thanks(jobPhrase(input.role, input.company, input.tone)), w.decline],
      [about(w.reason, input.reason), input.doorOpen ? w.door : ''],
      [w.close],
    ],
    w.signOff,
    input.candidate,
    false,
  );
  return { subject: subjectLine('Declining your offer', input.role, input.company), body };
}
