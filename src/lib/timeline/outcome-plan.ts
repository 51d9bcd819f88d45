// What to send once an application changes course: after a rejection, a withdrawal, an
// offer (here or elsewhere) or an acceptance. Each step is dated, with its rule in one
// sentence, like the interview plan (plan.ts) it follows; the numbers are in
// lib/messages/pacing.ts and their sources in src/docs/facts.md ("Beyond the first round").
// Dates are YYYY-MM-DD on the candidate's calendar and skip weekends and holidays.
import { PACING } from '../messages/pacing';
import {
  addBusinessDays,
  nextBusinessDay,
  onOrNextBusinessDay,
  subtractBusinessDays,
  type Weekend,
} from './business-days';
import { addMonths, compareDates, isValidIsoDate, shortDate } from '../dates/iso-date';
import type { PlanStep } from './plan';

/** Where an application stands, as its latest outcome says. */
export type OutcomeStatus =
  'waiting' | 'next-round' | 'offer' | 'rejected' | 'withdrawn' | 'accepted' | 'no-reply';

/** Outcomes after which the candidate still hopes to hear: the application is live. */
export const LIVE_OUTCOMES: readonly OutcomeStatus[] = ['waiting', 'next-round', 'offer'];

/** A person the messages go to. */
export interface PlanPerson {
  id: string;
  name: string;
}

/** Another application in the same search, as this plan needs to know it. */
export interface OtherApplication {
  id: string;
  company: string;
  status: OutcomeStatus;
  /** For an offer: the day it came (YYYY-MM-DD). */
  offerAt?: string;
  /** For an offer: the day they need an answer by (YYYY-MM-DD), '' when none was given. */
  offerDeadline?: string;
}

