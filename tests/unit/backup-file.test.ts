import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BACKUP_FORMAT,
  MAX_BACKUP_BYTES,
  exportBackup,
  readBackup,
} from '../../src/lib/backup/backup-file';
import { describePath } from '../../src/lib/workspace/describe-repairs';
import { MAX_INTERVIEWS_READ } from '../../src/lib/workspace/field-limits';
import { mergeWorkspaces } from '../../src/lib/backup/merge';
import { decodeWorkspace, encodeWorkspace } from '../../src/lib/workspace/decode';
import {
  WORKSPACE_VERSION,
  blankRound,
  emptyChannels,
  emptyWorkspace,
  type Workspace,
} from '../../src/lib/workspace/schema';
import { blankPerson } from '../../src/lib/workspace/operations';
import { interview, priya, tom } from './fixtures';

/** A workspace with every kind of record filled in, so a round trip exercises every field. */
function rich(): Workspace {
  const first = interview({
    id: 'iv-1',
    company: 'Fernhill Labs',
    role: 'Product Designer',
    start: '14:30',
    timeZone: 'Europe/London',
    format: 'on-site',
    people: [priya, tom],
    qualifications: 'Design systems\nResearch ops',
    timeline: 'within 2 weeks',
    timelineDate: '2026-12-08',
    timelineReading: {
      key: 'within 2 weeks|2026-11-24|',
      kind: 'range',
      date: '2026-12-08',
      text: 'within 2 weeks (by Tue 8 Dec)',
    },
    wantsCard: true,
    actionItems: [
      {
        id: 'a1',
        what: 'two design samples',
        askedBy: 'p1',
        due: '2026-11-26',
        status: 'todo',
        notes: '',
      },
    ],
    outcomes: [
      { status: 'waiting', at: '2026-11-24', note: '' },
      { status: 'offer', at: '2026-12-01', deadline: '2026-12-08', note: 'verbal offer' },
    ],
    steps: { 'thank-you': true, card: false },
    drafts: {
      'thank-you-email:p1': {
        subject: 'Thank you, Priya',
        body: 'Dear Priya,\n\nThank you…',
        edited: true,
        tone: 'warm',
        mention: 'e1',
        detail: 'cycling',
      },
      'status-inquiry': { subject: '', body: 'Hello', edited: false, tone: 'formal' },
    },
    sent: [
      { kind: 'thank-you-email', personId: 'p1', at: '2026-11-24T18:00:00.000Z' },
      { kind: 'linkedin', personId: 'p2', at: '2026-11-25T09:00:00.000Z', withNote: false },
    ],
    channels: {
      ...emptyChannels(),
      blog: { url: 'https://fernhill.example/blog', followed: true },
    },
    engagement: [
      {
        id: 'e1',
        date: '2026-11-20',
        kind: 'comment',
        what: 'their post on accessibility',
        link: '',
        worthMentioning: true,
      },
    ],
  }).application;
  // A second round: a panel a week later, in which Tom was met again and a new person too.
  const iv = {
    ...first,
    people: [...first.people, { ...blankPerson('p9', 'hiring-manager'), name: 'Ana Lima' }],
    rounds: [
      ...first.rounds,
      {
        ...blankRound('r2', 'Europe/London', '2026-12-01'),
        kind: 'panel' as const,
        format: 'on-site' as const,
        start: '10:00',
        end: '11:30',
        met: ['p2', 'p9'],
        timeline: 'by Friday',
        timelineBy: 'p9',
        drafts: {
          'thank-you-email:p2': {
            subject: 'Thanks again',
            body: 'Tom,',
            edited: true,
            tone: 'concise' as const,
          },
        },
        sent: [
          { kind: 'thank-you-email' as const, personId: 'p9', at: '2026-12-01T15:00:00.000Z' },
        ],
      },
    ],
  };
  const second = interview({
    id: 'iv-2',
    company: 'Acme',
    createdAt: '2026-11-25T08:00:00.000Z',
  }).application;
  return {
    version: WORKSPACE_VERSION,
    profile: { name: 'Sam Rivera', phone: '+44 20 7946 0958', linkedinTier: 'premium' },
    settings: {
      inquiryBufferDays: 1,
      secondFollowUpGap: 4,
      moveOnGap: 12,
      holidays: ['2026-12-24'],
      holidayRegion: 'GB-ENG',
      holidaysRemoved: ['2026-12-28'],
      weekend: [5, 6],
    },
    currentId: 'iv-1',
    applications: [iv, second],
  };
}

