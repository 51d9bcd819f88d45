// The thank-you after a recruiter screen (src/docs/facts.md, "Beyond the first round": the sources disagree on whether
// one is expected; the kit's default is a short note the same day). Shorter than an interview thank-you: a screen is a shorter conversation
// and its reader a busy recruiter. What it must carry is the next step, since that is
// what the recruiter acts on, so it names the step and its day when the user has them
// and otherwise says the candidate looks forward to hearing about them.
import { midSentence } from '../messages/grammar';
import { oneLine, points } from '../thank-you/wording';
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
import { promisedItemSentence, type PromisedItem } from './promised-items';

/** What a thank-you after a recruiter screen is built from: `recipient` is the recruiter. */
export interface ScreenThankYouInput extends SituationInput {
  /** What was discussed, one point per line; the first is mentioned. */
  topics?: string;
  /** The candidate's strengths, one per line; the first is mentioned. */
  qualifications?: string;
  /** The next step as it reads after "the next step,": "an interview with the hiring manager". */
  nextStep?: string;
  /** When it is, YYYY-MM-DD or as the user wrote it; '' when not yet booked. */
  nextDate?: string;
  /** Anything the candidate promised to send. */
  promised?: readonly PromisedItem[];
}

/** Each tone's sentences; the next-step sentence takes the step and day, either blank. */
interface Wording {
  thanks(job: string): string;
  topic: string;
  fit: string;
  next(step: string, day: string): string;
  meantime: string;
  signOff: string;
}

/** " on Thursday 10 December" or ''. */
const on = (day: string) => (day ? ` on ${day}` : '');

const WORDING: ByTone<Wording> = {
  warm: {
    thanks: (job) =>
      `Thank you for taking the time to speak with me about ${job}. I really enjoyed our conversation.`,
    topic: 'It was especially helpful to hear about',
    fit: 'It sounds like a great match for my background:',
    next: (step, day) =>
      step
        ? `I'm looking forward to the next step, ${step}${on(day)}.`
        : day
          ? `I'm looking forward to the next step${on(day)}.`
          : "I'm looking forward to hearing about the next steps.",
    meantime: "In the meantime, please let me know if there's anything else you need from me.",
    signOff: 'Best wishes,',
  },
  formal: {
    thanks: (job) =>
      `Thank you for taking the time to speak with me about ${job}. I very much enjoyed our conversation.`,
    topic: 'I found it particularly helpful to learn about',
    fit: 'The position appears to be a strong match for my experience:',
    next: (step, day) =>
      step
        ? `I look forward to the next stage of the process, ${step}${on(day)}.`
        : day
          ? `I look forward to the next stage of the process${on(day)}.`
          : 'I look forward to hearing about the next stage of the process.',
    meantime: 'In the meantime, please let me know if I can provide any further information.',
    signOff: 'Kind regards,',
  },
  concise: {
    thanks: (job) => `Thanks for the call about ${job}; I enjoyed it.`,
    topic: 'It was helpful to hear about',
    fit: "It's a great match for my background:",
    next: (step, day) =>
      step
        ? `I'm looking forward to the next step, ${step}${on(day)}.`
        : day
          ? `I'm looking forward to the next step${on(day)}.`
          : "I'm looking forward to hearing about next steps.",
    meantime: 'Let me know if you need anything else from me.',
    signOff: 'Best regards,',
  },
};

/**
 * A thank-you to the recruiter after a screen: thanks, the first topic discussed and
 * the first qualification (each when given), what the candidate promised and when, the
 * next step with its day (or that they look forward to hearing about it), and an
 * offer to send anything else; signed with name and phone.
 * `MESSAGE_LIMITS.screenThankYou` (60–150 words). Never throws on any text.
 */
export function draftScreenThankYou(input: ScreenThankYouInput): DraftText {
  const { tone } = input;
  const w = inTone(WORDING, tone);
  const step = midSentence(oneLine(input.nextStep).replace(/[\s.,;:!?…]+$/u, ''));
  const body = letter(
    greeting(tone, input.recipient, TEAM),
    [
      [w.thanks(jobPhrase(input.role, input.company, tone))],
      [about(w.topic, points(input.topics)[0]), about(w.fit, points(input.qualifications)[0])],
      [
        promisedItemSentence(input.promised ?? [], { tone }),
        w.next(step, dayText(input.nextDate)),
        w.meantime,
      ],
    ],
    w.signOff,
    input.candidate,
    true,
  );
  return { subject: subjectLine('Thank you for the call', input.role, input.company), body };
}
