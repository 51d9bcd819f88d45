// v4 → v5 on real files: every file the v4 builds wrote (tests/fixtures/v4/, one key, and
// tests/fixtures/v4-records/, one key per interview, captured in Chromium from the current
// build) opens in v5 with nothing lost, field by field; the v4 backups restore into v5;
// a v5 backup restores exactly; and data of a newer version is left alone, by this build
// and (the rule a v4 build applies) by the build before it.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportBackup, readBackup } from '../../src/lib/backup/backup-file';
import { CHECKER_KEY, readCheckerState } from '../../src/lib/tone/checker-state';
import { FIRST_ROUND_ID } from '../../src/lib/workspace/allowed-values';
import { decodeWorkspace, encodeWorkspace } from '../../src/lib/workspace/decode';
import { migrate } from '../../src/lib/workspace/migrations';
import { currentApplication, currentRound, peopleMet } from '../../src/lib/workspace/operations';
import { readLayout, type LoadOutcome } from '../../src/lib/workspace/read-layout';
import {
  LAYOUT_VERSION,
  META_KEY,
  RECORD_PREFIX,
  RecordSync,
  recordKey,
  type Envelope,
  type MetaData,
} from '../../src/lib/workspace/record-sync';
import { LEGACY_KEY } from '../../src/lib/workspace/storage-keys';
import {
  WORKSPACE_VERSION,
  type Application,
  type Workspace,
} from '../../src/lib/workspace/schema';
import { SharedStorage } from './storage-harness';

// ---------------------------------------------------------------------------------
// The files, and the v4 workspace in each as the v4 build itself assembled it.

interface Dump {
  capturedWith: string;
  build: string;
  scenario: string;
  localStorage: Record<string, string>;
}
type Json = Record<string, any>;

const SINGLE = new URL('../fixtures/v4/', import.meta.url);
const RECORDS = new URL('../fixtures/v4-records/', import.meta.url);
const dumpsIn = (dir: URL) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'backup-download.json')
    .map((f) => [f, JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Dump] as const);

/**
 * The v4 workspace a dump holds, as the v4 build read it: its single key, or the shared
 * key and each interview's key in the shared key's order (envelopes taken off). Null when
 * it holds none.
 */
function v4Workspace(ls: Record<string, string>): Json | null {
  if (ls[META_KEY]) {
    const meta = (JSON.parse(ls[META_KEY]) as Envelope<MetaData>).data;
    const { order, layout: _layout, ...shared } = meta;
    return {
      ...shared,
      interviews: order.map((id) => (JSON.parse(ls[recordKey(id)]!) as Envelope<Json>).data),
    };
  }
  return ls[LEGACY_KEY] ? (JSON.parse(ls[LEGACY_KEY]) as Json) : null;
}

const ALL = [
  ...dumpsIn(SINGLE).map(([f, d]) => [`v4/${f}`, d] as const),
  ...dumpsIn(RECORDS).map(([f, d]) => [`v4-records/${f}`, d] as const),
];
const WITH_DATA = ALL.filter(([, d]) => v4Workspace(d.localStorage) !== null);

/** What this build reads from a dump's keys on page load. */
const load = (ls: Record<string, string>): Extract<LoadOutcome, { kind: 'ok' }> => {
  const outcome = readLayout(new SharedStorage(ls).reader());
  if (outcome.kind !== 'ok') throw new Error(outcome.kind);
  return outcome;
};

// ---------------------------------------------------------------------------------
// Where each v4 field goes in v5.

const V4_STATUS: Record<string, string> = {
  active: 'waiting',
  offer: 'offer',
  rejected: 'rejected',
  withdrawn: 'withdrawn',
};
/** A v4 interview's fields that move to its round (with `time` renamed `start`). */
const TO_ROUND = new Set([
  'date',
  'time',
  'timeZone',
  'format',
  'timeline',
  'timelineDate',
  'timelineReading',
  'wantsCard',
  'actionItems',
  'steps',
  'drafts',
  'sent',
]);

