import { describe, expect, it } from 'vitest';
import {
  parseTimeline,
  type NamedHoliday,
  type ParsedTimeline,
} from '../../src/lib/timeline/parse';

// Holidays as the region's data names them (date-holidays' English names), with their
// dates as the plan's holiday list. Weekdays checked with `date -d YYYY-MM-DD +%a`:
// Fri 2026-04-03 (Good Friday), Mon 2026-04-06, Mon 2026-05-04, Thu 2026-11-26
// (Thanksgiving), Fri 2026-11-27, Sun 2026-11-08 (Diwali), Fri 2026-12-25, Mon
// 2026-12-28, Fri 2027-01-01.
const GB: NamedHoliday[] = [
  { date: '2026-04-03', name: 'Good Friday' },
  { date: '2026-04-05', name: 'Easter Sunday' },
  { date: '2026-04-06', name: 'Easter Monday' },
  { date: '2026-05-04', name: 'Early May bank holiday' },
  { date: '2026-05-25', name: 'Spring bank holiday' },
  { date: '2026-08-31', name: 'Summer bank holiday' },
  { date: '2026-12-25', name: 'Christmas Day' },
  { date: '2026-12-26', name: 'Boxing Day' },
  { date: '2026-12-28', name: 'Boxing Day (substitute day)' },
  { date: '2027-01-01', name: "New Year's Day" },
];
const US: NamedHoliday[] = [
  { date: '2026-05-25', name: 'Memorial Day' },
  { date: '2026-11-26', name: 'Thanksgiving Day' },
  { date: '2026-11-27', name: 'Day after Thanksgiving Day' },
  { date: '2026-12-24', name: 'Christmas Eve' },
  { date: '2026-12-25', name: 'Christmas Day' },
  { date: '2027-01-01', name: "New Year's Day" },
];
const IN: NamedHoliday[] = [
  { date: '2026-05-01', name: 'May Day' },
  { date: '2026-10-02', name: 'Gandhi Jayanti' },
  { date: '2026-11-08', name: 'Deepavali' },
  { date: '2026-11-24', name: "Guru Nanak's Birthday" },
  { date: '2026-12-25', name: 'Christmas Day' },
];
/** Observances are named but not days off: only the public holidays are in the list. */
const days = (named: NamedHoliday[], skip: string[] = []) =>
  named.map((h) => h.date).filter((d) => !skip.includes(d));

function read(text: string, interview: string, named: NamedHoliday[], skip: string[] = []) {
  return parseTimeline(text, interview, days(named, skip), { named });
}

function endOf(parsed: ParsedTimeline): string | null {
  if (parsed.kind === 'range') return parsed.latest;
  if (parsed.kind === 'date') return parsed.date;
  return null;
}

describe('parseTimeline: holidays by name', () => {
  it.each([
    // [interview, text, region's holidays, latest]
    ['2026-12-09', 'before Christmas', GB, '2026-12-24'], // last working day before it
    ['2026-12-09', 'by Christmas', GB, '2026-12-24'],
    ['2026-12-11', 'should be a decision before xmas', GB, '2026-12-24'],
    ['2026-12-24', 'after Christmas', GB, '2026-12-29'], // 25 Dec, then the weekend and 28 Dec
    ['2026-12-27', 'after Christmas', GB, '2026-12-29'], // said just after it: the same one
    ['2026-12-16', 'after the holidays', GB, '2027-01-04'], // after New Year's Day
    ['2026-12-17', 'after the festive period', GB, '2027-01-04'],
    ['2026-12-02', 'before the Christmas break', GB, '2026-12-24'],
    ['2026-12-10', 'before the holidays', GB, '2026-12-24'],
    ['2026-12-24', 'after new year', GB, '2027-01-04'],
    ['2026-12-30', "after New Year's Day", GB, '2027-01-04'],
    ['2026-12-17', '2 weeks after the holidays', GB, '2027-01-18'],
    ['2026-12-17', 'a week after Christmas', GB, '2027-01-05'], // 29 Dec + 7 days
    ['2026-03-25', 'after Easter', GB, '2026-04-07'], // after Easter Monday
    ['2026-03-25', 'before Easter', GB, '2026-04-02'], // before Good Friday too
    ['2026-03-25', 'after Good Friday', GB, '2026-04-07'], // Easter Monday is joined to it
    ['2026-04-30', 'after the bank holiday', GB, '2026-05-05'], // the next one
    ['2026-05-20', 'after the Spring bank holiday', GB, '2026-05-26'],
    ['2026-05-20', 'after the long weekend', US, '2026-05-26'], // Memorial Day, a Monday
    ['2026-12-20', 'after the bank holiday', GB, '2026-12-29'], // 25 and 28 Dec run together
    ['2026-11-18', 'before Thanksgiving', US, '2026-11-25'],
    ['2026-11-12', 'by thanksgiving', US, '2026-11-25'],
    ['2026-11-25', 'after thanksgiving', US, '2026-11-30'], // and the day after, named too
    ['2026-11-02', 'before diwali', IN, '2026-11-06'], // "Deepavali" in the data
    ['2026-11-06', 'after Diwali', IN, '2026-11-09'],
    ['2026-11-20', 'after Guru Nanak Jayanti', IN, '2026-11-25'], // "Guru Nanak's Birthday"
    ['2026-12-04', 'by Christmas', IN, '2026-12-24'],
  ] as const)('%s: %j → %s', (interview, text, named, end) => {
    expect(
      endOf(read(text, interview, [...named], ['2026-04-05', '2026-11-27', '2026-12-24'])),
    ).toBe(end);
  });

  it('says which holiday it counted from', () => {
    expect(read('after Easter', '2026-03-25', GB)).toMatchObject({
      kind: 'date',
      summary: 'after Easter Monday (Tue 7 Apr)',
    });
    expect(read('2 weeks after the holidays', '2026-12-17', GB)).toMatchObject({
      summary: '2 weeks after the holidays (by Mon 18 Jan 2027)',
    });
  });

  it('counts from the holidays skipped by the weekend given', () => {
    // Friday–Saturday weekend: after Fri 1 Jan 2027 comes Sun 3 Jan.
    expect(
      endOf(parseTimeline('after new year', '2026-12-24', ['2027-01-01'], { weekend: [5, 6] })),
    ).toBe('2027-01-03');
  });

  it('knows Christmas and New Year without a list, from the three-argument call', () => {
    expect(endOf(parseTimeline('before Christmas', '2026-12-09', []))).toBe('2026-12-24');
    expect(endOf(parseTimeline('after the holidays', '2026-12-09', []))).toBe('2027-01-04');
    // Boxing Day on the user's own list is skipped
    expect(
      endOf(parseTimeline('after Christmas', '2026-12-24', ['2026-12-25', '2026-12-28'])),
    ).toBe('2026-12-29');
  });
});

