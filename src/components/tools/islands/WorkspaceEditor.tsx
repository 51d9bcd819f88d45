import { useStore } from '@nanostores/preact';
import { Component } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { $workspace, updateWorkspace } from '../../../stores/workspace';
import {
  addApplication,
  addPerson,
  blankApplication,
  currentApplication,
  currentRound,
  interviewListFull,
  peopleMet,
  setCurrent,
} from '../../../lib/workspace/operations';
import { MAX_INTERVIEWS } from '../../../lib/workspace/field-limits';
import { currentOutcome, setOutcome } from '../../../lib/workspace/outcome-edits';
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
import { FOLLOW_UP_STEPS, setStep, stepDone } from '../../../lib/workspace/steps';
import { isoDateIn, userTimeZone } from '../../../lib/dates/zoned-time';
import { formatStamp } from '../../../lib/dates/format-date';
import type { Application, OutcomeStatus } from '../../../lib/workspace/schema';
import { useUndo } from '../hooks/use-undo';
import { InterviewDetails, ProfileFields } from '../parts/InterviewDetails';
import { InterviewerFields } from '../parts/InterviewerFields';
import { RoundsPanel } from '../parts/RoundsPanel';
import { PERSON_ROLE_LABELS } from '../parts/round-labels';
import { interviewName } from '../../../lib/workspace/interview-name';
import { ToolShell } from '../parts/ToolShell';
import { UndoBar } from '../parts/UndoBar';

/**
 * How each standing reads, in the list and in the Status select (My interviews is the
 * one page that shows it, so the words stay out of the other pages' JavaScript).
 */
const STATUS_LABELS: Record<OutcomeStatus, string> = {
  waiting: 'Active: waiting to hear',
  'next-round': 'Next round booked',
  offer: 'Offer received',
  rejected: 'Not selected',
  withdrawn: 'I withdrew',
  accepted: 'Offer accepted',
  'no-reply': 'No reply: moved on',
};

const MESSAGE_NAMES: Record<string, string> = {
  'thank-you-email': 'Thank-you email',
  'handwritten-note': 'Handwritten note',
  linkedin: 'LinkedIn request',
  'status-inquiry': 'Status inquiry',
  'final-follow-up': 'Final follow-up',
  'action-item': 'Promised item',
};

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
        <CurrentInterview
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

function CurrentInterview({
  interview,
  onRemovePerson,
  onRemoveRound,
}: {
  interview: Application;
  onRemovePerson: (appId: string, roundId: string, personId: string) => void;
  onRemoveRound: (appId: string, roundId: string) => void;
}) {
  const round = currentRound(interview);
  return (
    <section aria-labelledby="ws-current-heading" class="tool-section">
      <h2 id="ws-current-heading">{interviewName(interview)}</h2>
      <InterviewDetails
        application={interview}
        round={round}
        idPrefix="ws"
        show={{ timeline: true }}
      >
        <div class="tool-field">
          <label for="ws-status">Status</label>
          <select
            id="ws-status"
            value={currentOutcome(interview)}
            onChange={(e) =>
              updateWorkspace((w) =>
                setOutcome(
                  w,
                  interview.id,
                  e.currentTarget.value as OutcomeStatus,
                  isoDateIn(new Date(), userTimeZone()),
                ),
              )
            }
          >
            {(Object.keys(STATUS_LABELS) as OutcomeStatus[]).map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
      </InterviewDetails>
      <h3>Who you met</h3>
      {peopleMet(interview, round).map((p, n) => (
        <fieldset key={p.id} class="tool-fieldset">
          <legend>
            Interviewer {n + 1}
            {p.name ? `: ${p.name}` : ''}
          </legend>
          <InterviewerFields
            appId={interview.id}
            interviewer={p}
            idPrefix="ws"
            show={{ email: true, linkedin: true, address: true, rapport: true }}
            roles={PERSON_ROLE_LABELS}
          />
          <button
            type="button"
            class="tool-button tool-button-danger"
            onClick={() => onRemovePerson(interview.id, round.id, p.id)}
          >
            Remove {p.name || `interviewer ${n + 1}`}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        class="tool-button tool-button-quiet"
        onClick={() => updateWorkspace((w) => addPerson(w, interview.id, undefined, round.id))}
      >
        Add an interviewer
      </button>
      <RoundsPanel application={interview} onRemoveRound={onRemoveRound} />

      <h3 id="ws-steps-heading">Follow-up steps</h3>
      <ul class="tool-steps" aria-labelledby="ws-steps-heading">
        {FOLLOW_UP_STEPS.map((step) => {
          const done = stepDone(round, step.id);
          const auto = done && !round.steps[step.id];
          const inputId = `ws-step-${step.id}`;
          return (
            <li key={step.id}>
              <input
                type="checkbox"
                id={inputId}
                checked={done}
                disabled={auto}
                aria-describedby={auto ? `${inputId}-auto` : undefined}
                onChange={(e) =>
                  updateWorkspace((w) =>
                    setStep(w, interview.id, round.id, step.id, e.currentTarget.checked),
                  )
                }
              />
              <label for={inputId}>{step.label}</label>
              {auto && (
                <span class="tool-muted" id={`${inputId}-auto`}>
                  {' '}
                  (marked sent in a tool)
                </span>
              )}
            </li>
          );
        })}
      </ul>

      {round.sent.length > 0 && (
        <>
          <h3>What you have sent</h3>
          <ul class="tool-sent">
            {round.sent.map((s, n) => {
              const who = interview.people.find((p) => p.id === s.personId)?.name;
              return (
                <li key={n}>
                  {MESSAGE_NAMES[s.kind]}
                  {who ? ` to ${who}` : ''}: <time dateTime={s.at}>{formatStamp(s.at)}</time>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
