// The working week as the timeline reader needs it: where a week starts and ends for
// the region's weekend (Saturday and Sunday by default, Friday and Saturday in Saudi
// Arabia), for "end of the week" and "next week". Counting working days is
// business-days.ts's, which this module calls.
import { fromDay, MAX_DAY, requireDay, weekdayOf } from '../dates/iso-date';
import { addBusinessDays, subtractBusinessDays } from './business-days';

/** The days nobody works: weekdays (0 = Sunday … 6 = Saturday) and holiday dates. */
export interface WorkWeek {
  weekend: ReadonlySet<number>;
  holidays: ReadonlySet<string>;
}

function working(day: number, week: WorkWeek): boolean {
  return !week.weekend.has(weekdayOf(day)) && !week.holidays.has(fromDay(day));
}

/**
 * The `n`-th working day after `date` (`n` ≥ 1 moves forward, `n` ≤ -1 back: -1 is the
 * last working day before it). A RangeError past the years 1–9999.
 */
export function addWorkingDays(date: string, n: number, week: WorkWeek): string {
  const weekend = [...week.weekend];
  const holidays = [...week.holidays];
  return n < 0
    ? subtractBusinessDays(date, -n, holidays, weekend)
    : addBusinessDays(date, n, holidays, weekend);
}

/**
 * The first day of the working week that holds `date`: the day after the weekend
 * (Monday for a Saturday–Sunday weekend, Sunday for Friday–Saturday).
 */
export function weekStart(date: string, week: WorkWeek): string {
  let first = 1;
  for (let d = 0; d < 7; d += 1) {
    if (!week.weekend.has(d) && week.weekend.has((d + 6) % 7)) first = d;
  }
  const day = requireDay(date);
  return fromDay(day - ((weekdayOf(day) - first + 7) % 7));
}

/**
 * The last working day of the week starting `start`, or of the first later week that
 * has one on or after `notBefore`: "the end of the week" said on a Saturday is the
 * coming Friday.
 */
export function endOfWorkWeek(start: string, notBefore: string, week: WorkWeek): string {
  let first = requireDay(start);
  const floor = requireDay(notBefore);
  for (;;) {
    for (let day = first + 6; day >= first && day >= floor; day -= 1) {
      if (working(day, week)) return fromDay(day);
    }
    first += 7;
    if (first > MAX_DAY) throw new RangeError('The date falls outside the years 0001–9999');
  }
}
