// The saved workspace (v5) as the export reads it: each application with its rounds,
// the messages marked as sent in any round and its dated outcome history, every stored
// value in the words the pages use (labels.ts) and every person by name. Pure: the
// caller gives the time zone in which a sent message's instant becomes a day.

import { isoDateIn } from '../dates/zoned-time';
import type { Application, Workspace } from '../workspace/schema';
import type { ExportApplication } from './job-search-csv';
import {
  labelFor,
  MESSAGE_LABELS,
  OUTCOME_LABELS,
  ROUND_KIND_LABELS,
  SOURCE_LABELS,
} from './labels';

/** An instant (ISO 8601) as the day it was in `timeZone`; a bare YYYY-MM-DD stays as it is. */
function dayIn(value: string, timeZone: string): string {
  if (typeof value !== 'string') return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return isoDateIn(new Date(value), timeZone);
}

/** A round that holds nothing yet (no date, nobody met): every application starts with one. */
const isBlankRound = (r: Application['rounds'][number]) =>
  !r.date && !r.start && r.met.length === 0;

/** One application for the export. */
export function exportApplication(app: Application, timeZone: string): ExportApplication {
  const names = new Map(app.people.map((p) => [p.id, p.name.trim()]));
  const nameOf = (id: string | undefined) => (id ? names.get(id) || 'Unnamed person' : '');
  return {
    company: app.company,
    role: app.role,
    jobUrl: app.jobLink,
    source: labelFor(SOURCE_LABELS, app.source),
    createdAt: dayIn(app.createdAt, timeZone),
    rounds: app.rounds
      .filter((r) => !isBlankRound(r))
      .map((r) => ({
        kind: labelFor(ROUND_KIND_LABELS, r.kind),
        date: r.date,
        start: r.start,
        end: r.end,
        timeZone: r.timeZone,
        met: r.met.map(nameOf).filter(Boolean),
      })),
    sent: app.rounds.flatMap((r) =>
      r.sent.map((s) => ({
        what:
          labelFor(MESSAGE_LABELS, s.kind) +
          (s.kind === 'linkedin' && s.withNote === false ? ' (without a note)' : ''),
        to: nameOf(s.personId),
        at: dayIn(s.at, timeZone),
      })),
    ),
    outcomes: app.outcomes.map((o) => ({
      status: labelFor(OUTCOME_LABELS, o.status),
      at: o.at,
      ...(o.deadline ? { deadline: o.deadline } : {}),
      note: o.note,
    })),
  };
}

/** Every application, in the order the workspace keeps them (oldest first). */
export function exportApplications(ws: Workspace, timeZone: string): ExportApplication[] {
  return ws.applications.map((app) => exportApplication(app, timeZone));
}

/** The totals at the top of the report. */
export interface SearchSummary {
  applications: number;
  /** Rounds held or booked (with a date or someone met). */
  interviews: number;
  /** Messages marked as sent. */
  messagesSent: number;
  /** Applications that reached an offer (an offer, or an accepted one). */
  offers: number;
  /** Applications whose latest outcome is each of these. */
  rejected: number;
  withdrawn: number;
  accepted: number;
  /** The first and last dated record (YYYY-MM-DD), '' when nothing is dated. */
  from: string;
  to: string;
}

/** Counts and the date range of the whole search, for the report's heading. */
export function searchSummary(ws: Workspace, timeZone: string): SearchSummary {
  const latest = (a: Application) => a.outcomes[a.outcomes.length - 1]?.status;
  const count = (test: (a: Application) => boolean) => ws.applications.filter(test).length;
  const dates: string[] = [];
  for (const app of ws.applications) {
    dates.push(dayIn(app.createdAt, timeZone));
    for (const r of app.rounds) {
      dates.push(r.date);
      for (const s of r.sent) dates.push(dayIn(s.at, timeZone));
    }
    for (const o of app.outcomes) dates.push(o.at);
  }
  const days = dates.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  return {
    applications: ws.applications.length,
    interviews: ws.applications.reduce(
      (n, a) => n + a.rounds.filter((r) => !isBlankRound(r)).length,
      0,
    ),
    messagesSent: ws.applications.reduce(
      (n, a) => n + a.rounds.reduce((m, r) => m + r.sent.length, 0),
      0,
    ),
    offers: count((a) => a.outcomes.some((o) => o.status === 'offer' || o.status === 'accepted')),
    rejected: count((a) => latest(a) === 'rejected'),
    withdrawn: count((a) => latest(a) === 'withdrawn'),
    accepted: count((a) => latest(a) === 'accepted'),
    from: days[0] ?? '',
    to: days[days.length - 1] ?? '',
  };
}
