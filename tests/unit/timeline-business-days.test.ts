import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addDays,
  compareDates,
  daysBetween,
  isBusinessDay,
  isValidIsoDate,
  nextBusinessDay,
  onOrNextBusinessDay,
  shortDate,
  weekday,
} from '../../src/lib/timeline/business-days';

// Weekdays below were checked with `date -d YYYY-MM-DD +%a`.

describe('isValidIsoDate', () => {
  it.each([
    ['2026-11-24', true],
    ['2028-02-29', true], // leap year
    ['2027-02-29', false],
    ['2100-02-29', false], // century, not a leap year
    ['2000-02-29', true],
    ['0001-01-01', true],
    ['9999-12-31', true],
    ['0000-01-01', false],
    ['2026-13-01', false],
    ['2026-04-31', false],
    ['2026-1-5', false],
    ['2026-01-05T00:00', false],
    [' 2026-01-05', false],
    ['', false],
  ])('%s → %s', (text, valid) => {
    expect(isValidIsoDate(text)).toBe(valid);
  });

  it('rejects non-strings', () => {
    expect(isValidIsoDate(undefined)).toBe(false);
    expect(isValidIsoDate(20261124)).toBe(false);
  });
});

describe('weekday, addDays, daysBetween, compareDates', () => {
  it.each([
    ['2026-11-24', 2], // Tue
    ['2026-11-27', 5], // Fri
    ['2026-11-29', 0], // Sun
    ['2028-02-29', 2], // Tue
    ['1969-12-31', 3], // Wed, before the epoch
    ['0001-01-01', 1], // Mon (proleptic Gregorian)
  ])('weekday(%s) = %i', (date, day) => {
    expect(weekday(date)).toBe(day);
  });

  it('adds calendar days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    // Clock changes do not exist for date-only arithmetic.
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
  });

  it('counts days between dates, signed', () => {
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2027-01-01', '2026-12-31')).toBe(-1);
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
    expect(compareDates('2026-12-05', '2026-12-06')).toBe(-1);
    expect(compareDates('2026-12-06', '2026-12-06')).toBe(0);
    expect(compareDates('2027-01-01', '2026-12-31')).toBe(1);
  });

  it('throws a RangeError for invalid input or a result past 9999', () => {
    expect(() => weekday('2027-02-29')).toThrow(RangeError);
    expect(() => addDays('2026-11-24', 1.5)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addDays('0001-01-01', -1)).toThrow(RangeError);
    expect(() => compareDates('x', '2026-01-01')).toThrow(RangeError);
  });
});

describe('business days', () => {
  const newYear = ['2027-01-01'];

  it('knows weekends and holidays', () => {
    expect(isBusinessDay('2026-11-27', [])).toBe(true); // Fri
    expect(isBusinessDay('2026-11-28', [])).toBe(false); // Sat
    expect(isBusinessDay('2027-01-01', newYear)).toBe(false); // Fri, holiday
    expect(isBusinessDay('2027-01-01', new Set(newYear))).toBe(false);
    expect(isBusinessDay('2027-01-01', ['not a date', '2027-1-1'])).toBe(true);
  });

  it.each([
    // [from, n, holidays, expected]
    ['2026-11-24', 1, [], '2026-11-25'], // Tue → Wed
    ['2026-11-27', 1, [], '2026-11-30'], // Fri → Mon
    ['2026-11-28', 1, [], '2026-11-30'], // Sat → Mon
    ['2026-11-29', 2, [], '2026-12-01'], // Sun → Tue
    ['2026-11-24', 5, [], '2026-12-01'], // Tue → next Tue
    ['2026-11-24', 10, [], '2026-12-08'],
    ['2026-12-31', 1, newYear, '2027-01-04'], // Thu → (Fri holiday) → Mon
    ['2026-12-31', 1, [], '2027-01-01'],
    ['2026-12-24', 2, ['2026-12-25', '2026-12-28'], '2026-12-30'], // Thu; Fri and Mon off
    ['2028-02-28', 1, [], '2028-02-29'], // Mon → leap day Tue
    ['2026-11-24', 0, [], '2026-11-24'],
    ['2026-11-28', 0, [], '2026-11-28'], // n = 0 leaves even a Saturday as it is
  ] as const)('%s + %i business days (holidays %j) = %s', (from, n, holidays, expected) => {
    expect(addBusinessDays(from, n, [...holidays])).toBe(expected);
  });

  it('next and on-or-next business day', () => {
    expect(nextBusinessDay('2026-11-27', [])).toBe('2026-11-30');
    expect(nextBusinessDay('2026-11-25', [])).toBe('2026-11-26');
    expect(onOrNextBusinessDay('2026-11-25', [])).toBe('2026-11-25');
    expect(onOrNextBusinessDay('2026-11-28', [])).toBe('2026-11-30');
    expect(onOrNextBusinessDay('2027-01-01', newYear)).toBe('2027-01-04');
  });

  it('rejects a negative or fractional count', () => {
    expect(() => addBusinessDays('2026-11-24', -1)).toThrow(RangeError);
    expect(() => addBusinessDays('2026-11-24', 0.5)).toThrow(RangeError);
    expect(() => addBusinessDays('9999-12-30', 5)).toThrow(RangeError);
  });

  const day = fc
    .date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2090-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

  it('never lands on a weekend or holiday, and moves forward exactly n business days (property)', () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 1, max: 60 }),
        fc.array(day, { maxLength: 20 }),
        (from, n, holidays) => {
          const result = addBusinessDays(from, n, holidays);
          const w = weekday(result);
          expect(w).not.toBe(0);
          expect(w).not.toBe(6);
          expect(holidays).not.toContain(result);
          expect(compareDates(result, from)).toBe(1);
          // Counting the business days in (from, result] gives back n.
          let count = 0;
          for (let d = addDays(from, 1); compareDates(d, result) <= 0; d = addDays(d, 1)) {
            if (isBusinessDay(d, holidays)) count += 1;
          }
          expect(count).toBe(n);
        },
      ),
    );
  });

  it('agrees with addDays and daysBetween (property)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -4000, max: 4000 }), (from, n) => {
        expect(daysBetween(from, addDays(from, n))).toBe(n);
        expect(weekday(addDays(from, 7))).toBe(weekday(from));
      }),
    );
  });
});

describe('shortDate', () => {
  it('writes "Tue 8 Dec", adding the year only when it differs', () => {
    expect(shortDate('2026-12-08')).toBe('Tue 8 Dec');
    expect(shortDate('2027-01-05', '2026-12-22')).toBe('Tue 5 Jan 2027');
    expect(shortDate('2026-09-01', '2026-08-30')).toBe('Tue 1 Sep');
  });
});
