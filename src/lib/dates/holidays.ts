// Public holidays and weekends per region, for the business-day rules
// (src/lib/timeline/business-days.ts). The days come from files written at build time by
// scripts/build-holidays.ts (date-holidays' `public` and `bank` holidays: the days
// offices close) and fetched one region at a time: holidays/<REGION>.json, and
// holidays/index.json for the list of regions and the time zones that point to them.
// This module reads them (never trusting them), guesses a region from the browser's
// locale and time zone, and applies the user's own changes: days they added, public
// days they removed, a weekend of their own.
//
// Plain functions, no DOM, no fetch: the component fetches (same origin only) and hands
// the JSON here.
import { withBase } from '../site/base-path';
import { isValidIsoDate, weekday } from './iso-date';

/** Weekdays as Date#getDay counts them: Sunday 0 … Saturday 6. */
export type Weekend = readonly number[];

/** Saturday and Sunday: the weekend wherever the data says nothing else. */
export const DEFAULT_WEEKEND: Weekend = Object.freeze([0, 6]);

/** No region chosen: the plan uses the user's own days off only. */
export const NO_REGION = '';

/** One region's holidays, as read from holidays/<REGION>.json. */
export interface RegionHolidays {
  /** "GB-ENG", "US", "DE-BY": a country (ISO 3166-1) and maybe a state, nation or province. */
  region: string;
  /** "England". */
  name: string;
  /** The region's weekend (date-holidays' where it has one, else Unicode CLDR's). */
  weekend: number[];
  /** The days off, sorted: [YYYY-MM-DD, name]. */
  days: (readonly [date: string, name: string])[];
  /** The first and last year the file covers; null when the file does not say. */
  years: readonly [number, number] | null;
  /** The holiday types counted ("public", "bank"). */
  types: string[];
  /** "date-holidays 3.37.0". */
  source: string;
  /** The data's licence, "CC BY-SA 3.0". */
  license: string;
}

/** One entry of the region list. */
export interface RegionEntry {
  /** "United Kingdom: England", "Germany (national days only)". */
  name: string;
  weekend: number[];
}

/** holidays/index.json, read. */
export interface HolidayIndex {
  regions: Readonly<Record<string, RegionEntry>>;
  /** IANA time zone → region, for the first guess. */
  zones: Readonly<Record<string, string>>;
  years: readonly [number, number] | null;
  types: string[];
  source: string;
  license: string;
}

/** What the user chose: the region, and their changes to its days. */
export interface HolidayChoice {
  /** A region code, or {@link NO_REGION}. */
  region: string;
  /** Their own days off (YYYY-MM-DD). */
  added: readonly string[];
  /** The region's public days they work on (YYYY-MM-DD). */
  removed: readonly string[];
  /** Their own weekend, when it is not the region's. */
  weekend?: Weekend | undefined;
}

/** A region code: two capital letters, then maybe "-" and one to three letters or digits. */
const REGION_CODE = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;

/** True for a string that can be a region's code (and so a safe file name). */
export function isRegionCode(value: unknown): value is string {
  return typeof value === 'string' && REGION_CODE.test(value);
}

/**
 * The URL of a region's file under the site's base path ("/follow-up/holidays/GB-ENG.json").
 * A RangeError for anything that is not a region code: a stored value never becomes a path.
 */
export function holidayUrl(base: string, region: string): string {
  if (!isRegionCode(region)) throw new RangeError(`Not a region code: ${JSON.stringify(region)}`);
  return withBase(`holidays/${region}.json`, base);
}

/** The URL of the list of regions under the site's base path. */
export function holidayIndexUrl(base: string): string {
  return withBase('holidays/index.json', base);
}

// ---------------------------------------------------------------------------------------
// Reading the files. They come over the network (or from a cache a browser extension
// could touch): every field is checked, and a bad one makes the reader return null,
// never throw.

const MAX_TEXT = 200;
/** Far more than any region has over four years (Iran: about 110). */
const MAX_DAYS = 2000;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_TEXT;

/** A weekend: distinct whole numbers 0–6, fewer than seven, sorted; or null. */
export function parseWeekend(value: unknown): number[] | null {
  if (!Array.isArray(value) || value.length > 6) return null;
  const days = new Set<number>();
  for (const d of value) {
    if (typeof d !== 'number' || !Number.isInteger(d) || d < 0 || d > 6 || days.has(d)) return null;
    days.add(d);
  }
  return [...days].sort((a, b) => a - b);
}

function parseYears(value: unknown): readonly [number, number] | null {
  if (!Array.isArray(value) || value.length !== 2) return null;
  const [from, to] = value as unknown[];
  return Number.isInteger(from) && Number.isInteger(to) && (from as number) <= (to as number)
    ? [from as number, to as number]
    : null;
}

