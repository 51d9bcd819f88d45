import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates } from '../../src/lib/dates/iso-date';
import { isBusinessDay } from '../../src/lib/timeline/business-days';
import { parseTimeline } from '../../src/lib/timeline/parse';
import {
  DEFAULT_PLAN_SETTINGS,
  buildPlan,
  stepState,
  type PlanInput,
  type PlanStep,
} from '../../src/lib/timeline/plan';

// Weekdays checked with `date -d YYYY-MM-DD +%a`. 2026: Tue 24 Nov, Fri 27 Nov, Sat 28 Nov,
// Tue 8 Dec, Wed 9 Dec, Thu 10 Dec, Fri 11 Dec, Thu 17 Dec, Tue 22 Dec, Thu 24 Dec,
// Fri 25 Dec, Thu 31 Dec; 2027: Fri 1 Jan, Mon 4 Jan, Tue 5 Jan, Thu 7 Jan, Mon 11 Jan.

function input(fields: Partial<PlanInput> & { timelineText?: string } = {}): PlanInput {
  const { timelineText, ...rest } = fields;
  const interviewDate = rest.interviewDate ?? '2026-11-24';
  const holidays = rest.holidays ?? [];
  return {
    interviewDate,
    interviewTime: '14:00',
    timeZone: 'Europe/London',
    timeline: parseTimeline(timelineText ?? '1-2 weeks', interviewDate, holidays),
    holidays,
    settings: DEFAULT_PLAN_SETTINGS,
    wantsCard: false,
    interviewers: 1,
    actionItems: [],
    sent: [],
    today: interviewDate,
    ...rest,
  };
}

function step(plan: PlanStep[], id: string): PlanStep {
  const found = plan.find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
}

/** The dates of the steps that always exist, in plan order. */
function dates(plan: PlanStep[]): Record<string, string | null> {
  return Object.fromEntries(
    ['thank-you-email', 'linkedin', 'status-inquiry', 'final-follow-up', 'move-on'].map((id) => [
      id,
      step(plan, id).date,
    ]),
  );
}

