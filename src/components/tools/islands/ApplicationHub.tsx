import type { ComponentChildren } from 'preact';
import { useStore } from '@nanostores/preact';
import { atom } from 'nanostores';
import { useEffect, useRef, useState } from 'preact/hooks';
import { $workspace, updateWorkspace } from '../../../stores/workspace';
import { $daysOff } from '../../../stores/days-off';
import { currentApplication, currentRound, peopleMet } from '../../../lib/workspace/operations';
import { currentOutcome } from '../../../lib/workspace/outcome-edits';
import { setPlanStepDone } from '../../../lib/workspace/plan-edits';
import { interviewName } from '../../../lib/workspace/interview-name';
import type { Application, Round, Workspace } from '../../../lib/workspace/schema';
import { planForInterview, type PlannedStep } from '../../../lib/timeline/interview-plan';
import {
  applicationSteps,
  applicationTimeline,
  type TimelineEntry,
} from '../../../lib/timeline/application-timeline';
import { shortDate } from '../../../lib/dates/iso-date';
import { isoDateIn, userTimeZone } from '../../../lib/dates/zoned-time';
import { useNow } from '../hooks/use-now';
import { useTimelineReadings } from '../hooks/use-timeline-readings';
import { useUndo } from '../hooks/use-undo';
import { ToolShell } from '../parts/ToolShell';
import { UndoBar } from '../parts/UndoBar';
import { PERSON_ROLE_LABELS, ROUND_KIND_LABELS } from '../parts/round-labels';
import { STATUS_LABELS } from '../parts/status-labels';
import { WORKSPACE_HREF } from '../parts/workspace-href';
import { withBase } from '../../../lib/site/base-path';

const STATE_LABELS = {
  done: 'Done',
  overdue: 'Overdue',
  today: 'Due today',
  upcoming: 'Upcoming',
  unknown: 'No date yet',
} as const;

const HAPPENED = { past: 'Held', today: 'Held today', upcoming: 'Booked', unknown: 'No date yet' };

// Loaded on demand, each held in an object (a function as a store's value would be called
// as a state updater): the outcome steps once some application has an outcome (as on My
// interviews), a step's drafts when its section opens, and the editor when "Edit details"
// opens. The page itself carries the plan and the lists only.
const $outcomes = atom<{
  steps: typeof import('../../../lib/timeline/outcome-steps').outcomeSteps;
  message: typeof import('../../../lib/timeline/outcome-steps').stepMessage;
} | null>(null);
const loadOutcomes = () => {
  if (!$outcomes.get())
    void import('../../../lib/timeline/outcome-steps').then((m) =>
      $outcomes.set({ steps: m.outcomeSteps, message: m.stepMessage }),
    );
};
const $drafts = atom<{ Comp: typeof import('../parts/HubDraft').default } | null | false>(null);
const loadDrafts = () => {
  if (!$drafts.get())
    import('../parts/HubDraft').then(
      (m) => $drafts.set({ Comp: m.default }),
      () => $drafts.set(false),
    );
};
const $editor = atom<{ Comp: typeof import('../parts/EditDetails').default } | null | false>(null);
const loadEditor = () => {
  if (!$editor.get())
    import('../parts/EditDetails').then(
      (m) => $editor.set({ Comp: m.default }),
      () => $editor.set(false),
    );
};

/** Steps whose message is written here; the others link to their tool or are only ticked. */
const DRAFTED = /^(thank-you-email|status-inquiry|final-follow-up|action-item:)/;
/** Plan steps with nothing to draft here, and the tool where each is written. */
const TOOL_OF: Record<string, string> = {
  'handwritten-note': 'tools/handwritten-note/',
  linkedin: 'tools/linkedin-message/',
};

interface Props {
  /**
   * The debrief's address, DEBRIEF_HREF from the page; `?id=` and an id make
   * debriefHref(id). Given by the page, so the address helpers stay out of the shared
   * chunk every tool page loads (tree-shaken there while no island imports them).
   */
  debriefPage: string;
}

/**
 * The page of one application (`?id=`, else the current one): a summary with its
 * details to edit, the timeline of its steps with today marked, and everything due for
 * it in order, each with its draft, the mail link, a calendar file and "mark sent".
 */
