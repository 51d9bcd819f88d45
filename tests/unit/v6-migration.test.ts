// v5 → v6 on real files: every file the v5 build wrote (tests/fixtures/v5/, one key per
// application, captured in Chromium) opens in v6 with nothing lost, field by field; the
// v5 backup restores into v6; a v6 backup (archived, snoozed) restores exactly; and data
// of a newer version is left alone, by this build and by the v5 build's own rule.
import { describe, expect, it } from 'vitest';
import { exportBackup, readBackup } from '../../src/lib/backup/backup-file';
import { decodeWorkspace, encodeWorkspace } from '../../src/lib/workspace/decode';
import { migrate } from '../../src/lib/workspace/migrations';
import { readLayout } from '../../src/lib/workspace/read-layout';
import { readWorkspace } from '../../src/lib/workspace/read-workspace';
import {
  META_KEY,
  RecordSync,
  recordKey,
  type Envelope,
  type MetaData,
} from '../../src/lib/workspace/record-sync';
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

const dumps = readDumps('v5').filter(([, d]) => d.localStorage[META_KEY]);

describe('the real v5 files', () => {
  it('are all here, written by the v5 build, and this build writes v6 or later', () => {
    expect(dumps.map(([f]) => f).sort()).toEqual([
      'london-two-interviewers.json',
      'many-interviews.json',
      'three-interviews-unicode.json',
      'whole-search.json',
    ]);
    for (const [, d] of dumps) expect(d.build).toBe('v5');
    // v6 added archiving and snoozing; v7 (the offer's answer) reads them through v6.
    expect(WORKSPACE_VERSION).toBeGreaterThanOrEqual(6);
  });
});

describe.each(dumps)('%s opens in v6 with nothing lost', (_, dump) => {
  const old = storedRecords(dump.localStorage);
  const outcome = loadStored(dump.localStorage);
  const ws = outcome.workspace;

  it('is read as migrated from v5, with nothing to repair and nothing set aside', () => {
    expect(outcome.from).toBe(5);
    expect(outcome.repairs).toEqual([]);
    expect(outcome.setAside).toBeUndefined();
    expect(ws.version).toBe(WORKSPACE_VERSION);
  });

  it('keeps the profile, the settings, the current application and the order', () => {
    expect(ws.profile).toEqual(old.meta.profile);
    expect(ws.settings).toEqual(old.meta.settings);
    expect(ws.currentId).toBe(old.meta.currentId);
    expect(ws.applications.map((a) => a.id)).toEqual(old.meta.order);
  });

  it('puts every v5 value, at every depth, where it was', () => {
    ws.applications.forEach((app, n) => {
      const leafs = leaves(old.applications[n]);
      expect(leafs.length).toBeGreaterThan(10);
      for (const [path, value] of leafs)
        expect(at(app, path), `${app.id}: ${path.join('.')}`).toStrictEqual(value);
    });
  });

  it('adds only v6’s fields: not archived, nothing snoozed', () => {
    ws.applications.forEach((app, n) => {
      const { rounds, ...rest } = app;
      const { rounds: oldRounds, ...oldRest } = old.applications[n]!;
      expect(rest).toEqual({ ...oldRest, archivedAt: '' });
      expect(rounds).toEqual((oldRounds as Json[]).map((r) => ({ ...r, snoozed: {} })));
    });
  });

  it('what it became is stored and read again exactly, with nothing left to migrate or repair', () => {
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
    // Written in v6, the shared key and every record: a v5 page refuses all of it.
    expect(refusedBy(5, Object.fromEntries(storage.data))).toBe(true);
  });

  it('each record migrated alone is what the whole workspace’s migration gives', () => {
    const whole = migrate({ ...old.meta, version: 5, applications: old.applications });
    if (whole.kind !== 'migrated') throw new Error(whole.kind);
    old.applications.forEach((app, n) => {
      const alone = migrate({ version: 5, applications: [app] });
      expect(alone.kind === 'migrated' && (alone.data.applications as unknown[])[0]).toEqual(
        (whole.data.applications as unknown[])[n],
      );
    });
  });

  it('a move cut short (the shared key in v6, the records still v5) reads whole', () => {
    const storage = new SharedStorage(dump.localStorage);
    const sync = new RecordSync(storage.view('M'), 'M');
    sync.startGeneration(ws);
    const writes = storage.log.filter(([tab]) => tab === 'M');
    expect(writes[0]![1]).toBe(META_KEY);
    const half = readLayout(storage.reader());
    expect(half.kind === 'ok' && half.workspace).toEqual(ws);
    expect(refusedBy(5, Object.fromEntries(storage.data))).toBe(true);
  });
});

