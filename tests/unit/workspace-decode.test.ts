import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeWorkspace, encodeWorkspace } from '../../src/lib/workspace/decode';
import { migrate } from '../../src/lib/workspace/migrations';
import { WORKSPACE_VERSION, emptyWorkspace, type Workspace } from '../../src/lib/workspace/schema';
import { addInterview, blankInterview } from '../../src/lib/workspace/operations';

const now = new Date('2026-11-24T15:00:00Z');
const sample = (): Workspace => {
  const iv = blankInterview(now, 'Europe/London', 'iv-1');
  iv.company = 'Fernhill Labs';
  iv.interviewers[0]!.name = 'Priya Raman';
  return addInterview(emptyWorkspace(), iv);
};

describe('decodeWorkspace', () => {
  it('reads what encodeWorkspace wrote', () => {
    const ws = sample();
    expect(decodeWorkspace(encodeWorkspace(ws))).toEqual({ kind: 'ok', workspace: ws });
  });
  it('treats nothing stored as empty', () => {
    expect(decodeWorkspace(null).kind).toBe('empty');
    expect(decodeWorkspace(undefined).kind).toBe('empty');
    expect(decodeWorkspace('').kind).toBe('empty');
  });
  it('reports corrupt JSON instead of throwing', () => {
    expect(decodeWorkspace('{"version":2,"interv').kind).toBe('corrupt');
  });
  it('reports valid JSON of the wrong shape, naming where', () => {
    const result = decodeWorkspace(JSON.stringify({ version: WORKSPACE_VERSION, interviews: [{ id: 'x', createdAt: 'yesterday' }] }));
    expect(result.kind).toBe('wrong-shape');
    expect(result.kind === 'wrong-shape' && result.problem).toMatch(/interviews\.0\.createdAt/);
    expect(decodeWorkspace('[1,2,3]').kind).toBe('wrong-shape');
    expect(decodeWorkspace('"text"').kind).toBe('wrong-shape');
    expect(decodeWorkspace(JSON.stringify({ interviews: [] })).kind).toBe('wrong-shape');
  });
  it('reports a newer version without touching it', () => {
    expect(decodeWorkspace(JSON.stringify({ version: WORKSPACE_VERSION + 1, anything: true }))).toEqual({
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
          interviewers: [{ id: 'p', name: 'Lee Park', email: 'lee@example.com', notes: 'Asked about SQL window functions' }],
        },
      ],
    };
    expect(decodeWorkspace(JSON.stringify(v1))).toEqual({ kind: 'older', version: 1 });
    const result = decodeWorkspace(JSON.stringify(v1), migrate);
    expect(result.kind).toBe('migrated');
    if (result.kind !== 'migrated') return;
    expect(result.from).toBe(1);
    const iv = result.workspace.interviews[0]!;
    expect([iv.date, iv.time, iv.timeZone]).toEqual(['2026-03-02', '09:30', 'UTC']);
    expect(iv.interviewers[0]).toMatchObject({ name: 'Lee Park', email: 'lee@example.com', topics: 'Asked about SQL window functions' });
    expect(result.workspace.version).toBe(WORKSPACE_VERSION);
  });
  it('migrates version 2 to 3: no action items yet, default plan settings, nothing else touched', () => {
    const v2 = {
      version: 2,
      profile: { name: 'Sam', phone: '' },
      currentId: 'a',
      interviews: [{ id: 'a', company: 'Acme', createdAt: '2026-03-01T10:00:00.000Z', interviewers: [], timeline: '1-2 weeks' }],
    };
    const result = decodeWorkspace(JSON.stringify(v2), migrate);
    expect(result.kind === 'migrated' && result.from).toBe(2);
    if (result.kind !== 'migrated') return;
    expect(result.workspace.settings).toEqual({ inquiryBufferDays: 2, secondFollowUpGap: 5, moveOnGap: 10, holidays: [] });
    expect(result.workspace.interviews[0]).toMatchObject({ company: 'Acme', timeline: '1-2 weeks', actionItems: [], timelineDate: '', wantsCard: false });
  });
  it('migrates version 3 to 4: a free LinkedIn account, an empty log and an unticked channel list', () => {
    const v3 = {
      version: 3,
      profile: { name: 'Sam', phone: '' },
      currentId: 'a',
      interviews: [{ id: 'a', company: 'Acme', createdAt: '2026-03-01T10:00:00.000Z', interviewers: [], sent: [{ kind: 'linkedin', at: '2026-03-02T10:00:00.000Z' }] }],
    };
    expect(decodeWorkspace(JSON.stringify(v3))).toEqual({ kind: 'older', version: 3 });
    const result = decodeWorkspace(JSON.stringify(v3), migrate);
    expect(result.kind === 'migrated' && result.from).toBe(3);
    if (result.kind !== 'migrated') return;
    expect(result.workspace.profile).toEqual({ name: 'Sam', phone: '', linkedinTier: 'free' });
    const iv = result.workspace.interviews[0]!;
    expect(iv.engagement).toEqual([]);
    expect(iv.channels.news).toEqual({ url: '', followed: false });
    expect(iv.sent).toEqual([{ kind: 'linkedin', at: '2026-03-02T10:00:00.000Z' }]);
  });
  it('reads the engagement log, the channels and a request sent without a note, and names a bad entry', () => {
    const ws = sample();
    const iv = {
      ...ws.interviews[0]!,
      engagement: [{ id: 'e1', date: '2026-03-03', kind: 'comment', what: 'their post on accessibility', link: '', worthMentioning: true }],
      channels: { blog: { url: 'https://acme.example/blog', followed: true } },
      sent: [{ kind: 'linkedin', interviewerId: 'p', at: '2026-03-02T10:00:00.000Z', withNote: false }],
    };
    const result = decodeWorkspace(JSON.stringify({ ...ws, profile: { name: 'Sam', phone: '', linkedinTier: 'premium' }, interviews: [iv] }));
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    const read = result.workspace.interviews[0]!;
    expect(read.engagement[0]).toMatchObject({ kind: 'comment', worthMentioning: true });
    expect(read.channels.blog).toEqual({ url: 'https://acme.example/blog', followed: true });
    expect(read.channels.social).toEqual({ url: '', followed: false });
    expect(read.sent[0]!.withNote).toBe(false);
    expect(result.workspace.profile.linkedinTier).toBe('premium');
    const bad = decodeWorkspace(JSON.stringify({ ...ws, interviews: [{ ...iv, engagement: [{ id: 'e1', date: 'last Tuesday' }] }] }));
    expect(bad).toEqual({ kind: 'wrong-shape', problem: expect.stringContaining('interviews.0.engagement.0.date') });
    expect(decodeWorkspace(JSON.stringify({ ...ws, profile: { linkedinTier: 'gold' } })).kind).toBe('wrong-shape');
  });
  it('repairs a current id that points nowhere', () => {
    const ws = { ...sample(), currentId: 'gone' };
    const result = decodeWorkspace(JSON.stringify(ws));
    expect(result.kind === 'ok' && result.workspace.currentId).toBe('iv-1');
  });
  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 2000 }), (raw) => {
        expect(['empty', 'corrupt', 'wrong-shape', 'newer', 'ok', 'older']).toContain(decodeWorkspace(raw).kind);
        expect(['empty', 'corrupt', 'wrong-shape', 'newer', 'ok', 'migrated']).toContain(decodeWorkspace(raw, migrate).kind);
      }),
    );
  });
  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        decodeWorkspace(JSON.stringify(value));
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
