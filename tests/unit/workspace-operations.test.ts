import { describe, expect, it } from 'vitest';
import {
  addApplication,
  addPerson,
  addRound,
  blankApplication,
  blankPerson,
  clearSent,
  currentApplication,
  currentRound,
  lastSent,
  markSent,
  peopleMet,
  setCurrent,
  unmarkSent,
  updateApplication,
  updatePerson,
  updateRound,
} from '../../src/lib/workspace/operations';
import {
  duplicateApplication,
  removeApplication,
  removePersonFromRound,
  removeRound,
  restoreApplication,
  restorePersonToRound,
  restoreRound,
} from '../../src/lib/workspace/list-edits';
import {
  currentOutcome,
  removeOutcome,
  setOutcome,
  updateOutcome,
} from '../../src/lib/workspace/outcome-edits';
import { isLive } from '../../src/lib/timeline/due-summary';
import { setStep, stepDone } from '../../src/lib/workspace/steps';
import {
  addActionItem,
  addHoliday,
  blankActionItem,
  removeActionItem,
  removeHoliday,
  restoreActionItem,
  updateActionItem,
} from '../../src/lib/workspace/follow-up-edits';
import { blankRound, emptyWorkspace, type Workspace } from '../../src/lib/workspace/schema';
import { readWorkspace } from '../../src/lib/workspace/read-workspace';

const now = new Date('2026-11-27T23:30:00Z');

const withTwo = () => {
  let ws = addApplication(emptyWorkspace(), blankApplication(now, 'UTC', 'a'));
  ws = addApplication(ws, blankApplication(now, 'UTC', 'b'));
  return ws;
};
/** Application `id` and its one (or latest) round. */
const app = (ws: Workspace, id = 'a') => ws.applications.find((a) => a.id === id)!;
const roundOf = (ws: Workspace, id = 'a') => currentRound(app(ws, id));
const rid = (ws: Workspace, id = 'a') => roundOf(ws, id).id;

