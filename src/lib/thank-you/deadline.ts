// When the thank-you email is due: within 24 hours of the interview, 48 at the latest
// (src/docs/facts.md, "Thank-you email"). Counted in exact hours from the interview's
// end (its start when no end is given), because a clock change in between must not quietly add or take away an hour.
import { weekdayInZone, zonedToInstant } from '../dates/zoned-time';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Hours after the interview by which the thank-you should go out. */
export const THANK_YOU_TARGET_HOURS = 24;
/** Hours after the interview past which a thank-you reads as late. */
export const THANK_YOU_LATEST_HOURS = 48;

const FRIDAY = 5;
const SATURDAY = 6;
const SUNDAY = 0;

/** When the thank-you clock starts, and whether that is the interview's end. */
export interface ClockStart {
  at: Date;
  /** True when the clock runs from the end time (the start is used without a valid one). */
  fromEnd: boolean;
}

/**
 * The instant the thank-you clock starts: the interview's end when one is given and
 * after the start, else its start; null when the date, start or zone cannot be read.
 * An end before the start (a typo, or past midnight) is not trusted.
 */
export function clockStart(
  date: string,
  start: string,
  end: string,
  timeZone: string,
): ClockStart | null {
  const started = start.trim() ? zonedToInstant(date, start.trim(), timeZone) : null;
  if (!started) return null;
  const ended = end.trim() ? zonedToInstant(date, end.trim(), timeZone) : null;
  return ended && ended.getTime() > started.getTime()
    ? { at: ended, fromEnd: true }
    : { at: started, fromEnd: false };
}

/** The two deadlines for one interview, and a word of advice when a weekend is in the way. */
export interface ThankYouDeadline {
  /** Send by this instant: 24 hours after the interview started. */
  target: Date;
  /** Send by this instant at the latest: 48 hours after. */
  latest: Date;
  /** One sentence about the weekend, or null when no weekend is in the way. */
  fridayNote: string | null;
}

/**
 * The thank-you deadlines for an interview that started at `interviewAt`. The weekend
 * advice uses the interview's own zone, since it is the interviewer's working week
 * that makes a Monday email look late.
 */
export function thankYouDeadline(interviewAt: Date, interviewTimeZone: string): ThankYouDeadline {
  const start = interviewAt.getTime();
  const target = new Date(start + THANK_YOU_TARGET_HOURS * HOUR);
  const latest = new Date(start + THANK_YOU_LATEST_HOURS * HOUR);
  let fridayNote: string | null = null;
  const latestDay = weekdayInZone(latest, interviewTimeZone);
  if (weekdayInZone(interviewAt, interviewTimeZone) === FRIDAY) {
    fridayNote =
      'Your interview was on a Friday: sending your thank-you that evening or on Saturday keeps it within 48 hours, while one that waits until Monday reads as late.';
  } else if (latestDay === SATURDAY || latestDay === SUNDAY) {
    fridayNote =
      'Your 48 hours run out over the weekend: sending on Friday keeps your thank-you on time, while one that waits until Monday reads as late.';
  }
  return { target, latest, fridayNote };
}

/** How long is left until a deadline, or how far past it, in words. */
export interface TimeLeft {
  /** True once the deadline has passed. */
  overdue: boolean;
  /** "5 h 20 min left", "2 days 3 h left", "Overdue by 3 h", "less than a minute left". */
  text: string;
}

/** Whole days, hours and minutes, keeping only the two largest units a reader needs. */
function spanText(ms: number): string {
  const totalMinutes = Math.floor(ms / MINUTE);
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((totalMinutes % (24 * 60)) / 60);
  const minutes = totalMinutes % 60;
  if (days > 0)
    return [`${days} ${days === 1 ? 'day' : 'days'}`, hours > 0 ? `${hours} h` : '']
      .filter(Boolean)
      .join(' ');
  if (hours > 0)
    return [`${hours} h`, minutes > 0 ? `${minutes} min` : ''].filter(Boolean).join(' ');
  return `${minutes} min`;
}

/**
 * The time from `now` to `deadline` for a countdown label. Rounds down, so it never
 * promises more time than there is; an invalid date gives an empty text.
 */
export function timeLeft(now: Date, deadline: Date): TimeLeft {
  const ms = deadline.getTime() - now.getTime();
  if (Number.isNaN(ms)) return { overdue: false, text: '' };
  if (ms >= 0)
    return {
      overdue: false,
      text: ms < MINUTE ? 'less than a minute left' : `${spanText(ms)} left`,
    };
  return {
    overdue: true,
    text: -ms < MINUTE ? 'Overdue by less than a minute' : `Overdue by ${spanText(-ms)}`,
  };
}
