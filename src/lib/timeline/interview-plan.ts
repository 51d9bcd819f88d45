// Builds the follow-up plan for a saved interview: the bridge between the workspace's
// records and the timeline rules, shared by the calculator, the status-inquiry writer
// and the "what's due" summary so they always agree.
import { lastSent } from '../workspace/operations';
import { stepDone } from '../workspace/steps';
import type { Interview, PlanSettings } from '../workspace/schema';
import { isValidIsoDate, shortDate } from '../dates/iso-date';
import type { ParsedTimeline } from './parse';
import { fromReading, readingKey } from './reading';
import { buildPlan, stepState, type PlanStep, type StepState } from './plan';

/**
 * How the interview's timeline reads: a date the user picked wins over the words,
 * because they pick one exactly when the words could not be read. Otherwise the stored
 * reading, or null when the words have changed since they were last read (the island
 * then fetches the parser and stores a new reading).
 */
export function interviewTimeline(interview: Interview, holidays: string[]): ParsedTimeline | null {
  if (isValidIsoDate(interview.timelineDate)) {
    return {
      kind: 'date',
      date: interview.timelineDate,
      summary: `by ${shortDate(interview.timelineDate, interview.date || undefined)}`,
    };
  }
  return wordsReading(interview, holidays);
}

/** The stored reading of the timeline words, if it is current. */
export function wordsReading(interview: Interview, holidays: string[]): ParsedTimeline | null {
  const reading = interview.timelineReading;
  return reading && reading.key === readingKey(interview.timeline, interview.date, holidays)
    ? fromReading(reading)
    : null;
}

/** A plan step with whether it is done and where it stands today. */
export interface PlannedStep extends PlanStep {
  done: boolean;
  state: StepState;
}

/** Whether a plan step is done: ticked, sent, or (for promised items) marked sent. */
export function planStepDone(interview: Interview, stepId: string): boolean {
  if (stepId.startsWith('action-item:')) {
    return interview.actionItems.some(
      (a) => `action-item:${a.id}` === stepId && a.status === 'done',
    );
  }
  if (stepId === 'status-inquiry' || stepId === 'final-follow-up') {
    return Boolean(interview.steps[stepId]) || lastSent(interview, stepId) !== undefined;
  }
  return stepDone(interview, stepId);
}

/** The dated plan for one interview, each step with its state on `today` (YYYY-MM-DD). */
export function planForInterview(
  interview: Interview,
  settings: PlanSettings,
  today: string,
): PlannedStep[] {
  const plan = buildPlan({
    interviewDate: interview.date,
    interviewTime: interview.time,
    timeZone: interview.timeZone,
    timeline: interviewTimeline(interview, settings.holidays) ?? {
      kind: 'unreadable',
      reason: 'Reading the timeline you typed…',
    },
    holidays: settings.holidays,
    settings,
    wantsCard: interview.wantsCard,
    interviewers: interview.interviewers.length,
    actionItems: interview.actionItems,
    sent: interview.sent,
    today,
  });
  return plan.map((step) => {
    const done = planStepDone(interview, step.id);
    return { ...step, done, state: stepState(step, today, done) };
  });
}
