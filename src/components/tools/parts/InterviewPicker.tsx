import { useStore } from '@nanostores/preact';
import { $workspace, updateWorkspace } from '../../../stores/workspace';
import {
  addApplication,
  blankApplication,
  currentRound,
  interviewListFull,
  setCurrent,
} from '../../../lib/workspace/operations';
import { MAX_INTERVIEWS } from '../../../lib/workspace/field-limits';
import { userTimeZone } from '../../../lib/dates/zoned-time';
import { interviewName } from '../../../lib/workspace/interview-name';

interface Props {
  /** Unique prefix for ids when several islands share a page. */
  idPrefix: string;
  /** URL of the workspace page, where interviews are edited in full. */
  workspaceHref: string;
}

/** Chooses the interview a tool works on, and starts a new one. */
export function InterviewPicker({ idPrefix, workspaceHref }: Props) {
  const ws = useStore($workspace);
  const create = () =>
    updateWorkspace((w) => addApplication(w, blankApplication(new Date(), userTimeZone())));
  return (
    <div class="tool-picker">
      {ws.applications.length > 0 ? (
        <div class="tool-field">
          <label for={`${idPrefix}-interview`}>Interview</label>
          <select
            id={`${idPrefix}-interview`}
            value={ws.currentId ?? ''}
            onChange={(e) => updateWorkspace((w) => setCurrent(w, e.currentTarget.value))}
          >
            {ws.applications.map((a) => {
              const { date } = currentRound(a);
              return (
                <option key={a.id} value={a.id}>
                  {interviewName(a)}
                  {date ? ` (${date})` : ''}
                </option>
              );
            })}
          </select>
        </div>
      ) : (
        <p>No interviews saved yet. Start one here; it stays in this browser.</p>
      )}
      <div class="tool-actions">
        <button
          type="button"
          class="tool-button tool-button-quiet"
          onClick={create}
          disabled={interviewListFull(ws)}
          aria-describedby={interviewListFull(ws) ? `${idPrefix}-full` : undefined}
        >
          New interview
        </button>
        <a class="tool-link" href={workspaceHref}>
          All interviews and steps
        </a>
      </div>
      {interviewListFull(ws) && (
        <p class="tool-warning" id={`${idPrefix}-full`}>
          You have {MAX_INTERVIEWS} interviews, the most the kit keeps. Delete old ones on My
          interviews (download a backup first) to add more.
        </p>
      )}
    </div>
  );
}
