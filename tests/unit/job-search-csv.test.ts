import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, jobSearchCsv, type ExportApplication } from '../../src/lib/export/job-search-csv';

/** A strict RFC 4180 reader, to check the file reads back as what was written. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const london: ExportApplication = {
  company: 'Fernhill Labs',
  role: 'Data Analyst',
  jobUrl: 'https://jobs.example/123',
  source: 'referral',
  createdAt: '2026-11-20T09:00:00.000Z',
  rounds: [
    {
      kind: 'Video',
      date: '2026-12-04',
      start: '10:00',
      end: '11:30',
      timeZone: 'Europe/London',
      met: ['Priya Raman', 'Tom Lee'],
    },
    { kind: 'Recruiter screen', date: '2026-11-25', start: '', end: '', timeZone: '', met: [] },
  ],
  sent: [{ what: 'Thank-you email', to: 'Priya Raman', at: '2026-12-04T15:00:00.000Z' }],
  outcomes: [
    { status: 'Waiting', at: '2026-11-20', note: '' },
    { status: 'Offer', at: '2026-12-11', deadline: '2026-12-18', note: 'Salary, 55k' },
  ],
};

describe('jobSearchCsv', () => {
  it('one dated row per application, round, sent message and outcome change', () => {
    const text = jobSearchCsv([london]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows).toEqual([
      ['Company', 'Role', 'Record', 'Date', 'Details', 'Job link'],
      [
        'Fernhill Labs',
        'Data Analyst',
        'Application',
        '2026-11-20',
        'Source: referral',
        'https://jobs.example/123',
      ],
      [
        'Fernhill Labs',
        'Data Analyst',
        'Interview: Recruiter screen',
        '2026-11-25',
        '',
        'https://jobs.example/123',
      ],
      [
        'Fernhill Labs',
        'Data Analyst',
        'Interview: Video',
        '2026-12-04',
        '10:00–11:30 (Europe/London); Met: Priya Raman, Tom Lee',
        'https://jobs.example/123',
      ],
      [
        'Fernhill Labs',
        'Data Analyst',
        'Sent: Thank-you email',
        '2026-12-04',
        'To: Priya Raman',
        'https://jobs.example/123',
      ],
      [
        'Fernhill Labs',
        'Data Analyst',
        'Outcome: Waiting',
        '2026-11-20',
        '',
        'https://jobs.example/123',
      ],
      [
        'Fernhill Labs',
        'Data Analyst',
        'Outcome: Offer',
        '2026-12-11',
        'Answer by 2026-12-18; Salary, 55k',
        'https://jobs.example/123',
      ],
    ]);
  });

  it('defuses text a spreadsheet would run as a formula, and quotes what needs quoting', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell('+1 555')).toBe("'+1 555");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(undefined as unknown as string)).toBe('');
  });

  it('any text reads back as written (defused cells keep their text after the apostrophe)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 6 }),
        (parts) => {
          const app: ExportApplication = {
            ...london,
            company: parts[0]!,
            role: parts[1] ?? '',
            rounds: [],
            sent: [],
            outcomes: [],
            source: '',
          };
          const [, row] = parseCsv(jobSearchCsv([app]).slice(1));
          const back = (cell: string, original: string) =>
            /^[=+\-@\t\r]/.test(original) ? cell === `'${original}` : cell === original;
          expect(back(row![0]!, app.company)).toBe(true);
          expect(back(row![1]!, app.role)).toBe(true);
        },
      ),
    );
  });

  it('survives missing and broken fields', () => {
    const broken = { company: 'X', createdAt: 'yesterday' } as unknown as ExportApplication;
    const rows = parseCsv(jobSearchCsv([broken]).slice(1));
    expect(rows[1]).toEqual(['X', '', 'Application', '', '', '']);
    expect(parseCsv(jobSearchCsv(null as unknown as []).slice(1))).toHaveLength(1);
  });
});
