import { describe, expect, it } from 'vitest';
import { roundTimeline, roundWhen, shortDay } from '../../src/lib/workspace/round-summary';
import { application, person, round } from './fixtures';

describe('roundWhen', () => {
  it('names the day, the hours and the zone they are in', () => {
    expect(
      roundWhen({ date: '2026-11-24', start: '14:00', end: '15:00', timeZone: 'America/New_York' }),
    ).toMatch(/^Tue,? 24 Nov 2026, 14:00–15:00 \(America\/New York\)$/);
  });

  it('gives the start alone when the end is not noted, and the day alone without times', () => {
    expect(roundWhen({ date: '2026-11-24', start: '09:30', end: '', timeZone: 'UTC' })).toMatch(
      /^Tue,? 24 Nov 2026, 09:30 \(UTC\)$/,
    );
    expect(roundWhen({ date: '2026-11-24', start: '', end: '', timeZone: 'UTC' })).toMatch(
      /^Tue,? 24 Nov 2026$/,
    );
  });

  it('is empty until the date is noted, or when it is not a date', () => {
    expect(roundWhen({ date: '', start: '10:00', end: '', timeZone: 'UTC' })).toBe('');
    expect(roundWhen({ date: 'soon', start: '', end: '', timeZone: 'UTC' })).toBe('');
  });
});

describe('shortDay', () => {
  it('writes a day as the facts do, with its year, and nothing for what is not a day', () => {
    expect(shortDay('2026-12-10')).toMatch(/^Thu,? 10 Dec 2026$/);
    expect(shortDay('')).toBe('');
    expect(shortDay('2026-13-45')).toBe('');
  });
});

describe('roundTimeline', () => {
  const priya = person('p1', { name: ' Priya Raman ' });
  const app = application({ people: [priya] });

  it('quotes their words and names who said them', () => {
    expect(roundTimeline(app, round({ timeline: ' 1-2 weeks ', timelineBy: 'p1' }))).toBe(
      '“1-2 weeks” (Priya Raman)',
    );
  });

  it('adds the date picked for vague words, or gives the date alone', () => {
    // The comma after the weekday depends on the ICU version.
    expect(roundTimeline(app, round({ timeline: 'soon', timelineDate: '2026-12-04' }))).toMatch(
      /^“soon”, taken as Fri,? 4 Dec 2026$/,
    );
    expect(roundTimeline(app, round({ timeline: '', timelineDate: '2026-12-04' }))).toMatch(
      /^by Fri,? 4 Dec 2026$/,
    );
  });

  it('is empty when they gave none, and leaves out a person no longer listed', () => {
    expect(roundTimeline(app, round({ timeline: '  ', timelineBy: 'p1' }))).toBe('');
    expect(roundTimeline(app, round({ timeline: 'Friday', timelineBy: 'gone' }))).toBe('“Friday”');
  });
});
