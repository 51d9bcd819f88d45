// Builds the follow-up plan for a saved round of interviews: the bridge between the
// workspace's records and the timeline rules, shared by the calculator, the
// status-inquiry writer and the "what's due" summary so they always agree.
import { lastSent } from '../workspace/operations';
import { stepDone } from '../workspace/steps';
import type { PlanSettings, Round } from '../workspace/schema';
import { isValidIsoDate, shortDate } from '../dates/iso-date';
import type { ParsedTimeline } from './parse';
import { fromReading, readingKey } from './reading';
import { buildPlan, stepState, type PlanStep, type StepState } from './plan';

/**
 * How the round's timeline reads: a date the user picked wins over the words, because
 * they pick one exactly when the words could not be read. Otherwise the stored reading,
 * or null when the words have changed since they were last read (the island then
 * fetches the parser and stores a new reading).
 */
export function interviewTimeline(round: Round, holidays: string[]): ParsedTimeline | null {
  if (isValidIsoDate(round.timelineDate)) {
    return {
      kind: 'date',
      date: round.timelineDate,
      summary: `by ${shortDate(round.timelineDate, round.date || undefined)}`,
    };
  }
  return wordsReading(round, holidays);
}

/** The stored reading of the timeline words, if it is current. */
export function wordsReading(round: Round, holidays: string[]): ParsedTimeline | null {
  const reading = round.timelineReading;
  return reading && reading.key === readingKey(round.timeline, round.date, holidays)
    ? fromReading(reading)
    : null;
}

/** A plan step with whether it is done and where it stands today. */
export interface PlannedStep extends PlanStep {
  done: boolean;
  state: StepState;
}

/** Whether a plan step of a round is done: ticked, sent, or (for promised items) marked sent. */
export function planStepDone(round: Round, stepId: string): boolean {
  if (stepId.startsWith('action-item:')) {
    return round.actionItems.some((a) => `action-item:${a.id}` === stepId && a.status === 'done');
  }
  if (stepId === 'status-inquiry' || stepId === 'final-follow-up') {
    return Boolean(round.steps[stepId]) || lastSent(round, stepId) !== undefined;
  }
  return stepDone(round, stepId);
}

/**
 * The dated plan after one round, each step with its state on `today` (YYYY-MM-DD).
 * `userZone`, the reader's own zone: times in the reasons name their zone when the
 * round's is another.
 */
export function planForInterview(
  round: Round,
  settings: PlanSettings,
  today: string,
  userZone = '',
): PlannedStep[] {
  const plan = buildPlan({
    interviewDate: round.date,
    interviewTime: round.start,
    interviewEnd: round.end,
    timeZone: round.timeZone,
    userZone,
    timeline: interviewTimeline(round, settings.holidays) ?? {
      kind: 'unreadable',
      reason: 'Reading the timeline you typed…',
    },
    holidays: settings.holidays,
    settings,
    wantsCard: round.wantsCard,
    interviewers: round.met.length,
    actionItems: round.actionItems,
    sent: round.sent,
    today,
  });
  return plan.map((step) => {
    const done = planStepDone(round, step.id);
    return { ...step, done, state: stepState(step, today, done) };
  });
}
