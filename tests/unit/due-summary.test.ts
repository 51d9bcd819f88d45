import { describe, expect, it } from 'vitest';
import { dueGroups, NEXT_UP } from '../../src/lib/timeline/due-summary';
import type { PlannedStep } from '../../src/lib/timeline/interview-plan';
import type { StepState } from '../../src/lib/timeline/plan';

const row = (id: string, state: StepState, date: string | null = '2026-12-01') => ({
  id,
  step: {
    id,
    title: id,
    reason: '',
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
});
