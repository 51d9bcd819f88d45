import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { $workspace } from '../../../stores/workspace';
import {
  exportApplications,
  searchSummary,
  type SearchSummary,
} from '../../../lib/export/from-workspace';
import {
  applicationRows,
  jobSearchCsv,
  type ExportApplication,
} from '../../../lib/export/job-search-csv';
import { isoDateIn, userTimeZone } from '../../../lib/dates/zoned-time';
import { interviewName } from '../../../lib/workspace/interview-name';
import { downloadText } from '../parts/download';
import { ToolShell } from '../parts/ToolShell';
import { debriefHref } from '../parts/workspace-href';
import '../../../styles/job-search.css';

/** A YYYY-MM-DD day as "24 Nov 2026" (in UTC: it is a calendar day); '' for no date. */
function shortDay(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(d.getTime())
    ? new Intl.DateTimeFormat('en-GB', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(d)
    : '';
}

/** The job link as a link only when it is a web address, else as text. */
function JobLink({ url }: { url: string }) {
  const text = url.trim();
  if (!text) return null;
  let web: boolean;
  try {
    web = /^https?:$/.test(new URL(text).protocol);
  } catch {
    web = false;
  }
  return (
    <p class="report-meta">
      Job link: {web ? <a href={text}>{text}</a> : <span class="report-url">{text}</span>}
    </p>
  );
}

/**
 * "My job search": every application with its dated records (added, rounds, messages
 * sent, outcome changes), for printing or downloading as CSV, for the user's records.
 */
export default function JobSearchReport() {
  return (
    <ToolShell name="job-search-report">
      <Report />
    </ToolShell>
  );
}

function Report() {
  const ws = useStore($workspace);
  const [status, setStatus] = useState('');
  if (ws.applications.length === 0)
    return (
      <p class="report-empty">
        There is nothing to print or download yet: no interviews are saved in this browser.{' '}
        <a href={debriefHref()}>Debrief an interview</a> you had, then come back here.
      </p>
    );
  const timeZone = userTimeZone();
  const apps = exportApplications(ws, timeZone);
  const summary = searchSummary(ws, timeZone);
  const download = () => {
    const filename = `job-search-${isoDateIn(new Date(), timeZone)}.csv`;
    downloadText(filename, jobSearchCsv(apps), 'text/csv');
    setStatus(`Downloaded ${filename}.`);
  };
  return (
    <>
      <div class="tool-actions report-actions">
        <button type="button" class="tool-button" onClick={download}>
          Download CSV
        </button>
        <button type="button" class="tool-button tool-button-quiet" onClick={() => window.print()}>
          Print
        </button>
        <p class="tool-copy-status" role="status">
          {status}
        </p>
      </div>
      <Summary summary={summary} />
      {apps.map((app, i) => (
        <ApplicationReport key={ws.applications[i]!.id} app={app} n={i + 1} />
      ))}
    </>
  );
}

function Summary({ summary: s }: { summary: SearchSummary }) {
  const items: [string, number][] = [
    ['Applications', s.applications],
    ['Interview rounds', s.interviews],
    ['Messages sent', s.messagesSent],
    ['Offers', s.offers],
    ['Offers accepted', s.accepted],
    ['Not selected', s.rejected],
    ['Withdrawn', s.withdrawn],
  ];
  return (
    <section class="report-summary" aria-labelledby="report-summary-heading">
      <h2 id="report-summary-heading">Summary</h2>
      {s.from && (
        <p>
          From <time dateTime={s.from}>{shortDay(s.from)}</time> to{' '}
          <time dateTime={s.to}>{shortDay(s.to)}</time>.
        </p>
      )}
      <dl class="report-counts">
        {items.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function ApplicationReport({ app, n }: { app: ExportApplication; n: number }) {
  const name = interviewName(app).replace(': ', ' — ');
  const headingId = `report-app-${n}`;
  // Date order, undated last; records of one day keep the export's order.
  const rows = applicationRows(app)
    .map((row, i) => ({ row, i }))
    .sort((a, b) => (a.row.date || '9999').localeCompare(b.row.date || '9999') || a.i - b.i)
    .map((x) => x.row);
  return (
    <section class="report-application" aria-labelledby={headingId}>
      <h2 id={headingId}>{name}</h2>
      {app.source && <p class="report-meta">Source: {app.source}</p>}
      <JobLink url={app.jobUrl} />
      <table class="report-table">
        <caption class="visually-hidden">Records for {name}</caption>
        <thead>
          <tr>
            <th scope="col" class="report-date">
              Date
            </th>
            <th scope="col">Record</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <td>
                {row.date ? <time dateTime={row.date}>{shortDay(row.date)}</time> : 'No date'}
              </td>
              <td>{row.record}</td>
              <td>{row.details}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
