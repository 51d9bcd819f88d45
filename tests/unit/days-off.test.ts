// The days off every page dates with (src/stores/days-off.ts), and the London scenario
// of the holiday rules end to end in code: the region's real file, the plan, and the .ics file
// the calculator downloads, which must agree day for day.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { daysOffFor, type DaysOff } from '../../src/stores/days-off';
import type { LoadedRegion } from '../../src/stores/days-off-load';
import { parseHolidayFile, type RegionHolidays } from '../../src/lib/dates/holidays';
import { DEFAULT_SETTINGS, type PlanSettings, type Round } from '../../src/lib/workspace/schema';
import { blankApplication, currentRound } from '../../src/lib/workspace/operations';
import { planForInterview } from '../../src/lib/timeline/interview-plan';
import { parseTimeline } from '../../src/lib/timeline/parse';
import { readingKeyFor, toReading } from '../../src/lib/timeline/reading';
import { planCalendarId, planCalendarName, planEvents } from '../../src/lib/calendar/plan-events';
import { buildIcs } from '../../src/lib/calendar/ics';
import { daysOffLine, weekendShort } from '../../src/lib/dates/days-off-summary';

const file = (region: string): RegionHolidays => {
  const parsed = parseHolidayFile(
    JSON.parse(readFileSync(`public/holidays/${region}.json`, 'utf8')),
    region,
  );
  if (!parsed) throw new Error(`public/holidays/${region}.json does not read: run npm run build`);
  return parsed;
};
const loaded = (stored: string, region: string): LoadedRegion => ({
  for: stored,
  region,
  file: file(region),
});
const settings = (patch: Partial<PlanSettings> = {}): PlanSettings => ({
  ...DEFAULT_SETTINGS,
  ...patch,
});

describe('daysOffFor', () => {
  it('while the region loads: the user’s own days and Saturday–Sunday', () => {
    const days = daysOffFor(settings({ holidays: ['2026-12-24'] }), null, 'dmy');
    expect(days).toMatchObject({
      state: 'loading',
      holidays: ['2026-12-24'],
      weekend: [0, 6],
      named: [],
    });
  });
  it('the guess’s public days, less those worked on, plus the user’s own, once each and sorted', () => {
    const days = daysOffFor(
      settings({ holidays: ['2026-12-24', '2026-12-25'], holidaysRemoved: ['2026-12-28'] }),
      loaded('', 'GB-ENG'),
      'dmy',
    );
    expect(days.state).toBe('ready');
    expect(days.region).toBe('GB-ENG');
    expect(days.guessed).toBe(true);
    expect(days.holidays.filter((d) => d.startsWith('2026-12'))).toEqual([
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
    ]);
    expect(days.named).toContainEqual({ date: '2026-12-28', name: 'Boxing Day (substitute day)' });
  });
  it('a file loaded for another choice is not used; "none" is the user’s days only', () => {
    expect(daysOffFor(settings({ holidayRegion: 'US' }), loaded('', 'GB-ENG'), 'dmy').state).toBe(
      'loading',
    );
    const none = daysOffFor(
      settings({ holidayRegion: 'none', holidays: ['2026-12-24'] }),
      loaded('', 'GB-ENG'),
      'dmy',
    );
    expect(none).toMatchObject({ state: 'none', region: '', holidays: ['2026-12-24'] });
  });
  it('a region that could not load: failed, own days only; the user’s weekend wins over the region’s', () => {
    const failed = daysOffFor(
      settings({ holidayRegion: 'AE', weekend: [5] }),
      { for: 'AE', region: 'AE', file: null },
      'dmy',
    );
    expect(failed).toMatchObject({ state: 'failed', holidays: [], weekend: [5] });
  });
  it('says it in one line', () => {
    const days = daysOffFor(settings(), loaded('', 'GB-ENG'), 'dmy');
    expect(daysOffLine(days, ['2026-12-04', '2027-01-15'])).toBe(
      'Holidays: England (suggested) · 3 days off in the plan’s range · weekend Sat–Sun',
    );
    expect(weekendShort([5, 6])).toBe('Fri–Sat');
    expect(weekendShort([0, 6])).toBe('Sat–Sun');
    expect(weekendShort([5])).toBe('Fri');
  });
});

/** The round as the islands leave it: its words read with the days off, the reading stored. */
function readRound(round: Round, days: DaysOff): Round {
  return {
    ...round,
    timelineReading: toReading(
      parseTimeline(round.timeline, round.date, days.holidays, {
        named: days.named,
        weekend: days.weekend,
        dateOrder: days.dateOrder,
      }),
      readingKeyFor(round.timeline, round.date, days),
    ),
  };
}

/** Every VEVENT's start date (all-day: the date; timed: its local date in the file). */
function icsDates(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const ev of new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent')) {
    const start = ev.getFirstPropertyValue('dtstart') as ICAL.Time;
    out.set(String(ev.getFirstPropertyValue('summary')), start.toString().slice(0, 10));
  }
  return out;
}

describe.each([
  {
    name: 'London, 1-2 weeks after Fri 4 Dec 2026',
    region: 'GB-ENG',
    date: '2026-12-04',
    timeline: '1-2 weeks',
    expect: { 'final-follow-up': '2026-12-31', 'move-on': '2027-01-15' },
  },
  {
    name: 'New York, within 3 business days of Wed 25 Nov 2026 (Thanksgiving)',
    region: 'US',
    date: '2026-11-25',
    timeline: 'within 3 business days',
    expect: { 'status-inquiry': '2026-12-03' },
  },
  {
    name: 'India, within 2 business days of Fri 6 Nov 2026 (Diwali Sun 8 Nov)',
    region: 'IN',
    date: '2026-11-06',
    timeline: 'within 2 business days',
    expect: { 'status-inquiry': '2026-11-12' },
  },
])('$name', ({ region, date, timeline, expect: want }) => {
  const days = daysOffFor(settings(), loaded('', region), region === 'US' ? 'mdy' : 'dmy');
  const app = {
    ...blankApplication(new Date(`${date}T10:00:00Z`), 'UTC', 'iv'),
    company: 'Acme',
  };
  const round = readRound({ ...currentRound(app), date, start: '10:00', timeline }, days);
  const withRound = { ...app, rounds: [round] };
  const plan = planForInterview(round, settings(), '2026-11-01', days);

  it('dates the plan with the region’s days off, never on one', () => {
    const byId = Object.fromEntries(plan.map((s) => [s.id, s.date]));
    expect(byId).toMatchObject(want);
    for (const step of plan)
      // The thank-you and the card go by the clock (hours after the interview), not by business days.
      if (step.date && !/^(thank-you|handwritten)/.test(step.id))
        expect(days.holidays, `${step.id} on ${step.date}`).not.toContain(step.date);
  });

  it('the .ics file has every dated step on the plan’s day', () => {
    const text = buildIcs(planEvents(plan, withRound), {
      interviewId: planCalendarId(withRound, round),
      calendarName: planCalendarName(withRound),
      now: new Date('2026-11-01T00:00:00Z'),
    });
    const inFile = icsDates(text);
    const dated = plan.filter((s) => s.date);
    expect(inFile.size).toBe(dated.length);
    for (const step of dated) {
      const event = [...inFile].find(([summary]) => summary.includes(step.title));
      expect(event, step.title).toBeDefined();
      expect(event![1], step.title).toBe(step.date);
    }
  });
});
