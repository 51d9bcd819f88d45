// Two tabs over one localStorage (storage-harness.ts): each keeps its workspace and a
// RecordSync; a tab's writes reach the other as storage events, which a test delivers
// when it likes (at once, late, or not before the other tab saves).
import { describe, expect, it } from 'vitest';
import { removeApplication } from '../../src/lib/workspace/list-edits';
import {
  addApplication,
  blankApplication,
  updateApplication,
  updateRound,
  updateProfile,
} from '../../src/lib/workspace/operations';
import {
  META_KEY,
  RECORD_PREFIX,
  RecordSync,
  recordKey,
  recordVersion,
} from '../../src/lib/workspace/record-sync';
import { WORKSPACE_VERSION, emptyWorkspace, type Workspace } from '../../src/lib/workspace/schema';
import { readLayout } from '../../src/lib/workspace/read-layout';
import { SharedStorage, Tab, stored } from './storage-harness';

const NOW = new Date('2026-11-24T15:00:00.000Z');

function workspaceOf(n: number): Workspace {
  let ws = emptyWorkspace();
  for (let i = 0; i < n; i++) {
    const iv = blankApplication(NOW, 'Europe/London', `iv-${i}`);
    iv.company = `Company ${i}`;
    ws = addApplication(ws, iv);
  }
  return ws;
}

/** Sets the timeline given in an application's one round. */
const setTimeline = (ws: Workspace, id: string, timeline: string) =>
  updateRound(ws, id, ws.applications.find((a) => a.id === id)!.rounds[0]!.id, { timeline });

/** Tab A saves `n` interviews; tab B opens afterwards and reads them. */
function twoTabs(n = 3) {
  const storage = new SharedStorage();
  const a = new Tab('A', storage);
  a.ws = workspaceOf(n);
  expect(a.sync.replaceAll(a.ws, [])).toBeNull();
  const b = new Tab('B', storage);
  expect(b.ws).toEqual(a.ws);
  return { storage, a, b };
}

const company = (ws: Workspace, id: string) => ws.applications.find((i) => i.id === id)?.company;
const role = (ws: Workspace, id: string) => ws.applications.find((i) => i.id === id)?.role;

describe('RecordSync: saving writes only what changed', () => {
  it('an edit of one interview among 500 writes that interview’s key and nothing else', () => {
    const { storage, a } = twoTabs(500);
    const before = storage.log.length;
    a.edit((ws) => updateApplication(ws, 'iv-250', { company: 'Fernhill Labs' }));
    expect(a.sync.pending(a.ws)).toBe(true);
    const result = a.flush();
    expect(result).toMatchObject({ problem: null, reset: false, written: 1 });
    expect(storage.log.slice(before).map(([, key]) => key)).toEqual([recordKey('iv-250')]);
    expect(company(stored(storage)!, 'iv-250')).toBe('Fernhill Labs');
    expect(a.sync.pending(a.ws)).toBe(false);
  });
  it('a flush with nothing changed writes nothing', () => {
    const { storage, a, b } = twoTabs(5);
    const before = storage.log.length;
    expect(a.sync.pending(a.ws)).toBe(false);
    expect(a.flush()).toMatchObject({ problem: null, reset: false, written: 0 });
    expect(b.flush()).toMatchObject({ problem: null, reset: false, written: 0 });
    // Once saved, a second flush has nothing to do.
    a.edit((ws) => updateApplication(ws, 'iv-1', { role: 'Analyst' }));
    expect(a.flush().written).toBe(1);
    expect(a.flush().written).toBe(0);
    expect(storage.log.length).toBe(before + 1);
  });
  it('a change to the profile writes the shared key only', () => {
    const { storage, a } = twoTabs(50);
    const before = storage.log.length;
    a.edit((ws) => updateProfile(ws, { name: 'Sam Rivera' }));
    expect(a.flush().written).toBe(1);
    expect(storage.log.slice(before).map(([, key]) => key)).toEqual([META_KEY]);
    expect(stored(storage)!.profile.name).toBe('Sam Rivera');
  });
  it('adding an interview writes its key and the shared key (the order)', () => {
    const { storage, a } = twoTabs(3);
    const before = storage.log.length;
    a.edit((ws) => addApplication(ws, blankApplication(NOW, 'UTC', 'new')));
    expect(a.flush().written).toBe(2);
    expect(storage.log.slice(before).map(([, key]) => key)).toEqual([recordKey('new'), META_KEY]);
    expect(stored(storage)!.applications.map((i) => i.id)).toEqual(['iv-0', 'iv-1', 'iv-2', 'new']);
    expect(stored(storage)!.currentId).toBe('new');
  });
  it('a refused write stays pending and is saved at the next flush', () => {
    const { storage, a } = twoTabs(3);
    a.edit((ws) => updateApplication(ws, 'iv-1', { company: 'Retry Ltd' }));
    storage.quotaFor = 1;
    expect(a.flush()).toMatchObject({ problem: 'quota', written: 1 });
    expect(company(stored(storage)!, 'iv-1')).toBe('Company 1');
    expect(a.sync.pending(a.ws)).toBe(true);
    expect(a.flush()).toMatchObject({ problem: null, written: 1 });
    expect(company(stored(storage)!, 'iv-1')).toBe('Retry Ltd');
  });
});

