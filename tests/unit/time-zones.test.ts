import { afterEach, describe, expect, it, vi } from 'vitest';
import { timeZones } from '../../src/lib/dates/time-zones';

describe('timeZones', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lists every zone the runtime knows, the given one first and only once', () => {
    const zones = timeZones('Europe/Paris');
    expect(zones[0]).toBe('Europe/Paris');
    expect(zones.filter((z) => z === 'Europe/Paris')).toHaveLength(1);
    expect(zones).toContain('America/New_York');
    expect(zones.length).toBeGreaterThan(300);
  });

  it('puts a zone the runtime does not list first too', () => {
    expect(timeZones('Mars/Olympus_Mons')[0]).toBe('Mars/Olympus_Mons');
  });

  it('falls back to a short list when the runtime cannot list its zones', () => {
    vi.spyOn(Intl, 'supportedValuesOf').mockImplementation(() => {
      throw new TypeError('not supported');
    });
    expect(timeZones('Asia/Tokyo')).toEqual([
      'Asia/Tokyo',
      'UTC',
      'Europe/London',
      'America/New_York',
      'America/Chicago',
      'America/Los_Angeles',
    ]);
  });
});
