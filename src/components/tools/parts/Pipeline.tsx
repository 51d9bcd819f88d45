// "Your interviews" on My interviews: the applications by stage, as a list or a board,
// with what is due. Fetched once some application is saved (WorkspaceEditor), so a first
// visit does not carry it and the page stays within its budget.
import { useStore } from '@nanostores/preact';
import { Component } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { $workspace, updateWorkspace } from '../../../stores/workspace';
import { $daysOff } from '../../../stores/days-off';
import { currentRound, peopleMet } from '../../../lib/workspace/operations';
import { currentOutcome, setOutcome } from '../../../lib/workspace/outcome-edits';
import { duplicateApplication } from '../../../lib/workspace/list-edits';
import { isArchived, setArchived } from '../../../lib/workspace/archive-edits';
import { pipeline, type Stage } from '../../../lib/workspace/pipeline';
import { interviewName } from '../../../lib/workspace/interview-name';
import { planForApplication } from '../../../lib/timeline/application-plan';
import { planForInterview } from '../../../lib/timeline/interview-plan';
import { outcomeSteps } from '../../../lib/timeline/outcome-steps';
import { applicationSteps } from '../../../lib/timeline/application-steps';
import { dueCounts, nextStep } from '../../../lib/timeline/due-counts';
import type { ShownStep } from '../../../lib/timeline/snooze';
import { shortDate } from '../../../lib/dates/iso-date';
import { isoDateIn, userTimeZone } from '../../../lib/dates/zoned-time';
import type { Application, OutcomeStatus } from '../../../lib/workspace/schema';
import { useNow } from '../hooks/use-now';
import { STATUS_LABELS } from './status-labels';
import { applicationHref } from './workspace-href';

/** What each stage is called, as a heading and a board column. */
const STAGE_LABELS: Record<Stage, string> = {
  waiting: 'Waiting to hear',
  'next-round': 'Next round booked',
  offer: 'Offer',
  closed: 'Closed',
};

