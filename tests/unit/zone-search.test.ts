import { describe, expect, it } from 'vitest';
import {
  foldZoneText,
  isKnownZone,
  offsetText,
  parseOffsetQuery,
  searchZones,
  ZONE_ABBREVIATIONS,
  zoneLabel,
  zoneOffsetMinutes,
  zonePlace,
} from '../../src/lib/dates/zone-search';
import { timeZones } from '../../src/lib/dates/time-zones';

const WINTER = new Date('2026-12-04T12:00:00Z');
const SUMMER = new Date('2026-07-01T12:00:00Z');
const ALL = timeZones('UTC');
const top = (query: string, at = WINTER) => searchZones(query, ALL, at);

describe('zone labels', () => {
  it('names a zone by its place with the offset on that day, so daylight saving is right', () => {
    expect(zoneLabel('Europe/London', WINTER)).toBe('London (UTC+0)');
    expect(zoneLabel('Europe/London', SUMMER)).toBe('London (UTC+1)');
    expect(zoneLabel('America/New_York', WINTER)).toBe('New York (UTC-5)');
    expect(zoneLabel('America/New_York', SUMMER)).toBe('New York (UTC-4)');
    expect(zoneLabel('Asia/Kolkata', WINTER)).toBe('Kolkata (UTC+5:30)');
    expect(zoneLabel('Asia/Kathmandu', WINTER)).toBe('Kathmandu (UTC+5:45)');
    expect(zoneLabel('Australia/Sydney', WINTER)).toBe('Sydney (UTC+11)');
    expect(zoneLabel('UTC', WINTER)).toBe('UTC (UTC+0)');
  });

  it('keeps the middle part of a three-part id and whole ids without a place', () => {
    expect(zonePlace('America/Argentina/Buenos_Aires')).toBe('Buenos Aires, Argentina');
    expect(zonePlace('America/Indiana/Indianapolis')).toBe('Indianapolis, Indiana');
    expect(zonePlace('Etc/GMT+5')).toBe('Etc/GMT+5');
    expect(zonePlace('UTC')).toBe('UTC');
  });

  it('writes offsets as people do', () => {
    expect(offsetText(0)).toBe('UTC+0');
    expect(offsetText(-300)).toBe('UTC-5');
    expect(offsetText(330)).toBe('UTC+5:30');
    expect(offsetText(-570)).toBe('UTC-9:30');
  });

  it('gives no offset or label offset for a zone the runtime does not know', () => {
    expect(isKnownZone('Mars/Olympus_Mons')).toBe(false);
    expect(isKnownZone('')).toBe(false);
    expect(isKnownZone('Europe/Paris')).toBe(true);
    expect(zoneOffsetMinutes('Mars/Olympus_Mons', WINTER)).toBeNull();
    expect(zoneLabel('Mars/Olympus_Mons', WINTER)).toBe('Olympus Mons');
  });
});

describe('foldZoneText', () => {
  it('compares without case, accents or separators', () => {
    expect(foldZoneText('America/Sao_Paulo')).toBe('america sao paulo');
    expect(foldZoneText('  São   Paulo ')).toBe('sao paulo');
    expect(foldZoneText('Port-au-Prince')).toBe('port au prince');
  });
});

describe('parseOffsetQuery', () => {
  it.each([
    ['GMT+1', 60],
    ['gmt +1', 60],
    ['UTC-5', -300],
    ['utc−5', -300],
    ['+05:30', 330],
    ['UTC+5.5', 330],
    ['-9:30', -570],
    ['UTC+14', 840],
  ])('reads %s as %i minutes', (query, minutes) => {
    expect(parseOffsetQuery(query)).toBe(minutes);
  });

  it.each(['GMT', 'London', '+15', 'UTC+5:3', '5'])('does not read %s as an offset', (query) => {
    expect(parseOffsetQuery(query)).toBeNull();
  });
});

describe('searchZones', () => {
  it.each([
    ['London', 'Europe/London'],
    ['london', 'Europe/London'],
    ['New York', 'America/New_York'],
    ['new york', 'America/New_York'],
    ['new_york', 'America/New_York'],
    ['kolkata', 'Asia/Kolkata'],
    ['IST', 'Asia/Kolkata'],
    ['ist', 'Asia/Kolkata'],
    ['PST', 'America/Los_Angeles'],
    ['PT', 'America/Los_Angeles'],
    ['EST', 'America/New_York'],
    ['EDT', 'America/New_York'],
    ['ET', 'America/New_York'],
    ['CST', 'America/Chicago'],
    ['CT', 'America/Chicago'],
    ['GMT', 'Europe/London'],
    ['BST', 'Europe/London'],
    ['CET', 'Europe/Paris'],
    ['CEST', 'Europe/Paris'],
    ['AEST', 'Australia/Sydney'],
    ['JST', 'Asia/Tokyo'],
    ['SGT', 'Asia/Singapore'],
    ['sao paulo', 'America/Sao_Paulo'],
    ['São Paulo', 'America/Sao_Paulo'],
  ])('%s finds %s first', (query, zone) => {
    expect(top(query)[0]).toBe(zone);
  });

  it('finds a zone by its current name when the runtime lists an old one', () => {
    expect(searchZones('kolkata', ['Asia/Calcutta'], WINTER)).toEqual(['Asia/Kolkata']);
    expect(searchZones('kyiv', ['Europe/Kiev'], WINTER)).toEqual(['Europe/Kyiv']);
    expect(zonePlace(top('buenos')[0]!)).toMatch(/^Buenos Aires/);
  });

  it('finds zones by a word inside the id, after those whose place starts with the text', () => {
    const found = top('york');
    expect(found).toContain('America/New_York');
    expect(top('europe')).toContain('Europe/Paris');
  });

  it('finds every zone at a typed offset on the day in question', () => {
    const winter = top('GMT+1');
    expect(winter).toContain('Europe/Paris');
    expect(winter).not.toContain('Europe/London');
    const summer = top('GMT+1', SUMMER);
    expect(summer).toContain('Europe/London');
    expect(summer).not.toContain('Europe/Paris');
    expect(top('UTC+5:30')).toContain('Asia/Kolkata');
    for (const zone of top('UTC-5')) expect(zoneOffsetMinutes(zone, WINTER)).toBe(-300);
  });

  it('offers an abbreviation zone even when the runtime lists it under an older name', () => {
    expect(searchZones('IST', ['Asia/Calcutta'], WINTER)[0]).toBe('Asia/Kolkata');
  });

  it('matches nothing for empty or unknown text, and never returns a zone the runtime refuses', () => {
    expect(top('')).toEqual([]);
    expect(top('   ')).toEqual([]);
    expect(top('atlantis')).toEqual([]);
    expect(searchZones('mars', ['Mars/Olympus_Mons'], WINTER)).toEqual([]);
  });

  it('lists each zone once', () => {
    const found = top('GMT');
    expect(new Set(found).size).toBe(found.length);
  });

  it('maps every abbreviation only to zones the runtime knows', () => {
    for (const zones of Object.values(ZONE_ABBREVIATIONS))
      for (const zone of zones) expect(isKnownZone(zone), zone).toBe(true);
  });
});
