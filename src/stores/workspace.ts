// The one workspace store every tool on every page uses. It holds state and
// persistence only; what an edit means lives in src/lib/workspace/operations.ts, how the
// data sits in storage in src/lib/workspace/record-sync.ts.
//
// The promise it keeps: nothing saved is lost. Edits are saved shortly after they are
// made (and at once when the page is hidden or closed), only what changed is written,
// another tab's edits are merged rather than overwritten, and stored data that cannot
// be read (or that a newer build wrote) is kept as a copy before anything could
// overwrite it; when no copy can be kept, nothing is written over it.
import { atom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { createGuardedStorage } from '../lib/workspace/guarded-storage';
import {
  isWorkspaceKey as isOurs,
  LEGACY_BACKUP_KEY,
  LEGACY_KEY,
} from '../lib/workspace/storage-keys';
import type { RecordSync } from '../lib/workspace/record-sync';
import { emptyWorkspace, type Workspace } from '../lib/workspace/schema';
import type { SavedDataNotice } from '../lib/workspace/saved-data-notice';

/** The current notice; islands show it in a StorageNotice banner. */
export const $storageNotice = atom<SavedDataNotice | null>(null);

/** False while saved data is being read; the tools wait for it. */
export const $workspaceReady = atom(true);

/** What the tools start from: nothing stored, so nothing to save until it changes. */
const initial = emptyWorkspace();
/** The user's workspace. Change it with updateWorkspace; it is saved on its own. */
export const $workspace = atom<Workspace>(initial);

/**
 * Whether the browser agreed to keep this site's data (navigator.storage.persist()),
 * asked once the first interview is saved: '' not asked yet, 'granted', 'refused' or
 * 'unsupported'.
 */
export const $persistence = persistentAtom<string>('fuk-persist', '');

/** Roughly what browsers allow one site in localStorage (5 MB, counted in UTF-16 units). */
export const QUOTA_CHARS = 5_000_000;
/** Warn when storage is this full, before a save can fail. */
const NEARLY_FULL = 0.8;
/** How long edits wait before they are written together (they are written at once when the page is hidden). */
const SAVE_DELAY_MS = 400;

/** Characters per stored key, to see the quota coming (kept as keys are written). */
const sizes = new Map<string, number>();
const storage = createGuardedStorage(
  () => localStorage,
  (key, problem) => {
    if (problem === null && typeof window !== 'undefined')
      sizes.set(key, key.length + (storage.readStored(key)?.length ?? 0));
  },
);
/**
 * The code that writes (record-sync.ts, about 2 KB) is fetched on the first edit, or at
 * once when there is saved data to read: a page that is only read never needs it.
 */
let sync: RecordSync | null = null;
let syncLoading: Promise<RecordSync> | null = null;
const loadSync = (): Promise<RecordSync> =>
  (syncLoading ??= import('../lib/workspace/record-sync').then((m) => {
    sync = new m.RecordSync(storage);
    // The untouched start is in step (what is stored, if anything, is adopted on load):
    // a visit that only focuses a field and leaves writes nothing.
    sync.clear(initial);
    return sync;
  }));

/** Whether this tab kept an edit in the single key, before the writer arrived (flushWorkspace). */
let stashed = false;
/** False while stored data must not be written over (a newer build's, or damage with no copy kept). */
let writable = true;
/** The latest read of storage: another tab's writes are taken in after it (it may have read half of one). */
let reading: Promise<void> = Promise.resolve();
let timer: ReturnType<typeof setTimeout> | null = null;
let warnedFull = false;
let askedToKeep = false;
/** Counts "delete all"s, so work begun before one writes nothing after it. */
let deletions = 0;

const notice = (n: SavedDataNotice | null): void => $storageNotice.set(n);

/** Inputs holding text not yet put in the store (see holdInput). */
const heldInputs = new Set<() => void>();

/**
 * An input that puts its text in the store a moment after typing stops (so a keystroke
 * redraws the field, not every tool on the page) registers how to put it there now:
 * saving, and anything that replaces the workspace, does that first, so no keystroke is
 * left out. Returns the function that unregisters it.
 */
export function holdInput(commit: () => void): () => void {
  heldInputs.add(commit);
  return () => heldInputs.delete(commit);
}

/** Puts every held input's text in the store. */
export function commitHeldInputs(): void {
  for (const commit of [...heldInputs]) commit();
}

/** Writes what changed now. Safe to call at any time; a no-op when nothing changed. */
export function flushWorkspace(): void {
  commitHeldInputs();
  if (timer) clearTimeout(timer);
  timer = null;
  if (!writable || typeof window === 'undefined') return;
  const ws = $workspace.get();
  if (!sync) {
    // The page is closing before the writer arrived (a first edit on an empty browser,
    // then a link at once, on a slow connection): the edit goes whole into the single
    // key of earlier builds, which the next visit reads and moves into records.
    if (ws !== initial) stashed = storage.write(LEGACY_KEY, JSON.stringify(ws)) === null;
    return;
  }
  if (!sync.pending(ws)) return;
  const t0 = performance.now();
  const result = sync.flush(ws);
  performance.measure('fuk-save', { start: t0 });
  if (result.reset) return reloadFromStorage(true);
  // Written in records now: the stash would bring back what this tab deletes later.
  if (stashed && !result.problem) stashed = storage.write(LEGACY_KEY, undefined) !== null;
  if (result.workspace !== ws) $workspace.set(result.workspace);
  const current = $storageNotice.get()?.kind;
  if (result.problem === 'quota' || result.problem === 'unavailable')
    notice({ kind: result.problem });
  else if (current === 'quota' || current === 'unavailable') notice(null);
  if (!result.problem) afterSave(result.workspace);
}

/** After a save: ask once for durable storage, and warn before the quota is reached. */
function afterSave(ws: Workspace): void {
  if (ws.applications.length > 0 && $persistence.get() === '' && !askedToKeep) {
    askedToKeep = true;
    const asked = deletions;
    void import('./durable-storage')
      .then((m) => m.askToKeep())
      .then((answer) => {
        // An answer that arrives after "delete all" must not write anything back.
        if (asked !== deletions) return;
        try {
          $persistence.set(answer);
        } catch {
          // A full storage refuses even this word; the question is asked again next time.
        }
      });
  }
  checkQuota();
}

/**
 * Says so once storage passes NEARLY_FULL, before a save can fail. A problem already up
 * wins; "updated to the current format" does not, since it only informs: an old, large
 * workspace moved on its first visit is the one likeliest to be near the limit.
 */
function checkQuota(): void {
  let used = 0;
  for (const n of sizes.values()) used += n;
  const up = $storageNotice.get();
  if (!warnedFull && used > QUOTA_CHARS * NEARLY_FULL && (!up || up.kind === 'migrated')) {
    warnedFull = true;
    notice({ kind: 'nearly-full', used, quota: QUOTA_CHARS });
  }
}

function schedule(): void {
  if (!sync) void loadSync().then(schedule);
  else timer ??= setTimeout(flushWorkspace, SAVE_DELAY_MS);
}

/** Applies a pure update (see lib/workspace/operations) and saves it shortly. */
export function updateWorkspace(fn: (ws: Workspace) => Workspace): void {
  const before = $workspace.get();
  const after = fn(before);
  if (after !== before) $workspace.set(after);
}

/** Measures every stored key once, so the quota warning knows where it stands. */
function measure(): void {
  sizes.clear();
  for (const key of storage.keys())
    sizes.set(key, key.length + (storage.readStored(key)?.length ?? 0));
}

/**
 * Reads what is stored. The reader is fetched only when something is there (a first
 * visit has nothing, and tool pages have a tight budget); until it has run, nothing is
 * written and the tools wait.
 */
function load(): Promise<void> {
  if (typeof window === 'undefined') return Promise.resolve();
  if (!storage.available()) {
    notice({ kind: 'unavailable' });
    return Promise.resolve();
  }
  const keys = storage.keys();
  if (!keys.some((k) => isOurs(k) || k === LEGACY_KEY || k === LEGACY_BACKUP_KEY))
    return Promise.resolve();
  writable = false;
  $workspaceReady.set(false);
  return Promise.all([
    import('../lib/workspace/read-layout'),
    import('./workspace-settle'),
    loadSync(),
  ])
    .then(([{ readLayout }, { settle }, sync]) => {
      writable = true;
      return settle(readLayout(storage), sync).then(() => {
        measure();
        checkQuota();
      });
    })
    .catch(() => {
      writable = false;
      notice({ kind: 'load-failed' });
    })
    .finally(() => $workspaceReady.set(true));
}

/** Another tab replaced or deleted everything: drop this tab's state (never save it) and read again. */
function reloadFromStorage(announce: boolean): void {
  if (timer) clearTimeout(timer);
  timer = null;
  const empty = emptyWorkspace();
  sync?.clear(empty);
  $workspace.set(empty);
  reading = load();
  void reading.then(() => {
    if (announce && !$storageNotice.get()) notice({ kind: 'reset-elsewhere' });
  });
}

if (typeof window !== 'undefined') {
  $workspace.listen(schedule);
  // Any click, or a key that acts (Enter, Escape, a shortcut), works on what was typed:
  // held text goes to the store before its handlers run.
  addEventListener('pointerdown', commitHeldInputs, true);
  addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Enter' || e.key === 'Escape' || e.ctrlKey || e.metaKey || e.altKey)
        commitHeldInputs();
    },
    true,
  );
  // Fetch the writer as soon as the user reaches for a field, well before a first edit
  // could be followed by closing the page.
  addEventListener('focusin', () => void loadSync(), { once: true, capture: true });
  addEventListener('pagehide', flushWorkspace);
  // Back from the back-forward cache: storage events were missed while it was frozen.
  addEventListener('pageshow', (e) => {
    if (e.persisted) reloadFromStorage(false);
  });
  addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushWorkspace();
  });
  addEventListener('storage', (e) => {
    if (e.storageArea !== localStorage) return;
    // localStorage.clear() in another tab.
    if (e.key === null) return reloadFromStorage(true);
    if (!isOurs(e.key)) return;
    const { key } = e;
    void reading.then(loadSync).then((sync) => {
      if (!writable) return;
      const result = sync.remote($workspace.get(), key);
      if (result.reset) return reloadFromStorage(true);
      $workspace.set(result.workspace);
    });
  });
  reading = load();
}

/**
 * "Delete all my data": empties the tools in this tab and runs `remove`, which deletes
 * every key the kit keeps user data under (other tabs see the keys go and empty too).
 * Returns the keys the browser refused to remove, so the page can say so.
 */
export function deleteAllSavedData(remove: () => string[]): string[] {
  if (timer) clearTimeout(timer);
  timer = null;
  deletions++;
  const empty = emptyWorkspace();
  // Nothing is pending after this: the emptied workspace is not written back.
  sync?.clear(empty);
  writable = true;
  $workspace.set(empty);
  notice(null);
  // Before removing, so its key goes with the rest and the question is asked again.
  $persistence.set('');
  askedToKeep = false;
  const failed = remove();
  sizes.clear();
  return failed;
}

/**
 * For the store's own parts fetched on demand (workspace-settle.ts on load,
 * workspace-admin.ts on My interviews); islands use the exports above.
 */
export const internals = {
  storage,
  loadSync,
  notice,
  setWritable: (on: boolean) => {
    writable = on;
  },
};

/** Whether saving is on (false while a newer build's data, or damage with no copy, must be left alone). */
export const canSave = () => writable;

/** Clears the notice once the user has read it. */
export function dismissNotice(): void {
  notice(null);
}
