import { describe, expect, it } from 'vitest';
import { interviewTimeline, planForInterview } from '../../src/lib/timeline/interview-plan';
import { planForApplication } from '../../src/lib/timeline/application-plan';
import {
  addApplication,
  blankApplication,
  currentRound,
  markSent,
} from '../../src/lib/workspace/operations';
import { addActionItem, updateActionItem } from '../../src/lib/workspace/follow-up-edits';
import {
  DEFAULT_SETTINGS,
  emptyWorkspace,
  type Application,
  type Round,
} from '../../src/lib/workspace/schema';
import { parseTimeline } from '../../src/lib/timeline/parse';
import { NO_DAYS_OFF, readingKey, toReading } from '../../src/lib/timeline/reading';

/** Stores the parser's reading, as the islands do once the parser has loaded. */
const read = (r: Round): Round => ({
  ...r,
  timelineReading: toReading(
    parseTimeline(r.timeline, r.date, []),
    readingKey(r.timeline, r.date, []),
  ),
});
/** A new application's one round, as the tools edit it. */
const app = blankApplication(new Date('2026-11-24T10:00:00Z'), 'Europe/London', 'iv');
const base = (patch: Partial<Round> = {}): Round =>
  read({
    ...currentRound(app),
    date: '2026-11-24',
    start: '14:00',
    timeline: '1-2 weeks',
    ...patch,
  });
/** The application with its one round as `base` gives it. */
const withRound = (r: Round): Application => ({ ...app, rounds: [r] });
const settings = { ...DEFAULT_SETTINGS, holidays: [] };

describe('interviewTimeline', () => {
  it('uses the stored reading of the words, and a picked date wins over them', () => {
    expect(interviewTimeline(base(), NO_DAYS_OFF)).toMatchObject({
      kind: 'range',
      latest: '2026-12-08',
    });
    expect(
      interviewTimeline(base({ timeline: 'soon', timelineDate: '2026-12-04' }), NO_DAYS_OFF),
    ).toMatchObject({ kind: 'date', date: '2026-12-04' });
    expect(interviewTimeline(base({ timeline: 'soon' }), NO_DAYS_OFF)?.kind).toBe('unreadable');
  });
  it('has no reading once the words, the date or the holidays change, so the parser runs again', () => {
    const iv = base();
    expect(interviewTimeline({ ...iv, timeline: '3 weeks' }, NO_DAYS_OFF)).toBeNull();
    expect(interviewTimeline({ ...iv, date: '2026-11-25' }, NO_DAYS_OFF)).toBeNull();
    expect(interviewTimeline(iv, { ...NO_DAYS_OFF, holidays: ['2026-12-25'] })).toBeNull();
  });
  it('plans with the later steps undated while the words are being read', () => {
    const plan = planForInterview(
      { ...base(), timelineReading: null },
      settings,
      '2026-11-25',
      NO_DAYS_OFF,
    );
    expect(plan.find((s) => s.id === 'status-inquiry')?.date).toBeNull();
    expect(plan.find((s) => s.id === 'thank-you-email')?.date).toBe('2026-11-25');
  });
});

describe('planForInterview', () => {
  it('dates the ladder from the timeline: inquiry 2 business days after it, then +5, then +10', () => {
    const plan = planForInterview(base(), settings, '2026-11-25', NO_DAYS_OFF);
    const date = (id: string) => plan.find((s) => s.id === id)?.date;
    // 1–2 weeks from Tue 24 Nov ends Tue 8 Dec; +2 business days is Thu 10 Dec.
    expect(date('status-inquiry')).toBe('2026-12-10');
    expect(date('final-follow-up')).toBe('2026-12-17');
    expect(date('move-on')).toBe('2026-12-31');
    expect(plan.find((s) => s.id === 'thank-you-email')?.state).toBe('today');
  });
  it('moves on from the day the status inquiry was really sent, and marks it done', () => {
    const r = base();
    let ws = addApplication(emptyWorkspace(), withRound(r));
    ws = markSent(ws, 'iv', r.id, 'status-inquiry', new Date('2026-12-14T09:00:00Z'));
    const plan = planForInterview(
      currentRound(ws.applications[0]!),
      settings,
      '2026-12-14',
      NO_DAYS_OFF,
    );
    const inquiry = plan.find((s) => s.id === 'status-inquiry')!;
    expect(inquiry.done).toBe(true);
    expect(inquiry.state).toBe('done');
    expect(plan.find((s) => s.id === 'final-follow-up')?.date).toBe('2026-12-21');
  });
  it('includes promised items, done when marked sent, and flags missed steps as overdue', () => {
    const r = base();
    let ws = addApplication(emptyWorkspace(), withRound(r));
    ws = addActionItem(ws, 'iv', r.id, {
      id: 'a',
      what: 'references',
      askedBy: '',
      due: '',
      status: 'todo',
      notes: '',
    });
    const late = planForInterview(
      currentRound(ws.applications[0]!),
      settings,
      '2026-12-01',
      NO_DAYS_OFF,
    );
    expect(late.find((s) => s.id === 'action-item:a')).toMatchObject({
      date: '2026-11-26',
      state: 'overdue',
      done: false,
    });
    ws = updateActionItem(ws, 'iv', r.id, 'a', { status: 'done' });
    expect(
      planForInterview(currentRound(ws.applications[0]!), settings, '2026-12-01', NO_DAYS_OFF).find(
        (s) => s.id === 'action-item:a',
      )?.state,
    ).toBe('done');
  });
});

describe('planForApplication', () => {
  const plan = (s: typeof settings, day: string, days: typeof NO_DAYS_OFF) => (r: Round) =>
    planForInterview(r, s, day, days);
  it('plans the current round once per application object, day and days off, and again when any changes', () => {
    const a = withRound(base());
    const first = planForApplication(
      a,
      settings,
      '2026-11-25',
      NO_DAYS_OFF,
      plan(settings, '2026-11-25', NO_DAYS_OFF),
    );
    expect(first).toEqual(planForInterview(base(), settings, '2026-11-25', NO_DAYS_OFF));
    // The same application asked again (the other list on the page): the same plan.
    expect(
      planForApplication(
        a,
        settings,
        '2026-11-25',
        NO_DAYS_OFF,
        plan(settings, '2026-11-25', NO_DAYS_OFF),
      ),
    ).toBe(first);
    // An edit makes a new object: planned again, with what changed.
    const edited = withRound(base({ timeline: '3 weeks' }));
    expect(
      planForApplication(
        edited,
        settings,
        '2026-11-25',
        NO_DAYS_OFF,
        plan(settings, '2026-11-25', NO_DAYS_OFF),
      ),
    ).not.toEqual(first);
    expect(
      planForApplication(
        a,
        settings,
        '2026-11-26',
        NO_DAYS_OFF,
        plan(settings, '2026-11-26', NO_DAYS_OFF),
      ),
    ).not.toBe(first);
    const daysOff = { ...NO_DAYS_OFF, holidays: ['2026-12-01'] };
    expect(
      planForApplication(a, settings, '2026-11-26', daysOff, plan(settings, '2026-11-26', daysOff)),
    ).toEqual(planForInterview(base(), settings, '2026-11-26', daysOff));
  });
});
