// What the tools show of an application's current round instead of its form: the facts
// in a few short lines, so every tool page reads them without repeating the fields.
import type { Application, Round } from './schema';

/**
 * A calendar day, short ("Tue 24 Nov 2026"), read in UTC since it is a day and not a
 * moment; '' for anything that is not a date. Not long-date.ts: that one sits in the
 * timeline tools' chunk, which the summary would then bring to every tool page. The
 * interview picker names each application's day with it too, beside these facts.
 */
export function shortDay(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(d.getTime())
    ? new Intl.DateTimeFormat('en-GB', {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(d)
    : '';
}

/**
 * When the round was held, as one line: "Tue 24 Nov 2026, 14:00–15:00
 * (Europe/London)"; '' until its date is noted. The zone is named because the candidate
 * may have travelled, or the interviewer be abroad.
 */
export function roundWhen(round: Pick<Round, 'date' | 'start' | 'end' | 'timeZone'>): string {
  const day = shortDay(round.date);
  if (!day) return '';
  const hours = [round.start, round.end].filter(Boolean).join('–');
  const zone = round.timeZone.replaceAll('_', ' ');
  return hours ? `${day}, ${hours} (${zone})` : day;
}

/**
 * The timeline they gave, as one line: their words in quotes (or the date picked for
 * them), and who said it when noted; '' when they gave none.
 */
export function roundTimeline(app: Pick<Application, 'people'>, round: Round): string {
  const words = round.timeline.trim();
  const date = shortDay(round.timelineDate);
  const said = words ? `“${words}”` : '';
  const given = said && date ? `${said}, taken as ${date}` : said || (date ? `by ${date}` : '');
  if (!given) return '';
  const by = app.people.find((p) => p.id === round.timelineBy)?.name.trim();
  return by ? `${given} (${by})` : given;
}
