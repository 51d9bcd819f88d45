import { describe, expect, it } from 'vitest';
import { mailByDate } from '../../src/lib/timeline/mail-by';
import { mailByReason } from '../../src/lib/timeline/mail-by-reason';

const HOLIDAYS =
  ' Public holidays are not counted: if the post office is closed, post it the next working day.';

describe('mailByReason', () => {
  it('on a weekday interview, says to post it that day', () => {
    const mail = mailByDate('2026-11-24', '2026-11-24')!; // Tue
    expect(mailByReason(mail, '2026-11-24', '2026-11-24')).toBe(
      `The day of your interview: post it that day, or hand it in at reception as you leave.${HOLIDAYS}`,
    );
  });

  it('planned ahead of a weekday interview, still names the interview day', () => {
    const mail = mailByDate('2026-11-24', '2026-11-20')!;
    expect(mail.reason).toBe('same-day');
    expect(mailByReason(mail, '2026-11-24', '2026-11-20')).toMatch(/^The day of your interview:/);
  });

  it('after a missed day, says to post it on the first business day', () => {
    const mail = mailByDate('2026-11-24', '2026-11-26')!;
    expect(mailByReason(mail, '2026-11-24', '2026-11-26')).toBe(
      `The interview day has passed, so post it on the first business day you can.${HOLIDAYS}`,
    );
  });

  it('for a weekend interview, says it moves to the next business day', () => {
    const mail = mailByDate('2026-11-28', '2026-11-28')!; // Sat
    expect(mailByReason(mail, '2026-11-28', '2026-11-28')).toBe(
      `Your interview falls on a weekend, so post it on the next business day.${HOLIDAYS}`,
    );
    // Planned before a Saturday interview: still the weekend reason, not "passed".
    expect(mailByReason(mailByDate('2026-11-28', '2026-11-25')!, '2026-11-28', '2026-11-25')).toBe(
      `Your interview falls on a weekend, so post it on the next business day.${HOLIDAYS}`,
    );
  });
});
