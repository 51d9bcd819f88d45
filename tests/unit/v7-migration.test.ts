// v6 → v7 on real files: every file the v6 build wrote (tests/fixtures/v6/, one key per
// application, captured in Chromium by driving the debrief, Edit details and the tool
// pages) opens in v7 with every key and every field where it was; the result is valid
// v7 (stored and read again exactly, refused by the v6 build's own rule); the backups
// the v4, v5 and v6 builds downloaded restore; and a v7 backup with an offer's answer
// and its drafts round-trips, a bad answer costing only itself.
import { describe, expect, it } from 'vitest';
import { exportBackup, readBackup } from '../../src/lib/backup/backup-file';
import { decodeWorkspace, encodeWorkspace } from '../../src/lib/workspace/decode';
import { migrate } from '../../src/lib/workspace/migrations';
import { readLayout } from '../../src/lib/workspace/read-layout';
import { META_KEY, RecordSync } from '../../src/lib/workspace/record-sync';
import { WORKSPACE_VERSION, type Workspace } from '../../src/lib/workspace/schema';
import { SharedStorage } from './storage-harness';
import {
  at,
  fixtureText,
  leaves,
  loadStored,
  readDumps,
  refusedBy,
  storedRecords,
  type Json,
} from './fixture-dumps';

const dumps = readDumps('v6');
const workspaceDumps = dumps.filter(([, d]) => d.localStorage[META_KEY]);

describe('the real v6 files', () => {
  it('are all here, written by the v6 build, and this build writes v7', () => {
    expect(dumps.map(([f]) => f).sort()).toEqual([
      'checker.json',
      'london-two-interviewers.json',
      'many-interviews.json',
      'three-interviews-unicode.json',
      'whole-search.json',
    ]);
    for (const [, d] of dumps) expect(d.build).toBe('v6');
    expect(WORKSPACE_VERSION).toBe(7);
  });

  it('each key outside the workspace (theme, the browser’s answer, the checker) is not the workspace’s to change', () => {
    for (const [f, d] of dumps)
      for (const key of Object.keys(d.localStorage))
        expect(key, f).toMatch(/^fuk-(ws|ws-i:.+|theme|persist|message-check)$/);
  });
});

describe.each(workspaceDumps)('%s opens in v7 with nothing lost', (_, dump) => {
  const old = storedRecords(dump.localStorage);
  const outcome = loadStored(dump.localStorage);
  const ws = outcome.workspace;

  it('is read as migrated from v6, with nothing to repair and nothing set aside', () => {
    expect(outcome.from).toBe(6);
    expect(outcome.repairs).toEqual([]);
    expect(outcome.setAside).toBeUndefined();
    expect(ws.version).toBe(7);
  });

  it('keeps the profile, the settings, the current application and the order', () => {
    expect(ws.profile).toEqual(old.meta.profile);
    expect(ws.settings).toEqual(old.meta.settings);
    expect(ws.currentId).toBe(old.meta.currentId);
    expect(ws.applications.map((a) => a.id)).toEqual(old.meta.order);
  });

  it('puts every v6 value, at every depth, where it was, and adds nothing', () => {
    ws.applications.forEach((app, n) => {
      const leafs = leaves(old.applications[n]);
      expect(leafs.length).toBeGreaterThan(10);
      for (const [path, value] of leafs)
        expect(at(app, path), `${app.id}: ${path.join('.')}`).toStrictEqual(value);
      // No answer to an offer until the user starts one: the field stays absent.
      expect(app).toEqual(old.applications[n]);
      expect(app.rounds.some((r) => 'offerAnswer' in r)).toBe(false);
    });
  });

  it('what it became is stored and read again exactly, as valid v7 the v6 build refuses', () => {
    expect(decodeWorkspace(encodeWorkspace(ws))).toEqual({
      kind: 'ok',
      workspace: ws,
      repairs: [],
    });
    const storage = new SharedStorage();
    expect(new RecordSync(storage.view('W'), 'W').replaceAll(ws, [])).toBeNull();
    const again = readLayout(storage.reader());
    expect(again).toMatchObject({ kind: 'ok', repairs: [], legacy: false });
    expect(again.kind === 'ok' && again.from).toBeUndefined();
    expect(again.kind === 'ok' && again.workspace).toEqual(ws);
    expect(refusedBy(6, Object.fromEntries(storage.data))).toBe(true);
    expect(refusedBy(6, dump.localStorage)).toBe(false);
  });

  it('each record migrated alone is what the whole workspace’s migration gives', () => {
    const whole = migrate({ ...old.meta, version: 6, applications: old.applications });
    if (whole.kind !== 'migrated') throw new Error(whole.kind);
    expect(whole.data.version).toBe(7);
    old.applications.forEach((app, n) => {
      const alone = migrate({ version: 6, applications: [app] });
      expect(alone.kind === 'migrated' && (alone.data.applications as unknown[])[0]).toEqual(
        (whole.data.applications as unknown[])[n],
      );
    });
  });

  it('a move cut short (the shared key in v7, the records still v6) reads whole', () => {
    const storage = new SharedStorage(dump.localStorage);
    const sync = new RecordSync(storage.view('M'), 'M');
    sync.startGeneration(ws);
    const half = readLayout(storage.reader());
    expect(half.kind === 'ok' && half.workspace).toEqual(ws);
    expect(refusedBy(6, Object.fromEntries(storage.data))).toBe(true);
  });
});

