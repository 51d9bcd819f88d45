// What is due across every interview, for the "What is due" summary on My interviews.
import { READING_TIMELINE, type PlannedStep } from './interview-plan';

// Whether an application is still in play lives with its outcome history; the summary and
// the application page read it from there (one chunk with the pipeline's edits).
export { isLive } from '../workspace/outcome-edits';

/** Upcoming steps the summary names: the nearest few, so the list stays a glance. */
export const NEXT_UP = 3;

/** A summary's rows sorted by where their step stands. */
export interface DueGroups<T> {
  overdue: T[];
  today: T[];
  /** The {@link NEXT_UP} nearest upcoming steps, soonest first. */
  next: T[];
  /**
   * Each plan's first step that has no date (the timeline they gave could not be read,
   * or the interview has no date), in plan order: one per plan, as the steps after it
   * are undated only because it is.
   */
  undated: T[];
}

/** The plans' rows: `interviewId` tells plans apart (rows without one are one plan). */
type DueRow = { step: PlannedStep; interviewId?: string };

/**
 * Sorts the rows of every plan (each holding its step) into overdue, due today, the
 * next few upcoming, and each plan's first undated step, keeping plan order within all
 * but "next"; done steps are left out, and so are steps waiting only for the typed
 * timeline to be read (a moment on load, not a missing date).
 */
export function dueGroups<T extends DueRow>(rows: readonly T[]): DueGroups<T> {
  const plans = new Set<string | undefined>();
  const undated = rows.filter((d) => {
    if (d.step.state !== 'unknown' || plans.has(d.interviewId)) return false;
    plans.add(d.interviewId);
    return d.step.reason !== READING_TIMELINE;
  });
  return {
    undated,
    overdue: rows.filter((d) => d.step.state === 'overdue'),
    today: rows.filter((d) => d.step.state === 'today'),
    next: rows
      .filter((d) => d.step.state === 'upcoming')
      .sort((a, b) => (a.step.date ?? '').localeCompare(b.step.date ?? ''))
      .slice(0, NEXT_UP),
  };
}
