import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clockStart, thankYouDeadline, timeLeft } from '../../src/lib/thank-you/deadline';
import { zonedToInstant } from '../../src/lib/dates/zoned-time';

const HOUR = 3_600_000;
const MINUTE = 60_000;

function at(date: string, time: string, zone: string): Date {
  const instant = zonedToInstant(date, time, zone);
  if (!instant) throw new Error(`bad fixture ${date} ${time} ${zone}`);
  return instant;
}

describe('thankYouDeadline', () => {
  it('sets the target 24 hours and the latest 48 hours after the interview', () => {
    const { target, latest, fridayNote } = thankYouDeadline(
      at('2026-01-28', '14:00', 'Europe/London'),
      'Europe/London',
    );
    expect(target.toISOString()).toBe('2026-01-29T14:00:00.000Z');
    expect(latest.toISOString()).toBe('2026-01-30T14:00:00.000Z');
    expect(fridayNote).toBeNull();
  });

  it('counts exact hours across a clock change', () => {
    // Saturday 7 March 2026, 10:00 EST; clocks go forward overnight.
    const interview = at('2026-03-07', '10:00', 'America/New_York');
    const { target, latest } = thankYouDeadline(interview, 'America/New_York');
    expect(target.getTime() - interview.getTime()).toBe(24 * HOUR);
    expect(target.toISOString()).toBe('2026-03-08T15:00:00.000Z'); // 11:00 EDT on the wall clock
    expect(latest.toISOString()).toBe('2026-03-09T15:00:00.000Z');
  });

  it('explains the weekend for a Friday interview', () => {
    const { fridayNote } = thankYouDeadline(
      at('2026-01-30', '10:00', 'America/New_York'),
      'America/New_York',
    );
    expect(fridayNote).toBe(
      'Your interview was on a Friday: sending your thank-you that evening or on Saturday keeps it within 48 hours, while one that waits until Monday reads as late.',
    );
  });

  it('explains the weekend when the 48 hours end on a Saturday', () => {
    // Thursday afternoon: 48 hours later is Saturday afternoon.
    const { latest, fridayNote } = thankYouDeadline(
      at('2026-01-29', '15:00', 'Europe/London'),
      'Europe/London',
    );
    expect(latest.toISOString()).toBe('2026-01-31T15:00:00.000Z');
    expect(fridayNote).toBe(
      'Your 48 hours run out over the weekend: sending on Friday keeps your thank-you on time, while one that waits until Monday reads as late.',
    );
  });

  it('judges Friday in the interview’s own zone, not in UTC', () => {
    // Friday 08:00 in Tokyo is still Thursday in UTC.
    const tokyoFriday = at('2026-01-30', '08:00', 'Asia/Tokyo');
    expect(tokyoFriday.getUTCDay()).toBe(4);
    expect(thankYouDeadline(tokyoFriday, 'Asia/Tokyo').fridayNote).toMatch(
      /^Your interview was on a Friday/,
    );
    // Saturday 09:00 in Sydney is Friday in UTC; 48 hours later is Monday there.
    const sydneySaturday = at('2026-01-31', '09:00', 'Australia/Sydney');
    expect(sydneySaturday.getUTCDay()).toBe(5);
    expect(thankYouDeadline(sydneySaturday, 'Australia/Sydney').fridayNote).toBeNull();
  });

  it('has no note early in the week or at the weekend', () => {
    for (const date of ['2026-01-25', '2026-01-26', '2026-01-27', '2026-01-28', '2026-01-31']) {
      expect(
        thankYouDeadline(at(date, '11:00', 'Europe/London'), 'Europe/London').fridayNote,
        date,
      ).toBeNull();
    }
  });

  it('crosses the year end', () => {
    // Thursday 31 December 2026: the latest deadline is Saturday 2 January 2027.
    const { target, latest, fridayNote } = thankYouDeadline(
      at('2026-12-31', '15:00', 'Europe/London'),
      'Europe/London',
    );
    expect(target.toISOString()).toBe('2027-01-01T15:00:00.000Z');
    expect(latest.toISOString()).toBe('2027-01-02T15:00:00.000Z');
    expect(fridayNote).not.toBeNull();
  });

  it('always gives one sentence or null, and deadlines exactly a day apart', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        fc.constantFrom(
          'Europe/London',
          'America/New_York',
          'Asia/Tokyo',
          'Pacific/Kiritimati',
          'Nowhere/Unknown',
        ),
        (interview, zone) => {
          const { target, latest, fridayNote } = thankYouDeadline(interview, zone);
          expect(latest.getTime() - target.getTime()).toBe(24 * HOUR);
          if (fridayNote !== null) expect(fridayNote.match(/[.!?](\s|$)/g)).toHaveLength(1);
        },
      ),
    );
  });
});

