import { useStore } from '@nanostores/preact';
import { atom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';
import { $workspace, updateWorkspace } from '../../../stores/workspace';
import { $daysOff, type DaysOff } from '../../../stores/days-off';
import { currentRound } from '../../../lib/workspace/operations';
import { planForApplication } from '../../../lib/timeline/application-plan';
import { planForInterview } from '../../../lib/timeline/interview-plan';
import { dueGroups, isLive } from '../../../lib/timeline/due-summary';
import { applySnooze, type ShownStep } from '../../../lib/timeline/snooze';
import { unsnoozeStep } from '../../../lib/workspace/snooze-edits';
import { shortDate } from '../../../lib/dates/iso-date';
import { isoDateIn, userTimeZone } from '../../../lib/dates/zoned-time';
import { useNow } from '../hooks/use-now';
import { useTimelineReadings } from '../hooks/use-timeline-readings';
import { interviewName } from '../../../lib/workspace/interview-name';
import { ToolShell } from '../parts/ToolShell';
import { applicationHref } from '../parts/workspace-href';
import { useReminders } from '../hooks/use-reminders';
import { $device, loadDevice } from '../../../stores/device';
import { backupNudge, workspaceWeight } from '../../../lib/site/backup-nudge';
import type { Application, PlanSettings } from '../../../lib/workspace/schema';

/** The due rows of an application's current plan (shared with the pipeline), snoozes applied. */
function dueRows(i: Application, settings: PlanSettings, days: DaysOff, today: string): Due[] {
  const round = currentRound(i);
  const plan = (r: typeof round) => planForInterview(r, settings, today, days);
  return planForApplication(i, settings, today, days, plan).map((step) => ({
    interviewId: i.id,
    interview: interviewName(i),
    step: applySnooze(step, round.snoozed?.[step.id], today),
  }));
}

// The outcome steps (an offer, a rejection, a withdrawal, an acceptance) are fetched only
// once some application has an outcome recorded: a first visit does not carry them.
// Held in an object, as a function would be called as a state updater.
const $outcomes = atom<{
  steps: typeof import('../../../lib/timeline/outcome-steps').outcomeSteps;
} | null>(null);
const loadOutcomes = () => {
  if (!$outcomes.get())
    void import('../../../lib/timeline/outcome-steps').then((m) =>
      $outcomes.set({ steps: m.outcomeSteps }),
    );
};

// The snooze form comes when "Snooze" is first pressed: most visits snooze nothing.
const $snoozeForm = atom<{ Comp: typeof import('../parts/SnoozeForm').default } | null>(null);
const loadSnoozeForm = () => {
  if (!$snoozeForm.get())
    void import('../parts/SnoozeForm').then((m) => $snoozeForm.set({ Comp: m.default }));
};

// "Needs a date" comes only when some plan has an undated step (a timeline that could not
// be read, an interview without a date), so the usual page does not carry it.
const $undatedList = atom<{ Comp: typeof import('../parts/UndatedList').default } | null>(null);
const loadUndatedList = () => {
  if (!$undatedList.get())
    void import('../parts/UndatedList').then((m) => $undatedList.set({ Comp: m.default }));
};

// The backup suggestion, fetched only once there is one to make.
const $nudgePart = atom<{ Comp: typeof import('../parts/BackupNudge').default } | null>(null);
const loadNudge = () => {
  if (!$nudgePart.get())
    void import('../parts/BackupNudge').then((m) => $nudgePart.set({ Comp: m.default }));
};

/** Rows shown per list before "and N more", so hundreds of overdue steps do not bury the page. */
const SHOWN = 10;

interface Due {
  interviewId: string;
  interview: string;
  step: ShownStep;
}

/** Focuses "What is due" after a row moved away from under the pressed button. */
function focusHeading(): void {
  const heading = document.getElementById('due-heading');
  if (!heading) return;
  heading.tabIndex = -1;
  heading.focus();
}

/**
 * What is due across every active interview: overdue, due today and the next step,
 * so nothing depends on a calendar import (Google drops the reminders).
 */
export default function DueSummary() {
  return (
    // "Your interviews" below shows the storage notice and lists the interviews.
    <ToolShell
      name="due-summary"
      title="What is due"
      titleId="due-heading"
      notice={false}
      loading="Loading what is due…"
    >
      <DueLists />
    </ToolShell>
  );
}

/** Overdue, due today and next up, across every active interview. */
function DueLists() {
  const ws = useStore($workspace);
  const now = useNow(60_000);
  const days = useStore($daysOff);
  // Archived applications are no longer followed up: none of their steps is due.
  const followed = ws.applications.filter((a) => !a.archivedAt);
  const live = followed.filter(isLive);
  useTimelineReadings(live, days);
  const today = isoDateIn(now, userTimeZone());
  const outcomes = useStore($outcomes);
  const anyOutcome = ws.applications.some((a) => a.outcomes.length > 0);
  useEffect(() => {
    if (anyOutcome) loadOutcomes();
  }, [anyOutcome]);
  // Each application's outcome steps, live or not (a rejection's reply, the withdrawals
  // after accepting), as "What to send next" and the calendar file list them.
  const all: Due[] = [
    ...live.flatMap((i) => dueRows(i, ws.settings, days, today)),
    ...(outcomes
      ? followed.flatMap((i) =>
          outcomes.steps(i, { ...ws, daysOff: days }, today).map((step) => ({
            interviewId: i.id,
            interview: interviewName(i),
            step: applySnooze(step, currentRound(i).snoozed?.[step.id], today),
          })),
        )
      : []),
  ];
  const { overdue, today: dueToday, next, undated } = dueGroups(all);
  // The number due on the app's icon, and a notification when one falls due (if asked for).
  useReminders(
    [...overdue, ...dueToday].map((d) => ({
      key: `${d.interviewId}-${d.step.id}`,
      title: `${d.interview}: ${d.step.title}`,
    })),
  );
  const device = useStore($device);
  useEffect(loadDevice, []);
  const weight = workspaceWeight(ws);
  const nudge = backupNudge(weight, device.backup ?? {});
  const Nudge = useStore($nudgePart)?.Comp;
  useEffect(() => {
    if (nudge) loadNudge();
  }, [!!nudge]);
  const Undated = useStore($undatedList)?.Comp;
  const anyUndated = undated.length > 0;
  useEffect(() => {
    if (anyUndated) loadUndatedList();
  }, [anyUndated]);
  // The row whose "Snooze" form is open, and what the last snooze did.
  const [snoozing, setSnoozing] = useState('');
  const SnoozeForm = useStore($snoozeForm)?.Comp;
  const [said, say] = useState('');
  const row = (d: Due) => {
    const key = `${d.interviewId}-${d.step.id}`;
    const what = (
      <span class="visually-hidden">
        {' '}
        {d.interview}: {d.step.title}
      </span>
    );
    return (
      <li key={key}>
        <a href={applicationHref(d.interviewId)}>{d.interview}</a>: {d.step.title}
        {d.step.date ? ` (${shortDate(d.step.date)})` : ''}
        {d.step.snoozedFrom && (
          <>
            {` snoozed from ${shortDate(d.step.snoozedFrom)} `}
            <button
              type="button"
              class="tool-link-button"
              onClick={() => {
                updateWorkspace((w) => unsnoozeStep(w, d.interviewId, d.step.id));
                say(
                  `${d.step.title} for ${d.interview} is back on ${shortDate(d.step.snoozedFrom!)}.`,
                );
                focusHeading();
              }}
            >
              Unsnooze{what}
            </button>
          </>
        )}
        {(d.step.state === 'overdue' || d.step.state === 'today') &&
          (snoozing === key && SnoozeForm ? (
            <SnoozeForm
              id={`snooze-${key}`}
              appId={d.interviewId}
              stepId={d.step.id}
              today={today}
              onDone={(day) => {
                setSnoozing('');
                if (day) say(`Snoozed ${d.step.title} for ${d.interview} to ${shortDate(day)}.`);
                focusHeading();
              }}
            />
          ) : (
            <>
              {' '}
              <button
                type="button"
                class="tool-link-button"
                onClick={() => {
                  loadSnoozeForm();
                  setSnoozing(key);
                }}
              >
                Snooze{what}
              </button>
            </>
          ))}
      </li>
    );
  };
  const more = (list: Due[]) => [
    ...list.slice(0, SHOWN).map(row),
    ...(list.length > SHOWN ? [<li key="more">and {list.length - SHOWN} more</li>] : []),
  ];
  return all.length === 0 ? (
    <p>
      {followed.length < ws.applications.length && !followed.length
        ? 'Nothing is due: every interview is archived. Unarchive one below to follow it up again.'
        : 'Nothing yet: debrief an interview below and its follow-up steps will appear here.'}
    </p>
  ) : (
    <>
      {nudge && Nudge && <Nudge nudge={nudge} weight={weight} say={say} />}
      <p class="tool-copy-status" role="status">
        {said}
      </p>
      <h3>Overdue</h3>
      {overdue.length ? (
        <ul class="tool-due is-overdue">{more(overdue)}</ul>
      ) : (
        <p class="tool-hint">Nothing overdue.</p>
      )}
      <h3>Due today</h3>
      {dueToday.length ? (
        <ul class="tool-due is-today">{more(dueToday)}</ul>
      ) : (
        <p class="tool-hint">Nothing due today.</p>
      )}
      <h3>Next up</h3>
      {next.length ? (
        <ul class="tool-due">{next.map(row)}</ul>
      ) : (
        <p class="tool-hint">No upcoming steps with a date.</p>
      )}
      {Undated && anyUndated && <Undated rows={undated} shown={SHOWN} />}
    </>
  );
}
