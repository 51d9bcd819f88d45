// What is due across every interview, for the "What is due" summary on My interviews.
import type { Application } from '../workspace/schema';
import type { PlannedStep } from './interview-plan';

/**
 * Still in play: nothing decided yet (waiting, or another round booked; an empty
 * outcome history is waiting), so its plan's reminders apply. (v4: only "active"
 * interviews got them.) Reads the history itself, so this page's two islands do not
 * share a chunk for it.
 */
export const isLive = (app: Application) =>
  /^(waiting|next-round|)$/.test(app.outcomes.at(-1)?.status ?? '');

/** Upcoming steps the summary names: the nearest few, so the list stays a glance. */
export const NEXT_UP = 3;

/** A summary's rows sorted by where their step stands. */
export interface DueGroups<T> {
  overdue: T[];
  today: T[];
  /** The {@link NEXT_UP} nearest upcoming steps, soonest first. */
  next: T[];
}

/**
 * Sorts the rows of every plan (each holding its step) into overdue, due today and the
 * next few upcoming, keeping plan order within the first two; steps that are done or
 * have no date are left out.
 */
export function dueGroups<T extends { step: PlannedStep }>(rows: readonly T[]): DueGroups<T> {
  return {
    overdue: rows.filter((d) => d.step.state === 'overdue'),
    today: rows.filter((d) => d.step.state === 'today'),
    next: rows
      .filter((d) => d.step.state === 'upcoming')
      .sort((a, b) => (a.step.date ?? '').localeCompare(b.step.date ?? ''))
      .slice(0, NEXT_UP),
  };
}
