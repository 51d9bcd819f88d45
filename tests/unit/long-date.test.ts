import { describe, expect, it } from 'vitest';
import { formatLongDate } from '../../src/lib/dates/long-date';

describe('formatLongDate', () => {
  // ICU versions differ on a comma after the weekday when the year is shown.
  it('writes the day out in full, without the year unless asked', () => {
    expect(formatLongDate('2026-11-24')).toBe('Tuesday 24 November');
    expect(formatLongDate('2026-11-24', { withYear: true })).toMatch(
      /^Tuesday,? 24 November 2026$/,
    );
  });

  it('keeps the calendar day whatever the zone (formatted in UTC)', () => {
    expect(formatLongDate('2027-01-01', { withYear: true })).toMatch(/^Friday,? 1 January 2027$/);
    expect(formatLongDate('2028-02-29')).toBe('Tuesday 29 February');
  });

  it('gives nothing for what is not a date', () => {
    expect(formatLongDate('')).toBe('');
    expect(formatLongDate('next week')).toBe('');
    expect(formatLongDate('2026-13-01')).toBe('');
  });
});