describe('the v5 backup restores into v6', () => {
  it('the file the v5 build downloaded: the London workspace, every field, nothing to repair', () => {
    const text = fixtureText('v5/backup-download.json');
    const file = JSON.parse(text) as { workspace: Json };
    expect(file.workspace.version).toBe(5);
    const restored = readBackup(text);
    if (restored.kind !== 'ok') throw new Error(restored.kind);
    expect(restored).toMatchObject({ repairs: [], interviews: 1 });
    const app = restored.workspace.applications[0]!;
    for (const [path, value] of leaves(file.workspace.applications[0]))
      expect(at(app, path), path.join('.')).toStrictEqual(value);
    expect(app.archivedAt).toBe('');
    expect(app.rounds.every((r) => Object.keys(r.snoozed ?? {}).length === 0)).toBe(true);
    // The same workspace as the London dump opens to.
    const [, london] = dumps.find(([f]) => f === 'london-two-interviewers.json')!;
    expect(restored.workspace.applications).toEqual(
      loadStored(london.localStorage).workspace.applications,
    );
  });
});

describe('a v6 backup', () => {
  /** The whole search, with one application archived and two steps snoozed. */
  function full(): Workspace {
    const [, dump] = dumps.find(([f]) => f === 'whole-search.json')!;
    const ws = loadStored(dump.localStorage).workspace;
    return {
      ...ws,
      applications: ws.applications.map((a, n) =>
        n === 0
          ? {
              ...a,
              rounds: a.rounds.map((r, k) =>
                k === a.rounds.length - 1
                  ? {
                      ...r,
                      snoozed: { 'thank-you-email': '2026-12-12', 'rejection-reply': '2026-12-14' },
                    }
                  : r,
              ),
            }
          : a.company === 'Dunmore'
            ? { ...a, archivedAt: '2026-12-11T09:30:00.000Z' }
            : a,
      ),
    };
  }

  it('restores exactly (deep-equal), archive and snoozes included', () => {
    const ws = full();
    const text = exportBackup(ws, new Date('2026-12-14T10:00:00Z')).text;
    expect(JSON.parse(text).workspace.version).toBe(WORKSPACE_VERSION);
    expect(readBackup(text)).toEqual({
      kind: 'ok',
      workspace: ws,
      interviews: ws.applications.length,
      repairs: [],
    });
  });

  it('the strict reader reads it as it is', () => {
    expect(readWorkspace(JSON.parse(encodeWorkspace(full())))).toEqual(full());
  });

  it('a bad archive date or snoozed day costs only that field, and says where', () => {
    const ws = full() as unknown as Json;
    ws.applications[1].archivedAt = 'last Tuesday';
    ws.applications[0].rounds[0].snoozed = {
      'thank-you-email': 'tomorrow',
      linkedin: '2026-12-20',
    };
    const read = decodeWorkspace(JSON.stringify(ws));
    if (read.kind !== 'ok') throw new Error(read.kind);
    // Its default: absent, in the pipeline.
    expect(read.workspace.applications[1]!.archivedAt).toBeUndefined();
    expect(read.workspace.applications[0]!.rounds[0]!.snoozed).toEqual({ linkedin: '2026-12-20' });
    expect(read.repairs.map((r) => [r.path, r.action])).toEqual([
      ['applications.0.rounds.0.snoozed.thank-you-email', 'set-aside'],
      ['applications.1.archivedAt', 'default'],
    ]);
  });
});

describe('the v5 → v6 step on data no v5 build wrote well', () => {
  it('passes values of the wrong kind on as they are, for the reader to set aside and say where', () => {
    const odd = migrate({
      version: 5,
      applications: [
        'not an application',
        { id: 'a', rounds: 'not a list' },
        { id: 'b', rounds: [7] },
      ],
    });
    expect(odd).toMatchObject({
      kind: 'migrated',
      from: 5,
      data: {
        version: WORKSPACE_VERSION,
        applications: [
          'not an application',
          { id: 'a', rounds: 'not a list', archivedAt: '' },
          { id: 'b', rounds: [7], archivedAt: '' },
        ],
      },
    });
    expect(migrate({ version: 5, applications: 'none' })).toMatchObject({
      data: { version: WORKSPACE_VERSION, applications: 'none' },
    });
  });
});

describe('data of a newer version (v8)', () => {
  const v6Storage = () => {
    const [, dump] = dumps.find(([f]) => f === 'whole-search.json')!;
    const storage = new SharedStorage();
    new RecordSync(storage.view('W'), 'W').replaceAll(loadStored(dump.localStorage).workspace, []);
    return storage;
  };
  const entries = (s: SharedStorage) => Object.fromEntries(s.data);

  it('the v5 build’s rule refuses v6 data, and passes the real v5 files', () => {
    expect(refusedBy(5, entries(v6Storage()))).toBe(true);
    for (const [f, dump] of dumps) expect(refusedBy(5, dump.localStorage), f).toBe(false);
  });

  it('this build leaves a v8 shared key, record, single key and backup alone', () => {
    const storage = v6Storage();
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
    expect(outcome.kind === 'newer' && JSON.parse(outcome.original).keys).toEqual(
      entries(newerRecord),
    );

    expect(migrate({ version: 8, applications: [] })).toEqual({ kind: 'newer', version: 8 });
    expect(decodeWorkspace(JSON.stringify({ version: 8, applications: [] }))).toEqual({
      kind: 'newer',
      version: 8,
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