describe('workspace operations', () => {
  it('a blank application is valid, with one round dated today in the given zone and one interviewer met in it', () => {
    const a = blankApplication(now, 'Asia/Tokyo', 'x');
    expect(a.rounds).toHaveLength(1);
    expect(a.rounds[0]).toMatchObject({ date: '2026-11-28', timeZone: 'Asia/Tokyo', start: '' });
    expect(a.people).toHaveLength(1);
    expect(a.people[0]!.role).toBe('interviewer');
    expect(a.rounds[0]!.met).toEqual([a.people[0]!.id]);
    expect(a.outcomes).toEqual([]);
    expect(currentOutcome(a)).toBe('waiting');
    const ws = addApplication(emptyWorkspace(), a);
    expect(readWorkspace(JSON.parse(JSON.stringify(ws)))).toEqual(ws);
  });
  it('adding makes the new application current; the tools read it and its latest round', () => {
    const ws = withTwo();
    expect(ws.currentId).toBe('b');
    expect(currentApplication(ws)?.id).toBe('b');
    expect(currentApplication(setCurrent(ws, 'a'))?.id).toBe('a');
    expect(setCurrent(ws, 'nope')).toBe(ws);
    expect(currentApplication(emptyWorkspace())).toBeNull();
  });
  it('updates leave the input untouched', () => {
    const ws = withTwo();
    const next = updateApplication(ws, 'a', { company: 'Acme' });
    expect(app(next).company).toBe('Acme');
    expect(app(ws).company).toBe('');
    expect(updateApplication(ws, 'nope', { company: 'X' })).toBe(ws);
    expect(updateApplication(ws, 'a', { company: 'x'.repeat(501) })).toBe(ws);
  });
  it('round edits change the round only; a round whose kind only says how it was held follows its format', () => {
    const ws = withTwo();
    const r = rid(ws);
    const next = updateRound(ws, 'a', r, { date: '2026-12-01', start: '10:00', end: '11:30' });
    expect(roundOf(next)).toMatchObject({ date: '2026-12-01', start: '10:00', end: '11:30' });
    expect(roundOf(next, 'b')).toEqual(roundOf(ws, 'b'));
    const onSite = updateRound(ws, 'a', r, { format: 'on-site' });
    expect(roundOf(onSite)).toMatchObject({ format: 'on-site', kind: 'on-site' });
    const panel = updateRound(updateRound(ws, 'a', r, { kind: 'panel' }), 'a', r, {
      format: 'phone',
    });
    expect(roundOf(panel)).toMatchObject({ format: 'phone', kind: 'panel' });
    expect(updateRound(ws, 'a', 'nope', { date: '2026-12-01' })).toBe(ws);
    expect(updateRound(ws, 'a', r, { timeline: 'x'.repeat(2001) })).toBe(ws);
  });
  it('a new round comes after the others and becomes the current one', () => {
    const ws = addRound(withTwo(), 'a', blankRound('r2', 'UTC', '2026-12-10'));
    expect(app(ws).rounds).toHaveLength(2);
    expect(rid(ws)).toBe('r2');
  });
  it('delete then undo restores the application at its place and as current', () => {
    const ws = withTwo();
    const { workspace, removed } = removeApplication(ws, 'b');
    expect(workspace.applications.map((i) => i.id)).toEqual(['a']);
    expect(workspace.currentId).toBe('a');
    const back = restoreApplication(workspace, removed!);
    expect(back.applications.map((i) => i.id)).toEqual(['a', 'b']);
    expect(back.currentId).toBe('b');
    expect(restoreApplication(back, removed!)).toBe(back);
  });
  it('deleting the last application leaves no current one', () => {
    const { workspace } = removeApplication(
      addApplication(emptyWorkspace(), blankApplication(now, 'UTC', 'only')),
      'only',
    );
    expect(workspace.currentId).toBeNull();
  });
  it('duplicating copies details with new ids for it and its people, and nothing sent', () => {
    let ws = withTwo();
    ws = updateApplication(ws, 'a', { company: 'Acme' });
    const personId = app(ws).people[0]!.id;
    ws = markSent(ws, 'a', rid(ws), 'thank-you-email', now, personId);
    ws = addActionItem(ws, 'a', rid(ws), blankActionItem('x'));
    ws = updateRound(ws, 'a', rid(ws), { timeline: '1-2 weeks', timelineBy: personId });
    const dup = duplicateApplication(ws, 'a', now);
    const copy = dup.applications[1]!;
    expect(copy.company).toBe('Acme');
    expect(copy.id).not.toBe('a');
    expect(copy.people[0]!.id).not.toBe(personId);
    // The round's references follow the people's new ids.
    expect(copy.rounds[0]!.met).toEqual([copy.people[0]!.id]);
    expect(copy.rounds[0]!.timelineBy).toBe(copy.people[0]!.id);
    expect(copy.rounds[0]!.timeline).toBe('1-2 weeks');
    expect(copy.rounds[0]!.sent).toEqual([]);
    expect(copy.rounds[0]!.actionItems).toEqual([]);
    expect(dup.currentId).toBe(copy.id);
  });
  it('people met in a round can be added, edited, removed and restored', () => {
    let ws = withTwo();
    ws = addPerson(ws, 'a', blankPerson('p2'), rid(ws));
    const [first, second] = peopleMet(app(ws), roundOf(ws));
    expect(second!.id).toBe('p2');
    ws = updatePerson(ws, 'a', second!.id, { name: 'Sam' });
    expect(updatePerson(ws, 'a', second!.id, { name: 'x'.repeat(501) })).toBe(ws);
    const { workspace, removed } = removePersonFromRound(ws, 'a', rid(ws), first!.id);
    expect(peopleMet(app(workspace), roundOf(workspace)).map((p) => p.name)).toEqual(['Sam']);
    // Met in no other round: gone from the application too, as from v4's one list.
    expect(app(workspace).people.map((p) => p.id)).toEqual(['p2']);
    const back = restorePersonToRound(workspace, removed!);
    expect(peopleMet(app(back), roundOf(back)).map((p) => p.id)).toEqual([first!.id, second!.id]);
    expect(app(back).people.map((p) => p.id)).toEqual([first!.id, second!.id]);
    expect(restorePersonToRound(back, removed!)).toEqual(back);
    expect(removePersonFromRound(ws, 'a', rid(ws), 'nobody').removed).toBeNull();
  });
  it('a person also met in another round stays in the application when taken out of one', () => {
    let ws = withTwo();
    const priya = app(ws).people[0]!.id;
    ws = addRound(ws, 'a', { ...blankRound('r2', 'UTC', ''), met: [priya] });
    const { workspace, removed } = removePersonFromRound(ws, 'a', 'r2', priya);
    expect(roundOf(workspace).met).toEqual([]);
    expect(app(workspace).people.map((p) => p.id)).toEqual([priya]);
    expect(app(workspace).rounds[0]!.met).toEqual([priya]);
    expect(roundOf(restorePersonToRound(workspace, removed!)).met).toEqual([priya]);
  });
  it('peopleMet skips ids that name nobody', () => {
    const a = blankApplication(now, 'UTC', 'x');
    const r = { ...a.rounds[0]!, met: ['gone', ...a.rounds[0]!.met] };
    expect(peopleMet(a, r)).toEqual(a.people);
  });
  it('a round can be removed with its records and put back; the last round stays', () => {
    let ws = addRound(withTwo(), 'a', blankRound('r2', 'UTC', ''));
    ws = markSent(ws, 'a', 'r2', 'status-inquiry', now);
    const { workspace, removed } = removeRound(ws, 'a', 'r2');
    expect(app(workspace).rounds).toHaveLength(1);
    expect(restoreRound(workspace, removed!)).toEqual(ws);
    expect(removeRound(workspace, 'a', rid(workspace)).removed).toBeNull();
  });
  it('marking sent records the time in the round and completes the step when everyone met has one', () => {
    let ws = withTwo();
    ws = addPerson(ws, 'a', undefined, rid(ws));
    const r = rid(ws);
    const ids = roundOf(ws).met;
    ws = markSent(ws, 'a', r, 'thank-you-email', now, ids[0]);
    expect(stepDone(roundOf(ws), 'thank-you-email')).toBe(false);
    ws = markSent(ws, 'a', r, 'thank-you-email', now, ids[1]);
    expect(stepDone(roundOf(ws), 'thank-you-email')).toBe(true);
    expect(lastSent(roundOf(ws), 'thank-you-email', ids[1])).toBe(now.toISOString());
    expect(roundOf(ws).sent[0]).toEqual({
      kind: 'thank-you-email',
      at: now.toISOString(),
      personId: ids[0],
    });
    ws = unmarkSent(ws, 'a', r, 'thank-you-email', ids[1]);
    expect(stepDone(roundOf(ws), 'thank-you-email')).toBe(false);
  });
  it('a step ticked by hand is done', () => {
    const base = withTwo();
    const ws = setStep(base, 'a', rid(base), 'handwritten-note', true);
    expect(stepDone(roundOf(ws), 'handwritten-note')).toBe(true);
    expect(stepDone(roundOf(ws), 'linkedin')).toBe(false);
  });
});

