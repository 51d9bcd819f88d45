import { useStore } from '@nanostores/preact';
import { Component } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { $workspace, updateWorkspace } from '../../../stores/workspace';
import {
  addInterview,
  addInterviewer,
  blankInterview,
  currentInterview,
  interviewListFull,
  setCurrent,
} from '../../../lib/workspace/operations';
import { MAX_INTERVIEWS } from '../../../lib/workspace/field-limits';
import {
  duplicateInterview,
  removeInterview,
  removeInterviewer,
  restoreInterview,
  restoreInterviewer,
  type RemovedInterview,
  type RemovedInterviewer,
} from '../../../lib/workspace/list-edits';
import { FOLLOW_UP_STEPS, setStep, stepDone } from '../../../lib/workspace/steps';
import { userTimeZone } from '../../../lib/dates/zoned-time';
import { formatStamp } from '../../../lib/dates/format-date';
import type { Interview } from '../../../lib/workspace/schema';
import { useHydrated } from '../hooks/use-hydrated';
import { InterviewDetails, ProfileFields } from '../parts/InterviewDetails';
import { InterviewerFields } from '../parts/InterviewerFields';
import { StorageNotice } from '../parts/StorageNotice';
import { STATUS_LABELS } from '../parts/labels';
import { interviewName } from '../../../lib/workspace/interview-name';

type Undo =
  | { kind: 'interview'; removed: RemovedInterview }
  | { kind: 'interviewer'; removed: RemovedInterviewer };

const MESSAGE_NAMES: Record<string, string> = {
  'thank-you-email': 'Thank-you email',
  'handwritten-note': 'Handwritten note',
  linkedin: 'LinkedIn request',
  'status-inquiry': 'Status inquiry',
  'final-follow-up': 'Final follow-up',
  'action-item': 'Promised item',
};

