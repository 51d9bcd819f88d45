import { useStore } from '@nanostores/preact';
import { atom } from 'nanostores';
import { useEffect, useRef } from 'preact/hooks';
import { $workspace, updateWorkspace } from '../../../stores/workspace';
import {
  addApplication,
  blankApplication,
  currentApplication,
  interviewListFull,
} from '../../../lib/workspace/operations';
import { MAX_INTERVIEWS } from '../../../lib/workspace/field-limits';
import {
  removeApplication,
  removePersonFromRound,
  removeRound,
  restoreApplication,
  restorePersonToRound,
  restoreRound,
} from '../../../lib/workspace/list-edits';
import { undoable } from '../../../lib/workspace/undo';
import { userTimeZone } from '../../../lib/dates/zoned-time';
import { useUndo } from '../hooks/use-undo';
import { ProfileFields } from '../parts/InterviewDetails';
import { ApplicationEditor } from '../parts/ApplicationEditor';
import { interviewName } from '../../../lib/workspace/interview-name';
import { ToolShell } from '../parts/ToolShell';
import { UndoBar } from '../parts/UndoBar';

// The pipeline (stages, board, archive, counts) comes once some application is saved, so
// a first visit does not carry it. Held in an object, as a function would be called as a
// state updater.
const $pipeline = atom<{ Comp: typeof import('../parts/Pipeline').default } | null>(null);
const loadPipeline = () => {
  if (!$pipeline.get())
    void import('../parts/Pipeline').then((m) => $pipeline.set({ Comp: m.default }));
};

/**
 * The workspace page: every interview (application), the people met in its current
 * round, and which follow-up steps of that round are done.
 */
export default function WorkspaceEditor() {
  const ws = useStore($workspace);
  const current = currentApplication(ws);
  const Pipeline = useStore($pipeline)?.Comp;
  const any = ws.applications.length > 0;
  useEffect(() => {
    if (any) loadPipeline();
  }, [any]);
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
        ) : Pipeline ? (
          <Pipeline onRemove={remove} />
        ) : (
          <p class="tool-loading">Loading your interviews…</p>
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
