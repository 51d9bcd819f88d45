// "Before Christmas", "after the holidays", "after Diwali", "after the bank holiday":
// timelines counted from a holiday, read with the region's named holidays. "Before X"
// is the last working day before it; "after X" the first working day after it (and
// after any holiday joined to it: Easter Monday after Easter Sunday, Boxing Day after
// Christmas only when named so). "The holidays" (the festive period, the Christmas
// break) is the end-of-year run from Christmas Day to New Year's Day. Names are matched
// loosely ("xmas", "Deepavali", "Guru Nanak Jayanti" for "Guru Nanak's Birthday"), but
// never on a weekday or month name alone: "by Friday" is not Good Friday.
import { addDays, compareDates, weekdayOf, requireDay } from '../dates/iso-date';
import { addWorkingDays, type WorkWeek } from './parse-work-week';

/** A holiday as the region's data names it: { date: '2026-12-25', name: 'Christmas Day' }. */
export interface NamedHoliday {
  date: string;
  name: string;
}

/** What a holiday phrase came to: the date, and how many characters of the words it read. */
export type HolidayReading =
  | { kind: 'date'; date: string; used: number; what: string }
  | { kind: 'refuse'; used: number; what: string };

/** Words that say nothing about which holiday a name is. */
const STOP = new Set([
  'the',
  'of',
  's',
  'day',
  'holiday',
  'holidays',
  'bank',
  'public',
  'national',
  'substitute',
  'observed',
  'after',
]);

/** Words that may follow a name: "New Year's Day", "the Spring bank holiday". */
const FILLER = /^(s|day|holiday|bank|public)$/;

/** Words too common to name a holiday alone: weekdays, months, "early". */
const PLAIN =
  /^(sun|mon|tues|wednes|thurs|fri|satur)day$|^(january|february|march|april|may|june|july|august|september|october|november|december|early|late|new)$/;

const ALIAS: Record<string, string> = {
  xmas: 'christmas',
  deepavali: 'diwali',
  divali: 'diwali',
  deepawali: 'diwali',
  labour: 'labor',
  years: 'year',
};

function stem(word: string): string {
  const w = ALIAS[word] ?? word;
  return w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]+/g) ?? []).map(stem);
}

/**
 * How many characters of `text` name the holiday `name`, or 0. The words must start
 * with the name's own and cover its telling words: all of them, or at least two.
 */
function nameLength(text: string, name: string): number {
  const own = new Set(words(name).filter((w) => !STOP.has(w)));
  const telling = [...own].filter((w) => !PLAIN.test(w));
  const covered = new Set<string>();
  let used = 0;
  for (const m of text.matchAll(/[a-z]+/g)) {
    const w = stem(m[0]);
    if (own.has(w)) covered.add(w);
    else if (covered.size > 0 ? !FILLER.test(w) : m.index > 0 || !/^(the|this)$/.test(w)) break;
    if (covered.size > 0) used = m.index + m[0].length;
  }
  const hits = telling.filter((w) => covered.has(w));
  const enough =
    telling.length === 0
      ? own.size > 1 && covered.size === own.size
      : hits.length === telling.length || hits.length >= 2;
  const sure = hits.some((w) => w.length >= 5) || covered.size === own.size;
  return enough && sure ? used : 0;
}

/** Days from the first of `dates` on or after `from`, with those joined to it (≤ 3 days apart). */
function firstRun(dates: string[], from: string): string[] {
  const sorted = [...new Set(dates)].filter((d) => compareDates(d, from) >= 0).sort();
  const run = sorted.slice(0, 1);
  for (const d of sorted.slice(1)) {
    if (requireDay(d) - requireDay(run[run.length - 1]!) > 3) break;
    run.push(d);
  }
  return run;
}

/** Fixed-date holidays, for regions whose data does not name them: Christmas and New Year. */
function fixed(from: string, monthDay: string, name: string): NamedHoliday[] {
  const year = Number(from.slice(0, 4));
  return [year, year + 1].map((y) => ({ date: `${String(y).padStart(4, '0')}-${monthDay}`, name }));
}

/** The holidays named by `text`'s first words, and how many characters named them. */
function byName(
  text: string,
  named: readonly NamedHoliday[],
  from: string,
): { run: NamedHoliday[]; used: number } | null {
  const lists = [
    named,
    [...fixed(from, '12-25', 'Christmas Day'), ...fixed(from, '01-01', "New Year's Day")],
  ];
  for (const list of lists) {
    let used = 0;
    const hits: NamedHoliday[] = [];
    for (const h of list) {
      const n = nameLength(text, h.name);
      if (n === 0) continue;
      hits.push(h);
      used = Math.max(used, n);
    }
    const run = firstRun(
      hits.map((h) => h.date),
      from,
    ).map((d) => hits.find((h) => h.date === d)!);
    if (run.length > 0) return { run, used };
  }
  return null;
}

/** The end-of-year holidays: "the holidays", "the festive period", "the Christmas break". */
const SEASON =
  /^(?:the\s+)?(?:holidays|(?:christmas|festive|holiday|winter|year[\s-]end)\s+(?:holidays?|break|period|season|shutdown))\b/;

/** One holiday, any: "the bank holiday", "the next public holiday", "the long weekend". */
const ANY =
  /^(?:the\s+)?(?:next\s+)?(?:(?:(?:bank|public|national|federal)\s+)?holiday\b|(long)\s+weekend\b)/;

/** Holidays people name that the region's data may not have: refused, never guessed. */
const KNOWN =
  /^(?:the\s+)?(easter|thanksgiving|diwali|deepavali|eid|holi|hanukkah|ramadan|passover|boxing\s+day|labou?r\s+day|memorial\s+day|independence\s+day|new\s+year)\b/;

/**
 * Reads the holiday named at the start of `text` (the words after "before"/"after"):
 * null when `text` does not start with one.
 */
export function readHoliday(
  text: string,
  after: boolean,
  interview: string,
  named: readonly NamedHoliday[],
  week: WorkWeek,
): HolidayReading | null {
  // "After" may be said just after the holiday ("after Christmas" on 27 December);
  // "before" means one still ahead.
  const from = addDays(interview, after ? -7 : 1);
  const head = /^[a-z' -]*/.exec(text)![0];
  const edge = (run: string[]) =>
    after ? addWorkingDays(run[run.length - 1]!, 1, week) : addWorkingDays(run[0]!, -1, week);
  const season = SEASON.exec(head);
  if (season) {
    const end = byName(after ? 'new year' : 'christmas', named, from);
    return (
      end && {
        kind: 'date',
        date: edge(end.run.map((h) => h.date)),
        used: season[0].length,
        what: 'the holidays',
      }
    );
  }
  const any = ANY.exec(head);
  if (any) {
    const days = [...week.holidays, ...named.map((h) => h.date)].filter(
      (d) =>
        !any[1] ||
        week.weekend.has(weekdayOf(requireDay(d) - 1)) ||
        week.weekend.has(weekdayOf(requireDay(d) + 1)),
    );
    const run = firstRun(days, from);
    return run.length > 0
      ? { kind: 'date', date: edge(run), used: any[0].length, what: any[0] }
      : { kind: 'refuse', used: any[0].length, what: any[0] };
  }
  const found = byName(head, named, from);
  if (found) {
    const { run, used } = found;
    const what = (after ? run[run.length - 1]! : run[0]!).name;
    return { kind: 'date', date: edge(run.map((h) => h.date)), used, what };
  }
  const known = KNOWN.exec(head);
  return known && { kind: 'refuse', used: known[0].length, what: known[1]! };
}