const parseTypes = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter(isText).slice(0, 10) : [];

/**
 * A region's file as fetched, checked: null for anything that is not exactly what
 * scripts/build-holidays.ts writes (wrong region when `expected` is given, a date that
 * does not exist, a weekend of seven days…). Days come back sorted, one entry a date.
 */
export function parseHolidayFile(json: unknown, expected?: string): RegionHolidays | null {
  if (!isObject(json)) return null;
  const { region, name, weekend, days, years, types, source, license } = json;
  if (!isRegionCode(region) || (expected !== undefined && region !== expected)) return null;
  if (!isText(name) || !name.trim()) return null;
  const week = parseWeekend(weekend);
  if (!week) return null;
  if (!Array.isArray(days) || days.length > MAX_DAYS) return null;
  const byDate = new Map<string, string>();
  for (const entry of days as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 2) return null;
    const [date, label] = entry as unknown[];
    if (!isValidIsoDate(date) || !isText(label)) return null;
    if (!byDate.has(date)) byDate.set(date, label);
  }
  return {
    region,
    name,
    weekend: week,
    days: [...byDate].sort(([a], [b]) => (a < b ? -1 : 1)),
    years: parseYears(years),
    types: parseTypes(types),
    source: isText(source) ? source : '',
    license: isText(license) ? license : '',
  };
}

/**
 * holidays/index.json as fetched, checked. A bad entry is left out (one odd region must
 * not empty the picker); null when nothing usable is left or the shape is wrong.
 */
export function parseHolidayIndex(json: unknown): HolidayIndex | null {
  if (!isObject(json) || !isObject(json.regions)) return null;
  const regions: Record<string, RegionEntry> = {};
  for (const [code, entry] of Object.entries(json.regions)) {
    if (!isRegionCode(code) || !Array.isArray(entry)) continue;
    const [name, weekend] = entry as unknown[];
    const week = parseWeekend(weekend);
    if (isText(name) && name.trim() && week) regions[code] = { name, weekend: week };
  }
  if (!Object.keys(regions).length) return null;
  const zones: Record<string, string> = {};
  if (isObject(json.zones))
    for (const [zone, code] of Object.entries(json.zones))
      if (isText(zone) && typeof code === 'string' && Object.hasOwn(regions, code))
        zones[zone] = code;
  return {
    regions,
    zones,
    years: parseYears(json.years),
    types: parseTypes(json.types),
    source: isText(json.source) ? json.source : '',
    license: isText(json.license) ? json.license : '',
  };
}

// ---------------------------------------------------------------------------------------
// The first guess.

/**
 * Zones that say more than the language does, for a guess made before the list of
 * regions has loaded (the list's own table, from date-holidays and tzdata, is fuller and
 * wins when given). Where a country's days differ by state, a zone named for a city
 * gives the state.
 */
const ZONE_GUESSES: Readonly<Record<string, string>> = {
  'Europe/London': 'GB-ENG',
  'Europe/Belfast': 'GB-NIR',
  'Europe/Dublin': 'IE',
  'America/New_York': 'US',
  'America/Chicago': 'US',
  'America/Denver': 'US',
  'America/Phoenix': 'US',
  'America/Los_Angeles': 'US',
  'America/Anchorage': 'US',
  'Pacific/Honolulu': 'US',
  'America/Toronto': 'CA-ON',
  'America/Vancouver': 'CA-BC',
  'America/Edmonton': 'CA-AB',
  'America/Halifax': 'CA-NS',
  'Australia/Sydney': 'AU-NSW',
  'Australia/Melbourne': 'AU-VIC',
  'Australia/Brisbane': 'AU-QLD',
  'Australia/Perth': 'AU-WA',
  'Pacific/Auckland': 'NZ',
  'Europe/Berlin': 'DE',
  'Asia/Kolkata': 'IN',
  'Asia/Calcutta': 'IN',
  'Asia/Dubai': 'AE',
  'Asia/Riyadh': 'SA',
  'Asia/Singapore': 'SG',
};

/** A country whose days differ by nation, to the one to offer when only the country is known. */
const DEFAULT_SUBDIVISION: Readonly<Record<string, string>> = { GB: 'GB-ENG' };

/** The country a locale names ("en-GB" → GB), or the one its language is likeliest in ("de" → DE). */
function localeCountry(locale: string): string | null {
  try {
    const parsed = new Intl.Locale(locale.replace(/_/g, '-'));
    const region = parsed.region ?? parsed.maximize().region;
    return region && /^[A-Z]{2}$/.test(region) ? region : null;
  } catch {
    return null;
  }
}

