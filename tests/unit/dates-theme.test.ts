import { describe, expect, it } from 'vitest';
import { formatDate, isoDate } from '../../src/lib/dates/format-date';
import { resolveTheme } from '../../src/lib/site/theme';

describe('formatDate', () => {
  it('shows the calendar date of a front-matter date whatever the local zone', () => {
    const d = new Date('2026-11-27');
    expect(formatDate(d)).toBe('27 November 2026');
    expect(isoDate(d)).toBe('2026-11-27');
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
