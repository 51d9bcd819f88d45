import { describe, expect, it } from 'vitest';
import {
  planCalendarId,
  planCalendarName,
  planEvents,
  planFileName,
  planStepEvent,
  stepWhen,
} from '../../src/lib/calendar/plan-events';
import type { PlannedStep } from '../../src/lib/timeline/interview-plan';
import { application, round } from './fixtures';

const acme = application({ company: 'Acme', role: 'Product Designer' });

const step = (fields: Partial<PlannedStep> = {}): PlannedStep => ({
  id: 'status-inquiry',
  title: 'Send the status inquiry',
  reason: 'Their timeline ends Tue 8 Dec; wait 2 more business days.',
  date: '2026-12-10',
  allDay: true,
  done: false,
  state: 'upcoming',
  ...fields,
});

describe('planStepEvent', () => {
  it('titles the event with the interview and puts the reason in its reminder text', () => {
    expect(planStepEvent(step(), acme)).toEqual({
      id: 'status-inquiry',
      title: 'Send the status inquiry (Acme: Product Designer)',
      description:
        'Their timeline ends Tue 8 Dec; wait 2 more business days.\n\nFrom your Follow-Up Kit plan for Acme: Product Designer.',
      date: '2026-12-10',
      allDay: true,
    });
  });

  it('keeps the start and end of a timed step', () => {
    const timed = planStepEvent(
      step({
        id: 'thank-you-email',
        allDay: false,
        start: '2026-11-25T14:00:00.000Z',
        end: '2026-11-26T14:00:00.000Z',
      }),
      acme,
    );
    expect(timed).toMatchObject({
      allDay: false,
      start: '2026-11-25T14:00:00.000Z',
      end: '2026-11-26T14:00:00.000Z',
    });
  });

  it('names an untitled interview', () => {
    expect(planStepEvent(step(), application()).title).toBe(
      'Send the status inquiry (Untitled interview)',
    );
  });
});

describe('planEvents', () => {
  it('makes events of the dated steps only, in plan order', () => {
    const steps = [
      step({ id: 'a', date: '2026-11-25' }),
      step({ id: 'b', date: null, state: 'unknown' }),
      step({ id: 'c', date: '2026-12-01' }),
    ];
    expect(planEvents(steps, acme).map((e) => e.id)).toEqual(['a', 'c']);
    expect(planEvents([], acme)).toEqual([]);
  });
});

describe('planCalendarName and planFileName', () => {
  it('name the whole plan after the interview', () => {
    expect(planCalendarName(acme)).toBe('Follow-ups: Acme: Product Designer');
    expect(planFileName(acme)).toBe('follow-ups Acme: Product Designer');
  });
});

describe('planCalendarId', () => {
  it('keys the first round’s events by the application, as v4 keyed an interview’s, so a file imported before the upgrade is updated, not doubled', () => {
    const app = application({ id: 'iv-1', rounds: [round({ id: 'round-1' })] });
    expect(planCalendarId(app, app.rounds[0]!)).toBe('iv-1');
  });

  it('keys a later round’s events by the application and the round, so two rounds’ steps never share a UID', () => {
    const app = application({ id: 'iv-1', rounds: [round({ id: 'r1' }), round({ id: 'r2' })] });
    expect(planCalendarId(app, app.rounds[1]!)).toBe('iv-1/r2');
    expect(planCalendarId(app, app.rounds[1]!)).not.toBe(planCalendarId(app, app.rounds[0]!));
  });
});

describe('stepWhen', () => {
  it('writes a day-only step by its day', () => {
    expect(stepWhen(step({ date: '2026-12-08' }), 'UTC')).toBe('Tue 8 Dec');
  });

  it('writes a timed step from its start to its latest, in the reader’s zone', () => {
    const timed = step({
      date: '2026-11-25',
      allDay: false,
      start: '2026-11-25T14:00:00.000Z',
      end: '2026-11-26T14:00:00.000Z',
    });
    expect(stepWhen(timed, 'UTC')).toBe('Wed 25 Nov, 14:00 (latest Thu 26 Nov, 14:00)');
    expect(stepWhen(timed, 'America/New_York')).toBe(
      'Wed 25 Nov, 09:00 (latest Thu 26 Nov, 09:00)',
    );
  });

  it('says so when there is no date yet', () => {
    expect(stepWhen(step({ date: null }), 'UTC')).toBe('No date yet');
  });
});
