import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  isBusinessDay,
  nextBusinessDay,
  onOrNextBusinessDay,
  SATURDAY_SUNDAY,
  subtractBusinessDays,
} from '../../src/lib/timeline/business-days';
import { addDays, compareDates, daysBetween, weekday } from '../../src/lib/dates/iso-date';

// Weekdays below were checked with `date -d YYYY-MM-DD +%a`.

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

  describe('a regional weekend', () => {
    // Friday–Saturday, as in Saudi Arabia (src/lib/dates/holidays.ts). 2026-11-26 is a
    // Thursday, 27 a Friday, 28 a Saturday, 29 a Sunday.
    const friSat = [5, 6];

    it('leaves every existing caller on Saturday–Sunday', () => {
      expect(SATURDAY_SUNDAY).toEqual([0, 6]);
      expect(addBusinessDays('2026-11-27', 1, [])).toBe(
        addBusinessDays('2026-11-27', 1, [], SATURDAY_SUNDAY),
      );
      expect(isBusinessDay('2026-11-29', [], [0, 6])).toBe(false);
    });

    it('counts Sunday as a working day and Friday and Saturday as the weekend', () => {
      expect(isBusinessDay('2026-11-27', [], friSat)).toBe(false); // Fri
      expect(isBusinessDay('2026-11-28', [], friSat)).toBe(false); // Sat
      expect(isBusinessDay('2026-11-29', [], friSat)).toBe(true); // Sun
      expect(addBusinessDays('2026-11-26', 1, [], friSat)).toBe('2026-11-29'); // Thu → Sun
      expect(addBusinessDays('2026-11-27', 1, [], friSat)).toBe('2026-11-29'); // Fri → Sun
      expect(addBusinessDays('2026-11-25', 5, [], friSat)).toBe('2026-12-02'); // Wed → next Wed
      expect(nextBusinessDay('2026-11-26', [], friSat)).toBe('2026-11-29');
      expect(onOrNextBusinessDay('2026-11-28', [], friSat)).toBe('2026-11-29');
      expect(onOrNextBusinessDay('2026-11-29', [], friSat)).toBe('2026-11-29');
      expect(subtractBusinessDays('2026-11-29', 1, [], friSat)).toBe('2026-11-26'); // Sun → Thu
      // With a holiday on the Sunday, the next working day is Monday.
      expect(addBusinessDays('2026-11-26', 1, ['2026-11-29'], friSat)).toBe('2026-11-30');
    });

    it('takes a one-day weekend and a seven-day week, ignores stray entries, refuses seven days off', () => {
      expect(addBusinessDays('2026-11-27', 1, [], [5])).toBe('2026-11-28'); // Fri only: Sat works
      expect(addBusinessDays('2026-11-28', 1, [], [])).toBe('2026-11-29');
      expect(addBusinessDays('2026-11-27', 1, [], [0, 6, 7, -1, 2.5, Number.NaN])).toBe(
        '2026-11-30',
      );
      expect(() => addBusinessDays('2026-11-27', 1, [], [0, 1, 2, 3, 4, 5, 6])).toThrow(RangeError);
      expect(() => isBusinessDay('2026-11-27', [], [0, 1, 2, 3, 4, 5, 6])).toThrow(RangeError);
    });

    it('never lands on the weekend it is given (property)', () => {
      fc.assert(
        fc.property(
          day,
          fc.integer({ min: 1, max: 40 }),
          fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 6 }),
          (from, n, weekend) => {
            const result = addBusinessDays(from, n, [], weekend);
            expect(weekend).not.toContain(weekday(result));
            expect(subtractBusinessDays(result, n, [], weekend) <= from).toBe(true);
          },
        ),
      );
    });
  });
});

describe('holiday lists read once', () => {
  it('each list is read for itself: a new list, or a set, gives its own answer', () => {
    const holidays = ['2026-12-25'];
    expect(nextBusinessDay('2026-12-24', holidays)).toBe('2026-12-28');
    expect(nextBusinessDay('2026-12-24', holidays)).toBe('2026-12-28');
    expect(nextBusinessDay('2026-12-24', [...holidays, '2026-12-28'])).toBe('2026-12-29');
    expect(nextBusinessDay('2026-12-24', ['2026-12-28'])).toBe('2026-12-25');
    expect(nextBusinessDay('2026-12-24', new Set(['2026-12-25', '2026-12-28']))).toBe('2026-12-29');
    expect(nextBusinessDay('2026-12-24')).toBe('2026-12-25');
  });
});