/** Everything the outcome steps are built from. */
export interface OutcomePlanInput {
  /** This application's company, as the steps name it. */
  company: string;
  /** The latest outcome: its status, the day it happened and, for an offer, its deadline. */
  outcome: { status: OutcomeStatus; at: string; deadline?: string };
  /** The references who vouched for the candidate (thanked after an acceptance). */
  references: PlanPerson[];
  /** The recruiter, when there is one (thanked after an acceptance). */
  recruiter: PlanPerson | null;
  /** The candidate's other applications: offers there set this one's "expedite" step. */
  others: OtherApplication[];
  /** YYYY-MM-DD days off. */
  holidays: readonly string[];
  /** Weekdays that are not working days (0 = Sunday); absent: Saturday and Sunday. */
  weekend?: readonly number[];
  /** Months after a rejection to reconnect; out of 1–24 falls back to the default. */
  reconnectMonths?: number;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** A plan step with a date, all day, as the outcome steps all are. */
function dated(id: string, title: string, date: string, reason: string): PlanStep {
  return { id, title, date, reason, allDay: true };
}

/**
 * The expedite step for one offer held elsewhere: the business day after it came, and
 * no later than {@link PACING.expediteLeadDays} business days before its deadline.
 * Null when the deadline has no room left (it is today or past) or the dates are not
 * dates.
 */
function expediteStep(
  company: string,
  offer: OtherApplication,
  holidays: readonly string[],
  weekend: Weekend | undefined,
): PlanStep | null {
  if (!isValidIsoDate(offer.offerAt)) return null;
  const deadline = isValidIsoDate(offer.offerDeadline) ? offer.offerDeadline : null;
  const other = offer.company.trim() || 'another company';
  const here = company.trim() || 'this company';
  let date = nextBusinessDay(offer.offerAt, holidays, weekend);
  let reason = `You have an offer from ${other} (${shortDate(offer.offerAt)})`;
  if (deadline) {
    if (compareDates(deadline, offer.offerAt) <= 0) return null;
    const latest = subtractBusinessDays(deadline, PACING.expediteLeadDays, holidays, weekend);
    if (compareDates(latest, date) < 0) {
      // Less room than the lead time: as soon as possible, saying so.
      date = compareDates(date, deadline) < 0 ? date : offer.offerAt;
      reason += ` that needs an answer by ${shortDate(deadline)}, which leaves ${here} little time: tell them the business day after it came, and say plainly when you must answer.`;
    } else {
      reason += ` that needs an answer by ${shortDate(deadline)}: tell ${here} the business day after it came, at least ${PACING.expediteLeadDays} business days before the deadline, and ask honestly whether their process can fit.`;
    }
  } else {
    reason += `: tell ${here} the business day after it came, and ask whether their process can fit once you know ${other}'s deadline.`;
  }
  return dated(`expedite:${offer.id}`, `Tell ${here} about your offer from ${other}`, date, reason);
}

/**
 * The real dates of a list of days off, once per list: a page plans every application
 * with the same list, and reading it again for each was most of a page of hundreds.
 */
const validLists = new WeakMap<readonly string[], readonly string[]>();
function validDays(list: readonly string[]): readonly string[] {
  let valid = validLists.get(list);
  if (!valid) validLists.set(list, (valid = list.filter(isValidIsoDate)));
  return valid;
}

/**
 * The steps an outcome adds, in the order to do them. Never throws; a missing or
 * unreadable outcome date gives no steps (the caller shows the outcome without a plan).
 *
 * - waiting, next round: for each live offer elsewhere, an "expedite" note to this
 *   company (see expediteStep).
 * - offer: ask for more time if needed (the business day after it came, and before the
 *   deadline), then answer by the deadline.
 * - rejected: a gracious reply within {@link PACING.rejectionReplyDays} business days
 *   (a request for feedback optional), then a reconnect note months later.
 * - withdrawn: the withdrawal message, on the first business day from the decision.
 * - accepted: withdraw from every other live application the business day after, and
 *   thank the recruiter and each reference within {@link PACING.rejectionReplyDays}
 *   business days.
 * - no reply: nothing; the plan has already said to move on.
 */
export function outcomePlan(input: OutcomePlanInput): PlanStep[] {
  const at = input?.outcome?.at;
  if (!isValidIsoDate(at)) return [];
  const holidays = Array.isArray(input.holidays) ? validDays(input.holidays) : [];
  const weekend = Array.isArray(input.weekend) ? input.weekend : undefined;
  const company = typeof input.company === 'string' ? input.company.trim() : '';
  const here = company || 'the company';
  const steps: PlanStep[] = [];
  try {
    switch (input.outcome.status) {
      case 'waiting':
      case 'next-round':
        for (const other of input.others ?? []) {
          if (other.status !== 'offer') continue;
          const step = expediteStep(company, other, holidays, weekend);
          if (step) steps.push(step);
        }
        break;
      case 'offer': {
        const deadline = isValidIsoDate(input.outcome.deadline) ? input.outcome.deadline : null;
        const ask = nextBusinessDay(at, holidays, weekend);
        if (deadline && compareDates(deadline, at) > 0) {
          const before = compareDates(ask, deadline) < 0 ? ask : at;
          steps.push(
            dated(
              'offer-extension',
              'Ask for more time, if you need it',
              before,
              `Their deadline is ${shortDate(deadline, at)}. If you are waiting on other companies, ask for a specific later date now, not on the last day; if not, skip this.`,
            ),
            dated(
              'offer-answer',
              `Answer ${here}'s offer`,
              deadline,
              `The deadline they gave. Accept or decline in writing, and thank them either way.`,
            ),
          );
        } else {
          steps.push(
            dated(
              'offer-extension',
              'Ask when they need your answer',
              ask,
              'No deadline is recorded: ask for one the business day after the offer, and for more time then if you need it.',
            ),
          );
        }
        break;
      }
      case 'rejected': {
        const days = PACING.rejectionReplyDays;
        steps.push(
          dated(
            'rejection-reply',
            `Reply to ${here} graciously`,
            addBusinessDays(at, days, holidays, weekend),
            `Within ${days} business ${plural(days, 'day', 'days')} of hearing (${shortDate(at)}): thank them, say you would welcome future openings, and, if you like, ask one short question for feedback.`,
          ),
        );
        const wanted = input.reconnectMonths;
        const months =
          typeof wanted === 'number' && Number.isInteger(wanted) && wanted >= 1 && wanted <= 24
            ? wanted
            : PACING.reconnectMonths;
        steps.push(
          dated(
            'reconnect',
            `Get back in touch with ${here}`,
            onOrNextBusinessDay(addMonths(at, months), holidays, weekend),
            `${months} ${plural(months, 'month', 'months')} after the decision: a short note with something new since you last spoke, and interest in roles that open.`,
          ),
        );
        break;
      }
      case 'withdrawn':
        steps.push(
          dated(
            'withdrawal',
            `Tell ${here} you are withdrawing`,
            onOrNextBusinessDay(at, holidays, weekend),
            'As soon as you decide: a short, courteous note, so they can move on with other candidates.',
          ),
        );
        break;
      case 'accepted': {
        const next = nextBusinessDay(at, holidays, weekend);
        for (const other of input.others ?? []) {
          if (!LIVE_OUTCOMES.includes(other.status)) continue;
          const name = other.company.trim() || 'another company';
          steps.push(
            dated(
              `withdraw-from:${other.id}`,
              `Withdraw from ${name}`,
              next,
              `You accepted ${here}'s offer on ${shortDate(at)}: once it is confirmed in writing, tell ${name} promptly and courteously.`,
            ),
          );
        }
        const thanksBy = addBusinessDays(at, PACING.rejectionReplyDays, holidays, weekend);
        if (input.recruiter) {
          steps.push(
            dated(
              `recruiter-thanks:${input.recruiter.id}`,
              `Thank ${input.recruiter.name.trim() || 'the recruiter'}`,
              thanksBy,
              'The recruiter carried your application through: a short thank-you once you have accepted.',
            ),
          );
        }
        for (const person of input.references ?? []) {
          steps.push(
            dated(
              `reference-thanks:${person.id}`,
              `Thank ${person.name.trim() || 'your reference'}`,
              thanksBy,
              'They vouched for you: tell them how it ended and thank them, within a couple of business days.',
            ),
          );
        }
        break;
      }
      case 'no-reply':
        break;
    }
  } catch (error) {
    // Past the year 9999: no dates to give.
    if (error instanceof RangeError) return [];
    throw error;
  }
  return steps;
}

// The cap on follow-ups lives apart, so the status-inquiry writer loads it without the rest.
export { followUpAllowance, type FollowUpAllowance } from './follow-up-allowance';
