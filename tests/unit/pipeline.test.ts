// The pipeline on My interviews: stages from the latest outcome, archiving, snoozing a
// step, and the counts of what is due.
import { describe, expect, it } from 'vitest';
import { applicationSteps } from '../../src/lib/timeline/application-steps';
import { dueCounts, nextStep } from '../../src/lib/timeline/due-counts';
import type { PlannedStep } from '../../src/lib/timeline/interview-plan';
import type { StepState } from '../../src/lib/timeline/plan';
import { applySnooze, applySnoozes } from '../../src/lib/timeline/snooze';
import { isArchived, setArchived } from '../../src/lib/workspace/archive-edits';
import { duplicateApplication } from '../../src/lib/workspace/list-edits';
import { addRound, blankApplication } from '../../src/lib/workspace/operations';
import { setOutcome } from '../../src/lib/workspace/outcome-edits';
import { pipeline, stageOf, STAGES } from '../../src/lib/workspace/pipeline';
import { snoozeStep, unsnoozeStep } from '../../src/lib/workspace/snooze-edits';
import {
  blankRound,
  emptyWorkspace,
  type Application,
  type OutcomeStatus,
  type Workspace,
} from '../../src/lib/workspace/schema';

const NOW = new Date('2026-12-07T09:00:00Z');
const TODAY = '2026-12-07';

function app(id: string, ...statuses: OutcomeStatus[]): Application {
  return {
    ...blankApplication(NOW, 'UTC', id),
    company: id,
    outcomes: statuses.map((status, n) => ({ status, at: `2026-12-0${n + 1}`, note: '' })),
  };
}
const workspace = (...apps: Application[]): Workspace => ({
  ...emptyWorkspace(),
  applications: apps,
  currentId: apps[0]?.id ?? null,
});

const step = (id: string, state: StepState, date: string | null): PlannedStep => ({
  id,
  title: id,
  reason: '',
  date,
  allDay: false,
  start: '2026-12-05T10:00:00.000Z',
  end: '2026-12-06T10:00:00.000Z',
  done: state === 'done',
  state,
});

describe('stages', () => {
  it('reads the stage from the latest outcome; none recorded is waiting to hear', () => {
    expect(stageOf(app('a'))).toBe('waiting');
    expect(stageOf(app('a', 'waiting', 'next-round'))).toBe('next-round');
    expect(stageOf(app('a', 'next-round', 'offer'))).toBe('offer');
    for (const closed of ['rejected', 'withdrawn', 'accepted', 'no-reply'] as const)
      expect(stageOf(app('a', 'offer', closed)), closed).toBe('closed');
  });

  it('groups every stage in order (empty ones too) and keeps archived ones apart', () => {
    const apps = [
      app('w1'),
      app('o1', 'offer'),
      app('r1', 'rejected'),
      { ...app('w2'), archivedAt: '2026-12-06T10:00:00.000Z' },
      app('w3', 'waiting'),
    ];
    const p = pipeline(apps);
    expect(p.stages.map((g) => g.stage)).toEqual([...STAGES]);
    expect(p.stages.map((g) => g.applications.map((a) => a.id))).toEqual([
      ['w1', 'w3'],
      [],
      ['o1'],
      ['r1'],
    ]);
    expect(p.archived.map((a) => a.id)).toEqual(['w2']);
  });

  it('moving to a stage records the change dated today, so the card changes column', () => {
    const ws = setOutcome(workspace(app('a', 'waiting')), 'a', 'offer', TODAY);
    expect(ws.applications[0]!.outcomes.at(-1)).toEqual({ status: 'offer', at: TODAY, note: '' });
    expect(pipeline(ws.applications).stages[2]!.applications.map((a) => a.id)).toEqual(['a']);
  });
});

describe('archive', () => {
  it('archives at the moment given and brings back, keeping the first date when archived twice', () => {
    const ws = setArchived(workspace(app('a'), app('b')), 'a', true, NOW);
    expect(ws.applications[0]!.archivedAt).toBe(NOW.toISOString());
    expect(isArchived(ws.applications[0]!)).toBe(true);
    expect(setArchived(ws, 'a', true, new Date('2027-01-01T00:00:00Z'))).toEqual(ws);
    const back = setArchived(ws, 'a', false, NOW);
    expect(back.applications[0]!.archivedAt).toBe('');
    expect(back.applications[1]).toBe(ws.applications[1]);
  });

  it('an unknown application leaves the workspace as it is; a duplicate is never archived', () => {
    const ws = setArchived(workspace(app('a')), 'a', true, NOW);
    expect(setArchived(ws, 'zzz', false, NOW)).toBe(ws);
    const dup = duplicateApplication(ws, 'a', NOW);
    expect(dup.applications[1]!.archivedAt).toBe('');
  });

  it('an archived application has no due steps, its outcome steps included', () => {
    const a = { ...app('a', 'rejected'), archivedAt: NOW.toISOString() };
    const plan = () => [step('thank-you-email', 'overdue', '2026-12-01')];
    const outcome = () => [step('rejection-reply', 'today', TODAY)];
    expect(applicationSteps(a, TODAY, plan, outcome)).toEqual([]);
    expect(
      applicationSteps({ ...a, archivedAt: '' }, TODAY, plan, outcome).map((s) => s.id),
    ).toEqual(['rejection-reply']);
    expect(applicationSteps(app('b'), TODAY, plan, null).map((s) => s.id)).toEqual([
      'thank-you-email',
    ]);
  });
});

