import { describe, expect, it } from 'vitest';
import { addMonths } from '../../src/lib/dates/iso-date';
import { subtractBusinessDays } from '../../src/lib/timeline/business-days';
import {
  followUpAllowance,
  outcomePlan,
  type OutcomePlanInput,
} from '../../src/lib/timeline/outcome-plan';

const base = (fields: Partial<OutcomePlanInput>): OutcomePlanInput => ({
  company: 'Fernhill Labs',
  outcome: { status: 'waiting', at: '2026-12-04' },
  references: [],
  recruiter: null,
  others: [],
  holidays: [],
  ...fields,
});
const brief = (input: OutcomePlanInput) =>
  outcomePlan(input).map(({ id, date, title }) => ({ id, date, title }));

describe('outcomePlan', () => {
  it('waiting with an offer elsewhere: tell this company the business day after it came', () => {
    const plan = outcomePlan(
      base({
        others: [
          {
            id: 'b',
            company: 'Northwind',
            status: 'offer',
            offerAt: '2026-12-07',
            offerDeadline: '2026-12-11',
          },
          { id: 'c', company: 'Contoso', status: 'waiting' },
        ],
      }),
    );
    expect(plan).toHaveLength(1);
    expect(plan[0]).toMatchObject({
      id: 'expedite:b',
      title: 'Tell Fernhill Labs about your offer from Northwind',
      date: '2026-12-08',
    });
    expect(plan[0]!.reason).toContain('needs an answer by Fri 11 Dec');
    expect(plan[0]!.reason).toContain('at least 3 business days before the deadline');
  });

  it('says so when an offer leaves little time, and skips one already past its deadline', () => {
    const tight = outcomePlan(
      base({
        outcome: { status: 'next-round', at: '2026-12-04' },
        others: [
          {
            id: 'b',
            company: 'Northwind',
            status: 'offer',
            offerAt: '2026-12-07',
            offerDeadline: '2026-12-09',
          },
          {
            id: 'd',
            company: 'Old Co',
            status: 'offer',
            offerAt: '2026-12-07',
            offerDeadline: '2026-12-07',
          },
          { id: 'e', company: 'No dates', status: 'offer' },
        ],
      }),
    );
    expect(tight.map((s) => s.id)).toEqual(['expedite:b']);
    expect(tight[0]!.date).toBe('2026-12-08');
    expect(tight[0]!.reason).toContain('leaves Fernhill Labs little time');
  });

  it('an offer with a deadline: ask for more time now, answer by the deadline', () => {
    expect(
      brief(base({ outcome: { status: 'offer', at: '2026-12-11', deadline: '2026-12-18' } })),
    ).toEqual([
      { id: 'offer-extension', date: '2026-12-14', title: 'Ask for more time, if you need it' },
      { id: 'offer-answer', date: '2026-12-18', title: "Answer Fernhill Labs's offer" },
    ]);
    // No deadline recorded: ask for one.
    expect(brief(base({ outcome: { status: 'offer', at: '2026-12-11' } }))).toEqual([
      { id: 'offer-extension', date: '2026-12-14', title: 'Ask when they need your answer' },
    ]);
  });

  it('a rejection: a gracious reply within two business days, a reconnect three months on', () => {
    const plan = outcomePlan(base({ outcome: { status: 'rejected', at: '2026-12-10' } }));
    expect(plan.map(({ id, date }) => ({ id, date }))).toEqual([
      { id: 'rejection-reply', date: '2026-12-14' },
      { id: 'reconnect', date: '2027-03-10' },
    ]);
    expect(plan[0]!.reason).toContain('ask one short question for feedback');
    // Holidays push the reply; a reconnect landing on a weekend moves to Monday.
    const christmas = outcomePlan(
      base({
        outcome: { status: 'rejected', at: '2026-12-23' },
        holidays: ['2026-12-25', '2026-12-28'],
        reconnectMonths: 1,
      }),
    );
    expect(christmas.map((s) => s.date)).toEqual(['2026-12-29', '2027-01-25']);
    expect(christmas[1]!.reason).toMatch(/^1 month after/);
    // Out-of-range months fall back to the default.
    expect(
      outcomePlan(
        base({ outcome: { status: 'rejected', at: '2026-12-10' }, reconnectMonths: 99 }),
      )[1]!.date,
    ).toBe('2027-03-10');
  });

  it('a withdrawal goes on the first business day from the decision', () => {
    expect(brief(base({ outcome: { status: 'withdrawn', at: '2026-12-12' } }))).toEqual([
      {
        id: 'withdrawal',
        date: '2026-12-14',
        title: 'Tell Fernhill Labs you are withdrawing',
      },
    ]);
  });

  it('accepting: withdraw from every live application, thank the recruiter and each reference', () => {
    const plan = brief(
      base({
        outcome: { status: 'accepted', at: '2026-12-15' },
        recruiter: { id: 'r', name: 'Sam Okafor' },
        references: [
          { id: 'x', name: 'Dana Lee' },
          { id: 'y', name: '' },
        ],
        others: [
          { id: 'b', company: 'Northwind', status: 'waiting' },
          { id: 'c', company: 'Contoso', status: 'rejected' },
          { id: 'd', company: '', status: 'offer', offerAt: '2026-12-10' },
          { id: 'e', company: 'Globex', status: 'withdrawn' },
        ],
      }),
    );
    expect(plan).toEqual([
      { id: 'withdraw-from:b', date: '2026-12-16', title: 'Withdraw from Northwind' },
      { id: 'withdraw-from:d', date: '2026-12-16', title: 'Withdraw from another company' },
      { id: 'recruiter-thanks:r', date: '2026-12-17', title: 'Thank Sam Okafor' },
      { id: 'reference-thanks:x', date: '2026-12-17', title: 'Thank Dana Lee' },
      { id: 'reference-thanks:y', date: '2026-12-17', title: 'Thank your reference' },
    ]);
  });

  it('gives nothing for no reply, an unreadable date, or a date past the year 9999', () => {
    expect(outcomePlan(base({ outcome: { status: 'no-reply', at: '2026-12-10' } }))).toEqual([]);
    expect(outcomePlan(base({ outcome: { status: 'rejected', at: 'next week' } }))).toEqual([]);
    expect(outcomePlan(base({ outcome: { status: 'rejected', at: '9999-12-31' } }))).toEqual([]);
    expect(outcomePlan(undefined as unknown as OutcomePlanInput)).toEqual([]);
  });

  it('names no company as "the company" rather than leaving a gap', () => {
    const [step] = outcomePlan(
      base({ company: '  ', outcome: { status: 'withdrawn', at: '2026-12-14' } }),
    );
    expect(step!.title).toBe('Tell the company you are withdrawing');
  });
});

