// The follow-up plan for one interview: every message after it, each with its date and
// the rule behind that date in one sentence (src/docs/facts.md: "Thank-you email",
// "Handwritten note", "LinkedIn", "Status inquiry and the hiring timeline"). Dates are
// YYYY-MM-DD on the candidate's calendar; only the thank-you is timed, because only its
// rule is in hours. Every business-day count skips weekends and the user's holidays.
//
// Once a follow-up is marked sent, later steps count from the day it really went out,
// not the day it was planned: a candidate who wrote early or late should still leave
// the same gap before writing again.
import { mailByDate } from './mail-by';
import { ACTION_ITEM_DEFAULT_DAYS, actionItemDue } from './action-item-due';
import { clockStart, thankYouDeadline } from '../thank-you/deadline';
import { formatInZone, isoDateIn, isValidTimeZone } from '../dates/zoned-time';
import { addBusinessDays, isBusinessDay, nextBusinessDay, type Weekend } from './business-days';
import { addDays, compareDates, isValidIsoDate, shortDate } from '../dates/iso-date';
import type { ParsedTimeline } from './parse';
import { DEFAULT_SETTINGS, type PlanSettings } from '../workspace/schema';

/**
 * How the plan is paced: the gaps the user may change, that is the workspace's stored
 * {@link PlanSettings} less the days off (holidays, region, weekend), which the plan takes on their own.
 */
export type PlanPacing = Pick<
  PlanSettings,
  'inquiryBufferDays' | 'secondFollowUpGap' | 'moveOnGap'
>;

/** Status inquiry 2 business days after their timeline, then +5, then move on +10 (src/docs/facts.md, "Status inquiry and the hiring timeline"). */
export const DEFAULT_PLAN_SETTINGS: PlanPacing = {
  inquiryBufferDays: DEFAULT_SETTINGS.inquiryBufferDays,
  secondFollowUpGap: DEFAULT_SETTINGS.secondFollowUpGap,
  moveOnGap: DEFAULT_SETTINGS.moveOnGap,
};

/** Business days to wait when no timeline was given (indeed.com: at least 5). */
export const NO_TIMELINE_WAIT_DAYS = 5;
/** Largest gap accepted from settings; beyond about three months a "follow-up" is a new application. */
const MAX_GAP = 60;

/** Something the candidate already sent, with when. */
export interface SentRecord {
  /** Which message ("thank-you-email", "status-inquiry"…); the plan reads only its own kinds. */
  kind: string;
  /** ISO 8601 instant, or a plain YYYY-MM-DD date. */
  at: string;
}

/** Everything the plan is built from. */
export interface PlanInput {
  /** YYYY-MM-DD, on the interview's own calendar. */
  interviewDate: string;
  /** HH:mm, or '' when unknown (the thank-you step is then a whole-day reminder). */
  interviewTime: string;
  /**
   * HH:mm the interview ended, or ''/absent when unknown. The thank-you clock runs from
   * the end (a 90-minute interview otherwise loses an hour and a half of its 24).
   */
  interviewEnd?: string;
  /**
   * The reader's own IANA zone. When it is not the interview's, times in reasons name
   * their zone, so "10:00" is never read as the reader's 10:00.
   */
  userZone?: string;
  /** IANA zone of the interview. */
  timeZone: string;
  /** The interviewer's timeline, from parseTimeline. */
  timeline: ParsedTimeline;
  /** YYYY-MM-DD days off, skipped by every business-day count. */
  holidays: string[];
  /**
   * Weekdays that are not working days (0 = Sunday … 6 = Saturday), from the user's
   * region; absent: Saturday and Sunday.
   */
  weekend?: number[];
  /** The user's gaps; out-of-range values fall back to DEFAULT_PLAN_SETTINGS. */
  settings: PlanPacing;
  /** Whether to plan a handwritten note. */
  wantsCard: boolean;
  /** How many people to thank; only changes the wording (0 still plans the thank-you). */
  interviewers: number;
  /** Things the candidate promised to send ("portfolio link"); `due` '' means the default. */
  actionItems: { id: string; what: string; due: string }[];
  sent: SentRecord[];
  /** YYYY-MM-DD in the user's own zone, for the note's "mail it the same day". */
  today: string;
}

