import { useEffect } from 'preact/hooks';
import {
  removePersonFromRound,
  removeRound,
  restorePersonToRound,
  restoreRound,
} from '../../../lib/workspace/list-edits';
import { setOutcomeDay } from '../../../lib/workspace/outcome-days';
import { undoable } from '../../../lib/workspace/undo';
import type { Application } from '../../../lib/workspace/schema';
import { updateWorkspace } from '../../../stores/workspace';
import type { UndoHandle } from '../hooks/use-undo';
import { ApplicationEditor } from './ApplicationEditor';
import { Field } from './Field';

/**
 * The application page's "Edit details": the editor of one application, with its
 * removals (a person from a round, a round) offered back on the page's undo line, as on
 * the debrief. While the latest outcome is an offer, the day they want an answer by comes
 * first: it dates the step that answers the offer. Loaded when the details first open, so
 * the page does not carry it (nor the outcome-day edit). No other page holds this form.
 */
export default function EditDetails({
  application,
  undo,
}: {
  application: Application;
  /** The page's undo (its line sits above the details, so it stays when they close). */
  undo: UndoHandle;
}) {
  // "#edit-date" or "#edit-timeline" (the links of "Needs a date" on My interviews): the
  // cursor goes to the field that dates the step, once, when the details first draw.
  useEffect(() => {
    const field = /^#edit-(\w+)$/.exec(location.hash)?.[1];
    if (field) document.getElementById(`ws-${field}`)?.focus();
  }, []);
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
  const removeRoundWithUndo = (appId: string, roundId: string) =>
    undo.remove((w) =>
      undoable(
        w,
        (x) => removeRound(x, appId, roundId),
        restoreRound,
        () => ({ done: 'Removed the round.', undone: 'Put back the round.' }),
      ),
    );
  const last = application.outcomes.length - 1;
  const offer = application.outcomes[last];
  return (
    <>
      {offer?.status === 'offer' && (
        <fieldset class="tool-fieldset">
          <legend>Your offer</legend>
          <Field
            id="ed-deadline"
            label="They want an answer by (optional)"
            type="date"
            value={offer.deadline ?? ''}
            onInput={(day) =>
              updateWorkspace((w) => setOutcomeDay(w, application.id, last, 'deadline', day))
            }
          />
        </fieldset>
      )}
      <ApplicationEditor
        interview={application}
        onRemovePerson={removePerson}
        onRemoveRound={removeRoundWithUndo}
      />
    </>
  );
}
