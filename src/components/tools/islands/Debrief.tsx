import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { $workspace, updateWorkspace } from '../../../stores/workspace';
import { $daysOff } from '../../../stores/days-off';
import {
  addPerson,
  blankPerson,
  interviewListFull,
  peopleMet,
  updateApplication,
  updatePerson,
  updateRound,
} from '../../../lib/workspace/operations';
import {
  addActionItem,
  blankActionItem,
  removeActionItem,
  restoreActionItem,
  updateActionItem,
} from '../../../lib/workspace/follow-up-edits';
import { removePersonFromRound, restorePersonToRound } from '../../../lib/workspace/list-edits';
import {
  debriefDraft,
  debriefStart,
  ensureDebrief,
  setMet,
  type DebriefStart,
} from '../../../lib/workspace/debrief-edits';
import { undoable } from '../../../lib/workspace/undo';
import { interviewName } from '../../../lib/workspace/interview-name';
import { FIELD_LIMITS, MAX_INTERVIEWS } from '../../../lib/workspace/field-limits';
import {
  INTERVIEW_FORMATS,
  type ActionItem,
  type Application,
  type InterviewFormat,
  type Person,
  type PersonRole,
  type Round,
  type RoundKind,
  type Workspace,
} from '../../../lib/workspace/schema';
import { backLabel, DEBRIEF_STEPS, nextLabel, stepCount } from '../../../lib/debrief/debrief-steps';
import { interviewTimeline } from '../../../lib/timeline/interview-plan';
import { userTimeZone } from '../../../lib/dates/zoned-time';
import { useTimelineReadings } from '../hooks/use-timeline-readings';
import { useUndo, type UndoHandle } from '../hooks/use-undo';
import { Field } from '../parts/Field';
import { ToolShell } from '../parts/ToolShell';
import { UndoBar } from '../parts/UndoBar';
import { ZoneField } from '../parts/ZoneField';
import { FORMAT_LABELS } from '../parts/labels';
import { PERSON_ROLE_LABELS, ROUND_KIND_LABELS } from '../parts/round-labels';

interface Props {
  /**
   * The application page's address for an id, `applicationHref('')` from the page, to
   * which the id is appended. Given by the page, so the helpers stay out of the shared
   * chunk every tool page loads (tree-shaken there while no island imports them).
   */
  applicationPage: string;
}

/**
 * The debrief: right after an interview, four short steps (the interview, who was met
 * and what was discussed with each, what they said about timing, what was promised),
 * each saved as it is typed, then on to the application page with every draft ready.
 * With `?id=<application>` it debriefs a new round of that application.
 */
export default function Debrief({ applicationPage }: Props) {
  const ws = useStore($workspace);
  return (
    <ToolShell name="debrief" loadingClass="tool-loading-editor">
      <Flow ws={ws} applicationPage={applicationPage} />
    </ToolShell>
  );
}

/** A round kind that is only how it was held keeps the format in step with it. */
const isFormat = (kind: string): kind is InterviewFormat =>
  (INTERVIEW_FORMATS as readonly string[]).includes(kind);

