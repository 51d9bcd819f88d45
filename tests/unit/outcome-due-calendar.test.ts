// The outcome steps reach "What is due" and the calendar file exactly as "What to send
// next" lists them: same ids, titles and dates, each on its own application's list.
import { describe, expect, it } from 'vitest';
import { outcomeSteps } from '../../src/lib/timeline/outcome-steps';
import { dueGroups } from '../../src/lib/timeline/due-summary';
import { planEvents } from '../../src/lib/calendar/plan-events';
import { buildIcs } from '../../src/lib/calendar/ics';
import { emptyWorkspace, type Workspace } from '../../src/lib/workspace/schema';
import { application, person, priya, round, tom } from './fixtures';

function ws(): Workspace {
  const A = application({
    id: 'A',
    company: 'Acme',
    role: 'Designer',
    people: [priya, tom],
    rounds: [round({ id: 'ra', met: ['p1', 'p2'] })],
  });
  const B = application({
    id: 'B',
    company: 'Beta',
    people: [person('rc', { role: 'recruiter', name: 'Sam Lee' })],
    outcomes: [{ status: 'offer', at: '2026-12-01', deadline: '2026-12-11', note: '' }],
  });
  const C = application({
    id: 'C',
    company: 'Cora',
    outcomes: [{ status: 'rejected', at: '2026-11-27', note: '' }],
  });
  return { ...emptyWorkspace(), applications: [A, B, C], currentId: 'A' };
}

/** The summary's rows, built the way DueSummary builds them from the outcome steps. */
const rows = (w: Workspace, today: string) =>
  w.applications.flatMap((a) => outcomeSteps(a, w, today).map((step) => ({ app: a.id, step })));

describe('outcome steps in "What is due" and the calendar file', () => {
  it('sorts each application’s own outcome steps into overdue, today and next', () => {
    const w = ws();
    const { overdue, today, next } = dueGroups(rows(w, '2026-12-02'));
    expect(overdue.map((r) => [r.app, r.step.id])).toEqual([['C', 'rejection-reply']]);
    expect(today.map((r) => [r.app, r.step.id])).toEqual([
      ['A', 'expedite:B'],
      ['B', 'offer-extension'],
    ]);
    expect(next.map((r) => [r.app, r.step.id])).toEqual([
      ['B', 'offer-answer'],
      ['C', 'reconnect'],
    ]);
  });

  it('a sent message leaves the summary (done), as it shows "Sent" on the card', () => {
    const w = ws();
    const A = w.applications[0]!;
    const sent: Workspace = {
      ...w,
      applications: [
        {
          ...A,
          rounds: [
            {
              ...A.rounds[0]!,
              sent: [{ kind: 'expedite', personId: 'p1', at: '2026-12-02T09:00:00.000Z' }],
            },
          ],
        },
        ...w.applications.slice(1),
      ],
    };
    const { today } = dueGroups(rows(sent, '2026-12-02'));
    expect(today.map((r) => r.step.id)).toEqual(['offer-extension']);
  });

  it('the whole plan’s .ics carries the same steps, titled and dated as on the cards', () => {
    const w = ws();
    const A = w.applications[0]!;
    const steps = outcomeSteps(A, w, '2026-12-02');
    const events = planEvents(steps, A);
    expect(events.map((e) => [e.id, e.date])).toEqual(steps.map((s) => [s.id, s.date]));
    expect(events[0]!.title).toBe('Tell Acme about your offer from Beta (Acme: Designer)');
    const ics = buildIcs(events, {
      interviewId: A.id,
      calendarName: 'x',
      now: new Date('2026-12-02T00:00:00Z'),
    });
    expect(ics).toContain('DTSTART;VALUE=DATE:20261202');
    expect(ics).toContain('SUMMARY:Tell Acme about your offer from Beta');
  });

  it('withdrawals after accepting are on the accepted application’s list only', () => {
    const w = ws();
    const accepted: Workspace = {
      ...w,
      applications: w.applications.map((a) =>
        a.id === 'A' ? { ...a, outcomes: [{ status: 'accepted', at: '2026-12-03', note: '' }] } : a,
      ),
    };
    const all = rows(accepted, '2026-12-03');
    expect(
      all.filter((r) => r.step.id.startsWith('withdraw-from:')).map((r) => [r.app, r.step.id]),
    ).toEqual([['A', 'withdraw-from:B']]);
  });

  // Each list of applications and of days off is read once and kept: a new list (any
  // edit makes one) must be read again, not answered from the old one.
  it('an edit to another application or to the days off changes the steps at once', () => {
    const w = ws();
    const expedite = (x: Workspace) =>
      outcomeSteps(x.applications[0]!, x, '2026-12-02').find((s) => s.id.startsWith('expedite'));
    const before = expedite(w);
    expect(before).toBeDefined();
    const noOffer: Workspace = {
      ...w,
      applications: w.applications.map((a) => (a.id === 'B' ? { ...a, outcomes: [] } : a)),
    };
    expect(expedite(noOffer)).toBeUndefined();
    const holiday: Workspace = { ...w, settings: { ...w.settings, holidays: [before!.date!] } };
    expect(expedite(holiday)?.date).not.toBe(before!.date);
    expect(expedite(w)).toEqual(before);
  });
});
