// The workspace store (src/stores/workspace.ts) as a page runs it, without a browser: a
// fresh copy of the module per test (vi.resetModules), over an in-memory localStorage,
// with the page's events (pagehide, visibilitychange, storage, pointerdown) dispatched by
// hand and fake timers for the 400 ms save delay and a field's 150 ms hold. Each test
// checks what a user would notice: what is in storage, what the tools show, the notice.
import { realisticWorkspace } from '../../scripts/bench/storage-scale';
import { setPersistentEngine } from '@nanostores/persistent';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteAllData } from '../../src/lib/backup/delete-all';
import {
  addApplication,
  blankApplication,
  updateApplication,
} from '../../src/lib/workspace/operations';
import { readLayout } from '../../src/lib/workspace/read-layout';
import { RecordSync, recordKey, type SyncStorage } from '../../src/lib/workspace/record-sync';
import { emptyWorkspace, WORKSPACE_VERSION, type Workspace } from '../../src/lib/workspace/schema';
import { listSnapshots, snapshotText } from '../../src/lib/workspace/snapshots';
import {
  LEGACY_BACKUP_KEY,
  LEGACY_KEY,
  META_KEY,
  RECORD_PREFIX,
  SNAPSHOT_PREFIX,
} from '../../src/lib/workspace/storage-keys';

type Store = typeof import('../../src/stores/workspace');

const NOW = new Date('2026-11-24T15:00:00.000Z');
const SAVE_DELAY_MS = 400;
/** How long a field holds typed text before putting it in the store (Field.tsx). */
const HOLD_MS = 150;
/** Real timers, captured before any test fakes them: waiting for dynamic imports needs them. */
const realImmediate = setImmediate;

/** An in-memory localStorage that records every write and can be made full. */
class MemoryStorage {
  readonly data = new Map<string, string>();
  /** Every setItem and removeItem that reached storage, in order (undefined: removed). */
  readonly writes: [string, string | undefined][] = [];
  /** While true, setItem throws QuotaExceededError and stores nothing. */
  full = false;
  /** How many more setItem calls fit; after that, storage is full. */
  writesLeft = Infinity;

  constructor(entries: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(entries)) this.data.set(k, v);
  }
  get length() {
    return this.data.size;
  }
  key(index: number) {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full || this.writesLeft <= 0)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.writesLeft--;
    this.writes.push([key, value]);
    this.data.set(key, value);
  }
  removeItem(key: string) {
    if (this.data.has(key)) this.writes.push([key, undefined]);
    this.data.delete(key);
  }
  clear() {
    this.data.clear();
  }
  /** The same storage as property access (`storage[key]`), as @nanostores/persistent uses it. */
  asEngine(): Record<string, string> {
    const target: Record<string, string> = {};
    return new Proxy(target, {
      get: (_, key) => (typeof key === 'string' ? this.data.get(key) : undefined),
      has: (_, key) => typeof key === 'string' && this.data.has(key),
      set: (_, key, value) => {
        this.setItem(String(key), String(value));
        return true;
      },
      deleteProperty: (_, key) => {
        this.removeItem(String(key));
        return true;
      },
    });
  }
  /** The store's view of it for RecordSync and readLayout, as another tab would have. */
  view(): SyncStorage & { keys(): string[] } {
    return {
      readStored: (key) => this.data.get(key),
      keys: () => [...this.data.keys()],
      write: (key, value) => {
        if (value === undefined) this.removeItem(key);
        else this.setItem(key, value);
        return null;
      },
    };
  }
}

const interview = (id: string, company: string) => ({
  ...blankApplication(NOW, 'Europe/London', id),
  company,
});

function workspaceOf(...companies: string[]): Workspace {
  let ws = emptyWorkspace();
  companies.forEach((company, n) => {
    ws = addApplication(ws, interview(`iv-${n}`, company));
  });
  return ws;
}

/** Storage holding `ws` as the current build saves it (per-interview layout). */
function savedStorage(ws: Workspace, extra: Record<string, string> = {}): MemoryStorage {
  const storage = new MemoryStorage(extra);
  expect(new RecordSync(storage.view(), 'earlier').replaceAll(ws, [])).toBeNull();
  storage.writes.length = 0;
  return storage;
}

/** What a fresh page would read from this storage. */
function storedWorkspace(storage: MemoryStorage): Workspace | null {
  const out = readLayout(storage.view());
  return out.kind === 'ok' ? out.workspace : null;
}

const companyOf = (ws: Workspace | null, id: string) =>
  ws?.applications.find((i) => i.id === id)?.company;