function Flow({ ws, applicationPage }: { ws: Workspace } & Props) {
  // Read once, after hydration: the address says which application (and, once saved,
  // which round) this debrief is about.
  const [start] = useState<DebriefStart>(() => debriefStart(ws, location.search));
  const [draft] = useState(() => debriefDraft(start, new Date(), userTimeZone()));
  const saved = ws.applications.find((a) => a.id === draft.application.id);
  const application = saved ?? draft.application;
  const savedRound = saved?.rounds.find((r) => r.id === draft.round.id);
  const round = savedRound ?? draft.round;
  const [step, setStep] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const [focusId, setFocusId] = useState('');
  const undo = useUndo(() => heading.current);
  const days = useStore($daysOff);
  useTimelineReadings(savedRound ? [application] : [], days);

  // Once the round is saved the address names it, so a reload continues this debrief.
  useEffect(() => {
    if (!savedRound) return;
    const params = new URLSearchParams(location.search);
    if (params.get('id') === application.id && params.get('round') === round.id) return;
    params.set('id', application.id);
    params.set('round', round.id);
    history.replaceState(history.state, '', `?${params.toString()}${location.hash}`);
  }, [Boolean(savedRound)]);
  // The step's heading takes focus when the user moves between steps (not on load).
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [step]);
  // A new person's or item's first field takes focus once it is drawn (the store's
  // redraw may come a moment after this component's).
  useEffect(() => {
    const field = focusId && document.getElementById(focusId);
    if (!field) return;
    field.focus();
    setFocusId('');
  });

  /** Applies an edit, saving the application or round first if this is the first edit. */
  const edit = (fn: (w: Workspace) => Workspace) =>
    updateWorkspace((w) => fn(ensureDebrief(w, draft)));
  const setRound = (patch: Partial<Round>) =>
    edit((w) => updateRound(w, application.id, round.id, patch));
  const go = (to: number) => {
    moved.current = true;
    setStep(to);
  };
  const full = !saved && interviewListFull(ws);
  const current = DEBRIEF_STEPS[step]!;
  const back = backLabel(step);
  const last = step === DEBRIEF_STEPS.length - 1;

  return (
    <div class="debrief-flow">
      {start.kind === 'new' && start.unknownId && (
        <p class="tool-notice">
          That interview is not saved in this browser, so this debrief starts a new one.
        </p>
      )}
      {start.kind !== 'new' && (
        <p class="tool-notice">
          A new round of <strong>{interviewName(application)}</strong>: round{' '}
          {(savedRound ? application.rounds.indexOf(savedRound) : application.rounds.length) + 1}.
        </p>
      )}
      {full && (
        <p class="tool-warning" role="alert">
          You have {MAX_INTERVIEWS} interviews, the most the kit keeps, so nothing here can be
          saved. Delete ones you no longer follow up on in My interviews first.
        </p>
      )}
      <UndoBar undo={undo} />
      <section aria-labelledby="db-step-heading" class="debrief-step">
        <h2 id="db-step-heading" tabIndex={-1} ref={heading}>
          <span class="debrief-count">{stepCount(step)}</span> {current.title}
        </h2>
        {current.id === 'interview' && (
          <InterviewStep
            application={application}
            round={round}
            isNew={start.kind === 'new'}
            edit={edit}
            setRound={setRound}
          />
        )}
        {current.id === 'people' && (
          <PeopleStep
            application={application}
            round={round}
            showEarlier={start.kind !== 'new'}
            edit={edit}
            ensure={(w) => ensureDebrief(w, draft)}
            undo={undo}
            onAdded={(id) => setFocusId(`db-${id}-name`)}
          />
        )}
        {current.id === 'timing' && (
          <TimingStep
            application={application}
            round={round}
            setRound={setRound}
            reading={savedRound ? interviewTimeline(round, days) : null}
          />
        )}
        {current.id === 'promised' && (
          <PromisedStep
            application={application}
            round={round}
            edit={edit}
            undo={undo}
            onAdded={(id) => setFocusId(`db-${id}-what`)}
          />
        )}
      </section>
      <div class="debrief-nav">
        {back && (
          <button type="button" class="tool-button tool-button-quiet" onClick={() => go(step - 1)}>
            {back}
          </button>
        )}
        {last ? (
          <a class="tool-button" href={applicationPage + encodeURIComponent(application.id)}>
            {nextLabel(step)}
          </a>
        ) : (
          <button type="button" class="tool-button" onClick={() => go(step + 1)}>
            {nextLabel(step)}
          </button>
        )}
      </div>
      <p class="tool-hint">
        Every step is optional and saved as you type: you can leave and come back.
      </p>
    </div>
  );
}

type Edit = (fn: (w: Workspace) => Workspace) => void;