/**
 * The region to offer first, from the browser's locale (`navigator.language`) and time
 * zone (`Intl.DateTimeFormat().resolvedOptions().timeZone`). The time zone says where
 * the user is, so it comes first (an en-US browser in Berlin gets Germany), then the
 * locale's country (or its language's likeliest country: "de" → DE, "en" → US).
 * Pass the loaded list (`index`) for the fullest table of zones, and so that only a
 * region that has a file is returned. {@link NO_REGION} when nothing fits: the plan then
 * uses the user's own days off until they pick a region.
 */
export function guessRegion(
  locale: string,
  timeZone: string,
  index?: Pick<HolidayIndex, 'regions' | 'zones'> | null,
): string {
  const known = (code: string | undefined): code is string =>
    !!code && isRegionCode(code) && (!index || Object.hasOwn(index.regions, code));
  const country = typeof locale === 'string' ? localeCountry(locale) : null;
  const zone = typeof timeZone === 'string' ? timeZone.trim() : '';
  const fromZone =
    (index && Object.hasOwn(index.zones, zone) ? index.zones[zone] : undefined) ??
    (Object.hasOwn(ZONE_GUESSES, zone) ? ZONE_GUESSES[zone] : undefined);
  // Montreal's clocks are Toronto's: a French-Canadian browser there is in Quebec.
  if (fromZone === 'CA-ON' && /^fr\b/i.test(locale) && known('CA-QC')) return 'CA-QC';
  if (known(fromZone)) return fromZone;
  if (country) {
    const subdivision = DEFAULT_SUBDIVISION[country];
    if (known(subdivision)) return subdivision;
    if (known(country)) return country;
  }
  return NO_REGION;
}

// ---------------------------------------------------------------------------------------
// The days off the plan uses.

const validSorted = (dates: Iterable<unknown>): string[] =>
  [...new Set([...dates].filter(isValidIsoDate))].sort();

/**
 * The days off: the region's public days, less the ones the user works on, plus their
 * own; sorted, each once, real YYYY-MM-DD dates only (anything else is dropped).
 */
export function effectiveDaysOff({
  publicDays,
  added,
  removed,
}: {
  publicDays: readonly string[];
  added: readonly string[];
  removed: readonly string[];
}): string[] {
  const workedOn = new Set(removed);
  return validSorted([...publicDays.filter((d) => !workedOn.has(d)), ...added]);
}

/**
 * What the business-day rules need for a choice: the days off and the weekend, as
 * `addBusinessDays(date, n, holidays, weekend)` takes them. Without a region's file
 * (none chosen, or it could not load) the user's own days and weekend only.
 */
export function businessDayRules(
  file: RegionHolidays | null,
  choice: HolidayChoice,
): { holidays: string[]; weekend: number[] } {
  const own = choice.weekend ? parseWeekend([...new Set(choice.weekend)]) : null;
  return {
    holidays: effectiveDaysOff({
      publicDays: file ? file.days.map(([date]) => date) : [],
      added: choice.added,
      removed: choice.removed,
    }),
    weekend: own ?? (file ? [...file.weekend] : [...DEFAULT_WEEKEND]),
  };
}

/** True when `date` (YYYY-MM-DD) falls on `weekend`; false for anything not a date. */
export function isWeekendDay(date: string, weekend: Weekend = DEFAULT_WEEKEND): boolean {
  return isValidIsoDate(date) && weekend.includes(weekday(date));
}

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * A weekend in words, in week order from the day after it ends: "Saturday and Sunday",
 * "Friday and Saturday", "Friday", "no weekend".
 */
export function weekendWords(weekend: Weekend): string {
  const days = [...new Set(weekend)].filter((d) => Number.isInteger(d) && d >= 0 && d <= 6);
  if (!days.length) return 'no weekend';
  // Start after the longest run of working days, so Saturday comes before Sunday.
  const start = (() => {
    for (let d = 0; d < 7; d++) if (days.includes(d) && !days.includes((d + 6) % 7)) return d;
    return 0;
  })();
  const ordered = days.map((d) => (d - start + 7) % 7).sort((a, b) => a - b);
  const names = ordered.map((o) => DAY_NAMES[(o + start) % 7]!);
  return names.length === 1
    ? names[0]!
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
}

/** One public day in the list the user sees. */
export interface ListedDay {
  date: string;
  name: string;
  /** A public day the user works on (listed, with "put it back"). */
  removed: boolean;
}

/**
 * The region's public days from `today` on, the first `limit` (default 12), those the
 * user works on included and marked. The user's own days are `choice.added`.
 */
export function upcomingDays(
  file: RegionHolidays | null,
  removed: readonly string[],
  today: string,
  limit = 12,
): ListedDay[] {
  const workedOn = new Set(removed);
  return (file?.days ?? [])
    .filter(([date]) => date >= today)
    .slice(0, limit)
    .map(([date, name]) => ({ date, name, removed: workedOn.has(date) }));
}
