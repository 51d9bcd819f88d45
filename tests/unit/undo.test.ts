// One undo for every removal (src/lib/workspace/undo.ts): take an item out of a list with
// its place, put it back exactly there, and turn any removal into an Undoable whose
// restore gives back what was there, even after other edits in between.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { putBack, takeOut, undoable } from '../../src/lib/workspace/undo';
import {
  addActionItem,
  blankActionItem,
  removeActionItem,
  restoreActionItem,
} from '../../src/lib/workspace/follow-up-edits';
import {
  removeApplication,
  removePersonFromRound,
  removeRound,
  restoreApplication,
  restorePersonToRound,
  restoreRound,
} from '../../src/lib/workspace/list-edits';
import { addEngagement, removeEngagement } from '../../src/lib/engagement/engagement-log';
import { addApplication, updateApplication } from '../../src/lib/workspace/operations';
import { blankRound, emptyWorkspace, type Workspace } from '../../src/lib/workspace/schema';
import { interview, person } from './fixtures';

const ids = (list: { id: string }[]) => list.map((x) => x.id);

describe('takeOut and putBack', () => {
  const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

  it('takes an item out with its place and puts it back there', () => {
    const { list: rest, taken } = takeOut(list, 'b');
    expect(ids(rest)).toEqual(['a', 'c']);
    expect(taken).toEqual({ item: { id: 'b' }, index: 1 });
    expect(putBack(rest, taken!)).toEqual(list);
  });

  it('an unknown id takes nothing', () => {
    expect(takeOut(list, 'zz')).toEqual({ list, taken: null });
  });

  it('puts it last when the list has shrunk since, and never twice', () => {
    const { taken } = takeOut(list, 'c');
    expect(ids(putBack([{ id: 'a' }], taken!))).toEqual(['a', 'c']);
    const back = putBack([{ id: 'a' }, { id: 'b' }], taken!);
    expect(putBack(back, taken!)).toBe(back);
  });

  it('round-trips any list and any item (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { minLength: 1 }), fc.nat(), (names, n) => {
        const l = names.map((id) => ({ id }));
        const id = names[n % names.length]!;
        const { list: rest, taken } = takeOut(l, id);
        expect(rest).toHaveLength(l.length - 1);
        expect(putBack(rest, taken!)).toEqual(l);
      }),
    );
  });
});

/**
 * One application with two people, two promised items and two log entries in its first
 * round ("r1"), and a second round ("r2") in which Tom was met again.
 */
function start(): Workspace {
  const { application } = interview({
    id: 'i1',
    company: 'Fernhill Labs',
    people: [person('p1', { name: 'Priya' }), person('p2', { name: 'Tom' })],
    actionItems: [
      { ...blankActionItem('a1'), what: 'two design samples' },
      { ...blankActionItem('a2'), what: 'references' },
    ],
    engagement: [
      {
        id: 'e1',
        date: '2026-11-20',
        kind: 'read',
        what: 'their post on pairing',
        link: '',
        worthMentioning: true,
      },
      {
        id: 'e2',
        date: '2026-11-21',
        kind: 'like',
        what: 'the launch',
        link: '',
        worthMentioning: false,
      },
    ],
  });
  return addApplication(emptyWorkspace(), {
    ...application,
    rounds: [...application.rounds, { ...blankRound('r2', 'UTC', '2026-12-01'), met: ['p2'] }],
  });
}

/** The removals the tools offer, each as the island makes it undoable. */
const REMOVALS = {
  'a promised item': (ws: Workspace) =>
    undoable(
      ws,
      (w) => removeActionItem(w, 'i1', 'r1', 'a1'),
      (w, r) => restoreActionItem(w, 'i1', 'r1', r),
      (r) => ({ done: `Removed ${r.item.what}.`, undone: `Put back ${r.item.what}.` }),
    ),
  'an interviewer': (ws: Workspace) =>
    undoable(
      ws,
      (w) => removePersonFromRound(w, 'i1', 'r1', 'p1'),
      restorePersonToRound,
      (r) => ({
        done: `Deleted ${r.person.name}.`,
        undone: `Put back ${r.person.name}.`,
      }),
    ),
  'an interviewer also met in another round': (ws: Workspace) =>
    undoable(
      ws,
      (w) => removePersonFromRound(w, 'i1', 'r1', 'p2'),
      restorePersonToRound,
      (r) => ({
        done: `Deleted ${r.person.name}.`,
        undone: `Put back ${r.person.name}.`,
      }),
    ),
  'a round': (ws: Workspace) =>
    undoable(
      ws,
      (w) => removeRound(w, 'i1', 'r1'),
      restoreRound,
      () => ({ done: 'Removed round 1.', undone: 'Put back round 1.' }),
    ),
  'an interview': (ws: Workspace) =>
    undoable(
      ws,
      (w) => removeApplication(w, 'i1'),
      restoreApplication,
      () => ({
        done: 'Deleted Fernhill Labs.',
        undone: 'Put back Fernhill Labs.',
      }),
    ),
  'a log entry': (ws: Workspace) =>
    undoable(
      ws,
      (w) => {
        const entry = w.applications[0]?.engagement.find((e) => e.id === 'e1') ?? null;
        return { workspace: removeEngagement(w, 'i1', 'e1'), removed: entry };
      },
      (w, { id, ...entry }) => addEngagement(w, 'i1', entry, id),
      (e) => ({ done: `Removed “${e.what}”.`, undone: `Put back “${e.what}”.` }),
    ),
};

describe('undoable', () => {
  it.each(Object.entries(REMOVALS))(
    'removing %s and undoing gives back what was there',
    (_, remove) => {
      const ws = start();
      const { workspace, undo } = remove(ws);
      expect(workspace).not.toEqual(ws);
      expect(undo!.done).toMatch(/^(Removed|Deleted) /);
      expect(undo!.undone).toMatch(/^Put back /);
      expect(undo!.restore(workspace)).toEqual(ws);
    },
  );

  it.each(Object.entries(REMOVALS))(
    'undoing %s after another edit keeps that edit, and undoing twice changes nothing',
    (name, remove) => {
      const { workspace, undo } = remove(start());
      const edited = updateApplication(workspace, 'i1', { role: 'Designer' });
      const back = undo!.restore(edited);
      if (name !== 'an interview') expect(back.applications[0]!.role).toBe('Designer');
      expect(undo!.restore(back)).toEqual(back);
    },
  );

  it('nothing to remove: no undo, the workspace unchanged', () => {
    const ws = start();
    const result = undoable(
      ws,
      (w) => removeActionItem(w, 'i1', 'r1', 'nope'),
      (w, r) => restoreActionItem(w, 'i1', 'r1', r),
      () => ({ done: '', undone: '' }),
    );
    expect(result).toEqual({ workspace: ws, undo: null });
    expect(result.workspace).toBe(ws);
  });

  it('a promised item added while it was gone stays, and the removed one goes back in its place', () => {
    const { workspace, undo } = REMOVALS['a promised item'](start());
    const more = addActionItem(workspace, 'i1', 'r1', {
      ...blankActionItem('a3'),
      what: 'a sample',
    });
    expect(ids(undo!.restore(more).applications[0]!.rounds[0]!.actionItems)).toEqual([
      'a1',
      'a2',
      'a3',
    ]);
  });
});