describe('RecordSync: two tabs edit one interview', () => {
  // Tab A and tab B each edit a different field of iv-1 before either sees the other.
  // `first` saves first; the other saves with or without having received the first's
  // storage event. Every event is delivered in the end (late ones included).
  const cases = [
    ['A', 'event delivered before the second saves'],
    ['A', 'event arriving only after the second saved'],
    ['B', 'event delivered before the second saves'],
    ['B', 'event arriving only after the second saved'],
  ] as const;
  // The two "arriving only after" cases failed before 7e70bd7: the second tab had merged
  // the first's write and saved past it, then the first's storage event arrived with the
  // older value and remote() took it as new, so the tab showed the older interview
  // without its own saved edit. remote() now rereads the key instead of trusting the event.
  it.each(cases)(
    '%s saves first, %s: both edits are stored and both tabs show what is stored',
    (first, timing) => {
      const { storage, a, b } = twoTabs(3);
      a.edit((ws) => updateApplication(ws, 'iv-1', { company: 'Edited in A' }));
      b.edit((ws) => updateApplication(ws, 'iv-1', { role: 'Edited in B' }));
      const [one, two] = first === 'A' ? [a, b] : [b, a];
      one.flush();
      if (timing === 'event delivered before the second saves') two.deliver();
      two.flush();
      two.deliver();
      one.deliver();
      const now = stored(storage)!;
      expect(company(now, 'iv-1')).toBe('Edited in A');
      expect(role(now, 'iv-1')).toBe('Edited in B');
      expect(a.ws).toEqual(now);
      expect(b.ws).toEqual(now);
      // Nothing is left to save, and saving again changes nothing.
      expect(a.flush().written + b.flush().written).toBe(0);
      expect(stored(storage)).toEqual(now);
    },
  );
  it('the same field edited in both tabs: the tab saving last wins, and both show it', () => {
    const { storage, a, b } = twoTabs(3);
    a.edit((ws) => updateApplication(ws, 'iv-1', { company: 'A' }));
    b.edit((ws) => updateApplication(ws, 'iv-1', { company: 'B' }));
    a.flush();
    b.deliver();
    b.flush();
    a.deliver();
    expect(company(stored(storage)!, 'iv-1')).toBe('B');
    expect(a.ws).toEqual(stored(storage));
    expect(b.ws).toEqual(stored(storage));
  });
  // Found by fault-injection.test.ts, fixed in 7e70bd7: tab B merged tab A's saved
  // timeline into its own edit, the write was refused (quota) and `base` stayed at the old
  // version; A saved a newer timeline, and B's retry took A's older timeline for B's own
  // edit (mine wins), reverting A's newer one though nobody in B touched it.
  it('a save refused after a merge does not later revert the other tab’s newer edit', () => {
    const { storage, a, b } = twoTabs(3);
    a.edit((ws) => setTimeline(ws, 'iv-1', 'within a week'));
    a.flush();
    b.edit((ws) => updateApplication(ws, 'iv-1', { company: 'Typed in B' }));
    storage.quotaFor = 1;
    expect(b.flush().problem).toBe('quota');
    a.edit((ws) => setTimeline(ws, 'iv-1', 'within two weeks'));
    expect(a.flush().problem).toBeNull();
    expect(b.flush().problem).toBeNull();
    const now = stored(storage)!;
    expect(company(now, 'iv-1')).toBe('Typed in B');
    expect(now.applications[1]!.rounds[0]!.timeline).toBe('within two weeks');
  });
  it('an edit not saved yet is kept when another tab’s write arrives, and saved at the next flush', () => {
    const { storage, a, b } = twoTabs(3);
    a.edit((ws) => updateApplication(ws, 'iv-2', { company: 'From A' }));
    a.flush();
    b.edit((ws) => updateApplication(ws, 'iv-2', { role: 'Typed in B' }));
    b.deliver();
    expect(company(b.ws, 'iv-2')).toBe('From A');
    expect(role(b.ws, 'iv-2')).toBe('Typed in B');
    expect(b.sync.pending(b.ws)).toBe(true);
    b.flush();
    a.deliver();
    expect(role(stored(storage)!, 'iv-2')).toBe('Typed in B');
    expect(a.ws).toEqual(stored(storage));
  });
  it('edits in both tabs to different interviews are all stored, and a reload reads them all', () => {
    const { storage, a, b } = twoTabs(4);
    a.edit((ws) => updateApplication(ws, 'iv-0', { company: 'A0' }));
    b.edit((ws) => updateApplication(ws, 'iv-3', { company: 'B3' }));
    a.edit((ws) => addApplication(ws, blankApplication(NOW, 'UTC', 'from-a')));
    b.edit((ws) => addApplication(ws, blankApplication(NOW, 'UTC', 'from-b')));
    a.flush();
    b.flush();
    a.deliver();
    b.deliver();
    const now = stored(storage)!;
    expect(now.applications.map((i) => i.id).sort()).toEqual([
      'from-a',
      'from-b',
      'iv-0',
      'iv-1',
      'iv-2',
      'iv-3',
    ]);
    expect([company(now, 'iv-0'), company(now, 'iv-3')]).toEqual(['A0', 'B3']);
    const c = new Tab('C', storage);
    expect(c.ws).toEqual(now);
    expect(c.loaded.kind === 'ok' && c.loaded.repairs).toEqual([]);
  });
});

