// Why the card's mail-by day is that day, in words. Apart from mail-by.ts, which the
// timeline tools share in the 'dates' chunk, because only the note planner shows it.
import type { MailBy } from './mail-by';

/**
 * Why the card is posted on `mail`'s day, in sentences ready to show under it: the
 * interview day itself while it is still ahead (or today), or what to do once it has
 * passed (src/docs/facts.md, "Handwritten note"); then that weekends and holidays do not
 * move it.
 */
export function mailByReason(mail: MailBy): string {
  const why =
    mail.reason === 'due'
      ? 'The day of your interview: post it that day, or hand it in at reception as you leave.'
      : 'The interview day has passed. A card posted now may arrive after they decide: hand it in if you can, or let your thank-you email do the work.';
  return `${why} Weekends and holidays do not move it: a postbox takes a card any day.`;
}