describe('snooze', () => {
  it('shows an overdue step on the chosen day, its state from that day, saying where it came from', () => {
    const shown = applySnooze(step('s', 'overdue', '2026-12-03'), '2026-12-09', TODAY);
    expect(shown).toMatchObject({
      date: '2026-12-09',
      state: 'upcoming',
      snoozedFrom: '2026-12-03',
      allDay: true,
    });
    expect(shown.start).toBeUndefined();
    expect(applySnooze(step('s', 'overdue', '2026-12-03'), TODAY, TODAY).state).toBe('today');
  });

  it('moves a step only later; done, undated and unsnoozed steps stay as planned', () => {
    const s = step('s', 'upcoming', '2026-12-10');
    expect(applySnooze(s, '2026-12-09', TODAY)).toBe(s);
    expect(applySnooze(s, '2026-12-10', TODAY)).toBe(s);
    expect(applySnooze(s, undefined, TODAY)).toBe(s);
    expect(applySnooze(s, 'next week', TODAY)).toBe(s);
    const done = step('d', 'done', '2026-12-01');
    expect(applySnooze(done, '2026-12-09', TODAY)).toBe(done);
    const undated = step('u', 'unknown', null);
    expect(applySnooze(undated, '2026-12-09', TODAY)).toBe(undated);
    expect(
      applySnoozes([s, step('t', 'overdue', '2026-12-01')], { t: '2026-12-08' }, TODAY).map((x) => [
        x.id,
        x.date,
        x.snoozedFrom,
      ]),
    ).toEqual([
      ['s', '2026-12-10', undefined],
      ['t', '2026-12-08', '2026-12-01'],
    ]);
  });

  it('is kept in the latest round, and taken off again; a bad day changes nothing', () => {
    const ws0 = addRound(workspace(app('a')), 'a', blankRound('r2', 'UTC', '2026-12-05'));
    const ws = snoozeStep(ws0, 'a', 'thank-you-email', '2026-12-09');
    const [first, latest] = ws.applications[0]!.rounds;
    expect(latest!.snoozed).toEqual({ 'thank-you-email': '2026-12-09' });
    expect(first!.snoozed).toBeUndefined();
    expect(snoozeStep(ws0, 'a', 'x', 'tomorrow')).toBe(ws0);
    expect(snoozeStep(ws0, 'zzz', 'x', '2026-12-09')).toBe(ws0);
    const back = unsnoozeStep(ws, 'a', 'thank-you-email');
    expect(back.applications[0]!.rounds[1]!.snoozed).toEqual({});
    expect(unsnoozeStep(back, 'a', 'thank-you-email')).toBe(back);
    expect(unsnoozeStep(back, 'zzz', 'thank-you-email')).toBe(back);
  });

  it('applies to outcome steps too, read from the latest round', () => {
    const ws = snoozeStep(workspace(app('a', 'rejected')), 'a', 'rejection-reply', '2026-12-10');
    const shown = applicationSteps(
      ws.applications[0]!,
      TODAY,
      () => [],
      () => [step('rejection-reply', 'overdue', '2026-12-04')],
    );
    expect(shown[0]).toMatchObject({
      date: '2026-12-10',
      snoozedFrom: '2026-12-04',
      state: 'upcoming',
    });
  });
});

describe('due counts', () => {
  const steps = [
    step('late', 'overdue', '2026-12-01'),
    step('now', 'today', TODAY),
    step('soon', 'upcoming', '2026-12-13'),
    step('later', 'upcoming', '2026-12-14'),
    step('done', 'done', TODAY),
    step('undated', 'unknown', null),
  ];
  it('counts overdue, today and the seven days from today (today included)', () => {
    expect(dueCounts(steps, TODAY)).toEqual({ overdue: 1, today: 1, week: 2 });
    expect(dueCounts([], TODAY)).toEqual({ overdue: 0, today: 0, week: 0 });
  });
  it('names the earliest step not done as next, overdue first; none when nothing is dated', () => {
    expect(nextStep(steps)?.id).toBe('late');
    expect(nextStep(steps.slice(1))?.id).toBe('now');
    expect(nextStep([step('undated', 'unknown', null), step('d', 'done', TODAY)])).toBeNull();
  });
});