const NOW = new Date(2026, 10, 24, 12, 0); // local time: the file name uses the user's own date
const backupText = (ws: Workspace = rich()) => exportBackup(ws, NOW).text;
/** The backup object for editing in a test. */
const backupData = (ws: Workspace = rich()) =>
  JSON.parse(backupText(ws)) as {
    format: string;
    version: number;
    exportedAt: string;
    workspace: Record<string, any>;
  };
const withWorkspace = (workspace: unknown) =>
  JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: NOW.toISOString(), workspace });

const reasonOf = (text: string): string => {
  const result = readBackup(text);
  expect(result.kind).toBe('refused');
  return result.kind === 'refused' ? result.reason : '';
};
/** One plain sentence: starts with a capital, ends with a full stop, no line breaks. */
const isSentence = (reason: string) => /^[A-Z][^\n]*\.$/.test(reason) && reason.length < 300;

describe('exportBackup', () => {
  it('names the file with the date and writes pretty JSON in our format', () => {
    const { filename, text } = exportBackup(rich(), NOW);
    expect(filename).toBe('follow-up-kit-backup-2026-11-24.json');
    expect(text).toContain('\n  "format": "follow-up-kit-backup",\n  "version": 1,');
    const data = JSON.parse(text);
    expect(data).toEqual({
      format: BACKUP_FORMAT,
      version: 1,
      exportedAt: NOW.toISOString(),
      workspace: rich(),
    });
  });
  it('pads single-digit months and days', () => {
    expect(exportBackup(emptyWorkspace(), new Date(2027, 0, 5, 9)).filename).toBe(
      'follow-up-kit-backup-2027-01-05.json',
    );
  });
});

