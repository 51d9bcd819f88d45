// Reads the hiring timeline an interviewer gave ("1–2 weeks", "by Friday", "mid-December")
// into a date the status inquiry can count from (src/docs/facts.md, "Status inquiry and
// the hiring timeline"). The rule is to refuse rather than guess: a wrong date here
// makes the candidate write too early and look impatient, so anything vague ("soon"),
// ambiguous ("5/12" with no region's date order) or contradictory comes back as
// 'unreadable' with a sentence saying what could not be read, and offering the date
// picker instead. Where a phrase has two honest readings ("next Friday", "Monday or
// Tuesday") the later one is taken, and the summary names the other.
//
// How it reads: the text is normalised (NFKC, lower case, one kind of dash), typos and
// shorthand are read as the words intended (parse-spelling.ts), then each pattern
// below, most specific first, claims the phrases it recognises and blanks them out so a
// later, looser pattern cannot read the same words again ("next week" inside "Friday
// next week"). Several phrases are fine when they agree on the date; phrases that
// disagree are refused.
import {
  addDays,
  addMonths,
  compareDates,
  daysBetween,
  isValidIsoDate,
  shortDate,
  weekday,
} from '../dates/iso-date';
import { readHoliday, type NamedHoliday } from './parse-holidays';
import { speakerOf, type Speaker } from './parse-speaker';
import { respell } from './parse-spelling';
import { normalise, original, type Normalised } from './parse-text';
import { addWorkingDays, endOfWorkWeek, weekStart, type WorkWeek } from './parse-work-week';

export type { NamedHoliday } from './parse-holidays';
export type { Speaker } from './parse-speaker';

/** What an interviewer's timeline means for the plan. `said` is who gave it, when the words say. */
export type ParsedTimeline =
  /** A span from the interview: `latest` is its end ("1–2 weeks" → interview + 14 days). */
  | { kind: 'range'; latest: string; earliest?: string; summary: string; said?: Speaker }
  /** A day they named: "by Friday", "end of the month", "5 December". */
  | { kind: 'date'; date: string; summary: string; said?: Speaker }
  /** They gave no timeline (or the field is empty). */
  | { kind: 'none'; summary: string; said?: Speaker }
  /** Text the planner will not guess at; `reason` says what it could not read and offers the date picker. */
  | { kind: 'unreadable'; reason: string };

/** The region's calendar, for phrases that need more than the holiday dates. */
export interface TimelineOptions {
  /** Holidays by name, for "after Easter" or "before Diwali" (their dates count as days off only when also in `holidays`). */
  named?: readonly NamedHoliday[];
  /** Weekend days, 0 = Sunday … 6 = Saturday: [5, 6] for Friday–Saturday. Default [0, 6]. */
  weekend?: readonly number[];
  /** How "12/1" reads: 'dmy' 12 January, 'mdy' 1 December. Unset: refused when both are real dates. */
  dateOrder?: 'dmy' | 'mdy';
}

/** Longest text read; a timeline is a phrase, and a cap keeps every pattern fast. */
export const MAX_TIMELINE_LENGTH = 500;

/**
 * The longest timeline believed, in each unit: about six months. Past that a number is
 * far more likely a typo ("20 weeks" for "2 weeks") than a real hiring process.
 */
const LIMITS = { day: 182, bday: 130, week: 26, month: 6, hour: 182 * 24 } as const;

type Unit = keyof typeof LIMITS;

/** How refusals end: the date picker is always there. */
const PICK = 'or pick the date instead.';

/** One reading of one phrase, or a refusal of it; `length` when it read past its match. */
type Found = (
  | { kind: 'range'; latest: string; earliest?: string; label: string }
  | { kind: 'date'; date: string; label: string }
  | { kind: 'refuse'; reason: string }
) & { length?: number };

interface Context {
  /** The interview date, YYYY-MM-DD (checked before any reader runs). */
  interview: string;
  week: WorkWeek;
  named: readonly NamedHoliday[];
  dateOrder: 'dmy' | 'mdy' | undefined;
}

interface Reader {
  pattern: RegExp;
  /**
   * `quote` is the matched phrase as the user typed it, for refusals and conflicts;
   * `rest` is the text after the match, and `quoteOf` quotes what was typed between two
   * offsets from the match's start. Null when the match is not the reader's after all.
   */
  read: (
    match: RegExpExecArray,
    ctx: Context,
    quote: string,
    rest: string,
    quoteOf: (start: number, end: number) => string,
  ) => Found | null;
}

// ---------------------------------------------------------------------------------
// Vocabulary

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  a: 1,
  an: 1,
};

/** Longer alternatives first, so "a couple of" is not read as "a". */
const NUM =
  '(\\d+(?:\\.\\d+)?|a\\s+couple(?:\\s+of)?|couple(?:\\s+of)?|a\\s+few|few|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|an|a)';

/** "business days" before "days" and "weekdays" before "weeks", so the longer unit wins. */
const UNIT =
  '(business\\s+days?|working\\s+days?|work\\s*days?|week\\s*days?|bus\\.?\\s+days?|days?|weeks?|wks?|fortnights?|months?|hours?|hrs?)\\b';

/** Start of text or a character that cannot be part of a number (JS lookbehind is avoided for older Safari). */
const EDGE = '(^|[^\\w.\\-])';

const WEEKDAY_NAMES = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;
const WEEKDAY_FULL = '(sunday|monday|tuesday|wednesday|thursday|friday|saturday)';
/** Abbreviations are only trusted after a preposition: "sat", "sun" and "wed" are also words. */
const WEEKDAY_ABBR = '(sun|mon|tues?|wed|weds|thu|thur|thurs|fri|sat)';
const WEEKDAY_ANY =
  '(sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tues?|weds?|thu|thurs?|fri|sat)';

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b\\.?';
const ORDINAL = '(?:st|nd|rd|th)';

/** Display names for the summary: "mid-December". */
const MONTH_TITLES = MONTH_NAMES.map((name) => name[0]!.toUpperCase() + name.slice(1));

function monthIndex(word: string): number {
  return MONTH_NAMES.findIndex((name) => name.startsWith(word.replace(/\.$/, '').slice(0, 3)));
}

