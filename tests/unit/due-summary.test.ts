import { describe, expect, it } from 'vitest';
import { dueGroups, NEXT_UP } from '../../src/lib/timeline/due-summary';
import { fieldToDate } from '../../src/lib/timeline/undated-field';
import { READING_TIMELINE, type PlannedStep } from '../../src/lib/timeline/interview-plan';
import type { StepState } from '../../src/lib/timeline/plan';

const row = (
  id: string,
  state: StepState,
  date: string | null = '2026-12-01',
  interviewId?: string,
  reason = '',
) => ({
  id,
  ...(interviewId === undefined ? {} : { interviewId }),
  step: {
    id,
    title: id,
    reason,
    date,
    allDay: true,
    done: state === 'done',
    state,
  } satisfies PlannedStep,
});

describe('dueGroups', () => {
  it('sorts rows into overdue, due today and next up, leaving out done and undated steps', () => {
    const groups = dueGroups([
      row('a', 'overdue'),
      row('b', 'done'),
      row('c', 'today'),
      row('d', 'unknown', null),
      row('e', 'overdue'),
      row('f', 'upcoming', '2026-12-09'),
    ]);
    expect(groups.overdue.map((r) => r.id)).toEqual(['a', 'e']);
    expect(groups.today.map((r) => r.id)).toEqual(['c']);
    expect(groups.next.map((r) => r.id)).toEqual(['f']);
  });

  it(`names only the ${NEXT_UP} nearest upcoming steps, soonest first`, () => {
    const groups = dueGroups([
      row('late', 'upcoming', '2027-01-10'),
      row('soon', 'upcoming', '2026-12-02'),
      row('mid', 'upcoming', '2026-12-20'),
      row('sooner', 'upcoming', '2026-12-01'),
    ]);
    expect(groups.next.map((r) => r.id)).toEqual(['sooner', 'soon', 'mid']);
  });

  it('puts an upcoming step with no date first rather than failing on it', () => {
    const groups = dueGroups([
      row('dated', 'upcoming', '2026-12-02'),
      row('undated', 'upcoming', null),
    ]);
    expect(groups.next.map((r) => r.id)).toEqual(['undated', 'dated']);
  });

  it('keeps every overdue row, however many', () => {
    const many = Array.from({ length: 25 }, (_, n) => row(`o${n}`, 'overdue'));
    expect(dueGroups(many).overdue).toHaveLength(25);
  });

  it("names each plan's first undated step once, in plan order, not the steps that follow it", () => {
    const groups = dueGroups([
      row('thank-you-email', 'done', '2026-12-01', 'acme'),
      row('status-inquiry', 'unknown', null, 'acme', 'Their timeline could not be read.'),
      row(
        'final-follow-up',
        'unknown',
        null,
        'acme',
        'Follows the status inquiry, which has no date yet.',
      ),
      row('move-on', 'unknown', null, 'acme'),
      row('thank-you-email', 'unknown', null, 'globex', 'No interview date.'),
      row('linkedin', 'unknown', null, 'globex'),
      row('status-inquiry', 'upcoming', '2026-12-20', 'initech'),
    ]);
    expect(groups.undated.map((r) => [r.interviewId, r.id])).toEqual([
      ['acme', 'status-inquiry'],
      ['globex', 'thank-you-email'],
    ]);
    expect(groups.next.map((r) => r.interviewId)).toEqual(['initech']);
  });

  it('leaves out a plan whose timeline is still being read, and done undated steps', () => {
    const groups = dueGroups([
      row('status-inquiry', 'unknown', null, 'acme', READING_TIMELINE),
      row('final-follow-up', 'unknown', null, 'acme'),
      row('move-on', 'done', null, 'globex'),
    ]);
    expect(groups.undated).toEqual([]);
  });

  it('is empty when every step has a date', () => {
    expect(dueGroups([row('a', 'overdue', '2026-12-01', 'x')]).undated).toEqual([]);
  });
});

describe('fieldToDate', () => {
  it('sends the status inquiry and the steps after it to the timeline, the rest to the date', () => {
    const step = (id: string) => row(id, 'unknown', null).step;
    expect(fieldToDate(step('status-inquiry'))).toBe('timeline');
    expect(fieldToDate(step('final-follow-up'))).toBe('timeline');
    expect(fieldToDate(step('move-on'))).toBe('timeline');
    expect(fieldToDate(step('thank-you-email'))).toBe('date');
    expect(fieldToDate(step('action-item:a1'))).toBe('date');
  });
});
