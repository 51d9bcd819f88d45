import { describe, expect, it } from 'vitest';
import {
  applicationSteps,
  applicationTimeline,
  inDateOrder,
} from '../../src/lib/timeline/application-timeline';
import type { PlannedStep } from '../../src/lib/timeline/interview-plan';
import { application, round } from './fixtures';

const step = (id: string, date: string | null, done = false): PlannedStep => ({
  id,
  title: id,
  reason: '',
  date,
  allDay: true,
  done,
  state: done ? 'done' : date ? 'upcoming' : 'unknown',
});

describe('the application page lists', () => {
  it('puts steps in date order, undated last, keeping the plan order on one day', () => {
    const ordered = inDateOrder([
      step('b', '2026-12-10'),
      step('none-1', null),
      step('a', '2026-11-25'),
      step('c', '2026-12-10'),
      step('none-2', null),
    ]);
    expect(ordered.map((s) => s.id)).toEqual(['a', 'b', 'c', 'none-1', 'none-2']);
  });

  it('keeps the whole plan while waiting, and only what was done once decided', () => {
    const plan = [
      step('thank-you-email', '2026-11-25', true),
      step('status-inquiry', '2026-12-10'),
    ];
    const outcome = [step('rejection-reply', '2026-12-02')];
    const waiting = application({ outcomes: [] });
    expect(applicationSteps(waiting, plan, []).map((s) => s.id)).toEqual([
      'thank-you-email',
      'status-inquiry',
    ]);
    const rejected = application({
      outcomes: [{ status: 'rejected', at: '2026-12-01', note: '' }],
    });
    expect(applicationSteps(rejected, plan, outcome).map((s) => s.id)).toEqual([
      'thank-you-email',
      'rejection-reply',
    ]);
  });

  it('marks today among the rounds, the changes of standing and the steps', () => {
    const app = application({
      rounds: [
        round({ id: 'r1', date: '2026-11-24' }),
        round({ id: 'r2', date: '2026-12-03' }),
        round({ id: 'r3', date: '' }),
      ],
      outcomes: [{ status: 'next-round', at: '2026-11-27', note: '' }],
    });
    const steps = [
      step('thank-you-email', '2026-11-25', true),
      step('linkedin', '2026-11-26'),
      step('status-inquiry', '2026-11-27'),
      step('move-on', null),
    ];
    const timeline = applicationTimeline(app, steps, '2026-11-27');
    expect(
      timeline.map((e) =>
        e.kind === 'round'
          ? `round ${e.number} ${e.when}`
          : e.kind === 'outcome'
            ? `outcome ${e.when}`
            : e.kind === 'today'
              ? 'today'
              : `step ${e.step.id}`,
      ),
    ).toEqual([
      'round 1 past',
      'step thank-you-email',
      'step linkedin',
      'outcome today',
      'today',
      'step status-inquiry',
      'round 2 upcoming',
      'round 3 unknown',
      'step move-on',
    ]);
  });

  it('leaves today out when it is not a date', () => {
    const app = application({ rounds: [round({ date: '2026-11-24' })], outcomes: [] });
    expect(applicationTimeline(app, [], '').map((e) => e.kind)).toEqual(['round']);
  });
});