describe('followUpAllowance: at most two follow-ups after the thank-you', () => {
  it('allows the status inquiry and one final note, then refuses and says why', () => {
    expect(followUpAllowance([{ kind: 'thank-you-email' }])).toEqual({
      used: 0,
      allowed: true,
      reason: '',
    });
    expect(followUpAllowance([{ kind: 'status-inquiry' }]).allowed).toBe(true);
    const capped = followUpAllowance([
      { kind: 'thank-you-email' },
      { kind: 'status-inquiry' },
      { kind: 'linkedin' },
      { kind: 'final-follow-up' },
    ]);
    expect(capped.allowed).toBe(false);
    expect(capped.used).toBe(2);
    expect(capped.reason).toContain('A third reads as pressure');
    expect(followUpAllowance(null as unknown as [])).toMatchObject({ used: 0, allowed: true });
  });
});

describe('date helpers for the outcome plan', () => {
  it('addMonths keeps the day, or the last day of a shorter month', () => {
    expect(addMonths('2026-12-10', 3)).toBe('2027-03-10');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2100-01-31', 1)).toBe('2100-02-28');
    expect(addMonths('2000-01-31', 1)).toBe('2000-02-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-05-31', 1)).toBe('2026-06-30');
    expect(() => addMonths('2026-12-10', 1.5)).toThrow(RangeError);
    expect(() => addMonths('9999-12-10', 1)).toThrow(RangeError);
  });

  it('subtractBusinessDays counts back over weekends and holidays', () => {
    expect(subtractBusinessDays('2026-12-11', 3)).toBe('2026-12-08');
    expect(subtractBusinessDays('2026-12-14', 1)).toBe('2026-12-11');
    expect(subtractBusinessDays('2026-12-29', 2, ['2026-12-28', '2026-12-25'])).toBe('2026-12-23');
    expect(subtractBusinessDays('2026-12-29', 0)).toBe('2026-12-29');
    expect(() => subtractBusinessDays('2026-12-29', -1)).toThrow(RangeError);
    expect(() => subtractBusinessDays('0001-01-01', 1)).toThrow(RangeError);
  });
});

describe('outcome steps follow the region', () => {
  it('a rejection on a Wednesday in Riyadh is answered by Sunday, not Friday', () => {
    const at = { status: 'rejected', at: '2026-12-09' } as const;
    expect(outcomePlan(base({ outcome: at }))[0]!.date).toBe('2026-12-11');
    expect(outcomePlan(base({ outcome: at, weekend: [5, 6] }))[0]!.date).toBe('2026-12-13');
  });
});
