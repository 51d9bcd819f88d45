// The salvaging reader (read-workspace.ts salvageWorkspace, decode.ts decodeData): one
// bad part of stored data costs only itself. A bad field takes its default, a bad record
// is set aside, each is named in `repairs`, and describeRepairs says so in words the page
// shows. Before, one bad field made every interview unreadable.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeData, decodeWorkspace, encodeWorkspace } from '../../src/lib/workspace/decode';
import { describePath, describeRepairs } from '../../src/lib/workspace/describe-repairs';
import { MAX_INTERVIEWS_READ } from '../../src/lib/workspace/field-limits';
import {
  readWorkspace,
  salvageWorkspace,
  WorkspaceShapeError,
  type Repair,
} from '../../src/lib/workspace/read-workspace';
import { FIRST_ROUND_ID } from '../../src/lib/workspace/allowed-values';
import {
  WORKSPACE_VERSION,
  blankRound,
  emptyChannels,
  type Workspace,
} from '../../src/lib/workspace/schema';
import { interview, priya, tom } from './fixtures';

/** Three applications (one with every kind of record filled in). */
function rich(): Workspace {
  const first = interview({
    id: 'iv-1',
    company: 'Fernhill Labs',
    role: 'Product Designer',
    start: '14:30',
    timeZone: 'Europe/London',
    format: 'on-site',
    people: [priya, tom],
    qualifications: 'Design systems',
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
      { id: 'a2', what: 'references', askedBy: '', due: '', status: 'done', notes: 'sent Friday' },
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
    outcomes: [
      { status: 'waiting', at: '2026-11-24', note: '' },
      { status: 'offer', at: '2026-12-01', deadline: '2026-12-08', note: 'verbal offer' },
    ],
  }).application;
  const second = interview({
    id: 'iv-2',
    company: 'محمد للتقنية',
    people: [priya],
    createdAt: '2026-11-25T08:00:00.000Z',
  }).application;
  const third = interview({
    id: 'iv-3',
    company: 'Acme 👩🏽‍💻',
    createdAt: '2026-11-26T08:00:00.000Z',
  }).application;
  return {
    version: WORKSPACE_VERSION,
    profile: { name: 'Sam Rivera', phone: '+44 20 7946 0958', linkedinTier: 'premium' },
    settings: {
      inquiryBufferDays: 1,
      secondFollowUpGap: 4,
      moveOnGap: 12,
      holidays: ['2026-12-25', '2026-12-26'],
      holidayRegion: 'US',
      holidaysRemoved: ['2026-11-27'],
      weekend: null,
    },
    currentId: 'iv-1',
    applications: [first, second, third],
  };
}

/** The workspace as parsed JSON, to damage in a test. */
const raw = (ws: Workspace = rich()) => JSON.parse(encodeWorkspace(ws)) as Record<string, any>;

/** Every field of a record (not a list item, not a map entry) at any depth, as a path. */
function fieldPaths(
  value: unknown,
  prefix: (string | number)[] = [],
  parentIsMap = false,
): (string | number)[][] {
  const out: (string | number)[][] = [];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...fieldPaths(v, [...prefix, i])));
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (!parentIsMap) out.push([...prefix, k]);
      out.push(...fieldPaths(v, [...prefix, k], k === 'steps' || k === 'drafts'));
    }
  }
  return out;
}

const setAt = (data: any, path: (string | number)[], value: unknown) => {
  let parent = data;
  for (const key of path.slice(0, -1)) parent = parent[key];
  if (value === undefined) delete parent[path.at(-1)!];
  else parent[path.at(-1)!] = value;
  return data;
};

