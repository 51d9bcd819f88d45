import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  businessDayRules,
  DEFAULT_WEEKEND,
  effectiveDaysOff,
  guessRegion,
  holidayIndexUrl,
  holidayUrl,
  isRegionCode,
  isWeekendDay,
  NO_REGION,
  parseHolidayFile,
  parseHolidayIndex,
  parseWeekend,
  upcomingDays,
  weekendWords,
  type HolidayIndex,
  type RegionHolidays,
} from '../../src/lib/dates/holidays';
import { HOLIDAY_ATTRIBUTION } from '../../src/lib/dates/holiday-attribution';
import { addBusinessDays, isBusinessDay } from '../../src/lib/timeline/business-days';
import { parseTimeline } from '../../src/lib/timeline/parse';
import { buildPlan, DEFAULT_PLAN_SETTINGS } from '../../src/lib/timeline/plan';

// The real files, as scripts/build-holidays.ts writes them for a build in 2026 (years
// 2025–2028), into a folder of this test's own: the same data the site serves.
let dir = '';
const read = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));
const region = (code: string): RegionHolidays => {
  const file = parseHolidayFile(read(`${code}.json`), code);
  if (!file) throw new Error(`${code}.json did not read`);
  return file;
};
let index: HolidayIndex;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fuk-holidays-'));
  execFileSync(process.execPath, ['scripts/build-holidays.ts'], {
    env: { ...process.env, HOLIDAYS_DIR: dir, HOLIDAYS_YEAR: '2026' },
    stdio: 'pipe',
  });
  const parsed = parseHolidayIndex(read('index.json'));
  if (!parsed) throw new Error('index.json did not read');
  index = parsed;
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const dates = (file: RegionHolidays) => file.days.map(([d]) => d);