describe('readBackup: round trips', () => {
  it('reads back exactly the workspace that was exported', () => {
    const ws = rich();
    expect(readBackup(backupText(ws))).toEqual({
      kind: 'ok',
      workspace: ws,
      interviews: 2,
      repairs: [],
    });
  });
  it('reads an empty workspace', () => {
    expect(readBackup(backupText(emptyWorkspace()))).toEqual({
      kind: 'ok',
      workspace: emptyWorkspace(),
      interviews: 0,
      repairs: [],
    });
  });
  it('gives what the store accepts: its own decoder reads the result unchanged', () => {
    const result = readBackup(backupText());
    if (result.kind !== 'ok') throw new Error(result.reason);
    expect(decodeWorkspace(encodeWorkspace(result.workspace))).toEqual({
      kind: 'ok',
      workspace: result.workspace,
      repairs: [],
    });
  });
  it('fills the defaults the reader fills, and drops fields it does not know', () => {
    const data = backupData();
    data.workspace.applications[1] = {
      id: 'iv-2',
      createdAt: '2026-11-25T08:00:00.000Z',
      surprise: '<b>x</b>',
      rounds: [{ id: 'r1', surprise: 1 }],
    };
    data.workspace.extra = { anything: true };
    const result = readBackup(JSON.stringify(data));
    if (result.kind !== 'ok') throw new Error(result.reason);
    const iv = result.workspace.applications[1]!;
    expect(iv).toMatchObject({
      company: '',
      jobLink: '',
      source: 'direct',
      people: [],
      outcomes: [],
      channels: emptyChannels(),
    });
    expect(iv.rounds).toEqual([blankRound('r1', 'UTC', '')]);
    expect(iv).not.toHaveProperty('surprise');
    expect(result.workspace).not.toHaveProperty('extra');
  });
  it('points the current interview at the newest one when it points nowhere, as the store does', () => {
    const data = backupData();
    data.workspace.currentId = 'gone';
    const result = readBackup(JSON.stringify(data));
    expect(result.kind === 'ok' && result.workspace.currentId).toBe('iv-2');
  });
  it('migrates a backup of an older workspace version', () => {
    const v1 = {
      version: 1,
      currentId: 'a',
      interviews: [
        {
          id: 'a',
          company: 'Acme',
          datetime: '2026-03-02T09:30',
          createdAt: '2026-03-01T10:00:00.000Z',
          interviewers: [
            { id: 'p', name: 'Lee Park', email: 'lee@example.com', notes: 'SQL window functions' },
          ],
        },
      ],
    };
    const result = readBackup(withWorkspace(v1));
    if (result.kind !== 'ok') throw new Error(result.reason);
    expect(result.workspace.version).toBe(WORKSPACE_VERSION);
    expect(result.workspace.applications[0]).toMatchObject({ company: 'Acme' });
    expect(result.workspace.applications[0]!.rounds[0]).toMatchObject({
      date: '2026-03-02',
      start: '09:30',
    });
    expect(result.workspace.applications[0]!.people[0]).toMatchObject({
      name: 'Lee Park',
      topics: 'SQL window functions',
    });
    const v3 = {
      version: 3,
      profile: { name: 'Sam', phone: '' },
      interviews: [{ id: 'b', createdAt: '2026-03-01T10:00:00.000Z' }],
    };
    const r3 = readBackup(withWorkspace(v3));
    expect(r3.kind === 'ok' && r3.workspace.profile).toEqual({
      name: 'Sam',
      phone: '',
      linkedinTier: 'free',
    });
  });
  // Changed on purpose: "download the unreadable data" of earlier builds saved the bare
  // workspace, and Restore now reads it.
  it('reads the bare workspace JSON an earlier build stored or downloaded', () => {
    const ws = rich();
    expect(readBackup(encodeWorkspace(ws))).toEqual({
      kind: 'ok',
      workspace: ws,
      interviews: 2,
      repairs: [],
    });
    const v3 = {
      version: 3,
      profile: { name: 'Sam', phone: '' },
      interviews: [{ id: 'b', company: 'Acme', createdAt: '2026-03-01T10:00:00.000Z' }],
    };
    const r3 = readBackup(JSON.stringify(v3));
    expect(r3.kind === 'ok' && r3.workspace.applications[0]!.company).toBe('Acme');
    expect(r3.kind === 'ok' && r3.workspace.version).toBe(WORKSPACE_VERSION);
  });
  it('accepts a file just under the size limit, counted in UTF-8 bytes', () => {
    const data = {
      ...backupData(emptyWorkspace()),
      note: 'é'.repeat(Math.floor(MAX_BACKUP_BYTES / 2) - 1000),
    };
    expect(readBackup(JSON.stringify(data)).kind).toBe('ok');
  });
});

