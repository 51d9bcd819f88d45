import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeWorkspace, encodeWorkspace } from '../../src/lib/workspace/decode';
import { migrate } from '../../src/lib/workspace/migrations';
import { MAX_LINE } from '../../src/lib/workspace/read-workspace';
import { WORKSPACE_VERSION, emptyWorkspace, type Workspace } from '../../src/lib/workspace/schema';
import { addApplication, blankApplication } from '../../src/lib/workspace/operations';

const now = new Date('2026-11-24T15:00:00Z');
const sample = (): Workspace => {
  const app = blankApplication(now, 'Europe/London', 'iv-1');
  app.company = 'Fernhill Labs';
  app.people[0]!.name = 'Priya Raman';
  return addApplication(emptyWorkspace(), app);
};

describe('decodeWorkspace', () => {
  it('reads what encodeWorkspace wrote', () => {
    const ws = sample();
    expect(decodeWorkspace(encodeWorkspace(ws))).toEqual({
      kind: 'ok',
      workspace: ws,
      repairs: [],
    });
  });
  it('treats nothing stored as empty', () => {
    expect(decodeWorkspace(null).kind).toBe('empty');
    expect(decodeWorkspace(undefined).kind).toBe('empty');
    expect(decodeWorkspace('').kind).toBe('empty');
  });
  it('reports corrupt JSON instead of throwing', () => {
    expect(decodeWorkspace('{"version":2,"interv').kind).toBe('corrupt');
  });
  // Changed on purpose: a bad record used to refuse the whole workspace (wrong-shape);
  // now it is set aside, named in `repairs`, and the rest opens.
  it('sets aside a record it cannot read, naming where, and opens the rest', () => {
    const good = sample().applications[0]!;
    const result = decodeWorkspace(
      JSON.stringify({
        version: WORKSPACE_VERSION,
        currentId: 'iv-1',
        applications: [{ id: 'x', createdAt: 'yesterday' }, good],
      }),
    );
    expect(result).toEqual({
      kind: 'ok',
      workspace: { ...emptyWorkspace(), currentId: 'iv-1', applications: [good] },
      repairs: [
        {
          path: 'applications.0',
          field: 'applications.0.createdAt',
          problem: expect.stringContaining('expected a date and time'),
          action: 'set-aside',
        },
      ],
    });
  });
  it('reports JSON with nothing readable as a workspace as wrong-shape', () => {
    expect(decodeWorkspace('[1,2,3]').kind).toBe('wrong-shape');
    expect(decodeWorkspace('"text"').kind).toBe('wrong-shape');
    expect(decodeWorkspace(JSON.stringify({ interviews: [] })).kind).toBe('wrong-shape');
    expect(decodeWorkspace(JSON.stringify({ applications: [] })).kind).toBe('wrong-shape');
  });
  it('reports a newer version without touching it', () => {
    expect(
      decodeWorkspace(JSON.stringify({ version: WORKSPACE_VERSION + 1, anything: true })),
    ).toEqual({
      kind: 'newer',
      version: WORKSPACE_VERSION + 1,
    });
  });
  it('migrates version 1 (one datetime, one notes field) to the current version', () => {
    const v1 = {
      version: 1,
      currentId: 'a',
      interviews: [
        {
          id: 'a',
          company: 'Acme',
          role: 'Analyst',
          datetime: '2026-03-02T09:30',
          createdAt: '2026-03-01T10:00:00.000Z',
          interviewers: [
            {
              id: 'p',
              name: 'Lee Park',
              email: 'lee@example.com',
              notes: 'Asked about SQL window functions',
            },
          ],
        },
      ],
    };
    // Changed on purpose: older versions are always migrated (no more 'older' / 'migrated' kinds).
    const result = decodeWorkspace(JSON.stringify(v1));
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.from).toBe(1);
    expect(result.repairs).toEqual([]);
    const app = result.workspace.applications[0]!;
    const round = app.rounds[0]!;
    expect([round.date, round.start, round.timeZone]).toEqual(['2026-03-02', '09:30', 'UTC']);
    expect(app.people[0]).toMatchObject({
      name: 'Lee Park',
      email: 'lee@example.com',
      topics: 'Asked about SQL window functions',
      role: 'interviewer',
    });
    expect(round.met).toEqual(['p']);
    expect(result.workspace.version).toBe(WORKSPACE_VERSION);
  });
  it('migrates version 2 to 3: no action items yet, default plan settings, nothing else touched', () => {
    const v2 = {
      version: 2,
      profile: { name: 'Sam', phone: '' },
      currentId: 'a',
      interviews: [
        {
          id: 'a',
          company: 'Acme',
          createdAt: '2026-03-01T10:00:00.000Z',
          interviewers: [],
          timeline: '1-2 weeks',
        },
      ],
    };
    const result = decodeWorkspace(JSON.stringify(v2));
    expect(result.kind === 'ok' && result.from).toBe(2);
    if (result.kind !== 'ok') return;
    expect(result.workspace.settings).toEqual({
      inquiryBufferDays: 2,
      secondFollowUpGap: 5,
      moveOnGap: 10,
      holidays: [],
      holidayRegion: '',
      holidaysRemoved: [],
      weekend: null,
    });
    expect(result.workspace.applications[0]).toMatchObject({ company: 'Acme' });
    expect(result.workspace.applications[0]!.rounds[0]).toMatchObject({
      timeline: '1-2 weeks',
      actionItems: [],
      timelineDate: '',
      wantsCard: false,
    });
  });
  it('migrates version 3 to 4: a free LinkedIn account, an empty log and an unticked channel list', () => {
    const v3 = {
      version: 3,
      profile: { name: 'Sam', phone: '' },
      currentId: 'a',
      interviews: [
        {
          id: 'a',
          company: 'Acme',
          createdAt: '2026-03-01T10:00:00.000Z',
          interviewers: [],
          sent: [{ kind: 'linkedin', at: '2026-03-02T10:00:00.000Z' }],
        },
      ],
    };
    const result = decodeWorkspace(JSON.stringify(v3));
    expect(result.kind === 'ok' && result.from).toBe(3);
    if (result.kind !== 'ok') return;
    expect(result.workspace.profile).toEqual({ name: 'Sam', phone: '', linkedinTier: 'free' });
    const app = result.workspace.applications[0]!;
    expect(app.engagement).toEqual([]);
    expect(app.channels.news).toEqual({ url: '', followed: false });
    expect(app.rounds[0]!.sent).toEqual([{ kind: 'linkedin', at: '2026-03-02T10:00:00.000Z' }]);
  });
  it('reads the engagement log, the channels and a request sent without a note, and names a bad entry', () => {
    const ws = sample();
    const first = ws.applications[0]!;
    const iv = {
      ...first,
      engagement: [
        {
          id: 'e1',
          date: '2026-03-03',
          kind: 'comment',
          what: 'their post on accessibility',
          link: '',
          worthMentioning: true,
        },
      ],
      channels: { blog: { url: 'https://acme.example/blog', followed: true } },
      rounds: [
        {
          ...first.rounds[0]!,
          sent: [
            { kind: 'linkedin', personId: 'p', at: '2026-03-02T10:00:00.000Z', withNote: false },
          ],
        },
      ],
    };
    const result = decodeWorkspace(
      JSON.stringify({
        ...ws,
        profile: { name: 'Sam', phone: '', linkedinTier: 'premium' },
        applications: [iv],
      }),
    );
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    const read = result.workspace.applications[0]!;
    expect(read.engagement[0]).toMatchObject({ kind: 'comment', worthMentioning: true });
    expect(read.channels.blog).toEqual({ url: 'https://acme.example/blog', followed: true });
    expect(read.channels.social).toEqual({ url: '', followed: false });
    expect(read.rounds[0]!.sent[0]!.withNote).toBe(false);
    expect(result.workspace.profile.linkedinTier).toBe('premium');
    // Changed on purpose: a bad entry is set aside (named), the interview and the other entries open.
    const kept = {
      id: 'e2',
      date: '2026-03-04',
      kind: 'read',
      what: 'their annual report',
      link: '',
      worthMentioning: false,
    };
    const bad = decodeWorkspace(
      JSON.stringify({
        ...ws,
        applications: [{ ...iv, engagement: [{ id: 'e1', date: 'last Tuesday' }, kept] }],
      }),
    );
    expect(bad.kind).toBe('ok');
    if (bad.kind !== 'ok') return;
    expect(bad.workspace.applications[0]!.engagement).toEqual([kept]);
    expect(bad.workspace.applications[0]!.company).toBe('Fernhill Labs');
    expect(bad.repairs).toMatchObject([
      {
        path: 'applications.0.engagement.0',
        problem: expect.stringContaining('expected a date as YYYY-MM-DD'),
        action: 'set-aside',
      },
    ]);
    // A bad field takes its default and costs nothing else.
    const gold = decodeWorkspace(
      JSON.stringify({ ...ws, profile: { name: 'Sam', linkedinTier: 'gold' } }),
    );
    expect(gold.kind === 'ok' && gold.workspace.profile).toEqual({
      name: 'Sam',
      phone: '',
      linkedinTier: 'free',
    });
    expect(gold.kind === 'ok' && gold.repairs).toMatchObject([
      { path: 'profile.linkedinTier', problem: 'expected one of free, premium', action: 'default' },
    ]);
    expect(gold.kind === 'ok' && gold.workspace.applications).toEqual(ws.applications);
  });
  it('opens a timeline of up to 2,000 characters, and resets a longer one alone', () => {
    const ws = sample();
    const app = ws.applications[0]!;
    const withTimeline = (timeline: string) =>
      JSON.stringify({
        ...ws,
        applications: [{ ...app, rounds: [{ ...app.rounds[0]!, timeline }] }],
      });
    const long = 'x'.repeat(2_000);
    const ok = decodeWorkspace(withTimeline(long));
    expect(ok.kind === 'ok' && ok.workspace.applications[0]!.rounds[0]!.timeline).toBe(long);
    expect(ok.kind === 'ok' && ok.repairs).toEqual([]);
    const over = decodeWorkspace(withTimeline(`${long}x`));
    expect(over.kind === 'ok' && over.workspace.applications[0]).toEqual(app);
    expect(over.kind === 'ok' && over.repairs).toMatchObject([
      {
        path: 'applications.0.rounds.0.timeline',
        problem: 'longer than 2000 characters',
        action: 'default',
      },
    ]);
    // One-line fields keep their limit.
    const company = decodeWorkspace(
      JSON.stringify({
        ...ws,
        applications: [{ ...app, company: 'c'.repeat(MAX_LINE + 1) }],
      }),
    );
    expect(company.kind === 'ok' && company.repairs.map((r) => r.path)).toEqual([
      'applications.0.company',
    ]);
  });
  it('repairs a current id that points nowhere', () => {
    const ws = { ...sample(), currentId: 'gone' };
    const result = decodeWorkspace(JSON.stringify(ws));
    expect(result.kind === 'ok' && result.workspace.currentId).toBe('iv-1');
  });
  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 2000 }), (raw) => {
        expect(['empty', 'corrupt', 'wrong-shape', 'newer', 'ok']).toContain(
          decodeWorkspace(raw).kind,
        );
      }),
    );
  });
  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(['empty', 'corrupt', 'wrong-shape', 'newer', 'ok']).toContain(
          decodeWorkspace(JSON.stringify(value)).kind,
        );
      }),
    );
  });
});

describe('migrate', () => {
  it('refuses versions it does not know', () => {
    expect(migrate({ version: 0 }).kind).toBe('unknown-version');
    expect(migrate({ version: 1.5 }).kind).toBe('unknown-version');
    expect(migrate({ version: '2' }).kind).toBe('unknown-version');
  });
});