describe('salvageWorkspace: a bad field costs only itself', () => {
  it.each<[string, (ws: Record<string, any>) => void, (ws: Workspace) => void, Repair]>([
    [
      'a timeline over 2,000 characters',
      (ws) => (ws.applications[0].rounds[0].timeline = 'x'.repeat(2_001)),
      (ws) => (ws.applications[0]!.rounds[0]!.timeline = ''),
      {
        path: 'applications.0.rounds.0.timeline',
        problem: 'longer than 2000 characters',
        action: 'default',
      },
    ],
    [
      'a holiday region that is a path, not a region code',
      (ws) => (ws.settings.holidayRegion = '../x'),
      (ws) => (ws.settings.holidayRegion = ''),
      { path: 'settings.holidayRegion', problem: 'expected a region code', action: 'default' },
    ],
    [
      'a weekend with a day that does not exist',
      (ws) => (ws.settings.weekend = [5, 7]),
      (ws) => (ws.settings.weekend = null),
      { path: 'settings.weekend', problem: 'expected a weekend', action: 'default' },
    ],
    [
      'a weekend of the whole week',
      (ws) => (ws.settings.weekend = [0, 1, 2, 3, 4, 5, 6]),
      (ws) => (ws.settings.weekend = null),
      { path: 'settings.weekend', problem: 'expected a weekend', action: 'default' },
    ],
    [
      'a public day worked on that is not a date',
      (ws) => (ws.settings.holidaysRemoved = ['Thanksgiving', '2026-11-27']),
      (ws) => (ws.settings.holidaysRemoved = ['2026-11-27']),
      {
        path: 'settings.holidaysRemoved.0',
        problem: 'expected a date as YYYY-MM-DD',
        action: 'set-aside',
      },
    ],
    [
      'a company that is a number',
      (ws) => (ws.applications[1].company = 42),
      (ws) => (ws.applications[1]!.company = ''),
      { path: 'applications.1.company', problem: 'expected text', action: 'default' },
    ],
    [
      'a person’s email that is a list',
      (ws) => (ws.applications[0].people[1].email = ['x']),
      (ws) => (ws.applications[0]!.people[1]!.email = ''),
      { path: 'applications.0.people.1.email', problem: 'expected text', action: 'default' },
    ],
    [
      'a draft body over 20,000 characters',
      (ws) => (ws.applications[0].rounds[0].drafts['status-inquiry'].body = 'y'.repeat(20_001)),
      (ws) => (ws.applications[0]!.rounds[0]!.drafts['status-inquiry']!.body = ''),
      {
        path: 'applications.0.rounds.0.drafts.status-inquiry.body',
        problem: 'longer than 20000 characters',
        action: 'default',
      },
    ],
    [
      'an unknown format',
      (ws) => (ws.applications[0].rounds[0].format = 'zoom'),
      (ws) => (ws.applications[0]!.rounds[0]!.format = 'video'),
      {
        path: 'applications.0.rounds.0.format',
        problem: 'expected one of on-site, video, phone',
        action: 'default',
      },
    ],
    [
      'an unknown kind of round',
      (ws) => (ws.applications[0].rounds[0].kind = 'coffee chat'),
      (ws) => (ws.applications[0]!.rounds[0]!.kind = 'video'),
      {
        path: 'applications.0.rounds.0.kind',
        problem:
          'expected one of recruiter-screen, phone, video, on-site, panel, final, assessment',
        action: 'default',
      },
    ],
    [
      'an end time that is not one',
      (ws) => (ws.applications[0].rounds[0].end = '3pm'),
      (ws) => (ws.applications[0]!.rounds[0]!.end = ''),
      {
        path: 'applications.0.rounds.0.end',
        problem: 'expected a time as HH:mm',
        action: 'default',
      },
    ],
    [
      'an unknown role of a person',
      (ws) => (ws.applications[0].people[0].role = 'boss'),
      (ws) => (ws.applications[0]!.people[0]!.role = 'interviewer'),
      {
        path: 'applications.0.people.0.role',
        problem:
          'expected one of interviewer, hiring-manager, recruiter, coordinator, reference, other',
        action: 'default',
      },
    ],
    [
      'an offer deadline that is not a date',
      (ws) => (ws.applications[0].outcomes[1].deadline = 'Friday'),
      (ws) => delete ws.applications[0]!.outcomes[1]!.deadline,
      {
        path: 'applications.0.outcomes.1.deadline',
        problem: 'expected a date as YYYY-MM-DD',
        action: 'default',
      },
    ],
    [
      'a pacing setting out of range',
      (ws) => (ws.settings.moveOnGap = 500),
      (ws) => (ws.settings.moveOnGap = 10),
      {
        path: 'settings.moveOnGap',
        problem: 'expected a whole number from 1 to 120',
        action: 'default',
      },
    ],
    [
      'a profile name over a line',
      (ws) => (ws.profile.name = 'n'.repeat(501)),
      (ws) => (ws.profile.name = ''),
      { path: 'profile.name', problem: 'longer than 500 characters', action: 'default' },
    ],
  ])('%s', (_, damage, expected, repair) => {
    const data = raw();
    damage(data);
    const want = rich();
    expected(want);
    expect(salvageWorkspace(data)).toEqual({ workspace: want, repairs: [repair] });
    // The strict reader still refuses it, naming the same field.
    expect(() => readWorkspace(data)).toThrow(repair.path);
  });

  it('sets aside one promised item, log entry, sent record, outcome, person met or holiday, and keeps the rest of its list', () => {
    const data = raw();
    data.applications[0].rounds[0].actionItems[0].id = 42;
    data.applications[0].engagement.push({ id: 'e2', date: 'last Tuesday' });
    data.applications[0].rounds[0].sent[0].kind = 'fax';
    data.applications[0].rounds[0].met.push('');
    data.applications[0].outcomes[0].status = 'ghosted';
    data.settings.holidays.unshift('Christmas');
    const { workspace, repairs } = salvageWorkspace(data);
    const want = rich();
    want.applications[0]!.rounds[0]!.actionItems.shift();
    want.applications[0]!.rounds[0]!.sent.shift();
    want.applications[0]!.outcomes.shift();
    expect(workspace).toEqual(want);
    // Each named as the record set aside (the field that failed it in the problem).
    expect(repairs.map((r) => [r.path, r.action])).toEqual([
      ['settings.holidays.0', 'set-aside'],
      ['applications.0.rounds.0.met.2', 'set-aside'],
      ['applications.0.rounds.0.actionItems.0', 'set-aside'],
      ['applications.0.rounds.0.sent.0', 'set-aside'],
      ['applications.0.outcomes.0', 'set-aside'],
      ['applications.0.engagement.1', 'set-aside'],
    ]);
  });

  it('a round it cannot read is set aside; an application left with none gets a blank one, so every tool has a round', () => {
    const data = raw();
    data.applications[1].rounds[0].id = '';
    const { workspace, repairs } = salvageWorkspace(data);
    expect(workspace.applications[1]!.rounds).toEqual([blankRound(FIRST_ROUND_ID, 'UTC', '')]);
    expect(workspace.applications[1]!.people).toEqual(rich().applications[1]!.people);
    expect(repairs).toMatchObject([{ path: 'applications.1.rounds.0', action: 'set-aside' }]);
  });

  it('property: a bad value in any field gives what the field’s absence gives, costs nothing else, and is named', () => {
    const original = raw();
    // Not the list of applications itself: replacing it is losing every one, not one field.
    const paths = fieldPaths(original).filter(
      (p) => p[0] !== 'version' && !(p.length === 1 && p[0] === 'applications'),
    );
    const bad = fc.constantFrom<unknown>(
      { bad: true },
      [1, 2],
      12345,
      -1,
      'not-a-valid-value-\uD800',
      null,
      true,
      'x'.repeat(20_001),
    );
    fc.assert(
      fc.property(fc.constantFrom(...paths), bad, (path, value) => {
        const damaged = setAt(structuredClone(original), path, value);
        let result: ReturnType<typeof salvageWorkspace>;
        try {
          result = salvageWorkspace(damaged);
        } catch (error) {
          // Only when nothing at all can be read (not an object, or not this version).
          if (!(error instanceof WorkspaceShapeError)) throw error;
          throw new Error(
            `gave up on the whole workspace for ${path.join('.')}: ${error.message}`,
            { cause: error },
          );
        }
        if (result.repairs.length === 0) {
          // A value the field takes as valid (text in a text field, true for a flag): read strictly, as is.
          expect(result.workspace).toEqual(readWorkspace(damaged));
        } else {
          const absent = salvageWorkspace(setAt(structuredClone(original), path, undefined));
          expect(result.workspace).toEqual(absent.workspace);
        }
        // Nothing outside the damaged application changes.
        if (path[0] === 'applications') {
          const k = path[1] as number;
          const others = rich().applications.filter((_, n) => n !== k);
          const ids = new Set(others.map((i) => i.id));
          expect(result.workspace.applications.filter((i) => ids.has(i.id))).toEqual(others);
          expect(result.workspace.applications.length).toBeGreaterThanOrEqual(others.length);
        } else expect(result.workspace.applications).toEqual(rich().applications);
        // Every repair is on the damaged path, inside it (the items of a bad list), or the
        // record holding it. (A value the field takes as valid needs no repair.)
        for (const r of result.repairs)
          expect(path.join('.').startsWith(r.path) || r.path.startsWith(path.join('.'))).toBe(true);
        // What is left reads again with nothing to repair.
        expect(salvageWorkspace(result.workspace).repairs).toEqual([]);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('salvageWorkspace: a bad application is set aside, the rest open', () => {
  it.each<[string, (ws: Record<string, any>) => void, string]>([
    ['not an object', (ws) => (ws.applications[1] = 'Acme'), 'applications.1'],
    ['no date of creation', (ws) => delete ws.applications[1].createdAt, 'applications.1'],
    [
      'a date of creation that is not one',
      (ws) => (ws.applications[1].createdAt = 'yesterday'),
      'applications.1',
    ],
    ['an id that is not text', (ws) => (ws.applications[1].id = 7), 'applications.1'],
    [
      'an id over 64 characters',
      (ws) => (ws.applications[1].id = 'i'.repeat(65)),
      'applications.1',
    ],
  ])('%s', (_, damage, path) => {
    const data = raw();
    damage(data);
    const result = decodeData(data);
    if (result.kind !== 'ok') throw new Error(result.kind);
    const [first, , third] = rich().applications;
    expect(result.workspace.applications).toEqual([first, third]);
    expect(result.workspace.profile).toEqual(rich().profile);
    expect(result.repairs).toMatchObject([
      { path, problem: expect.any(String), action: 'set-aside' },
    ]);
    expect(describeRepairs(result.repairs)[0]).toMatch(/^Interview 2 \(.+\): set aside$/);
  });
  it('the current interview, when set aside, falls back to the newest one left', () => {
    const data = raw();
    data.applications[0].createdAt = 'yesterday';
    const result = decodeData(data);
    expect(result.kind === 'ok' && result.workspace.currentId).toBe('iv-3');
  });
  it('every interview bad still opens, as an empty list with each named', () => {
    const data = raw();
    for (const iv of data.applications) iv.createdAt = 'never';
    const result = decodeData(data);
    if (result.kind !== 'ok') throw new Error(result.kind);
    expect(result.workspace.applications).toEqual([]);
    expect(result.workspace.profile).toEqual(rich().profile);
    expect(result.repairs.map((r) => r.path)).toEqual([
      'applications.0',
      'applications.1',
      'applications.2',
    ]);
  });
  it('gives up only when nothing can be read: not an object, or not a known version', () => {
    for (const v of [null, 'text', [1], 42]) expect(decodeData(v).kind).toBe('wrong-shape');
    expect(decodeData({ applications: [] })).toEqual({
      kind: 'wrong-shape',
      problem: 'version: missing or not a known version',
    });
    expect(decodeData({ version: WORKSPACE_VERSION + 1 })).toEqual({
      kind: 'newer',
      version: WORKSPACE_VERSION + 1,
    });
    expect(() => salvageWorkspace({ version: 3 })).toThrow(WorkspaceShapeError);
    // An older version is migrated first, then salvaged like any other.
    const v3 = decodeData({
      version: 3,
      interviews: [{ id: 'a', createdAt: '2026-03-01T10:00:00.000Z' }, { id: 'b' }],
    });
    expect(
      v3.kind === 'ok' && [
        v3.from,
        v3.workspace.applications.map((i) => i.id),
        v3.repairs.map((r) => r.path),
      ],
    ).toEqual([3, ['a'], ['applications.1']]);
  });
});

describe(`salvageWorkspace: more than ${MAX_INTERVIEWS_READ} interviews`, () => {
  it('opens the first ones and sets aside each one past the limit, by name', () => {
    const one = rich().applications[2]!;
    const all = Array.from({ length: MAX_INTERVIEWS_READ + 3 }, (_, n) => ({
      ...one,
      id: `iv-${n}`,
    }));
    const result = decodeData({ ...rich(), currentId: 'iv-0', applications: all });
    if (result.kind !== 'ok') throw new Error(result.kind);
    expect(result.workspace.applications).toEqual(all.slice(0, MAX_INTERVIEWS_READ));
    expect(result.repairs).toEqual(
      [0, 1, 2].map((n) => ({
        path: `applications.${MAX_INTERVIEWS_READ + n}`,
        problem: `more than ${MAX_INTERVIEWS_READ} items`,
        action: 'set-aside',
      })),
    );
    expect(describeRepairs(result.repairs)[0]).toBe(
      `Interview ${MAX_INTERVIEWS_READ + 1} (more than ${MAX_INTERVIEWS_READ} items): set aside`,
    );
  });
  it(`opens exactly ${MAX_INTERVIEWS_READ} with nothing to repair`, () => {
    const one = rich().applications[2]!;
    const all = Array.from({ length: MAX_INTERVIEWS_READ }, (_, n) => ({ ...one, id: `iv-${n}` }));
    const result = decodeData({ ...rich(), currentId: 'iv-0', applications: all });
    expect(result.kind === 'ok' && [result.workspace.applications.length, result.repairs]).toEqual([
      MAX_INTERVIEWS_READ,
      [],
    ]);
  });
});

describe('describeRepairs: words a user understands', () => {
  it('names the place, the problem and what was done', () => {
    expect(
      describeRepairs([
        {
          path: 'applications.0.rounds.0.timeline',
          problem: 'longer than 2000 characters',
          action: 'default',
        },
        { path: 'applications.2.people.1.email', problem: 'expected text', action: 'default' },
        {
          path: 'applications.0.rounds.1.drafts.thank-you-email:p1.body',
          problem: 'expected text',
          action: 'default',
        },
        { path: 'applications.4', problem: 'its stored text is damaged', action: 'set-aside' },
        {
          path: 'applications.1.outcomes.0',
          problem: 'expected one of waiting, next-round, offer',
          action: 'set-aside',
        },
        {
          path: 'applications.0.rounds.0.timelineBy',
          problem: 'longer than 64 characters',
          action: 'default',
        },
        {
          path: 'settings.holidays.0',
          problem: 'expected a date as YYYY-MM-DD',
          action: 'set-aside',
        },
        {
          path: 'profile.linkedinTier',
          problem: 'expected one of free, premium',
          action: 'default',
        },
      ]),
    ).toEqual([
      expect.stringMatching(
        /^The “timeline” field of round 1 in interview 1 \(longer than 2000 characters\): reset to /,
      ),
      expect.stringMatching(
        /^The “email” field of person 2 in interview 3 \(expected text\): reset to /,
      ),
      expect.stringMatching(
        /^The “body” field of the draft “thank-you-email:p1” in round 2 in interview 1 \(expected text\): reset to /,
      ),
      'Interview 5 (its stored text is damaged): set aside',
      'Outcome 1 of interview 2 (expected one of waiting, next-round, offer): set aside',
      expect.stringMatching(
        /^The “timeline by” field of round 1 in interview 1 \(longer than 64 characters\): reset to /,
      ),
      'Holiday 1 of the settings (expected a date as YYYY-MM-DD): set aside',
      expect.stringMatching(
        /^The “LinkedIn account” field of the profile \(expected one of free, premium\): reset to /,
      ),
    ]);
    expect(describePath(['applications', 0, 'rounds', 0, 'drafts', 'k'.repeat(100), 'body'])).toBe(
      `the “body” field of the draft “${'k'.repeat(40)}…” in round 1 in interview 1`,
    );
    // A refused backup of an earlier build names its places in the words of then.
    expect(describePath(['interviews', 0, 'interviewers', 1, 'email'])).toBe(
      'the “email” field of interviewer 2 in interview 1',
    );
  });
  it('property: every repair of damaged data reads as one line of words, never a raw path', () => {
    const original = raw();
    const paths = fieldPaths(original).filter((p) => p[0] !== 'version');
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(...paths),
            fc.constantFrom<unknown>({}, 7, 'x'.repeat(20_001), null),
          ),
          { minLength: 1, maxLength: 4 },
        ),
        (damage) => {
          const data = structuredClone(original);
          for (const [path, value] of damage) {
            try {
              setAt(data, path, value);
            } catch {
              // An earlier change replaced a parent: skip.
            }
          }
          const result = decodeData(data);
          if (result.kind !== 'ok') return;
          for (const line of describeRepairs(result.repairs)) {
            expect(line).toMatch(/^[A-Z][^\n]*\): (set aside|reset to [a-z ]+)$/);
            expect(line).not.toMatch(/[a-z]+\.\d+|\.\w+\./);
            expect(line).not.toContain('undefined');
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

// ---------------------------------------------------------------------------------
// Cases these tests found wrong. Most were fixed in 7e70bd7; those marked BUG still fail.

describe('salvage: cases these tests found wrong', () => {
  // The repair took the bad field's path, not the record's: the page said "The “created
  // at” field of interview 1 (…): set aside", so the user read that one date was dropped,
  // when the whole interview was. Fixed in 7e70bd7.
  it('a set-aside interview is named as the interview, not as its bad field', () => {
    const data = raw();
    data.applications[0].createdAt = 'yesterday';
    const result = decodeData(data);
    if (result.kind !== 'ok') throw new Error(result.kind);
    expect(result.workspace.applications).toHaveLength(2);
    expect(describeRepairs(result.repairs)[0]).toMatch(/^Interview 1\b/);
  });

  // BUG (read-workspace.ts list(), since 7e70bd7): a record set aside is named as the
  // record, with the failing field prefixed to the problem as it is spelled in the code:
  // "Interview 2 (createdAt: expected a date and time): set aside".
  it('property: repair words contain no identifier from the code ("createdAt", "actionItems")', () => {
    const original = raw();
    const paths = fieldPaths(original).filter((p) => p[0] !== 'version');
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.constantFrom<unknown>({}, 7, null),
        (path, value) => {
          const result = decodeData(setAt(structuredClone(original), path, value));
          if (result.kind !== 'ok') return;
          for (const line of describeRepairs(result.repairs))
            expect(line).not.toMatch(/\b[a-z]+[A-Z][A-Za-z]*\b/);
        },
      ),
      { numRuns: 300 },
    );
  });

  // A second interview with the same id (a hand-merged file, or a backup) was dropped by
  // repairReferences with no repair, so no notice named it. Fixed in 7e70bd7.
  it('two interviews with one id: the one left out is named in repairs', () => {
    const data = raw();
    data.applications[1].id = 'iv-1';
    const result = decodeData(data);
    if (result.kind !== 'ok') throw new Error(result.kind);
    expect(result.workspace.applications.map((i) => i.company)).toEqual([
      'Fernhill Labs',
      'Acme 👩🏽‍💻',
    ]);
    expect(result.repairs).not.toEqual([]);
  });

  // dict() did not salvage entry by entry: one draft that could not be read reset every
  // draft of the interview, an edited thank-you email included, while the repair named
  // only the bad one. Fixed in 7e70bd7.
  it('one unreadable draft costs only itself, not the other drafts of the interview', () => {
    const data = raw();
    data.applications[0].rounds[0].drafts['linkedin:p2'] = 'not a draft';
    const result = decodeData(data);
    if (result.kind !== 'ok') throw new Error(result.kind);
    expect(result.workspace.applications[0]!.rounds[0]!.drafts).toEqual(
      rich().applications[0]!.rounds[0]!.drafts,
    );
  });

  // Every reset field was described as "reset to empty", but a format, a time zone, a
  // pacing setting or the LinkedIn account are reset to their default ("video", "UTC",
  // 10, "free"), which the user then sees on the page. Fixed in 7e70bd7.
  it('a field reset to a default that is not empty is not described as "reset to empty"', () => {
    const data = raw();
    data.applications[0].rounds[0].format = 'zoom';
    data.settings.moveOnGap = 500;
    const result = decodeData(data);
    if (result.kind !== 'ok') throw new Error(result.kind);
    expect(result.workspace.applications[0]!.rounds[0]!.format).toBe('video');
    for (const line of describeRepairs(result.repairs)) expect(line).not.toMatch(/reset to empty$/);
  });

  // BUG (read-workspace.ts shape(): the problem recorded is the retry's, with the field
  // absent): an empty id is described as "id: expected text" although it is text.
  it('an empty id is described as empty, not as "expected text"', () => {
    const data = raw();
    data.applications[0].rounds[0].actionItems[0].id = '';
    const result = decodeData(data);
    if (result.kind !== 'ok') throw new Error(result.kind);
    expect(result.repairs).toMatchObject([
      {
        path: expect.stringMatching(/^applications\.0\.rounds\.0\.actionItems\.0/),
        problem: expect.stringContaining('empty id'),
        action: 'set-aside',
      },
    ]);
  });
});

describe('decodeWorkspace after salvage', () => {
  it('what was salvaged is stored, and reads back the same with nothing left to repair', () => {
    const data = raw();
    data.applications[1].createdAt = 'x';
    data.applications[0].rounds[0].timeline = 't'.repeat(2_001);
    const first = decodeWorkspace(JSON.stringify(data));
    if (first.kind !== 'ok') throw new Error(first.kind);
    expect(first.repairs).toHaveLength(2);
    expect(decodeWorkspace(encodeWorkspace(first.workspace))).toEqual({
      kind: 'ok',
      workspace: first.workspace,
      repairs: [],
    });
  });
});
