// Builds the follow-up plan for a saved round of interviews: the bridge between the
// workspace's records and the timeline rules, shared by the calculator, the
// status-inquiry writer and the "what's due" summary so they always agree.
import { lastSent } from '../workspace/operations';
import { stepDone } from '../workspace/steps';
import type { PlanSettings, Round } from '../workspace/schema';
import { isValidIsoDate, shortDate } from '../dates/iso-date';
import type { ParsedTimeline } from './parse';
import { fromReading, readingKeyFor, type DayRules } from './reading';
import { buildPlan, stepState, type PlanStep, type StepState } from './plan';

/**
 * How the round's timeline reads: a date the user picked wins over the words, because
 * they pick one exactly when the words could not be read. Otherwise the stored reading,
 * or null when the words have changed since they were last read (the island then
 * fetches the parser and stores a new reading).
 */
export function interviewTimeline(round: Round, days: DayRules): ParsedTimeline | null {
  if (isValidIsoDate(round.timelineDate)) {
    return {
      kind: 'date',
      date: round.timelineDate,
      summary: `by ${shortDate(round.timelineDate, round.date || undefined)}`,
    };
  }
  return wordsReading(round, days);
}

/** The stored reading of the timeline words, if it is current (read with these days off). */
export function wordsReading(round: Round, days: DayRules): ParsedTimeline | null {
  const reading = round.timelineReading;
  return reading && reading.key === readingKeyFor(round.timeline, round.date, days)
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

/** Why the steps after a typed timeline have no date while its reader loads: not yet missing. */
export const READING_TIMELINE = 'Reading the timeline you typed…';

/**
 * The dated plan after one round, each step with its state on `today` (YYYY-MM-DD).
 * `days`: the days off every business day skips (src/stores/days-off.ts: the region's
 * public holidays, the user's changes, the weekend), the same on every page so they all
 * agree. `userZone`, the reader's own zone: times in the reasons name their zone when
 * the round's is another.
 */
export function planForInterview(
  round: Round,
  settings: PlanSettings,
  today: string,
  days: DayRules,
  userZone = '',
): PlannedStep[] {
  const plan = buildPlan({
    interviewDate: round.date,
    interviewTime: round.start,
    interviewEnd: round.end,
    timeZone: round.timeZone,
    userZone,
    timeline: interviewTimeline(round, days) ?? {
      kind: 'unreadable',
      reason: READING_TIMELINE,
    },
    holidays: [...days.holidays],
    weekend: [...days.weekend],
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
