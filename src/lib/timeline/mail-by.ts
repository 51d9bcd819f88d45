import { addDays, compareDates, isValidIsoDate } from '../dates/iso-date';
import { PACING } from '../messages/pacing';

/** When to post the card, and whether that day is still ahead. */
export interface MailBy {
  /** YYYY-MM-DD: the interview day plus `PACING.cardMailDays` (0, the same day). */
  date: string;
  /** 'due': that day is today or still ahead; 'passed': it has gone by. */
  reason: 'due' | 'passed';
}

/**
 * The day to post the card: the day of the interview (`PACING.cardMailDays`, 0;
 * src/docs/facts.md, "Handwritten note": post it that day or hand it in). A weekend or a
 * holiday does not move it, since a postbox takes a card on any day and the point is
 * that it leaves before the decision does. Once that day has passed the reason is
 * 'passed': a card posted later may arrive after they decide, so the guide says to let
 * the email do the work (or hand the card in). Both dates are YYYY-MM-DD (today in the
 * user's own zone); an invalid date gives null.
 */
export function mailByDate(interviewDate: string, today: string): MailBy | null {
  if (!isValidIsoDate(interviewDate) || !isValidIsoDate(today)) return null;
  let date: string;
  try {
    date = addDays(interviewDate, PACING.cardMailDays);
  } catch {
    return null; // past year 9999
  }
  return { date, reason: compareDates(today, date) > 0 ? 'passed' : 'due' };
}