describe('readBackup: refusals, each with one plain sentence', () => {
  // Changed on purpose: the limit went from 2 MB to 16 MB, so the kit's own backup of a
  // full storage can always be restored.
  it('refuses a file over 16 MB, counting UTF-8 bytes rather than characters', () => {
    expect(MAX_BACKUP_BYTES).toBe(16 * 1024 * 1024);
    const padded = backupText().replace('{', `{"pad": "${' '.repeat(MAX_BACKUP_BYTES)}",`);
    expect(reasonOf(padded)).toMatch(/larger than 16 MB/);
    // 8.5 million characters, but 17 MB once encoded: still too large.
    const wide = JSON.stringify({ ...backupData(emptyWorkspace()), note: 'é'.repeat(8_500_000) });
    expect(wide.length).toBeLessThan(MAX_BACKUP_BYTES);
    expect(reasonOf(wide)).toMatch(/larger than 16 MB/);
    // Astral characters are 4 bytes (2 UTF-16 units).
    expect(reasonOf(JSON.stringify({ note: '😀'.repeat(4_200_000) }))).toMatch(/larger than 16 MB/);
  });
  it('refuses an empty file', () => {
    expect(reasonOf('')).toMatch(/empty/);
    expect(reasonOf('  \n ')).toMatch(/empty/);
  });
  it('refuses text that is not JSON, or JSON cut short', () => {
    expect(reasonOf('hello')).toMatch(/not readable JSON/);
    const text = backupText();
    expect(reasonOf(text.slice(0, text.length / 2))).toMatch(/not readable JSON/);
    expect(reasonOf('{"format": "follow-up-kit-backup", }')).toMatch(/not readable JSON/);
  });
  it('refuses JSON that is not one of our backups: another app’s file', () => {
    const other = [
      '{"name":"my-app","version":"1.0.0","dependencies":{}}',
      '[1,2,3]',
      '"follow-up-kit-backup"',
      'null',
      '42',
      JSON.stringify({ format: 'follow-up-kit-backup-2', version: 1, workspace: rich() }),
      JSON.stringify({ version: 4, interviews: 'not a list' }),
      JSON.stringify({ format: 'follow-up-kit-storage-2', keys: {} }),
    ];
    for (const text of other) expect(reasonOf(text)).toMatch(/not a Follow-Up Kit backup/);
  });
  it('refuses a backup made by a newer version of the kit, telling the user to reload', () => {
    expect(reasonOf(withWorkspace({ ...rich(), version: WORKSPACE_VERSION + 1 }))).toMatch(
      /newer version.*reload the page/,
    );
    expect(reasonOf(JSON.stringify({ ...backupData(), version: 2 }))).toMatch(
      /newer version.*reload the page/,
    );
  });
  it('refuses a backup whose versions are missing or unknown', () => {
    expect(reasonOf(JSON.stringify({ format: BACKUP_FORMAT, workspace: rich() }))).toMatch(
      /which version of the file format/,
    );
    expect(reasonOf(JSON.stringify({ ...backupData(), version: '1' }))).toMatch(
      /which version of the file format/,
    );
    for (const version of [0, 1.5, '4', null])
      expect(reasonOf(withWorkspace({ ...rich(), version }))).toMatch(/which version of the kit/);
    expect(reasonOf(withWorkspace({ interviews: [] }))).toMatch(/which version of the kit/);
    expect(reasonOf(withWorkspace({ applications: [] }))).toMatch(/which version of the kit/);
    expect(reasonOf(JSON.stringify({ format: BACKUP_FORMAT, version: 1 }))).toMatch(/no workspace/);
    expect(reasonOf(withWorkspace([rich()]))).toMatch(/no workspace/);
  });
  // Changed on purpose: a bad field or record no longer refuses the whole file (see
  // "readBackup: salvage" below); a file is refused, naming the first bad field, only when
  // none of its interviews can be read.
  it('names the first bad field in words when no interview can be read', () => {
    const cases: [(ws: Record<string, any>) => void, string][] = [
      [
        (ws) => (ws.applications[0].createdAt = 'yesterday'),
        'the “created at” field of interview 1 is not a date and time',
      ],
      [
        (ws) => delete ws.applications[0].createdAt,
        'the “created at” field of interview 1 is missing',
      ],
      [(ws) => (ws.applications[0].id = ''), 'the “id” field of interview 1 is empty'],
      [(ws) => (ws.applications[0].id = 42), 'the “id” field of interview 1 should be text'],
      [(ws) => (ws.applications[0] = 'Acme'), 'interview 1 should be a group of fields'],
    ];
    for (const [edit, words] of cases) {
      const data = backupData();
      data.workspace.applications = [data.workspace.applications[0]];
      edit(data.workspace);
      const reason = reasonOf(JSON.stringify(data));
      expect(reason).toContain(`This backup can’t be imported: ${words}`);
      expect(isSentence(reason)).toBe(true);
    }
  });
  it('quotes odd keys cut short', () => {
    expect(describePath(['applications', 0, 'rounds', 1, 'drafts', 'k'.repeat(100), 'body'])).toBe(
      `the “body” field of the draft “${'k'.repeat(40)}…” in round 2 in interview 1`,
    );
    expect(describePath([])).toBe('the workspace');
  });
});

