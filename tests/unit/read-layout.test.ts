// Reading what is stored on page load (read-layout.ts), in either layout: the single key
// "fuk-workspace" of earlier builds (the real v4 files in tests/fixtures/v4/) or one key
// per interview (record-sync.ts). Moving from one to the other must lose nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readBackup } from '../../src/lib/backup/backup-file';
import { decodeWorkspace, encodeWorkspace } from '../../src/lib/workspace/decode';
import { describeRepairs } from '../../src/lib/workspace/describe-repairs';
import {
  addApplication,
  blankApplication,
  updateApplication,
  updateRound,
} from '../../src/lib/workspace/operations';
import { dumpStorage, readLayout, STORAGE_DUMP_FORMAT } from '../../src/lib/workspace/read-layout';
import {
  LAYOUT_VERSION,
  LEGACY_BACKUP_KEY,
  LEGACY_KEY,
  META_KEY,
  RECORD_PREFIX,
  RecordSync,
  recordKey,
} from '../../src/lib/workspace/record-sync';
import { WORKSPACE_VERSION, emptyWorkspace, type Workspace } from '../../src/lib/workspace/schema';
import { keepSnapshot } from '../../src/lib/workspace/snapshots';
import { SharedStorage, Tab, stored } from './storage-harness';

const DIR = new URL('../fixtures/v4/', import.meta.url);
const dumps = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && f !== 'backup-download.json')
  .map(
    (f) =>
      [
        f,
        (
          JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as {
            localStorage: Record<string, string>;
          }
        ).localStorage,
      ] as const,
  );
const withWorkspace = dumps.filter(([, ls]) => ls[LEGACY_KEY] !== undefined);

const NOW = new Date('2026-11-24T15:00:00.000Z');
function workspaceOf(n: number): Workspace {
  let ws = emptyWorkspace();
  for (let i = 0; i < n; i++)
    ws = addApplication(ws, {
      ...blankApplication(NOW, 'UTC', `iv-${i}`),
      company: `Company ${i}`,
    });
  return ws;
}
/** A storage holding `ws` in the per-interview layout, written as a restore would. */
function recordStorage(ws: Workspace): SharedStorage {
  const storage = new SharedStorage();
  expect(new RecordSync(storage.view('W'), 'W').replaceAll(ws, [])).toBeNull();
  return storage;
}

