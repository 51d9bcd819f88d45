// A model test of the whole storage path: two tabs over one localStorage
// (storage-harness.ts) run random sequences of edits to interviews and the profile, adds
// and deletes (through operations.ts), saves, late or early storage events, reloads,
// damaged keys, a full storage for the next N writes, kept copies, and restores.
// Invariants:
//   - after a final save in both tabs and delivery of every event, every edit that was
//     saved without a problem (and not later replaced by a later save of the same field,
//     which by design wins, deleted by a tab that had seen it, or replaced by a restore)
//     is in storage, and both tabs show what is stored;
//   - a reload never throws and opens every interview whose key is readable; a damaged
//     one is set aside, named in repairs, and the rest open;
//   - every copy said to be kept reads back to its exact text, and Restore accepts it.
// Against 7e70bd7 the fixed seed fails on a restore refused partway for quota (see the
// two "restore ... cut short / refused partway" tests in record-sync.test.ts).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exportBackup, readBackup } from '../../src/lib/backup/backup-file';
import { removeApplication } from '../../src/lib/workspace/list-edits';
import {
  addApplication,
  blankApplication,
  updateApplication,
  updateRound,
  updateProfile,
} from '../../src/lib/workspace/operations';
import { repairReferences } from '../../src/lib/workspace/decode';
import { dumpStorage } from '../../src/lib/workspace/read-layout';
import {
  META_KEY,
  RECORD_PREFIX,
  RecordSync,
  parseEnvelope,
} from '../../src/lib/workspace/record-sync';
import { emptyWorkspace, type Application, type Workspace } from '../../src/lib/workspace/schema';
import { keepSnapshot, listSnapshots, snapshotText } from '../../src/lib/workspace/snapshots';
import { SharedStorage, Tab, stored } from './storage-harness';

const NOW = new Date('2026-11-24T15:00:00.000Z');
const FIELDS = ['company', 'role', 'qualifications', 'timeline'] as const;
type Field = (typeof FIELDS)[number];

type Command =
  | { t: 'edit'; tab: number; pick: number; field: Field; text: string }
  | { t: 'add'; tab: number; text: string }
  | { t: 'profile'; tab: number; text: string }
  | { t: 'delete'; tab: number; pick: number }
  | { t: 'flush'; tab: number }
  | { t: 'deliver'; tab: number; count: number }
  | { t: 'reload'; tab: number }
  | { t: 'corrupt'; pick: number; how: 'truncate' | 'garbage' }
  | { t: 'quota'; writes: number }
  | { t: 'snapshot'; tab: number; what: 'dump' | 'backup' }
  | { t: 'restore'; tab: number; drop: number };

