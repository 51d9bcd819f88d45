import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  formatInZone,
  formatLocalDateTime,
  isValidTimeZone,
  userTimeZone,
  weekdayInZone,
  zonedToInstant,
} from '../../src/lib/dates/zoned-time';

/** The instant as an ISO string, or null, so failures print readably. */
function iso(date: string, time: string, zone: string): string | null {
  return zonedToInstant(date, time, zone)?.toISOString() ?? null;
}

/** "YYYY-MM-DD HH:mm" on the wall clock in `zone` (Swedish dates are ISO-shaped). */
function wallClock(instant: Date, zone: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
}

const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.constantFrom(
    '2026-02-30',
    '2026-13-01',
    '0000-01-01',
    '9999-12-31',
    '24:00',
    '23:59',
    'Europe/London',
    'UTC',
    '',
  ),
);

describe('zonedToInstant', () => {
  it('reads an ordinary wall time in its zone', () => {
    expect(iso('2026-01-28', '14:00', 'Europe/London')).toBe('2026-01-28T14:00:00.000Z');
    expect(iso('2026-07-01', '09:30', 'Europe/London')).toBe('2026-07-01T08:30:00.000Z');
    expect(iso('2026-01-28', '09:00', 'America/New_York')).toBe('2026-01-28T14:00:00.000Z');
    expect(iso('2026-01-28', '09:00', 'Asia/Kolkata')).toBe('2026-01-28T03:30:00.000Z');
  });

  it('moves a time skipped by spring-forward to the first valid instant (New York)', () => {
    // 8 March 2026: clocks jump from 02:00 EST to 03:00 EDT (07:00 UTC).
    expect(iso('2026-03-08', '01:59', 'America/New_York')).toBe('2026-03-08T06:59:00.000Z');
    expect(iso('2026-03-08', '02:00', 'America/New_York')).toBe('2026-03-08T07:00:00.000Z');
    expect(iso('2026-03-08', '02:30', 'America/New_York')).toBe('2026-03-08T07:00:00.000Z');
    expect(iso('2026-03-08', '03:00', 'America/New_York')).toBe('2026-03-08T07:00:00.000Z');
    expect(iso('2026-03-08', '03:01', 'America/New_York')).toBe('2026-03-08T07:01:00.000Z');
  });

  it('picks the earlier instant of a repeated hour at fall-back (New York)', () => {
    // 1 November 2026: 01:00–01:59 happens in EDT (UTC-4), then again in EST (UTC-5).
    expect(iso('2026-11-01', '00:59', 'America/New_York')).toBe('2026-11-01T04:59:00.000Z');
    expect(iso('2026-11-01', '01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
    expect(iso('2026-11-01', '02:00', 'America/New_York')).toBe('2026-11-01T07:00:00.000Z');
  });

  it('handles both clock changes in London', () => {
    // 29 March 2026: 01:00 GMT becomes 02:00 BST.
    expect(iso('2026-03-29', '00:59', 'Europe/London')).toBe('2026-03-29T00:59:00.000Z');
    expect(iso('2026-03-29', '01:30', 'Europe/London')).toBe('2026-03-29T01:00:00.000Z');
    expect(iso('2026-03-29', '02:00', 'Europe/London')).toBe('2026-03-29T01:00:00.000Z');
    // 25 October 2026: 01:00–01:59 happens in BST, then again in GMT.
    expect(iso('2026-10-25', '01:30', 'Europe/London')).toBe('2026-10-25T00:30:00.000Z');
    expect(iso('2026-10-25', '02:00', 'Europe/London')).toBe('2026-10-25T02:00:00.000Z');
  });

  it('handles a half-hour clock change and a skipped calendar day', () => {
    // Lord Howe Island moves from +10:30 to +11 at 02:00 on 4 October 2026.
    expect(iso('2026-10-04', '02:15', 'Australia/Lord_Howe')).toBe('2026-10-03T15:30:00.000Z');
    // Samoa skipped 30 December 2011 entirely, jumping from UTC-10 to UTC+14.
    expect(iso('2011-12-30', '12:00', 'Pacific/Apia')).toBe('2011-12-30T10:00:00.000Z');
  });

  it('crosses the year end', () => {
    expect(iso('2026-12-31', '23:30', 'Pacific/Auckland')).toBe('2026-12-31T10:30:00.000Z');
    expect(iso('2026-12-31', '23:59', 'America/Los_Angeles')).toBe('2027-01-01T07:59:00.000Z');
    expect(iso('2027-01-01', '00:00', 'UTC')).toBe('2027-01-01T00:00:00.000Z');
  });

  it('accepts 29 February only in leap years', () => {
    expect(iso('2028-02-29', '10:00', 'Europe/London')).toBe('2028-02-29T10:00:00.000Z');
    expect(iso('2027-02-29', '10:00', 'Europe/London')).toBeNull();
    expect(iso('2100-02-29', '10:00', 'UTC')).toBeNull();
    expect(iso('2000-02-29', '10:00', 'UTC')).toBe('2000-02-29T10:00:00.000Z');
  });

  it('refuses impossible or malformed dates and times', () => {
    for (const [date, time] of [
      ['2026-02-30', '10:00'],
      ['2026-04-31', '10:00'],
      ['2026-13-01', '10:00'],
      ['2026-00-10', '10:00'],
      ['2026-01-00', '10:00'],
      ['0000-01-01', '10:00'],
      ['2026-1-5', '10:00'],
      ['2026-01-05T10:00', '10:00'],
      ['', '10:00'],
      ['2026-01-05', '24:00'],
      ['2026-01-05', '12:60'],
      ['2026-01-05', '9:00'],
      ['2026-01-05', '09:00:00'],
      ['2026-01-05', ''],
    ] as const) {
      expect(iso(date, time, 'UTC'), `${date} ${time}`).toBeNull();
    }
  });

  it('refuses an unknown time zone', () => {
    expect(iso('2026-01-28', '14:00', 'Mars/Olympus_Mons')).toBeNull();
    expect(iso('2026-01-28', '14:00', '')).toBeNull();
    expect(iso('2026-01-28', '14:00', ' ')).toBeNull();
  });

  it('round-trips every wall time that exists, and moves skipped ones forward by less than an hour', () => {
    const zones = [
      'America/New_York',
      'Europe/London',
      'Europe/Berlin',
      'Australia/Sydney',
      'America/Sao_Paulo',
      'Asia/Kolkata',
      'UTC',
    ];
    const wall = fc
      .date({
        min: new Date('1990-01-01T00:00:00Z'),
        max: new Date('2099-12-31T23:59:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString());
    fc.assert(
      fc.property(wall, fc.constantFrom(...zones), (stamp, zone) => {
        const date = stamp.slice(0, 10);
        const time = stamp.slice(11, 16);
        const instant = zonedToInstant(date, time, zone);
        expect(instant).not.toBeNull();
        if (!instant) return;
        const shown = wallClock(instant, zone);
        const asked = `${date} ${time}`;
        if (shown === asked) {
          // The earlier of two candidates: half an hour and an hour before read differently.
          expect(wallClock(new Date(instant.getTime() - 30 * 60_000), zone)).not.toBe(asked);
          expect(wallClock(new Date(instant.getTime() - 60 * 60_000), zone)).not.toBe(asked);
        } else {
          const shift =
            Date.parse(`${shown.replace(' ', 'T')}Z`) - Date.parse(`${asked.replace(' ', 'T')}Z`);
          expect(shift).toBeGreaterThan(0);
          expect(shift).toBeLessThanOrEqual(60 * 60_000);
          // It lands exactly on the change: a minute earlier is still before the jump.
          expect(wallClock(new Date(instant.getTime() - 60_000), zone) < asked).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on any input', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, (date, time, zone) => {
        const result = zonedToInstant(date, time, zone);
        expect(result === null || !Number.isNaN(result.getTime())).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('isValidTimeZone', () => {
  it('knows IANA zones and refuses the rest', () => {
    expect(isValidTimeZone('Europe/London')).toBe(true);
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone('Europe/London; DROP')).toBe(false);
  });

  it('never throws', () => {
    fc.assert(
      fc.property(anyText, (zone) => typeof isValidTimeZone(zone) === 'boolean'),
      { numRuns: 300 },
    );
  });
});

describe('formatInZone', () => {
  const instant = new Date('2026-01-28T14:00:00Z');

  it('formats the wall time in the zone, British English by default', () => {
    expect(formatInZone(instant, 'Europe/London')).toBe('Wed 28 Jan, 14:00');
    expect(formatInZone(instant, 'America/New_York')).toBe('Wed 28 Jan, 09:00');
    expect(formatInZone(instant, 'Pacific/Auckland')).toBe('Thu 29 Jan, 03:00');
  });

  it('adds the year or the zone on request', () => {
    expect(formatInZone(instant, 'Europe/London', { withYear: true })).toBe(
      'Wed, 28 Jan 2026, 14:00',
    );
    expect(formatInZone(instant, 'America/New_York', { withZone: true })).toBe(
      'Wed 28 Jan, 09:00 GMT-5',
    );
  });

  it('follows the locale asked for', () => {
    expect(formatInZone(instant, 'Europe/Berlin', { locale: 'de-DE' })).toBe(
      'Mi., 28. Jan., 15:00',
    );
    expect(formatInZone(instant, 'Europe/London', { locale: 'en-US' })).toBe('Wed, Jan 28, 14:00');
  });

  it('labels UTC when the zone is unknown, and falls back to en-GB for an unknown locale', () => {
    expect(formatInZone(instant, 'Mars/Olympus_Mons')).toBe('Wed 28 Jan, 14:00 UTC');
    expect(formatInZone(instant, 'Europe/London', { locale: 'not a locale!' })).toBe(
      'Wed 28 Jan, 14:00',
    );
  });

  it('gives an empty string for an invalid date', () => {
    expect(formatInZone(new Date(Number.NaN), 'Europe/London')).toBe('');
  });

  it('never throws', () => {
    fc.assert(
      fc.property(
        fc.date(),
        anyText,
        anyText,
        (date, zone, locale) => typeof formatInZone(date, zone, { locale }) === 'string',
      ),
      { numRuns: 300 },
    );
  });
});

describe('weekdayInZone', () => {
  it('uses the day in the zone, not in UTC', () => {
    // Friday 23:30 in London is already Saturday morning in Tokyo.
    const lateFriday = new Date('2026-01-30T23:30:00Z');
    expect(weekdayInZone(lateFriday, 'Europe/London')).toBe(5);
    expect(weekdayInZone(lateFriday, 'Asia/Tokyo')).toBe(6);
    expect(weekdayInZone(lateFriday, 'America/Los_Angeles')).toBe(5);
    expect(weekdayInZone(new Date('2026-02-01T12:00:00Z'), 'UTC')).toBe(0);
  });

  it('counts an unknown zone as UTC and an invalid date as NaN', () => {
    expect(weekdayInZone(new Date('2026-01-30T23:30:00Z'), 'Mars/Olympus_Mons')).toBe(5);
    expect(weekdayInZone(new Date(Number.NaN), 'UTC')).toBeNaN();
  });
});

describe('userTimeZone', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("returns the runtime's zone", () => {
    expect(userTimeZone()).toBe(new Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(isValidTimeZone(userTimeZone())).toBe(true);
  });

  it('falls back to UTC when the runtime cannot tell', () => {
    const real = Intl.DateTimeFormat.prototype.resolvedOptions;
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function (
      this: Intl.DateTimeFormat,
    ) {
      return { ...real.call(this), timeZone: '' };
    });
    expect(userTimeZone()).toBe('UTC');
  });
});

describe('formatLocalDateTime', () => {
  it("writes an instant in the reader's zone in the site's one format, whatever the browser's language", () => {
    // The tests run in UTC (see above).
    expect(formatLocalDateTime('2026-11-24T14:05:00.000Z')).toBe('Tue 24 Nov 2026, 14:05');
    expect(formatLocalDateTime('2026-12-04T22:12:00.000Z')).toBe('Fri 4 Dec 2026, 22:12');
  });
});