describe('timeLeft', () => {
  const now = new Date('2026-01-28T12:00:00Z');
  const after = (ms: number) => new Date(now.getTime() + ms);

  it('counts down in hours and minutes under a day', () => {
    expect(timeLeft(now, after(5 * HOUR + 20 * MINUTE))).toEqual({
      overdue: false,
      text: '5 h 20 min left',
    });
    expect(timeLeft(now, after(5 * HOUR))).toEqual({ overdue: false, text: '5 h left' });
    expect(timeLeft(now, after(45 * MINUTE))).toEqual({ overdue: false, text: '45 min left' });
  });

  it('counts down in days and hours beyond a day', () => {
    expect(timeLeft(now, after(51 * HOUR))).toEqual({ overdue: false, text: '2 days 3 h left' });
    expect(timeLeft(now, after(24 * HOUR + 30 * MINUTE))).toEqual({
      overdue: false,
      text: '1 day left',
    });
    expect(timeLeft(now, after(25 * HOUR))).toEqual({ overdue: false, text: '1 day 1 h left' });
  });

  it('rounds down, never promising more time than there is', () => {
    expect(timeLeft(now, after(5 * HOUR + 20 * MINUTE + 59_999)).text).toBe('5 h 20 min left');
    expect(timeLeft(now, after(59_999)).text).toBe('less than a minute left');
    expect(timeLeft(now, now)).toEqual({ overdue: false, text: 'less than a minute left' });
  });

  it('says how far past the deadline it is', () => {
    expect(timeLeft(now, after(-3 * HOUR))).toEqual({ overdue: true, text: 'Overdue by 3 h' });
    expect(timeLeft(now, after(-(3 * HOUR + 10 * MINUTE)))).toEqual({
      overdue: true,
      text: 'Overdue by 3 h 10 min',
    });
    expect(timeLeft(now, after(-49 * HOUR))).toEqual({
      overdue: true,
      text: 'Overdue by 2 days 1 h',
    });
    expect(timeLeft(now, after(-1))).toEqual({
      overdue: true,
      text: 'Overdue by less than a minute',
    });
  });

  it('gives an empty text for an invalid date', () => {
    expect(timeLeft(now, new Date(Number.NaN))).toEqual({ overdue: false, text: '' });
  });
});

describe('clockStart', () => {
  it('runs from the end when one is given after the start', () => {
    const c = clockStart('2026-12-04', '10:00', '11:30', 'Europe/London');
    expect(c).toEqual({ at: new Date('2026-12-04T11:30:00Z'), fromEnd: true });
    // So the thank-you is due 24 hours after 11:30, not after 10:00.
    expect(thankYouDeadline(c!.at, 'Europe/London').target.toISOString()).toBe(
      '2026-12-05T11:30:00.000Z',
    );
  });

  it('falls back to the start without an end, or with an end that is not after it', () => {
    const start = { at: new Date('2026-12-04T15:00:00Z'), fromEnd: false };
    expect(clockStart('2026-12-04', '10:00', '', 'America/New_York')).toEqual(start);
    expect(clockStart('2026-12-04', '10:00', '09:00', 'America/New_York')).toEqual(start);
    expect(clockStart('2026-12-04', '10:00', '10:00', 'America/New_York')).toEqual(start);
    expect(clockStart('2026-12-04', '10:00', 'soon', 'America/New_York')).toEqual(start);
  });

  it('gives nothing without a readable date, start or zone', () => {
    expect(clockStart('2026-12-04', '', '11:30', 'Europe/London')).toBeNull();
    expect(clockStart('next Friday', '10:00', '11:30', 'Europe/London')).toBeNull();
    expect(clockStart('2026-12-04', '10:00', '11:30', 'Mars/Olympus')).toBeNull();
  });
});
