import { describe, expect, it } from 'vitest';
import { actionItemStatus } from '../../src/lib/timeline/action-item-status';

const INTERVIEW = '2026-11-24'; // Tue: the default due day is Thu 26 Nov
const DEFAULT_WHY = ' (2 business days after the interview, as no deadline was set)';

describe('actionItemStatus', () => {
  it('says "Sent." once sent, whatever the date', () => {
    expect(
      actionItemStatus({ due: '2026-11-01', status: 'done' }, INTERVIEW, [], '2026-12-01'),
    ).toEqual({ overdue: false, text: 'Sent.' });
  });

  it('names the deadline the user set', () => {
    expect(
      actionItemStatus({ due: '2026-12-01', status: 'todo' }, INTERVIEW, [], '2026-11-25'),
    ).toEqual({ overdue: false, text: 'Due Tue 1 Dec.' });
  });

  it('says why the day when no deadline was set', () => {
    expect(actionItemStatus({ due: '', status: 'todo' }, INTERVIEW, [], '2026-11-25')).toEqual({
      overdue: false,
      text: `Due Thu 26 Nov${DEFAULT_WHY}.`,
    });
  });

  it('skips holidays for the default day', () => {
    expect(
      actionItemStatus({ due: '', status: 'todo' }, INTERVIEW, ['2026-11-26'], '2026-11-25').text,
    ).toBe(`Due Fri 27 Nov${DEFAULT_WHY}.`);
  });

  it('says when it is due today', () => {
    expect(actionItemStatus({ due: '', status: 'todo' }, INTERVIEW, [], '2026-11-26')).toEqual({
      overdue: false,
      text: `Due today, Thu 26 Nov${DEFAULT_WHY}.`,
    });
  });

  it('says when it is overdue', () => {
    expect(
      actionItemStatus({ due: '2026-12-01', status: 'todo' }, INTERVIEW, [], '2026-12-02'),
    ).toEqual({ overdue: true, text: 'Overdue: was due Tue 1 Dec.' });
  });

  it('asks for the interview date when there is nothing to count from', () => {
    expect(actionItemStatus({ due: '', status: 'todo' }, '', [], '2026-11-25')).toEqual({
      overdue: false,
      text: 'Add the interview date to see when this is due.',
    });
  });
});
