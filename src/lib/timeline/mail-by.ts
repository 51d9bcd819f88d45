import { compareDates, isValidIsoDate } from '../dates/iso-date';
import { isBusinessDay, onOrNextBusinessDay } from './business-days';

/** When to post the card, and why that day. */
export interface MailBy {
  /** YYYY-MM-DD. */
  date: string;
  /** 'same-day': the interview day itself; 'next-business-day': the first weekday after that is still ahead. */
  reason: 'same-day' | 'next-business-day';
}

/**
 * The day to post the card (gsehd.gwu.edu: mail it the same day). On the interview day
 * itself, if it is a weekday, that day ('same-day'). Otherwise the next business day
 * (Monday to Friday) on or after today ('next-business-day'): a weekend interview or a
 * missed day moves it on, never back. Planned ahead of the interview, the count starts
 * from the interview day, since a thank-you cannot go out before the meeting. Public
 * holidays are skipped by the plan, which knows the user's list; here they are not.
 * Both dates are YYYY-MM-DD (today in the user's own zone); an invalid date gives null.
 */
export function mailByDate(interviewDate: string, today: string): MailBy | null {
  if (!isValidIsoDate(interviewDate) || !isValidIsoDate(today)) return null;
  const from = compareDates(today, interviewDate) > 0 ? today : interviewDate;
  if (from === interviewDate && isBusinessDay(from, [])) return { date: from, reason: 'same-day' };
  try {
    return { date: onOrNextBusinessDay(from, []), reason: 'next-business-day' };
  } catch {
    return null; // past year 9999
  }
}
