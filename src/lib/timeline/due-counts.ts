// How much is due, for the pipeline's summary line and each card: counted from the same
// steps "What is due" lists (plan and outcome steps, snoozes applied).
import { addDays, compareDates } from '../dates/iso-date';
import type { ShownStep } from './snooze';

/**
 * Days in "due in the next 7 days": today and the six after it. Not the calendar week,
 * which on a Saturday would hold two days.
 */
export const WEEK_DAYS = 7;

/** Steps not done, by when they are due. */
export interface DueCounts {
  /** Due before today. */
  overdue: number;
  /** Due today. */
  today: number;
  /** Due from today through the next six days (today's included). */
  week: number;
}

/** Counts the steps not done that are overdue, due today and due in the next 7 days. */
export function dueCounts(steps: readonly ShownStep[], today: string): DueCounts {
  const weekEnd = addDays(today, WEEK_DAYS - 1);
  const counts: DueCounts = { overdue: 0, today: 0, week: 0 };
  for (const s of steps) {
    if (s.state === 'overdue') counts.overdue++;
    if (s.state === 'today') counts.today++;
    if (
      (s.state === 'today' || s.state === 'upcoming') &&
      s.date &&
      compareDates(s.date, weekEnd) <= 0
    )
      counts.week++;
  }
  return counts;
}

/** The step to do next: the earliest dated step not done (overdue ones first), or null. */
export function nextStep(steps: readonly ShownStep[]): ShownStep | null {
  let best: ShownStep | null = null;
  for (const s of steps)
    if (s.state !== 'done' && s.state !== 'unknown' && s.date && (!best || s.date < best.date!))
      best = s;
  return best;
}
