import { describe, expect, it } from 'vitest';
import { quotedTimeline, sendAdvice } from '../../src/lib/status-inquiry/from-plan';
import type { PlannedStep } from '../../src/lib/timeline/interview-plan';

describe('quotedTimeline', () => {
  it('quotes a span or a day they gave', () => {
    expect(
      quotedTimeline({ kind: 'range', latest: '2026-12-08', summary: 'within two weeks' }),
    ).toBe('within two weeks');
    expect(quotedTimeline({ kind: 'date', date: '2026-12-04', summary: 'by Fri 4 Dec' })).toBe(
      'by Fri 4 Dec',
    );
  });

  it('quotes nothing when they gave none, it could not be read, or it is still being read', () => {
    expect(quotedTimeline({ kind: 'none', summary: 'no timeline given' })).toBe('');
    expect(quotedTimeline({ kind: 'unreadable', reason: 'Pick the date.' })).toBe('');
    expect(quotedTimeline(null)).toBe('');
  });
});

const step = (fields: Partial<PlannedStep> = {}): PlannedStep => ({
  id: 'status-inquiry',
  title: 'Send the status inquiry',
  reason: 'Their timeline ends Tue 8 Dec; wait 2 more business days.',
  date: '2026-12-10',
  allDay: true,
  done: false,
  state: 'upcoming',
  ...fields,
});

describe('sendAdvice', () => {
  it('names the day to send it, then the rule behind it', () => {
    expect(sendAdvice(step())).toEqual({
      text: 'Send it on Thu 10 Dec. Their timeline ends Tue 8 Dec; wait 2 more business days.',
      urgent: false,
    });
  });

  it('is a warning when the day is today or has passed', () => {
    expect(sendAdvice(step({ state: 'today' })).urgent).toBe(true);
    expect(sendAdvice(step({ state: 'overdue' })).urgent).toBe(true);
  });

  it('gives only the rule once it is sent, or when there is no day yet', () => {
    expect(sendAdvice(step({ done: true, state: 'done' }))).toEqual({
      text: 'Their timeline ends Tue 8 Dec; wait 2 more business days.',
      urgent: false,
    });
    expect(sendAdvice(step({ date: null, state: 'unknown', reason: 'Add the date.' })).text).toBe(
      'Add the date.',
    );
  });

  it('says nothing without a step', () => {
    expect(sendAdvice(undefined)).toEqual({ text: '', urgent: false });
  });
});