describe('outcomes', () => {
  it('each change is dated and kept; the last is where the application stands; the same status again changes nothing', () => {
    let ws = withTwo();
    expect(currentOutcome(app(ws))).toBe('waiting');
    ws = setOutcome(ws, 'a', 'offer', '2026-12-01');
    ws = setOutcome(ws, 'a', 'offer', '2026-12-02');
    ws = setOutcome(ws, 'a', 'accepted', '2026-12-05');
    expect(app(ws).outcomes).toEqual([
      { status: 'offer', at: '2026-12-01', note: '' },
      { status: 'accepted', at: '2026-12-05', note: '' },
    ]);
    expect(currentOutcome(app(ws))).toBe('accepted');
    ws = updateOutcome(ws, 'a', 0, { deadline: '2026-12-08', note: 'verbal offer' });
    expect(app(ws).outcomes[0]).toEqual({
      status: 'offer',
      at: '2026-12-01',
      deadline: '2026-12-08',
      note: 'verbal offer',
    });
    expect(updateOutcome(ws, 'a', 9, { note: 'x' })).toBe(ws);
    expect(updateOutcome(ws, 'a', 0, { note: 'x'.repeat(20_001) })).toBe(ws);
    ws = removeOutcome(ws, 'a', 1);
    expect(currentOutcome(app(ws))).toBe('offer');
    expect(removeOutcome(ws, 'a', 5)).toBe(ws);
  });
  it('only applications still in play get the plan’s reminders', () => {
    let ws = withTwo();
    expect(isLive(app(ws))).toBe(true);
    ws = setOutcome(ws, 'a', 'next-round', '2026-12-01');
    expect(isLive(app(ws))).toBe(true);
    for (const status of ['offer', 'rejected', 'withdrawn', 'accepted', 'no-reply'] as const)
      expect(isLive(app(setOutcome(ws, 'a', status, '2026-12-02'))), status).toBe(false);
  });
});

describe('follow-up edits', () => {
  it('action items belong to a round: added, edited, removed and restored in place', () => {
    const base = withTwo();
    const r = rid(base);
    let ws = addActionItem(base, 'a', r, blankActionItem('x'));
    ws = addActionItem(ws, 'a', r, blankActionItem('y'));
    ws = updateActionItem(ws, 'a', r, 'x', { what: 'two references', due: '2026-12-01' });
    expect(roundOf(ws).actionItems[0]).toMatchObject({
      what: 'two references',
      due: '2026-12-01',
      status: 'todo',
    });
    const { workspace, removed } = removeActionItem(ws, 'a', r, 'x');
    expect(roundOf(workspace).actionItems.map((i) => i.id)).toEqual(['y']);
    expect(
      roundOf(restoreActionItem(workspace, 'a', r, removed!)).actionItems.map((i) => i.id),
    ).toEqual(['x', 'y']);
    expect(removeActionItem(ws, 'a', 'nope', 'x').removed).toBeNull();
  });
  it('holidays stay sorted, unique and valid', () => {
    let ws = addHoliday(withTwo(), '2026-12-25');
    ws = addHoliday(ws, '2026-12-24');
    ws = addHoliday(ws, '2026-12-25');
    ws = addHoliday(ws, 'Christmas');
    expect(ws.settings.holidays).toEqual(['2026-12-24', '2026-12-25']);
    expect(removeHoliday(ws, '2026-12-24').settings.holidays).toEqual(['2026-12-25']);
  });
});

describe('sent records for messages not to one person', () => {
  it('undoing without a recipient removes the latest to anyone; clearing removes them all', () => {
    let ws = withTwo();
    const r = rid(ws);
    ws = markSent(ws, 'a', r, 'status-inquiry', now, 'p1');
    ws = markSent(ws, 'a', r, 'status-inquiry', now, 'p2');
    expect(roundOf(unmarkSent(ws, 'a', r, 'status-inquiry')).sent.map((s) => s.personId)).toEqual([
      'p1',
    ]);
    expect(
      lastSent(roundOf(clearSent(ws, 'a', r, 'status-inquiry')), 'status-inquiry'),
    ).toBeUndefined();
  });
});