const tab = fc.nat(1);
const text = fc.string({
  unit: fc.constantFrom('a', 'é', '中', '👩🏽‍💻', 'م', '"', '\\', ' ', '\uD800'),
  maxLength: 6,
});
const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      t: fc.constant('edit' as const),
      tab,
      pick: fc.nat(20),
      field: fc.constantFrom(...FIELDS),
      text,
    }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('add' as const), tab, text }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('profile' as const), tab, text }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('delete' as const), tab, pick: fc.nat(20) }) },
  { weight: 4, arbitrary: fc.record({ t: fc.constant('flush' as const), tab }) },
  {
    weight: 4,
    arbitrary: fc.record({
      t: fc.constant('deliver' as const),
      tab,
      count: fc.integer({ min: 1, max: 6 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('reload' as const), tab }) },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('corrupt' as const),
      pick: fc.nat(20),
      how: fc.constantFrom('truncate' as const, 'garbage' as const),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('quota' as const),
      writes: fc.integer({ min: 1, max: 4 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('snapshot' as const),
      tab,
      what: fc.constantFrom('dump' as const, 'backup' as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ t: fc.constant('restore' as const), tab, drop: fc.nat(20) }),
  },
);

const SKIP = (process.env.FI_SKIP ?? '').split(',');

/** The profile's name, tracked like a field (its slot's field part is unused). */
const PROFILE = '(profile)';
const slot = (id: string, field: Field) => `${id}\u0000${field}`;
/** A tracked field of an application, or of its one round (the timeline). */
const fieldOf = (ws: Workspace | null, id: string, field: Field) => {
  const app = ws?.applications.find((i) => i.id === id);
  return field === 'timeline' ? app?.rounds[0]?.timeline : app?.[field];
};
const setField = (ws: Workspace, id: string, field: Field, value: string): Workspace => {
  const app = ws.applications.find((i) => i.id === id);
  return field === 'timeline'
    ? updateRound(ws, id, app?.rounds[0]?.id ?? '', { timeline: value })
    : updateApplication(ws, id, { [field]: value });
};

/** Runs one sequence and checks the invariants; throws with a description on a violation. */
function run(commands: Command[]): void {
  const storage = new SharedStorage();
  let start = emptyWorkspace();
  for (let n = 0; n < 3; n++)
    start = addApplication(start, {
      ...blankApplication(NOW, 'UTC', `iv-${n}`),
      company: `Company ${n}`,
    });
  expect(new RecordSync(storage.view('setup'), 'setup').replaceAll(start, [])).toBeNull();
  const tabs = [new Tab('A', storage), new Tab('B', storage)];
  /** Per tab, the edits not yet saved: slot → value. */
  const dirty = tabs.map(() => new Map<string, string>());
  /** What must be in storage: slot → value, from saves that reported no problem. */
  const expected = new Map<string, string>();
  /** Copies said to be kept: key → the text, and for a backup, the workspace it holds. */
  const kept = new Map<string, { text: string; workspace?: Workspace }>();
  let seq = 0;
  let minutes = 0;
  let restored = false;
  /**
   * A restore refused partway (quota) is completed by the restoring tab's later saves,
   * over whatever the other tab saved meanwhile in the old generation: as with any
   * restore, what it replaces is in the copy kept before it. No edit is claimed after one.
   */
  let restoreUnfinished = false;

  const forget = (id: string) => {
    for (const field of FIELDS) expected.delete(slot(id, field));
  };

  const flush = (n: number) => {
    const t = tabs[n]!;
    const before = t.ws;
    const attemptStart = storage.attempts.length;
    const result = t.flush();
    if (result.reset) {
      // Another tab restored a backup: this tab's unsaved edits are dropped, by design.
      if (!restored) throw new Error('reset with no restore in the sequence');
      dirty[n]!.clear();
      return;
    }
    // What the tab wrote, as storage answered it (not what storage did: a write that is
    // silently lost must still count as claimed, so the check below catches it).
    const written = new Set<string>();
    for (const { tab: who, key, value, problem } of storage.attempts.slice(attemptStart)) {
      if (who === t.id && key === META_KEY && problem === null) written.add(PROFILE);
      if (who !== t.id || !key.startsWith(RECORD_PREFIX) || problem !== null) continue;
      const id = key.slice(RECORD_PREFIX.length);
      // A save that removed an interview's key: a delete by a tab that had seen its last version.
      if (value === undefined) forget(id);
      else written.add(id);
    }
    // An edit is saved when its interview's key was written. By design the tab saving last
    // wins a field both tabs edited, even when its edit is older (a retried save), so a
    // write replaces any earlier claim; it is claimed itself only when the save reported
    // no problem at all. An edit whose key was not written stays pending.
    for (const [s, value] of dirty[n]!) {
      const [id, field] = s.split('\u0000') as [string, Field];
      if (!written.has(id)) continue;
      dirty[n]!.delete(s);
      const had = id === PROFILE ? before.profile.name : fieldOf(before, id, field);
      if (result.problem === null && had === value && !restoreUnfinished) expected.set(s, value);
      else expected.delete(s);
    }
  };

  const checkReload = (n: number) => {
    const t = tabs[n]!;
    dirty[n]!.clear();
    let outcome;
    try {
      outcome = t.reload();
    } catch (error) {
      throw new Error(`a reload threw: ${String(error)}`, { cause: error });
    }
    if (outcome.kind !== 'ok') throw new Error(`a reload found ${outcome.kind}`);
    const gen = parseEnvelope(storage.data.get(META_KEY))!.gen;
    let unreadable = 0;
    for (const [key, raw] of storage.data) {
      if (!key.startsWith(RECORD_PREFIX)) continue;
      const env = parseEnvelope<Application>(raw);
      if (!env) unreadable++;
      else if (
        env.gen === gen &&
        !outcome.workspace.applications.some((i) => i.id === key.slice(RECORD_PREFIX.length))
      )
        throw new Error(`a reload did not open ${key}`);
    }
    const setAside = outcome.repairs.filter(
      (r) => r.action === 'set-aside' && /damaged/.test(r.problem),
    ).length;
    if (setAside !== unreadable)
      throw new Error(
        `${unreadable} damaged keys but ${setAside} named in repairs: ${JSON.stringify(outcome.repairs)}`,
      );
    if (unreadable > 0 && outcome.original === undefined)
      throw new Error('damage found but no original to keep');
  };

  for (const c of commands) {
    switch (c.t) {
      case 'edit': {
        const t = tabs[c.tab]!;
        const iv = t.ws.applications[c.pick % Math.max(1, t.ws.applications.length)];
        if (!iv) break;
        // Unique values, so an edit is never the value a field already had.
        const value = `${t.name}${++seq}:${c.text}`;
        t.edit((ws) => setField(ws, iv.id, c.field, value));
        dirty[c.tab]!.set(slot(iv.id, c.field), value);
        break;
      }
      case 'profile': {
        const t = tabs[c.tab]!;
        const value = `${t.name}${++seq}:${c.text}`;
        t.edit((ws) => updateProfile(ws, { name: value }));
        dirty[c.tab]!.set(slot(PROFILE, 'company'), value);
        break;
      }
      case 'add': {
        const t = tabs[c.tab]!;
        const id = `new-${++seq}`;
        const value = `${t.name}${seq}:${c.text}`;
        t.edit((ws) => addApplication(ws, { ...blankApplication(NOW, 'UTC', id), company: value }));
        dirty[c.tab]!.set(slot(id, 'company'), value);
        break;
      }
      case 'delete': {
        const t = tabs[c.tab]!;
        const iv = t.ws.applications[c.pick % Math.max(1, t.ws.applications.length)];
        if (!iv) break;
        t.edit((ws) => removeApplication(ws, iv.id).workspace);
        for (const field of FIELDS) dirty[c.tab]!.delete(slot(iv.id, field));
        break;
      }
      case 'flush':
        flush(c.tab);
        break;
      case 'deliver':
        tabs[c.tab]!.deliver(c.count);
        break;
      case 'reload':
        checkReload(c.tab);
        break;
      case 'corrupt': {
        const keys = [...storage.data.keys()].filter((k) => k.startsWith(RECORD_PREFIX)).sort();
        const key = keys[c.pick % Math.max(1, keys.length)];
        if (!key) break;
        const raw = storage.data.get(key)!;
        const bad =
          c.how === 'truncate' ? raw.slice(0, Math.floor(raw.length / 2)) : `\u0000${raw.slice(3)}`;
        storage.data.set(key, bad);
        forget(key.slice(RECORD_PREFIX.length));
        break;
      }
      case 'quota':
        storage.quotaFor = c.writes;
        break;
      case 'restore': {
        // Restore (replace) from a backup: everything stored becomes that workspace, in a
        // new generation; the other tab drops its state when it hears of it.
        const t = tabs[c.tab]!;
        let ws = t.ws;
        const gone = ws.applications[c.drop % Math.max(1, ws.applications.length)];
        if (gone && c.drop % 3 === 0) ws = removeApplication(ws, gone.id).workspace;
        for (const iv of ws.applications)
          ws = updateApplication(ws, iv.id, { company: `R${++seq}` });
        restored = true;
        const problem = t.sync.replaceAll(ws, [...storage.data.keys()]);
        t.ws = ws;
        for (const d of dirty) d.clear();
        expected.clear();
        if (problem === null)
          for (const iv of ws.applications) expected.set(slot(iv.id, 'company'), iv.company);
        else restoreUnfinished = true;
        break;
      }
      case 'snapshot': {
        const t = tabs[c.tab]!;
        const dump = c.what === 'dump';
        const snapshotText_ = dump ? dumpStorage(storage.reader()) : exportBackup(t.ws, NOW).text;
        const result = keepSnapshot(
          t.view,
          snapshotText_,
          dump ? 'repaired' : 'before-restore',
          new Date(NOW.getTime() + ++minutes * 60_000),
        );
        if (result.kept) {
          if (snapshotText(t.view, result.key) !== snapshotText_)
            throw new Error('a copy said to be kept does not read back');
          kept.set(result.key, { text: snapshotText_, ...(dump ? {} : { workspace: t.ws }) });
        }
        break;
      }
    }
  }

  // The end: room again, every tab saves, every event arrives (twice over, for the saves
  // the events cause), then reload both.
  storage.quotaFor = 0;
  for (let round = 0; round < 3; round++) {
    flush(0);
    flush(1);
    tabs[0]!.deliver();
    tabs[1]!.deliver();
  }
  const now = stored(storage);
  if (!now) throw new Error('nothing readable is stored at the end');
  for (const [s, value] of expected) {
    const [id, field] = s.split('\u0000') as [string, Field];
    const got = id === PROFILE ? now.profile.name : fieldOf(now, id, field);
    const what = id === PROFILE ? 'the profile’s name' : `${field} of ${id}`;
    if (got !== value)
      throw new Error(
        `a saved edit is not in storage: ${what} is ${JSON.stringify(got)}, saved as ${JSON.stringify(value)}`,
      );
  }
  // Both tabs, with nothing left to save and every event taken in, show what is stored
  // (but for an interview whose key was damaged behind their back: they still hold it;
  // and in any order: one that comes back after a tab set it aside is put last there).
  const unreadable = new Set(
    [...storage.data]
      .filter(([k, v]) => k.startsWith(RECORD_PREFIX) && !parseEnvelope(v))
      .map(([k]) => k.slice(RECORD_PREFIX.length)),
  );
  const byId = (ws: Workspace) => ({
    ...ws,
    currentId: null,
    applications: [...ws.applications].sort((x, y) => (x.id < y.id ? -1 : 1)),
  });
  for (const t of tabs) {
    const shown = byId({
      ...t.ws,
      applications: t.ws.applications.filter((i) => !unreadable.has(i.id)),
    });
    if (JSON.stringify(shown) !== JSON.stringify(byId(now))) {
      throw new Error(
        `tab ${t.name} shows ${JSON.stringify(t.ws.applications.map((i) => [i.id, i.company, i.role]))} (current ${t.ws.currentId}), storage has ${JSON.stringify(now.applications.map((i) => [i.id, i.company, i.role]))} (current ${now.currentId})`,
      );
    }
  }
  checkReload(0);
  checkReload(1);

  // Every copy still listed reads back to its exact text, and Restore accepts it.
  const listed = new Set(listSnapshots(storage.reader() as never).map((s) => s.key));
  for (const [key, copy] of kept) {
    if (!listed.has(key)) continue;
    if (snapshotText(storage.reader() as never, key) !== copy.text)
      throw new Error(`copy ${key} no longer reads back`);
    const back = readBackup(copy.text);
    if (back.kind !== 'ok') throw new Error(`Restore refused a kept copy: ${back.reason}`);
    // The same workspace, up to which interview is current: a tab's current id may point
    // at an interview another tab deleted until the shared key's event arrives, and
    // readBackup and a load repair a current id differently (backup-file.test.ts fuzzing).
    if (copy.workspace)
      expect(repairReferences(back.workspace)).toEqual(repairReferences(copy.workspace));
  }
}

describe('fault injection: two tabs, late events, reloads, damage and a full storage', () => {
  it('keeps every saved edit, opens every readable interview, and every kept copy restores', () => {
    fc.assert(
      fc.property(
        fc.array(
          command.filter((c) => !SKIP.includes(c.t)),
          { minLength: 5, maxLength: 40 },
        ),
        (commands) => run(commands),
      ),
      // A fixed seed keeps the suite repeatable; FI_SEED, FI_RUNS and FI_SKIP (command
      // kinds to leave out, comma-separated) explore further, e.g.
      // FI_RUNS=20000 FI_SEED=$RANDOM npx vitest run tests/unit/fault-injection.test.ts
      {
        numRuns: Number(process.env.FI_RUNS ?? 500),
        seed: Number(process.env.FI_SEED ?? 20261205),
      },
    );
  });
  it('a hand-picked sequence: both tabs edit one interview, one save fails, a key is damaged, both reload', () => {
    run([
      { t: 'edit', tab: 0, pick: 1, field: 'company', text: 'x' },
      { t: 'edit', tab: 1, pick: 1, field: 'role', text: 'y' },
      { t: 'quota', writes: 1 },
      { t: 'flush', tab: 0 },
      { t: 'flush', tab: 1 },
      { t: 'flush', tab: 0 },
      { t: 'deliver', tab: 0, count: 6 },
      { t: 'corrupt', pick: 2, how: 'truncate' },
      { t: 'snapshot', tab: 0, what: 'dump' },
      { t: 'snapshot', tab: 1, what: 'backup' },
      { t: 'reload', tab: 1 },
      { t: 'edit', tab: 1, pick: 0, field: 'timeline', text: '中' },
      { t: 'flush', tab: 1 },
    ]);
  });
});