describe('RecordSync: deleting an interview', () => {
  it('removes its key and its place in the order; the other tab drops it too', () => {
    const { storage, a, b } = twoTabs(3);
    const before = storage.log.length;
    a.edit((ws) => removeApplication(ws, 'iv-1').workspace);
    expect(a.flush().written).toBe(2);
    expect(storage.log.slice(before).map(([, key, value]) => [key, value === undefined])).toEqual([
      [recordKey('iv-1'), true],
      [META_KEY, false],
    ]);
    expect(storage.data.has(recordKey('iv-1'))).toBe(false);
    b.deliver();
    expect(b.ws.applications.map((i) => i.id)).toEqual(['iv-0', 'iv-2']);
    expect(b.ws).toEqual(stored(storage));
    b.flush();
    expect(stored(storage)!.applications.map((i) => i.id)).toEqual(['iv-0', 'iv-2']);
    expect(b.ws).toEqual(stored(storage));
  });
  // Before 7e70bd7 the receiving tab rewrote the shared key (every interview id) at its
  // next flush, with nothing changed by its user: the merged order equalled the stored
  // one but was a new object, so it was not marked in step.
  it('after taking in another tab’s delete, the receiving tab has nothing to save', () => {
    const { storage, a, b } = twoTabs(3);
    a.edit((ws) => removeApplication(ws, 'iv-1').workspace);
    a.flush();
    b.deliver();
    expect(b.sync.pending(b.ws)).toBe(false);
    const before = storage.log.length;
    expect(b.flush().written).toBe(0);
    expect(storage.log.length).toBe(before);
  });
  it('an interview deleted in one tab and edited (unsaved) in the other is kept: the edit is not lost', () => {
    const { storage, a, b } = twoTabs(3);
    b.edit((ws) => updateApplication(ws, 'iv-1', { role: 'Still typing' }));
    a.edit((ws) => removeApplication(ws, 'iv-1').workspace);
    a.flush();
    b.deliver();
    expect(role(b.ws, 'iv-1')).toBe('Still typing');
    b.flush();
    a.deliver();
    expect(role(stored(storage)!, 'iv-1')).toBe('Still typing');
    expect(role(a.ws, 'iv-1')).toBe('Still typing');
  });
  // Same cause as the late events above (fixed in 7e70bd7): B saved an edit of an
  // interview A had just deleted, so it is stored again; A's delete event then arrived
  // late and B dropped the interview from its page, though it was stored.
  it('a delete event arriving after this tab saved the interview again does not hide it', () => {
    const { storage, a, b } = twoTabs(3);
    a.edit((ws) => removeApplication(ws, 'iv-1').workspace);
    a.flush();
    b.edit((ws) => updateApplication(ws, 'iv-1', { role: 'Saved in B' }));
    b.flush();
    a.deliver();
    b.deliver();
    expect(role(stored(storage)!, 'iv-1')).toBe('Saved in B');
    expect(role(a.ws, 'iv-1')).toBe('Saved in B');
    expect(role(b.ws, 'iv-1')).toBe('Saved in B');
  });
  it('an interview edited and saved in one tab is not deleted by the other tab’s older delete', () => {
    const { storage, a, b } = twoTabs(3);
    b.edit((ws) => updateApplication(ws, 'iv-1', { role: 'Saved in B' }));
    b.flush();
    a.edit((ws) => removeApplication(ws, 'iv-1').workspace);
    a.flush();
    expect(role(stored(storage)!, 'iv-1')).toBe('Saved in B');
    expect(role(a.ws, 'iv-1')).toBe('Saved in B');
  });
});