describe('buildPlan: the default ladder', () => {
  it('plans a Tuesday interview with a "1-2 weeks" timeline', () => {
    const plan = buildPlan(input());
    expect(plan.map((s) => s.id)).toEqual([
      'thank-you-email',
      'linkedin',
      'status-inquiry',
      'final-follow-up',
      'move-on',
    ]);
    expect(dates(plan)).toEqual({
      'thank-you-email': '2026-11-25',
      linkedin: '2026-11-26',
      'status-inquiry': '2026-12-10', // Tue 8 Dec + 2 business days
      'final-follow-up': '2026-12-17', // + 5 business days
      'move-on': '2026-12-31', // + 10 business days
    });
    expect(step(plan, 'status-inquiry').reason).toBe(
      'Their timeline (within 2 weeks) ends Tue 8 Dec; wait 2 more business days.',
    );
    const thankYou = step(plan, 'thank-you-email');
    expect(thankYou).toMatchObject({
      allDay: false,
      start: '2026-11-25T14:00:00.000Z',
      end: '2026-11-26T14:00:00.000Z',
    });
    expect(thankYou.reason).toBe(
      'Send within 24 hours of the interview (by Wed 25 Nov, 14:00), Thu 26 Nov, 14:00 at the latest.',
    );
  });

  it.each([
    // [interview, time, timeline, holidays, expected dates: thank-you, linkedin, inquiry, final, move-on]
    [
      '2026-11-27',
      '10:00',
      '',
      [],
      ['2026-11-28', '2026-11-30', '2026-12-04', '2026-12-11', '2026-12-25'],
    ], // Friday, no timeline
    [
      '2026-11-28',
      '',
      'by Friday',
      [],
      ['2026-11-29', '2026-11-30', '2026-12-07', '2026-12-14', '2026-12-28'],
    ], // Saturday
    [
      '2026-11-24',
      '09:00',
      'end of the month',
      [],
      ['2026-11-25', '2026-11-26', '2026-12-01', '2026-12-08', '2026-12-22'],
    ],
    [
      '2026-11-24',
      '09:00',
      'early next week',
      [],
      ['2026-11-25', '2026-11-26', '2026-12-02', '2026-12-09', '2026-12-23'],
    ],
    [
      '2026-11-24',
      '09:00',
      '10 business days',
      [],
      ['2026-11-25', '2026-11-26', '2026-12-10', '2026-12-17', '2026-12-31'],
    ],
    [
      '2026-11-24',
      '09:00',
      '3 days',
      [],
      ['2026-11-25', '2026-11-26', '2026-12-01', '2026-12-08', '2026-12-22'],
    ],
    // Year end: "2 weeks" from Tue 22 Dec ends Tue 5 Jan; the inquiry is Thu 7 Jan.
    [
      '2026-12-22',
      '09:00',
      '2 weeks',
      ['2026-12-25', '2027-01-01'],
      ['2026-12-23', '2026-12-24', '2027-01-07', '2027-01-14', '2027-01-28'],
    ],
    // Thu 17 Dec + 2 weeks = Thu 31 Dec; Fri 1 Jan is a holiday, so the inquiry is Tue 5 Jan.
    [
      '2026-12-17',
      '09:00',
      '2 weeks',
      ['2027-01-01'],
      ['2026-12-18', '2026-12-21', '2027-01-05', '2027-01-12', '2027-01-26'],
    ],
    [
      '2026-12-17',
      '09:00',
      '2 weeks',
      [],
      ['2026-12-18', '2026-12-21', '2027-01-04', '2027-01-11', '2027-01-25'],
    ],
    // No timeline from Thu 24 Dec, Christmas and New Year off: Mon 4 Jan.
    [
      '2026-12-24',
      '09:00',
      '',
      ['2026-12-25', '2027-01-01'],
      ['2026-12-25', '2026-12-28', '2027-01-04', '2027-01-11', '2027-01-25'],
    ],
    // A holiday inside the buffer pushes the inquiry: Tue 8 Dec + 2 skipping Wed 9 Dec = Fri 11 Dec.
    [
      '2026-11-24',
      '09:00',
      '1-2 weeks',
      ['2026-12-09'],
      ['2026-11-25', '2026-11-26', '2026-12-11', '2026-12-18', '2027-01-01'],
    ],
    // 29 February 2028: "by Friday" from Mon 28 Feb is Fri 3 Mar; the inquiry Mon 6 Mar.
    [
      '2028-02-28',
      '09:00',
      'by Friday',
      [],
      ['2028-02-29', '2028-03-01', '2028-03-06', '2028-03-13', '2028-03-27'],
    ],
  ] as const)(
    '%s %s "%s" (holidays %j)',
    (interviewDate, interviewTime, timelineText, holidays, expected) => {
      const plan = buildPlan(
        input({
          interviewDate,
          interviewTime,
          timelineText,
          holidays: [...holidays],
          timeZone: 'UTC',
        }),
      );
      expect(Object.values(dates(plan))).toEqual(expected);
      for (const s of plan) {
        if (s.id === 'thank-you-email' || s.date === null) continue;
        expect(isBusinessDay(s.date, [...holidays]), `${s.id} on ${s.date}`).toBe(true);
      }
    },
  );

  it('says which holiday it skipped', () => {
    const plan = buildPlan(input({ holidays: ['2026-12-09'] }));
    expect(step(plan, 'status-inquiry').reason).toBe(
      'Their timeline (within 2 weeks) ends Tue 8 Dec; wait 2 more business days (skipping the holiday on Wed 9 Dec).',
    );
  });

  it('explains dates and missing timelines', () => {
    expect(
      step(buildPlan(input({ timelineText: 'end of the month' })), 'status-inquiry').reason,
    ).toBe(
      'Their date (the end of the month) is Mon 30 Nov; write the next business morning after it.',
    );
    expect(step(buildPlan(input({ timelineText: '5 December' })), 'status-inquiry').reason).toBe(
      'Their date is Sat 5 Dec; write the next business morning after it.',
    );
    expect(step(buildPlan(input({ timelineText: '' })), 'status-inquiry').reason).toBe(
      'No timeline was given, so wait at least 5 business days after the interview.',
    );
  });
});

