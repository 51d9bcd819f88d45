import { useStore } from '@nanostores/preact';
import { $daysOff } from '../../../stores/days-off';
import { atom } from 'nanostores';
import { $workspace, updateWorkspace } from '../../../stores/workspace';
import { currentApplication } from '../../../lib/workspace/operations';
import { setOutcomeDay } from '../../../lib/workspace/outcome-days';
import { outcomeSteps, stepMessage } from '../../../lib/timeline/outcome-steps';
import type { PlannedStep } from '../../../lib/timeline/interview-plan';
import { shortDate } from '../../../lib/dates/iso-date';
import { isoDateIn, userTimeZone } from '../../../lib/dates/zoned-time';
import type { Application, OutcomeStatus, Workspace } from '../../../lib/workspace/schema';
import { useNow } from '../hooks/use-now';
import { Field } from '../parts/Field';
import { ToolShell } from '../parts/ToolShell';
import { ApplicationSummary } from '../parts/ApplicationSummary';

/** How each standing reads here (the editor's Status select sets it). */
const STATUS: Record<OutcomeStatus, string> = {
  waiting: 'Waiting to hear',
  'next-round': 'Next round booked',
  offer: 'Offer received',
  rejected: 'Not selected',
  withdrawn: 'You withdrew',
  accepted: 'Offer accepted',
  'no-reply': 'No reply: moved on',
};

const STATE_LABELS = {
  done: 'Sent',
  overdue: 'Overdue',
  today: 'Due today',
  upcoming: 'Upcoming',
  unknown: 'No date yet',
} as const;

// The draft panel and the message builders load when a step's draft is first opened.
// Held in an object: a function as a store's value would be called as a state updater.
const $stepDraft = atom<{ Draft: typeof import('../parts/StepDraft').default } | null>(null);
const loadStepDraft = () => {
  if (!$stepDraft.get())
    void import('../parts/StepDraft').then((m) => $stepDraft.set({ Draft: m.default }));
};

/**
 * "What to send next": the steps the current application's outcome calls for (an
 * offer here or elsewhere, a rejection, a withdrawal, an acceptance), each dated with
 * its reason, and the message to send for it, drafted in place.
 */
export default function NextSteps({ idPrefix = 'ns' }: { idPrefix?: string }) {
  const ws = useStore($workspace);
  const app = currentApplication(ws);
  const now = useNow(60_000);
  return (
    <ToolShell
      name="next-steps"
      title="What to send next"
      titleId={`${idPrefix}-heading`}
      notice={false}
    >
      <ApplicationSummary idPrefix={idPrefix} />
      {app && (
        <Steps
          key={app.id}
          ws={ws}
          app={app}
          today={isoDateIn(now, userTimeZone())}
          idPrefix={idPrefix}
        />
      )}
    </ToolShell>
  );
}

function Steps({
  ws,
  app,
  today,
  idPrefix,
}: {
  ws: Workspace;
  app: Application;
  today: string;
  idPrefix: string;
}) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const last = app.outcomes.length - 1;
  const outcome = app.outcomes[last];
  const days = useStore($daysOff);
  const steps = outcomeSteps(app, { ...ws, daysOff: days }, today);
  const setDay = (field: 'at' | 'deadline', day: string) =>
    updateWorkspace((w) => setOutcomeDay(w, app.id, last, field, day));
  return (
    <>
      {outcome ? (
        <fieldset class="tool-fieldset">
          <legend>Where it stands: {STATUS[outcome.status]}</legend>
          <div class="tool-grid">
            <Field
              id={id('at')}
              label="Since"
              type="date"
              value={outcome.at}
              onInput={(v) => setDay('at', v)}
            />
            {outcome.status === 'offer' && (
              <Field
                id={id('deadline')}
                label="They want an answer by (optional)"
                type="date"
                value={outcome.deadline ?? ''}
                onInput={(v) => setDay('deadline', v)}
              />
            )}
          </div>
          {last > 0 && (
            <details>
              <summary>Earlier changes</summary>
              <ol class="tool-history">
                {app.outcomes.slice(0, last).map((o, n) => (
                  <li key={n}>
                    {STATUS[o.status]}, {shortDate(o.at)}
                    {o.deadline ? ` (answer by ${shortDate(o.deadline)})` : ''}
                  </li>
                ))}
              </ol>
            </details>
          )}
        </fieldset>
      ) : (
        <p class="tool-hint">
          When you hear back, set the interview’s Status (an offer, a rejection, a withdrawal): the
          messages it calls for appear here, dated.
        </p>
      )}
      {steps.length ? (
        <ol class="tool-plan">
          {steps.map((step) => (
            <StepCard
              key={step.id}
              step={step}
              app={app}
              ws={ws}
              id={id(step.id.replace(/[^a-z0-9-]/gi, '-'))}
            />
          ))}
        </ol>
      ) : (
        <p>Nothing to send for this interview right now.</p>
      )}
    </>
  );
}

function StepCard({
  step,
  app,
  ws,
  id,
}: {
  step: PlannedStep;
  app: Application;
  ws: Workspace;
  id: string;
}) {
  const Draft = useStore($stepDraft)?.Draft;
  const message = stepMessage(step.id, app, ws);
  return (
    <li class={`tool-step is-${step.state}`}>
      <div class="tool-step-head">
        <strong>{step.title}</strong>
        <span class={`tool-badge is-${step.state}`}>{STATE_LABELS[step.state]}</span>
      </div>
      <p class="tool-step-when">{step.date ? shortDate(step.date) : 'No date yet'}</p>
      <p class="tool-hint">{step.reason}</p>
      {message && (
        <details onToggle={(e) => e.currentTarget.open && loadStepDraft()}>
          <summary>
            Draft the message<span class="visually-hidden"> ({step.title})</span>
          </summary>
          {Draft ? (
            <Draft stepId={step.id} application={app} workspace={ws} id={id} />
          ) : (
            <p class="tool-hint">Loading the draft…</p>
          )}
        </details>
      )}
    </li>
  );
}