/** The path in a v5 application of the value at `path` in a v4 interview. */
function v5Path(path: (string | number)[]): (string | number)[] {
  const [head, ...rest] = path as [string, ...(string | number)[]];
  if (head === 'interviewers') return ['people', ...rest];
  if (head === 'status') return ['outcomes', 0, 'status'];
  if (head === 'time') return ['rounds', 0, 'start', ...rest];
  if (head === 'sent' && rest[1] === 'interviewerId')
    return ['rounds', 0, 'sent', rest[0]!, 'personId'];
  if (TO_ROUND.has(head)) return ['rounds', 0, head, ...rest];
  return path;
}

/** Every leaf (text, number, true/false, null) of JSON data, with its path. */
function leaves(value: unknown, path: (string | number)[] = []): [(string | number)[], unknown][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [[path, value]];
}
const at = (data: unknown, path: (string | number)[]) =>
  path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], data);

/** The day (YYYY-MM-DD) of an instant in a zone. */
const dayIn = (instant: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(instant));

/** Where v5 (and v6, through the chain v4 → v5 → v6) keeps the fields it adds to what a v4 interview had. */
function addedPaths(iv: Json): string[] {
  return [
    'archivedAt',
    'jobLink',
    'source',
    'notes',
    'rounds.0.id',
    'rounds.0.kind',
    'rounds.0.end',
    'rounds.0.timelineBy',
    'outcomes.0.at',
    'outcomes.0.note',
    ...(iv.interviewers as Json[]).flatMap((_, n) => [
      `people.${n}.role`,
      `people.${n}.phone`,
      `rounds.0.met.${n}`,
    ]),
  ];
}

// ---------------------------------------------------------------------------------

describe('the real v4 files', () => {
  it('are all here: both layouts, each scenario', () => {
    expect(ALL.map(([f]) => f).sort()).toEqual(
      [
        'v4/checker.json',
        'v4/london-two-interviewers.json',
        'v4/long-timeline-after-reload.json',
        'v4/long-timeline-paste.json',
        'v4/three-interviews-unicode.json',
        'v4-records/checker.json',
        'v4-records/london-two-interviewers.json',
        'v4-records/many-interviews.json',
        'v4-records/three-interviews-unicode.json',
      ].sort(),
    );
    for (const [, d] of dumpsIn(RECORDS)) {
      expect(d.build).toBe('v4 per-record');
      expect(d.capturedWith).toMatch(/^[0-9a-f]{40}$/);
    }
    // The per-record files really are the per-record layout, of schema version 4.
    for (const [f, d] of WITH_DATA.filter(([f]) => f.startsWith('v4-records/'))) {
      const meta = JSON.parse(d.localStorage[META_KEY]!) as Envelope<MetaData>;
      expect(meta.data.version, f).toBe(4);
      expect(meta.data.layout, f).toBe(LAYOUT_VERSION);
      expect(d.localStorage[LEGACY_KEY], f).toBeUndefined();
      for (const id of meta.data.order) expect(d.localStorage[recordKey(id)], f).toBeDefined();
    }
  });
});

