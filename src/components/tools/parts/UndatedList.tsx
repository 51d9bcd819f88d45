// "Needs a date" in What is due (DueSummary): each live plan's first undated step, with a
// button to the field that would date it. Fetched only when some plan has one, so My
// interviews does not carry it for the usual, fully dated list.
import { $workspace, updateWorkspace } from '../../../stores/workspace';
import { currentRound, setCurrent } from '../../../lib/workspace/operations';
import { fieldToDate } from '../../../lib/timeline/undated-field';
import type { PlannedStep } from '../../../lib/timeline/interview-plan';

interface Row {
  interviewId: string;
  interview: string;
  step: PlannedStep;
}

/**
 * Focuses the editor's field `id` (below on the same page) once it shows `value`, the
 * chosen application's: focused earlier, the field would keep the previous one's text,
 * as a focused field keeps what it holds.
 */
function focusWhenShown(id: string, value: string, tries = 60): void {
  const el = document.getElementById(id) as HTMLInputElement | null;
  if (el && (el.value === value || tries === 0)) el.focus();
  else if (tries > 0) requestAnimationFrame(() => focusWhenShown(id, value, tries - 1));
}

/** Makes the row's application current in the editor and moves focus to the field that dates the step. */
function fix(row: Row): void {
  const app = $workspace.get().applications.find((a) => a.id === row.interviewId);
  if (!app) return;
  const field = fieldToDate(row.step);
  updateWorkspace((w) => setCurrent(w, row.interviewId));
  focusWhenShown(`ws-${field}`, currentRound(app)[field]);
}

/** The "Needs a date" heading and list: at most `shown` rows, then "and N more". */
export default function UndatedList({ rows, shown }: { rows: Row[]; shown: number }) {
  return (
    <>
      <h3>Needs a date</h3>
      <ul class="tool-due is-undated">
        {rows.slice(0, shown).map((d) => (
          <li key={`${d.interviewId}-${d.step.id}`}>
            {d.interview}: {d.step.title}, no date yet.{' '}
            <button type="button" class="tool-link-button" onClick={() => fix(d)}>
              {fieldToDate(d.step) === 'timeline'
                ? 'Fix the timeline they gave'
                : 'Add the interview date'}
              <span class="visually-hidden"> for {d.interview}</span>
            </button>
          </li>
        ))}
        {rows.length > shown && <li>and {rows.length - shown} more</li>}
      </ul>
    </>
  );
}
