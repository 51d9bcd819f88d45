// Withdrawing from a process the candidate no longer wants to pursue (src/docs/facts.md,
// "Beyond the first round", "Withdrawing": as soon as you are sure, in a few lines, one
// sentence of reason at most, and thanks for their time). The reason is a choice among
// vague ones, never free text: a withdrawal that explains too much invites a
// negotiation or leaves a poor last impression. Withdrawing because
// an offer elsewhere was accepted has its own message (accepted-elsewhere.ts).
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

/** Why the candidate withdraws, as much as the message says: '' says nothing. */
export type WithdrawalReason = '' | 'other-opportunity' | 'personal' | 'fit' | 'timing';

/** What a withdrawal is built from. */
export interface WithdrawalInput extends SituationInput {
  reason?: WithdrawalReason;
  /** A round already booked, YYYY-MM-DD or as the user wrote it: the message frees the slot. */
  bookedInterview?: string;
}

/** Each tone's sentences; `reason` is a clause that follows "withdraw my application". */
interface Wording {
  reasons: Record<Exclude<WithdrawalReason, ''>, string>;
  body(job: string, reason: string, booked: string): string[][];
  signOff: string;
}

const WORDING: ByTone<Wording> = {
  warm: {
    reasons: {
      'other-opportunity': ", as I've decided to pursue another opportunity",
      personal: ' for personal reasons',
      fit: ", as I've realised the role isn't the right fit for me at this point",
      timing: ', as the timing no longer works for me',
    },
    body: (job, reason, booked) => [
      [
        `Thank you for your time and for considering me for ${job}.`,
        `After careful thought, I've decided to withdraw my application${reason}.`,
        booked
          ? `That means I won't attend the interview on ${booked}, so please feel free to offer the slot to someone else.`
          : '',
      ],
      [
        "I'm grateful for the time you've given me, and I'm sorry to step back.",
        'I wish you all the best with the search, and I hope our paths cross again.',
      ],
    ],
    signOff: 'Best wishes,',
  },
  formal: {
    reasons: {
      'other-opportunity': ', as I have decided to pursue another opportunity',
      personal: ' for personal reasons',
      fit: ', having concluded that the position is not the right fit for me at this time',
      timing: ', as the timing is no longer right for me',
    },
    body: (job, reason, booked) => [
      [
        `Thank you for your time and for considering me for ${job}.`,
        `After careful consideration, I have decided to withdraw my application${reason}.`,
        booked
          ? `I will therefore not attend the interview arranged for ${booked}, and I apologise for any inconvenience.`
          : '',
      ],
      [
        'I am grateful for the time you and your colleagues have given me, and I wish you every success in filling the position.',
      ],
    ],
    signOff: 'Kind regards,',
  },
  concise: {
    reasons: {
      'other-opportunity': ", as I've decided to pursue another opportunity",
      personal: ' for personal reasons',
      fit: ", as the role isn't the right fit for me right now",
      timing: ', as the timing no longer works for me',
    },
    body: (job, reason, booked) => [
      [
        `I'm writing to withdraw my application for ${job}${reason}.`,
        booked ? `Please release my interview slot on ${booked}.` : '',
      ],
      ['Thank you for your time and consideration, and all the best with the search.'],
    ],
    signOff: 'Best regards,',
  },
};

/**
 * A short, prompt withdrawal: thanks, the decision with an optional vague reason, the
 * booked round released when there is one, and a courteous close; signed with the name
 * only, since no reply is needed. `MESSAGE_LIMITS.withdrawal`: 30–110 words in every tone.
 * Blank fields drop their words; never throws on any text.
 */
export function draftWithdrawal(input: WithdrawalInput): DraftText {
  const w = inTone(WORDING, input.tone);
  const reason = phraseFor(w.reasons, input.reason);
  const body = letter(
    greeting(input.tone, input.recipient, TEAM),
    w.body(
      jobPhrase(input.role, input.company, input.tone),
      reason,
      dayText(input.bookedInterview),
    ),
    w.signOff,
    input.candidate,
    false,
  );
  return { subject: subjectLine('Withdrawing my application', input.role, input.company), body };
}