const roleOf = (ws: Workspace | null, id: string) =>
  ws?.applications.find((i) => i.id === id)?.role;

/** Waits (on real timers) until `done` holds: dynamic imports resolve in their own time. */
async function until(done: () => boolean, what = 'the condition'): Promise<void> {
  // Generous: the first import of a module is transformed then, on a busy machine.
  const deadline = performance.now() + 20_000;
  while (!done()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => realImmediate(resolve));
  }
}

/** Lets whatever the store started in the background (a reload, a fetched module) finish. */
async function settled(): Promise<void> {
  for (let n = 0; n < 20; n++) await new Promise((resolve) => realImmediate(resolve));
}

interface Page {
  store: Store;
  storage: MemoryStorage;
  /** Dispatches a window event to the store's listeners. */
  fire(type: string, props?: Record<string, unknown>): void;
  /** Another tab wrote these keys: sends the storage events a browser would. */
  storageEvents(keys: readonly string[]): void;
  /** Puts a workspace edit in the store, as a tool does. */
  edit(fn: (ws: Workspace) => Workspace): void;
}

let documentState: { visibilityState: DocumentVisibilityState };

/**
 * Opens a page over `storage`: a fresh store module, and (unless `wait` is false) waits
 * until it has read what is stored.
 */
async function openPage(storage = new MemoryStorage(), wait = true): Promise<Page> {
  const events = new EventTarget();
  documentState = { visibilityState: 'visible' };
  vi.stubGlobal('localStorage', storage);
  vi.stubGlobal('window', events);
  vi.stubGlobal('document', documentState);
  vi.stubGlobal('addEventListener', events.addEventListener.bind(events));
  setPersistentEngine(storage.asEngine(), {
    addEventListener() {},
    removeEventListener() {},
  });
  vi.resetModules();
  const store = await import('../../src/stores/workspace');
  if (wait) await until(() => store.$workspaceReady.get(), 'the store to read what is stored');
  const fire = (type: string, props: Record<string, unknown> = {}) => {
    events.dispatchEvent(Object.assign(new Event(type), props));
  };
  return {
    store,
    storage,
    fire,
    storageEvents(keys) {
      for (const key of keys)
        fire('storage', { key, newValue: storage.data.get(key) ?? null, storageArea: storage });
    },
    edit: (fn) => store.updateWorkspace(fn),
  };
}

/** Opens a page and fetches the writer, as focusing a field does before the first edit. */
async function openReadyPage(storage?: MemoryStorage): Promise<Page> {
  const page = await openPage(storage);
  page.fire('focusin');
  await page.store.internals.loadSync();
  return page;
}

/** A text field that holds what is typed for 150 ms before putting it in the store (as Field.tsx). */
function heldField(store: Store, put: (text: string) => void) {
  let held: { text: string; timer: ReturnType<typeof setTimeout>; release: () => void } | null =
    null;
  const commit = () => {
    const h = held;
    if (!h) return;
    held = null;
    clearTimeout(h.timer);
    h.release();
    put(h.text);
  };
  return {
    type(text: string) {
      if (held) clearTimeout(held.timer);
      const release = held?.release ?? store.holdInput(commit);
      held = { text, timer: setTimeout(commit, HOLD_MS), release };
    },
  };
}

beforeEach(() => {
  // Only the timers the store and a field use: dates, and the immediates `until` waits on, stay real.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(async () => {
  // Saving a first interview asks for durable storage in the background (durable-storage.ts,
  // fetched then): let that finish here, or its answer would land in the next test's storage.
  await import('../../src/stores/durable-storage');
  await settled();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the workspace store: loading', () => {
  it('a first visit writes nothing, not even after the save delay or on leaving the page', async () => {
    const page = await openReadyPage();
    expect(page.store.$workspace.get()).toEqual(emptyWorkspace());
    vi.advanceTimersByTime(10 * SAVE_DELAY_MS);
    page.fire('pagehide');
    expect(page.storage.writes).toEqual([]);
    expect(page.storage.data.size).toBe(0);
  });

  it('opening saved data shows it and writes nothing back', async () => {
    const ws = workspaceOf('Acme', 'Globex');
    const page = await openReadyPage(savedStorage(ws));
    expect(page.store.$workspace.get()).toEqual(ws);
    expect(page.store.$storageNotice.get()).toBeNull();
    vi.advanceTimersByTime(10 * SAVE_DELAY_MS);
    page.fire('pagehide');
    expect(page.storage.writes).toEqual([]);
  });
});

