// Why the card's mail-by day is that day, in words. Apart from mail-by.ts, which the
// timeline tools share in the 'dates' chunk, because only the note planner shows it.
import type { MailBy } from './mail-by';

/**
 * Why the card is mailed on `mail`'s day, in sentences ready to show under it: the
 * interview day itself, a day that has passed, or a weekend; then that public holidays
 * are not counted. `interviewDate` and `today` are the dates mailByDate (mail-by.ts) was given.
 */
export function mailByReason(mail: MailBy, interviewDate: string, today: string): string {
  const why =
    mail.reason === 'same-day'
      ? 'The day of your interview: post it that day, or hand it in at reception as you leave.'
      : interviewDate < today
        ? 'The interview day has passed, so post it on the first business day you can.'
        : 'Your interview falls on a weekend, so post it on the next business day.';
  return `${why} Public holidays are not counted: if the post office is closed, post it the next working day.`;
}
