import type { CalendarStep } from '../../src/lib/calendar/ics';

/** An all-day plan step, as the calendar tests export it. */
export const allDay: CalendarStep = {
  id: 'thank-you-email',
  title: 'Send thank-you email to Priya',
  description: 'Mention the roadmap question.',
  date: '2026-05-02',
  allDay: true,
};

/** A timed plan step with an offset, which the writer must turn into UTC. */
export const timed: CalendarStep = {
  id: 'status-inquiry',
  title: 'Ask about the status',
  description: 'Their timeline was 1–2 weeks.',
  date: '2026-05-18',
  allDay: false,
  start: '2026-05-18T09:00:00+02:00',
  end: '2026-05-18T09:30:00+02:00',
};
