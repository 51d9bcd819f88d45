// A step put off to a later day: the plan still dates it by its rule, and the snooze
// moves it, so "What is due" and the pipeline's counts show it on the day the user chose
// and can say where it came from. Snoozes live in the application's latest round
// (schema.ts, Round.snoozed), for its plan steps and its outcome steps alike.
import { compareDates, isValidIsoDate } from '../dates/iso-date';
import { stepState } from './step-state';
import type { PlannedStep } from './interview-plan';

/** A step as shown after its snooze: `snoozedFrom` is the day its rule gives, when it was moved. */
export interface ShownStep extends PlannedStep {
  /** The day the plan gives the step (YYYY-MM-DD), present only when a snooze moved it later. */
  snoozedFrom?: string;
}

/**
 * The step on the day it was snoozed to, its state worked out from that day. A snooze
 * moves a step only later: once the plan itself dates the step on or after the chosen
 * day (their timeline moved), the snooze has nothing left to do and the plan's day
 * stands. Done and undated steps are never moved.
 */
export function applySnooze(
  step: PlannedStep,
  until: string | undefined,
  today: string,
): ShownStep {
  if (
    !until ||
    step.done ||
    !isValidIsoDate(until) ||
    !isValidIsoDate(step.date) ||
    compareDates(until, step.date) <= 0
  )
    return step;
  // The window of hours (a thank-you's 24–48 hours) belongs to the plan's day, not this one.
  const { start: _start, end: _end, ...rest } = step;
  const moved = { ...rest, date: until, allDay: true };
  return { ...moved, snoozedFrom: step.date, state: stepState(moved, today, false) };
}

/** Every step of one application with its snoozes (`snoozed`, by step id) applied. */
export function applySnoozes(
  steps: readonly PlannedStep[],
  snoozed: Readonly<Record<string, string>>,
  today: string,
): ShownStep[] {
  return steps.map((s) => applySnooze(s, snoozed[s.id], today));
}
