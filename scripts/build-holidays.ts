// Writes the public holidays the timeline can use, one small JSON file per region, into
// public/holidays/ (or HOLIDAYS_DIR), so Astro copies them into every build (dist/ and
// the subpath build) and `astro dev` serves them. Run by `npm run build`,
// `npm run build:subpath` and `npm run dev` before Astro. The browser fetches only the
// chosen region's file (a few hundred bytes gzip), never the date-holidays library.
//
//   holidays/<REGION>.json  { region, name, weekend, types, years, days: [[date, name]…],
//                             source, license }
//   holidays/index.json     { source, license, types, years,
//                             regions: { <REGION>: [display name, weekend] },
//                             zones: { <IANA time zone>: <REGION> } }  (the picker and
//                             its guess; precached by scripts/build-sw.ts)
//
// Which days count (also written into every file as `types`): date-holidays' `public`
// holidays, and its `bank` holidays, which it defines as "banks and offices are closed"
// (Christmas Eve in Germany and the Nordics, Maundy Thursday in Mexico…): a recruiter's
// office is shut on both. `optional` ("the majority of people take a day off"),
// `observance` ("no paid day off") and `school` days do not count: offices are open, and
// the user can add any of them as their own day off. A holiday lasting several days
// (some Eid and New Year holidays) counts every day it covers.
//
// Weekends: date-holidays gives a weekend for a few countries only (Bangladesh's
// Friday–Saturday among them), and its `dayoff` field is one day, not a weekend. So
// date-holidays' `weekend` is used where it has one, and elsewhere the Unicode CLDR
// week data (weekendStart/weekendEnd per territory) as Node's ICU carries it
// (`Intl.Locale#getWeekInfo`, CLDR 48 in the pinned Node 24), e.g. Friday–Saturday for
// Saudi Arabia, Egypt and Qatar, Saturday–Sunday for the United Arab Emirates since 2022.
//
// Years: the build year − 1 to the build year + 2 (HOLIDAYS_YEAR overrides the build
// year, for a reproducible build): a plan starts from an interview that may be last
// year's and reaches at most a few months ahead, so four years cover it with room.
//
// Licence: date-holidays' code is ISC; its holiday data is CC BY-SA 3.0 (its LICENSE
// file; package.json's SPDX field says CC-BY-3.0, the LICENSE and README say BY-SA, and
// the stricter reading is followed). These files are derived from that data, so they
// carry the same licence, named in every file; the attribution shown on the site is
// src/lib/dates/holiday-attribution.ts.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Holidays from 'date-holidays';

const outDir = process.env.HOLIDAYS_DIR ?? join('public', 'holidays');
const buildYear = Number(process.env.HOLIDAYS_YEAR ?? new Date().getUTCFullYear());
if (!Number.isInteger(buildYear) || buildYear < 2000 || buildYear > 2200)
  throw new Error(`build-holidays: HOLIDAYS_YEAR must be a year, got ${process.env.HOLIDAYS_YEAR}`);
const FIRST_YEAR = buildYear - 1;
const LAST_YEAR = buildYear + 2;

const require = createRequire(import.meta.url);
const { version } = require('date-holidays/package.json') as { version: string };
const SOURCE = `date-holidays ${version}`;
const LICENSE = 'CC BY-SA 3.0';
/** The holiday types that close offices (see the comment at the top). */
const TYPES = ['public', 'bank'] as const;

/**
 * Days date-holidays leaves out where offices close, added from the government's own
 * list. India: date-holidays carries six national days and no Diwali; the central
 * government's 17 gazetted holidays for 2026 close its offices and most employers'.
 * Source: NIEPVD (Government of India), Gazetted Holiday 2026,
 * https://niepvd.nic.in/?p=9775 (recorded in src/docs/facts.md, "Holidays"). Other
 * years keep date-holidays' days until their list is added here.
 */
