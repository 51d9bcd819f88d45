import { describe, expect, it } from 'vitest';
import { mailByDate } from '../../src/lib/timeline/mail-by';
import { mailByReason } from '../../src/lib/timeline/mail-by-reason';

const ANY_DAY = ' Weekends and holidays do not move it: a postbox takes a card any day.';

describe('mailByReason', () => {
  it('on the interview day, says to post it that day', () => {
    const mail = mailByDate('2026-11-24', '2026-11-24')!; // Tue
    expect(mailByReason(mail)).toBe(
      `The day of your interview: post it that day, or hand it in at reception as you leave.${ANY_DAY}`,
    );
  });

  it('planned ahead of the interview, still names the interview day', () => {
    const mail = mailByDate('2026-11-24', '2026-11-20')!;
    expect(mail.reason).toBe('due');
    expect(mailByReason(mail)).toMatch(/^The day of your interview:/);
  });

  it('after the day has passed, says the email does the work now', () => {
    const mail = mailByDate('2026-11-24', '2026-11-26')!;
    expect(mail.reason).toBe('passed');
    expect(mailByReason(mail)).toBe(
      `The interview day has passed. A card posted now may arrive after they decide: hand it in if you can, or let your thank-you email do the work.${ANY_DAY}`,
    );
  });

  it('a weekend interview keeps its own day', () => {
    const mail = mailByDate('2026-11-28', '2026-11-28')!; // Sat
    expect(mail.date).toBe('2026-11-28');
    expect(mailByReason(mail)).toMatch(/^The day of your interview:/);
  });
});
