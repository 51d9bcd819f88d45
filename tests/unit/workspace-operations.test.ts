import { describe, expect, it } from 'vitest';
import {
  addInterview,
  addInterviewer,
  blankInterview,
  clearSent,
  lastSent,
  markSent,
  unmarkSent,
  updateInterview,
  updateInterviewer,
} from '../../src/lib/workspace/operations';
import {
  duplicateInterview,
  removeInterview,
  removeInterviewer,
  restoreInterview,
  restoreInterviewer,
} from '../../src/lib/workspace/list-edits';
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
import { emptyWorkspace } from '../../src/lib/workspace/schema';
import { readWorkspace } from '../../src/lib/workspace/read-workspace';

const now = new Date('2026-11-27T23:30:00Z');

const withTwo = () => {
  let ws = addInterview(emptyWorkspace(), blankInterview(now, 'UTC', 'a'));
  ws = addInterview(ws, blankInterview(now, 'UTC', 'b'));
  return ws;
};

describe('workspace operations', () => {
  it('a blank interview is valid and dated today in the given zone', () => {
    const iv = blankInterview(now, 'Asia/Tokyo', 'x');
    expect(iv.date).toBe('2026-11-28');
    const ws = addInterview(emptyWorkspace(), iv);
    expect(readWorkspace(JSON.parse(JSON.stringify(ws)))).toEqual(ws);
  });
  it('adding makes the new interview current', () => {
    expect(withTwo().currentId).toBe('b');
  });
  it('updates leave the input untouched', () => {
    const ws = withTwo();
    const next = updateInterview(ws, 'a', { company: 'Acme' });
    expect(next.interviews[0]!.company).toBe('Acme');
    expect(ws.interviews[0]!.company).toBe('');
    expect(updateInterview(ws, 'nope', { company: 'X' })).toBe(ws);
  });
  it('delete then undo restores the interview at its place and as current', () => {
    const ws = withTwo();
    const { workspace, removed } = removeInterview(ws, 'b');
    expect(workspace.interviews.map((i) => i.id)).toEqual(['a']);
    expect(workspace.currentId).toBe('a');
    const back = restoreInterview(workspace, removed!);
    expect(back.interviews.map((i) => i.id)).toEqual(['a', 'b']);
    expect(back.currentId).toBe('b');
    expect(restoreInterview(back, removed!)).toBe(back);
  });
  it('deleting the last interview leaves no current one', () => {
    const { workspace } = removeInterview(
      addInterview(emptyWorkspace(), blankInterview(now, 'UTC', 'only')),
      'only',
    );
    expect(workspace.currentId).toBeNull();
  });
  it('duplicating copies details with new ids and nothing sent', () => {
    let ws = withTwo();
    ws = updateInterview(ws, 'a', { company: 'Acme' });
    ws = markSent(ws, 'a', 'thank-you-email', now, ws.interviews[0]!.interviewers[0]!.id);
    const dup = duplicateInterview(ws, 'a', now);
    const copy = dup.interviews[1]!;
    expect(copy.company).toBe('Acme');
    expect(copy.id).not.toBe('a');
    expect(copy.interviewers[0]!.id).not.toBe(ws.interviews[0]!.interviewers[0]!.id);
    expect(copy.sent).toEqual([]);
    expect(dup.currentId).toBe(copy.id);
  });
  it('interviewers can be added, edited, removed and restored', () => {
    let ws = addInterviewer(withTwo(), 'a');
    const [first, second] = ws.interviews[0]!.interviewers;
    ws = updateInterviewer(ws, 'a', second!.id, { name: 'Sam' });
    const { workspace, removed } = removeInterviewer(ws, 'a', first!.id);
    expect(workspace.interviews[0]!.interviewers.map((p) => p.name)).toEqual(['Sam']);
    const back = restoreInterviewer(workspace, removed!);
    expect(back.interviews[0]!.interviewers.map((p) => p.id)).toEqual([first!.id, second!.id]);
  });
  it('marking sent records the time and completes the step when everyone has one', () => {
    let ws = addInterviewer(withTwo(), 'a');
    const ids = ws.interviews[0]!.interviewers.map((p) => p.id);
    ws = markSent(ws, 'a', 'thank-you-email', now, ids[0]);
    expect(stepDone(ws.interviews[0]!, 'thank-you-email')).toBe(false);
    ws = markSent(ws, 'a', 'thank-you-email', now, ids[1]);
    expect(stepDone(ws.interviews[0]!, 'thank-you-email')).toBe(true);
    expect(lastSent(ws.interviews[0]!, 'thank-you-email', ids[1])).toBe(now.toISOString());
    ws = unmarkSent(ws, 'a', 'thank-you-email', ids[1]);
    expect(stepDone(ws.interviews[0]!, 'thank-you-email')).toBe(false);
  });
  it('a step ticked by hand is done', () => {
    const ws = setStep(withTwo(), 'a', 'handwritten-note', true);
    expect(stepDone(ws.interviews[0]!, 'handwritten-note')).toBe(true);
    expect(stepDone(ws.interviews[0]!, 'linkedin')).toBe(false);
  });
});

describe('follow-up edits', () => {
  it('action items can be added, edited, removed and restored in place', () => {
    let ws = addActionItem(withTwo(), 'a', blankActionItem('x'));
    ws = addActionItem(ws, 'a', blankActionItem('y'));
    ws = updateActionItem(ws, 'a', 'x', { what: 'two references', due: '2026-12-01' });
    expect(ws.interviews[0]!.actionItems[0]).toMatchObject({
      what: 'two references',
      due: '2026-12-01',
      status: 'todo',
    });
    const { workspace, removed } = removeActionItem(ws, 'a', 'x');
    expect(workspace.interviews[0]!.actionItems.map((i) => i.id)).toEqual(['y']);
    expect(
      restoreActionItem(workspace, 'a', removed!).interviews[0]!.actionItems.map((i) => i.id),
    ).toEqual(['x', 'y']);
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

describe('sent records for per-interview messages', () => {
  it('undoing without a recipient removes the latest to anyone; clearing removes them all', () => {
    let ws = withTwo();
    ws = markSent(ws, 'a', 'status-inquiry', now, 'p1');
    ws = markSent(ws, 'a', 'status-inquiry', now, 'p2');
    expect(
      unmarkSent(ws, 'a', 'status-inquiry').interviews[0]!.sent.map((s) => s.interviewerId),
    ).toEqual(['p1']);
    expect(
      lastSent(clearSent(ws, 'a', 'status-inquiry').interviews[0]!, 'status-inquiry'),
    ).toBeUndefined();
  });
});