describe('buildPlan: the thank-you across clock changes', () => {
  it.each([
    // [zone, interview date, time, start, end, thank-you date on the interview's calendar]
    // US spring forward, Sun 8 Mar 2026: 10:00 EST → 11:00 EDT the next day.
    [
      'America/New_York',
      '2026-03-07',
      '10:00',
      '2026-03-08T15:00:00.000Z',
      '2026-03-09T15:00:00.000Z',
      '2026-03-08',
    ],
    // Late on Saturday: 24 hours later is 00:30 EDT on Monday, two calendar days on.
    [
      'America/New_York',
      '2026-03-07',
      '23:30',
      '2026-03-09T04:30:00.000Z',
      '2026-03-10T04:30:00.000Z',
      '2026-03-09',
    ],
    [
      'America/New_York',
      '2026-03-08',
      '09:00',
      '2026-03-09T13:00:00.000Z',
      '2026-03-10T13:00:00.000Z',
      '2026-03-09',
    ],
    // UK spring forward, Sun 29 Mar 2026.
    [
      'Europe/London',
      '2026-03-28',
      '11:00',
      '2026-03-29T11:00:00.000Z',
      '2026-03-30T11:00:00.000Z',
      '2026-03-29',
    ],
    // 23:30 GMT on Saturday + 24 h = 00:30 BST on Monday.
    [
      'Europe/London',
      '2026-03-28',
      '23:30',
      '2026-03-29T23:30:00.000Z',
      '2026-03-30T23:30:00.000Z',
      '2026-03-30',
    ],
    // UK fall back, Sun 25 Oct 2026: 11:00 BST → 10:00 GMT the next day.
    [
      'Europe/London',
      '2026-10-24',
      '11:00',
      '2026-10-25T10:00:00.000Z',
      '2026-10-26T10:00:00.000Z',
      '2026-10-25',
    ],
    // 01:30 happens twice that night; the earlier one (BST, 00:30 UTC) is taken.
    [
      'Europe/London',
      '2026-10-25',
      '01:30',
      '2026-10-26T00:30:00.000Z',
      '2026-10-27T00:30:00.000Z',
      '2026-10-26',
    ],
    // US fall back, Sun 1 Nov 2026.
    [
      'America/New_York',
      '2026-10-31',
      '09:00',
      '2026-11-01T13:00:00.000Z',
      '2026-11-02T13:00:00.000Z',
      '2026-11-01',
    ],
    [
      'America/New_York',
      '2026-10-30',
      '16:00',
      '2026-10-31T20:00:00.000Z',
      '2026-11-01T20:00:00.000Z',
      '2026-10-31',
    ],
  ] as const)('%s %s %s', (timeZone, interviewDate, interviewTime, start, end, date) => {
    const plan = buildPlan(input({ timeZone, interviewDate, interviewTime }));
    const thankYou = step(plan, 'thank-you-email');
    expect(thankYou).toMatchObject({ start, end, date, allDay: false });
    expect(Date.parse(end) - Date.parse(start)).toBe(24 * 3_600_000);
    // LinkedIn is the business day after the thank-you's day.
    expect(compareDates(step(plan, 'linkedin').date!, date)).toBe(1);
  });

  it('makes the thank-you a whole-day step when the time is unknown or unreadable', () => {
    for (const [interviewTime, timeZone] of [
      ['', 'Europe/London'],
      ['25:00', 'Europe/London'],
      ['14:00', 'Mars/Olympus'],
    ] as const) {
      const thankYou = step(buildPlan(input({ interviewTime, timeZone })), 'thank-you-email');
      expect(thankYou).toMatchObject({ date: '2026-11-25', allDay: true });
      expect(thankYou.start).toBeUndefined();
      expect(thankYou.end).toBeUndefined();
      expect(thankYou.reason).toMatch(/24 hours/);
    }
  });
});