describe.each(WITH_DATA)('%s opens in v5 with nothing lost', (_, dump) => {
  const v4 = v4Workspace(dump.localStorage)!;
  const outcome = load(dump.localStorage);
  const ws = outcome.workspace;

  it('is read as migrated from v4, with nothing to repair and nothing set aside', () => {
    expect(outcome.from).toBe(4);
    expect(outcome.repairs).toEqual([]);
    expect(outcome.setAside).toBeUndefined();
    expect(ws.version).toBe(WORKSPACE_VERSION);
  });

  it('keeps the profile, the settings and the current interview', () => {
    expect(ws.profile).toEqual(v4.profile);
    // v4's holidays stay the user's own days; the region starts unchosen (the browser's
    // guess), no public day removed, the region's weekend.
    expect(ws.settings).toEqual({
      ...v4.settings,
      holidayRegion: '',
      holidaysRemoved: [],
      weekend: null,
    });
    expect(ws.currentId).toBe(v4.currentId);
    expect(currentApplication(ws)?.id).toBe(v4.currentId);
  });

  it('makes each interview one application, in the same order, with one round', () => {
    expect(ws.applications.map((a) => a.id)).toEqual(v4.interviews.map((i: Json) => i.id));
    for (const app of ws.applications) {
      expect(app.rounds).toHaveLength(1);
      expect(app.rounds[0]!.id).toBe(FIRST_ROUND_ID);
    }
  });

  it('puts every v4 value, at every depth, where v5 keeps it', () => {
    ws.applications.forEach((app, n) => {
      const iv = v4.interviews[n] as Json;
      let count = 0;
      for (const [path, value] of leaves(iv)) {
        const to = v5Path(path);
        const expected = path[0] === 'status' ? V4_STATUS[value as string] : value;
        expect(at(app, to), `${iv.id}: ${path.join('.')} → ${to.join('.')}`).toStrictEqual(
          expected,
        );
        count++;
      }
      expect(count).toBeGreaterThan(10);
    });
  });

  it('adds only v5’s new fields, each at the value a migration gives it', () => {
    ws.applications.forEach((app, n) => {
      const iv = v4.interviews[n] as Json;
      const fromV4 = new Set(leaves(iv).map(([path]) => v5Path(path).join('.')));
      const added = new Set(addedPaths(iv));
      for (const [path] of leaves(app)) {
        const key = path.join('.');
        if (!fromV4.has(key))
          expect(added.has(key), `${iv.id}: ${key} is neither v4's nor a new field`).toBe(true);
      }
      const round = app.rounds[0]!;
      expect(round).toMatchObject({ id: FIRST_ROUND_ID, kind: iv.format, end: '', timelineBy: '' });
      expect(app).toMatchObject({ jobLink: '', source: 'direct', notes: '', archivedAt: '' });
      expect(round.snoozed).toEqual({});
    });
  });

  it('names, topics, rapport and contact details: the interviewers are the people met in the round', () => {
    ws.applications.forEach((app, n) => {
      const iv = v4.interviews[n] as Json;
      expect(app.people).toEqual(
        (iv.interviewers as Json[]).map((p) => ({ ...p, role: 'interviewer', phone: '' })),
      );
      const round = currentRound(app);
      expect(round.met).toEqual((iv.interviewers as Json[]).map((p) => p.id));
      expect(peopleMet(app, round).map((p) => [p.name, p.topics, p.rapport])).toEqual(
        (iv.interviewers as Json[]).map((p) => [p.name, p.topics, p.rapport]),
      );
    });
  });

  it('drafts (subjects, bodies, edits, tones, fingerprints), sent records and ticked steps keep their keys and point at round 1', () => {
    ws.applications.forEach((app, n) => {
      const iv = v4.interviews[n] as Json;
      const round = app.rounds[0]!;
      expect(round.drafts).toEqual(iv.drafts);
      expect(Object.keys(round.drafts)).toEqual(Object.keys(iv.drafts));
      expect(round.steps).toEqual(iv.steps);
      expect(round.sent).toEqual(
        (iv.sent as Json[]).map(({ interviewerId, ...s }) =>
          interviewerId === undefined ? s : { ...s, personId: interviewerId },
        ),
      );
    });
  });

  it('promised items (with who asked), the timeline, its picked date and reading, the card choice', () => {
    ws.applications.forEach((app, n) => {
      const iv = v4.interviews[n] as Json;
      const round = app.rounds[0]!;
      expect(round.actionItems).toEqual(iv.actionItems);
      expect(round).toMatchObject({
        date: iv.date,
        start: iv.time,
        timeZone: iv.timeZone,
        format: iv.format,
        timeline: iv.timeline,
        timelineDate: iv.timelineDate,
        timelineReading: iv.timelineReading,
        wantsCard: iv.wantsCard,
      });
    });
  });

  it('the company channels and the engagement log stay with the company (the application)', () => {
    ws.applications.forEach((app, n) => {
      const iv = v4.interviews[n] as Json;
      expect(app.channels).toEqual(iv.channels);
      expect(app.engagement).toEqual(iv.engagement);
      expect(app).toMatchObject({
        company: iv.company,
        role: iv.role,
        qualifications: iv.qualifications,
        createdAt: iv.createdAt,
      });
    });
  });

  it('the status becomes the first entry of the outcome history, dated the day the interview was created', () => {
    ws.applications.forEach((app, n) => {
      const iv = v4.interviews[n] as Json;
      expect(app.outcomes).toEqual([
        {
          status: V4_STATUS[iv.status as string],
          at: dayIn(iv.createdAt as string, iv.timeZone as string),
          note: '',
        },
      ]);
    });
  });

  it('what it became is stored and read again exactly, with nothing left to migrate or repair', () => {
    expect(decodeWorkspace(encodeWorkspace(ws))).toEqual({
      kind: 'ok',
      workspace: ws,
      repairs: [],
    });
    // Written in the per-record layout of v5 (as the store writes it after a migration).
    const storage = new SharedStorage();
    expect(new RecordSync(storage.view('W'), 'W').replaceAll(ws, [])).toBeNull();
    const again = readLayout(storage.reader());
    expect(again).toMatchObject({ kind: 'ok', repairs: [], legacy: false });
    expect(again.kind === 'ok' && again.from).toBeUndefined();
    expect(again.kind === 'ok' && again.workspace).toEqual(ws);
  });

  it('a backup of it (v5) restores exactly', () => {
    const restored = readBackup(exportBackup(ws, new Date('2026-12-05T10:00:00Z')).text);
    expect(restored).toEqual({
      kind: 'ok',
      workspace: ws,
      interviews: ws.applications.length,
      repairs: [],
    });
  });
});

