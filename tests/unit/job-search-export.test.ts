import { describe, expect, it } from 'vitest';
import {
  exportApplication,
  exportApplications,
  searchSummary,
} from '../../src/lib/export/from-workspace';
import { jobSearchCsv } from '../../src/lib/export/job-search-csv';
import { labelFor, MESSAGE_LABELS } from '../../src/lib/export/labels';
import { emptyWorkspace, type Workspace } from '../../src/lib/workspace/schema';
import { application, person, round } from './fixtures';

const priya = person('p1', { name: 'Priya Raman' });
const tom = person('p2', { name: 'Tom Lee', role: 'recruiter' });

/** The scenario: a recruiter screen, a video round with two people, an offer. */
const london = application({
  id: 'a1',
  company: 'Fernhill Labs',
  role: 'Data Analyst',
  jobLink: 'https://jobs.example/123',
  source: 'referral',
  createdAt: '2026-11-20T23:30:00.000Z',
  people: [priya, tom],
  rounds: [
    round({ id: 'r1', kind: 'recruiter-screen', date: '2026-11-25', met: ['p2'] }),
    round({
      id: 'r2',
      kind: 'video',
      date: '2026-12-04',
      start: '10:00',
      end: '11:30',
      timeZone: 'Europe/London',
      met: ['p1', 'p2'],
      sent: [
        { kind: 'thank-you-email', personId: 'p1', at: '2026-12-04T15:00:00.000Z' },
        { kind: 'linkedin', personId: 'p2', at: '2026-12-05T09:00:00.000Z', withNote: false },
      ],
    }),
  ],
  outcomes: [
    { status: 'waiting', at: '2026-12-04', note: '' },
    { status: 'offer', at: '2026-12-11', deadline: '2026-12-18', note: 'Salary, 55k' },
  ],
});

const ws = (...applications: Workspace['applications']): Workspace => ({
  ...emptyWorkspace(),
  applications,
});

describe('exportApplication (v5 workspace → export)', () => {
  it('names rounds, messages, sources and outcomes as the pages do, and people by name', () => {
    expect(exportApplication(london, 'UTC')).toEqual({
      company: 'Fernhill Labs',
      role: 'Data Analyst',
      jobUrl: 'https://jobs.example/123',
      source: 'Referral',
      createdAt: '2026-11-20',
      rounds: [
        {
          kind: 'Recruiter screen',
          date: '2026-11-25',
          start: '',
          end: '',
          timeZone: 'UTC',
          met: ['Tom Lee'],
        },
        {
          kind: 'Video',
          date: '2026-12-04',
          start: '10:00',
          end: '11:30',
          timeZone: 'Europe/London',
          met: ['Priya Raman', 'Tom Lee'],
        },
      ],
      sent: [
        { what: 'Thank-you email', to: 'Priya Raman', at: '2026-12-04' },
        { what: 'LinkedIn connection request (without a note)', to: 'Tom Lee', at: '2026-12-05' },
      ],
      outcomes: [
        { status: 'Waiting to hear', at: '2026-12-04', note: '' },
        { status: 'Offer', at: '2026-12-11', deadline: '2026-12-18', note: 'Salary, 55k' },
      ],
    });
  });

  it('dates instants in the given time zone (23:30 UTC is the next day in Tokyo)', () => {
    const app = exportApplication(london, 'Asia/Tokyo');
    expect(app.createdAt).toBe('2026-11-21');
    expect(app.sent.map((s) => s.at)).toEqual(['2026-12-05', '2026-12-05']);
  });

  it('leaves out the blank round every application starts with, and names missing people', () => {
    const app = exportApplication(
      application({
        rounds: [
          round({ date: '', met: [] }),
          round({
            id: 'r2',
            met: ['gone'],
            sent: [{ kind: 'status-inquiry', personId: 'gone', at: '2026-12-01T10:00:00Z' }],
          }),
        ],
      }),
      'UTC',
    );
    expect(app.rounds).toHaveLength(1);
    expect(app.rounds[0]!.met).toEqual(['Unnamed person']);
    expect(app.sent).toEqual([{ what: 'Status inquiry', to: 'Unnamed person', at: '2026-12-01' }]);
  });

  it('names a value a later build added in plain words rather than dropping it', () => {
    expect(labelFor(MESSAGE_LABELS, 'expedite-note')).toBe('Expedite note');
    expect(labelFor(MESSAGE_LABELS, 'thank-you-email')).toBe('Thank-you email');
    expect(labelFor(MESSAGE_LABELS, 'constructor')).toBe('Constructor');
  });

  it('gives the CSV one row per application, round, message and outcome change, dated', () => {
    const csv = jobSearchCsv(exportApplications(ws(london), 'UTC'));
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toEqual([
      'Company,Role,Record,Date,Details,Job link',
      'Fernhill Labs,Data Analyst,Application,2026-11-20,Source: Referral,https://jobs.example/123',
      'Fernhill Labs,Data Analyst,Interview: Recruiter screen,2026-11-25,Met: Tom Lee,https://jobs.example/123',
      'Fernhill Labs,Data Analyst,Interview: Video,2026-12-04,"10:00–11:30 (Europe/London); Met: Priya Raman, Tom Lee",https://jobs.example/123',
      'Fernhill Labs,Data Analyst,Sent: Thank-you email,2026-12-04,To: Priya Raman,https://jobs.example/123',
      'Fernhill Labs,Data Analyst,Sent: LinkedIn connection request (without a note),2026-12-05,To: Tom Lee,https://jobs.example/123',
      'Fernhill Labs,Data Analyst,Outcome: Waiting to hear,2026-12-04,,https://jobs.example/123',
      'Fernhill Labs,Data Analyst,Outcome: Offer,2026-12-11,"Answer by 2026-12-18; Salary, 55k",https://jobs.example/123',
    ]);
  });

  it('defuses spreadsheet formulas typed into any field', () => {
    const csv = jobSearchCsv(
      exportApplications(
        ws(
          application({
            company: '=HYPERLINK("http://evil.example","x")',
            role: '+1',
            jobLink: '@SUM(A1)',
          }),
        ),
        'UTC',
      ),
    );
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")",'+1,Application`);
    expect(csv).toContain(",'@SUM(A1)");
  });
});

describe('searchSummary', () => {
  it('counts applications, rounds held, messages sent and outcomes, with the date range', () => {
    const rejected = application({
      id: 'a2',
      createdAt: '2026-10-01T10:00:00.000Z',
      rounds: [round({ date: '2026-10-05', met: [] })],
      outcomes: [{ status: 'rejected', at: '2026-10-20', note: '' }],
    });
    const withdrawn = application({
      id: 'a3',
      rounds: [round({ date: '', met: [] })],
      outcomes: [
        { status: 'offer', at: '2026-11-01', deadline: '2026-11-08', note: '' },
        { status: 'withdrawn', at: '2026-12-20', note: '' },
      ],
    });
    expect(searchSummary(ws(london, rejected, withdrawn), 'UTC')).toEqual({
      applications: 3,
      interviews: 3,
      messagesSent: 2,
      offers: 2,
      rejected: 1,
      withdrawn: 1,
      accepted: 0,
      from: '2026-10-01',
      to: '2026-12-20',
    });
  });

  it('is all zeros with no dates for an empty workspace', () => {
    expect(searchSummary(emptyWorkspace(), 'UTC')).toMatchObject({
      applications: 0,
      interviews: 0,
      from: '',
      to: '',
    });
  });
});