describe('the generated data', () => {
  it('London (GB-ENG): Christmas, the Boxing Day substitute and New Year are days off', () => {
    const eng = region('GB-ENG');
    expect(eng).toMatchObject({
      name: 'England',
      weekend: [0, 6],
      years: [2025, 2028],
      types: ['public', 'bank'],
      source: 'date-holidays 3.37.0',
      license: 'CC BY-SA 3.0',
    });
    const off = dates(eng);
    expect(off).toEqual(expect.arrayContaining(['2026-12-25', '2026-12-28', '2027-01-01']));
    // Boxing Day falls on a Saturday in 2026: it is listed, and the Monday stands in.
    expect(eng.days).toContainEqual(['2026-12-28', 'Boxing Day (substitute day)']);
    expect(isBusinessDay('2026-12-28', off)).toBe(false);
    expect(isBusinessDay('2026-12-29', off)).toBe(true);
    // Scotland's own: 2 January and St Andrew's Day (30 November 2026, a Monday).
    expect(dates(region('GB-SCT'))).toEqual(expect.arrayContaining(['2027-01-02', '2026-11-30']));
    expect(off).not.toContain('2026-11-30');
  });

  it('London: "1-2 weeks" after Friday 4 December 2026 gives the final follow-up Thu 31 Dec, no step on a holiday', () => {
    const { holidays } = businessDayRules(region('GB-ENG'), {
      region: 'GB-ENG',
      added: [],
      removed: [],
    });
    const plan = buildPlan({
      interviewDate: '2026-12-04',
      interviewTime: '14:00',
      timeZone: 'Europe/London',
      timeline: parseTimeline('1-2 weeks', '2026-12-04', holidays),
      holidays,
      settings: DEFAULT_PLAN_SETTINGS,
      wantsCard: false,
      interviewers: 1,
      actionItems: [],
      sent: [],
      today: '2026-12-04',
    });
    const final = plan.find((s) => s.id === 'final-follow-up');
    expect(final?.date).toBe('2026-12-31');
    for (const step of plan) if (step.date) expect(holidays, step.id).not.toContain(step.date);
    expect(plan.find((s) => s.id === 'move-on')?.date).toBe('2027-01-15');
    // Without the holidays it would have landed on Tue 29 Dec, Christmas and the Boxing Day
    // substitute counted as business days.
    const bare = buildPlan({
      interviewDate: '2026-12-04',
      interviewTime: '14:00',
      timeZone: 'Europe/London',
      timeline: parseTimeline('1-2 weeks', '2026-12-04', []),
      holidays: [],
      settings: DEFAULT_PLAN_SETTINGS,
      wantsCard: false,
      interviewers: 1,
      actionItems: [],
      sent: [],
      today: '2026-12-04',
    });
    expect(bare.find((s) => s.id === 'final-follow-up')?.date).toBe('2026-12-29');
  });

  it('US: Thanksgiving is a day off; the day after is an observance in date-holidays, so it is not', () => {
    const us = region('US');
    expect(us.days).toContainEqual(['2026-11-26', 'Thanksgiving Day']);
    expect(dates(us)).not.toContain('2026-11-27');
    // Independence Day 2026 is a Saturday: Friday 3 July is the federal day off.
    expect(dates(us)).toEqual(expect.arrayContaining(['2026-07-03', '2026-07-04']));
    // From Wednesday 25 November, one business day is Friday 27.
    expect(addBusinessDays('2026-11-25', 1, dates(us))).toBe('2026-11-27');
  });

  it("India: the central government's 17 gazetted holidays for 2026 (Diwali among them), and a Monday–Friday office week", () => {
    const india = region('IN');
    const in2026 = india.days.filter(([d]) => d.startsWith('2026'));
    // date-holidays' six national days, and the gazetted list it lacks.
    expect(in2026).toContainEqual(['2026-11-08', 'Diwali (Deepavali)']);
    expect(in2026).toContainEqual(['2026-11-24', "Guru Nanak's Birthday"]);
    expect(in2026).toContainEqual(['2026-10-20', 'Dussehra']);
    expect(in2026.map(([, n]) => n)).toContain('Ambedkar Jayanti');
    expect(in2026.filter(([d]) => d === '2026-12-25')).toHaveLength(1);
    expect(in2026).toHaveLength(18);
    expect(india.source).toContain('niepvd.nic.in');
    // CLDR gives Sunday alone; offices keep Saturday and Sunday.
    expect(india.weekend).toEqual([0, 6]);
    // 2027 has no gazetted list here yet: date-holidays' days only.
    expect(india.days.some(([d, n]) => d.startsWith('2027') && /diwali/i.test(n))).toBe(false);
  });

  it('weekends follow the region: Friday–Saturday in Saudi Arabia and Bangladesh, Saturday–Sunday in the UAE since 2022', () => {
    expect(region('SA').weekend).toEqual([5, 6]);
    expect(region('BD').weekend).toEqual([5, 6]); // date-holidays' own weekend
    expect(region('AE').weekend).toEqual([0, 6]);
    expect(index.regions.SA?.weekend).toEqual([5, 6]);
  });

  it('multi-day holidays count every day (Eid al-Fitr in Saudi Arabia, 2026)', () => {
    const sa = dates(region('SA'));
    expect(sa.filter((d) => d >= '2026-03-19' && d <= '2026-03-23').length).toBeGreaterThan(1);
  });

  it('offers the countries, the UK nations and the states of Canada, Australia and Germany', () => {
    const codes = Object.keys(index.regions);
    expect(codes.length).toBeGreaterThan(200);
    for (const code of ['GB-ENG', 'GB-WLS', 'GB-SCT', 'GB-NIR', 'US', 'IN', 'AE', 'SA'])
      expect(codes).toContain(code);
    expect(codes).not.toContain('GB');
    expect(codes.filter((c) => c.startsWith('CA-')).length).toBe(13);
    expect(codes.filter((c) => c.startsWith('AU-')).length).toBe(8);
    expect(codes.filter((c) => c.startsWith('DE-')).length).toBe(16);
    expect(index.regions['GB-ENG']?.name).toBe('United Kingdom: England');
    expect(index.source).toBe('date-holidays 3.37.0');
    expect(index.types).toEqual(['public', 'bank']);
  });
});

