// Reads the hiring timeline an interviewer gave ("1–2 weeks", "by Friday", "mid-December")
// into a date the status inquiry can count from (src/docs/facts.md, "Status inquiry and
// the hiring timeline"). The rule is to refuse rather than guess: a wrong date here
// makes the candidate write too early and look impatient, so anything vague ("soon"),
// ambiguous ("5/12", "next Friday") or contradictory comes back as 'unreadable' with a
// sentence telling the user what to type instead.
//
// How it reads: the text is normalised (NFKC, lower case, one kind of dash), then each
// pattern below, most specific first, claims the phrases it recognises and blanks them
// out so a later, looser pattern cannot read the same words again ("next week" inside
// "Friday next week"). Several phrases are fine when they agree on the date; phrases
// that disagree are refused.
import { addBusinessDays } from './business-days';
import {
  addDays,
  compareDates,
  daysBetween,
  isValidIsoDate,
  shortDate,
  weekday,
} from '../dates/iso-date';
import { normalise, original, type Normalised } from './parse-text';

/** What an interviewer's timeline means for the plan. */
export type ParsedTimeline =
  /** A span from the interview: `latest` is its end ("1–2 weeks" → interview + 14 days). */
  | { kind: 'range'; latest: string; earliest?: string; summary: string }
  /** A day they named: "by Friday", "end of the month", "5 December". */
  | { kind: 'date'; date: string; summary: string }
  /** They gave no timeline (or the field is empty). */
  | { kind: 'none'; summary: string }
  /** Text the planner will not guess at; `reason` says why and what to type instead. */
  | { kind: 'unreadable'; reason: string };

/** Longest text read; a timeline is a phrase, and a cap keeps every pattern fast. */
export const MAX_TIMELINE_LENGTH = 500;

/**
 * The longest timeline believed, in each unit: about six months. Past that a number is
 * far more likely a typo ("20 weeks" for "2 weeks") than a real hiring process.
 */
const LIMITS = { day: 182, bday: 130, week: 26, month: 6, hour: 182 * 24 } as const;

type Unit = keyof typeof LIMITS;

/** One reading of one phrase, or a refusal of it. */
type Found =
  | { kind: 'range'; latest: string; earliest?: string; label: string }
  | { kind: 'date'; date: string; label: string }
  | { kind: 'refuse'; reason: string };

interface Context {
  /** The interview date, YYYY-MM-DD (checked before any reader runs). */
  interview: string;
  holidays: string[];
}

interface Reader {
  pattern: RegExp;
  /** `quote` is the matched phrase as the user typed it, for refusals and conflicts. */
  read: (match: RegExpExecArray, ctx: Context, quote: string) => Found;
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

/** `n` calendar months after `date`, kept inside the month (31 January + 1 month = 28/29 February). */
function addMonths(date: string, n: number): string {
  const total = yearOf(date) * 12 + (monthOf(date) - 1) + n;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = Number(lastDayOf(year, month).slice(8));
  return isoOf(year, month, Math.min(Number(date.slice(8)), last)) ?? lastDayOf(year, month);
}

/** Monday of the week after the interview's (weeks run Monday to Sunday). */
function nextWeekMonday(interview: string): string {
  const isoWeekday = weekday(interview) || 7;
  return addDays(interview, 8 - isoWeekday);
}

/** The first `target` weekday strictly after `date`: "by Friday" said on a Friday means the next one. */
function weekdayAfter(date: string, target: number): string {
  const ahead = (target - weekday(date) + 7) % 7;
  return addDays(date, ahead === 0 ? 7 : ahead);
}

/** The Friday of the interview's working week; from a weekend, the coming Friday. */
function endOfWeek(date: string): string {
  return addDays(date, (5 - weekday(date) + 7) % 7);
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
      reason: `${capitalised(name)} is ${shortDate(date, ctx.interview)}, before the interview (${shortDate(ctx.interview)}); check the date they gave.`,
    };
  }
  if (daysBetween(ctx.interview, date) > LIMITS.day) {
    return {
      kind: 'refuse',
      reason: `${capitalised(name)} would be ${shortDate(date, ctx.interview)}, more than six months after the interview; check the date they gave.`,
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
    reason: `“${quote}” is not a real date; check the day and month they gave.`,
  };
}