describe('the workspace store: saving', () => {
  it('an edit is saved once the save delay has passed, with the edits made meanwhile', async () => {
    const page = await openReadyPage();
    page.edit((ws) => addApplication(ws, interview('iv-0', 'Acme')));
    vi.advanceTimersByTime(SAVE_DELAY_MS - 100);
    page.edit((ws) => updateApplication(ws, 'iv-0', { role: 'Designer' }));
    vi.advanceTimersByTime(99);
    expect(page.storage.writes).toEqual([]);
    vi.advanceTimersByTime(1);
    const saved = storedWorkspace(page.storage);
    expect(companyOf(saved, 'iv-0')).toBe('Acme');
    expect(roleOf(saved, 'iv-0')).toBe('Designer');
    expect(saved).toEqual(page.store.$workspace.get());
  });

  it('an edit is saved at once when the page is hidden (pagehide)', async () => {
    const page = await openReadyPage();
    page.edit((ws) => addApplication(ws, interview('iv-0', 'Acme')));
    page.fire('pagehide');
    expect(companyOf(storedWorkspace(page.storage), 'iv-0')).toBe('Acme');
    // Nothing is left to write when the delay runs out.
    const writes = page.storage.writes.length;
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(page.storage.writes.length).toBe(writes);
  });

  it('an edit is saved at once when the tab is switched away (visibilitychange to hidden)', async () => {
    const page = await openReadyPage();
    page.edit((ws) => addApplication(ws, interview('iv-0', 'Acme')));
    page.fire('visibilitychange');
    expect(page.storage.writes).toEqual([]);
    documentState.visibilityState = 'hidden';
    page.fire('visibilitychange');
    expect(companyOf(storedWorkspace(page.storage), 'iv-0')).toBe('Acme');
  });

  it('an edit made before the writer was fetched is still saved after the delay', async () => {
    const page = await openPage();
    page.edit((ws) => addApplication(ws, interview('iv-0', 'Acme')));
    await until(() => vi.getTimerCount() > 0, 'the save to be scheduled');
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(companyOf(storedWorkspace(page.storage), 'iv-0')).toBe('Acme');
  });

  it('an edit made just before the page closes, with the writer not yet fetched, is kept and read on the next visit', async () => {
    const page = await openPage();
    page.edit((ws) => addApplication(ws, interview('iv-0', 'Acme')));
    // The link is followed at once: the writer's fetch has not come back.
    page.fire('pagehide');
    expect(companyOf(storedWorkspace(page.storage), 'iv-0')).toBe('Acme');

    const next = await openReadyPage(page.storage);
    expect(companyOf(next.store.$workspace.get(), 'iv-0')).toBe('Acme');
    next.fire('pagehide');
    // Moved into the records, and the single key gone.
    expect(page.storage.data.has(LEGACY_KEY)).toBe(false);
    expect(companyOf(storedWorkspace(page.storage), 'iv-0')).toBe('Acme');
  });

  it('once the writer arrives, the edit kept in the single key is written as records and the key goes, so a later delete stays deleted', async () => {
    const page = await openPage();
    page.edit((ws) => addApplication(ws, interview('iv-0', 'Acme')));
    page.fire('pagehide');
    expect(page.storage.data.has(LEGACY_KEY)).toBe(true);
    // The page was not closed after all (back from the background): the writer arrives.
    await page.store.internals.loadSync();
    page.edit((ws) => ({ ...ws, applications: [] }));
    page.fire('pagehide');
    expect(page.storage.data.has(LEGACY_KEY)).toBe(false);
    expect(storedWorkspace(page.storage)?.applications ?? []).toEqual([]);
  });

  it('rewrites only the interview that changed, not the others or the shared key', async () => {
    const page = await openReadyPage(savedStorage(workspaceOf('Acme', 'Globex', 'Initech')));
    page.edit((ws) => updateApplication(ws, 'iv-1', { role: 'Engineer' }));
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(page.storage.writes.map(([key]) => key)).toEqual([recordKey('iv-1')]);
    expect(roleOf(storedWorkspace(page.storage), 'iv-1')).toBe('Engineer');
  });

  it('asks once for durable storage after the first interview is saved, and remembers the answer', async () => {
    let answer: (granted: boolean) => void = () => {};
    const persist = vi.fn(() => new Promise<boolean>((resolve) => (answer = resolve)));
    vi.stubGlobal('navigator', { storage: { persist } });
    const page = await openReadyPage();
    page.edit((ws) => addApplication(ws, interview('iv-0', 'Acme')));
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    await until(() => persist.mock.calls.length > 0, 'the question');
    // Saved again before the browser answers: not asked twice.
    page.edit((ws) => updateApplication(ws, 'iv-0', { role: 'Designer' }));
    page.fire('pagehide');
    await settled();
    answer(true);
    await until(() => page.store.$persistence.get() !== '', 'the answer');
    expect(page.store.$persistence.get()).toBe('granted');
    expect(page.storage.data.get('fuk-persist')).toBe('granted');
    page.edit((ws) => updateApplication(ws, 'iv-0', { role: 'Lead designer' }));
    page.fire('pagehide');
    await settled();
    expect(persist).toHaveBeenCalledTimes(1);
  });
});