describe('guessRegion', () => {
  it.each([
    ['en-GB', 'Europe/London', 'GB-ENG'],
    ['en-US', 'America/New_York', 'US'],
    ['en-IN', 'Asia/Kolkata', 'IN'],
    ['en-IN', 'Asia/Calcutta', 'IN'], // Chrome's name for it
    ['en-US', 'Europe/Berlin', 'DE'], // the zone says where the user is
    ['de-DE', 'Europe/Berlin', 'DE'],
    ['en-US', 'Asia/Dubai', 'AE'],
    ['ar', 'Asia/Riyadh', 'SA'],
    ['en-GB', 'Europe/Belfast', 'GB-NIR'],
    ['en-CA', 'America/Toronto', 'CA-ON'],
    ['fr-CA', 'America/Toronto', 'CA-QC'], // Montreal keeps Toronto's clocks
    ['en-AU', 'Australia/Sydney', 'AU-NSW'],
    ['en-GB', 'UTC', 'GB-ENG'], // no zone: the locale's country
    ['en', 'Etc/UTC', 'US'], // no country: the language's likeliest
    ['de', 'Etc/UTC', 'DE'],
  ])('%s in %s → %s, with or without the list', (locale, zone, expected) => {
    expect(guessRegion(locale, zone, index)).toBe(expected);
    expect(guessRegion(locale, zone)).toBe(expected);
  });

  it('uses the list for zones its small table does not know', () => {
    expect(guessRegion('en-US', 'Europe/Paris', index)).toBe('FR');
    expect(guessRegion('en-US', 'Europe/Kyiv', index)).toBe('UA');
    expect(guessRegion('en-US', 'Europe/Kiev', index)).toBe('UA');
    expect(guessRegion('en-US', 'Africa/Bamako', index)).toBe('ML');
    expect(guessRegion('en-US', 'America/Vancouver', index)).toBe('CA-BC');
  });

  it('falls back to the locale, then to no region; never a region without a file', () => {
    // Kuwait has no file: the zone and the locale's country fail, so nothing is guessed.
    expect(guessRegion('ar-KW', 'Asia/Kuwait', index)).toBe(NO_REGION);
    expect(guessRegion('not a locale!', 'Nowhere/Else', index)).toBe(NO_REGION);
    expect(guessRegion('', '', index)).toBe(NO_REGION);
    expect(guessRegion('fr-FR', 'Nowhere/Else', index)).toBe('FR');
    // Bad input of the wrong type does not throw.
    expect(guessRegion(undefined as unknown as string, null as unknown as string)).toBe(NO_REGION);
  });
});

describe('parseHolidayFile', () => {
  const good = {
    region: 'GB-ENG',
    name: 'England',
    weekend: [0, 6],
    types: ['public', 'bank'],
    years: [2025, 2028],
    days: [
      ['2026-12-28', 'Boxing Day (substitute day)'],
      ['2026-12-25', 'Christmas Day'],
    ],
    source: 'date-holidays 3.37.0',
    license: 'CC BY-SA 3.0',
  };

  it('reads a good file and sorts its days', () => {
    const file = parseHolidayFile(good, 'GB-ENG');
    expect(file?.days).toEqual([
      ['2026-12-25', 'Christmas Day'],
      ['2026-12-28', 'Boxing Day (substitute day)'],
    ]);
    expect(file?.years).toEqual([2025, 2028]);
    // Metadata is optional.
    const { types: _t, years: _y, source: _s, license: _l, ...bare } = good;
    expect(parseHolidayFile(bare)).toMatchObject({ years: null, types: [], source: '' });
  });

  it.each([
    ['not an object', 'GB-ENG'],
    [null, undefined],
    [[], undefined],
    [{ ...good, region: 'gb-eng' }, undefined],
    [{ ...good, region: '../../etc/passwd' }, undefined],
    [good, 'US'], // not the region asked for
    [{ ...good, name: '' }, undefined],
    [{ ...good, name: 'x'.repeat(500) }, undefined],
    [{ ...good, weekend: [0, 1, 2, 3, 4, 5, 6] }, undefined],
    [{ ...good, weekend: [0, 7] }, undefined],
    [{ ...good, weekend: [6, 6] }, undefined],
    [{ ...good, weekend: '0,6' }, undefined],
    [{ ...good, days: [['2027-02-29', 'No such day']] }, undefined],
    [{ ...good, days: [['2026-12-25']] }, undefined],
    [{ ...good, days: [['2026-12-25', 42]] }, undefined],
    [{ ...good, days: {} }, undefined],
    [{ ...good, days: Array.from({ length: 2001 }, () => ['2026-12-25', 'x']) }, undefined],
  ])('refuses %j (expected %s) with null, never a throw', (json, expected) => {
    expect(parseHolidayFile(json, expected)).toBeNull();
  });
});

describe('parseHolidayIndex', () => {
  it('keeps the good entries and drops the bad', () => {
    const parsed = parseHolidayIndex({
      regions: {
        US: ['United States of America', [0, 6]],
        'GB-ENG': ['United Kingdom: England', [0, 6]],
        bad: ['Bad', [0, 6]],
        XX: ['No weekend', [9]],
        YY: [42, [0, 6]],
      },
      zones: { 'America/New_York': 'US', 'Europe/Paris': 'FR', 'Europe/London': 'GB-ENG' },
    });
    expect(Object.keys(parsed?.regions ?? {})).toEqual(['US', 'GB-ENG']);
    expect(parsed?.zones).toEqual({ 'America/New_York': 'US', 'Europe/London': 'GB-ENG' });
  });

  it.each([null, 'x', {}, { regions: [] }, { regions: { bad: ['x', [0]] } }])(
    'is null for %j',
    (json) => expect(parseHolidayIndex(json)).toBeNull(),
  );
});