function InterviewStep({
  application,
  round,
  isNew,
  edit,
  setRound,
}: {
  application: Application;
  round: Round;
  isNew: boolean;
  edit: Edit;
  setRound: (patch: Partial<Round>) => void;
}) {
  const set = (patch: Partial<Application>) =>
    edit((w) => updateApplication(w, application.id, patch));
  return (
    <>
      {isNew && (
        <div class="tool-grid">
          <Field
            id="db-company"
            label="Company"
            value={application.company}
            onInput={(v) => set({ company: v })}
            autoComplete="organization"
          />
          <Field
            id="db-role"
            label="Role"
            value={application.role}
            onInput={(v) => set({ role: v })}
            autoComplete="organization-title"
          />
        </div>
      )}
      <div class="tool-grid">
        <div class="tool-field">
          <label for="db-kind">What kind of round</label>
          <select
            id="db-kind"
            value={round.kind}
            onChange={(e) => {
              const kind = e.currentTarget.value as RoundKind;
              setRound(isFormat(kind) ? { kind, format: kind } : { kind });
            }}
          >
            {(Object.keys(ROUND_KIND_LABELS) as RoundKind[]).map((k) => (
              <option key={k} value={k}>
                {ROUND_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        {!isFormat(round.kind) && (
          <div class="tool-field">
            <label for="db-format">How it was held</label>
            <select
              id="db-format"
              value={round.format}
              onChange={(e) => setRound({ format: e.currentTarget.value as InterviewFormat })}
            >
              {INTERVIEW_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {FORMAT_LABELS[f]}
                </option>
              ))}
            </select>
          </div>
        )}
        <Field
          id="db-date"
          label="Date"
          type="date"
          value={round.date}
          onInput={(v) => setRound({ date: v })}
        />
        <Field
          id="db-start"
          label="Start time"
          type="time"
          value={round.start}
          onInput={(v) => setRound({ start: v })}
        />
        <Field
          id="db-end"
          label="End time"
          hint="The thank-you clock starts here."
          type="time"
          value={round.end}
          onInput={(v) => setRound({ end: v })}
        />
        <ZoneField
          id="db-zone"
          zone={round.timeZone}
          date={round.date}
          onChoose={(z) => setRound({ timeZone: z })}
        />
      </div>
    </>
  );
}

function PeopleStep({
  application,
  round,
  showEarlier,
  edit,
  ensure,
  undo,
  onAdded,
}: {
  application: Application;
  round: Round;
  showEarlier: boolean;
  edit: Edit;
  /** Saves the debrief first, so the one blank person of a new debrief can be removed. */
  ensure: (w: Workspace) => Workspace;
  undo: UndoHandle;
  onAdded: (personId: string) => void;
}) {
  const met = peopleMet(application, round);
  // People met in the application's other rounds stay listed, ticked when met again.
  const earlier = showEarlier
    ? application.people.filter((p) =>
        application.rounds.some((r) => r.id !== round.id && r.met.includes(p.id)),
      )
    : [];
  const target = { appId: application.id, roundId: round.id };
  const add = () => {
    const person = blankPerson();
    edit((w) => addPerson(w, application.id, person, round.id));
    onAdded(person.id);
  };
  const remove = (person: Person, n: number) =>
    undo.remove((w) =>
      undoable(
        ensure(w),
        (x) => removePersonFromRound(x, application.id, round.id, person.id),
        restorePersonToRound,
        () => ({
          done: `Removed ${person.name.trim() || `person ${n + 1}`}.`,
          undone: `Put back ${person.name.trim() || `person ${n + 1}`}.`,
        }),
      ),
    );
  return (
    <>
      <p class="tool-hint">
        Each person gets their own thank-you, built from what you talked about with them.
      </p>
      {earlier.length > 0 && (
        <fieldset class="tool-fieldset">
          <legend>Met again from earlier rounds</legend>
          {earlier.map((p) => (
            <div class="tool-field tool-check" key={p.id}>
              <input
                type="checkbox"
                id={`db-again-${p.id}`}
                checked={round.met.includes(p.id)}
                onChange={(e) => {
                  const met = e.currentTarget.checked;
                  edit((w) => setMet(w, target, p.id, met));
                }}
              />
              <label for={`db-again-${p.id}`}>
                {p.name.trim() || 'Unnamed person'} ({PERSON_ROLE_LABELS[p.role]})
              </label>
            </div>
          ))}
        </fieldset>
      )}
      {met.map((p, n) => (
        <PersonFields
          key={p.id}
          appId={application.id}
          person={p}
          index={n}
          edit={edit}
          onRemove={() => remove(p, n)}
        />
      ))}
      <button type="button" class="tool-button tool-button-quiet" onClick={add}>
        Add {met.length ? 'another person' : 'a person'}
      </button>
    </>
  );
}

function PersonFields({
  appId,
  person,
  index,
  edit,
  onRemove,
}: {
  appId: string;
  person: Person;
  index: number;
  edit: Edit;
  onRemove: () => void;
}) {
  const set = (patch: Partial<Person>) => edit((w) => updatePerson(w, appId, person.id, patch));
  const id = (name: string) => `db-${person.id}-${name}`;
  const who = person.name.trim() || `Person ${index + 1}`;
  return (
    <fieldset class="tool-fieldset">
      <legend>
        Person {index + 1}
        {person.name.trim() ? `: ${person.name.trim()}` : ''}
      </legend>
      <div class="tool-grid">
        <Field
          id={id('name')}
          label="Full name"
          value={person.name}
          onInput={(v) => set({ name: v })}
        />
        <div class="tool-field">
          <label for={id('role')}>Their part</label>
          <select
            id={id('role')}
            value={person.role}
            onChange={(e) => set({ role: e.currentTarget.value as PersonRole })}
          >
            {(Object.keys(PERSON_ROLE_LABELS) as PersonRole[]).map((r) => (
              <option key={r} value={r}>
                {PERSON_ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </div>
        <Field
          id={id('email')}
          label="Email (optional)"
          type="email"
          value={person.email}
          onInput={(v) => set({ email: v })}
        />
      </div>
      <Field
        id={id('topics')}
        label={`What you talked about with ${who}`}
        hint="One point per line: a project they described, a question they asked."
        multiline
        value={person.topics}
        onInput={(v) => set({ topics: v })}
      />
      <button type="button" class="tool-button tool-button-quiet" onClick={onRemove}>
        Remove {who}
      </button>
    </fieldset>
  );
}

function TimingStep({
  application,
  round,
  setRound,
  reading,
}: {
  application: Application;
  round: Round;
  setRound: (patch: Partial<Round>) => void;
  reading: ReturnType<typeof interviewTimeline>;
}) {
  const met = peopleMet(application, round);
  const said = round.timeline.trim();
  return (
    <>
      <Field
        id="db-timeline"
        label="Their words"
        hint={'As they said it, e.g. "1-2 weeks" or "by Friday". Nothing said? Skip this step.'}
        value={round.timeline}
        limit={FIELD_LIMITS.timeline}
        onInput={(v) => setRound({ timeline: v })}
      />
      <div class="tool-field">
        <label for="db-timeline-by">Who said it</label>
        <select
          id="db-timeline-by"
          value={round.timelineBy}
          onChange={(e) => setRound({ timelineBy: e.currentTarget.value })}
        >
          <option value="">Not noted</option>
          {met.map((p, n) => (
            <option key={p.id} value={p.id}>
              {p.name.trim() || `Person ${n + 1}`}
            </option>
          ))}
        </select>
      </div>
      <div aria-live="polite">
        {said &&
          (reading === null ? (
            <p class="tool-hint">Reading what you typed…</p>
          ) : reading.kind === 'range' || reading.kind === 'date' ? (
            <p class="tool-ok">Read as: {reading.summary}.</p>
          ) : reading.kind === 'unreadable' ? (
            <p class="tool-warning">{reading.reason} You can pick the date below instead.</p>
          ) : null)}
        {!said && (
          <p class="tool-hint">
            With no timeline, the plan waits five business days before a status inquiry.
          </p>
        )}
      </div>
      {said && reading?.kind === 'unreadable' && (
        <Field
          id="db-timeline-date"
          label="The day they meant (optional)"
          type="date"
          value={round.timelineDate}
          onInput={(v) => setRound({ timelineDate: v })}
        />
      )}
    </>
  );
}

function PromisedStep({
  application,
  round,
  edit,
  undo,
  onAdded,
}: {
  application: Application;
  round: Round;
  edit: Edit;
  undo: UndoHandle;
  onAdded: (itemId: string) => void;
}) {
  const met = peopleMet(application, round);
  const add = () => {
    const item = blankActionItem();
    edit((w) => addActionItem(w, application.id, round.id, item));
    onAdded(item.id);
  };
  const remove = (item: ActionItem, n: number) =>
    undo.remove((w) =>
      undoable(
        w,
        (x) => removeActionItem(x, application.id, round.id, item.id),
        (x, removed) => restoreActionItem(x, application.id, round.id, removed),
        () => ({
          done: `Removed ${item.what.trim() || `item ${n + 1}`}.`,
          undone: `Put back ${item.what.trim() || `item ${n + 1}`}.`,
        }),
      ),
    );
  return (
    <>
      <p class="tool-hint">
        A document, references, a sample: each gets a dated reminder and a short cover email.
      </p>
      {round.actionItems.map((item, n) => {
        const id = (name: string) => `db-${item.id}-${name}`;
        const set = (patch: Partial<ActionItem>) =>
          edit((w) => updateActionItem(w, application.id, round.id, item.id, patch));
        const label = item.what.trim() || `Item ${n + 1}`;
        return (
          <fieldset class="tool-fieldset" key={item.id}>
            <legend>{label}</legend>
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
                  {met.map((p, k) => (
                    <option key={p.id} value={p.id}>
                      {p.name.trim() || `Person ${k + 1}`}
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
            <button
              type="button"
              class="tool-button tool-button-quiet"
              onClick={() => remove(item, n)}
            >
              Remove {label}
            </button>
          </fieldset>
        );
      })}
      <button type="button" class="tool-button tool-button-quiet" onClick={add}>
        Add {round.actionItems.length ? 'another promised item' : 'a promised item'}
      </button>
    </>
  );
}