describe('the per-record files: one interview at a time', () => {
  it.each(WITH_DATA.filter(([f]) => f.startsWith('v4-records/')))(
    '%s: each record migrated alone is what the whole workspace’s migration gives',
    (_, dump) => {
      const v4 = v4Workspace(dump.localStorage)!;
      const whole = migrate(v4);
      if (whole.kind !== 'migrated') throw new Error(whole.kind);
      // As read-layout.ts migrates a record of its own: v4 → v5 (interviewToApplication) → v6.
      for (const [n, iv] of (v4.interviews as Json[]).entries()) {
        const alone = migrate({ version: 4, interviews: [iv] });
        expect(alone.kind === 'migrated' && (alone.data.applications as unknown[])[0]).toEqual(
          (whole.data.applications as unknown[])[n],
        );
      }
    },
  );
  it('the 30 interviews: statuses, ticked steps, the duplicate and the current one', () => {
    const [, dump] = WITH_DATA.find(([f]) => f === 'v4-records/many-interviews.json')!;
    const ws = load(dump.localStorage).workspace;
    expect(ws.applications).toHaveLength(30);
    const byCompany = (company: string) => ws.applications.filter((a) => a.company === company);
    expect(byCompany('Cobalt Health')[0]!.outcomes[0]!.status).toBe('offer');
    expect(byCompany('Elm & Oak Bank')[0]!.outcomes[0]!.status).toBe('rejected');
    expect(byCompany('Harbour Media')[0]!.outcomes[0]!.status).toBe('withdrawn');
    expect(byCompany('Driftwood Games')[0]!.rounds[0]!.steps).toEqual({ 'thank-you-email': true });
    expect(byCompany('Tidewater Travel')[0]!.rounds[0]!.steps).toEqual({
      'thank-you-email': true,
      linkedin: true,
    });
    // Duplicated in v4 (new ids throughout): two applications, each with its own people.
    const [one, copy] = byCompany('Brightwave');
    expect(copy!.id).not.toBe(one!.id);
    expect(copy!.people[0]!.id).not.toBe(one!.people[0]!.id);
    expect(copy!.rounds[0]!.met).toEqual([copy!.people[0]!.id]);
    expect(currentApplication(ws)!.company).toBe('Acme Analytics');
    // Statuses other than active take the application out of the reminders, as v4 did.
    expect(ws.applications.filter((a) => a.outcomes.at(-1)!.status !== 'waiting')).toHaveLength(5);
  });
  it('the Unicode file keeps decomposed accents, emoji, right-to-left text and hostile HTML exactly', () => {
    const [, dump] = WITH_DATA.find(([f]) => f === 'v4-records/three-interviews-unicode.json')!;
    const ws = load(dump.localStorage).workspace;
    const [unicode, hostile, empty] = ws.applications;
    expect(ws.profile.name).toBe('Rene\u0301e Nakamura 中村');
    expect(unicode!.company).toBe('東京データ株式会社 🚀');
    expect(unicode!.people.map((p) => p.name)).toEqual([
      'محمد العلي',
      'Zoe\u0308 A\u030angstro\u0308m',
    ]);
    expect(unicode!.people[0]!.address).toBe('東京都渋谷区渋谷2-21-1\nヒカリエ 11F\n150-8510 🇯🇵');
    expect(unicode!.rounds[0]!.timeline).toBe('2 weeks 🤞 (二週間)');
    expect(unicode!.rounds[0]!.wantsCard).toBe(true);
    expect(Object.values(unicode!.rounds[0]!.drafts)[0]!.body).toMatch(
      /ありがとうございました 🙏$/,
    );
    expect(hostile!.company).toBe('<img src=x onerror=alert(1)>');
    expect(hostile!.people[0]!.rapport).toBe('"},"version":99,"x":{"');
    expect(hostile!.rounds[0]!.format).toBe('phone');
    expect(empty!.company).toBe('');
    expect(ws.currentId).toBe(unicode!.id);
  });
  it('London: the edited thank-you, the one marked sent, the promised item, the log and the channel', () => {
    const [, dump] = WITH_DATA.find(([f]) => f === 'v4-records/london-two-interviewers.json')!;
    const ws = load(dump.localStorage).workspace;
    const app = currentApplication(ws)!;
    const round = currentRound(app);
    const [priya, tom] = peopleMet(app, round);
    expect([priya!.name, tom!.name]).toEqual(['Priya Raman', 'Tom Okafor']);
    expect(priya!.linkedin).toBe('https://www.linkedin.com/in/priya-raman-fernhill');
    const draft = round.drafts[`thank-you-email:${priya!.id}`]!;
    expect(draft.edited).toBe(true);
    expect(draft.body).toMatch(/P\.S\. I found the dbt style guide you mentioned/);
    expect(round.sent).toEqual([
      expect.objectContaining({ kind: 'thank-you-email', personId: tom!.id }),
    ]);
    expect(round.actionItems[0]).toMatchObject({
      what: 'SQL portfolio sample',
      askedBy: priya!.id,
    });
    expect(round).toMatchObject({
      date: '2026-12-04',
      start: '10:00',
      timeZone: 'Europe/London',
      timeline: '1-2 weeks',
    });
    expect(app.channels.blog).toEqual({
      url: 'https://fernhill-labs.example/blog',
      followed: true,
    });
    expect(app.engagement[0]).toMatchObject({
      what: 'their post on moving the KPI pack to dbt',
      worthMentioning: true,
    });
  });
});