describe('readBackup: salvage', () => {
  it('takes what can be read and says, in words, what was left out or reset', () => {
    // [edit, interviews read, the repair's words]
    const cases: [(ws: Record<string, any>) => void, number, string | RegExp][] = [
      [(ws) => (ws.applications[0].createdAt = 'yesterday'), 1, /^Interview 1 \(.*\): set aside$/],
      [(ws) => delete ws.applications[1].createdAt, 1, /^Interview 2 \(.*\): set aside$/],
      [(ws) => (ws.applications[1] = 'Acme'), 1, 'Interview 2 (expected an object): set aside'],
      [
        (ws) => (ws.applications[0].people[1].email = 42),
        2,
        'The “email” field of person 2 in interview 1 (expected text)',
      ],
      [
        (ws) => (ws.applications[0].company = 'x'.repeat(501)),
        2,
        'The “company” field of interview 1 (longer than 500 characters)',
      ],
      [
        (ws) => (ws.applications[0].rounds[0].format = 'zoom'),
        2,
        'The “format” field of round 1 in interview 1 (expected one of on-site, video, phone)',
      ],
      [
        (ws) => (ws.applications[0].rounds[0].drafts['thank-you-email:p1'].body = null),
        2,
        'The “body” field of the draft “thank-you-email:p1” in round 1 in interview 1 (expected text)',
      ],
      [
        (ws) => (ws.applications[0].channels.blog.followed = 'yes'),
        2,
        'The “followed” field of the channel “blog” in interview 1 (expected true or false)',
      ],
      [
        (ws) => (ws.applications[0].engagement[0].date = 'last Tuesday'),
        2,
        /engagement entry 1 (in|of) interview 1\b.*: set aside$/i,
      ],
      [
        (ws) => (ws.applications[0].rounds[0].sent[1].kind = 'fax'),
        2,
        /sent message 2 (in|of) round 1 (in|of) interview 1\b.*: set aside$/i,
      ],
      [
        (ws) => (ws.applications[0].rounds[0].timelineReading.kind = 'maybe'),
        2,
        /the timeline reading (in|of) round 1 (in|of) interview 1\b/i,
      ],
      [
        (ws) => (ws.applications[0].rounds[1].start = '2pm'),
        2,
        'The “start” field of round 2 in interview 1 (expected a time as HH:mm)',
      ],
      [
        (ws) => (ws.applications[0].rounds[1].kind = 'coffee'),
        2,
        'The “kind” field of round 2 in interview 1 (expected one of recruiter-screen',
      ],
      [
        (ws) => (ws.applications[0].outcomes[1].status = 'ghosted'),
        2,
        /^Outcome 2 of interview 1 \(.*\): set aside$/,
      ],
      [
        (ws) => (ws.applications[0].rounds[1].id = ''),
        2,
        /^Round 2 of interview 1 \(.*\): set aside$/,
      ],
      [
        (ws) => (ws.settings.moveOnGap = 500),
        2,
        'The “move on gap” field of the settings (expected a whole number from 1 to 120)',
      ],
      [
        (ws) => (ws.settings.holidays = ['Christmas', '2026-12-25']),
        2,
        'Holiday 1 of the settings (expected a date as YYYY-MM-DD): set aside',
      ],
      [
        (ws) => (ws.profile.linkedinTier = 'gold'),
        2,
        'The “LinkedIn account” field of the profile (expected one of free, premium)',
      ],
    ];
    for (const [edit, interviews, words] of cases) {
      const data = backupData();
      edit(data.workspace);
      const result = readBackup(JSON.stringify(data));
      if (result.kind !== 'ok') throw new Error(`${edit}: ${result.reason}`);
      expect(result.interviews).toBe(interviews);
      expect(result.workspace.applications).toHaveLength(interviews);
      expect(result.repairs).toHaveLength(1);
      if (typeof words === 'string') expect(result.repairs[0]).toContain(words);
      else expect(result.repairs[0]).toMatch(words);
      // The store keeps it as it is: nothing is left to repair on the next load.
      expect(decodeWorkspace(encodeWorkspace(result.workspace))).toEqual({
        kind: 'ok',
        workspace: result.workspace,
        repairs: [],
      });
    }
  });
  it('keeps the rest of an interview whose one field was reset', () => {
    const data = backupData();
    data.workspace.applications[0].company = 'x'.repeat(501);
    const result = readBackup(JSON.stringify(data));
    if (result.kind !== 'ok') throw new Error(result.reason);
    expect(result.workspace.applications[0]).toEqual({ ...rich().applications[0]!, company: '' });
    expect(result.workspace.applications[1]).toEqual(rich().applications[1]);
    expect(result.workspace.profile).toEqual(rich().profile);
  });
  // Changed on purpose: the reader takes up to MAX_INTERVIEWS_READ (2,000) interviews, more
  // than the kit lets anyone add (500), and sets aside the extra with a notice.
  it(`reads up to ${MAX_INTERVIEWS_READ} interviews and sets aside the rest, saying so`, () => {
    const one = rich().applications[1]!;
    const many = (n: number) => ({
      ...rich(),
      currentId: null,
      applications: Array.from({ length: n }, (_, i) => ({ ...one, id: `iv-${i}` })),
    });
    const at501 = readBackup(withWorkspace(many(501)));
    expect(at501.kind === 'ok' && [at501.interviews, at501.repairs]).toEqual([501, []]);
    const over = readBackup(withWorkspace(many(MAX_INTERVIEWS_READ + 2)));
    if (over.kind !== 'ok') throw new Error(over.reason);
    expect(over.interviews).toBe(MAX_INTERVIEWS_READ);
    expect(over.workspace.applications.at(-1)!.id).toBe(`iv-${MAX_INTERVIEWS_READ - 1}`);
    expect(over.repairs).toEqual([
      `Interview ${MAX_INTERVIEWS_READ + 1} (more than ${MAX_INTERVIEWS_READ} items): set aside`,
      `Interview ${MAX_INTERVIEWS_READ + 2} (more than ${MAX_INTERVIEWS_READ} items): set aside`,
    ]);
  });
});