describe('buildPlan: what was already sent', () => {
  it('counts the final follow-up from the day the status inquiry really went out', () => {
    const plan = buildPlan(
      input({ sent: [{ kind: 'status-inquiry', at: '2026-12-09T10:00:00Z' }] }),
    );
    expect(step(plan, 'status-inquiry').date).toBe('2026-12-09'); // planned Thu 10 Dec
    expect(step(plan, 'status-inquiry').reason).toBe(
      'You sent it on Wed 9 Dec (planned for Thu 10 Dec); the next steps count from that day.',
    );
    expect(step(plan, 'final-follow-up').date).toBe('2026-12-16');
    expect(step(plan, 'move-on').date).toBe('2026-12-30');
  });

  it('counts moving on from the day the final follow-up went out', () => {
    const plan = buildPlan(
      input({
        sent: [
          { kind: 'status-inquiry', at: '2026-12-10' },
          { kind: 'final-follow-up', at: '2026-12-21T16:00:00Z' },
        ],
      }),
    );
    expect(step(plan, 'final-follow-up').date).toBe('2026-12-21');
    expect(step(plan, 'move-on').date).toBe('2027-01-04');
  });

  it('reads a sent instant on the interview calendar, and the latest of several', () => {
    // 23:30 on 9 Dec in New York is 04:30 UTC on 10 Dec.
    const plan = buildPlan(
      input({
        timeZone: 'America/New_York',
        sent: [
          { kind: 'status-inquiry', at: '2026-12-08T12:00:00Z' },
          { kind: 'status-inquiry', at: '2026-12-10T04:30:00Z' },
          { kind: 'status-inquiry', at: 'yesterday' },
        ],
      }),
    );
    expect(step(plan, 'status-inquiry').date).toBe('2026-12-09');
  });

  it('moves LinkedIn after a thank-you sent late', () => {
    const plan = buildPlan(
      input({ sent: [{ kind: 'thank-you-email', at: '2026-11-27T09:00:00Z' }] }),
    );
    expect(step(plan, 'linkedin').date).toBe('2026-11-30'); // Fri → Mon
  });

  it('keeps going from a sent inquiry even when the timeline cannot be read', () => {
    const unsent = buildPlan(input({ timelineText: 'soon' }));
    expect(dates(unsent)).toMatchObject({
      'status-inquiry': null,
      'final-follow-up': null,
      'move-on': null,
    });
    expect(step(unsent, 'status-inquiry').reason).toBe(
      'Their timeline could not be read: “soon” gives no date; pick the date they mentioned, or leave it empty.',
    );
    expect(step(buildPlan(input({ timelineText: 'weeks' })), 'status-inquiry').reason).toMatch(
      /“2 weeks”\?$/,
    );
    const sent = buildPlan(
      input({ timelineText: 'soon', sent: [{ kind: 'status-inquiry', at: '2026-12-01' }] }),
    );
    expect(dates(sent)).toMatchObject({
      'status-inquiry': '2026-12-01',
      'final-follow-up': '2026-12-08',
      'move-on': '2026-12-22',
    });
  });
});