describe('parseTimeline: holidays it cannot date are refused, never guessed', () => {
  it('asks for the date of a holiday it does not know', () => {
    for (const text of ['after Easter', 'after Diwali', 'before Thanksgiving', 'after Eid']) {
      const parsed = parseTimeline(text, '2026-11-02', []);
      expect(parsed).toMatchObject({
        kind: 'unreadable',
        reason: expect.stringMatching(/^“.+” needs the date of .+; pick the date instead/),
      });
    }
    expect(parseTimeline('After Easter', '2026-11-02', [])).toEqual({
      kind: 'unreadable',
      reason:
        '“After Easter” needs the date of Easter, which is not among your holidays; pick the date instead, or add the holiday.',
    });
    expect(parseTimeline('after the bank holiday', '2026-11-02', [])).toMatchObject({
      kind: 'unreadable',
      reason:
        '“after the bank holiday” needs the date of the bank holiday, which is not among your holidays; pick the date instead, or add the holiday.',
    });
  });

  it('asks for the interview date only once a holiday is recognised', () => {
    expect(parseTimeline('after Christmas', '')).toMatchObject({
      reason: expect.stringContaining('interview date'),
    });
    expect(parseTimeline('we will decide by consensus', '')).toMatchObject({
      reason: expect.stringContaining('is not a timeline the planner can read'),
    });
  });

  it('refuses a holiday more than six months ahead', () => {
    expect(read('after the holidays', '2026-03-02', GB)).toMatchObject({
      kind: 'unreadable',
      reason: expect.stringContaining('more than six months after the interview'),
    });
  });

  it('never takes a weekday, month or common word for a holiday', () => {
    const all = [...GB, ...US, ...IN];
    expect(endOf(read('by Friday', '2026-03-30', all))).toBe('2026-04-03'); // a Friday, not Good Friday's eve
    expect(endOf(read('by monday', '2026-03-30', all))).toBe('2026-04-06');
    expect(endOf(read('by early next week', '2026-04-27', all))).toBe('2026-05-05'); // not Early May
    expect(read('by May', '2026-04-27', all).kind).toBe('unreadable'); // not May Day
    expect(read('after a good week', '2026-03-25', all).kind).toBe('unreadable');
    expect(read('after the interview', '2026-03-25', all).kind).toBe('unreadable');
    expect(read('before the end of the year', '2026-12-02', all)).toMatchObject({
      date: '2026-12-31',
    });
    expect(read('by christmas eve', '2026-12-02', US)).toMatchObject({ date: '2026-12-23' });
  });

  it('keeps a quantity before a holiday honest: it is not counted back', () => {
    expect(read('2 weeks before Christmas', '2026-12-02', GB)).toMatchObject({
      kind: 'unreadable',
      reason: expect.stringContaining('both'),
    });
  });
});