describe('RecordSync: everything replaced or deleted elsewhere', () => {
  it('after a restore (replaceAll) in tab A, tab B’s flush returns reset and writes nothing', () => {
    const { storage, a, b } = twoTabs(3);
    b.edit((ws) => updateApplication(ws, 'iv-0', { company: 'Stale edit' }));
    const restored = workspaceOf(1);
    restored.applications[0]!.company = 'Restored';
    expect(a.sync.replaceAll(restored, [...storage.data.keys()])).toBeNull();
    expect(stored(storage)).toEqual(restored);
    const before = storage.log.length;
    const result = b.sync.flush(b.ws);
    expect(result).toMatchObject({ reset: true, written: 0, problem: null });
    expect(storage.log.length).toBe(before);
    expect(stored(storage)).toEqual(restored);
  });
  it('tab B, given tab A’s storage events for a restore, resets and shows the restored workspace', () => {
    const { storage, a, b } = twoTabs(3);
    const restored = workspaceOf(2);
    a.sync.replaceAll(restored, [...storage.data.keys()]);
    b.deliver();
    expect(b.resets).toBeGreaterThan(0);
    expect(b.ws).toEqual(restored);
    expect(b.flush().written).toBe(0);
  });
  // BUG (record-sync.ts replaceAll/startGeneration, with 7e70bd7 reading interviews of
  // another generation): a restore refused partway (the shared key over quota) leaves
  // the old interview keys; the tab then holds the restored workspace with nothing marked
  // stored. An interview deleted afterwards is never removed from storage (flush deletes
  // only keys it wrote), so the next load shows it again, with its content from before
  // the restore. (Found by fault-injection.test.ts.)
  it('after a restore cut short by a full storage, an interview deleted afterwards stays deleted', () => {
    const { storage, a } = twoTabs(3);
    const restored = workspaceOf(2);
    for (const iv of restored.applications) iv.company = `Restored ${iv.id}`;
    storage.quotaFor = 1;
    expect(a.sync.replaceAll(restored, [...storage.data.keys()])).toBe('quota');
    a.ws = restored;
    a.edit((ws) => removeApplication(ws, 'iv-1').workspace);
    expect(a.flush().problem).toBeNull();
    expect(stored(storage)!.applications.map((i) => [i.id, i.company])).toEqual([
      ['iv-0', 'Restored iv-0'],
    ]);
  });
  // BUG (same cause: after a refused startGeneration the tab has a generation but no
  // `baseMeta`, so flush() skips its "another generation is stored" check). Tab A's
  // restore is refused (quota); tab B then restores another backup, completely. A's next
  // save writes A's backup over B's, in A's generation, instead of dropping A's stale
  // state as the header of record-sync.ts promises. (Found by fault-injection.test.ts.)
  it('a restore refused partway in one tab does not later overwrite a restore completed in another', () => {
    const { storage, a, b } = twoTabs(3);
    const fromA = workspaceOf(2);
    for (const iv of fromA.applications) iv.company = 'From A’s backup';
    const fromB = workspaceOf(2);
    for (const iv of fromB.applications) iv.company = 'From B’s backup';
    storage.quotaFor = 1;
    expect(a.sync.replaceAll(fromA, [...storage.data.keys()])).toBe('quota');
    a.ws = fromA;
    expect(b.sync.replaceAll(fromB, [...storage.data.keys()])).toBeNull();
    b.ws = fromB;
    const result = a.sync.flush(a.ws);
    expect(result.reset).toBe(true);
    expect(stored(storage)).toEqual(fromB);
  });
  it('the shared key removed (delete all): remote says reset, and a flush writes nothing back', () => {
    const { storage, a, b } = twoTabs(3);
    b.edit((ws) => updateApplication(ws, 'iv-0', { company: 'Typed before delete' }));
    for (const key of [...storage.data.keys()]) storage.write(a.id, key, undefined);
    expect(b.sync.remote(b.ws, META_KEY, null).reset).toBe(true);
    const before = storage.log.length;
    expect(b.sync.flush(b.ws)).toMatchObject({ reset: true, written: 0 });
    expect(storage.log.length).toBe(before);
    expect(storage.data.size).toBe(0);
  });
  // Changed on purpose: a replace writes its interviews first and the shared key last, so
  // a tab waits for the shared key (and then reloads with every interview in place)
  // instead of reloading from a half-written replace.
  it('a record of another generation waits for its shared key, which resets', () => {
    const { storage, a, b } = twoTabs(2);
    a.sync.replaceAll(workspaceOf(2), []);
    const events = storage.take(b.id);
    const record = events.find((e) => e.key.startsWith(RECORD_PREFIX) && e.newValue)!;
    const before = b.ws;
    expect(b.sync.remote(b.ws, record.key, record.newValue)).toEqual({
      workspace: before,
      reset: false,
    });
    const meta = events.find((e) => e.key === META_KEY)!;
    expect(events.indexOf(meta)).toBe(events.length - 1);
    expect(b.sync.remote(b.ws, meta.key, meta.newValue).reset).toBe(true);
  });
});