describe('other keys the v4 build kept', () => {
  it.each(ALL.filter(([f]) => f.endsWith('checker.json')))(
    '%s: the checker’s key reads back as typed (it is not part of the workspace)',
    (_, dump) => {
      const raw = dump.localStorage[CHECKER_KEY]!;
      const storage = { getItem: (k: string) => (k === CHECKER_KEY ? raw : null) } as Storage;
      const { state, problem } = readCheckerState(() => storage);
      expect(problem).toBe('');
      expect(state.text).toBe(JSON.parse(raw).text);
      expect(state.kind).toBe('status-inquiry');
      // Nothing in it for the workspace reader.
      expect(readLayout(new SharedStorage(dump.localStorage).reader())).toEqual({ kind: 'empty' });
    },
  );
});

describe('the v4 backups restore into v5', () => {
  it.each([
    ['v4/', SINGLE],
    ['v4-records/', RECORDS],
  ] as const)(
    '%sbackup-download.json: the London workspace, migrated, nothing to repair',
    (_, dir) => {
      const text = readFileSync(new URL('backup-download.json', dir), 'utf8');
      expect(JSON.parse(text).workspace.version).toBe(4);
      const result = readBackup(text);
      if (result.kind !== 'ok') throw new Error(result.reason);
      expect(result.repairs).toEqual([]);
      expect(result.interviews).toBe(1);
      const [, london] = dumpsIn(dir).find(([f]) => f === 'london-two-interviewers.json')!;
      expect(result.workspace).toEqual(load(london.localStorage).workspace);
      // And field by field against the v4 workspace the file holds.
      const iv = JSON.parse(text).workspace.interviews[0] as Json;
      const app = result.workspace.applications[0]!;
      for (const [path, value] of leaves(iv))
        expect(at(app, v5Path(path)), path.join('.')).toStrictEqual(
          path[0] === 'status' ? V4_STATUS[value as string] : value,
        );
    },
  );
});

