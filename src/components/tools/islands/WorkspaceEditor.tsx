import { useStore } from '@nanostores/preact';
import { Component } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { $workspace, updateWorkspace } from '../../../stores/workspace';
import {
  addApplication,
  blankApplication,
  currentApplication,
  currentRound,
  interviewListFull,
  peopleMet,
  setCurrent,
} from '../../../lib/workspace/operations';
import { MAX_INTERVIEWS } from '../../../lib/workspace/field-limits';
import { currentOutcome } from '../../../lib/workspace/outcome-edits';
import {
  duplicateApplication,
  removeApplication,
  removePersonFromRound,
  removeRound,
  restoreApplication,
  restorePersonToRound,
  restoreRound,
} from '../../../lib/workspace/list-edits';
import { undoable } from '../../../lib/workspace/undo';
import { userTimeZone } from '../../../lib/dates/zoned-time';
import type { Application } from '../../../lib/workspace/schema';
import { useUndo } from '../hooks/use-undo';
import { ProfileFields } from '../parts/InterviewDetails';
import { ApplicationEditor } from '../parts/ApplicationEditor';
import { STATUS_LABELS } from '../parts/status-labels';
import { interviewName } from '../../../lib/workspace/interview-name';
import { ToolShell } from '../parts/ToolShell';
import { UndoBar } from '../parts/UndoBar';

/**
 * The workspace page: every interview (application), the people met in its current
 * round, and which follow-up steps of that round are done.
 */
export default function WorkspaceEditor() {
  const ws = useStore($workspace);
  const current = currentApplication(ws);
  const [showAll, setShowAll] = useState(false);
  // The pressed Delete/Remove button disappears: focus goes to Undo, and after Undo, to
  // the list heading, instead of falling to <body>.
  const listHeading = useRef<HTMLHeadingElement>(null);
  const undo = useUndo(() => listHeading.current);

  const create = () =>
    updateWorkspace((w) => addApplication(w, blankApplication(new Date(), userTimeZone())));
  const remove = (id: string) =>
    undo.remove((w) =>
      undoable(
        w,
        (x) => removeApplication(x, id),
        restoreApplication,
        (r) => ({
          done: `Deleted ${interviewName(r.application)}.`,
          undone: `Put back ${interviewName(r.application)}.`,
        }),
      ),
    );
  const removeRoundWithUndo = (appId: string, roundId: string) =>
    undo.remove((w) =>
      undoable(
        w,
        (x) => removeRound(x, appId, roundId),
        restoreRound,
        () => ({ done: 'Removed the round.', undone: 'Put back the round.' }),
      ),
    );
  const removePerson = (appId: string, roundId: string, personId: string) =>
    undo.remove((w) =>
      undoable(
        w,
        (x) => removePersonFromRound(x, appId, roundId, personId),
        restorePersonToRound,
        (r) => ({
          done: `Deleted ${r.person.name || 'an interviewer'}.`,
          undone: `Put back ${r.person.name || 'the interviewer'}.`,
        }),
      ),
    );

  return (
    // As tall as the empty editor at phone width while loading, so the page does not jump.
    <ToolShell name="workspace-editor" loadingClass="tool-loading-editor">
      <UndoBar undo={undo} />
      <ProfileFields idPrefix="ws" />

      <section aria-labelledby="ws-list-heading" class="tool-section">
        <h2 id="ws-list-heading" tabIndex={-1} ref={listHeading}>
          Your interviews
        </h2>
        {ws.applications.length === 0 ? (
          <p>
            No interviews yet. Add the one you just had: it takes a minute, and every tool on the
            site uses it.
          </p>
        ) : (
          <>
            <ul class="tool-list">
              {(showAll ? ws.applications : ws.applications.slice(-LIST_PAGE)).map((i) => (
                <InterviewRow
                  key={i.id}
                  interview={i}
                  current={i.id === ws.currentId}
                  onRemove={remove}
                />
              ))}
            </ul>
            {!showAll && ws.applications.length > LIST_PAGE && (
              <button
                type="button"
                class="tool-button tool-button-quiet"
                onClick={() => setShowAll(true)}
              >
                Show all {ws.applications.length} interviews
              </button>
            )}
          </>
        )}
        <button
          type="button"
          class="tool-button"
          onClick={create}
          disabled={interviewListFull(ws)}
          aria-describedby={interviewListFull(ws) ? 'ws-list-full' : undefined}
        >
          Add an interview
        </button>
        {interviewListFull(ws) && (
          <p class="tool-warning" id="ws-list-full">
            You have {MAX_INTERVIEWS} interviews, the most the kit keeps. Download a backup, then
            delete ones you no longer follow up on to add more.
          </p>
        )}
      </section>

      {current && (
        <ApplicationEditor
          interview={current}
          onRemovePerson={removePerson}
          onRemoveRound={removeRoundWithUndo}
        />
      )}
    </ToolShell>
  );
}

/** Interviews listed before "Show all": the newest, so a long list opens at once. */
const LIST_PAGE = 30;

interface RowProps {
  interview: Application;
  current: boolean;
  onRemove: (id: string) => void;
}

/**
 * One interview in the list. Rendered again only when that interview changes, so typing
 * in one interview does not redraw hundreds of rows (preact core has no memo()).
 */
class InterviewRow extends Component<RowProps> {
  override shouldComponentUpdate(next: RowProps) {
    return next.interview !== this.props.interview || next.current !== this.props.current;
  }
  override render({ interview: i, current, onRemove }: RowProps) {
    const round = currentRound(i);
    const met = peopleMet(i, round).length;
    return (
      <li class={current ? 'is-current' : undefined}>
        <div class="tool-list-main">
          <strong>{interviewName(i)}</strong>
          <span class="tool-muted">
            {round.date || 'no date'} · {STATUS_LABELS[currentOutcome(i)]} · {met}{' '}
            {met === 1 ? 'person' : 'people'}
          </span>
        </div>
        <div class="tool-actions">
          {current ? (
            <span class="tool-badge">Open below</span>
          ) : (
            <button
              type="button"
              class="tool-button tool-button-quiet"
              onClick={() => updateWorkspace((w) => setCurrent(w, i.id))}
            >
              Open<span class="visually-hidden"> {interviewName(i)}</span>
            </button>
          )}
          <button
            type="button"
            class="tool-button tool-button-quiet"
            onClick={() => updateWorkspace((w) => duplicateApplication(w, i.id, new Date()))}
          >
            Duplicate<span class="visually-hidden"> {interviewName(i)}</span>
          </button>
          <button
            type="button"
            class="tool-button tool-button-danger"
            onClick={() => onRemove(i.id)}
          >
            Delete<span class="visually-hidden"> {interviewName(i)}</span>
          </button>
        </div>
      </li>
    );
  }
}
