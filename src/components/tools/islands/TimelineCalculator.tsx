import { useStore } from '@nanostores/preact';
import { atom } from 'nanostores';
import { useState } from 'preact/hooks';
import { $workspace, updateWorkspace } from '../../../stores/workspace';
import { $daysOff, type DaysOff } from '../../../stores/days-off';
import { currentApplication, currentRound, updateRound } from '../../../lib/workspace/operations';
import { updateSettings } from '../../../lib/workspace/follow-up-edits';
import {
  bufferFromInput,
  gapFromInput,
  GAP_INPUTS,
  setPlanStepDone,
} from '../../../lib/workspace/plan-edits';
import type { Application, PlanSettings, Round } from '../../../lib/workspace/schema';
import type { OutcomeContext } from '../../../lib/timeline/outcome-steps';
import {
  planForInterview,
  wordsReading,
  type PlannedStep,
} from '../../../lib/timeline/interview-plan';
import { useTimelineReadings } from '../hooks/use-timeline-readings';
import { daysOffLine } from '../../../lib/dates/days-off-summary';
import { googleCalendarUrl } from '../../../lib/calendar/google';
import {
  planCalendarId,
  planCalendarName,
  planEvents,
  planFileName,
  planStepEvent,
  stepWhen,
} from '../../../lib/calendar/plan-events';
import { isoDateIn, userTimeZone } from '../../../lib/dates/zoned-time';
import { useNow } from '../hooks/use-now';
import { ToolShell } from '../parts/ToolShell';
import { ApplicationSummary } from '../parts/ApplicationSummary';
import { applicationHref } from '../parts/workspace-href';
import { Field } from '../parts/Field';
import { FIELD_LIMITS } from '../../../lib/workspace/field-limits';

/**
 * The region picker with the data's credit, fetched the first time "Holidays" opens.
 */
// Held in an object: a function as a store's value would be called as a state updater.
const $daysOffPanel = atom<{ Comp: typeof import('../parts/DaysOffPanel').default } | null>(null);
const loadDaysOffPanel = () => {
  if (!$daysOffPanel.get())
    void import('../parts/DaysOffPanel').then((m) => $daysOffPanel.set({ Comp: m.default }));
};

const STATE_LABELS = {
  done: 'Done',
  overdue: 'Overdue',
  today: 'Due today',
  upcoming: 'Upcoming',
  unknown: 'No date yet',
} as const;

/** Writes .ics files; the serializer and the download code are fetched on the first download, not with the page. */
async function downloadIcs(
  steps: PlannedStep[],
  application: Application,
  round: Round,
  name: string,
  /** For the whole plan: the workspace and today, to add the outcome's steps (as "What to send next" shows them). */
  outcome?: { ws: OutcomeContext; today: string },
): Promise<void> {
  const [{ buildIcs, icsFilename }, { downloadText }, { outcomeSteps }] = await Promise.all([
    import('../../../lib/calendar/ics'),
    import('../parts/download'),
    import('../../../lib/timeline/outcome-steps'),
  ]);
  const all = outcome ? [...steps, ...outcomeSteps(application, outcome.ws, outcome.today)] : steps;
  const text = buildIcs(planEvents(all, application), {
    interviewId: planCalendarId(application, round),
    calendarName: planCalendarName(application),
    now: new Date(),
  });
  downloadText(icsFilename(name), text, 'text/calendar');
}

/**
 * The hiring-timeline calculator: reads the timeline they gave, dates every follow-up
 * step with its reason, shows what is due, and exports the plan to a calendar.
 */
export default function TimelineCalculator({
  idPrefix = 'tl',
  titled = true,
}: {
  idPrefix?: string;
  /** Shows the tool's own title: false on the tool's page, whose h1 already names it. */
  titled?: boolean;
}) {
  const ws = useStore($workspace);
  const application = currentApplication(ws);
  const now = useNow(60_000);
  return (
    <ToolShell name="timeline-calculator" title={titled ? 'Hiring-timeline calculator' : undefined}>
      <ApplicationSummary idPrefix={idPrefix} />
      {application && (
        <Calculator
          key={application.id}
          application={application}
          settings={ws.settings}
          today={isoDateIn(now, userTimeZone())}
          idPrefix={idPrefix}
          H={titled ? 'h3' : 'h2'}
        />
      )}
    </ToolShell>
  );
}