describe('RecordSync: a fresh tab with nothing stored', () => {
  it('the first flush starts a generation and writes everything', () => {
    const storage = new SharedStorage();
    const sync = new RecordSync(storage.view('T'), 'T');
    const ws = workspaceOf(2);
    expect(sync.flush(ws)).toMatchObject({ reset: false, problem: null, written: 3 });
    expect(stored(storage)).toEqual(ws);
  });
  it('two fresh tabs saving their first interview at once both keep theirs', () => {
    const storage = new SharedStorage();
    const a = new Tab('A', storage);
    const b = new Tab('B', storage);
    a.edit((ws) =>
      updateProfile(addApplication(ws, blankApplication(NOW, 'UTC', 'from-a')), { name: 'Sam' }),
    );
    b.edit((ws) => addApplication(ws, blankApplication(NOW, 'UTC', 'from-b')));
    a.flush();
    b.flush();
    a.deliver();
    b.deliver();
    const now = stored(storage)!;
    expect(now.applications.map((i) => i.id).sort()).toEqual(['from-a', 'from-b']);
    expect(now.profile.name).toBe('Sam');
  });
});

describe('RecordSync: two tabs saving at the same moment (each with its own copy of storage)', () => {
  // Browsers give each tab its own copy of localStorage, kept in step by messages: two
  // tabs can each read the same revision and write over it before either sees the other.
  // The later write then lacks the earlier one's edit; its parent revision says so.
  const cacheFor = (data: Map<string, string>) => ({
    readStored: (k: string) => data.get(k),
    write: (k: string, v: string | undefined) => {
      if (v === undefined) data.delete(k);
      else data.set(k, v);
      return null;
    },
  });
  it('both edits survive, whichever write the browser keeps, and both tabs end showing what is stored', () => {
    for (const lastWriter of ['A', 'B'] as const) {
      const first = new Map<string, string>();
      const start = new RecordSync(cacheFor(first), 'S');
      const ws = workspaceOf(1);
      start.flush(ws);
      const cacheA = new Map(first);
      const cacheB = new Map(first);
      const a = new RecordSync(cacheFor(cacheA), 'A');
      const b = new RecordSync(cacheFor(cacheB), 'B');
      const load = (cache: Map<string, string>) =>
        readLayout({ readStored: (k) => cache.get(k), keys: () => [...cache.keys()] });
      const la = load(cacheA);
      const lb = load(cacheB);
      if (la.kind !== 'ok' || lb.kind !== 'ok') throw new Error('not loaded');
      a.adopt(la.workspace, la.meta, la.records);
      b.adopt(lb.workspace, lb.meta, lb.records);
      const id = ws.applications[0]!.id;
      let wsA = updateApplication(la.workspace, id, { company: 'Typed in A' });
      let wsB = updateApplication(lb.workspace, id, { role: 'Typed in B' });
      wsA = a.flush(wsA).workspace;
      wsB = b.flush(wsB).workspace;
      const key = recordKey(id);
      // The browser keeps one write; the other tab's copy catches up and gets the event.
      const [winner, loserCache, loser] =
        lastWriter === 'B' ? [cacheB, cacheA, 'A'] : [cacheA, cacheB, 'B'];
      loserCache.set(key, winner.get(key)!);
      if (loser === 'A') wsA = a.remote(wsA, key).workspace;
      else wsB = b.remote(wsB, key).workspace;
      // The tab that lost its write merged both and saves again; the other catches up.
      if (loser === 'A') wsA = a.flush(wsA).workspace;
      else wsB = b.flush(wsB).workspace;
      const settled = (loser === 'A' ? cacheA : cacheB).get(key)!;
      (loser === 'A' ? cacheB : cacheA).set(key, settled);
      if (loser === 'A') wsB = b.remote(wsB, key).workspace;
      else wsA = a.remote(wsA, key).workspace;
      const storedNow = JSON.parse(settled).data;
      expect([storedNow.company, storedNow.role], lastWriter).toEqual(['Typed in A', 'Typed in B']);
      expect(wsA.applications[0], lastWriter).toEqual(storedNow);
      expect(wsB.applications[0], lastWriter).toEqual(storedNow);
      expect(a.pending(wsA) || b.pending(wsB), lastWriter).toBe(false);
    }
  });
});

