// When a promised item is due. Its own module because the action-item tracker needs
// only this, not the whole plan.
import { isValidIsoDate } from '../dates/iso-date';
import { addBusinessDays, type Weekend } from './business-days';

/** Business days after the interview for an action item with no due date of its own. */
export const ACTION_ITEM_DEFAULT_DAYS = 2;

/**
 * When a promised item is due: the date the user set, else ACTION_ITEM_DEFAULT_DAYS
 * business days after the interview; null when neither date can be read.
 */
export function actionItemDue(
  due: string,
  interviewDate: string,
  holidays: string[],
  /** The region's weekend; absent: Saturday and Sunday. */
  weekend?: Weekend,
): string | null {
  if (isValidIsoDate(due)) return due;
  if (!isValidIsoDate(interviewDate)) return null;
  try {
    return addBusinessDays(interviewDate, ACTION_ITEM_DEFAULT_DAYS, holidays, weekend);
  } catch {
    return null;
  }
}