/** Cards shown per stage before "Show all", so hundreds of applications open at once. */
const STAGE_PAGE = 30;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Where focus goes once the list is drawn again after a move, an archive or a return. */
function focusLater(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

interface Props {
  /** Deletes an application, with the page's undo. */
  onRemove: (id: string) => void;
}

/** The pipeline: counts of what is due, the view switch, the stages and the archive. */
export default function Pipeline({ onRemove }: Props) {
  const ws = useStore($workspace);
  const days = useStore($daysOff);
  const today = isoDateIn(useNow(60_000), userTimeZone());
  const [board, setBoard] = useState(false);
  const [showArchived, setShowArchived] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const [said, say] = useState('');
  // Cleared on the next change, so the same words said twice are announced twice.
  useEffect(() => {
    if (!said) return;
    const timer = setTimeout(() => say(''), 8000);
    return () => clearTimeout(timer);
  }, [said]);

  const ctx = { ...ws, daysOff: days };
  const stepsOf = new Map<Application, ShownStep[]>();
  for (const app of ws.applications)
    stepsOf.set(
      app,
      applicationSteps(
        app,
        today,
        (a) =>
          planForApplication(a, ws.settings, today, days, (r) =>
            planForInterview(r, ws.settings, today, days),
          ),
        (a) => outcomeSteps(a, ctx, today),
      ),
    );
  const total = dueCounts([...stepsOf.values()].flat(), today);
  const { stages, archived } = pipeline(ws.applications);

  // Handlers read the store as it is when pressed: a card keeps the actions it was drawn with.
  const name = (id: string) => {
    const app = $workspace.get().applications.find((a) => a.id === id);
    return app ? interviewName(app) : 'the interview';
  };
  const actions: CardActions = {
    move: (id, status) => {
      updateWorkspace((w) => setOutcome(w, id, status, isoDateIn(new Date(), userTimeZone())));
      say(`Moved ${name(id)} to ${STATUS_LABELS[status]}.`);
      focusLater(`pl-move-${id}`);
    },
    archive: (id, archive) => {
      updateWorkspace((w) => setArchived(w, id, archive, new Date()));
      say(
        archive
          ? `Archived ${name(id)}: it is under “Show archived”.`
          : `${name(id)} is back in the pipeline.`,
      );
      focusLater(archive ? 'pl-show-archived' : `pl-move-${id}`);
    },
    duplicate: (id) => {
      updateWorkspace((w) => duplicateApplication(w, id, new Date()));
      // The copy is the current application: its card's "Edit details" leads to its form.
      say(`Made a copy of ${name(id)}: edit its details on its own page.`);
      focusLater(`pl-edit-${$workspace.get().currentId}`);
    },
    remove: onRemove,
  };

  const cards = (apps: Application[], all: boolean) => (
    <ul class="pipeline-cards">
      {(all ? apps : apps.slice(-STAGE_PAGE)).map((app) => {
        const steps = stepsOf.get(app) ?? [];
        const next = nextStep(steps);
        const counts = dueCounts(steps, today);
        return (
          <PipelineCard
            key={app.id}
            app={app}
            next={
              next
                ? `${next.title} (${shortDate(next.date!)}${next.state === 'overdue' ? ', overdue' : next.state === 'today' ? ', today' : ''})`
                : ''
            }
            due={
              counts.overdue || counts.week
                ? `${counts.overdue} overdue · ${counts.week} due in the next 7 days`
                : ''
            }
            actions={actions}
          />
        );
      })}
    </ul>
  );
  const hidden = stages.reduce((n, g) => n + Math.max(0, g.applications.length - STAGE_PAGE), 0);

  return (
    <div class="pipeline">
      <ul class="pipeline-counts" aria-label="What is due across your interviews">
        <li>
          <strong>{total.today}</strong> due today
        </li>
        <li>
          <strong>{total.week}</strong> due in the next 7 days
        </li>
        <li>
          <strong>{total.overdue}</strong> overdue
        </li>
      </ul>
      <div class="pipeline-view" role="group" aria-label="Show your interviews as">
        <button
          type="button"
          class="tool-button tool-button-quiet"
          aria-pressed={!board}
          onClick={() => setBoard(false)}
        >
          List
        </button>
        <button
          type="button"
          class="tool-button tool-button-quiet"
          aria-pressed={board}
          onClick={() => setBoard(true)}
        >
          Board
        </button>
      </div>
      <p class="tool-copy-status" role="status">
        {said}
      </p>
      <div class={board ? 'pipeline-stages is-board' : 'pipeline-stages'}>
        {stages.map((g) => (
          <section
            key={g.stage}
            class="pipeline-stage"
            aria-labelledby={`pl-stage-${g.stage}`}
            data-stage={g.stage}
          >
            <h3 id={`pl-stage-${g.stage}`}>
              {STAGE_LABELS[g.stage]} <span class="tool-muted">({g.applications.length})</span>
            </h3>
            {g.applications.length ? (
              cards(g.applications, showAll)
            ) : (
              <p class="tool-hint">None at the moment.</p>
            )}
          </section>
        ))}
      </div>
      {!showAll && hidden > 0 && (
        <button
          type="button"
          class="tool-button tool-button-quiet"
          onClick={() => setShowAll(true)}
        >
          Show all {ws.applications.length - archived.length} interviews
        </button>
      )}
      {archived.length > 0 && (
        <>
          <button
            type="button"
            id="pl-show-archived"
            class="tool-button tool-button-quiet"
            aria-expanded={showArchived}
            aria-controls="pl-archived"
            onClick={() => setShowArchived(!showArchived)}
          >
            {showArchived ? 'Hide' : 'Show'} archived ({archived.length})
          </button>
          {showArchived && (
            <section id="pl-archived" class="pipeline-stage" aria-labelledby="pl-archived-heading">
              <h3 id="pl-archived-heading">Archived</h3>
              {cards(archived, true)}
            </section>
          )}
        </>
      )}
    </div>
  );
}

/** What a card's buttons do (one object for every card, so cards need not redraw for it). */
interface CardActions {
  move: (id: string, status: OutcomeStatus) => void;
  archive: (id: string, archive: boolean) => void;
  duplicate: (id: string) => void;
  remove: (id: string) => void;
}

interface CardProps {
  app: Application;
  /** The next step and its day, in words ('' when none is dated). */
  next: string;
  /** How many of its steps are overdue and due in the next 7 days, in words ('' when none). */
  due: string;
  actions: CardActions;
}

/**
 * One application. Drawn again only when it, its next step or its counts change, so an
 * edit to one application does not redraw hundreds of cards (preact core has no memo()).
 */
class PipelineCard extends Component<CardProps> {
  override shouldComponentUpdate(next: CardProps) {
    const p = this.props;
    return next.app !== p.app || next.next !== p.next || next.due !== p.due;
  }
  override render({ app, next, due, actions }: CardProps) {
    const label = interviewName(app);
    const status = currentOutcome(app);
    const round = currentRound(app);
    const met = peopleMet(app, round).length;
    const archived = isArchived(app);
    const id = `pl-move-${app.id}`;
    const vh = <span class="visually-hidden"> {label}</span>;
    return (
      <li class="pipeline-card" data-id={app.id}>
        <strong class="pipeline-name">{label}</strong>
        <span class="tool-muted">
          {STATUS_LABELS[status]} · {plural(app.rounds.length, 'round', 'rounds')} (latest{' '}
          {round.date ? shortDate(round.date) : 'not dated'}) · {plural(met, 'person', 'people')}{' '}
          met
        </span>
        <span>{next ? `Next: ${next}` : 'No dated step to do.'}</span>
        {due && <span class="tool-muted">{due}</span>}
        <div class="tool-actions">
          {/* Its details are edited on its own page only: no page repeats the form. */}
          <a class="tool-button tool-button-quiet" href={applicationHref(app.id)}>
            Application page<span class="visually-hidden"> of {label}</span>
          </a>
          <a
            id={`pl-edit-${app.id}`}
            class="tool-button tool-button-quiet"
            href={applicationHref(app.id, true)}
          >
            Edit details{vh}
          </a>
          <span class="pipeline-move">
            <label for={id}>
              Move<span class="visually-hidden"> {label}</span> to…
            </label>
            {/* Applied by its button, not on change: arrowing through the options would record each one. */}
            <select id={id} value={status}>
              {(Object.keys(STATUS_LABELS) as OutcomeStatus[]).map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
            <button
              type="button"
              class="tool-button tool-button-quiet"
              onClick={() => {
                const to = (document.getElementById(id) as HTMLSelectElement | null)?.value as
                  OutcomeStatus | undefined;
                if (to && to !== status) actions.move(app.id, to);
              }}
            >
              Move{vh}
            </button>
          </span>
          <button
            type="button"
            class="tool-button tool-button-quiet"
            onClick={() => actions.archive(app.id, !archived)}
          >
            {archived ? 'Unarchive' : 'Archive'}
            {vh}
          </button>
          <button
            type="button"
            class="tool-button tool-button-quiet"
            onClick={() => actions.duplicate(app.id)}
          >
            Duplicate{vh}
          </button>
          <button
            type="button"
            class="tool-button tool-button-danger"
            onClick={() => actions.remove(app.id)}
          >
            Delete{vh}
          </button>
        </div>
      </li>
    );
  }
}
