import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseTimeline,
  type ParsedTimeline,
  type TimelineOptions,
} from '../../src/lib/timeline/parse';

// Interview days below (weekdays checked with `date -d YYYY-MM-DD +%a`): Tue 2026-11-24,
// Wed 2026-11-25, Thu 2026-12-03, Fri 2026-12-04, Sun 2026-12-06, Mon 2026-12-07,
// Wed 2026-12-09, Thu 2026-12-10, Wed 2026-12-16, Wed 2026-12-30, Fri 2026-01-30,
// Thu 2026-04-30, Thu 2026-12-31.
const SA: TimelineOptions = { weekend: [5, 6] };

function endOf(parsed: ParsedTimeline): string | null {
  if (parsed.kind === 'range') return parsed.latest;
  if (parsed.kind === 'date') return parsed.date;
  return null;
}

const at = (text: string, interview: string, holidays: string[] = [], options?: TimelineOptions) =>
  endOf(parseTimeline(text, interview, holidays, options));

describe('parseTimeline: a Friday–Saturday weekend', () => {
  it.each([
    ['EOW', '2026-12-06', '2026-12-10'], // Sunday is a working day; the week ends Thursday
    ['end of the week', '2026-12-11', '2026-12-17'], // said on a Friday: the coming Thursday
    ['end of next week', '2026-12-10', '2026-12-17'],
    ['next week', '2026-12-06', '2026-12-17'],
    ['early next week', '2026-12-06', '2026-12-14'], // Monday of the week starting Sunday 13
    ['Thursday next week', '2026-12-06', '2026-12-17'],
    ['5 working days', '2026-12-06', '2026-12-13'], // Mon–Thu, then Sun
    ['4 working days', '2026-12-10', '2026-12-16'],
    ['next business day', '2026-12-10', '2026-12-13'],
  ])('%j said %s → %s', (text, interview, end) => {
    expect(at(text, interview, [], SA)).toBe(end);
  });

  it('keeps the Saturday–Sunday week when the weekend given is unusable', () => {
    for (const weekend of [[0, 1, 2, 3, 4, 5, 6], 'fri-sat', null]) {
      const options = { weekend } as unknown as TimelineOptions;
      expect(at('5 business days', '2026-12-04', [], options)).toBe('2026-12-11');
    }
    // No weekend at all is a real choice: every day counts.
    expect(at('5 business days', '2026-12-04', [], { weekend: [] })).toBe('2026-12-09');
  });
});

describe('parseTimeline: numeric dates in the region’s order', () => {
  it.each([
    ['12/1', 'dmy', '2027-01-12'],
    ['1/12', 'mdy', '2027-01-12'],
    ['12/15', 'mdy', '2026-12-15'],
    ['15/12', 'dmy', '2026-12-15'],
    ['12/25', 'dmy', '2026-12-25'], // only one reading is a real date: taken in either order
    ['18.12', 'dmy', '2026-12-18'],
  ] as const)('%s read %s → %s', (text, dateOrder, end) => {
    expect(at(text, '2026-12-04', [], { dateOrder })).toBe(end);
  });

  it('refuses a date that reads both ways when no order is given', () => {
    expect(parseTimeline('12/1', '2026-12-04')).toMatchObject({
      kind: 'unreadable',
      reason: expect.stringContaining('or pick the date instead'),
    });
  });
});

describe('parseTimeline: abbreviations', () => {
  it.each([
    ['EOD', '2026-12-09', '2026-12-09'],
    ['COB', '2026-11-25', '2026-11-25'],
    ['by COB today', '2026-12-04', '2026-12-04'],
    ['end of day', '2026-12-04', '2026-12-04'],
    ['close of business', '2026-12-04', '2026-12-04'],
    ['EOD tomorrow', '2026-12-08', '2026-12-09'],
    ['by EOD Monday', '2026-12-03', '2026-12-07'],
    ['COB friday', '2026-12-08', '2026-12-11'],
    ['Friday COB', '2026-12-08', '2026-12-11'],
    ['by end of day friday', '2026-12-02', '2026-12-04'],
    ['eow', '2026-12-08', '2026-12-11'],
    ['EOW next week', '2026-12-02', '2026-12-11'],
    ['EOM', '2026-12-04', '2026-12-31'],
    ['by EOY', '2026-12-02', '2026-12-31'],
    ['by year end', '2026-11-24', '2026-12-31'],
    ['end of Q1', '2026-12-09', '2027-03-31'], // the next Q1 end
    ['sometime in Q1', '2026-12-16', '2027-03-31'],
    ['before end of Q4', '2026-11-25', '2026-12-31'],
    ['by end of Q2', '2026-04-30', '2026-06-30'],
    ['Q1 2027', '2026-12-16', '2027-03-31'],
    ['end of the quarter', '2026-11-24', '2026-12-31'],
    ['EOQ', '2026-04-30', '2026-06-30'],
    ['next quarter', '2026-11-24', '2027-03-31'],
    ['2 wks', '2026-12-04', '2026-12-18'],
    ['w/in 5 bus. days', '2026-12-09', '2026-12-16'],
  ])('%j said %s → %s', (text, interview, end) => {
    expect(at(text, interview)).toBe(end);
  });

  it('takes "at the end of the day" as a turn of phrase, not a date', () => {
    expect(parseTimeline('at the end of the day we will see', '2026-12-04').kind).toBe(
      'unreadable',
    );
  });

  it('refuses a quarter end more than six months ahead', () => {
    expect(parseTimeline('end of Q4', '2026-01-05').kind).toBe('unreadable');
  });
});