describe('RecordSync: records of another workspace version', () => {
  it('writes each record with its workspace version, so a move to a new version cut short stays readable', () => {
    const { storage, a } = twoTabs(2);
    a.edit((ws) => updateApplication(ws, 'iv-1', { company: 'Edited' }));
    a.flush();
    const env = JSON.parse(storage.data.get(recordKey('iv-1'))!);
    expect(env.v).toBe(WORKSPACE_VERSION);
    expect(recordVersion(env)).toBe(WORKSPACE_VERSION);
    // A record of the layout's first version says none: it is read as v4.
    expect(recordVersion({ rev: 'x', gen: 'g', data: {} })).toBe(4);
  });
  it('never merges a record another build wrote into this tab’s: the tab reads storage again instead', () => {
    const { storage, a, b } = twoTabs(2);
    b.edit((ws) => updateApplication(ws, 'iv-1', { company: 'Unsaved in B' }));
    // An older build's tab, still open in the same generation, writes its v4 interview.
    const env = JSON.parse(storage.data.get(recordKey('iv-1'))!);
    const v4 = JSON.stringify({
      rev: 'old.1',
      gen: env.gen,
      data: { id: 'iv-1', company: 'v4', createdAt: NOW.toISOString() },
    });
    storage.write('old', recordKey('iv-1'), v4);
    b.deliver();
    expect(b.resets).toBe(1);
    // Reread and migrated: its fields are this version's, none of v4's left in.
    expect(company(b.ws, 'iv-1')).toBe('v4');
    expect(b.ws.applications[1]!.rounds).toHaveLength(1);
    // And a tab saving over it reads again too, rather than writing a merge of two versions.
    a.edit((ws) => updateApplication(ws, 'iv-1', { role: 'Typed in A' }));
    expect(a.flush().reset).toBe(true);
    expect(company(a.ws, 'iv-1')).toBe('v4');
  });
  it('a shared key of another version from another tab makes this tab read storage again', () => {
    const { storage, b } = twoTabs(2);
    const env = JSON.parse(storage.data.get(META_KEY)!);
    storage.write(
      'other',
      META_KEY,
      JSON.stringify({
        ...env,
        rev: 'other.1',
        data: { ...env.data, version: WORKSPACE_VERSION + 1 },
      }),
    );
    b.deliver();
    expect(b.resets).toBe(1);
    expect(b.loaded.kind).toBe('newer');
  });
});
