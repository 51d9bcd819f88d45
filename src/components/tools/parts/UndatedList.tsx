// "Needs a date" in What is due (DueSummary): each live plan's first undated step, with a
// link to the field that would date it. Fetched only when some plan has one, so My
// interviews does not carry it for the usual, fully dated list.
import { fieldToDate } from '../../../lib/timeline/undated-field';
import type { PlannedStep } from '../../../lib/timeline/interview-plan';
import { applicationHref } from './workspace-href';

interface Row {
  interviewId: string;
  interview: string;
  step: PlannedStep;
}

/**
 * The "Needs a date" heading and list: at most `shown` rows, then "and N more". Each row
 * links to its application's "Edit details" (the form lives there only), naming the
 * field to focus after "#edit-" (EditDetails reads it).
 */
export default function UndatedList({ rows, shown }: { rows: Row[]; shown: number }) {
  return (
    <>
      <h3>Needs a date</h3>
      <ul class="tool-due is-undated">
        {rows.slice(0, shown).map((d) => {
          const field = fieldToDate(d.step);
          return (
            <li key={`${d.interviewId}-${d.step.id}`}>
              {d.interview}: {d.step.title}, no date yet.{' '}
              <a href={`${applicationHref(d.interviewId)}#edit-${field}`}>
                {field === 'timeline' ? 'Fix the timeline they gave' : 'Add the interview date'}
                <span class="visually-hidden"> for {d.interview}</span>
              </a>
            </li>
          );
        })}
        {rows.length > shown && <li>and {rows.length - shown} more</li>}
      </ul>
    </>
  );
}