describe('a v5 backup', () => {
  /** Two rounds, people of every role, an offer with its deadline: every v5 field set. */
  function full(): Workspace {
    const [, dump] = WITH_DATA.find(([f]) => f === 'v4-records/london-two-interviewers.json')!;
    const ws = load(dump.localStorage).workspace;
    const app = ws.applications[0]!;
    const second: Application = {
      ...app,
      jobLink: 'https://fernhill-labs.example/jobs/42',
      source: 'agency',
      notes: 'Recruiter: Kim at Northwind Talent',
      people: [
        ...app.people,
        {
          id: 'rec',
          role: 'recruiter',
          name: 'Kim Alvarez',
          title: 'Talent Partner',
          email: 'kim@northwind.example',
          phone: '+44 20 7946 0000',
          linkedin: '',
          address: '',
          topics: '',
          rapport: '',
        },
      ],
      rounds: [
        ...app.rounds,
        {
          ...app.rounds[0]!,
          id: 'r2',
          kind: 'final',
          format: 'on-site',
          date: '2026-12-11',
          start: '14:00',
          end: '15:30',
          met: [app.people[0]!.id, 'rec'],
          timeline: 'by Friday',
          timelineBy: 'rec',
          drafts: {},
          sent: [],
          steps: {},
          actionItems: [],
        },
      ],
      outcomes: [
        ...app.outcomes,
        { status: 'next-round', at: '2026-12-07', note: '' },
        {
          status: 'offer',
          at: '2026-12-14',
          deadline: '2026-12-18',
          note: 'verbal, written to follow',
        },
      ],
    };
    return { ...ws, applications: [second] };
  }

  it('restores exactly: every field of every round, person and outcome', () => {
    const ws = full();
    const text = exportBackup(ws, new Date('2026-12-14T10:00:00Z')).text;
    expect(JSON.parse(text).workspace.version).toBe(WORKSPACE_VERSION);
    expect(readBackup(text)).toEqual({ kind: 'ok', workspace: ws, interviews: 1, repairs: [] });
  });
  it('is refused by nothing in it: the strict reader reads it as it is', () => {
    expect(decodeWorkspace(encodeWorkspace(full()))).toEqual({
      kind: 'ok',
      workspace: full(),
      repairs: [],
    });
  });
});

