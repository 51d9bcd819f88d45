import { useStore } from '@nanostores/preact';
import { atom } from 'nanostores';
import { $workspace, updateWorkspace } from '../../../stores/workspace';
import { $daysOff } from '../../../stores/days-off';
import {
  addActionItem,
  removeActionItem,
  restoreActionItem,
  updateActionItem,
} from '../../../lib/workspace/follow-up-edits';
import {
  currentApplication,
  currentRound,
  markSent,
  peopleMet,
} from '../../../lib/workspace/operations';
import type { ActionItem, Application, Profile, Round } from '../../../lib/workspace/schema';
import { actionItemStatus } from '../../../lib/timeline/action-item-status';
import { undoable } from '../../../lib/workspace/undo';
import { isoDateIn, userTimeZone } from '../../../lib/dates/zoned-time';
import { useNow } from '../hooks/use-now';
import { useUndo } from '../hooks/use-undo';
import { Field } from '../parts/Field';
import { ToolShell } from '../parts/ToolShell';
import { ApplicationSummary } from '../parts/ApplicationSummary';
import { UndoBar } from '../parts/UndoBar';

/**
 * The cover-email draft, fetched the first time any item opens its section: it brings
 * the draft panel, which the timeline pages (this tracker's homes) otherwise never load.
 */
// Held in an object: a function as a store's value would be called as a state updater.
const $coverEmail = atom<{ Draft: typeof import('../parts/CoverEmail').default } | null>(null);
const loadCoverEmail = () => {
  if (!$coverEmail.get())
    void import('../parts/CoverEmail').then((m) => $coverEmail.set({ Draft: m.default }));
};

/**
 * The action-item tracker: what you promised in the interview (the current round), by
 * when, whether it has gone out, and a short cover email for sending it.
 */
export default function ActionItemTracker({
  idPrefix = 'ai',
  titled = true,
}: {
  idPrefix?: string;
  /** Shows the tool's own title: false on the tool's page, whose h1 already names it. */
  titled?: boolean;
}) {
  const ws = useStore($workspace);
  const application = currentApplication(ws);
  const round = application && currentRound(application);
  const days = useStore($daysOff);
  const undo = useUndo();
  const now = useNow(60_000);
  const today = isoDateIn(now, userTimeZone());

  const remove = (appId: string, roundId: string, item: ActionItem) =>
    undo.remove((w) =>
      undoable(
        w,
        (x) => removeActionItem(x, appId, roundId, item.id),
        (x, removed) => restoreActionItem(x, appId, roundId, removed),
        ({ item: gone }) => ({
          done: `Removed ${gone.what || 'an item'}.`,
          undone: `Put back ${gone.what || 'the item'}.`,
        }),
      ),
    );

  return (
    <ToolShell name="action-item-tracker" title={titled ? 'Promised items' : undefined}>
      <ApplicationSummary idPrefix={idPrefix} />
      <UndoBar undo={undo} />
      {application && round && (
        <>
          {round.actionItems.length === 0 && (
            <p>
              Nothing promised yet. Add each document, reference or sample you said you would send.
            </p>
          )}
          <ol class="tool-items">
            {round.actionItems.map((item, n) => (
              <ItemEditor
                key={item.id}
                application={application}
                round={round}
                item={item}
                index={n}
                idPrefix={idPrefix}
                today={today}
                holidays={days.holidays}
                weekend={days.weekend}
                profile={ws.profile}
                onRemove={() => remove(application.id, round.id, item)}
              />
            ))}
          </ol>
          <button
            type="button"
            class="tool-button tool-button-quiet"
            onClick={() => updateWorkspace((w) => addActionItem(w, application.id, round.id))}
          >
            Add a promised item
          </button>
        </>
      )}
    </ToolShell>
  );
}

interface ItemProps {
  application: Application;
  round: Round;
  item: ActionItem;
  index: number;
  idPrefix: string;
  today: string;
  holidays: string[];
  weekend: number[];
  profile: Profile;
  onRemove: () => void;
}

function ItemEditor({
  application,
  round,
  item,
  index,
  idPrefix,
  today,
  holidays,
  weekend,
  profile,
  onRemove,
}: ItemProps) {
  const id = (name: string) => `${idPrefix}-${item.id}-${name}`;
  const set = (patch: Partial<ActionItem>) =>
    updateWorkspace((w) => updateActionItem(w, application.id, round.id, item.id, patch));
  const label = item.what.trim() || `Item ${index + 1}`;
  const { overdue, text: dueText } = actionItemStatus(item, round.date, holidays, today, weekend);
  const met = peopleMet(application, round);
  const recipient = application.people.find((p) => p.id === item.askedBy) ?? met[0] ?? null;
  const CoverEmail = useStore($coverEmail)?.Draft;
  const markDone = () =>
    updateWorkspace((w) =>
      markSent(
        updateActionItem(w, application.id, round.id, item.id, { status: 'done' }),
        application.id,
        round.id,
        'action-item',
        new Date(),
        recipient?.id,
      ),
    );

  return (
    <li class="tool-item">
      <fieldset class="tool-fieldset">
        <legend>{label}</legend>
        <p class={overdue ? 'tool-warning' : 'tool-hint'} role={overdue ? 'alert' : undefined}>
          {dueText}
        </p>
        <div class="tool-grid">
          <Field
            id={id('what')}
            label="What you promised"
            value={item.what}
            onInput={(v) => set({ what: v })}
          />
          <div class="tool-field">
            <label for={id('asked')}>Who asked for it</label>
            <select
              id={id('asked')}
              value={item.askedBy}
              onChange={(e) => set({ askedBy: e.currentTarget.value })}
            >
              <option value="">Not one person</option>
              {met.map((p, n) => (
                <option key={p.id} value={p.id}>
                  {p.name || `Interviewer ${n + 1}`}
                </option>
              ))}
            </select>
          </div>
          <Field
            id={id('due')}
            label="Deadline they gave (optional)"
            type="date"
            value={item.due}
            onInput={(v) => set({ due: v })}
          />
        </div>
        <Field
          id={id('notes')}
          label="Notes"
          hint="Anything to mention when you send it."
          multiline
          rows={2}
          value={item.notes}
          onInput={(v) => set({ notes: v })}
        />
        <div class="tool-field tool-check">
          <input
            type="checkbox"
            id={id('done')}
            checked={item.status === 'done'}
            onChange={(e) => (e.currentTarget.checked ? markDone() : set({ status: 'todo' }))}
          />
          <label for={id('done')}>Sent</label>
        </div>
        <details onToggle={(e) => e.currentTarget.open && loadCoverEmail()}>
          <summary>Cover email for {label}</summary>
          {CoverEmail ? (
            <CoverEmail
              application={application}
              round={round}
              item={item}
              recipient={recipient}
              profile={profile}
              late={overdue}
              id={id('email')}
              label={label}
            />
          ) : (
            <p class="tool-hint">Loading the draft…</p>
          )}
        </details>
        <button type="button" class="tool-button tool-button-danger" onClick={onRemove}>
          Remove {label}
        </button>
      </fieldset>
    </li>
  );
}