function Calculator({
  application,
  settings,
  today,
  idPrefix,
  H,
}: {
  application: Application;
  settings: PlanSettings;
  today: string;
  idPrefix: string;
  /** The sections' heading: under the tool's h2 title, or the page's h1 when untitled. */
  H: 'h2' | 'h3';
}) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const round = currentRound(application);
  const set = (patch: Partial<Round>) =>
    updateWorkspace((w) => updateRound(w, application.id, round.id, patch));
  const days = useStore($daysOff);
  useTimelineReadings([application], days);
  const reading = wordsReading(round, days);
  const plan = planForInterview(round, settings, today, days, userTimeZone());
  const dated = plan.flatMap((s) => (s.date ? [s.date] : [])).sort();
  const range: [string, string] | null =
    round.date && dated.length ? [round.date, dated[dated.length - 1]!] : null;
  const [status, setStatus] = useState('');
  const exportAll = () =>
    downloadIcs(plan, application, round, planFileName(application), {
      ws: { ...$workspace.get(), daysOff: days },
      today,
    })
      .then(() =>
        setStatus('Calendar file downloaded. Open it to add every step to your calendar.'),
      )
      .catch(() => setStatus('The calendar file could not be made. Please try again.'));

  return (
    <>
      <fieldset class="tool-fieldset">
        <legend>Their timeline</legend>
        <Field
          id={id('timeline')}
          label="What they said about timing"
          hint={
            'As they said it: "1-2 weeks", "by Friday", "end of the month", "10 business days", "we\'ll let you know".'
          }
          value={round.timeline}
          limit={FIELD_LIMITS.timeline}
          onInput={(v) => set({ timeline: v })}
        />
        <div aria-live="polite">
          {!reading ? (
            <p class="tool-hint">Reading what you typed…</p>
          ) : reading.kind === 'unreadable' ? (
            <p class="tool-warning">{reading.reason}</p>
          ) : (
            <p class="tool-ok">Read as: {reading.summary}.</p>
          )}
        </div>
        <Field
          id={id('timeline-date')}
          label="Or pick the date they gave"
          hint="A date here is used instead of the words above. Clear it to use the words again."
          type="date"
          value={round.timelineDate}
          onInput={(v) => set({ timelineDate: v })}
        />
        <div class="tool-field tool-check">
          <input
            type="checkbox"
            id={id('card')}
            checked={round.wantsCard}
            onChange={(e) => set({ wantsCard: e.currentTarget.checked })}
          />
          <label for={id('card')}>I am sending a handwritten card too</label>
        </div>
      </fieldset>

      <Pacing settings={settings} idPrefix={idPrefix} />
      <HolidaysPanel settings={settings} days={days} range={range} idPrefix={idPrefix} />

      <H id={id('plan-heading')}>Your follow-up plan</H>
      {!round.date && (
        <p class="tool-warning">
          The plan needs the interview's date: add it in{' '}
          <a href={applicationHref(application.id, true)}>Edit details</a>.
        </p>
      )}
      <ol class="tool-plan" aria-labelledby={id('plan-heading')}>
        {plan.map((step) => (
          <PlanRow
            key={step.id}
            step={step}
            application={application}
            round={round}
            idPrefix={idPrefix}
          />
        ))}
      </ol>
      <div class="tool-actions">
        <button type="button" class="tool-button" onClick={() => void exportAll()}>
          Download the whole plan (.ics)
        </button>
        <span class="tool-copy-status" role="status">
          {status}
        </span>
      </div>
      <p class="tool-hint">
        Calendar files include a reminder for each step. Google Calendar drops those reminders when
        it imports a file, so this page (and My interviews) always shows what is due.
      </p>
    </>
  );
}