describe('the v4 → v5 step on data no v4 build wrote well', () => {
  const v4 = (interview: Json) => ({ version: 4, currentId: 'a', interviews: [interview] });
  const base: Json = {
    id: 'a',
    company: 'Acme',
    createdAt: '2026-11-27T23:30:00.000Z',
    interviewers: [{ id: 'p', name: 'Lee' }],
  };

  it('dates the first outcome in the interview’s zone, or in UTC when the zone is unknown', () => {
    const tokyo = decodeWorkspace(JSON.stringify(v4({ ...base, timeZone: 'Asia/Tokyo' })));
    expect(tokyo.kind === 'ok' && tokyo.workspace.applications[0]!.outcomes).toEqual([
      { status: 'waiting', at: '2026-11-28', note: '' },
    ]);
    // An unknown zone: the day in UTC, and the zone itself reset by the reader, with a repair.
    const odd = decodeWorkspace(JSON.stringify(v4({ ...base, timeZone: 'x'.repeat(65) })));
    if (odd.kind !== 'ok') throw new Error(odd.kind);
    expect(odd.workspace.applications[0]!.outcomes[0]!.at).toBe('2026-11-27');
    expect(odd.repairs.map((r) => r.path)).toEqual(['applications.0.rounds.0.timeZone']);
  });
  it('passes values of the wrong kind on to the reader, which sets them aside and says where', () => {
    const result = decodeWorkspace(
      JSON.stringify(v4({ ...base, status: 'ghosted', format: 'zoom', interviewers: 'Lee' })),
    );
    if (result.kind !== 'ok') throw new Error(result.kind);
    const app = result.workspace.applications[0]!;
    expect(app.outcomes).toEqual([]);
    expect(app.people).toEqual([]);
    expect(app.rounds[0]).toMatchObject({ kind: 'video', format: 'video', met: [] });
    expect(result.repairs.map((r) => [r.path, r.action])).toEqual([
      ['applications.0.people', 'default'],
      ['applications.0.rounds.0.format', 'default'],
      ['applications.0.outcomes.0', 'set-aside'],
    ]);
  });
  it('an interviewer that is not a record is set aside on its own; the others are met in the round', () => {
    const result = decodeWorkspace(
      JSON.stringify(v4({ ...base, interviewers: ['Lee', { id: 'q', name: 'Sam' }] })),
    );
    if (result.kind !== 'ok') throw new Error(result.kind);
    const app = result.workspace.applications[0]!;
    expect(app.people.map((p) => p.id)).toEqual(['q']);
    expect(app.rounds[0]!.met).toEqual(['q']);
    expect(result.repairs.map((r) => r.path)).toEqual(['applications.0.people.0']);
  });
  it('a v4 record with no date of creation is set aside once, not once more for its outcome', () => {
    const { createdAt: _c, ...undated } = base;
    const result = decodeWorkspace(JSON.stringify(v4(undated)));
    expect(result.kind === 'ok' && result.repairs.map((r) => r.path)).toEqual(['applications.0']);
  });
  it('a record of a version no build wrote is read as this version, and a shared key of no known version is unreadable', () => {
    const storage = new SharedStorage();
    const ws = load(WITH_DATA[0]![1].localStorage).workspace;
    new RecordSync(storage.view('W'), 'W').replaceAll(ws, []);
    const id = ws.applications[0]!.id;
    const env = JSON.parse(storage.data.get(recordKey(id))!) as Envelope<unknown>;
    storage.data.set(recordKey(id), JSON.stringify({ ...env, v: 0 }));
    expect(load(Object.fromEntries(storage.data)).workspace).toEqual(ws);
    const meta = JSON.parse(storage.data.get(META_KEY)!) as Envelope<MetaData>;
    storage.data.set(META_KEY, JSON.stringify({ ...meta, data: { ...meta.data, version: 4.5 } }));
    expect(readLayout(storage.reader())).toMatchObject({ kind: 'unreadable' });
  });
});

// ---------------------------------------------------------------------------------
// A newer version is left alone: by this build, and by a v4 build (its rule, below).

/**
 * What the v4 build (commit 9c36de3) decides on load before it reads anything, copied
 * here because that build is not in this repository's tree any more: read-layout.ts
 * readRecords refuses a shared key of a newer layout or workspace version, and
 * migrations.ts migrate refuses a workspace of a newer version (the single key, a
 * backup); 'newer' makes its store keep a copy and write nothing. A record it reads is
 * assumed to be of the shared key's version, so v5 must never store a v5 record under a
 * shared key that says 4.
 */
function v4Refuses(ls: Record<string, string>): boolean {
  const meta = ls[META_KEY];
  if (meta !== undefined || Object.keys(ls).some((k) => k.startsWith(RECORD_PREFIX))) {
    try {
      const data = (JSON.parse(meta ?? 'null') as Envelope<MetaData> | null)?.data;
      if (data && (data.layout > 2 || data.version > 4)) return true;
    } catch {
      // A damaged shared key: v4 reads the records as v4 (and keeps a copy first).
    }
    return false;
  }
  const legacy = ls[LEGACY_KEY];
  if (!legacy) return false;
  try {
    const version = (JSON.parse(legacy) as { version?: unknown }).version;
    return typeof version === 'number' && version > 4;
  } catch {
    return false;
  }
}

