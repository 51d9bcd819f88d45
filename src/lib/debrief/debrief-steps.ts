// The debrief's four steps, in the order a candidate recalls an interview on the way
// out: what it was, who was there, what they said about timing, what was promised.
// Every step may be skipped, so the model only knows order and words, never validity.

/** One step of the debrief. */
export interface DebriefStep {
  /** Stable id, used in element ids ("db-step-people"). */
  id: 'interview' | 'people' | 'timing' | 'promised';
  /** The step's heading, which takes focus when the step opens. */
  title: string;
}

/** The steps in order. */
export const DEBRIEF_STEPS: readonly DebriefStep[] = [
  { id: 'interview', title: 'The interview' },
  { id: 'people', title: 'Who you met' },
  { id: 'timing', title: 'What they said about timing' },
  { id: 'promised', title: 'What you promised to send' },
];

/** A step number kept within the steps (0-based); anything else is the first step. */
export function clampStep(index: number): number {
  return Number.isInteger(index) ? Math.min(Math.max(index, 0), DEBRIEF_STEPS.length - 1) : 0;
}

/** "Step 2 of 4" for the 0-based `index`. */
export function stepCount(index: number): string {
  return `Step ${clampStep(index) + 1} of ${DEBRIEF_STEPS.length}`;
}

/**
 * What the forward button of a step says: the next step's title, or, on the last step,
 * that the debrief is done (it then leads to the application page).
 */
export function nextLabel(index: number): string {
  const next = DEBRIEF_STEPS[clampStep(index) + 1];
  return next && clampStep(index) === index ? `Next: ${next.title}` : 'Done: see my follow-ups';
}

/** What the back button says, or null on the first step (it has none). */
export function backLabel(index: number): string | null {
  const at = clampStep(index);
  return at === 0 ? null : `Back: ${DEBRIEF_STEPS[at - 1]!.title}`;
}