describe('the workspace store: text held in a field', () => {
  it('text still held in a field is saved when the page is hidden', async () => {
    const page = await openReadyPage(savedStorage(workspaceOf('Acme')));
    const role = heldField(page.store, (text) =>
      page.edit((ws) => updateApplication(ws, 'iv-0', { role: text })),
    );
    role.type('Desig');
    role.type('Designer');
    vi.advanceTimersByTime(HOLD_MS - 1);
    expect(roleOf(page.store.$workspace.get(), 'iv-0')).toBe('');
    page.fire('pagehide');
    expect(roleOf(storedWorkspace(page.storage), 'iv-0')).toBe('Designer');
  });

  it('a save that falls while a field holds text includes that text', async () => {
    const page = await openReadyPage(savedStorage(workspaceOf('Acme')));
    const role = heldField(page.store, (text) =>
      page.edit((ws) => updateApplication(ws, 'iv-0', { role: text })),
    );
    page.edit((ws) => updateApplication(ws, 'iv-0', { company: 'Acme Ltd' }));
    vi.advanceTimersByTime(SAVE_DELAY_MS - 50);
    role.type('Designer');
    // The save runs 50 ms later, before the field's own 150 ms are up.
    vi.advanceTimersByTime(50);
    const saved = storedWorkspace(page.storage);
    expect(companyOf(saved, 'iv-0')).toBe('Acme Ltd');
    expect(roleOf(saved, 'iv-0')).toBe('Designer');
  });

  it('a click or Enter puts held text in the store at once; a plain key does not', async () => {
    const page = await openReadyPage(savedStorage(workspaceOf('Acme')));
    const role = heldField(page.store, (text) =>
      page.edit((ws) => updateApplication(ws, 'iv-0', { role: text })),
    );
    role.type('Designer');
    page.fire('keydown', { key: 'a' });
    expect(roleOf(page.store.$workspace.get(), 'iv-0')).toBe('');
    page.fire('pointerdown');
    expect(roleOf(page.store.$workspace.get(), 'iv-0')).toBe('Designer');
    role.type('Lead designer');
    page.fire('keydown', { key: 'Enter' });
    expect(roleOf(page.store.$workspace.get(), 'iv-0')).toBe('Lead designer');
  });

  it('a field that let go of its text (released) is not committed again', async () => {
    const page = await openReadyPage();
    const commit = vi.fn();
    const release = page.store.holdInput(commit);
    page.store.commitHeldInputs();
    expect(commit).toHaveBeenCalledTimes(1);
    release();
    page.store.commitHeldInputs();
    expect(commit).toHaveBeenCalledTimes(1);
  });
});