describe('readBackup: salvage, cases these tests found wrong', () => {
  // Was dropped with no repair (repairReferences keeps the first of two interviews with
  // one id), so the page said nothing about an interview not imported. Fixed in 7e70bd7.
  it('never drops an interview silently: two interviews with one id are refused or named in repairs', () => {
    const data = backupData();
    data.workspace.applications[1].id = 'iv-1';
    const result = readBackup(JSON.stringify(data));
    if (result.kind === 'ok') {
      expect(result.interviews).toBe(1);
      expect(result.repairs).not.toEqual([]);
    } else expect(result.reason).toContain('two interviews with the same id');
  });
  // Was accepted as an empty workspace (repair "The list of interviews (expected a list):
  // reset to empty"), so restoring it in "replace" mode emptied the tools. Fixed in 7e70bd7.
  it('refuses a file whose list of interviews is not a list, rather than reading it as none', () => {
    for (const interviews of [{}, 'Acme', 42]) {
      const data = backupData();
      data.workspace.applications = interviews;
      expect(reasonOf(JSON.stringify(data))).toContain('the list of interviews should be a list');
    }
  });
  // BUG (backup-file.ts read(), since 6c4e659 changed repairReferences): a load now makes
  // the newest interview current when none is, but readBackup keeps currentId null, so
  // what Restore saves is not what the next load reads (the fuzz tests below find the
  // same with a backup whose currentId is deleted). After a restore the tools ask for an
  // interview until the page is reloaded.
  it('a backup with interviews and no current one gives what a load gives', () => {
    const data = backupData();
    data.workspace.currentId = null;
    const result = readBackup(JSON.stringify(data));
    if (result.kind !== 'ok') throw new Error(result.reason);
    expect(decodeWorkspace(encodeWorkspace(result.workspace))).toEqual({
      kind: 'ok',
      workspace: result.workspace,
      repairs: [],
    });
  });
});