function PlanRow({
  step,
  application,
  round,
  idPrefix,
}: {
  step: PlannedStep;
  application: Application;
  round: Round;
  idPrefix: string;
}) {
  const inputId = `${idPrefix}-done-${step.id.replace(/[^a-z0-9-]/gi, '-')}`;
  const toggle = (checked: boolean) =>
    updateWorkspace((w) =>
      setPlanStepDone(w, application.id, round.id, step.id, checked, new Date()),
    );
  const when = stepWhen(step, userTimeZone());
  return (
    <li class={`tool-step is-${step.state}`}>
      <div class="tool-step-head">
        <input
          type="checkbox"
          id={inputId}
          checked={step.done}
          onChange={(e) => toggle(e.currentTarget.checked)}
        />
        <label for={inputId}>
          <strong>{step.title}</strong>
        </label>
        <span class={`tool-badge is-${step.state}`}>{STATE_LABELS[step.state]}</span>
      </div>
      <p class="tool-step-when">{when}</p>
      <p class="tool-hint">{step.reason}</p>
      {step.date && (
        <div class="tool-actions">
          <a
            class="tool-link"
            href={googleCalendarUrl(planStepEvent(step, application))}
            target="_blank"
            rel="noopener noreferrer"
          >
            Add to Google Calendar<span class="visually-hidden"> ({step.title})</span>
          </a>
          <button
            type="button"
            class="tool-button tool-button-quiet"
            onClick={() => void downloadIcs([step], application, round, step.title)}
          >
            .ics<span class="visually-hidden"> calendar file for {step.title}</span>
          </button>
        </div>
      )}
    </li>
  );
}

function Pacing({ settings, idPrefix }: { settings: PlanSettings; idPrefix: string }) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const set = (patch: Partial<PlanSettings>) => updateWorkspace((w) => updateSettings(w, patch));
  return (
    <details class="tool-fieldset">
      <summary>Pacing</summary>
      <div class="tool-grid">
        <div class="tool-field">
          <label for={id('buffer')}>Wait after their timeline</label>
          <select
            id={id('buffer')}
            value={String(settings.inquiryBufferDays)}
            onChange={(e) => set({ inquiryBufferDays: bufferFromInput(e.currentTarget.value) })}
          >
            <option value="1">1 business day</option>
            <option value="2">2 business days</option>
          </select>
        </div>
        <div class="tool-field">
          <label for={id('second')}>Business days to the final follow-up</label>
          <input
            id={id('second')}
            type="number"
            min={GAP_INPUTS.secondFollowUpGap.min}
            max={GAP_INPUTS.secondFollowUpGap.max}
            value={settings.secondFollowUpGap}
            onChange={(e) =>
              set({
                secondFollowUpGap: gapFromInput(
                  'secondFollowUpGap',
                  e.currentTarget.value,
                  settings.secondFollowUpGap,
                ),
              })
            }
          />
        </div>
        <div class="tool-field">
          <label for={id('move-on')}>Business days until you move on</label>
          <input
            id={id('move-on')}
            type="number"
            min={GAP_INPUTS.moveOnGap.min}
            max={GAP_INPUTS.moveOnGap.max}
            value={settings.moveOnGap}
            onChange={(e) =>
              set({
                moveOnGap: gapFromInput('moveOnGap', e.currentTarget.value, settings.moveOnGap),
              })
            }
          />
        </div>
      </div>
      <p class="tool-hint">
        Defaults from the guides: 2 business days after their timeline, then 5, then 10.
      </p>
    </details>
  );
}

/**
 * The days off the plan skips: a line saying which (the region, how many fall in the
 * plan, the weekend), and the region picker, fetched on first open.
 */
function HolidaysPanel({
  settings,
  days,
  range,
  idPrefix,
}: {
  settings: PlanSettings;
  days: DaysOff;
  range: [string, string] | null;
  idPrefix: string;
}) {
  const Panel = useStore($daysOffPanel)?.Comp;
  return (
    <details
      class="tool-fieldset tool-days-off"
      onToggle={(e) => {
        if (e.currentTarget.open) loadDaysOffPanel();
      }}
    >
      <summary>{daysOffLine(days, range)}</summary>
      {Panel ? (
        <Panel settings={settings} id={`${idPrefix}-days-off`} />
      ) : (
        <p class="tool-hint">Loading the regions…</p>
      )}
    </details>
  );
}