describe('the workspace store: another tab', () => {
  /** Another tab over the same storage: reads it, edits, saves; returns the keys it wrote. */
  function otherTabSaves(storage: MemoryStorage, fn: (ws: Workspace) => Workspace): string[] {
    const loaded = readLayout(storage.view());
    if (loaded.kind !== 'ok') throw new Error(`the other tab found ${loaded.kind}`);
    const sync = new RecordSync(storage.view(), 'other');
    sync.adopt(loaded.workspace, loaded.meta, loaded.records);
    const before = storage.writes.length;
    const result = sync.flush(fn(loaded.workspace));
    expect(result.problem).toBeNull();
    return storage.writes.slice(before).map(([key]) => key);
  }

  it('an edit saved in another tab shows here, and this tab’s unsaved edit is kept beside it', async () => {
    const page = await openReadyPage(savedStorage(workspaceOf('Acme', 'Globex')));
    page.edit((ws) => updateApplication(ws, 'iv-0', { role: 'Designer' }));
    const keys = otherTabSaves(page.storage, (ws) =>
      updateApplication(ws, 'iv-0', { company: 'Acme Ltd' }),
    );
    expect(keys).toEqual([recordKey('iv-0')]);
    page.storageEvents(keys);
    await until(() => companyOf(page.store.$workspace.get(), 'iv-0') === 'Acme Ltd', 'the merge');
    expect(roleOf(page.store.$workspace.get(), 'iv-0')).toBe('Designer');
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    const saved = storedWorkspace(page.storage);
    expect(companyOf(saved, 'iv-0')).toBe('Acme Ltd');
    expect(roleOf(saved, 'iv-0')).toBe('Designer');
  });

  it('an interview added in another tab appears here', async () => {
    const page = await openReadyPage(savedStorage(workspaceOf('Acme')));
    const keys = otherTabSaves(page.storage, (ws) =>
      addApplication(ws, interview('iv-new', 'Initech')),
    );
    page.storageEvents(keys);
    await until(() => page.store.$workspace.get().applications.length === 2, 'the new interview');
    expect(companyOf(page.store.$workspace.get(), 'iv-new')).toBe('Initech');
  });

  it('a backup restored in another tab replaces this tab’s data, and this tab says so', async () => {
    const page = await openReadyPage(savedStorage(workspaceOf('Acme', 'Globex')));
    page.edit((ws) => updateApplication(ws, 'iv-0', { role: 'Designer' }));
    const restored = workspaceOf('Initech');
    const other = new RecordSync(page.storage.view(), 'other');
    const before = page.storage.writes.length;
    expect(other.replaceAll(restored, [...page.storage.data.keys()])).toBeNull();
    page.storageEvents(page.storage.writes.slice(before).map(([key]) => key));
    await until(() => page.store.$storageNotice.get() !== null, 'the notice');
    expect(page.store.$storageNotice.get()).toEqual({ kind: 'reset-elsewhere' });
    expect(page.store.$workspace.get()).toEqual(restored);
    // This tab's edit to data that is gone is not saved over the restored data.
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    page.fire('pagehide');
    expect(storedWorkspace(page.storage)).toEqual(restored);
  });

  it('storage cleared in another tab empties this one and says so, without writing the old data back', async () => {
    const page = await openReadyPage(savedStorage(workspaceOf('Acme')));
    page.edit((ws) => updateApplication(ws, 'iv-0', { role: 'Designer' }));
    page.storage.clear();
    page.fire('storage', { key: null, newValue: null, storageArea: page.storage });
    await until(() => page.store.$storageNotice.get() !== null, 'the notice');
    expect(page.store.$storageNotice.get()).toEqual({ kind: 'reset-elsewhere' });
    expect(page.store.$workspace.get()).toEqual(emptyWorkspace());
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    page.fire('pagehide');
    expect(page.storage.data.size).toBe(0);
  });

  it('an interview added in another tab while this one is still reading storage appears here, and stays listed after this tab saves', async () => {
    // Reading pauses where it really can: fetching the code that keeps a copy of an
    // earlier build's text. The other tab writes after this one has read the layout.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let reached = false;
    const path = '../../src/lib/workspace/snapshots';
    vi.doMock(path, async () => {
      reached = true;
      await gate;
      return vi.importActual(path);
    });
    try {
      const storage = savedStorage(workspaceOf('Acme'), { [LEGACY_BACKUP_KEY]: '{"version":3' });
      const page = await openPage(storage, false);
      await until(() => reached, 'the store to have read the layout');
      const keys = otherTabSaves(storage, (ws) =>
        addApplication(ws, interview('iv-new', 'Initech')),
      );
      page.storageEvents(keys);
      release();
      await until(() => page.store.$workspaceReady.get(), 'the store to finish reading');
      await until(
        () => page.store.$workspace.get().applications.length === 2,
        'the interview added meanwhile',
      );
      page.edit((ws) => updateApplication(ws, 'iv-0', { role: 'Designer' }));
      page.fire('pagehide');
      const saved = storedWorkspace(storage);
      expect(companyOf(saved, 'iv-new')).toBe('Initech');
      expect(roleOf(saved, 'iv-0')).toBe('Designer');
    } finally {
      vi.doUnmock(path);
    }
  });

  it('ignores another storage area being cleared (sessionStorage.clear() in another tab)', async () => {
    const ws = workspaceOf('Acme');
    const page = await openReadyPage(savedStorage(ws));
    page.fire('storage', { key: null, newValue: null, storageArea: new MemoryStorage() });
    await settled();
    expect(page.store.$storageNotice.get()).toBeNull();
    expect(page.store.$workspace.get()).toEqual(ws);
  });
});

