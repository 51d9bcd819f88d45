import { describe, expect, it } from 'vitest';
import {
  bufferFromInput,
  gapFromInput,
  GAP_INPUTS,
  setPlanStepDone,
} from '../../src/lib/workspace/plan-edits';
import { planStepDone } from '../../src/lib/timeline/interview-plan';
import { emptyWorkspace, type Workspace } from '../../src/lib/workspace/schema';
import { interview } from './fixtures';

const NOW = new Date('2026-12-10T09:00:00.000Z');

function workspace(): Workspace {
  return {
    ...emptyWorkspace(),
    currentId: 'i1',
    applications: [
      interview({
        actionItems: [
          { id: 'x', what: 'Portfolio', askedBy: '', due: '', status: 'todo', notes: '' },
        ],
      }).application,
    ],
  };
}
/** The one round of the one application: the plan's steps are kept there. */
const only = (ws: Workspace) => ws.applications[0]!.rounds[0]!;

describe('setPlanStepDone', () => {
  it('marks a promised item sent, and to do again', () => {
    const done = setPlanStepDone(workspace(), 'i1', 'r1', 'action-item:x', true, NOW);
    expect(only(done).actionItems[0]!.status).toBe('done');
    expect(planStepDone(only(done), 'action-item:x')).toBe(true);
    const undone = setPlanStepDone(done, 'i1', 'r1', 'action-item:x', false, NOW);
    expect(only(undone).actionItems[0]!.status).toBe('todo');
  });

  it('records the status inquiry as sent now, and unticking takes back every record and the tick', () => {
    const sent = setPlanStepDone(workspace(), 'i1', 'r1', 'status-inquiry', true, NOW);
    expect(only(sent).sent).toEqual([{ kind: 'status-inquiry', at: NOW.toISOString() }]);
    const twice = setPlanStepDone(sent, 'i1', 'r1', 'status-inquiry', true, NOW);
    const ticked = {
      ...twice,
      applications: [
        {
          ...twice.applications[0]!,
          rounds: [{ ...only(twice), steps: { 'status-inquiry': true } }],
        },
      ],
    };
    const undone = setPlanStepDone(ticked, 'i1', 'r1', 'status-inquiry', false, NOW);
    expect(only(undone).sent).toEqual([]);
    expect(only(undone).steps['status-inquiry']).toBe(false);
    expect(planStepDone(only(undone), 'status-inquiry')).toBe(false);
  });

  it('does the same for the final follow-up', () => {
    const sent = setPlanStepDone(workspace(), 'i1', 'r1', 'final-follow-up', true, NOW);
    expect(only(sent).sent.map((s) => s.kind)).toEqual(['final-follow-up']);
    expect(only(setPlanStepDone(sent, 'i1', 'r1', 'final-follow-up', false, NOW)).sent).toEqual([]);
  });

  it('ticks any other step by hand', () => {
    const ticked = setPlanStepDone(workspace(), 'i1', 'r1', 'move-on', true, NOW);
    expect(only(ticked).steps).toEqual({ 'move-on': true });
    expect(only(ticked).sent).toEqual([]);
    expect(only(setPlanStepDone(ticked, 'i1', 'r1', 'move-on', false, NOW)).steps).toEqual({
      'move-on': false,
    });
  });
});

describe('gapFromInput', () => {
  it('takes a whole number of business days within the input’s range', () => {
    expect(gapFromInput('secondFollowUpGap', '7', 5)).toBe(7);
    expect(gapFromInput('secondFollowUpGap', '60', 5)).toBe(60);
    expect(gapFromInput('moveOnGap', '120', 10)).toBe(120);
    expect(gapFromInput('moveOnGap', '1', 10)).toBe(1);
  });

  it('keeps what is saved for anything else', () => {
    expect(gapFromInput('secondFollowUpGap', '', 5)).toBe(5);
    expect(gapFromInput('secondFollowUpGap', '0', 5)).toBe(5);
    expect(gapFromInput('secondFollowUpGap', '61', 5)).toBe(5);
    expect(gapFromInput('moveOnGap', '121', 10)).toBe(10);
    expect(gapFromInput('moveOnGap', 'ten', 10)).toBe(10);
  });

  it('reads the whole-number part, as parseInt does', () => {
    expect(gapFromInput('secondFollowUpGap', '7.9', 5)).toBe(7);
  });

  it('publishes the ranges the inputs show', () => {
    expect(GAP_INPUTS).toEqual({
      secondFollowUpGap: { min: 1, max: 60 },
      moveOnGap: { min: 1, max: 120 },
    });
  });
});

describe('bufferFromInput', () => {
  it("is one business day for '1' and two otherwise", () => {
    expect(bufferFromInput('1')).toBe(1);
    expect(bufferFromInput('2')).toBe(2);
    expect(bufferFromInput('')).toBe(2);
  });
});