/** The workspace page: every interview, its people, and which follow-up steps are done. */
export default function WorkspaceEditor() {
  const hydrated = useHydrated();
  const ws = useStore($workspace);
  const current = currentInterview(ws);
  const [undo, setUndo] = useState<Undo | null>(null);
  const [showAll, setShowAll] = useState(false);
  // The pressed Delete/Remove/Undo button disappears: move focus somewhere sensible
  // (the Undo button, then the list heading) instead of letting it fall to <body>.
  const undoButton = useRef<HTMLButtonElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const [focusAfter, setFocusAfter] = useState<'undo' | 'list' | null>(null);
  useEffect(() => {
    if (focusAfter === 'undo') undoButton.current?.focus();
    if (focusAfter === 'list') listHeading.current?.focus();
    setFocusAfter(null);
  }, [focusAfter]);

  // As tall as the empty editor at phone width, so the page does not jump when it appears.
  if (!hydrated)
    return <p class="tool-loading tool-loading-editor">Loading your saved interviews…</p>;

  const create = () =>
    updateWorkspace((w) => addInterview(w, blankInterview(new Date(), userTimeZone())));
  const remove = (id: string) => {
    const { workspace, removed } = removeInterview($workspace.get(), id);
    if (removed) {
      $workspace.set(workspace);
      setUndo({ kind: 'interview', removed });
      setFocusAfter('undo');
    }
  };
  const removePerson = (interviewId: string, personId: string) => {
    const { workspace, removed } = removeInterviewer($workspace.get(), interviewId, personId);
    if (removed) {
      $workspace.set(workspace);
      setUndo({ kind: 'interviewer', removed });
      setFocusAfter('undo');
    }
  };
  const runUndo = () => {
    if (!undo) return;
    updateWorkspace((w) =>
      undo.kind === 'interview'
        ? restoreInterview(w, undo.removed)
        : restoreInterviewer(w, undo.removed),
    );
    setUndo(null);
    setFocusAfter('list');
  };

  return (
    <div class="tool workspace-editor">
      <StorageNotice />
      <div class="tool-undo" role="status" aria-live="polite">
        {undo && (
          <p>
            Deleted{' '}
            {undo.kind === 'interview'
              ? interviewName(undo.removed.interview)
              : undo.removed.interviewer.name || 'an interviewer'}
            .{' '}
            <button type="button" class="tool-button" onClick={runUndo} ref={undoButton}>
              Undo
            </button>
          </p>
        )}
      </div>
      <ProfileFields idPrefix="ws" />

      <section aria-labelledby="ws-list-heading" class="tool-section">
        <h2 id="ws-list-heading" tabIndex={-1} ref={listHeading}>
          Your interviews
        </h2>
        {ws.interviews.length === 0 ? (
          <p>
            No interviews yet. Add the one you just had: it takes a minute, and every tool on the
            site uses it.
          </p>
        ) : (
          <>
            <ul class="tool-list">
              {(showAll ? ws.interviews : ws.interviews.slice(-LIST_PAGE)).map((i) => (
                <InterviewRow
                  key={i.id}
                  interview={i}
                  current={i.id === ws.currentId}
                  onRemove={remove}
                />
              ))}
            </ul>
            {!showAll && ws.interviews.length > LIST_PAGE && (
              <button
                type="button"
                class="tool-button tool-button-quiet"
                onClick={() => setShowAll(true)}
              >
                Show all {ws.interviews.length} interviews
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

      {current && <CurrentInterview interview={current} onRemovePerson={removePerson} />}
    </div>
  );
}

/** Interviews listed before "Show all": the newest, so a long list opens at once. */
const LIST_PAGE = 30;

interface RowProps {
  interview: Interview;
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
    return (
      <li class={current ? 'is-current' : undefined}>
        <div class="tool-list-main">
          <strong>{interviewName(i)}</strong>
          <span class="tool-muted">
            {i.date || 'no date'} · {STATUS_LABELS[i.status]} · {i.interviewers.length}{' '}
            {i.interviewers.length === 1 ? 'person' : 'people'}
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
            onClick={() => updateWorkspace((w) => duplicateInterview(w, i.id, new Date()))}
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
}: {
  interview: Interview;
  onRemovePerson: (interviewId: string, personId: string) => void;
}) {
  return (
    <section aria-labelledby="ws-current-heading" class="tool-section">
      <h2 id="ws-current-heading">{interviewName(interview)}</h2>
      <InterviewDetails
        interview={interview}
        idPrefix="ws"
        show={{ status: true, timeline: true }}
      />
      <h3>Who you met</h3>
      {interview.interviewers.map((p, n) => (
        <fieldset key={p.id} class="tool-fieldset">
          <legend>
            Interviewer {n + 1}
            {p.name ? `: ${p.name}` : ''}
          </legend>
          <InterviewerFields
            interviewId={interview.id}
            interviewer={p}
            idPrefix="ws"
            show={{ email: true, linkedin: true, address: true, rapport: true }}
          />
          <button
            type="button"
            class="tool-button tool-button-danger"
            onClick={() => onRemovePerson(interview.id, p.id)}
          >
            Remove {p.name || `interviewer ${n + 1}`}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        class="tool-button tool-button-quiet"
        onClick={() => updateWorkspace((w) => addInterviewer(w, interview.id))}
      >
        Add an interviewer
      </button>

      <h3 id="ws-steps-heading">Follow-up steps</h3>
      <ul class="tool-steps" aria-labelledby="ws-steps-heading">
        {FOLLOW_UP_STEPS.map((step) => {
          const done = stepDone(interview, step.id);
          const auto = done && !interview.steps[step.id];
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
                  updateWorkspace((w) => setStep(w, interview.id, step.id, e.currentTarget.checked))
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

      {interview.sent.length > 0 && (
        <>
          <h3>What you have sent</h3>
          <ul class="tool-sent">
            {interview.sent.map((s, n) => {
              const who = interview.interviewers.find((p) => p.id === s.interviewerId)?.name;
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