describe('the workspace store: a full storage', () => {
  it('a save refused for quota says so, keeps the edit on screen and what was stored; it is saved once there is room', async () => {
    const page = await openReadyPage(savedStorage(workspaceOf('Acme')));
    const before = new Map(page.storage.data);
    page.storage.full = true;
    page.edit((ws) => updateApplication(ws, 'iv-0', { company: 'Acme Ltd' }));
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(page.store.$storageNotice.get()).toEqual({ kind: 'quota' });
    expect(page.storage.data).toEqual(before);
    expect(companyOf(page.store.$workspace.get(), 'iv-0')).toBe('Acme Ltd');
    page.storage.full = false;
    page.fire('pagehide');
    expect(companyOf(storedWorkspace(page.storage), 'iv-0')).toBe('Acme Ltd');
    expect(page.store.$storageNotice.get()).toBeNull();
  });

  it('old single-key data that cannot be moved for lack of room is left whole, and nothing more is written', async () => {
    const legacy = JSON.stringify(workspaceOf('Acme', 'Globex'));
    const storage = new MemoryStorage({ [LEGACY_KEY]: legacy });
    storage.full = true;
    const page = await openReadyPage(storage);
    expect(page.store.$storageNotice.get()).toEqual({ kind: 'quota' });
    expect(page.store.canSave()).toBe(false);
    expect(page.store.$workspace.get().applications.map((i) => i.company)).toEqual([
      'Acme',
      'Globex',
    ]);
    storage.full = false;
    page.edit((ws) => updateApplication(ws, 'iv-0', { company: 'Acme Ltd' }));
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    page.fire('pagehide');
    expect(storage.writes).toEqual([]);
    expect(storage.data.get(LEGACY_KEY)).toBe(legacy);
  });

  it('warns once storage is nearly full, before a save can fail', async () => {
    const page = await openReadyPage(
      savedStorage(workspaceOf('Acme'), { 'another-app': 'x'.repeat(4_100_000) }),
    );
    expect(page.store.$storageNotice.get()).toMatchObject({
      kind: 'nearly-full',
      quota: 5_000_000,
    });
  });
});

describe('the workspace store: near the limit after a move', () => {
  it('old single-key data moved on its first visit still warns when storage is nearly full', async () => {
    // 450 realistic interviews in the old single key: about 4.3 million characters.
    const legacy = realisticWorkspace(450);
    const page = await openReadyPage(new MemoryStorage({ [LEGACY_KEY]: legacy }));
    expect(page.store.$workspace.get().applications).toHaveLength(450);
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    page.fire('pagehide');
    expect(page.store.$storageNotice.get()).toMatchObject({ kind: 'nearly-full' });
  });
});

