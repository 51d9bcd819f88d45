// The courteous withdrawal sent to every other live application once the candidate has
// accepted an offer (src/docs/facts.md, "Beyond the first round",
// "Withdrawing": in a few lines, one sentence of reason, thanks). It says an offer was accepted,
// which is the kindest reason to give, but not where: the other company has no need of
// it, and naming a rival reads as a boast.
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

/** What a withdrawal after accepting elsewhere is built from. */
export interface AcceptedElsewhereInput extends SituationInput {
  /** A round already booked here, YYYY-MM-DD or as the user wrote it: the message frees it. */
  bookedInterview?: string;
}

/** Each tone's paragraphs and sign-off. */
interface Wording {
  body(job: string, booked: string): string[][];
  signOff: string;
}

const WORDING: ByTone<Wording> = {
  warm: {
    body: (job, booked) => [
      [
        `Thank you again for your time during the process for ${job}.`,
        "I wanted to let you know that I've accepted an offer elsewhere, so I'm withdrawing my application.",
        booked
          ? `I won't attend the interview on ${booked}, and I hope the slot is useful to someone else.`
          : '',
      ],
      [
        "It wasn't an easy choice, and I've valued every conversation with the team.",
        "I'd be glad to stay in touch, and I wish you every success with the search.",
      ],
    ],
    signOff: 'Best wishes,',
  },
  formal: {
    body: (job, booked) => [
      [
        `Thank you for the time you and your colleagues have given me during the process for ${job}.`,
        'I am writing to let you know that I have accepted an offer with another organisation, and I am therefore withdrawing my application.',
        booked ? `I will not attend the interview arranged for ${booked}.` : '',
      ],
      [
        'I have greatly valued our conversations and would be glad to remain in touch.',
        'I wish you every success in filling the position.',
      ],
    ],
    signOff: 'Kind regards,',
  },
  concise: {
    body: (job, booked) => [
      [
        `I've accepted an offer elsewhere, so I'm withdrawing my application for ${job}.`,
        booked ? `Please release my interview slot on ${booked}.` : '',
      ],
      [
        'Thank you for your time and for a good process.',
        "I'd be glad to stay in touch, and I wish you all the best with the search.",
      ],
    ],
    signOff: 'Best regards,',
  },
};

/**
 * A withdrawal from a live application because an offer elsewhere was accepted:
 * thanks, the news in one sentence, the booked round released when there is one, and
 * an open door; signed with the name only. `MESSAGE_LIMITS.withdrawal` (30–110 words).
 * Blank fields drop their words; never throws on any text.
 */
export function draftAcceptedElsewhereWithdrawal(input: AcceptedElsewhereInput): DraftText {
  const w = inTone(WORDING, input.tone);
  const body = letter(
    greeting(input.tone, input.recipient, TEAM),
    w.body(jobPhrase(input.role, input.company, input.tone), dayText(input.bookedInterview)),
    w.signOff,
    input.candidate,
    false,
  );
  return { subject: subjectLine('Withdrawing my application', input.role, input.company), body };
}