describe('parseTimeline: weeks and weekdays', () => {
  it.each([
    ['next Tuesday', '2026-12-04', '2026-12-08'], // both readings agree
    ['next Friday', '2026-12-07', '2026-12-18'], // 11 or 18 Dec: the later
    ['next friday', '2026-12-31', '2027-01-08'],
    ['by next Wednesday', '2026-12-02', '2026-12-09'],
    ['monday or tuesday', '2026-12-03', '2026-12-08'],
    ['Monday to Wednesday', '2026-11-24', '2026-12-02'], // the Wednesday after that Monday
    ['by Thursday/Friday', '2026-11-24', '2026-11-27'],
    ['this week', '2026-12-30', '2026-12-31'], // Fri 1 Jan is a holiday
    ['next week', '2026-12-16', '2026-12-24'], // Fri 25 Dec is a holiday
    ['the week after next', '2026-12-02', '2026-12-18'],
    ['mid next week', '2026-12-04', '2026-12-09'],
  ])('%j said %s → %s', (text, interview, end) => {
    expect(at(text, interview, ['2026-12-25', '2027-01-01'])).toBe(end);
  });

  it('names the other reading of "next Friday" so it can be picked', () => {
    expect(parseTimeline('next Friday', '2026-12-07')).toEqual({
      kind: 'date',
      date: '2026-12-18',
      summary: 'by Fri 18 Dec (“next Friday” may mean Fri 11 Dec: if so, pick that date)',
    });
    expect(parseTimeline('next Tuesday', '2026-12-04')).toEqual({
      kind: 'date',
      date: '2026-12-08',
      summary: 'by Tue 8 Dec',
    });
  });
});

describe('parseTimeline: parts of months, spans and days of the month', () => {
  it.each([
    ['mid January', '2026-12-04', '2027-01-15'],
    ['early January', '2026-12-09', '2027-01-10'],
    ['beginning of next month', '2026-01-30', '2026-02-07'],
    ['start of Feb', '2026-12-16', '2027-02-07'],
    ['first week of January', '2026-12-18', '2027-01-07'],
    ['first half of next month', '2026-12-07', '2027-01-15'],
    ['in the second half of January', '2026-12-04', '2027-01-31'],
    ['sometime in January', '2026-12-30', '2027-01-31'],
    ['sometime next month', '2026-12-09', '2027-01-31'],
    ['the last week of December', '2026-12-02', '2026-12-31'],
    ['towards the end of January', '2026-12-02', '2027-01-31'],
    ['end of next month', '2026-04-30', '2026-05-31'],
    ['2 weeks,maybe 3', '2026-12-01', '2026-12-22'],
    ['3 days or 4', '2026-12-01', '2026-12-05'],
    ['within 5 business days', '2026-12-04', '2026-12-11'],
    ['next business day', '2026-12-04', '2026-12-07'],
    ['by the 15th', '2026-12-30', '2027-01-15'],
    ['by the 31st', '2026-04-30', '2026-05-31'],
    ['fortnight', '2026-12-04', '2026-12-18'],
    ['within a week', '2026-11-25', '2026-12-02'],
  ])('%j said %s → %s', (text, interview, end) => {
    expect(at(text, interview)).toBe(end);
  });

  it('still refuses a month with no part named', () => {
    expect(parseTimeline('in December', '2026-11-24').kind).toBe('unreadable');
  });
});

