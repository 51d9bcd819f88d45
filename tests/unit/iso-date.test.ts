import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareDates,
  daysBetween,
  fromDay,
  isValidIsoDate,
  MAX_DAY,
  requireDay,
  shortDate,
  toDay,
  weekday,
  weekdayOf,
} from '../../src/lib/dates/iso-date';

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

describe('shortDate', () => {
  it('writes "Tue 8 Dec", adding the year only when it differs', () => {
    expect(shortDate('2026-12-08')).toBe('Tue 8 Dec');
    expect(shortDate('2027-01-05', '2026-12-22')).toBe('Tue 5 Jan 2027');
    expect(shortDate('2026-09-01', '2026-08-30')).toBe('Tue 1 Sep');
  });
});

describe('day numbers', () => {
  it('counts days from 1970-01-01 and back', () => {
    expect(toDay('1970-01-01')).toBe(0);
    expect(toDay('1970-01-02')).toBe(1);
    expect(toDay('1969-12-31')).toBe(-1);
    expect(fromDay(toDay('2028-02-29')!)).toBe('2028-02-29');
    expect(fromDay(MAX_DAY)).toBe('9999-12-31');
    expect(toDay('0001-01-01')).not.toBeNull();
  });

  it('gives null, or a RangeError naming the argument, for what is not a date', () => {
    expect(toDay('2027-02-29')).toBeNull();
    expect(toDay(20270101)).toBeNull();
    expect(() => requireDay('2027-02-29', 'from')).toThrow(/^from must be a real YYYY-MM-DD date/);
    expect(() => fromDay(MAX_DAY + 1)).toThrow(RangeError);
    expect(() => fromDay(0.5)).toThrow(RangeError);
  });

  it('names the weekday of a day number, before 1970 too', () => {
    expect(weekdayOf(0)).toBe(4); // Thu 1970-01-01
    expect(weekdayOf(-1)).toBe(3); // Wed 1969-12-31
    expect(weekdayOf(toDay('2026-11-28')!)).toBe(6); // Sat
  });
});