describe('data of a newer version', () => {
  const v5Storage = (): SharedStorage => {
    const [, dump] = WITH_DATA.find(([f]) => f === 'v4-records/london-two-interviewers.json')!;
    const storage = new SharedStorage();
    new RecordSync(storage.view('W'), 'W').replaceAll(load(dump.localStorage).workspace, []);
    return storage;
  };
  const entries = (s: SharedStorage) => Object.fromEntries(s.data);

  it('v5 data is refused by the v4 build’s rule: a v4 page keeps a copy and writes nothing', () => {
    expect(v4Refuses(entries(v5Storage()))).toBe(true);
    // The same rule passes real v4 data: the test of the rule is not vacuous.
    for (const [f, dump] of WITH_DATA) expect(v4Refuses(dump.localStorage), f).toBe(false);
  });

  it('every state a move from v4 passes through is refused by a v4 build as soon as any of it is v5', () => {
    for (const [f, dump] of WITH_DATA.filter(([f]) => f.startsWith('v4-records/'))) {
      const ws = load(dump.localStorage).workspace;
      // As the store moves them (workspace-settle.ts): the shared key first, then each record.
      const storage = new SharedStorage(dump.localStorage);
      const sync = new RecordSync(storage.view('M'), 'M');
      sync.startGeneration(ws);
      for (const app of ws.applications) sync.writeRecord(app);
      // Replay every prefix of the writes: the first one already says v5.
      const writes = storage.log.filter(([tab]) => tab === 'M');
      expect(writes[0]![1], f).toBe(META_KEY);
      for (let n = 1; n <= writes.length; n++) {
        const state = new Map(Object.entries(dump.localStorage));
        for (const [, key, value] of writes.slice(0, n))
          if (value === undefined) state.delete(key);
          else state.set(key, value);
        const ls = Object.fromEntries(state);
        expect(v4Refuses(ls), `${f} after ${n} writes`).toBe(true);
        // And this build reads every one of those states whole.
        const read = load(ls);
        expect(read.workspace, `${f} after ${n} writes`).toEqual(ws);
        expect(read.repairs).toEqual([]);
      }
    }
  });

  it('this build leaves a newer shared key, a newer record, a newer single key or a newer backup alone', () => {
    const storage = v5Storage();
    const meta = JSON.parse(storage.data.get(META_KEY)!) as Envelope<MetaData>;
    const newerMeta = new SharedStorage(entries(storage));
    newerMeta.data.set(META_KEY, JSON.stringify({ ...meta, data: { ...meta.data, version: 8 } }));
    expect(readLayout(newerMeta.reader())).toMatchObject({ kind: 'newer', version: 8 });

    const id = meta.data.order[0]!;
    const record = JSON.parse(storage.data.get(recordKey(id))!) as Envelope<unknown>;
    const newerRecord = new SharedStorage(entries(storage));
    newerRecord.data.set(recordKey(id), JSON.stringify({ ...record, v: 8 }));
    const outcome = readLayout(newerRecord.reader());
    expect(outcome).toMatchObject({ kind: 'newer', version: 8 });
    // The original comes back whole, to be kept as a copy; nothing is written.
    expect(outcome.kind === 'newer' && JSON.parse(outcome.original).keys).toEqual(
      entries(newerRecord),
    );

    const single = JSON.stringify({ version: 8, applications: [], somethingNew: true });
    expect(readLayout(new SharedStorage({ [LEGACY_KEY]: single }).reader())).toEqual({
      kind: 'newer',
      version: 8,
      original: single,
    });
    const backup = JSON.stringify({
      format: 'follow-up-kit-backup',
      version: 1,
      exportedAt: '2027-01-01T00:00:00.000Z',
      workspace: { version: 8 },
    });
    expect(readBackup(backup)).toMatchObject({
      kind: 'refused',
      reason: expect.stringMatching(/newer version/),
    });
  });
});