/** A quantity from the interview: "2 weeks", "10 business days", "48 hours". */
function quantityEnd(ctx: Context, n: number, unit: Unit): string {
  if (unit === 'bday') return addBusinessDays(ctx.interview, Math.ceil(n), ctx.holidays);
  if (unit === 'week') return addDays(ctx.interview, Math.ceil(n * 7));
  if (unit === 'month') return addMonths(ctx.interview, Math.ceil(n));
  if (unit === 'hour') return addDays(ctx.interview, Math.ceil(n / 24));
  return addDays(ctx.interview, Math.ceil(n));
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
    return `“${q.quote}” is not a number the planner can read; type it in digits, like “2 weeks”.`;
  if (q.n <= 0)
    return `“${q.quote}” would be the day of the interview; type the timeline they gave, or leave it empty if they gave none.`;
  if (q.n > LIMITS[q.unit]) {
    return `“${q.quote}” is more than six months away, which is more likely a typo than a hiring timeline; check the number.`;
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

/** Day 10, 15 or the last of a month: "early", "mid" and "end of" as the plan reads them. */
function partOfMonth(word: string, year: number, month: number): string | null {
  if (/^(mid|middle)/.test(word)) return isoOf(year, month, 15);
  if (/^(early|beginning|start)/.test(word)) return isoOf(year, month, 10);
  return lastDayOf(year, month);
}

function partName(word: string): string {
  if (/^(mid|middle)/.test(word)) return 'mid';
  if (/^(early|beginning|start)/.test(word)) return 'early';
  if (/^late/.test(word)) return 'late';
  return 'end of';
}

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
          reason: `“${quote}” does not add up: ${shortDate(found.date, ctx.interview)} is not a ${capitalised(WEEKDAY_NAMES[said]!)}; check which they meant.`,
        };
      }
      return {
        kind: 'date',
        date: found.date,
        label: `by ${shortDate(found.date, ctx.interview)}`,
      };
    },
  },
  // "mid-December", "end of December 2026", "early Jan"
  {
    pattern: new RegExp(
      `\\b(mid|middle\\s+of|early|beginning\\s+of|start\\s+of|late|end\\s+of)[\\s-]*(?:the\\s+month\\s+of\\s+)?${MONTH}(?:\\s+(\\d{4})\\b)?`,
      'g',
    ),
    read: (m, ctx, quote) => {
      const month = monthIndex(m[2]!) + 1;
      const name = `${partName(m[1]!)}${partName(m[1]!) === 'mid' ? '-' : ' '}${MONTH_TITLES[month - 1]}`;
      if (m[3] !== undefined) {
        const date = partOfMonth(m[1]!, Number(m[3]), month);
        return date === null
          ? notADate(quote)
          : dated(ctx, date, name, `${name} (${shortDate(date, ctx.interview)})`);
      }
      for (let year = yearOf(ctx.interview); year <= yearOf(ctx.interview) + 1; year += 1) {
        const date = partOfMonth(m[1]!, year, month);
        if (date !== null && compareDates(date, ctx.interview) >= 0) {
          return dated(ctx, date, name, `${name} (${shortDate(date, ctx.interview)})`);
        }
      }
      return notADate(quote);
    },
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
          reason: `“${quote}” gives no number; if they said how many, type that (“2 ${m[1]}”), or leave it empty.`,
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
  // "2 weeks", "a week", "10 business days", "a few days", "-2 weeks" (refused)
  {
    pattern: new RegExp(`${EDGE}(-\\s*)?${NUM}\\s*${UNIT}`, 'g'),
    read: (m, ctx, quote) => {
      if (m[2] !== undefined) return negative(quote);
      return single(ctx, quantity(m[3]!, m[4]!, quote));
    },
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
  // "5/12", "12/25/2026", "5.12.": refused when both orders are real, different dates.
  {
    pattern: /(^|[^\w/.])(\d{1,2})([/.])(\d{1,2})(?:\3(\d{4}|\d{2}))?(?![\w/]|\.\d)/g,
    read: (m, ctx, quote) => {
      const [a, b] = [Number(m[2]), Number(m[4])];
      const dayFirst = b >= 1 && b <= 12 && a >= 1 && a <= 31;
      const monthFirst = a >= 1 && a <= 12 && b >= 1 && b <= 31;
      if (dayFirst && monthFirst && a !== b) {
        return {
          kind: 'refuse',
          reason: `“${quote}” could be ${a} ${MONTH_TITLES[b - 1]} or ${b} ${MONTH_TITLES[a - 1]}; write the month as a word, like “${a} ${MONTH_TITLES[b - 1]}”.`,
        };
      }
      if (dayFirst) return monthDay(ctx, quote, b - 1, a, m[5]);
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
      const target = weekdayIndex(m[1] ?? m[2]!);
      const date = addDays(nextWeekMonday(ctx.interview), (target + 6) % 7);
      return { kind: 'date', date, label: `by ${shortDate(date, ctx.interview)}` };
    },
  },
  // "week after next"
  {
    pattern: /\b(?:the\s+)?week\s+after\s+next\b/g,
    read: (_m, ctx) => {
      const date = addDays(nextWeekMonday(ctx.interview), 11);
      return {
        kind: 'date',
        date,
        label: `the week after next (by ${shortDate(date, ctx.interview)})`,
      };
    },
  },
  // "early next week" (Tuesday), "mid next week" (Wednesday), "next week" / "end of next week" (Friday)
  {
    pattern:
      /\b(?:(early|beginning\s+of|start\s+of|mid|middle\s+of|late|later|end\s+of)[\s-]+(?:the\s+)?)?(?:next|the\s+following)\s+week\b/g,
    read: (m, ctx) => {
      const monday = nextWeekMonday(ctx.interview);
      const part = m[1] ?? '';
      if (/^(early|beginning|start)/.test(part)) {
        const date = addDays(monday, 1);
        return { kind: 'date', date, label: `early next week (${shortDate(date, ctx.interview)})` };
      }
      if (/^(mid|middle)/.test(part)) {
        const date = addDays(monday, 2);
        return { kind: 'date', date, label: `mid next week (${shortDate(date, ctx.interview)})` };
      }
      const date = addDays(monday, 4);
      return { kind: 'date', date, label: `next week (by ${shortDate(date, ctx.interview)})` };
    },
  },
  // "end of the week", "this week", "by the weekend": that Friday
  {
    pattern:
      /\b(?:the\s+)?(?:end\s+of\s+(?:the\s+|this\s+)?(?:working\s+|work\s+)?week|(?:later\s+)?this\s+week|(?:within|in)\s+the\s+week|week'?s\s+end|(?:the\s+)?weekend|eow)\b/g,
    read: (_m, ctx) => {
      const date = endOfWeek(ctx.interview);
      return {
        kind: 'date',
        date,
        label: `the end of the week (${shortDate(date, ctx.interview)})`,
      };
    },
  },
  // "early next month" (10th), "mid next month" (15th), "next month" (its last day)
  {
    pattern:
      /\b(?:(early|beginning\s+of|start\s+of|mid|middle\s+of|late|end\s+of)[\s-]+(?:the\s+)?)?next\s+month\b/g,
    read: (m, ctx) => {
      const first = addMonths(`${ctx.interview.slice(0, 8)}01`, 1);
      const date = partOfMonth(m[1] ?? 'end', yearOf(first), monthOf(first)) ?? first;
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
  // "next Friday": refused, people use it for both this coming Friday and the one after.
  {
    pattern: new RegExp(`\\bnext\\s+(?:${WEEKDAY_FULL}|${WEEKDAY_ABBR}\\b\\.?)`, 'g'),
    read: (m, ctx, quote) => {
      const target = weekdayIndex(m[1] ?? m[2]!);
      const first = weekdayAfter(ctx.interview, target);
      const second = addDays(first, 7);
      return {
        kind: 'refuse',
        reason: `“${quote}” can mean ${shortDate(first, ctx.interview)} or ${shortDate(second, ctx.interview)}; type the date they meant instead.`,
      };
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
    reason: `“${quote}” is a negative number; type the timeline they gave, like “2 weeks”.`,
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
  /\b(let\s+(?:you|u)\s+know|be\s+in\s+touch|get\s+back\s+to\s+(?:you|u)|hear\s+(?:back\s+)?from\s+(?:us|them)|reach\s+out|contact\s+you|no\s+(?:time\s*line|time\s*frame|date|deadline|idea)|not\s+(?:given|sure|said|stated|mentioned|specified)|did(?:n'?t|\s+not)\s+(?:say|give|mention|specify)|none|n\/?a|unknown|don'?t\s+know|nothing)\b/;

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
        reason: `“${word}” gives no number; if they said how many days or weeks, type that, or leave it empty.`,
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
      reason: `“${name}” names a month but not a day; type a day (“5 ${name}”), or “mid-${name}” or “end of ${name}”.`,
    };
  }
  const unitOnly = new RegExp(`\\b${UNIT}`).exec(text);
  if (unitOnly) {
    return {
      kind: 'unreadable',
      reason: `“${quoted(unitOnly)}” needs a number: how many did they say, like “2 weeks”?`,
    };
  }
  const number = /\d+/.exec(text);
  if (number) {
    return {
      kind: 'unreadable',
      reason: `“${number[0]}” needs a unit; type “${number[0]} days”, “${number[0]} weeks” or a date like “5 December”.`,
    };
  }
  const shown = raw.trim().replace(/\s+/g, ' ');
  return {
    kind: 'unreadable',
    reason: `“${Array.from(shown).length > 40 ? `${Array.from(shown).slice(0, 40).join('')}…` : shown}” is not a timeline the planner can read; try “1–2 weeks”, “by Friday” or “5 December”, or leave it empty if they gave none.`,
  };
}

function endOf(found: Exclude<Found, { kind: 'refuse' }>): string {
  return found.kind === 'range' ? found.latest : found.date;
}

/**
 * Reads the timeline an interviewer gave, relative to `interviewDate` (YYYY-MM-DD):
 *
 * - spans: "1-2 weeks", "one to two weeks", "a couple of weeks", "a week or two",
 *   "10 business/working days", "3 days" (calendar), "a few days" (3 business days),
 *   "48 hours", "a month" → `range`, `latest` = the interview plus the longer span;
 * - days: "by Friday" (the first Friday after the interview, a week on if it was a
 *   Friday), "end of the week" (that Friday), "end of the month" (its last day, even
 *   from the last days of the month), "early next week" (Tuesday), "next week"
 *   (Friday), "mid-December" (the 15th), "December 5" / "5 Dec" / "2026-12-05"
 *   (a month and day is the next one on or after the interview) → `date`;
 * - "", "we'll let you know", "no timeline" → `none`;
 * - anything vague ("soon", "ASAP", "TBD"), ambiguous ("5/12", "next Friday"),
 *   contradictory, zero, negative, over six months, or before the interview →
 *   `unreadable` with a sentence saying what to type instead.
 *
 * `holidays` (YYYY-MM-DD) are skipped when counting business days. Never throws.
 */
export function parseTimeline(
  text: string,
  interviewDate: string,
  holidays: string[] = [],
): ParsedTimeline {
  const raw = typeof text === 'string' ? text : '';
  if (raw.length > MAX_TIMELINE_LENGTH * 4) return tooLong();
  const normalised = normalise(raw);
  if (normalised.text.length > MAX_TIMELINE_LENGTH) return tooLong();
  // Only dashes, question marks and the like: the field is as good as empty.
  if (/^[\p{P}\p{Z}]*$/u.test(normalised.text))
    return { kind: 'none', summary: 'No timeline given' };

  const interviewKnown = isValidIsoDate(interviewDate);
  const ctx: Context = {
    interview: interviewKnown ? interviewDate : '',
    holidays: Array.isArray(holidays) ? holidays.filter((h) => typeof h === 'string') : [],
  };
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
      const end = m.index + m[0].length;
      spans.push([m.index, end]);
      // The interview date is only needed once a phrase has been recognised, so that an
      // empty or vague timeline still gets its own answer before the date is filled in.
      if (!interviewKnown) {
        return {
          kind: 'unreadable',
          reason: 'Add the interview date first: their timeline is counted from it.',
        };
      }
      const quote = original(raw, normalised, m.index, end);
      let found: Found;
      try {
        found = reader.read(m, ctx, quote);
      } catch (error) {
        // Only the date arithmetic throws, and only past the year 9999; anything else is a bug.
        if (!(error instanceof RangeError)) throw error;
        found = {
          kind: 'refuse',
          reason:
            'That date is further ahead than the planner can count; check the interview date.',
        };
      }
      if (found.kind === 'refuse') return { kind: 'unreadable', reason: found.reason };
      readings.push({ found, quote, at: m.index });
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
      reason: `It says “${first.quote}” but also “${original(raw, normalised, offset, offset + stray[1]!.length)}” on its own; keep only the words of the timeline they gave.`,
    };
  }
  const other = readings.find((r) => endOf(r.found) !== endOf(first.found));
  if (other) {
    return {
      kind: 'unreadable',
      reason: `It mentions both “${first.quote}” (${shortDate(endOf(first.found), ctx.interview)}) and “${other.quote}” (${shortDate(endOf(other.found), ctx.interview)}); keep only the one they meant.`,
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
    reason:
      'That is longer than a timeline; paste just the words about when they will decide, like “1–2 weeks”.',
  };
}