describe('buildPlan: note, LinkedIn, action items, settings', () => {
  it.each([
    // [interview, today, holidays, mail-by]: always the interview day (src/docs/facts.md,
    // "Handwritten note"), whatever day of the week, and never moved on once missed.
    ['2026-11-24', '2026-11-24', [], '2026-11-24'], // same day
    ['2026-11-28', '2026-11-28', [], '2026-11-28'], // Saturday interview: a postbox takes it
    ['2026-11-24', '2026-11-25', [], '2026-11-24'], // missed the day: still that day, passed
    ['2026-12-25', '2026-12-25', ['2026-12-25'], '2026-12-25'], // interview on a holiday
    ['2026-11-24', '', [], '2026-11-24'], // today unknown: counts as the interview day
  ] as const)(
    'note for %s seen on %s (holidays %j) → %s',
    (interviewDate, today, holidays, expected) => {
      const plan = buildPlan(
        input({ interviewDate, today, holidays: [...holidays], wantsCard: true }),
      );
      expect(plan.map((s) => s.id)[1]).toBe('handwritten-note');
      expect(step(plan, 'handwritten-note').date).toBe(expected);
    },
  );

  it('says to post the card that day, and once the day has gone, to hand it in or skip it', () => {
    const note = (today: string) =>
      step(
        buildPlan(input({ interviewDate: '2026-11-24', today, wantsCard: true })),
        'handwritten-note',
      ).reason;
    expect(note('2026-11-24')).toMatch(/^Post it the same day as the interview, or hand it in/);
    expect(note('2026-11-25')).toMatch(
      /hand it in if you can, or let your thank-you email do the work/,
    );
  });

  it('leaves the note out unless wanted, and keeps thank-you and LinkedIn with no interviewers', () => {
    const plan = buildPlan(input({ interviewers: 0 }));
    expect(plan.some((s) => s.id === 'handwritten-note')).toBe(false);
    expect(step(plan, 'thank-you-email').date).toBe('2026-11-25');
    expect(step(plan, 'linkedin').date).toBe('2026-11-26');
    expect(step(buildPlan(input({ interviewers: 3 })), 'thank-you-email').title).toMatch(/emails/);
  });

  it('keeps LinkedIn no later than a next-day status inquiry', () => {
    // "End of the month" said on Mon 30 Nov: the inquiry is Tue 1 Dec, LinkedIn would be Wed 2 Dec.
    const plan = buildPlan(
      input({ interviewDate: '2026-11-30', timelineText: 'end of the month' }),
    );
    expect(step(plan, 'status-inquiry').date).toBe('2026-12-01');
    expect(step(plan, 'linkedin').date).toBe('2026-12-01');
  });

  it('dates action items by their due date, else 2 business days after the interview', () => {
    const plan = buildPlan(
      input({
        interviewDate: '2026-11-26', // Thursday
        actionItems: [
          { id: 'a', what: 'Portfolio  link', due: '2026-11-27' },
          { id: 'b', what: 'References', due: '' },
          { id: 'c', what: '', due: 'next week' },
        ],
      }),
    );
    expect(plan.map((s) => s.id)).toEqual([
      'thank-you-email',
      'linkedin',
      'action-item:a',
      'action-item:b',
      'action-item:c',
      'status-inquiry',
      'final-follow-up',
      'move-on',
    ]);
    expect(step(plan, 'action-item:a')).toMatchObject({
      date: '2026-11-27',
      title: 'Send what you promised: Portfolio link',
    });
    expect(step(plan, 'action-item:b').date).toBe('2026-11-30'); // Thu + 2 business days = Mon
    expect(step(plan, 'action-item:c').date).toBe('2026-11-30');
    expect(step(plan, 'action-item:c').reason).toMatch(/“next week” is not a date/);
  });

  it('uses the settings, and the defaults for settings out of range', () => {
    const custom = buildPlan(
      input({ settings: { inquiryBufferDays: 1, secondFollowUpGap: 3, moveOnGap: 7 } }),
    );
    expect(dates(custom)).toMatchObject({
      'status-inquiry': '2026-12-09',
      'final-follow-up': '2026-12-14',
      'move-on': '2026-12-23',
    });
    expect(step(custom, 'status-inquiry').reason).toMatch(/wait 1 more business day\.$/);
    const bad = buildPlan(
      input({
        settings: { inquiryBufferDays: 3 as 1, secondFollowUpGap: 0, moveOnGap: Number.NaN },
      }),
    );
    expect(dates(bad)).toEqual(dates(buildPlan(input())));
  });

  it('gives null dates and a reason without a valid interview date', () => {
    const plan = buildPlan(input({ interviewDate: '2027-02-29', wantsCard: true }));
    for (const s of plan) {
      expect(s.date).toBeNull();
      expect(s.reason.length).toBeGreaterThan(10);
    }
  });
});

