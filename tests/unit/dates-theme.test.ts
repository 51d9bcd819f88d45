import { describe, expect, it } from 'vitest';
import { formatDate, formatStamp, isoDate } from '../../src/lib/dates/format-date';
import { resolveTheme } from '../../src/lib/site/theme';

describe('formatDate', () => {
  it('shows the calendar date of a front-matter date whatever the local zone', () => {
    const d = new Date('2026-11-27');
    expect(formatDate(d)).toBe('27 November 2026');
    expect(isoDate(d)).toBe('2026-11-27');
  });
});

describe('formatStamp', () => {
  // ICU puts a comma after the weekday ("Sat, 5 Dec"); the site writes "Sat 5 Dec"
  // everywhere, so the stamp must too.
  it('names a saved copy by its weekday, date and time in the given zone', () => {
    const at = '2026-12-05T14:05:09.000Z';
    expect(formatStamp(at, { timeZone: 'Europe/London' })).toMatch(/^Sat 5 Dec 2026, 14:05$/);
    // The same instant in New York is still Saturday morning.
    expect(formatStamp(at, { timeZone: 'America/New_York' })).toMatch(/^Sat 5 Dec 2026, 09:05$/);
    // After midnight, 24-hour: never "24:30" or "12:30 am".
    expect(formatStamp('2026-12-06T00:30:00.000Z', { timeZone: 'UTC' })).toMatch(
      /^Sun 6 Dec 2026, 00:30$/,
    );
  });
  it('adds seconds when asked, so two copies made in one minute have different names', () => {
    const opts = { timeZone: 'UTC', seconds: true };
    expect(formatStamp('2026-12-05T14:05:09.000Z', opts)).toMatch(/^Sat 5 Dec 2026, 14:05:09$/);
    expect(formatStamp('2026-12-05T14:05:41.000Z', opts)).not.toBe(
      formatStamp('2026-12-05T14:05:09.000Z', opts),
    );
  });
  it('uses the reader’s own zone when none is given', () => {
    const at = '2026-12-05T14:05:09.000Z';
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(formatStamp(at)).toBe(formatStamp(at, { timeZone: zone }));
  });
  it('shows a stamp it cannot read as it is, rather than "Invalid Date"', () => {
    expect(formatStamp('not a date')).toBe('not a date');
    expect(formatStamp('')).toBe('');
  });
});

describe('resolveTheme', () => {
  it('honours a stored choice over the system', () => {
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
  it('follows the system when nothing valid is stored', () => {
    expect(resolveTheme(null, true)).toBe('dark');
    expect(resolveTheme('purple', false)).toBe('light');
    expect(resolveTheme('{"corrupt', true)).toBe('dark');
  });
});
