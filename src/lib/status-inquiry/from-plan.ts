// What the status-inquiry writer takes from the follow-up plan: the timeline the message
// may quote, and when to send it.
import { shortDate } from '../dates/iso-date';
import type { PlannedStep } from '../timeline/interview-plan';
import type { ParsedTimeline } from '../timeline/parse';

/**
 * Their timeline as the inquiry may quote it ("within two weeks", "by Fri 4 Dec"): only
 * a span or a day they gave; '' when they gave none, it could not be read, or it is
 * still being read (null).
 */
export function quotedTimeline(reading: ParsedTimeline | null): string {
  return reading?.kind === 'range' || reading?.kind === 'date' ? reading.summary : '';
}

/** What {@link sendAdvice} says about the message's step in the plan. */
export interface SendAdvice {
  /** "Send it on Thu 10 Dec." and the rule behind the day; the rule alone once sent or without a day. */
  text: string;
  /** Due today or overdue: shown as a warning. */
  urgent: boolean;
}

/** When to send the status inquiry or the final follow-up, from its step in the plan (none: nothing to say). */
export function sendAdvice(step: PlannedStep | undefined): SendAdvice {
  return {
    text:
      step?.date && !step.done
        ? `Send it on ${shortDate(step.date)}. ${step.reason}`
        : (step?.reason ?? ''),
    urgent: step?.state === 'overdue' || step?.state === 'today',
  };
}