describe('readLayout: the real v4 files (one key)', () => {
  it('covers every file that holds a workspace', () => {
    expect(withWorkspace.map(([f]) => f).sort()).toEqual([
      'london-two-interviewers.json',
      'long-timeline-after-reload.json',
      'long-timeline-paste.json',
      'three-interviews-unicode.json',
    ]);
  });
  it.each(withWorkspace)(
    '%s loads as the old layout, migrated from v4 as the decoder migrates it',
    (_, ls) => {
      const outcome = readLayout(new SharedStorage(ls).reader());
      if (outcome.kind !== 'ok') throw new Error(outcome.kind);
      expect(outcome.legacy).toBe(true);
      expect(outcome.from).toBe(4);
      expect(outcome.repairs).toEqual([]);
      expect(outcome.original).toBeUndefined();
      expect(outcome.meta).toBeNull();
      // What the decoder gives (tests/unit/v5-migration.test.ts checks it field by field).
      const decoded = decodeWorkspace(ls[LEGACY_KEY]);
      expect(decoded.kind === 'ok' && decoded.workspace).toEqual(outcome.workspace);
      expect(outcome.workspace.version).toBe(WORKSPACE_VERSION);
    },
  );
  it.each(withWorkspace)(
    '%s moves to one key per interview losslessly: written with replaceAll, read back the same',
    (_, ls) => {
      const old = readLayout(new SharedStorage(ls).reader());
      if (old.kind !== 'ok') throw new Error(old.kind);
      const storage = recordStorage(old.workspace);
      expect(storage.data.has(LEGACY_KEY)).toBe(false);
      expect([...storage.data.keys()].filter((k) => k.startsWith(RECORD_PREFIX))).toHaveLength(
        old.workspace.applications.length,
      );
      const now = readLayout(storage.reader());
      if (now.kind !== 'ok') throw new Error(now.kind);
      expect(now).toMatchObject({ legacy: false, repairs: [] });
      expect(now.workspace).toEqual(old.workspace);
      // And once more through a tab that saves with nothing changed.
      const tab = new Tab('T', storage);
      expect(tab.flush().written).toBe(0);
      expect(stored(storage)).toEqual(old.workspace);
    },
  );
  // BUG (read-layout.ts withLegacyRest): when the move stopped before the current
  // interview was written (e.g. the first write refused for quota), another interview
  // becomes current: readRecords' decodeData reset the current id to one it had read (or
  // to none), and withLegacyRest keeps that instead of the shared key's currentId.
  // three-interviews-unicode.json (its first interview current) fails "after 0 moved";
  // in the other files the newest interview is current, which the fallback picks anyway.
  it.each(withWorkspace)(
    '%s: a move that stopped after any number of interviews still reads everything',
    (_, ls) => {
      const old = readLayout(new SharedStorage(ls).reader());
      if (old.kind !== 'ok') throw new Error(old.kind);
      const ws = old.workspace;
      for (let moved = 0; moved <= ws.applications.length; moved++) {
        // As the store moves them: the shared key first, then applications one at a time,
        // shrinking the old key by what has moved.
        const storage = new SharedStorage(ls);
        const sync = new RecordSync(storage.view('M'), 'M');
        expect(sync.startGeneration(ws)).toBeNull();
        for (const iv of ws.applications.slice(0, moved)) expect(sync.writeRecord(iv)).toBeNull();
        const rest = ws.applications.slice(moved);
        storage.write(
          'M',
          LEGACY_KEY,
          rest.length ? JSON.stringify({ ...ws, applications: rest }) : undefined,
        );
        const outcome = readLayout(storage.reader());
        if (outcome.kind !== 'ok') throw new Error(`${moved}: ${outcome.kind}`);
        expect(outcome.workspace, `after ${moved} moved`).toEqual(ws);
        expect(outcome.repairs, `after ${moved} moved`).toEqual([]);
        expect(outcome.legacy).toBe(rest.length > 0);
        // The move writes in v5 (what is left in the old key too): nothing to migrate again.
        expect(outcome.from).toBeUndefined();
      }
    },
  );
  it('a half-done move keeps the current interview (one not moved yet)', () => {
    const ws = { ...workspaceOf(3), currentId: 'iv-1' };
    const storage = new SharedStorage({ [LEGACY_KEY]: encodeWorkspace(ws) });
    const sync = new RecordSync(storage.view('M'), 'M');
    sync.startGeneration(ws);
    sync.writeRecord(ws.applications[0]!);
    storage.write(
      'M',
      LEGACY_KEY,
      JSON.stringify({ ...ws, applications: ws.applications.slice(1) }),
    );
    const outcome = readLayout(storage.reader());
    expect(outcome.kind === 'ok' && outcome.workspace.currentId).toBe('iv-1');
  });
  it('the file without a workspace (the checker’s key only) is empty', () => {
    const [, ls] = dumps.find(([f]) => f === 'checker.json')!;
    expect(readLayout(new SharedStorage(ls).reader())).toEqual({ kind: 'empty' });
  });
  it('the copy an earlier build kept of unreadable text is returned as legacyBackup', () => {
    const [, ls] = dumps.find(([f]) => f === 'long-timeline-after-reload.json')!;
    const outcome = readLayout(new SharedStorage(ls).reader());
    expect(outcome.legacyBackup).toBe(ls[LEGACY_BACKUP_KEY]);
    expect(outcome.kind).toBe('ok');
    // With the workspace already moved, it is still found.
    const moved = recordStorage(workspaceOf(1));
    moved.write('x', LEGACY_BACKUP_KEY, ls[LEGACY_BACKUP_KEY]);
    expect(readLayout(moved.reader())).toMatchObject({
      kind: 'ok',
      legacyBackup: ls[LEGACY_BACKUP_KEY],
    });
    // And alone.
    expect(readLayout(new SharedStorage({ [LEGACY_BACKUP_KEY]: '{broken' }).reader())).toEqual({
      kind: 'empty',
      legacyBackup: '{broken',
    });
  });
  it('old-layout text that is not complete, or from a newer build, is kept as the original', () => {
    const corrupt = '{"version":4,"interv';
    expect(readLayout(new SharedStorage({ [LEGACY_KEY]: corrupt }).reader())).toMatchObject({
      kind: 'unreadable',
      original: corrupt,
    });
    const newer = JSON.stringify({ version: WORKSPACE_VERSION + 1, interviews: [] });
    expect(readLayout(new SharedStorage({ [LEGACY_KEY]: newer }).reader())).toEqual({
      kind: 'newer',
      version: WORKSPACE_VERSION + 1,
      original: newer,
    });
  });
});