describe('readBackup: hostile files', () => {
  it('keeps HTML and script as inert text, exactly as written', () => {
    const ws = rich();
    const html = '<script>alert(1)</script><img src=x onerror="alert(2)">';
    ws.applications[0]!.company = html;
    ws.applications[0]!.rounds[0]!.drafts['status-inquiry']!.body =
      `${html}\n{{constructor.constructor('alert(3)')()}}`;
    const result = readBackup(backupText(ws));
    if (result.kind !== 'ok') throw new Error(result.reason);
    expect(result.workspace.applications[0]!.company).toBe(html);
    expect(typeof result.workspace.applications[0]!.rounds[0]!.drafts['status-inquiry']!.body).toBe(
      'string',
    );
  });
  it('refuses __proto__ keys anywhere, however written, and pollutes nothing', () => {
    const attempts = [
      '{"__proto__":{"polluted":1},"format":"follow-up-kit-backup","version":1,"workspace":{"version":4}}',
      withWorkspace({ version: 4 }).replace(
        '"version":4',
        '"version":4,"__proto__":{"polluted":1}',
      ),
      backupText().replace('"steps": {', '"steps": {"__proto__": {"polluted": true},'),
      backupText().replace(
        '"drafts": {',
        '"drafts": {"\\u005f_proto__": {"polluted": 1, "body": "x"},',
      ),
      backupText().replace('"profile": {', '"profile": {"__proto__": {"polluted": 1},'),
    ];
    for (const text of attempts) {
      expect(reasonOf(text)).toMatch(/__proto__/);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    }
  });
  it('keeps "constructor" and "prototype" keys as plain data, touching no prototype', () => {
    const text = backupText().replace(
      '"steps": {',
      '"steps": {"constructor": true, "prototype": false,',
    );
    const result = readBackup(text);
    if (result.kind !== 'ok') throw new Error(result.reason);
    expect(result.workspace.applications[0]!.rounds[0]!.steps).toMatchObject({
      constructor: true,
      prototype: false,
    });
    expect(typeof ({} as { constructor: unknown }).constructor).toBe('function');
  });
  it('refuses JSON nested 10,000 levels deep without overflowing the stack', () => {
    expect(reasonOf('['.repeat(10_000) + ']'.repeat(10_000))).toMatch(/nested far more deeply/);
    expect(reasonOf('{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000))).toMatch(
      /nested far more deeply/,
    );
    const inside = backupText().replace(
      '"steps": {',
      `"steps": {"deep": ${'['.repeat(10_000)}${']'.repeat(10_000)},`,
    );
    expect(reasonOf(inside)).toMatch(/nested far more deeply/);
    // An unclosed 1.5-million-level tower is refused just the same.
    expect(reasonOf('['.repeat(1_500_000))).toMatch(/nested far more deeply/);
  });
  it('does not count brackets inside text as nesting', () => {
    const ws = rich();
    ws.applications[0]!.qualifications = `${'[{'.repeat(4_000)} \\" ${'}]'.repeat(4_000)}`;
    expect(readBackup(backupText(ws)).kind).toBe('ok');
  });
});

// ---------------------------------------------------------------------------------
// Fuzzing: at least 10,000 runs each. Nothing throws, every result is a declared kind,
// a refusal is one sentence, and whatever is accepted is what the store accepts.

// Plain checks, not expect(): 10,000 runs of a deep toEqual would take most of the time.
function checkResult(text: string): void {
  const result = readBackup(text);
  if (result.kind === 'refused') {
    if (!isSentence(result.reason)) throw new Error(`not one sentence: ${result.reason}`);
    // The type says 'ok' is all that is left; the test checks the code agrees at run time.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  } else if (result.kind === 'ok') {
    if (!Array.isArray(result.repairs) || result.repairs.some((r) => typeof r !== 'string' || !r))
      throw new Error('repairs are not words');
    const stored = encodeWorkspace(result.workspace);
    const reread = decodeWorkspace(stored);
    if (reread.kind !== 'ok' || encodeWorkspace(reread.workspace) !== stored)
      throw new Error(`the store would not keep it as it is: ${reread.kind}`);
    if (result.interviews !== result.workspace.applications.length)
      throw new Error('wrong interview count');
  } else throw new Error(`undeclared kind ${(result as { kind: unknown }).kind}`);
}

/** Freezes every object in a workspace, so any attempt to change it in place throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null)
    for (const v of Object.values(Object.freeze(value))) deepFreeze(v);
  return value;
}

/** Every path in a JSON value, so a mutation can hit any field at any depth. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}
const VALID = backupData();
const VALID_PATHS = paths(VALID).filter((p) => p.length > 0);

type Mutation =
  | { path: (string | number)[]; op: 'set'; value: unknown }
  | { path: (string | number)[]; op: 'delete' }
  | { path: (string | number)[]; op: 'add'; key: string; value: unknown };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    path: fc.constantFrom(...VALID_PATHS),
    op: fc.constant('set' as const),
    value: fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.constantFrom(
        '',
        'x'.repeat(600),
        -1,
        0,
        Infinity,
        4,
        5,
        null,
        '2026-13-45',
        '__proto__',
        '<script>alert(1)</script>',
      ),
    ),
  }),
  fc.record({ path: fc.constantFrom(...VALID_PATHS), op: fc.constant('delete' as const) }),
  fc.record({
    path: fc.constantFrom(...VALID_PATHS),
    op: fc.constant('add' as const),
    key: fc.oneof(
      fc.string(),
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString'),
    ),
    value: fc.jsonValue({ maxDepth: 2 }),
  }),
);

function mutate(mutations: Mutation[]): string {
  const data = structuredClone(VALID) as unknown as Record<string, unknown>;
  for (const m of mutations) {
    let parent: any = data;
    for (const key of m.path.slice(0, -1)) parent = parent?.[key];
    if (typeof parent !== 'object' || parent === null) continue;
    const last = m.path.at(-1)!;
    if (m.op === 'set') parent[last] = m.value;
    else if (m.op === 'delete') delete parent[last];
    else if (typeof parent[last] === 'object' && parent[last] !== null) {
      try {
        Object.defineProperty(parent[last], m.key, {
          value: m.value,
          enumerable: true,
          configurable: true,
          writable: true,
        });
      } catch {
        // Not definable (a list's "length"): JSON could not hold it anyway.
      }
    }
  }
  return JSON.stringify(data);
}

/**
 * Runs of the properties that build and read whole backups (about 1.5 ms each under
 * coverage): 2,000 in the suite; `FUZZ_RUNS=100000 npx vitest run tests/unit/backup-file.test.ts`
 * for a deeper search.
 */
const BACKUP_RUNS = Number(process.env.FUZZ_RUNS ?? 2_000);

describe('readBackup: fuzzing', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 })),
        checkResult,
      ),
      { numRuns: 10_000 },
    );
  });
  it('never throws on arbitrary JSON, bare or in a backup envelope', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.boolean(), (value, wrap) =>
        checkResult(wrap ? withWorkspace(value) : JSON.stringify(value)),
      ),
      { numRuns: 10_000 },
    );
  });
  it('never throws on mutated valid backups, and accepts only what the store accepts', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (ms) =>
        checkResult(mutate(ms)),
      ),
      { numRuns: BACKUP_RUNS },
    );
  });
  it('never throws on valid backups with characters inserted, deleted or replaced', () => {
    const text = backupText();
    fc.assert(
      fc.property(fc.nat(text.length), fc.nat(3), fc.string({ maxLength: 3 }), (at, cut, insert) =>
        checkResult(text.slice(0, at) + insert + text.slice(at + cut)),
      ),
      { numRuns: BACKUP_RUNS },
    );
  });
  it('leaves the current workspace as it was, whatever the file, and only a valid file changes what would be saved', () => {
    const current = rich();
    current.applications[0]!.company = 'Current Co';
    const before = JSON.stringify(current);
    deepFreeze(current);
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (ms) => {
        const result = readBackup(mutate(ms));
        let n = 0;
        const next =
          result.kind === 'ok'
            ? mergeWorkspaces(current, result.workspace, () => `new-${n++}`).workspace
            : current;
        if (result.kind === 'refused' && next !== current)
          throw new Error('a refused file changed the workspace');
        if (JSON.stringify(current) !== before)
          throw new Error('the current workspace was changed in place');
      }),
      { numRuns: BACKUP_RUNS },
    );
    expect(current).toEqual(JSON.parse(before));
  });
});
