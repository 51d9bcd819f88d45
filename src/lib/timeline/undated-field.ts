// Where an undated step gets its date, for "Needs a date" in What is due. Apart from
// due-summary.ts so the part that lists them (loaded only when there are some) does not
// split that module into a chunk of its own on My interviews.
import type { PlannedStep } from './interview-plan';

/**
 * The editor field that gives an undated step its date: the timeline they gave for the
 * status inquiry and the steps counted from it, the interview's date for the others.
 */
export const fieldToDate = (step: PlannedStep): 'timeline' | 'date' =>
  /^(status-inquiry|final-follow-up|move-on)$/.test(step.id) ? 'timeline' : 'date';
