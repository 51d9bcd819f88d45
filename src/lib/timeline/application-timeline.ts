// The application page's two lists: its timeline (the rounds held, the changes of
// standing and the follow-up steps, with today marked among them) and everything due,
// in the order it falls. Both come from the plans the other pages use
// (interview-plan.ts, outcome-steps.ts), so every page dates a step the same way.
import { compareDates, isValidIsoDate } from '../dates/iso-date';
import type { Application, Outcome, Round } from '../workspace/schema';
import { isLive } from '../workspace/outcome-edits';
import type { PlannedStep } from './interview-plan';

/** Where something that happened (a round, a change of standing) stands on today. */
export type EventWhen = 'past' | 'today' | 'upcoming' | 'unknown';

/** One line of the application's timeline. */
export type TimelineEntry =
  /** A round of interviews; `number` counts from 1. */
  | { kind: 'round'; date: string; when: EventWhen; round: Round; number: number }
  /** A change of where the application stands (an offer, a rejection…). */
  | { kind: 'outcome'; date: string; when: EventWhen; outcome: Outcome }
  /** A follow-up step, with its own state (done, overdue, today, upcoming, unknown). */
  | { kind: 'step'; date: string | null; step: PlannedStep }
  /** Where today falls among the rest. */
  | { kind: 'today'; date: string };

const whenOf = (date: string, today: string): EventWhen =>
  !isValidIsoDate(date) || !isValidIsoDate(today)
    ? 'unknown'
    : ((['past', 'today', 'upcoming'] as const)[compareDates(date, today) + 1] ?? 'unknown');

// On one day, what happened comes first, then today's mark, then what is to do.
const RANK: Record<TimelineEntry['kind'], number> = { round: 0, outcome: 1, today: 2, step: 3 };

/**
 * Steps in the order they fall: by date, undated ones last, each group keeping the order
 * it was given (the plan's own order, which is the order to do them in on one day).
 */
export function inDateOrder<T extends { date: string | null }>(items: readonly T[]): T[] {
  return items
    .map((item, n) => ({ item, n }))
    .sort((a, b) => {
      const da = isValidIsoDate(a.item.date) ? a.item.date : null;
      const db = isValidIsoDate(b.item.date) ? b.item.date : null;
      if (da && db) return compareDates(da, db) || a.n - b.n;
      return da ? -1 : db ? 1 : a.n - b.n;
    })
    .map(({ item }) => item);
}

/**
 * The steps the application page lists: the latest round's plan and the outcome's
 * steps. Once the application is decided (an offer, a rejection, a withdrawal…) the
 * plan's steps still to do are left out, since the outcome's steps replace them; those
 * already done stay, as history.
 */
export function applicationSteps(
  app: Application,
  plan: readonly PlannedStep[],
  outcome: readonly PlannedStep[],
): PlannedStep[] {
  const live = isLive(app);
  return inDateOrder([...plan.filter((s) => live || s.done), ...outcome]);
}

/**
 * The application's timeline: every round with a date, every change of standing, the
 * steps (as {@link applicationSteps} gives them) and today, in date order; undated
 * rounds and steps last. Rounds without a date are listed after the dated entries.
 */
export function applicationTimeline(
  app: Application,
  steps: readonly PlannedStep[],
  today: string,
): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...app.rounds.map((round, n): TimelineEntry => ({
      kind: 'round',
      date: round.date,
      when: whenOf(round.date, today),
      round,
      number: n + 1,
    })),
    ...app.outcomes.map((outcome): TimelineEntry => ({
      kind: 'outcome',
      date: outcome.at,
      when: whenOf(outcome.at, today),
      outcome,
    })),
    ...(isValidIsoDate(today) ? [{ kind: 'today', date: today } as const] : []),
    ...steps.map((step): TimelineEntry => ({ kind: 'step', date: step.date, step })),
  ];
  return entries
    .map((entry, n) => ({ entry, n }))
    .sort((a, b) => {
      const da = isValidIsoDate(a.entry.date) ? a.entry.date : null;
      const db = isValidIsoDate(b.entry.date) ? b.entry.date : null;
      if (da && db)
        return compareDates(da, db) || RANK[a.entry.kind] - RANK[b.entry.kind] || a.n - b.n;
      return da ? -1 : db ? 1 : a.n - b.n;
    })
    .map(({ entry }) => entry);
}
