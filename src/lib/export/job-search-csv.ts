// "My job search" as a spreadsheet: one row per application, per interview round, per
// message sent and per change of outcome, each dated, for the candidate's own records
// (some unemployment offices ask for proof of applications). Plain RFC 4180 CSV with
// CRLF line ends and a byte-order mark, so Excel reads the accents and emoji right.

/** One application as the export needs it. */
export interface ExportApplication {
  company: string;
  role: string;
  /** The job posting's address, if noted. */
  jobUrl: string;
  /** How the application came: direct, referral, agency. */
  source: string;
  /** When it was added to the kit (ISO instant or YYYY-MM-DD). */
  createdAt: string;
  rounds: {
    /** "Video", "Recruiter screen"… as the page names it. */
    kind: string;
    date: string;
    start: string;
    end: string;
    timeZone: string;
    /** The people met, by name. */
    met: string[];
  }[];
  /** Messages marked as sent: what (as the page names it), to whom, when. */
  sent: { what: string; to: string; at: string }[];
  /** Each change of outcome, oldest first. */
  outcomes: { status: string; at: string; deadline?: string; note: string }[];
}

/** The header row, in column order. */
export const CSV_COLUMNS = ['Company', 'Role', 'Record', 'Date', 'Details', 'Job link'] as const;

/**
 * One cell, quoted when it must be (comma, quote, line break) and defused when a
 * spreadsheet would run it: text starting with = + - @ or a tab/CR is prefixed with an
 * apostrophe (OWASP "CSV injection"), since user text ends up here verbatim.
 */
export function csvCell(value: string): string {
  const text = typeof value === 'string' ? value : '';
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The day part of an ISO instant or date ('' when it has none). */
function day(value: string): string {
  const match = typeof value === 'string' ? /^\d{4}-\d{2}-\d{2}/.exec(value) : null;
  return match ? match[0] : '';
}

const joined = (parts: string[]) => parts.filter((p) => p.trim() !== '').join('; ');

/** One dated record of an application: a row of the CSV and of the printable page. */
export interface ExportRow {
  /** "Application", "Interview: Video", "Sent: Thank-you email", "Outcome: Offer". */
  record: string;
  /** YYYY-MM-DD, or '' when the record has no date. */
  date: string;
  /** Times, zone and people met; whom a message went to; an offer's deadline and the note. */
  details: string;
}

/**
 * An application's records: its own row, its rounds, its sent messages and its outcome
 * changes, each group in date order (outcomes as given: oldest first). Never throws;
 * missing fields give empty text.
 */
export function applicationRows(app: ExportApplication): ExportRow[] {
  const rows: ExportRow[] = [
    {
      record: 'Application',
      date: day(app.createdAt),
      details: app.source ? `Source: ${app.source}` : '',
    },
  ];
  const byDate = <T>(list: T[] | undefined, at: (x: T) => string) =>
    [...(Array.isArray(list) ? list : [])].sort((a, b) => day(at(a)).localeCompare(day(at(b))));
  for (const round of byDate(app.rounds, (r) => r.date)) {
    const time = round.start ? `${round.start}${round.end ? `–${round.end}` : ''}` : '';
    rows.push({
      record: `Interview: ${round.kind}`,
      date: day(round.date),
      details: joined([
        time && `${time}${round.timeZone ? ` (${round.timeZone})` : ''}`,
        round.met?.length ? `Met: ${round.met.filter(Boolean).join(', ')}` : '',
      ]),
    });
  }
  for (const message of byDate(app.sent, (m) => m.at)) {
    rows.push({
      record: `Sent: ${message.what}`,
      date: day(message.at),
      details: message.to ? `To: ${message.to}` : '',
    });
  }
  for (const outcome of Array.isArray(app.outcomes) ? app.outcomes : []) {
    rows.push({
      record: `Outcome: ${outcome.status}`,
      date: day(outcome.at),
      details: joined([
        outcome.deadline ? `Answer by ${outcome.deadline}` : '',
        outcome.note ?? '',
      ]),
    });
  }
  return rows;
}

/**
 * The whole search as CSV text: the header, then for each application (in the order
 * given) its rows (applicationRows). Never throws; missing fields give empty cells.
 */
export function jobSearchCsv(applications: readonly ExportApplication[]): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  const list: readonly ExportApplication[] = Array.isArray(applications) ? applications : [];
  for (const app of list) {
    for (const row of applicationRows(app)) {
      rows.push([
        app.company ?? '',
        app.role ?? '',
        row.record,
        row.date,
        row.details,
        app.jobUrl ?? '',
      ]);
    }
  }
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