/** One dated thing to do. */
export interface PlanStep {
  /** 'thank-you-email' | 'handwritten-note' | 'linkedin' | 'action-item:<id>' | 'status-inquiry' | 'final-follow-up' | 'move-on'. */
  id: string;
  title: string;
  /** The rule behind the date, in one sentence; when `date` is null, why it is. */
  reason: string;
  /** YYYY-MM-DD, or null when it cannot be worked out yet. */
  date: string | null;
  /** ISO instant the step opens (thank-you: 24 hours after the interview). */
  start?: string;
  /** ISO instant the step closes (thank-you: 48 hours after the interview). */
  end?: string;
  allDay: boolean;
}

/** Where a step stands on a given day. */
export type StepState = 'done' | 'overdue' | 'today' | 'upcoming' | 'unknown';

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/** A gap from settings as a whole number of business days, or the default when it is not one. */
function gap(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_GAP
    ? value
    : fallback;
}

/**
 * The day something was sent, on the interview's calendar. A bare date is taken as
 * is; an instant is read in the interview's zone (UTC when that is unknown). Entries
 * that are not dates are ignored; of several, the latest counts, since the next gap
 * runs from the most recent message.
 */
function sentDate(
  sent: readonly SentRecord[],
  kind: SentRecord['kind'],
  timeZone: string,
): string | null {
  let latest: string | null = null;
  const records: readonly SentRecord[] = Array.isArray(sent) ? sent : [];
  for (const record of records) {
    if (record?.kind !== kind || typeof record.at !== 'string') continue;
    let date: string | null;
    if (isValidIsoDate(record.at)) date = record.at;
    else {
      const instant = new Date(record.at);
      const day = Number.isNaN(instant.getTime())
        ? ''
        : isoDateIn(instant, isValidTimeZone(timeZone) ? timeZone : 'UTC');
      date = isValidIsoDate(day) ? day : null;
    }
    if (date !== null && (latest === null || compareDates(date, latest) > 0)) latest = date;
  }
  return latest;
}

/**
 * " (skipping the holiday on Fri 1 Jan)" when a listed holiday fell on a weekday in
 * (from, to]: the reader should see why a count ran a day longer than expected.
 */
function holidayClause(
  from: string,
  to: string,
  holidays: readonly string[],
  weekend: Weekend | undefined,
): string {
  // A region's list runs to hundreds of dates, and every step of every plan asks: the
  // range is checked on the text first (YYYY-MM-DD sorts as the days it names), and only
  // the few dates in it are read (reading them all took seconds for 500 interviews).
  const skipped = holidays
    .filter(
      (h) =>
        typeof h === 'string' &&
        h > from &&
        h <= to &&
        isValidIsoDate(h) &&
        isBusinessDay(h, [], weekend),
    )
    .sort(compareDates);
  const unique = [...new Set(skipped)];
  if (unique.length === 0) return '';
  const days = unique.map((h) => shortDate(h, from));
  return ` (skipping the ${plural(days.length, 'holiday', 'holidays')} on ${days.join(', ')})`;
}

/** A summary without its trailing "(by Tue 8 Dec)", for reasons that give the date themselves. */
function timelineLabel(summary: string): string {
  return summary.replace(/\s*\([^()]*\)\s*$/, '').trim() || summary;
}