function weekdayIndex(word: string): number {
  return WEEKDAY_NAMES.findIndex((name) => name.startsWith(word.replace(/\.$/, '').slice(0, 3)));
}

function numberValue(word: string): number {
  const text = word.replace(/\s+/g, ' ');
  if (/^\d/.test(text)) return Number(text);
  if (text.includes('couple')) return 2;
  if (text.includes('few')) return 3;
  return NUMBER_WORDS[text] ?? Number.NaN;
}

/** "a few" and "a couple of" are how people talk about working days, not a count to take literally. */
function isLooseNumber(word: string): boolean {
  return /couple|few/.test(word);
}

function unitOf(word: string): { unit: Unit; factor: number } {
  if (/^(business|working|work|week|bus)/.test(word) && /days?$/.test(word))
    return { unit: 'bday', factor: 1 };
  if (word.startsWith('fortnight')) return { unit: 'week', factor: 2 };
  if (word.startsWith('w')) return { unit: 'week', factor: 1 };
  if (word.startsWith('mo')) return { unit: 'month', factor: 1 };
  if (word.startsWith('h')) return { unit: 'hour', factor: 1 };
  return { unit: 'day', factor: 1 };
}

const UNIT_NAMES: Record<Unit, [string, string]> = {
  day: ['day', 'days'],
  bday: ['business day', 'business days'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  hour: ['hour', 'hours'],
};

function amount(n: number, unit: Unit): string {
  return `${n} ${UNIT_NAMES[unit][n === 1 ? 0 : 1]}`;
}

// ---------------------------------------------------------------------------------
// Date helpers local to reading phrases

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** YYYY-MM-DD of a year, month (1–12) and day, or null when that day does not exist. */
function isoOf(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return null;
  const iso = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  return isValidIsoDate(iso) ? iso : null;
}

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

function monthOf(date: string): number {
  return Number(date.slice(5, 7));
}

/** Last day of a month (1–12). */
function lastDayOf(year: number, month: number): string {
  const next =
    month === 12
      ? `${String(year + 1).padStart(4, '0')}-01-01`
      : `${String(year).padStart(4, '0')}-${pad(month + 1)}-01`;
  return addDays(next, -1);
}

/** The first `target` weekday strictly after `date`: "by Friday" said on a Friday means the next one. */
function weekdayAfter(date: string, target: number): string {
  const ahead = (target - weekday(date) + 7) % 7;
  return addDays(date, ahead === 0 ? 7 : ahead);
}

/** First day of the working week after the interview's (Monday; Sunday for a Friday–Saturday weekend). */
function nextWeekStart(ctx: Context): string {
  return addDays(weekStart(ctx.interview, ctx.week), 7);
}

/** The last working day of the week `weeks` after the interview's: 0 "this week", 1 "next week". */
function weekEnd(ctx: Context, weeks: number): string {
  return endOfWorkWeek(
    addDays(weekStart(ctx.interview, ctx.week), 7 * weeks),
    ctx.interview,
    ctx.week,
  );
}

/** `target` weekday in the week after the interview's ("Friday next week"). */
function dayNextWeek(ctx: Context, target: number): string {
  const start = nextWeekStart(ctx);
  return addDays(start, (target - weekday(start) + 7) % 7);
}

function capitalised(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

// ---------------------------------------------------------------------------------
// Turning parts into a reading

/**
 * A named day, checked: not before the interview and not absurdly far after it.
 * `name` is how refusals quote the phrase; `label` is the summary, "by Sat 5 Dec" unless given.
 */
function dated(
  ctx: Context,
  date: string,
  name: string,
  label = `by ${shortDate(date, ctx.interview)}`,
): Found {
  if (compareDates(date, ctx.interview) < 0) {
    return {
      kind: 'refuse',
      reason: `${capitalised(name)} is ${shortDate(date, ctx.interview)}, before the interview (${shortDate(ctx.interview)}); check what they said, ${PICK}`,
    };
  }
  if (daysBetween(ctx.interview, date) > LIMITS.day) {
    return {
      kind: 'refuse',
      reason: `${capitalised(name)} would be ${shortDate(date, ctx.interview)}, more than six months after the interview; check what they said, ${PICK}`,
    };
  }
  return { kind: 'date', date, label };
}

/**
 * A month and day as the next such day on or after the interview (a December interview
 * reading "5 January" means the coming January), or in the year written.
 */
function monthDay(
  ctx: Context,
  quote: string,
  month: number,
  day: number,
  yearText: string | undefined,
): Found {
  if (month < 0 || !Number.isInteger(day)) return notADate(quote);
  if (yearText !== undefined) {
    const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
    const date = isoOf(year, month + 1, day);
    return date === null ? notADate(quote) : dated(ctx, date, `“${quote}”`);
  }
  // Eight years always reach a 29 February.
  for (let year = yearOf(ctx.interview); year <= yearOf(ctx.interview) + 8; year += 1) {
    const date = isoOf(year, month + 1, day);
    if (date !== null && compareDates(date, ctx.interview) >= 0)
      return dated(ctx, date, `“${quote}”`);
  }
  return notADate(quote);
}

function notADate(quote: string): Found {
  return {
    kind: 'refuse',
    reason: `“${quote}” is not a real date; check the day and month, ${PICK}`,
  };
}

/** A quantity from `from` (the interview unless given): "2 weeks", "10 business days", "48 hours". */
function quantityEnd(ctx: Context, n: number, unit: Unit, from = ctx.interview): string {
  if (unit === 'bday') return addWorkingDays(from, Math.ceil(n), ctx.week);
  if (unit === 'week') return addDays(from, Math.ceil(n * 7));
  if (unit === 'month') return addMonths(from, Math.ceil(n));
  if (unit === 'hour') return addDays(from, Math.ceil(n / 24));
  return addDays(from, Math.ceil(n));
}

interface Quantity {
  n: number;
  unit: Unit;
  quote: string;
}

function quantity(numberText: string, unitText: string, quote: string): Quantity {
  const { unit, factor } = unitOf(unitText);
  const n = numberValue(numberText) * factor;
  // "A few days" / "a couple of days": recruiters mean working days.
  return { n, unit: unit === 'day' && isLooseNumber(numberText) ? 'bday' : unit, quote };
}

/** Why a quantity cannot be used, or null when it can. */
function quantityProblem(q: Quantity): string | null {
  if (!Number.isFinite(q.n))
    return `“${q.quote}” is not a number the planner can read; write it in digits, like “2 weeks”, ${PICK}`;
  if (q.n <= 0)
    return `“${q.quote}” would be the day of the interview; write the timeline they gave, pick the date, or leave it empty if they gave none.`;
  if (q.n > LIMITS[q.unit]) {
    return `“${q.quote}” is more than six months away, more likely a typo than a hiring timeline; check the number, ${PICK}`;
  }
  return null;
}

/** A range from the interview to the later of two quantities ("1–2 weeks", "a week to 10 days"). */
function span(ctx: Context, low: Quantity, high: Quantity): Found {
  for (const q of [low, high]) {
    // A range may start at 0 ("0–2 weeks"); only its end has to lie ahead.
    if (q === low && Number.isFinite(q.n) && q.n === 0) continue;
    const problem = quantityProblem(q);
    if (problem) return { kind: 'refuse', reason: problem };
  }
  const a = quantityEnd(ctx, low.n, low.unit);
  const b = quantityEnd(ctx, high.n, high.unit);
  const [earliest, latest, top] = compareDates(a, b) <= 0 ? [a, b, high] : [b, a, low];
  return { kind: 'range', latest, earliest, label: `within ${amount(top.n, top.unit)}` };
}

function single(ctx: Context, q: Quantity): Found {
  const problem = quantityProblem(q);
  if (problem) return { kind: 'refuse', reason: problem };
  return {
    kind: 'range',
    latest: quantityEnd(ctx, q.n, q.unit),
    label: `within ${amount(q.n, q.unit)}`,
  };
}

/**
 * A part of a month as the plan reads its latest day: the 7th for its beginning or
 * first week, the 10th "early", the 15th "mid" or its first half, else its last day.
 */
function partOfMonth(part: string, year: number, month: number): string {
  const day = /^mid|^middle|first half|1st half/.test(part)
    ? 15
    : /^beginning|^start|first week|1st week/.test(part)
      ? 7
      : /^early/.test(part)
        ? 10
        : 0;
  return day ? isoOf(year, month, day)! : lastDayOf(year, month);
}

/** "mid" or the part as written, "first half of", for the summary. */
function partName(part: string): string {
  return /^mid/.test(part) ? 'mid' : part.replace(/\s+/g, ' ');
}

/** The parts of a month people name: "early", "the second half of", "sometime in". */
const PART =
  '(mid|middle\\s+of|early|beginning\\s+of|start\\s+of|late|end\\s+of|(?:towards?|near)\\s+the\\s+end\\s+of|(?:the\\s+)?(?:first|1st|second|2nd|last)\\s+(?:half|week)\\s+of|some\\s*time\\s+(?:in|during))';

// ---------------------------------------------------------------------------------
// The readers, most specific first

const READERS: Reader[] = [
  // 2026-12-05, 2026/12/05
  {
    pattern: /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/g,
    read: (m, ctx, quote) => {
      const date = isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
      return date === null ? notADate(quote) : dated(ctx, date, `“${quote}”`);
    },
  },
  // "Friday, December 5", "Fri 5 Dec", "Friday the 11th": the weekday must agree with the date.
  {
    pattern: new RegExp(
      `\\b${WEEKDAY_ANY}\\b\\.?,?\\s+(?:the\\s+)?(?:${MONTH}\\s*(\\d{1,2})${ORDINAL}?\\b|(\\d{1,2})${ORDINAL}?\\s+(?:of\\s+)?${MONTH}|(\\d{1,2})${ORDINAL}\\b)(?:,?\\s+(\\d{4})\\b)?`,
      'g',
    ),
    read: (m, ctx, quote) => {
      let found: Found;
      if (m[2] !== undefined) found = monthDay(ctx, quote, monthIndex(m[2]), Number(m[3]), m[7]);
      else if (m[5] !== undefined)
        found = monthDay(ctx, quote, monthIndex(m[5]), Number(m[4]), m[7]);
      else found = dayOfMonth(ctx, quote, Number(m[6]));
      if (found.kind !== 'date') return found;
      const said = weekdayIndex(m[1]!);
      if (weekday(found.date) !== said) {
        return {
          kind: 'refuse',
          reason: `“${quote}” does not add up: ${shortDate(found.date, ctx.interview)} is not a ${capitalised(WEEKDAY_NAMES[said]!)}; check which they meant, ${PICK}`,
        };
      }
      return {
        kind: 'date',
        date: found.date,
        label: `by ${shortDate(found.date, ctx.interview)}`,
      };
    },
  },
  // "before Christmas", "after the holidays", "2 weeks after the holidays", "by Diwali"
  {
    pattern: new RegExp(
      `${EDGE}(?:${NUM}\\s*${UNIT}\\s+(?=after|post|following))?(after|post|following|before|by|until|till|til|ahead\\s+of|prior\\s+to)\\s+(?=[a-z])`,
      'g',
    ),
    read: (m, ctx, quote, rest, quoteOf) => {
      const after = /^(after|post|following)/.test(m[4]!);
      const h = readHoliday(rest, after, ctx.interview, ctx.named, ctx.week);
      if (!h) return null;
      const length = m[0].length + h.used;
      if (h.kind === 'refuse') {
        return {
          kind: 'refuse',
          reason: `“${quoteOf(0, length)}” needs the date of ${quoteOf(length - h.what.length, length)}, which is not among your holidays; pick the date instead, or add the holiday.`,
          length,
        };
      }
      const what = `${after ? 'after' : 'before'} ${h.what}`;
      if (m[2] === undefined)
        return {
          ...dated(ctx, h.date, what, `${what} (${shortDate(h.date, ctx.interview)})`),
          length,
        };
      const q = quantity(m[2], m[3]!, quote);
      const problem = quantityProblem(q);
      if (problem) return { kind: 'refuse', reason: problem, length };
      const date = quantityEnd(ctx, q.n, q.unit, h.date);
      const label = `${amount(q.n, q.unit)} ${what}`;
      return {
        ...dated(ctx, date, label, `${label} (by ${shortDate(date, ctx.interview)})`),
        length,
      };
    },
  },
  // "EOD", "COB today", "EOD tomorrow", "by end of day Friday", "Friday COB": that day
  // ("at the end of the day" is only a turn of phrase)
  {
    pattern: new RegExp(
      `\\b(at\\s+the\\s+(?=end))?(?:${WEEKDAY_FULL}\\s+(?:at\\s+|by\\s+)?)?(?:eod|cob|eob|close\\s+of\\s+(?:business|play)|end\\s+of\\s+(?:the\\s+)?(?:business\\s+|working\\s+)?(?:day|business))\\b(?:\\s+(?:on\\s+)?(today|tonight|tomorrow|${WEEKDAY_FULL.slice(1, -1)})\\b)?`,
      'g',
    ),
    read: (m, ctx) => {
      if (m[1]) return null;
      const when = m[2] ?? m[3] ?? 'today';
      const date = /^to(day|night)/.test(when)
        ? ctx.interview
        : when === 'tomorrow'
          ? addDays(ctx.interview, 1)
          : weekdayAfter(ctx.interview, weekdayIndex(when));
      return { kind: 'date', date, label: `by the end of ${shortDate(date, ctx.interview)}` };
    },
  },
  // "end of Q1", "sometime in Q1", "Q4 2026": the quarter's last day, the next one ahead
  {
    pattern:
      /\b(?:(?:the\s+)?end\s+of\s+(?:the\s+)?|eo)?q([1-4])(?:\s+end)?(?:\s+(?:of\s+)?(\d{4}))?\b/g,
    read: (m, ctx, quote) => {
      const month = Number(m[1]) * 3;
      const year = m[2] === undefined ? yearOf(ctx.interview) : Number(m[2]);
      let date = lastDayOf(year, month);
      if (m[2] === undefined && compareDates(date, ctx.interview) < 0)
        date = lastDayOf(year + 1, month);
      return dated(
        ctx,
        date,
        `“${quote}”`,
        `the end of Q${m[1]} (${shortDate(date, ctx.interview)})`,
      );
    },
  },
  // "end of the quarter", "EOQ", "next quarter"
  {
    pattern:
      /\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?quarter|eoq|quarter[\s-]end|(?:(?:the\s+)?end\s+of\s+)?(next)\s+quarter)\b/g,
    read: (m, ctx) => {
      const month = (Math.ceil(monthOf(ctx.interview) / 3) + (m[1] ? 1 : 0)) * 3;
      const date = lastDayOf(yearOf(ctx.interview) + (month > 12 ? 1 : 0), ((month - 1) % 12) + 1);
      return {
        kind: 'date',
        date,
        label: `the end of the quarter (${shortDate(date, ctx.interview)})`,
      };
    },
  },
  // "end of the year", "EOY", "year-end": 31 December
  {
    pattern: /\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?year|(?:the\s+)?year[\s-]?end|eoy)\b/g,
    read: (_m, ctx) => {
      const date = lastDayOf(yearOf(ctx.interview), 12);
      return {
        kind: 'date',
        date,
        label: `the end of the year (${shortDate(date, ctx.interview)})`,
      };
    },
  },
  // "mid-December", "end of December 2026", "early Jan", "the first week of January",
  // "sometime in January"
  {
    pattern: new RegExp(
      `\\b${PART}[\\s-]*(?:the\\s+month\\s+of\\s+)?${MONTH}(?:\\s+(\\d{4})\\b)?`,
      'g',
    ),
    read: (m, ctx, quote) => {
      const month = monthIndex(m[2]!) + 1;
      const part = partName(m[1]!);
      const name = `${part}${part === 'mid' ? '-' : ' '}${MONTH_TITLES[month - 1]}`;
      const year = m[3] === undefined ? yearOf(ctx.interview) : Number(m[3]);
      if (year < 1) return notADate(quote);
      let date = partOfMonth(m[1]!, year, month);
      if (m[3] === undefined && compareDates(date, ctx.interview) < 0)
        date = partOfMonth(m[1]!, year + 1, month);
      return dated(ctx, date, name, `${name} (${shortDate(date, ctx.interview)})`);
    },
  },
  // "next business day", "the following working day"
  {
    pattern: /\b(?:the\s+)?(?:next|following)\s+(?:business|working|work)\s*day\b/g,
    read: (_m, ctx, quote) => single(ctx, quantity('1', 'business day', quote)),
  },
  // "within the next week", "in the coming weeks" (no number: refused)
  {
    pattern: new RegExp(
      `\\b(?:within|in|over|during|inside)\\s+the\\s+(?:next|coming|following)\\s+${UNIT}`,
      'g',
    ),
    read: (m, ctx, quote) => {
      if (/s$/.test(m[1]!)) {
        return {
          kind: 'refuse',
          reason: `“${quote}” gives no number; if they said how many, write that (“2 ${m[1]}”), pick the date, or leave it empty.`,
        };
      }
      return single(ctx, quantity('1', m[1]!, quote));
    },
  },
  // "a week or two", "a day or 2"
  {
    pattern: new RegExp(`${EDGE}(an?|one)\\s+${UNIT}\\s+or\\s+(two|2)\\b`, 'g'),
    read: (m, ctx, quote) => {
      return span(ctx, quantity('1', m[3]!, quote), quantity('2', m[3]!, quote));
    },
  },
  // "a week to 10 days"
  {
    pattern: new RegExp(
      `${EDGE}(?:between\\s+)?${NUM}\\s*${UNIT}\\s*(?:-|to|or|and)\\s*${NUM}\\s*${UNIT}`,
      'g',
    ),
    read: (m, ctx, quote) => {
      return span(ctx, quantity(m[2]!, m[3]!, quote), quantity(m[4]!, m[5]!, quote));
    },
  },
  // "1-2 weeks", "one to two weeks", "2 or 3 business days"
  {
    pattern: new RegExp(
      `${EDGE}(?:between\\s+)?(-\\s*)?${NUM}\\s*(?:-|to|or|and)\\s*${NUM}\\s*${UNIT}`,
      'g',
    ),
    read: (m, ctx, quote) => {
      if (m[2] !== undefined) return negative(quote);
      return span(ctx, quantity(m[3]!, m[5]!, quote), quantity(m[4]!, m[5]!, quote));
    },
  },
  // "2 weeks, maybe 3", "3 days or 4": the later
  {
    pattern: new RegExp(
      `${EDGE}${NUM}\\s*${UNIT}\\s*,?\\s*(?:or|maybe|perhaps|possibly|or\\s+maybe|up\\s+to|max(?:imum)?|at\\s+most)\\s+${NUM}\\b(?![/.:]\\d)`,
      'g',
    ),
    read: (m, ctx, quote) =>
      span(ctx, quantity(m[2]!, m[3]!, quote), quantity(m[4]!, m[3]!, quote)),
  },
  // "2 weeks", "a week", "10 business days", "a few days", "-2 weeks" (refused)
  {
    pattern: new RegExp(`${EDGE}(-\\s*)?${NUM}\\s*${UNIT}`, 'g'),
    read: (m, ctx, quote) => {
      if (m[2] !== undefined) return negative(quote);
      return single(ctx, quantity(m[3]!, m[4]!, quote));
    },
  },
  // "fortnight" or "week" as the whole phrase: one of it
  {
    pattern: /^(?:(?:within|in)\s+)?(fortnight|week|month)[\s.!]*$/g,
    read: (m, ctx, quote) => single(ctx, quantity('1', m[1]!, quote)),
  },
  // "December 5", "Dec. 5th, 2026"
  {
    pattern: new RegExp(`\\b${MONTH}\\s*(\\d{1,2})${ORDINAL}?\\b(?:,?\\s+(\\d{4})\\b)?`, 'g'),
    read: (m, ctx, quote) => monthDay(ctx, quote, monthIndex(m[1]!), Number(m[2]), m[3]),
  },
  // "5 December", "5th of Dec 2026"
  {
    pattern: new RegExp(
      `\\b(\\d{1,2})${ORDINAL}?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4})\\b)?`,
      'g',
    ),
    read: (m, ctx, quote) => monthDay(ctx, quote, monthIndex(m[2]!), Number(m[1]), m[3]),
  },
  // "5/12", "12/25/2026", "5.12.": read in the region's order; refused without one when
  // both orders are real, different dates.
  {
    pattern: /(^|[^\w/.])(\d{1,2})([/.])(\d{1,2})(?:\3(\d{4}|\d{2}))?(?![\w/]|\.\d)/g,
    read: (m, ctx, quote) => {
      const [a, b] = [Number(m[2]), Number(m[4])];
      const dayFirst = b >= 1 && b <= 12 && a >= 1 && a <= 31;
      const monthFirst = a >= 1 && a <= 12 && b >= 1 && b <= 31;
      if (dayFirst && monthFirst && a !== b && !ctx.dateOrder) {
        return {
          kind: 'refuse',
          reason: `“${quote}” could be ${a} ${MONTH_TITLES[b - 1]} or ${b} ${MONTH_TITLES[a - 1]}; write the month as a word, like “${a} ${MONTH_TITLES[b - 1]}”, ${PICK}`,
        };
      }
      if (dayFirst && (!monthFirst || ctx.dateOrder !== 'mdy'))
        return monthDay(ctx, quote, b - 1, a, m[5]);
      if (monthFirst) return monthDay(ctx, quote, a - 1, b, m[5]);
      return notADate(quote);
    },
  },
  // "the day after tomorrow", "tomorrow"
  {
    pattern: /\b(?:the\s+)?(day\s+after\s+)?tomorrow\b/g,
    read: (m, ctx) => {
      const date = addDays(ctx.interview, m[1] ? 2 : 1);
      return {
        kind: 'date',
        date,
        label: `${m[1] ? 'the day after tomorrow' : 'tomorrow'} (${shortDate(date, ctx.interview)})`,
      };
    },
  },
  // "Friday next week", "next week on Tuesday"
  {
    pattern: new RegExp(
      `\\b(?:${WEEKDAY_FULL}\\s+(?:of\\s+)?(?:next|the\\s+following)\\s+week|next\\s+week\\s+(?:on\\s+)?${WEEKDAY_FULL})\\b`,
      'g',
    ),
    read: (m, ctx) => {
      const date = dayNextWeek(ctx, weekdayIndex(m[1] ?? m[2]!));
      return { kind: 'date', date, label: `by ${shortDate(date, ctx.interview)}` };
    },
  },
  // "week after next"
  {
    pattern: /\b(?:the\s+)?week\s+after\s+next\b/g,
    read: (_m, ctx) => {
      const date = weekEnd(ctx, 2);
      return {
        kind: 'date',
        date,
        label: `the week after next (by ${shortDate(date, ctx.interview)})`,
      };
    },
  },
  // "early next week" (Tuesday), "mid next week" (Wednesday), "next week" / "end of next
  // week" / "EOW next week" (its last working day: Friday, or Thursday in Saudi Arabia)
  {
    pattern:
      /\b(?:(early|beginning\s+of|start\s+of|mid|middle\s+of|late|later|end\s+of|eow)[\s-]+(?:the\s+)?)?(?:next|the\s+following)\s+week\b/g,
    read: (m, ctx) => {
      const monday = nextWeekStart(ctx);
      const part = m[1] ?? '';
      if (/^(early|beginning|start)/.test(part)) {
        const date = addDays(monday, 1);
        return { kind: 'date', date, label: `early next week (${shortDate(date, ctx.interview)})` };
      }
      if (/^(mid|middle)/.test(part)) {
        const date = addDays(monday, 2);
        return { kind: 'date', date, label: `mid next week (${shortDate(date, ctx.interview)})` };
      }
      const date = weekEnd(ctx, 1);
      return { kind: 'date', date, label: `next week (by ${shortDate(date, ctx.interview)})` };
    },
  },
  // "end of the week", "this week", "by the weekend", "EOW": the week's last working day
  {
    pattern:
      /\b(?:the\s+)?(?:end\s+of\s+(?:the\s+|this\s+)?(?:working\s+|work\s+)?week|(?:later\s+)?this\s+week|(?:within|in)\s+the\s+week|week'?s\s+end|(?:the\s+)?weekend|eow)\b/g,
    read: (_m, ctx) => {
      const date = weekEnd(ctx, 0);
      return {
        kind: 'date',
        date,
        label: `the end of the week (${shortDate(date, ctx.interview)})`,
      };
    },
  },
  // "early next month" (10th), "mid next month" (15th), "the first half of next month"
  // (15th), "next month" (its last day)
  {
    pattern: new RegExp(`\\b(?:(?:${PART}|some\\s*time)[\\s-]+(?:the\\s+)?)?next\\s+month\\b`, 'g'),
    read: (m, ctx) => {
      const first = addMonths(`${ctx.interview.slice(0, 8)}01`, 1);
      const date = partOfMonth(m[1] ?? 'end', yearOf(first), monthOf(first));
      const words = m[1] ? `${partName(m[1])} next month` : 'next month';
      return {
        kind: 'date',
        date,
        label: `${words} (${m[1] ? '' : 'by '}${shortDate(date, ctx.interview)})`,
      };
    },
  },
  // "end of the month", "month-end", "this month"
  {
    pattern:
      /\b(?:the\s+)?(?:end\s+of\s+(?:the\s+|this\s+)?month|month[\s-]?end|eom|(?:later\s+)?this\s+month)\b/g,
    read: (_m, ctx) => {
      const date = lastDayOf(yearOf(ctx.interview), monthOf(ctx.interview));
      return {
        kind: 'date',
        date,
        label: `the end of the month (${shortDate(date, ctx.interview)})`,
      };
    },
  },
  // "mid-month", "the middle of the month": the 15th, this month or next
  {
    pattern: /\b(?:mid[\s-]*|middle\s+of\s+)(?:the\s+|this\s+)?month\b/g,
    read: (_m, ctx) => {
      let date = isoOf(yearOf(ctx.interview), monthOf(ctx.interview), 15)!;
      if (compareDates(date, ctx.interview) < 0) date = addMonths(date, 1);
      return { kind: 'date', date, label: `mid-month (${shortDate(date, ctx.interview)})` };
    },
  },
  // "by the 15th"
  {
    pattern: new RegExp(`\\b(\\d{1,2})${ORDINAL}\\b`, 'g'),
    read: (m, ctx, quote) => dayOfMonth(ctx, quote, Number(m[1])),
  },
  // "Monday or Tuesday", "by Thursday/Friday", "Monday to Wednesday": the later day,
  // counted on from the first (Wednesday after that Monday)
  {
    pattern: new RegExp(
      `\\b(?:(?:by|on|until|till|before)\\s+)?${WEEKDAY_FULL}\\s*(?:or|/|to|-|and)\\s*(?:(?:by|on)\\s+)?${WEEKDAY_FULL}\\b`,
      'g',
    ),
    read: (m, ctx) => {
      const first = weekdayAfter(ctx.interview, weekdayIndex(m[1]!));
      const date = addDays(first, (weekdayIndex(m[2]!) - weekday(first) + 7) % 7);
      return { kind: 'date', date, label: `by ${shortDate(date, ctx.interview)}` };
    },
  },
  // "next Friday": people use it for both this coming Friday and the Friday of next week.
  // The later is read, and the summary names the other, so an early one can be picked.
  {
    pattern: new RegExp(`\\bnext\\s+(?:${WEEKDAY_FULL}|${WEEKDAY_ABBR}\\b\\.?)`, 'g'),
    read: (m, ctx, quote) => {
      const target = weekdayIndex(m[1] ?? m[2]!);
      const first = weekdayAfter(ctx.interview, target);
      const later = dayNextWeek(ctx, target);
      const date = compareDates(first, later) < 0 ? later : first;
      const label =
        date === first
          ? `by ${shortDate(date, ctx.interview)}`
          : `by ${shortDate(date, ctx.interview)} (“${quote}” may mean ${shortDate(first, ctx.interview)}: if so, pick that date)`;
      return { kind: 'date', date, label };
    },
  },
  // "by Friday", "on Monday", "Friday": the first such day after the interview
  {
    pattern: new RegExp(
      `\\b(?:(?:by|on|until|till|til|before|this|this\\s+coming|coming)\\s+)?${WEEKDAY_FULL}\\b|\\b(?:by|on|until|till|before|this)\\s+${WEEKDAY_ABBR}\\b\\.?`,
      'g',
    ),
    read: (m, ctx) => {
      const date = weekdayAfter(ctx.interview, weekdayIndex(m[1] ?? m[2]!));
      return { kind: 'date', date, label: `by ${shortDate(date, ctx.interview)}` };
    },
  },
];

function negative(quote: string): Found {
  return {
    kind: 'refuse',
    reason: `“${quote}” is a negative number; write the timeline they gave, like “2 weeks”, ${PICK}`,
  };
}

/** "the 15th": the next 15th on or after the interview (skipping months without a 31st). */
function dayOfMonth(ctx: Context, quote: string, day: number): Found {
  if (day < 1 || day > 31) return notADate(quote);
  let first = `${ctx.interview.slice(0, 8)}01`;
  for (let k = 0; k < 3; k += 1) {
    const date = isoOf(yearOf(first), monthOf(first), day);
    if (date !== null && compareDates(date, ctx.interview) >= 0)
      return dated(ctx, date, `“${quote}”`);
    first = addMonths(first, 1);
  }
  return notADate(quote);
}

// ---------------------------------------------------------------------------------
// When no timeline is found

/** Words that promise a decision without a date. Checked only when no timeline was found. */
const VAGUE =
  /\b(asap|as\s+soon\s+as\s+(?:possible|we\s+can)|soon(?:ish)?|shortly|quickly|promptly|in\s+a\s+(?:while|bit)|a\s+while|whenever|tb[dac]|to\s+be\s+(?:determined|confirmed|announced|decided)|in\s+due\s+course|at\s+some\s+point|eventually|later|several|some\s*time|not\s+long|any\s+day|the\s+coming\s+\w+|a\s+number\s+of\s+\w+)\b/;

/** "We'll let you know" and friends: they gave no timeline, which has its own rule. */
const NO_TIMELINE =
  /\b(let\s+(?:you|u|me)\s+know|be\s+in\s+touch|get\s+back\s+to\s+(?:you|u|me)|hear\s+(?:back\s+)?from\s+(?:us|them)|reach\s+out|contact\s+you|no\s+(?:time\s*line|time\s*frame|date|deadline|idea)|not\s+(?:given|sure|said|stated|mentioned|specified)|did(?:n'?t|\s+not)\s+(?:say|give|mention|specify)|none|n\/?a|unknown|don'?t\s+know|nothing)\b/;

/** Left over after the readers: a bare number (not a time like 5pm or 10:30), a unit, or a month name. */
const STRAY =
  /(?:^|[^\w:.])(\d+(?:\.\d+)?|(?:business\s+|working\s+)?(?:days?|weeks?|months?|fortnights?)|january|february|march|april|june|july|august|september|october|november|december)(?![\w:])/;

const MONTH_ALONE =
  /\b(january|february|march|april|june|july|august|september|october|november|december|(?:in|by|until|before|during)\s+may)\b/;

/** What to say when no phrase gave a date. */
function fallback(raw: string, n: Normalised): ParsedTimeline {
  const text = n.text;
  const quoted = (m: RegExpExecArray, group = 1) => {
    const offset = m.index + m[0].indexOf(m[group]!);
    return original(raw, n, offset, offset + m[group]!.length);
  };
  const vague = VAGUE.exec(text);
  if (vague) {
    const word = quoted(vague);
    if (/^(several|a\s+number\s+of|the\s+coming)/.test(vague[1]!)) {
      return {
        kind: 'unreadable',
        reason: `“${word}” gives no number; if they said how many, write that (like “2 weeks”), pick the date they mentioned, or leave it empty.`,
      };
    }
    return {
      kind: 'unreadable',
      reason: `“${word}” gives no date; pick the date they mentioned, or leave it empty.`,
    };
  }
  if (NO_TIMELINE.test(text)) return { kind: 'none', summary: 'No timeline given' };
  const month = MONTH_ALONE.exec(text);
  if (month) {
    const name = MONTH_TITLES[monthIndex(month[1]!.replace(/^.*\s/, ''))]!;
    return {
      kind: 'unreadable',
      reason: `“${name}” names a month but not a day; pick the date instead, or write a day (“5 ${name}”), “mid-${name}” or “end of ${name}”.`,
    };
  }
  const unitOnly = new RegExp(`\\b${UNIT}`).exec(text);
  if (unitOnly) {
    return {
      kind: 'unreadable',
      reason: `“${quoted(unitOnly)}” has no number; pick the date instead. How many did they say, like “2 weeks”?`,
    };
  }
  const number = /(\d+)(?:\s*(?:-|to)\s*\d+)?/.exec(text);
  if (number) {
    const unit = number[0] === '1' ? 'week' : 'weeks';
    return {
      kind: 'unreadable',
      reason: `“${quoted(number, 0)}” has no unit (days or weeks?); pick the date instead, or write it with its unit, like “${number[0]} ${unit}”.`,
    };
  }
  const shown = raw.trim().replace(/\s+/g, ' ');
  return {
    kind: 'unreadable',
    reason: `“${Array.from(shown).length > 40 ? `${Array.from(shown).slice(0, 40).join('')}…` : shown}” is not a timeline the planner can read; pick the date they gave instead, or write it like “1–2 weeks”, “by Friday” or “5 December” (or leave it empty if they gave none).`,
  };
}

function endOf(found: Exclude<Found, { kind: 'refuse' }>): string {
  return found.kind === 'range' ? found.latest : found.date;
}

/** The options as given, checked: a weekend of every day, or a bad entry, is not used. */
function calendar(holidays: unknown, options: unknown): Omit<Context, 'interview'> {
  const o = (options !== null && typeof options === 'object' ? options : {}) as TimelineOptions;
  const list = (x: unknown): unknown[] => (Array.isArray(x) ? (x as unknown[]) : []);
  const weekend = new Set(
    list(o.weekend).filter((d) => Number.isInteger(d) && Number(d) >= 0 && Number(d) <= 6),
  );
  return {
    week: {
      weekend:
        weekend.size === 7 || !Array.isArray(o.weekend)
          ? new Set([0, 6])
          : (weekend as Set<number>),
      holidays: new Set(list(holidays).filter(isValidIsoDate)),
    },
    named: list(o.named).filter(
      (h): h is NamedHoliday =>
        h !== null &&
        typeof h === 'object' &&
        isValidIsoDate((h as NamedHoliday).date) &&
        typeof (h as NamedHoliday).name === 'string',
    ),
    dateOrder: o.dateOrder === 'dmy' || o.dateOrder === 'mdy' ? o.dateOrder : undefined,
  };
}

/**
 * Reads the timeline an interviewer gave, relative to `interviewDate` (YYYY-MM-DD):
 *
 * - spans: "1-2 weeks", "one to two weeks", "a couple of weeks", "a week or two",
 *   "2 weeks, maybe 3", "10 business/working days", "next business day", "3 days"
 *   (calendar), "a few days" (3 business days), "48 hours", "a month" → `range`,
 *   `latest` = the interview plus the longer span;
 * - days: "by Friday" (the first Friday after the interview, a week on if it was a
 *   Friday), "Monday or Tuesday" (the later), "next Friday" (the later of this coming
 *   Friday and next week's, the other named in the summary), "EOD"/"COB" (the
 *   interview day; "EOD Monday" that Monday), "end of the week"/"EOW" (the week's last
 *   working day), "next week" (next week's last working day), "early next week"
 *   (Tuesday), "end of the month"/"EOM" (its last day), "end of Q1" (31 March), "EOY",
 *   "mid-December" (the 15th), "early January" (the 10th), "first week of January"
 *   (the 7th), "sometime in January" (its last day), "by the 15th", "December 5" /
 *   "5 Dec" / "2026-12-05" / "12/5" (in `options.dateOrder`) → `date`;
 * - holidays: "before Christmas" (the last working day before it), "after the
 *   holidays" / "after New Year" (the first working day after New Year's Day), "after
 *   Easter", "after the bank holiday", "2 weeks after the holidays" → `date`, with the
 *   holidays `options.named` names (Christmas and New Year's Day are known anyway);
 * - "", "we'll let you know", "no timeline" → `none`;
 * - anything vague ("soon", "ASAP", "TBD"), ambiguous ("5/12" with no date order),
 *   contradictory, zero, negative, over six months, or before the interview →
 *   `unreadable` with a sentence saying what it could not read and offering the date
 *   picker.
 *
 * Typos and shorthand ("2-3 wekes", "nxt wk", "tmrw") are read as the words intended.
 * `said` names who gave the timeline when the words do ("the recruiter said …").
 * Business days skip `holidays` (YYYY-MM-DD) and `options.weekend` (Saturday and
 * Sunday unless given). Never throws.
 */
export function parseTimeline(
  text: string,
  interviewDate: string,
  holidays: readonly string[] = [],
  options: TimelineOptions = {},
): ParsedTimeline {
  const raw = typeof text === 'string' ? text : '';
  if (raw.length > MAX_TIMELINE_LENGTH * 4) return tooLong();
  const normalised = normalise(raw);
  if (normalised.text.length > MAX_TIMELINE_LENGTH) return tooLong();
  // Only dashes, question marks and the like: the field is as good as empty.
  if (/^[\p{P}\p{Z}]*$/u.test(normalised.text))
    return { kind: 'none', summary: 'No timeline given' };
  const read = respell(normalised);
  const parsed = readTimeline(raw, read, interviewDate, calendar(holidays, options));
  const said = speakerOf(read.text);
  return said && parsed.kind !== 'unreadable' ? { ...parsed, said } : parsed;
}

function readTimeline(
  raw: string,
  normalised: Normalised,
  interviewDate: string,
  calendar: Omit<Context, 'interview'>,
): ParsedTimeline {
  const interviewKnown = isValidIsoDate(interviewDate);
  // Without the interview date, a stand-in lets the readers say whether they recognise a
  // phrase at all; nothing read from it is kept.
  const ctx: Context = { interview: interviewKnown ? interviewDate : '2000-01-03', ...calendar };
  let working = normalised.text;
  const readings: { found: Exclude<Found, { kind: 'refuse' }>; quote: string; at: number }[] = [];
  for (const reader of READERS) {
    reader.pattern.lastIndex = 0;
    const spans: [number, number][] = [];
    for (let m = reader.pattern.exec(working); m !== null; m = reader.pattern.exec(working)) {
      if (m[0] === '') {
        reader.pattern.lastIndex += 1;
        continue;
      }
      const at = m.index;
      const quoteOf = (start: number, end: number) =>
        original(raw, normalised, at + start, at + end);
      let found: Found | null;
      try {
        found = reader.read(
          m,
          ctx,
          quoteOf(0, m[0].length),
          working.slice(at + m[0].length),
          quoteOf,
        );
      } catch (error) {
        // Only the date arithmetic throws, and only past the year 9999; anything else is a bug.
        if (!(error instanceof RangeError)) throw error;
        found = {
          kind: 'refuse',
          reason:
            'That date is further ahead than the planner can count; check the interview date.',
        };
      }
      if (found === null) continue;
      // The interview date is only needed once a phrase has been recognised, so that an
      // empty or vague timeline still gets its own answer before the date is filled in.
      if (!interviewKnown) {
        return {
          kind: 'unreadable',
          reason: 'Add the interview date first: their timeline is counted from it.',
        };
      }
      if (found.kind === 'refuse') return { kind: 'unreadable', reason: found.reason };
      const length = found.length ?? m[0].length;
      reader.pattern.lastIndex = at + length;
      spans.push([at, at + length]);
      readings.push({ found, quote: quoteOf(0, length), at });
    }
    // Blank out what this reader claimed, keeping positions, so looser readers skip it.
    for (const [start, end] of spans)
      working = working.slice(0, start) + ' '.repeat(end - start) + working.slice(end);
  }

  // Readers run most specific first; the summary follows the order the user wrote in.
  readings.sort((a, b) => a.at - b.at);
  const first = readings[0];
  if (first === undefined) return fallback(raw, normalised);
  // A number, unit or month left over ("Friday 5", "2 weeks, maybe months") may change
  // what the phrase means, so it is refused rather than quietly dropped.
  const stray = STRAY.exec(working);
  if (stray) {
    const offset = stray.index + stray[0].indexOf(stray[1]!);
    return {
      kind: 'unreadable',
      reason: `It says “${first.quote}” but also “${original(raw, normalised, offset, offset + stray[1]!.length)}” on its own; keep only the words of the timeline they gave, ${PICK}`,
    };
  }
  const other = readings.find((r) => endOf(r.found) !== endOf(first.found));
  if (other) {
    return {
      kind: 'unreadable',
      reason: `It mentions both “${first.quote}” (${shortDate(endOf(first.found), ctx.interview)}) and “${other.quote}” (${shortDate(endOf(other.found), ctx.interview)}); keep only the one they meant, ${PICK}`,
    };
  }
  const found = first.found;
  if (found.kind === 'range') {
    const summary = `${found.label} (by ${shortDate(found.latest, ctx.interview)})`;
    return found.earliest !== undefined
      ? { kind: 'range', latest: found.latest, earliest: found.earliest, summary }
      : { kind: 'range', latest: found.latest, summary };
  }
  return { kind: 'date', date: found.date, summary: found.label };
}

function tooLong(): ParsedTimeline {
  return {
    kind: 'unreadable',
    reason: `That is longer than a timeline; paste just the words about when they will decide, like “1–2 weeks”, ${PICK}`,
  };
}