const SUPPLEMENTS: Record<string, { days: [string, string][]; source: string }> = {
  IN: {
    source: 'Government of India gazetted holidays 2026 (niepvd.nic.in/?p=9775)',
    days: [
      ['2026-01-26', 'Republic Day'],
      ['2026-03-04', 'Holi'],
      ['2026-03-21', 'Id-ul-Fitr'],
      ['2026-03-26', 'Ram Navami'],
      ['2026-03-31', 'Mahavir Jayanti'],
      ['2026-04-03', 'Good Friday'],
      ['2026-05-01', 'Buddha Purnima'],
      ['2026-05-27', 'Id-ul-Zuha (Bakrid)'],
      ['2026-06-26', 'Muharram'],
      ['2026-08-15', 'Independence Day'],
      ['2026-08-26', 'Milad-un-Nabi'],
      ['2026-09-04', 'Janmashtami'],
      ['2026-10-02', "Mahatma Gandhi's Birthday"],
      ['2026-10-20', 'Dussehra'],
      ['2026-11-08', 'Diwali (Deepavali)'],
      ['2026-11-24', "Guru Nanak's Birthday"],
      ['2026-12-25', 'Christmas Day'],
    ],
  },
};

/**
 * Weekends where CLDR's differs from the one offices keep. India: CLDR gives Sunday
 * only, but company and government offices (the people a candidate writes to) work
 * Monday to Friday; the user can still change it.
 */
const OFFICE_WEEKENDS: Record<string, number[]> = { IN: [0, 6] };

/**
 * Countries whose states or nations get files of their own, beside or instead of the
 * country's: there the days off differ enough that the country's list would mislead.
 * `national` names the country-wide file, or null when there is none to offer (the
 * United Kingdom: each nation has its own bank holidays, none is "the UK's").
 */
const SUBDIVIDED: Record<string, { states: readonly string[] | 'all'; national: string | null }> = {
  GB: { states: ['ENG', 'WLS', 'SCT', 'NIR'], national: null },
  CA: { states: 'all', national: 'national days only' },
  AU: { states: 'all', national: 'national days only' },
  DE: { states: 'all', national: 'national days only' },
};

/**
 * Time zones that date-holidays lists under several countries (it names the zone each
 * country's clocks follow, and many share one), resolved to the country the zone is
 * named for, as tzdata's zone.tab assigns it.
 */
const SHARED_ZONES: Record<string, string> = {
  'America/Port_of_Spain': 'TT',
  'Africa/Lagos': 'NG',
  'America/Curacao': 'CW',
  'Europe/Helsinki': 'FI',
  'Europe/Belgrade': 'RS',
  'Africa/Abidjan': 'CI',
  'Africa/Maputo': 'MZ',
  'Europe/Zurich': 'CH',
  'Africa/Nairobi': 'KE',
  'Atlantic/Canary': 'ES',
  'Europe/Rome': 'IT',
  'America/Panama': 'PA',
  'Africa/Johannesburg': 'ZA',
  'Europe/Oslo': 'NO',
  'Asia/Bangkok': 'TH',
};

/**
 * Zones named for a city in one state or nation, where date-holidays lists the zone under
 * several states (Toronto's clocks are Ontario's and most of Quebec's) or none (London).
 */
const CITY_ZONES: Record<string, string> = {
  'Europe/London': 'GB-ENG',
  'Europe/Belfast': 'GB-NIR',
  'America/Toronto': 'CA-ON',
  'America/Montreal': 'CA-QC',
  'America/Edmonton': 'CA-AB',
  'America/Winnipeg': 'CA-MB',
  'America/Moncton': 'CA-NB',
  'Australia/Sydney': 'AU-NSW',
};