/** Business-day arithmetic that reports "past the year 9999" as null instead of throwing. */
function safe(compute: () => string): string | null {
  try {
    return compute();
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

interface Planned {
  date: string | null;
  reason: string;
}

/** The first status inquiry, before anything was sent: the rules of facts.md by kind of timeline. */
function plannedInquiry(
  timeline: ParsedTimeline,
  interview: string,
  holidays: string[],
  buffer: number,
  weekend: Weekend | undefined,
): Planned {
  if (timeline?.kind === 'range' && isValidIsoDate(timeline.latest)) {
    const date = safe(() => addBusinessDays(timeline.latest, buffer, holidays, weekend));
    return {
      date,
      reason: `Their timeline (${timelineLabel(timeline.summary)}) ends ${shortDate(timeline.latest, interview)}; wait ${buffer} more business ${plural(buffer, 'day', 'days')}${date ? holidayClause(timeline.latest, date, holidays, weekend) : ''}.`,
    };
  }
  if (timeline?.kind === 'date' && isValidIsoDate(timeline.date)) {
    const date = safe(() => nextBusinessDay(timeline.date, holidays, weekend));
    const label = timelineLabel(timeline.summary);
    const named = shortDate(timeline.date, interview);
    const said = label.includes(named) || label === '' ? '' : ` (${label})`;
    return {
      date,
      reason: `Their date${said} is ${named}; write the next business morning after it${date ? holidayClause(timeline.date, date, holidays, weekend) : ''}.`,
    };
  }
  if (timeline?.kind === 'unreadable') {
    const why = typeof timeline.reason === 'string' ? timeline.reason.trim() : '';
    const sentence = `Their timeline could not be read${why ? `: ${why}` : ''}`;
    return { date: null, reason: /[.?!]$/.test(sentence) ? sentence : `${sentence}.` };
  }
  if (timeline?.kind === 'none' || timeline === undefined || timeline === null) {
    const date = safe(() => addBusinessDays(interview, NO_TIMELINE_WAIT_DAYS, holidays, weekend));
    return {
      date,
      reason: `No timeline was given, so wait at least ${NO_TIMELINE_WAIT_DAYS} business days after the interview${date ? holidayClause(interview, date, holidays, weekend) : ''}.`,
    };
  }
  return { date: null, reason: 'Their timeline has no usable date; check it above.' };
}

/**
 * The follow-up plan for one interview, in this order: thank-you email, handwritten
 * note (when wanted), LinkedIn, each action item, status inquiry, final follow-up, move on.
 *
 * - Thank-you: 24 hours after the interview, 48 at the latest; timed (start/end
 *   instants) when the time and zone are known, else a whole-day step the day after.
 * - Note: post it the same day as the interview (mailByDate; a weekend or holiday does
 *   not move it), or, once that day has passed, hand it in or skip it.
 * - LinkedIn: the business day after the thank-you is due, or after it was really sent
 *   if that was later; never after the planned status inquiry.
 * - Action item: its due date, else 2 business days after the interview.
 * - Status inquiry: a range's end + `inquiryBufferDays` business days; a named date's
 *   next business day; no timeline, interview + 5 business days; unreadable, null.
 * - Final follow-up: `secondFollowUpGap` business days after the inquiry (as sent, if it
 *   was); move on: `moveOnGap` business days after the final follow-up (likewise).
 *
 * Bad settings fall back to DEFAULT_PLAN_SETTINGS; an invalid interview date gives
 * null dates with the reason. Never throws.
 */
export function buildPlan(input: PlanInput): PlanStep[] {
  const interview = isValidIsoDate(input?.interviewDate) ? input.interviewDate : null;
  const zone = typeof input?.timeZone === 'string' ? input.timeZone : '';
  const holidays = Array.isArray(input?.holidays) ? input.holidays.filter(isValidIsoDate) : [];
  const weekend = Array.isArray(input?.weekend) ? input.weekend : undefined;
  const sent = Array.isArray(input?.sent) ? input.sent : [];
  const settings = input?.settings ?? DEFAULT_PLAN_SETTINGS;
  const buffer =
    settings.inquiryBufferDays === 1 || settings.inquiryBufferDays === 2
      ? settings.inquiryBufferDays
      : DEFAULT_PLAN_SETTINGS.inquiryBufferDays;
  const secondGap = gap(settings.secondFollowUpGap, DEFAULT_PLAN_SETTINGS.secondFollowUpGap);
  const moveOnGap = gap(settings.moveOnGap, DEFAULT_PLAN_SETTINGS.moveOnGap);
  const people =
    typeof input?.interviewers === 'number' && Number.isFinite(input.interviewers)
      ? input.interviewers
      : 1;
  const many = people > 1;
  const noDate = 'Add the interview date to work this out.';
  const steps: PlanStep[] = [];

  // Thank-you email.
  const thankYou: PlanStep = {
    id: 'thank-you-email',
    title: many ? 'Send your thank-you emails (one per interviewer)' : 'Send your thank-you email',
    reason: noDate,
    date: null,
    allDay: true,
  };
  if (interview) {
    const time = typeof input.interviewTime === 'string' ? input.interviewTime : '';
    const endTime = typeof input.interviewEnd === 'string' ? input.interviewEnd : '';
    const clock = clockStart(interview, time, endTime, zone);
    if (clock) {
      const { at, fromEnd } = clock;
      const { target, latest } = thankYouDeadline(at, zone);
      const day = isoDateIn(target, zone);
      const withZone =
        typeof input.userZone === 'string' && input.userZone !== '' && input.userZone !== zone;
      const show = (d: Date) => formatInZone(d, zone, { withZone });
      // Null only past the year 9999, where the rest of the plan stops too.
      thankYou.date = isValidIsoDate(day) ? day : null;
      thankYou.start = target.toISOString();
      thankYou.end = latest.toISOString();
      thankYou.allDay = false;
      thankYou.reason = `Send within 24 hours of the ${fromEnd ? 'end of the ' : ''}interview (by ${show(target)}), ${show(latest)} at the latest.`;
    } else {
      thankYou.date = safe(() => addDays(interview, 1));
      thankYou.reason =
        time === ''
          ? 'Send within 24 hours of the interview, 48 at the latest; add the interview time for exact deadlines.'
          : 'Send within 24 hours of the interview, 48 at the latest; the interview time or zone is not readable, so this is a whole-day reminder.';
    }
  }
  steps.push(thankYou);

  // Handwritten note.
  if (input?.wantsCard) {
    const note: PlanStep = {
      id: 'handwritten-note',
      title: many ? 'Mail your handwritten notes' : 'Mail your handwritten note',
      reason: noDate,
      date: null,
      allDay: true,
    };
    if (interview) {
      // A missing "today" counts as the interview day, so the plan reads "due".
      const mail = mailByDate(interview, isValidIsoDate(input.today) ? input.today : interview);
      if (mail) {
        note.date = mail.date;
        note.reason =
          mail.reason === 'due'
            ? 'Post it the same day as the interview, or hand it in, so it arrives while they are still deciding.'
            : 'It was due the day of the interview: hand it in if you can, or let your thank-you email do the work, since a card posted now may arrive after they decide.';
      }
    }
    steps.push(note);
  }

  // Status inquiry (worked out before LinkedIn, which must not trail it).
  const inquirySent = sentDate(sent, 'status-inquiry', zone);
  const planned: Planned = interview
    ? plannedInquiry(input.timeline, interview, holidays, buffer, weekend)
    : { date: null, reason: noDate };
  const inquiry: PlanStep = {
    id: 'status-inquiry',
    title: 'Ask about the status',
    reason: planned.reason,
    date: planned.date,
    allDay: true,
  };
  if (inquirySent) {
    inquiry.date = inquirySent;
    inquiry.reason = `You sent it on ${shortDate(inquirySent, interview ?? inquirySent)}${planned.date && planned.date !== inquirySent ? ` (planned for ${shortDate(planned.date, interview ?? planned.date)})` : ''}; the next steps count from that day.`;
  }

  // LinkedIn.
  const linkedIn: PlanStep = {
    id: 'linkedin',
    title: many ? 'Send LinkedIn connection requests' : 'Send a LinkedIn connection request',
    reason: noDate,
    date: null,
    allDay: true,
  };
  if (thankYou.date) {
    const thankYouSent = sentDate(sent, 'thank-you-email', zone);
    const after =
      thankYouSent && compareDates(thankYouSent, thankYou.date) > 0 ? thankYouSent : thankYou.date;
    let date = safe(() => nextBusinessDay(after, holidays, weekend));
    let reason =
      after === thankYou.date
        ? `Connect the business day after your thank-you is due (${shortDate(after, interview ?? after)}), so the request follows the email${date ? holidayClause(after, date, holidays, weekend) : ''}.`
        : `Connect the business day after you sent your thank-you (${shortDate(after, interview ?? after)}), so the request follows the email${date ? holidayClause(after, date, holidays, weekend) : ''}.`;
    // A same-day or next-day decision puts the status inquiry first; connecting after
    // asking where things stand would read backwards, so the request moves up to it.
    if (date && !inquirySent && inquiry.date && compareDates(date, inquiry.date) > 0) {
      date = inquiry.date;
      reason = `Connect after your thank-you and no later than your status inquiry (${shortDate(date, interview ?? date)}), so the request follows the email.`;
    }
    linkedIn.date = date;
    linkedIn.reason = reason;
  }
  steps.push(linkedIn);

  // Action items.
  for (const item of Array.isArray(input?.actionItems) ? input.actionItems : []) {
    const what = typeof item?.what === 'string' ? item.what.replace(/\s+/g, ' ').trim() : '';
    const due = typeof item?.due === 'string' ? item.due.trim() : '';
    const step: PlanStep = {
      id: `action-item:${String(item?.id ?? '')}`,
      title: what ? `Send what you promised: ${what}` : 'Send what you promised',
      reason: noDate,
      date: null,
      allDay: true,
    };
    if (isValidIsoDate(due)) {
      step.date = due;
      step.reason = 'The due date you set.';
    } else if (interview) {
      step.date = actionItemDue(due, interview, holidays, weekend);
      step.reason = `${due === '' ? 'No due date set' : `“${due}” is not a date`}, so aim for ${ACTION_ITEM_DEFAULT_DAYS} business days after the interview, while the conversation is fresh${step.date ? holidayClause(interview, step.date, holidays, weekend) : ''}.`;
    }
    steps.push(step);
  }

  steps.push(inquiry);

  // Final follow-up.
  const finalSent = sentDate(sent, 'final-follow-up', zone);
  const final: PlanStep = {
    id: 'final-follow-up',
    title: 'Send one last follow-up',
    reason: 'Follows the status inquiry, which has no date yet.',
    date: null,
    allDay: true,
  };
  if (inquiry.date) {
    const from = inquiry.date;
    final.date = safe(() => addBusinessDays(from, secondGap, holidays, weekend));
    final.reason = `${secondGap} business ${plural(secondGap, 'day', 'days')} after your status inquiry (${inquirySent ? 'sent' : 'planned for'} ${shortDate(from, interview ?? from)}) with no reply: one more short note, then stop${final.date ? holidayClause(from, final.date, holidays, weekend) : ''}.`;
  }
  if (finalSent) {
    const plannedFinal = final.date;
    final.date = finalSent;
    final.reason = `You sent it on ${shortDate(finalSent, interview ?? finalSent)}${plannedFinal && plannedFinal !== finalSent ? ` (planned for ${shortDate(plannedFinal, interview ?? plannedFinal)})` : ''}; moving on counts from that day.`;
  }
  steps.push(final);

  // Move on.
  const moveOn: PlanStep = {
    id: 'move-on',
    title: 'Move on',
    reason: 'Follows the final follow-up, which has no date yet.',
    date: null,
    allDay: true,
  };
  if (final.date) {
    const from = final.date;
    moveOn.date = safe(() => addBusinessDays(from, moveOnGap, holidays, weekend));
    moveOn.reason = `${moveOnGap} business ${plural(moveOnGap, 'day', 'days')} after your final follow-up (${finalSent ? 'sent' : 'planned for'} ${shortDate(from, interview ?? from)}) with no reply: put your energy into other applications; you can still say yes if they write${moveOn.date ? holidayClause(from, moveOn.date, holidays, weekend) : ''}.`;
  }
  steps.push(moveOn);

  return steps;
}

export { stepState } from './step-state';