describe('stepState', () => {
  const dated: PlanStep = { id: 'x', title: 'X', reason: 'r', date: '2026-12-10', allDay: true };
  it.each([
    ['2026-12-09', false, 'upcoming'],
    ['2026-12-10', false, 'today'],
    ['2026-12-11', false, 'overdue'],
    ['2026-12-11', true, 'done'],
    ['not a day', false, 'unknown'],
  ] as const)('on %s (done %s) → %s', (today, done, state) => {
    expect(stepState(dated, today, done)).toBe(state);
  });

  it('is unknown for an undated step unless done', () => {
    expect(stepState({ ...dated, date: null }, '2026-12-10', false)).toBe('unknown');
    expect(stepState({ ...dated, date: null }, '2026-12-10', true)).toBe('done');
  });
});

describe('buildPlan: properties', () => {
  const day = fc
    .date({
      min: new Date('2020-01-01T00:00:00Z'),
      max: new Date('2040-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  const time = fc.oneof(
    fc.constant(''),
    fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  );
  const zone = fc.constantFrom(
    'America/New_York',
    'Europe/London',
    'UTC',
    'Asia/Kolkata',
    'Australia/Sydney',
    'Pacific/Chatham',
  );
  const text = fc.constantFrom(
    '',
    '1-2 weeks',
    'a few days',
    '3 days',
    '10 business days',
    'by Friday',
    'by Monday',
    'tomorrow',
    'end of the week',
    'end of the month',
    'early next week',
    'next week',
    'mid month',
    'soon',
    "we'll let you know",
    '48 hours',
  );
  const settings = fc.record({
    inquiryBufferDays: fc.constantFrom<1 | 2>(1, 2),
    secondFollowUpGap: fc.integer({ min: 1, max: 15 }),
    moveOnGap: fc.integer({ min: 1, max: 20 }),
  });

  it('keeps thank-you ≤ LinkedIn ≤ inquiry < final < move-on, all follow-ups but the card on business days', () => {
    fc.assert(
      fc.property(
        day,
        time,
        zone,
        text,
        fc.array(day, { maxLength: 30 }),
        settings,
        fc.boolean(),
        (
          interviewDate,
          interviewTime,
          timeZone,
          timelineText,
          holidays,
          planSettings,
          wantsCard,
        ) => {
          const plan = buildPlan(
            input({
              interviewDate,
              interviewTime,
              timeZone,
              timelineText,
              holidays,
              settings: planSettings,
              wantsCard,
            }),
          );
          const d = dates(plan);
          const chain = [
            d['thank-you-email'],
            d.linkedin,
            d['status-inquiry'],
            d['final-follow-up'],
            d['move-on'],
          ];
          const strict = [false, false, true, true];
          for (let k = 0; k < strict.length; k += 1) {
            const [a, b] = [chain[k], chain[k + 1]];
            if (a == null || b == null) continue;
            expect(compareDates(a, b)).toBeLessThanOrEqual(strict[k] ? -1 : 0);
          }
          // The card is posted on the interview day, whatever day that is (a postbox takes it).
          if (wantsCard) expect(step(plan, 'handwritten-note').date).toBe(interviewDate);
          for (const s of plan) {
            if (s.id !== 'thank-you-email' && s.id !== 'handwritten-note' && s.date !== null)
              expect(isBusinessDay(s.date, holidays)).toBe(true);
          }
          if (timelineText !== 'soon') expect(d['move-on']).not.toBeNull();
        },
      ),
      { numRuns: 400 },
    );
  });

  it('keeps inquiry < final < move-on when follow-ups were marked sent', () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 40 }),
        fc.option(fc.integer({ min: 0, max: 40 })),
        text,
        (interviewDate, after, finalAfter, timelineText) => {
          const sentInquiry = new Date(
            Date.parse(`${interviewDate}T12:00:00Z`) + after * 86_400_000,
          ).toISOString();
          const sent: PlanInput['sent'] = [{ kind: 'status-inquiry', at: sentInquiry }];
          if (finalAfter !== null) {
            sent.push({
              kind: 'final-follow-up',
              at: new Date(Date.parse(sentInquiry) + (finalAfter + 1) * 86_400_000).toISOString(),
            });
          }
          const d = dates(buildPlan(input({ interviewDate, timelineText, sent, timeZone: 'UTC' })));
          expect(compareDates(d['status-inquiry']!, d['final-follow-up']!)).toBe(-1);
          expect(compareDates(d['final-follow-up']!, d['move-on']!)).toBe(-1);
        },
      ),
    );
  });
});