describe('parseTimeline: who said it', () => {
  it.each([
    ['the recruiter said 2 weeks', 'recruiter'],
    ['Recruiter: "we aim to decide within the next 3 weeks"', 'recruiter'],
    ['soon-ish, recruiter reckons 2 weeks max', 'recruiter'],
    ['talent acquisition said 10 business days', 'recruiter'],
    ["hiring manager mentioned they'd decide by end of next week", 'hiring manager'],
    ['according to the hiring manager, 2 weeks', 'hiring manager'],
    ["interviewer said i'd hear back by friday at the latest", 'interviewer'],
    ['my interviewer told me it usually takes 7-10 days', 'interviewer'],
    ['HR told me within 10 working days', 'HR'],
  ])('%j → %s', (text, said) => {
    const parsed = parseTimeline(text, '2026-12-02');
    expect(parsed.kind).not.toBe('unreadable');
    expect(parsed).toMatchObject({ said });
  });

  it('keeps the date the same and says nothing when no one is named', () => {
    expect(parseTimeline('the recruiter said 2 weeks', '2026-12-04')).toEqual({
      kind: 'range',
      latest: '2026-12-18',
      summary: 'within 2 weeks (by Fri 18 Dec)',
      said: 'recruiter',
    });
    expect(parseTimeline('they said 2 weeks', '2026-12-04')).not.toHaveProperty('said');
    expect(parseTimeline('the panel meets next Thursday', '2026-12-09')).not.toHaveProperty('said');
    expect(parseTimeline("the recruiter said they'd let me know", '2026-12-09')).toEqual({
      kind: 'none',
      summary: 'No timeline given',
      said: 'recruiter',
    });
    expect(parseTimeline('the recruiter said soon', '2026-12-09')).not.toHaveProperty('said');
  });
});

describe('parseTimeline: every refusal says what it could not read and offers the picker', () => {
  const refusals = [
    '1',
    '1-2',
    'round 2 of 3',
    '3 more candidates to see',
    'weeks',
    'soon',
    'several weeks',
    'in the coming weeks',
    'in December',
    'asdf qwerty',
    '0 weeks',
    '-2 weeks',
    '27 weeks',
    'seventy weeks',
    '5/12',
    '31/11',
    'Friday, December 5',
    'Friday 5',
    'by Friday, 2 weeks',
    'December 20 2025',
    'end of December 0000',
    'after Easter',
    'after the holidays',
    '2 weeks '.repeat(300),
  ];

  it.each(refusals.map((text) => [text.slice(0, 40)]))('%j', (start) => {
    const text = refusals.find((r) => r.startsWith(start))!;
    const parsed = parseTimeline(
      text,
      start === 'after the holidays' ? '2026-03-02' : '2026-11-24',
    );
    expect(parsed.kind).toBe('unreadable');
    if (parsed.kind !== 'unreadable') return;
    expect(parsed.reason).toMatch(/pick the date|leave it empty/);
    expect(parsed.reason).toMatch(/[.?]$/);
    expect(parsed.reason).not.toMatch(/1 days|needs a unit; type/);
  });

  it('gives honest advice for a bare number', () => {
    expect(parseTimeline('1', '2026-11-24')).toEqual({
      kind: 'unreadable',
      reason:
        '“1” has no unit (days or weeks?); pick the date instead, or write it with its unit, like “1 week”.',
    });
    expect(parseTimeline('1-2', '2026-11-24')).toMatchObject({
      reason: expect.stringMatching(/^“1-2” has no unit .* like “1-2 weeks”\.$/),
    });
    expect(parseTimeline('weeks', '2026-11-24')).toEqual({
      kind: 'unreadable',
      reason:
        '“weeks” has no number; pick the date instead. How many did they say, like “2 weeks”?',
    });
  });
});

describe('parseTimeline: the options never break it', () => {
  const anyOptions = fc.record(
    {
      weekend: fc.oneof(fc.array(fc.integer({ min: -2, max: 9 })), fc.anything()),
      named: fc.oneof(
        fc.array(
          fc.record({
            date: fc.oneof(
              fc.constantFrom('2026-12-25', '2027-01-01', '2026-11-26', '2027-02-29', 'x'),
              fc.string(),
            ),
            name: fc.oneof(
              fc.constantFrom('Christmas Day', "New Year's Day", 'Thanksgiving Day', 'Diwali', ''),
              fc.string(),
            ),
          }),
        ),
        fc.anything(),
      ),
      dateOrder: fc.oneof(fc.constantFrom('dmy', 'mdy'), fc.anything()),
    },
    { requiredKeys: [] },
  );
  const phrase = fc.constantFrom(
    'after the holidays',
    'before Christmas',
    'after the bank holiday',
    'after the long weekend',
    '5 working days',
    'EOW',
    'next week',
    '12/1',
    'next Friday',
    'after Diwali',
  );

  it('answers one of the four kinds, on or after the interview, whatever the options', () => {
    fc.assert(
      fc.property(phrase, anyOptions, (text, options) => {
        const parsed = parseTimeline(
          text,
          '2026-11-24',
          ['2026-12-25'],
          options as TimelineOptions,
        );
        expect(['range', 'date', 'none', 'unreadable']).toContain(parsed.kind);
        const end = endOf(parsed);
        if (end !== null) expect(end >= '2026-11-24').toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
