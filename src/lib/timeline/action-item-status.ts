// Where a promised item stands, in the words the action-item tracker shows. Apart from
// action-item-due.ts, which the plan shares in the 'dates' chunk, because only the
// tracker shows these sentences.
import { compareDates, shortDate } from '../dates/iso-date';
import type { ActionItem } from '../workspace/schema';
import { ACTION_ITEM_DEFAULT_DAYS, actionItemDue } from './action-item-due';

/** What {@link actionItemStatus} says about an item. */
export interface ActionItemStatus {
  /** Still to send and its day has passed (the cover email then says sorry for the delay). */
  overdue: boolean;
  /** One sentence: sent, when it is (or was) due, or what is missing to tell. */
  text: string;
}

/**
 * Where a promised item stands on `today` (YYYY-MM-DD): "Sent.", "Due Tue 1 Dec.",
 * "Due today, Tue 1 Dec." or "Overdue: was due Tue 1 Dec.", adding why that day when no
 * deadline was set (the default business days after the interview, see actionItemDue);
 * without a deadline or an interview date, what to add.
 */
export function actionItemStatus(
  item: Pick<ActionItem, 'due' | 'status'>,
  interviewDate: string,
  holidays: string[],
  today: string,
  /** The region's weekend (src/stores/days-off.ts); absent: Saturday and Sunday. */
  weekend?: readonly number[],
): ActionItemStatus {
  const due = actionItemDue(item.due, interviewDate, holidays, weekend);
  const overdue = item.status === 'todo' && due !== null && compareDates(due, today) < 0;
  const dueToday = item.status === 'todo' && due === today;
  const text =
    item.status === 'done'
      ? 'Sent.'
      : due
        ? `${overdue ? 'Overdue: was due' : dueToday ? 'Due today,' : 'Due'} ${shortDate(due)}${item.due ? '' : ` (${ACTION_ITEM_DEFAULT_DAYS} business days after the interview, as no deadline was set)`}.`
        : 'Add the interview date to see when this is due.';
  return { overdue, text };
}