interface RawRegion {
  weekend?: string[];
  zones?: string[];
  states?: Record<string, RawRegion>;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** date-holidays' own weekend (state, then country), else CLDR's for the country. */
function weekendOf(country: string, raw: RawRegion | undefined, state?: RawRegion): number[] {
  const named = state?.weekend ?? raw?.weekend;
  if (named?.length) {
    const days = named.map((d) => WEEKDAYS.indexOf(d.toLowerCase()));
    if (days.every((d) => d >= 0)) return [...new Set(days)].sort((a, b) => a - b);
  }
  const locale = new Intl.Locale(`und-${country}`) as Intl.Locale & {
    getWeekInfo?: () => { weekend: number[] };
    weekInfo?: { weekend: number[] };
  };
  const info = locale.getWeekInfo?.() ?? locale.weekInfo;
  if (!info) throw new Error('build-holidays: this Node has no Intl.Locale week data');
  // CLDR counts Monday 1 … Sunday 7; Date#getDay counts Sunday 0 … Saturday 6.
  return info.weekend.map((d) => d % 7).sort((a, b) => a - b);
}

/** The YYYY-MM-DD day part of a date-holidays date ("2026-01-16 00:00:00 -0600"). */
const dayOf = (date: string) => date.slice(0, 10);

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Every day off of one region over the years, as sorted [date, name] pairs. */
function daysOff(hd: Holidays): [string, string][] {
  const byDay = new Map<string, string[]>();
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    for (const h of hd.getHolidays(year, 'en')) {
      if (!(TYPES as readonly string[]).includes(h.type)) continue;
      // A holiday of several days counts each of them; one starting at sunset the
      // evening before (Islamic holidays: "2026-03-20 00:00:00 -0600") is its own day.
      const length = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / 86_400_000));
      for (let i = 0; i < length; i++) {
        const day = addDays(dayOf(h.date), i);
        if (Number(day.slice(0, 4)) < FIRST_YEAR || Number(day.slice(0, 4)) > LAST_YEAR) continue;
        const names = byDay.get(day) ?? [];
        if (!names.includes(h.name)) names.push(h.name);
        byDay.set(day, names);
      }
    }
  }
  return [...byDay]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, names]) => [day, names.join(' / ')]);
}

