// The one line that sums up the days off a plan skips, for the closed "Holidays" panel:
// "Holidays: England (suggested) · 3 days off in the plan's range · weekend Sat–Sun".
// Small on purpose: it ships with the timeline pages, the picker does not.
import { weekday } from './iso-date';

const SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** A weekend in short words, in week order from its first day: "Sat–Sun", "Fri–Sat", "Fri", "none". */
export function weekendShort(weekend: readonly number[]): string {
  const days = [...new Set(weekend)].filter((d) => Number.isInteger(d) && d >= 0 && d <= 6);
  if (!days.length) return 'none';
  if (days.length === 7) return 'every day';
  // Start after a working day, so Saturday comes before Sunday.
  const start = days.find((d) => !days.includes((d + 6) % 7)) ?? days[0]!;
  const ordered = days.map((d) => (d - start + 7) % 7).sort((a, b) => a - b);
  const names = ordered.map((o) => SHORT[(o + start) % 7]!);
  const consecutive = ordered.every((o, i) => o === i);
  return consecutive && names.length > 1
    ? `${names[0]}–${names[names.length - 1]}`
    : names.join(', ');
}

/** The days off on working days from `from` to `to` (YYYY-MM-DD, both included). */
export function daysOffBetween(
  holidays: readonly string[],
  weekend: readonly number[],
  from: string,
  to: string,
): number {
  return holidays.filter((d) => d >= from && d <= to && !weekend.includes(weekday(d))).length;
}

export interface DaysOffLine {
  state: 'loading' | 'ready' | 'failed' | 'none';
  region: string;
  regionName: string;
  guessed: boolean;
  holidays: readonly string[];
  weekend: readonly number[];
}

/**
 * The summary line. `range` is the plan's first and last dated day; without one the
 * count is left out.
 */
export function daysOffLine(days: DaysOffLine, range: readonly [string, string] | null): string {
  const where =
    days.state === 'none'
      ? 'your own days off only'
      : days.state === 'loading'
        ? `loading ${days.region || 'your region'}’s public holidays…`
        : days.state === 'failed'
          ? `${days.region}’s could not load, so your own days off only`
          : `${days.regionName || days.region}${days.guessed ? ' (suggested)' : ''}`;
  const count = range ? daysOffBetween(days.holidays, days.weekend, range[0], range[1]) : null;
  return [
    `Holidays: ${where}`,
    ...(count === null ? [] : [`${count} ${count === 1 ? 'day' : 'days'} off in the plan’s range`]),
    `weekend ${weekendShort(days.weekend)}`,
  ].join(' · ');
}
