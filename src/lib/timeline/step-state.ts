// Where a dated step stands today: apart from plan.ts so the outcome steps
// (outcome-steps.ts, loaded on demand) share it without pulling the plan's rules into a
// chunk of their own.
import { compareDates, isValidIsoDate } from '../dates/iso-date';
import type { PlanStep, StepState } from './plan';

/**
 * Where a step stands on `todayIso` (YYYY-MM-DD): 'done' when marked done, 'unknown'
 * when it has no date (or today is not a date), else 'overdue', 'today' or 'upcoming'
 * by comparing the step's date with today.
 */
export function stepState(step: PlanStep, todayIso: string, done: boolean): StepState {
  if (done) return 'done';
  if (!step || !isValidIsoDate(step.date) || !isValidIsoDate(todayIso)) return 'unknown';
  const order = compareDates(step.date, todayIso);
  return order < 0 ? 'overdue' : order === 0 ? 'today' : 'upcoming';
}