describe('effectiveDaysOff and the business-day rules', () => {
  it("is the region's days minus the removed plus the added, sorted, unique, real dates only", () => {
    expect(
      effectiveDaysOff({
        publicDays: ['2026-12-28', '2026-12-25', '2027-01-01', 'junk'],
        added: ['2026-12-24', '2026-12-25', '2027-02-30', '2026-12-24', ''],
        removed: ['2027-01-01'],
      }),
    ).toEqual(['2026-12-24', '2026-12-25', '2026-12-28']);
  });

  it("gives the region's weekend, the user's own when set, Saturday–Sunday without a file", () => {
    const sa: RegionHolidays = {
      region: 'SA',
      name: 'Saudi Arabia',
      weekend: [5, 6],
      days: [['2026-09-23', 'National Day']],
      years: null,
      types: [],
      source: '',
      license: '',
    };
    expect(businessDayRules(sa, { region: 'SA', added: [], removed: [] })).toEqual({
      holidays: ['2026-09-23'],
      weekend: [5, 6],
    });
    expect(
      businessDayRules(sa, { region: 'SA', added: [], removed: [], weekend: [6, 0] }),
    ).toMatchObject({ weekend: [0, 6] });
    // A weekend of seven days is not taken: the region's stays.
    expect(
      businessDayRules(sa, { region: 'SA', added: [], removed: [], weekend: [0, 1, 2, 3, 4, 5, 6] })
        .weekend,
    ).toEqual([5, 6]);
    expect(
      businessDayRules(null, { region: 'SA', added: ['2026-09-24'], removed: ['2026-09-23'] }),
    ).toEqual({ holidays: ['2026-09-24'], weekend: [...DEFAULT_WEEKEND] });
  });

  it('tells weekend days, and says a weekend in words', () => {
    expect(isWeekendDay('2026-11-27', [5, 6])).toBe(true); // Fri
    expect(isWeekendDay('2026-11-29', [5, 6])).toBe(false); // Sun
    expect(isWeekendDay('2026-11-29')).toBe(true);
    expect(isWeekendDay('nope')).toBe(false);
    expect(weekendWords([0, 6])).toBe('Saturday and Sunday');
    expect(weekendWords([5, 6])).toBe('Friday and Saturday');
    expect(weekendWords([4, 5])).toBe('Thursday and Friday');
    expect(weekendWords([0])).toBe('Sunday');
    expect(weekendWords([])).toBe('no weekend');
    expect(weekendWords([5, 6, 0])).toBe('Friday, Saturday and Sunday');
    expect(parseWeekend([6, 0])).toEqual([0, 6]);
  });

  it('lists the upcoming public days, the removed ones marked', () => {
    const eng = region('GB-ENG');
    const listed = upcomingDays(eng, ['2026-12-28'], '2026-12-01', 3);
    expect(listed).toEqual([
      { date: '2026-12-25', name: 'Christmas Day', removed: false },
      { date: '2026-12-26', name: 'Boxing Day', removed: false },
      { date: '2026-12-28', name: 'Boxing Day (substitute day)', removed: true },
    ]);
    expect(upcomingDays(null, [], '2026-12-01')).toEqual([]);
  });
});

describe('URLs and the attribution', () => {
  it('builds same-origin URLs under the base path, and refuses what is not a region code', () => {
    expect(holidayUrl('/', 'GB-ENG')).toBe('/holidays/GB-ENG.json');
    expect(holidayUrl('/follow-up/', 'US')).toBe('/follow-up/holidays/US.json');
    expect(holidayUrl('follow-up', 'DE-BY')).toBe('/follow-up/holidays/DE-BY.json');
    expect(holidayIndexUrl('/follow-up/')).toBe('/follow-up/holidays/index.json');
    for (const bad of ['', '../x', 'https://evil.example/x', 'gb', 'GB-ENGL', 'GB/ENG'])
      expect(() => holidayUrl('/', bad)).toThrow(RangeError);
    expect(isRegionCode('AU-NSW')).toBe(true);
    expect(isRegionCode(42)).toBe(false);
  });

  it('credits date-holidays and its CC BY-SA 3.0 data licence', () => {
    expect(HOLIDAY_ATTRIBUTION).toContain('date-holidays');
    expect(HOLIDAY_ATTRIBUTION).toContain('CC BY-SA 3.0');
    expect(HOLIDAY_ATTRIBUTION).toContain('https://creativecommons.org/licenses/by-sa/3.0/');
  });
});