/** Two sorted day lists as one, a day named in both keeping both names once. */
function mergeDays(a: [string, string][], b: [string, string][]): [string, string][] {
  const byDay = new Map<string, string[]>();
  for (const [day, name] of [...a, ...b]) {
    if (Number(day.slice(0, 4)) < FIRST_YEAR || Number(day.slice(0, 4)) > LAST_YEAR) continue;
    const names = byDay.get(day) ?? [];
    if (!names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
    byDay.set(day, names);
  }
  return [...byDay]
    .sort(([x], [y]) => (x < y ? -1 : 1))
    .map(([day, names]) => [day, names.join(' / ')]);
}

const started = performance.now();
const raw = (
  JSON.parse(
    await readFile(
      require.resolve('date-holidays/package.json').replace(/package\.json$/, 'data/holidays.json'),
      'utf8',
    ),
  ) as { holidays: Record<string, RawRegion> }
).holidays;

const hd0 = new Holidays();
const countries = hd0.getCountries('en');
const regions: Record<string, [string, number[]]> = {};
const zones: Record<string, string> = {};
const claims = new Map<string, Set<string>>();
const files = new Map<string, string>();

function emit(code: string, name: string, display: string, weekend: number[], hd: Holidays) {
  const extra = SUPPLEMENTS[code];
  const days = extra ? mergeDays(daysOff(hd), extra.days) : daysOff(hd);
  weekend = OFFICE_WEEKENDS[code] ?? weekend;
  files.set(
    `${code}.json`,
    JSON.stringify({
      region: code,
      name,
      weekend,
      types: TYPES,
      years: [FIRST_YEAR, LAST_YEAR],
      days,
      source: extra ? `${SOURCE}; ${extra.source}` : SOURCE,
      license: LICENSE,
    }),
  );
  regions[code] = [display, weekend];
}

function claim(zone: string, code: string) {
  const set = claims.get(zone) ?? new Set<string>();
  set.add(code);
  claims.set(zone, set);
}

for (const [country, countryName] of Object.entries(countries)) {
  const rawCountry = raw[country];
  const countryWeekend = weekendOf(country, rawCountry);
  for (const zone of rawCountry?.zones ?? []) claim(zone, country);
  const sub = SUBDIVIDED[country];
  if (!sub) {
    emit(country, countryName, countryName, countryWeekend, new Holidays(country));
    continue;
  }
  if (sub.national)
    emit(
      country,
      countryName,
      `${countryName} (${sub.national})`,
      countryWeekend,
      new Holidays(country),
    );
  const states = hd0.getStates(country, 'en');
  const wanted = sub.states === 'all' ? Object.keys(states) : sub.states;
  for (const state of wanted) {
    const stateName = states[state];
    if (!stateName) throw new Error(`build-holidays: date-holidays has no ${country}-${state}`);
    const code = `${country}-${state}`;
    const rawState = rawCountry?.states?.[state];
    emit(
      code,
      stateName,
      `${countryName}: ${stateName}`,
      weekendOf(country, rawCountry, rawState),
      new Holidays(country, state),
    );
  }
}

// Zone → region, for the first guess: the one region that claims a zone, the state when
// exactly one state of that country claims it, the country named for a shared zone.
for (const [zone, codes] of claims) {
  const country = codes.size === 1 ? [...codes][0]! : SHARED_ZONES[zone];
  if (!country) continue;
  const states = Object.entries(raw[country]?.states ?? {})
    .filter(([s, r]) => r.zones?.includes(zone) && regions[`${country}-${s}`])
    .map(([s]) => `${country}-${s}`);
  const region = states.length === 1 ? states[0]! : country;
  if (regions[region]) zones[zone] = region;
}
for (const [zone, region] of Object.entries(CITY_ZONES)) zones[zone] = region;
// tzdata, as moment-timezone (date-holidays' own date library) packs it, fills the
// rest: every zone a country uses, listed per country (zone.tab and zone1970.tab), so a
// zone named for a city (Africa/Bamako) is listed by its country alone; and its links,
// the old and new names of one zone.
const requireFromParser = createRequire(require.resolve('date-holidays-parser'));
const tzdata = requireFromParser('moment-timezone/data/packed/latest.json') as {
  version: string;
  links: string[];
  countries: string[];
};
const listedBy = new Map<string, Set<string>>();
for (const line of tzdata.countries) {
  const [country, list] = line.split('|');
  for (const zone of list?.split(' ') ?? []) {
    const set = listedBy.get(zone) ?? new Set<string>();
    set.add(country!);
    listedBy.set(zone, set);
  }
}
for (const [zone, set] of listedBy) {
  const country = set.size === 1 ? [...set][0]! : undefined;
  if (country && !(zone in zones) && regions[country]) zones[zone] = country;
}
// Browsers report some zones by an old or a new name (Chrome says Asia/Calcutta and
// Europe/Kiev, as ICU does; Firefox Asia/Kolkata and Europe/Kyiv): each other name of a
// zone that no country lists as its own (a rename, not another country's clock) gets
// the zone's region; so does the name this Node's ICU resolves the zone to.
const aliases = new Map<string, string[]>();
const alias = (zone: string, other: string) => {
  if (
    zone === other ||
    listedBy.has(other) ||
    /^(Etc\/|UTC$|GMT)/.test(other) ||
    !other.includes('/')
  )
    return;
  aliases.set(zone, [...(aliases.get(zone) ?? []), other]);
};
for (const link of tzdata.links) {
  const [target, old] = link.split('|');
  if (target && old) {
    alias(target, old);
    alias(old, target);
  }
}
for (const zone of Object.keys(zones)) {
  try {
    alias(zone, new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone);
  } catch {
    // A zone this ICU does not know cannot be reported by a browser using it either.
  }
}
for (const [zone, region] of Object.entries(zones))
  for (const other of aliases.get(zone) ?? []) if (!(other in zones)) zones[other] = region;

files.set(
  'index.json',
  JSON.stringify({
    source: SOURCE,
    license: LICENSE,
    types: TYPES,
    years: [FIRST_YEAR, LAST_YEAR],
    regions: Object.fromEntries(Object.entries(regions).sort(([a], [b]) => (a < b ? -1 : 1))),
    zones: Object.fromEntries(Object.entries(zones).sort(([a], [b]) => (a < b ? -1 : 1))),
  }),
);

// Replace the folder's JSON files, so a region dropped from date-holidays does not linger.
await mkdir(outDir, { recursive: true });
for (const name of await readdir(outDir)) if (name.endsWith('.json')) await rm(join(outDir, name));
let total = 0;
let totalGzip = 0;
let largest = { name: '', gzip: 0 };
for (const [name, text] of files) {
  await writeFile(join(outDir, name), text);
  const gzip = gzipSync(text).length;
  total += text.length;
  totalGzip += gzip;
  if (name !== 'index.json' && gzip > largest.gzip) largest = { name, gzip };
}
const index = files.get('index.json')!;
console.log(
  `build-holidays: ${Object.keys(regions).length} regions, ${FIRST_YEAR}–${LAST_YEAR}, from ${SOURCE} into ${outDir}/ ` +
    `(${(total / 1024).toFixed(0)} KB, ${(totalGzip / 1024).toFixed(0)} KB gzip in all; largest ${largest.name} ${largest.gzip} B gzip; ` +
    `index ${(index.length / 1024).toFixed(1)} KB, ${(gzipSync(index).length / 1024).toFixed(1)} KB gzip) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
