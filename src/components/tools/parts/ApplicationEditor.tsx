import { updateWorkspace } from '../../../stores/workspace';
import { addPerson, currentRound, peopleMet } from '../../../lib/workspace/operations';
import { currentOutcome, setOutcome } from '../../../lib/workspace/outcome-edits';
import { FOLLOW_UP_STEPS, setStep, stepDone } from '../../../lib/workspace/steps';
import { isoDateIn, userTimeZone } from '../../../lib/dates/zoned-time';
import { formatStamp } from '../../../lib/dates/format-date';
import type { Application, OutcomeStatus } from '../../../lib/workspace/schema';
import { interviewName } from '../../../lib/workspace/interview-name';
import { InterviewDetails } from './InterviewDetails';
import { InterviewerFields } from './InterviewerFields';
import { RoundsPanel } from './RoundsPanel';
import { PERSON_ROLE_LABELS } from './round-labels';
import { MESSAGE_NAMES, STATUS_LABELS } from './status-labels';

/** What the editor of one application needs from the island that holds it. */
export interface ApplicationEditorProps {
  interview: Application;
  /** Removes a person from a round, with undo (the island owns the undo line). */
  onRemovePerson: (appId: string, roundId: string, personId: string) => void;
  /** Removes a round, with undo. */
  onRemoveRound: (appId: string, roundId: string) => void;
}

/**
 * Every detail of one application, editable: its current round's details and status,
 * the people met, its rounds, which follow-up steps are done and what was sent. Its ids
 * start "ws-" ("ws-status", "ws-timeline"), so a page holds one.
 */
export function ApplicationEditor({
  interview,
  onRemovePerson,
  onRemoveRound,
}: ApplicationEditorProps) {
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