describe('the workspace store: data it cannot read', () => {
  it('unreadable saved data is kept as a copy that reads back exactly, and the tools start empty', async () => {
    const damaged = '{"version":4,"profile":{"name":"Sam"},"interviews":[{"id":"iv-0","comp';
    const page = await openReadyPage(new MemoryStorage({ [LEGACY_KEY]: damaged }));
    const notice = page.store.$storageNotice.get();
    expect(notice).toMatchObject({ kind: 'unreadable', kept: true });
    const copy = notice?.kind === 'unreadable' ? notice.copy : undefined;
    expect(copy).toMatch(new RegExp(`^${SNAPSHOT_PREFIX}`));
    expect(snapshotText(page.storage.view(), copy ?? '')).toBe(damaged);
    // The copy holds it now: the next load does not find the damage again.
    expect(page.storage.data.has(LEGACY_KEY)).toBe(false);
    expect(page.store.$workspace.get()).toEqual(emptyWorkspace());
    // With the copy kept, saving goes on as usual.
    expect(page.store.canSave()).toBe(true);
    page.edit((ws) => addApplication(ws, interview('iv-9', 'Initech')));
    page.fire('pagehide');
    expect(companyOf(storedWorkspace(page.storage), 'iv-9')).toBe('Initech');
    expect(snapshotText(page.storage.view(), copy ?? '')).toBe(damaged);
  });

  it('unreadable data with no room for a copy is never written over', async () => {
    const damaged = '{"version":4,"interviews":[{"id":"iv-0","comp';
    const storage = new MemoryStorage({ [LEGACY_KEY]: damaged });
    storage.full = true;
    const page = await openReadyPage(storage);
    expect(page.store.$storageNotice.get()).toEqual({ kind: 'unreadable', kept: false });
    expect(page.store.canSave()).toBe(false);
    storage.full = false;
    page.edit((ws) => addApplication(ws, interview('iv-9', 'Initech')));
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    page.fire('pagehide');
    expect(storage.writes).toEqual([]);
    expect(Object.fromEntries(storage.data)).toEqual({ [LEGACY_KEY]: damaged });
  });

  it('a damaged interview is set aside in a copy; the others open and are saved as usual', async () => {
    const storage = savedStorage(workspaceOf('Acme', 'Globex'));
    const damaged = storage.data.get(recordKey('iv-1'))!.slice(0, 40);
    storage.data.set(recordKey('iv-1'), damaged);
    const page = await openReadyPage(storage);
    const notice = page.store.$storageNotice.get();
    expect(notice).toMatchObject({ kind: 'repaired', kept: true });
    expect(page.store.$workspace.get().applications.map((i) => i.id)).toEqual(['iv-0']);
    const copy = notice?.kind === 'repaired' ? (notice.copy ?? '') : '';
    expect(snapshotText(storage.view(), copy)).toContain(JSON.stringify(damaged));
    // Set aside, so a later load does not find it again and keep another copy.
    expect(storage.data.has(recordKey('iv-1'))).toBe(false);
    page.edit((ws) => updateApplication(ws, 'iv-0', { role: 'Designer' }));
    page.fire('pagehide');
    expect(roleOf(storedWorkspace(storage), 'iv-0')).toBe('Designer');
  });

  it('the unreadable text an earlier build kept aside becomes a saved copy, and its old key goes', async () => {
    const earlier = '{"version":3,"interviews":[{"id":"x"';
    const storage = savedStorage(workspaceOf('Acme'), { [LEGACY_BACKUP_KEY]: earlier });
    const page = await openReadyPage(storage);
    expect(storage.data.has(LEGACY_BACKUP_KEY)).toBe(false);
    const copies = listSnapshots(storage.view());
    expect(copies.map((c) => c.reason)).toEqual(['earlier-copy']);
    expect(snapshotText(storage.view(), copies[0]!.key)).toBe(earlier);
    expect(companyOf(page.store.$workspace.get(), 'iv-0')).toBe('Acme');
  });

  it('data from a newer version is kept as a copy and never written over', async () => {
    const storage = savedStorage(workspaceOf('Acme'));
    const meta = JSON.parse(storage.data.get(META_KEY)!) as { data: { version: number } };
    meta.data.version = 99;
    storage.data.set(META_KEY, JSON.stringify(meta));
    const before = new Map(storage.data);
    const page = await openReadyPage(storage);
    expect(page.store.$storageNotice.get()).toMatchObject({
      kind: 'newer',
      version: 99,
      kept: true,
    });
    expect(page.store.canSave()).toBe(false);
    expect(listSnapshots(storage.view())).toHaveLength(1);
    page.edit((ws) => addApplication(ws, interview('iv-9', 'Initech')));
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    page.fire('pagehide');
    for (const [key, value] of before) expect(storage.data.get(key)).toBe(value);
    expect([...storage.data.keys()].filter((k) => k.startsWith(RECORD_PREFIX))).toEqual([
      recordKey('iv-0'),
    ]);
  });
});