describe('the backups of earlier builds restore into v7', () => {
  it.each([
    ['v4', 'v4/backup-download.json'],
    ['v4 per-record', 'v4-records/backup-download.json'],
    ['v5', 'v5/backup-download.json'],
    ['v6', 'v6/backup-download.json'],
  ])('the %s build’s download: the London workspace, nothing to repair', (_, file) => {
    const restored = readBackup(fixtureText(file));
    if (restored.kind !== 'ok') throw new Error(restored.kind);
    expect(restored).toMatchObject({ repairs: [], interviews: 1 });
    expect(restored.workspace.version).toBe(WORKSPACE_VERSION);
    expect(restored.workspace.applications[0]!.company).toBe('Fernhill Labs');
  });

  it('the v6 file: every stored field where it was, the same as the London dump opens to', () => {
    const text = fixtureText('v6/backup-download.json');
    const file = JSON.parse(text) as { workspace: Json };
    expect(file.workspace.version).toBe(6);
    const restored = readBackup(text);
    if (restored.kind !== 'ok') throw new Error(restored.kind);
    for (const [path, value] of leaves(file.workspace.applications[0]))
      expect(at(restored.workspace.applications[0], path), path.join('.')).toStrictEqual(value);
    const [, london] = workspaceDumps.find(([f]) => f === 'london-two-interviewers.json')!;
    expect(restored.workspace.applications).toEqual(
      loadStored(london.localStorage).workspace.applications,
    );
  });
});

describe('a v7 backup', () => {
  /** The whole search, with Brookside's offer being accepted: the answer, its draft and "sent". */
  function full(): Workspace {
    const [, dump] = workspaceDumps.find(([f]) => f === 'whole-search.json')!;
    const ws = loadStored(dump.localStorage).workspace;
    return {
      ...ws,
      applications: ws.applications.map((a) => {
        if (a.company !== 'Brookside') return a;
        const dana = a.people[0]!.id;
        return {
          ...a,
          rounds: a.rounds.map((r) => ({
            ...r,
            offerAnswer: {
              choice: 'accept' as const,
              startDate: '2027-01-04',
              terms: '£52,000 a year, four days a week',
              writtenOffer: false,
              reason: '',
              doorOpen: true,
            },
            drafts: {
              ...r.drafts,
              [`offer-acceptance:${dana}`]: {
                subject: 'Accepting your offer — Data Analyst role',
                body: 'Hi Dana,\n\nThank you so much for the offer.',
                edited: false,
                tone: 'warm' as const,
              },
            },
            sent: [
              ...r.sent,
              { kind: 'offer-acceptance' as const, personId: dana, at: '2026-12-16T10:00:00.000Z' },
            ],
          })),
        };
      }),
    };
  }

  it('restores exactly (deep-equal), the answer, its draft and its "sent" included', () => {
    const ws = full();
    const text = exportBackup(ws, new Date('2026-12-16T10:00:00Z')).text;
    expect(JSON.parse(text).workspace.version).toBe(7);
    expect(readBackup(text)).toEqual({
      kind: 'ok',
      workspace: ws,
      interviews: ws.applications.length,
      repairs: [],
    });
    expect(readLayout(storedAs(ws).reader())).toMatchObject({ kind: 'ok', workspace: ws });
  });

  it('a bad answer costs only its bad fields, and says where', () => {
    const ws = full() as unknown as Json;
    const brookside = (ws.applications as Json[]).findIndex((a) => a.company === 'Brookside');
    ws.applications[brookside].rounds[0].offerAnswer = {
      choice: 'maybe',
      startDate: 'soon',
      terms: 'x'.repeat(501),
      writtenOffer: 'yes',
      reason: '',
      doorOpen: false,
    };
    const read = decodeWorkspace(JSON.stringify(ws));
    if (read.kind !== 'ok') throw new Error(read.kind);
    expect(read.workspace.applications[brookside]!.rounds[0]!.offerAnswer).toEqual({
      choice: 'accept',
      startDate: '',
      terms: '',
      writtenOffer: false,
      reason: '',
      doorOpen: false,
    });
    const prefix = `applications.${brookside}.rounds.0.offerAnswer`;
    expect(read.repairs.map((r) => r.path).sort()).toEqual(
      ['choice', 'startDate', 'terms', 'writtenOffer'].map((f) => `${prefix}.${f}`),
    );
  });
});

/** A workspace written in the per-record layout, as a tab of this build saves it. */
function storedAs(ws: Workspace): SharedStorage {
  const storage = new SharedStorage();
  new RecordSync(storage.view('W'), 'W').replaceAll(ws, []);
  return storage;
}
