// A saved round's follow-up plan as calendar events: which steps become events,
// their titles and reminder text, and how the calculator writes when each step falls.
import { shortDate } from '../dates/iso-date';
import { formatInZone } from '../dates/zoned-time';
import type { PlannedStep } from '../timeline/interview-plan';
import { interviewName } from '../workspace/interview-name';
import type { Application, Round } from '../workspace/schema';

/** What names the plan: the application's company and role. */
type Named = Pick<Application, 'company' | 'role'>;
import type { CalendarStep } from './ics';

/**
 * A plan step as a calendar event: titled with the interview it belongs to ("Send the
 * status inquiry (Acme: Designer)"), with the step's reason as its notes, which is what
 * the reminder shows. A step without a date gets an empty date (see {@link planEvents}).
 */
export function planStepEvent(step: PlannedStep, interview: Named): CalendarStep {
  const about = interviewName(interview);
  return {
    id: step.id,
    title: `${step.title} (${about})`,
    description: `${step.reason}\n\nFrom your Follow-Up Kit plan for ${about}.`,
    date: step.date ?? '',
    allDay: step.allDay,
    ...(step.start ? { start: step.start } : {}),
    ...(step.end ? { end: step.end } : {}),
  };
}

/** The steps that become calendar events: those with a date, in plan order. */
export function planEvents(steps: readonly PlannedStep[], interview: Named): CalendarStep[] {
  return steps.filter((s) => s.date).map((s) => planStepEvent(s, interview));
}

/** The name of the calendar a whole plan's file creates ("Follow-ups: Acme: Designer"). */
export function planCalendarName(interview: Named): string {
  return `Follow-ups: ${interviewName(interview)}`;
}

/**
 * The id a round's plan events are keyed by (part of every UID, so importing a file again
 * updates its events instead of adding copies): the application's id for its first
 * round, as for the one interview of earlier builds, and with the round's id after it
 * for later rounds.
 */
export function planCalendarId(
  application: Pick<Application, 'id' | 'rounds'>,
  round: Pick<Round, 'id'>,
): string {
  return application.rounds[0]?.id === round.id ? application.id : `${application.id}/${round.id}`;
}

/** What a whole plan's .ics file is named after, before icsFilename makes it safe. */
export function planFileName(interview: Named): string {
  return `follow-ups ${interviewName(interview)}`;
}

/**
 * When a step falls, as its row in the plan says it: a timed step from its start, in
 * the reader's zone, with its latest time ("Wed 25 Nov, 14:00 (latest Thu 26 Nov,
 * 14:00)"); a day-only step by its day ("Tue 8 Dec"); else "No date yet".
 */
export function stepWhen(step: PlannedStep, zone: string): string {
  return step.date
    ? step.start && step.end
      ? `${formatInZone(new Date(step.start), zone)} (latest ${formatInZone(new Date(step.end), zone)})`
      : shortDate(step.date)
    : 'No date yet';
}