describe('the workspace store: data of an earlier version (v4, one key per interview)', () => {
  const v4Dump = (name: string) =>
    (
      JSON.parse(
        readFileSync(new URL(`../fixtures/v4-records/${name}`, import.meta.url), 'utf8'),
      ) as { localStorage: Record<string, string> }
    ).localStorage;
  const version = (raw: string | undefined) => (JSON.parse(raw ?? 'null') as { v?: number }).v;

  it.each([
    'london-two-interviewers.json',
    'three-interviews-unicode.json',
    'many-interviews.json',
  ])(
    '%s opens migrated, is written again in v5 (the shared key first) and says so once',
    async (name) => {
      const ls = v4Dump(name);
      const expected = readLayout(new MemoryStorage(ls).view());
      if (expected.kind !== 'ok') throw new Error(expected.kind);
      const page = await openReadyPage(new MemoryStorage(ls));
      expect(page.store.$workspace.get()).toEqual(expected.workspace);
      expect(page.store.$storageNotice.get()).toEqual({ kind: 'migrated', from: 4 });
      // The shared key is written first, saying v5: a v4 page leaves the rest alone from then on.
      expect(page.storage.writes[0]![0]).toBe(META_KEY);
      expect(JSON.parse(page.storage.data.get(META_KEY)!).data.version).toBe(WORKSPACE_VERSION);
      const ids = expected.workspace.applications.map((a) => a.id);
      for (const id of ids)
        expect(version(page.storage.data.get(recordKey(id)))).toBe(WORKSPACE_VERSION);
      // Keys that are not the workspace's are left as they were.
      for (const [key, value] of Object.entries(ls))
        if (!key.startsWith('fuk-ws')) expect(page.storage.data.get(key)).toBe(value);
      // What is stored now reads as v5, the same workspace, with nothing to migrate.
      const now = readLayout(page.storage.view());
      expect(now.kind === 'ok' && [now.from, now.repairs]).toEqual([undefined, []]);
      expect(storedWorkspace(page.storage)).toEqual(expected.workspace);
      // The next page load finds nothing to do.
      page.storage.writes.length = 0;
      const next = await openReadyPage(page.storage);
      expect(next.store.$storageNotice.get()).toBeNull();
      vi.advanceTimersByTime(10 * SAVE_DELAY_MS);
      next.fire('pagehide');
      expect(next.storage.writes).toEqual([]);
    },
  );

  it('a move to v5 stopped by a full storage loses nothing: this tab writes nothing more, and the next load finishes it', async () => {
    const ls = v4Dump('three-interviews-unicode.json');
    const expected = readLayout(new MemoryStorage(ls).view());
    if (expected.kind !== 'ok') throw new Error(expected.kind);
    const storage = new MemoryStorage(ls);
    // The shared key and one interview fit; the next write does not.
    storage.writesLeft = 2;
    const page = await openReadyPage(storage);
    expect(page.store.$storageNotice.get()).toEqual({ kind: 'quota' });
    expect(page.store.canSave()).toBe(false);
    expect(page.store.$workspace.get()).toEqual(expected.workspace);
    const ids = expected.workspace.applications.map((a) => a.id);
    expect(ids.map((id) => version(storage.data.get(recordKey(id))))).toEqual([
      WORKSPACE_VERSION,
      undefined,
      undefined,
    ]);
    // Half v5, half v4, under a shared key that says v5: read whole.
    expect(storedWorkspace(storage)).toEqual(expected.workspace);
    page.edit((ws) => updateApplication(ws, ids[1]!, { company: 'Typed while full' }));
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    page.fire('pagehide');
    expect(storage.writes).toHaveLength(2);
    // With room again, the next load writes the rest in v5.
    storage.writesLeft = Infinity;
    const next = await openReadyPage(storage);
    expect(next.store.canSave()).toBe(true);
    expect(ids.map((id) => version(storage.data.get(recordKey(id))))).toEqual([
      WORKSPACE_VERSION,
      WORKSPACE_VERSION,
      WORKSPACE_VERSION,
    ]);
    expect(storedWorkspace(storage)).toEqual(expected.workspace);
  });

  it('the single key of the build before (tests/fixtures/v4) moves to v5 records and goes', async () => {
    const ls = (
      JSON.parse(
        readFileSync(
          new URL('../fixtures/v4/london-two-interviewers.json', import.meta.url),
          'utf8',
        ),
      ) as { localStorage: Record<string, string> }
    ).localStorage;
    const page = await openReadyPage(new MemoryStorage(ls));
    expect(page.store.$storageNotice.get()).toEqual({ kind: 'migrated', from: 4 });
    expect(page.storage.data.has(LEGACY_KEY)).toBe(false);
    expect(page.storage.data.get('fuk-theme')).toBe('dark');
    const app = page.store.$workspace.get().applications[0]!;
    expect(version(page.storage.data.get(recordKey(app.id)))).toBe(WORKSPACE_VERSION);
    expect(storedWorkspace(page.storage)).toEqual(page.store.$workspace.get());
  });
});

describe('the workspace store: delete all', () => {
  it('empties the tools and storage, and writes nothing back, not even an edit that was pending', async () => {
    const page = await openReadyPage(
      savedStorage(workspaceOf('Acme', 'Globex'), { 'fuk-theme': 'dark', 'other-site': 'keep' }),
    );
    page.edit((ws) => updateApplication(ws, 'iv-0', { role: 'Designer' }));
    const failed = page.store.deleteAllSavedData(() => deleteAllData(() => localStorage).failed);
    expect(failed).toEqual([]);
    expect(page.store.$workspace.get()).toEqual(emptyWorkspace());
    expect(page.store.$storageNotice.get()).toBeNull();
    vi.advanceTimersByTime(10 * SAVE_DELAY_MS);
    page.fire('pagehide');
    await settled();
    // Not taken for a deletion in another tab.
    expect(page.store.$storageNotice.get()).toBeNull();
    expect(Object.fromEntries(page.storage.data)).toEqual({
      'fuk-theme': 'dark',
      'other-site': 'keep',
    });
    // The next interview is saved as on a first visit.
    page.edit((ws) => addApplication(ws, interview('iv-9', 'Initech')));
    page.fire('pagehide');
    expect(storedWorkspace(page.storage)?.applications.map((i) => i.id)).toEqual(['iv-9']);
  });

  it('passes on the keys the browser refused to remove', async () => {
    const page = await openReadyPage(savedStorage(workspaceOf('Acme')));
    expect(page.store.deleteAllSavedData(() => [META_KEY])).toEqual([META_KEY]);
  });
});