describe('readLayout: one key per interview', () => {
  it('a damaged interview key is set aside, named in repairs, and the others open', () => {
    const ws = workspaceOf(4);
    const storage = recordStorage(ws);
    storage.data.set(recordKey('iv-2'), storage.data.get(recordKey('iv-2'))!.slice(0, 40));
    const outcome = readLayout(storage.reader());
    if (outcome.kind !== 'ok') throw new Error(outcome.kind);
    expect(outcome.workspace.applications.map((i) => i.id)).toEqual(['iv-0', 'iv-1', 'iv-3']);
    expect(outcome.workspace.applications).toEqual(ws.applications.filter((i) => i.id !== 'iv-2'));
    expect(outcome.repairs).toEqual([
      { path: 'applications.2', problem: 'its stored text is damaged', action: 'set-aside' },
    ]);
    expect(describeRepairs(outcome.repairs)).toEqual([
      'Interview 3 (its stored text is damaged): set aside',
    ]);
    // The original text, damaged key included, comes back to be kept as a copy.
    const original = JSON.parse(outcome.original!) as {
      format: string;
      keys: Record<string, string>;
    };
    expect(original.format).toBe(STORAGE_DUMP_FORMAT);
    expect(original.keys[recordKey('iv-2')]).toBe(storage.data.get(recordKey('iv-2')));
  });
  it('an interview whose fields cannot all be read opens with those fields reset', () => {
    const ws = workspaceOf(2);
    const storage = recordStorage(ws);
    const env = JSON.parse(storage.data.get(recordKey('iv-1'))!);
    env.data.company = 'c'.repeat(600);
    storage.data.set(recordKey('iv-1'), JSON.stringify(env));
    const outcome = readLayout(storage.reader());
    if (outcome.kind !== 'ok') throw new Error(outcome.kind);
    expect(outcome.workspace.applications[1]).toEqual({ ...ws.applications[1]!, company: '' });
    expect(outcome.repairs.map((r) => r.path)).toEqual(['applications.1.company']);
  });
  it('an interview key the order does not list (a save cut short) still opens', () => {
    const ws = workspaceOf(2);
    const storage = recordStorage(ws);
    const extra = { ...blankApplication(NOW, 'UTC', 'late'), company: 'Late Ltd' };
    const gen = JSON.parse(storage.data.get(META_KEY)!).gen;
    storage.data.set(
      recordKey('late'),
      JSON.stringify({ rev: 'x.1', gen, v: WORKSPACE_VERSION, data: extra }),
    );
    const outcome = readLayout(storage.reader());
    expect(outcome.kind === 'ok' && outcome.workspace.applications).toEqual([
      ...ws.applications,
      extra,
    ]);
  });
  // Changed in the working tree on purpose: an interview key of another generation (a
  // restore cut short) is read all the same, and written in the current one at the next
  // save, rather than left unseen.
  it('an interview key left over from another generation opens, and the next save takes it into this one', () => {
    const storage = recordStorage(workspaceOf(2));
    const old = { ...blankApplication(NOW, 'UTC', 'old'), company: 'Old Ltd' };
    storage.data.set(
      recordKey('old'),
      JSON.stringify({ rev: 'x.1', gen: 'gone', v: WORKSPACE_VERSION, data: old }),
    );
    const tab = new Tab('T', storage);
    expect(tab.ws.applications.map((i) => i.id)).toEqual(['iv-0', 'iv-1', 'old']);
    tab.flush();
    const gen = JSON.parse(storage.data.get(META_KEY)!).gen;
    expect(JSON.parse(storage.data.get(recordKey('old'))!).gen).toBe(gen);
    expect(stored(storage)).toEqual(tab.ws);
  });
  it('a newer layout or a newer workspace version is reported as newer, with the original kept', () => {
    for (const change of [{ layout: LAYOUT_VERSION + 1 }, { version: WORKSPACE_VERSION + 1 }]) {
      const storage = recordStorage(workspaceOf(2));
      const env = JSON.parse(storage.data.get(META_KEY)!);
      storage.data.set(META_KEY, JSON.stringify({ ...env, data: { ...env.data, ...change } }));
      const outcome = readLayout(storage.reader());
      expect(outcome.kind).toBe('newer');
      if (outcome.kind !== 'newer') return;
      expect(outcome.version).toBe(change.version ?? WORKSPACE_VERSION);
      expect(JSON.parse(outcome.original).keys[META_KEY]).toBe(storage.data.get(META_KEY));
    }
  });
  it('a dump of storage is accepted by readBackup, and gives the same workspace', () => {
    const ws = workspaceOf(3);
    ws.profile.name = 'Sam Rivera';
    ws.applications[1]!.company = 'محمد للتقنية 👩🏽‍💻';
    const storage = recordStorage(ws);
    const dump = dumpStorage(storage.reader());
    expect(JSON.parse(dump).format).toBe(STORAGE_DUMP_FORMAT);
    expect(readBackup(dump)).toEqual({ kind: 'ok', workspace: ws, interviews: 3, repairs: [] });
    // A dump with a damaged key: the rest is restored, and the repair is said in words.
    storage.data.set(recordKey('iv-0'), '{"rev":');
    const damaged = readBackup(dumpStorage(storage.reader()));
    expect(damaged.kind === 'ok' && [damaged.interviews, damaged.repairs]).toEqual([
      2,
      ['Interview 1 (its stored text is damaged): set aside'],
    ]);
    // A dump of the old single key too.
    const [, ls] = withWorkspace[0]!;
    const legacy = readBackup(dumpStorage(new SharedStorage(ls).reader()));
    const decoded = decodeWorkspace(ls[LEGACY_KEY]);
    expect(legacy.kind === 'ok' && legacy.workspace).toEqual(
      decoded.kind === 'ok' && decoded.workspace,
    );
  });
  it('a dump holds only the workspace’s keys (not the theme, the checker or the copies)', () => {
    const storage = recordStorage(workspaceOf(1));
    storage.data.set('fuk-theme', 'dark');
    storage.data.set('fuk-message-check', '{}');
    storage.data.set('fuk-copy:x', 'y');
    expect(Object.keys(JSON.parse(dumpStorage(storage.reader())).keys).sort()).toEqual(
      [META_KEY, recordKey('iv-0')].sort(),
    );
  });
  it('property: never throws, whatever the keys hold', () => {
    const value = fc.oneof(
      fc.string(),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      fc
        .record({
          rev: fc.string(),
          gen: fc.constantFrom('g', 'h'),
          data: fc.jsonValue({ maxDepth: 3 }),
        })
        .map((v) => JSON.stringify(v)),
    );
    fc.assert(
      fc.property(
        fc.option(value, { nil: undefined }),
        fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), value), { maxLength: 3 }),
        fc.option(value, { nil: undefined }),
        (meta, records, legacy) => {
          const entries: Record<string, string> = {};
          if (meta !== undefined) entries[META_KEY] = meta;
          if (legacy !== undefined) entries[LEGACY_KEY] = legacy;
          for (const [id, v] of records) entries[recordKey(id)] = v;
          const outcome = readLayout(new SharedStorage(entries).reader());
          expect(['empty', 'ok', 'newer', 'unreadable']).toContain(outcome.kind);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

// ---------------------------------------------------------------------------------
// Cases these tests found wrong in 6ea79eb–d77d78a, fixed in 7e70bd7.

describe('readLayout: cases these tests found wrong', () => {
  // A shared key whose envelope parsed but whose data was null threw a TypeError
  // ("readLayout never throws"); the store then said "load failed", stopped saving, and
  // kept no copy of what was stored.
  it('a shared key holding {"rev","gen","data":null} does not throw', () => {
    const storage = recordStorage(workspaceOf(2));
    storage.data.set(META_KEY, JSON.stringify({ rev: 'x.1', gen: 'g', data: null }));
    expect(() => readLayout(storage.reader())).not.toThrow();
  });

  // With the shared key unreadable, the interviews opened (with a repair), but the tab
  // then took a new generation and wrote the shared key in it; on the next load every
  // interview key was "another generation", skipped as left over from a restore: the kit
  // opened empty, with no notice.
  it('a damaged shared key: the interviews open, and still open after the next save and reload', () => {
    const ws = workspaceOf(3);
    const storage = recordStorage(ws);
    storage.data.set(META_KEY, '{"rev":"x.1","gen":');
    const tab = new Tab('T', storage);
    expect(tab.ws.applications).toEqual(ws.applications);
    expect(tab.loaded.kind === 'ok' && tab.loaded.repairs).toHaveLength(1);
    tab.flush();
    const after = readLayout(storage.reader());
    expect(after.kind === 'ok' && after.workspace.applications).toEqual(ws.applications);
  });

  // A damaged interview key was set aside but not in `records`, so the store did not
  // remove it. Every later load found it again and kept another "repaired" copy of the
  // whole storage; those copies are never removed to make room, so after MAX_SNAPSHOTS
  // loads no copy fitted, keepCopy failed, and the store stopped saving. (7e70bd7 adds
  // LoadOutcome.setAside, which workspace-settle.ts removes once the copy is kept.)
  it('a damaged interview key does not make every later load keep one more copy until saving stops', () => {
    const storage = recordStorage(workspaceOf(3));
    storage.data.set(recordKey('iv-1'), 'not json');
    for (let load = 0; load < 12; load++) {
      // As workspace-settle.ts does on each load: keep the original, remove what was set aside, adopt.
      const tab = new Tab('T', storage);
      const outcome = tab.loaded;
      if (outcome.kind !== 'ok') throw new Error(outcome.kind);
      if (outcome.original !== undefined) {
        const copy = keepSnapshot(
          storage.view('S'),
          outcome.original,
          'repaired',
          new Date(NOW.getTime() + load * 60_000),
        );
        expect(copy.kept, `the copy at load ${load + 1}`).toBe(true);
        const ids = new Set(outcome.workspace.applications.map((i) => i.id));
        for (const key of outcome.records.keys())
          if (!ids.has(key)) storage.write('S', RECORD_PREFIX + key, undefined);
        for (const key of outcome.setAside ?? []) storage.write('S', key, undefined);
      }
      // The user edits something before the next load.
      tab.edit((w) => updateApplication(w, 'iv-0', { role: `Role ${load}` }));
      tab.flush();
    }
  });
});

describe('readLayout after RecordSync: what a tab saved is what the next page reads', () => {
  it('encodeWorkspace of what a reload reads equals that of what the tab showed', () => {
    const storage = recordStorage(workspaceOf(5));
    const tab = new Tab('T', storage);
    tab.edit((w) =>
      updateRound(w, 'iv-3', w.applications[3]!.rounds[0]!.id, {
        timeline: 'within 2 weeks '.repeat(100).slice(0, 1_500),
      }),
    );
    tab.edit((w) => addApplication(w, blankApplication(NOW, 'Asia/Tokyo', 'tokyo')));
    tab.flush();
    const next = new Tab('N', storage);
    expect(encodeWorkspace(next.ws)).toBe(encodeWorkspace(tab.ws));
  });
});