describe('the thank-you clock runs from the end of the interview', () => {
  it('counts 24 and 48 hours from the end time when it is given', () => {
    // Friday 10:00–11:30 in London (the scenario the issue tried).
    const plan = buildPlan(
      input({ interviewDate: '2026-12-04', interviewTime: '10:00', interviewEnd: '11:30' }),
    );
    const thanks = step(plan, 'thank-you-email');
    expect(thanks.start).toBe('2026-12-05T11:30:00.000Z');
    expect(thanks.end).toBe('2026-12-06T11:30:00.000Z');
    expect(thanks.reason).toBe(
      'Send within 24 hours of the end of the interview (by Sat 5 Dec, 11:30), Sun 6 Dec, 11:30 at the latest.',
    );
  });

  it('falls back to the start when the end is missing, unreadable or not after the start', () => {
    for (const interviewEnd of ['', '9:70', '09:00', '10:00', undefined]) {
      const plan = buildPlan(
        input({
          interviewDate: '2026-12-04',
          interviewTime: '10:00',
          ...(interviewEnd === undefined ? {} : { interviewEnd }),
        }),
      );
      const thanks = step(plan, 'thank-you-email');
      expect(thanks.start, interviewEnd).toBe('2026-12-05T10:00:00.000Z');
      expect(thanks.reason, interviewEnd).toMatch(/^Send within 24 hours of the interview \(/);
    }
  });

  it("names the interview's zone when the reader is in another one", () => {
    const at = { interviewDate: '2026-12-04', interviewTime: '10:00', interviewEnd: '11:30' };
    const away = step(buildPlan(input({ ...at, userZone: 'America/New_York' })), 'thank-you-email');
    expect(away.reason).toBe(
      'Send within 24 hours of the end of the interview (by Sat 5 Dec, 11:30 GMT), Sun 6 Dec, 11:30 GMT at the latest.',
    );
    const home = step(buildPlan(input({ ...at, userZone: 'Europe/London' })), 'thank-you-email');
    expect(home.reason).not.toContain('GMT');
  });
});

describe("the region's weekend", () => {
  it('a Friday–Saturday weekend moves business-day steps off Friday and onto Sunday', () => {
    // Monday 7 Dec interview, "by Thursday" (10 Dec): the inquiry goes the next business
    // morning, Friday 11 with a Saturday–Sunday weekend, Sunday 13 with Friday–Saturday.
    const at = { interviewDate: '2026-12-07', timelineText: 'by Thursday' };
    const satSun = buildPlan(input(at));
    const friSat = buildPlan(input({ ...at, weekend: [5, 6] }));
    expect(step(satSun, 'status-inquiry').date).toBe('2026-12-11');
    expect(step(friSat, 'status-inquiry').date).toBe('2026-12-13');
    // The final follow-up 5 business days on: Fri 18 Dec, or Sun 20 Dec where Sunday works.
    expect(step(satSun, 'final-follow-up').date).toBe('2026-12-18');
    expect(step(friSat, 'final-follow-up').date).toBe('2026-12-20');
    // An item due 2 business days after a Wednesday interview: Fri (Sat–Sun) or Sun (Fri–Sat).
    const items = { interviewDate: '2026-12-09', actionItems: [{ id: 'a', what: 'x', due: '' }] };
    expect(step(buildPlan(input(items)), 'action-item:a').date).toBe('2026-12-11');
    expect(step(buildPlan(input({ ...items, weekend: [5, 6] })), 'action-item:a').date).toBe(
      '2026-12-13',
    );
  });
});
