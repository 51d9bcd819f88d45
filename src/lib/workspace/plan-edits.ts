// Edits the hiring-timeline calculator makes: ticking a step of the dated plan, and the
// pacing the user types. Apart from follow-up-edits.ts so the action-item page does not
// ship them.
import { updateActionItem, updateSettings } from './follow-up-edits';
import { HOLIDAY_REGION, MAX_DAYS_OFF } from './field-limits';
import { clearSent, markSent } from './operations';
import { setStep } from './steps';
import type { Workspace } from './schema';

/**
 * Ticks or unticks a step of a round's dated plan (the write side of planStepDone): a
 * promised item ('action-item:<id>') is marked sent or to do; the status inquiry and
 * the final follow-up are recorded as sent at `now`, and unticking takes back every
 * record of them and the tick; any other step is ticked by hand.
 */
export function setPlanStepDone(
  ws: Workspace,
  appId: string,
  roundId: string,
  stepId: string,
  done: boolean,
  now: Date,
): Workspace {
  if (stepId.startsWith('action-item:'))
    return updateActionItem(ws, appId, roundId, stepId.slice('action-item:'.length), {
      status: done ? 'done' : 'todo',
    });
  if (stepId === 'status-inquiry' || stepId === 'final-follow-up') {
    return done
      ? markSent(ws, appId, roundId, stepId, now)
      : setStep(clearSent(ws, appId, roundId, stepId), appId, roundId, stepId, false);
  }
  return setStep(ws, appId, roundId, stepId, done);
}

/** The business days the pacing inputs accept for each gap. */
export const GAP_INPUTS = {
  secondFollowUpGap: { min: 1, max: 60 },
  moveOnGap: { min: 1, max: 120 },
} as const;

/**
 * A gap as typed in its pacing input: a whole number of business days within
 * {@link GAP_INPUTS}, or `current` (what is saved) for anything else, such as an empty
 * box mid-edit.
 */
export function gapFromInput(
  field: keyof typeof GAP_INPUTS,
  text: string,
  current: number,
): number {
  const { min, max } = GAP_INPUTS[field];
  const n = Number.parseInt(text, 10);
  return Number.isInteger(n) && n >= min && n <= max ? n : current;
}

/** The wait after their timeline as chosen in its select: one business day for '1', else two. */
export function bufferFromInput(value: string): 1 | 2 {
  return value === '1' ? 1 : 2;
}

/** The days off as the region picker edits them (src/components/tools/parts/HolidayRegion.tsx). */
export interface DaysOffChoice {
  /** '' not chosen (the guess), 'none', or a region code. */
  region: string;
  /** The user's own days off. */
  added: readonly string[];
  /** The region's public days they work on. */
  removed: readonly string[];
  /** Their own weekend; absent: the region's. */
  weekend?: readonly number[] | undefined;
}

const isDay = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d);
const days = (list: readonly string[]) => [...new Set(list)].sort();

/**
 * Stores the picker's choice in the settings: the region, the user's own days (the
 * `holidays` earlier builds kept), the public days worked on and the weekend. Refused
 * (the workspace returned as it was) when anything would not read back: a region that
 * is not a code, a day that is not YYYY-MM-DD, more than {@link MAX_DAYS_OFF} days in a
 * list, or a weekend with no business day left.
 */
export function setDaysOff(ws: Workspace, choice: DaysOffChoice): Workspace {
  const added = days(choice.added);
  const removed = days(choice.removed);
  const weekend = choice.weekend ? [...new Set(choice.weekend)].sort((a, b) => a - b) : null;
  if (
    !HOLIDAY_REGION.test(choice.region) ||
    !added.every(isDay) ||
    !removed.every(isDay) ||
    added.length > MAX_DAYS_OFF ||
    removed.length > MAX_DAYS_OFF ||
    (weekend !== null &&
      (weekend.length > 6 || !weekend.every((d) => Number.isInteger(d) && d >= 0 && d <= 6)))
  )
    return ws;
  return updateSettings(ws, {
    holidayRegion: choice.region,
    holidays: added,
    holidaysRemoved: removed,
    weekend,
  });
}
