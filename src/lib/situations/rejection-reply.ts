// The reply to a rejection, sent within a day or two (src/docs/facts.md, "Beyond the first round", "After a rejection": a short, courteous
// answer within a day or two; feedback often does not come, so one narrow question that
// is easy to decline; employers do come back to earlier candidates). So: thanks, no argument, one real thing the candidate valued when they
// name one, the door left open, and at most one easy question about feedback, with
// an explicit "no need to answer" so it costs the reader nothing to ignore.
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

/** What a reply to a rejection is built from. */
export interface RejectionReplyInput extends SituationInput {
  /** Ask one question about what to strengthen (optional, off unless true). */
  askFeedback?: boolean;
  /** Something the candidate valued, as it reads after "I especially enjoyed": "meeting the research team". */
  highlight?: string;
}

/** Each tone's sentences. */
interface Wording {
  thanks(job: string): string;
  highlight: string;
  general: string;
  feedback: string;
  door: string;
  signOff: string;
}

const WORDING: ByTone<Wording> = {
  warm: {
    thanks: (job) =>
      `Thank you for letting me know, and for your time throughout the process for ${job}.`,
    highlight: 'It was a real pleasure to take part, and I especially enjoyed',
    general: 'It was a real pleasure to take part and to learn more about the team.',
    feedback:
      "If you have a moment, is there one thing I could strengthen for a role like this? I'd find it really helpful, and I understand if you're not able to share it.",
    door: "I'd love to be considered for future openings, and I hope our paths cross again.",
    signOff: 'Best wishes,',
  },
  formal: {
    thanks: (job) =>
      `Thank you for informing me of your decision, and for the time you and your colleagues gave me during the process for ${job}.`,
    highlight:
      'I valued the opportunity to learn about your organisation, and I particularly enjoyed',
    general: 'I valued the opportunity to learn about your organisation and its work.',
    feedback:
      'If you are able to share it, I would value one piece of feedback: what is the main thing I could strengthen for a position of this kind? I understand if that is not possible.',
    door: 'I would welcome the opportunity to be considered for future openings, and I hope our paths cross again.',
    signOff: 'Kind regards,',
  },
  concise: {
    thanks: (job) => `Thank you for letting me know, and for considering me for ${job}.`,
    highlight: 'I especially enjoyed',
    general: 'I enjoyed learning about the team.',
    feedback:
      "If you have a moment, what's one thing I could strengthen for a role like this? No worries if not.",
    door: "I'd be glad to be considered for future openings.",
    signOff: 'Best regards,',
  },
};

/**
 * A gracious reply to a rejection: thanks, one thing the candidate valued (their
 * `highlight`, else a general line), the optional feedback question, and an open door;
 * signed with the name only. `MESSAGE_LIMITS.rejectionReply` (40–130 words).
 * Never throws on any text.
 */
export function draftRejectionReply(input: RejectionReplyInput): DraftText {
  const { tone } = input;
  const w = inTone(WORDING, tone);
  const body = letter(
    greeting(tone, input.recipient, TEAM),
    [
      [
        w.thanks(jobPhrase(input.role, input.company, tone)),
        about(w.highlight, input.highlight) || w.general,
      ],
      [input.askFeedback === true ? w.feedback : '', w.door],
    ],
    w.signOff,
    input.candidate,
    false,
  );
  return { subject: subjectLine('Thank you', input.role, input.company), body };
}