export default function ApplicationHub({ debriefPage }: Props) {
  const ws = useStore($workspace);
  return (
    <ToolShell name="application-hub" loadingClass="tool-loading-editor">
      <Hub ws={ws} debriefPage={debriefPage} />
    </ToolShell>
  );
}

function Hub({ ws, debriefPage }: { ws: Workspace } & Props) {
  const [asked] = useState(() => new URLSearchParams(location.search).get('id') ?? '');
  const app = ws.applications.find((a) => a.id === asked) ?? currentApplication(ws);
  if (!app)
    return (
      <p>
        No interview is saved in this browser yet.{' '}
        <a href={debriefPage}>Debrief the interview you just had</a>: it takes two minutes, and
        every follow-up is then dated and drafted here.
      </p>
    );
  return (
    <>
      {asked && asked !== app.id && (
        <p class="tool-notice">
          That interview is not saved in this browser; here is the one you worked on last.
        </p>
      )}
      <Summary key={app.id} app={app} ws={ws} debriefPage={debriefPage} />
    </>
  );
}

function Summary({ app, ws, debriefPage }: { app: Application; ws: Workspace } & Props) {
  const now = useNow(60_000);
  const today = isoDateIn(now, userTimeZone());
  const days = useStore($daysOff);
  useTimelineReadings([app], days);
  const outcomes = useStore($outcomes);
  const anyOutcome = ws.applications.some((a) => a.outcomes.length > 0);
  useEffect(() => {
    if (anyOutcome) loadOutcomes();
  }, [anyOutcome]);
  const round = currentRound(app);
  const ctx = { ...ws, daysOff: days };
  const steps = applicationSteps(
    app,
    planForInterview(round, ws.settings, today, days, userTimeZone()),
    outcomes ? outcomes.steps(app, ctx, today) : [],
  );
  const timeline = applicationTimeline(app, steps, today);
  const dated = steps.filter((s) => s.date && !s.done);
  const editHeading = useRef<HTMLElement>(null);
  const undo = useUndo(() => editHeading.current);
  // "#edit", or "#edit-date" and the like from "Needs a date" (EditDetails focuses that field).
  const [editOpen, setEditOpen] = useState(() => location.hash.startsWith('#edit'));
  useEffect(() => {
    const onHash = () => location.hash.startsWith('#edit') && setEditOpen(true);
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    if (editOpen) loadEditor();
  }, [editOpen]);
  const Editor = useStore($editor);
  // The first step still to do opens with its drafts: right after a debrief, the thank-yous.
  const first = steps.find(
    (s) => !s.done && s.state !== 'unknown' && hasDraft(s, app, outcomes, ws),
  );

  return (
    <>
      <section aria-labelledby="hub-name" class="tool-section hub-summary">
        <h2 id="hub-name">{interviewName(app)}</h2>
        <dl class="hub-facts">
          <dt>Stage</dt>
          <dd>{STATUS_LABELS[currentOutcome(app)]}</dd>
          <dt>Rounds</dt>
          <dd>
            <ol class="hub-rounds">
              {app.rounds.map((r, n) => (
                <li key={r.id}>
                  {ROUND_KIND_LABELS[r.kind]}, {roundWhen(r)}
                  {peopleMet(app, r).length > 0 &&
                    `: ${peopleMet(app, r)
                      .map((p) => p.name.trim() || 'unnamed')
                      .join(', ')}`}
                  <span class="visually-hidden"> (round {n + 1})</span>
                </li>
              ))}
            </ol>
          </dd>
          <dt>People</dt>
          <dd>
            {app.people.length ? (
              <ul class="hub-people">
                {app.people.map((p) => (
                  <li key={p.id}>
                    {p.name.trim() || 'Unnamed person'}, {PERSON_ROLE_LABELS[p.role]}
                    {p.email.trim() ? ` (${p.email.trim()})` : ''}
                  </li>
                ))}
              </ul>
            ) : (
              'Nobody noted yet.'
            )}
          </dd>
        </dl>
        <p class="tool-actions">
          <a
            class="tool-button tool-button-quiet"
            href={`${debriefPage}?id=${encodeURIComponent(app.id)}`}
          >
            Debrief another round
          </a>
          <a class="tool-button tool-button-quiet" href={WORKSPACE_HREF}>
            All my interviews
          </a>
        </p>
        <UndoBar undo={undo} />
        <details
          id="edit"
          class="hub-edit"
          open={editOpen}
          onToggle={(e) => setEditOpen(e.currentTarget.open)}
        >
          <summary ref={editHeading} tabIndex={-1}>
            Edit details
          </summary>
          {editOpen &&
            (Editor ? (
              <Editor.Comp application={app} undo={undo} />
            ) : Editor === false ? (
              <p class="tool-warning">The editor could not load: check your connection.</p>
            ) : (
              <p class="tool-hint">Loading the editor…</p>
            ))}
        </details>
      </section>

      <section aria-labelledby="hub-timeline-heading" class="tool-section">
        <h2 id="hub-timeline-heading">Timeline</h2>
        <ol class="hub-timeline">
          {timeline.map((entry, n) => (
            <TimelineItem key={n} entry={entry} app={app} />
          ))}
        </ol>
        {dated.length > 1 && (
          <p class="tool-actions">
            <CalendarButton
              steps={dated}
              app={app}
              round={round}
              done={`all ${dated.length} steps, each on its day`}
            >
              Add every step to my calendar
            </CalendarButton>
          </p>
        )}
      </section>

      <section aria-labelledby="hub-due-heading" class="tool-section">
        <h2 id="hub-due-heading">What to send, in order</h2>
        {steps.length === 0 ? (
          <p>Nothing to send for this interview right now.</p>
        ) : (
          <ol class="tool-plan hub-due">
            {steps.map((step) => (
              <StepCard
                key={step.id}
                step={step}
                app={app}
                round={round}
                ws={ws}
                open={step === first}
                drafted={hasDraft(step, app, outcomes, ws)}
              />
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

/** Whether a step's message is drafted on this page (outcome steps: when they send one). */
function hasDraft(
  step: PlannedStep,
  app: Application,
  outcomes: { message: (id: string, a: Application, c: Workspace) => unknown } | null,
  ws: Workspace,
): boolean {
  if (DRAFTED.test(step.id)) return true;
  if (step.id in TOOL_OF || step.id === 'move-on') return false;
  return Boolean(outcomes?.message(step.id, app, ws));
}

/** "Tue 24 Nov, 14:00–15:00 (Europe/London)", or "no date yet". */
function roundWhen(r: Round): string {
  if (!r.date) return 'no date yet';
  const times = r.start
    ? `, ${r.start}${r.end ? `–${r.end}` : ''} (${r.timeZone.replaceAll('_', ' ')})`
    : '';
  return `${shortDate(r.date)}${times}`;
}

function TimelineItem({ entry, app }: { entry: TimelineEntry; app: Application }) {
  const date = entry.date ? (
    <time dateTime={entry.date}>{shortDate(entry.date)}</time>
  ) : (
    <span>No date yet</span>
  );
  if (entry.kind === 'today')
    return (
      <li class="hub-event is-now">
        <span class="hub-when">{date}</span>
        <strong>Today</strong>
      </li>
    );
  if (entry.kind === 'round')
    return (
      <li class={`hub-event is-round is-${entry.when}`}>
        <span class="hub-when">{date}</span>
        <span>
          Round {entry.number}: {ROUND_KIND_LABELS[entry.round.kind]}
          {peopleMet(app, entry.round).length > 0 &&
            ` with ${peopleMet(app, entry.round)
              .map((p) => p.name.trim() || 'unnamed')
              .join(', ')}`}
        </span>
        <span class="tool-badge">{HAPPENED[entry.when]}</span>
      </li>
    );
  if (entry.kind === 'outcome')
    return (
      <li class="hub-event is-outcome">
        <span class="hub-when">{date}</span>
        <span>{STATUS_LABELS[entry.outcome.status]}</span>
      </li>
    );
  const { step } = entry;
  return (
    <li class={`hub-event is-${step.state}`}>
      <span class="hub-when">{date}</span>
      <span>{step.title}</span>
      <span class={`tool-badge is-${step.state}`}>{STATE_LABELS[step.state]}</span>
    </li>
  );
}

/**
 * Writes an .ics file of steps, each an event on its day to act, named after the one
 * step or, for several, the application; the writer and the download code come on the
 * first use.
 */
async function downloadSteps(
  steps: readonly PlannedStep[],
  app: Application,
  round: Round,
): Promise<void> {
  const [{ buildIcs, icsFilename }, { downloadText }, events] = await Promise.all([
    import('../../../lib/calendar/ics'),
    import('../parts/download'),
    import('../../../lib/calendar/plan-events'),
  ]);
  const text = buildIcs(events.planEvents(steps, app), {
    interviewId: events.planCalendarId(app, round),
    calendarName: events.planCalendarName(app),
    now: new Date(),
  });
  const name = steps.length === 1 ? steps[0]!.title : events.planFileName(app);
  downloadText(icsFilename(name), text, 'text/calendar');
}

/**
 * A button that downloads the calendar file of `steps`, then says so (or that it failed)
 * beside itself: "Add to calendar" on a step, "Add every step to my calendar" for the plan.
 */
function CalendarButton({
  steps,
  app,
  round,
  done,
  quiet,
  children,
}: {
  steps: readonly PlannedStep[];
  app: Application;
  round: Round;
  /** What to say once the file is downloaded. */
  done: string;
  quiet?: boolean;
  children: ComponentChildren;
}) {
  const [said, setSaid] = useState('');
  return (
    <>
      <button
        type="button"
        class={quiet ? 'tool-button tool-button-quiet' : 'tool-button'}
        onClick={() =>
          downloadSteps(steps, app, round).then(
            () => setSaid(`Calendar file downloaded: open it to add ${done}.`),
            () => setSaid('The calendar file could not be made. Please try again.'),
          )
        }
      >
        {children}
      </button>
      <span role="status" class="tool-copy-status">
        {said}
      </span>
    </>
  );
}

function StepCard({
  step,
  app,
  round,
  ws,
  open,
  drafted,
}: {
  step: PlannedStep;
  app: Application;
  round: Round;
  ws: Workspace;
  open: boolean;
  drafted: boolean;
}) {
  const Drafts = useStore($drafts);
  const id = `hub-${step.id.replace(/[^a-z0-9-]/gi, '-')}`;
  useEffect(() => {
    if (open) loadDrafts();
  }, [open]);
  const tool = TOOL_OF[step.id];
  // Plan steps are ticked here; outcome steps and per-person thank-yous by "mark sent" in their drafts.
  const tickable =
    !step.id.startsWith('thank-you-email') &&
    !/^(status-inquiry|final-follow-up)$/.test(step.id) &&
    (step.id in TOOL_OF || step.id === 'move-on' || step.id.startsWith('action-item:'));
  const label = step.id.startsWith('action-item:') ? 'Mark sent' : 'Mark done';
  return (
    <li class={`tool-step is-${step.state}`}>
      <div class="tool-step-head">
        <h3 id={`${id}-title`} class="hub-step-title">
          {step.title}
        </h3>
        <span class={`tool-badge is-${step.state}`}>{STATE_LABELS[step.state]}</span>
      </div>
      <p class="tool-step-when">{step.date ? shortDate(step.date) : 'No date yet'}</p>
      <p class="tool-hint">{step.reason}</p>
      <div class="tool-actions">
        {step.date && (
          <CalendarButton steps={[step]} app={app} round={round} done="this step" quiet>
            Add to calendar<span class="visually-hidden"> ({step.title})</span>
          </CalendarButton>
        )}
        {tool && (
          <a class="tool-button tool-button-quiet" href={withBase(tool, import.meta.env.BASE_URL)}>
            Write it<span class="visually-hidden"> ({step.title})</span>
          </a>
        )}
        {tickable && (
          <button
            type="button"
            class="tool-button tool-button-quiet"
            aria-pressed={step.done}
            onClick={() =>
              updateWorkspace((w) =>
                setPlanStepDone(w, app.id, round.id, step.id, !step.done, new Date()),
              )
            }
          >
            {label}
            <span class="visually-hidden"> ({step.title})</span>
          </button>
        )}
      </div>
      {drafted && (
        <details open={open} onToggle={(e) => e.currentTarget.open && loadDrafts()}>
          <summary>
            {step.id === 'thank-you-email' ? 'The drafts' : 'The draft'}
            <span class="visually-hidden"> ({step.title})</span>
          </summary>
          {Drafts ? (
            <Drafts.Comp step={step} application={app} round={round} workspace={ws} id={id} />
          ) : Drafts === false ? (
            <p class="tool-warning">The draft could not load: check your connection.</p>
          ) : (
            <p class="tool-hint">Loading the draft…</p>
          )}
        </details>
      )}
    </li>
  );
}
