// The one workspace store every tool on every page uses. It holds state and
// persistence only; what an edit means lives in src/lib/workspace/operations.ts.
import { atom } from 'nanostores';
import { persistentAtom, setPersistentEngine, type PersistentEvent } from '@nanostores/persistent';
import { createGuardedStorage, type StorageProblem } from '../lib/workspace/guarded-storage';
import { decodeWorkspace, encodeWorkspace, type DecodeResult } from '../lib/workspace/decode';
import { emptyWorkspace, type Workspace } from '../lib/workspace/schema';

/** localStorage key of the workspace. */
export const WORKSPACE_KEY = 'fuk-workspace';
/** Where unreadable workspace text is copied before anything overwrites it. */
export const BACKUP_KEY = 'fuk-workspace-backup';

/** What the page should tell the user about their saved data; null when all is well. */
export type StorageNotice =
  | { kind: 'corrupt' | 'wrong-shape'; backedUp: boolean; problem?: string }
  | { kind: 'newer'; version: number }
  | { kind: 'migrated'; from: number }
  | { kind: 'migration-failed' }

  | { kind: 'unavailable' }
  | { kind: 'quota' };

/** The current notice; islands show it in a StorageNotice banner. */
export const $storageNotice = atom<StorageNotice | null>(null);

/** False while saved data in an older format is being migrated; the tools wait for it. */
export const $workspaceReady = atom(true);

const storage = createGuardedStorage(
  () => localStorage,
  (key, problem: StorageProblem | null) => {
    if (key !== WORKSPACE_KEY) return;
    const current = $storageNotice.get();
    if (problem === 'quota') $storageNotice.set({ kind: 'quota' });
    else if (problem === 'unavailable') $storageNotice.set({ kind: 'unavailable' });
    // A save that worked clears a "not saved" notice; load-time notices stay until dismissed.
    else if (problem === null && (current?.kind === 'quota' || current?.kind === 'unavailable')) $storageNotice.set(null);
  },
);

// Another tab clearing all storage sends a storage event with a null key; the library
// would reset the store to empty, wiping what this tab shows. Keep it instead: the
// next edit here saves it again.
type Listener = (e: PersistentEvent) => void;
const listeners = new Map<Listener, (e: StorageEvent) => void>();
setPersistentEngine(storage.engine, {
  addEventListener(_key: string, listener: Listener, restore: () => void) {
    // Server rendering reads the store too (nanostores mounts on get()): no window there.
    if (typeof window === 'undefined') return;
    const filtered = (e: StorageEvent) => {
      if (e.key !== null && e.storageArea === localStorage) listener(e as PersistentEvent);
    };
    listeners.set(listener, filtered);
    window.addEventListener('storage', filtered);
    window.addEventListener('pageshow', restore);
  },
  removeEventListener(_key: string, listener: Listener, restore: () => void) {
    if (typeof window === 'undefined') return;
    const filtered = listeners.get(listener);
    if (filtered) window.removeEventListener('storage', filtered);
    listeners.delete(listener);
    window.removeEventListener('pageshow', restore);
  },
});

/** Copies unreadable text to the backup key and says so; see load(). */
function backUpUnreadable(raw: string, result: { kind: 'corrupt' } | { kind: 'wrong-shape'; problem: string }): void {
  // Copy before anything can overwrite it. If the copy cannot be made (storage full),
  // the original is the only copy: leave it untouched and work in memory instead.
  if (storage.read(BACKUP_KEY) !== raw) storage.write(BACKUP_KEY, raw);
  const backedUp = storage.read(BACKUP_KEY) === raw;
  if (!backedUp) storage.protect(WORKSPACE_KEY);
  $storageNotice.set({ kind: result.kind, backedUp, ...(result.kind === 'wrong-shape' ? { problem: result.problem } : {}) });
}

/** Reads what is stored now, backing up anything unreadable and protecting newer data. */
function load(): DecodeResult {
  if (typeof window === 'undefined') return { kind: 'empty' };
  if (!storage.available()) {
    $storageNotice.set({ kind: 'unavailable' });
    return { kind: 'empty' };
  }
  const raw = storage.read(WORKSPACE_KEY);
  const result = decodeWorkspace(raw);
  if ((result.kind === 'corrupt' || result.kind === 'wrong-shape') && raw !== undefined) {
    backUpUnreadable(raw, result);
  } else if (result.kind === 'older' && raw !== undefined) {
    migrateLater(raw);
  } else if (result.kind === 'newer') {
    storage.protect(WORKSPACE_KEY);
    $storageNotice.set({ kind: 'newer', version: result.version });
  }
  return result;
}

/**
 * Older saved data: the migration code is fetched only now (few visitors ever need it).
 * Until it has run, the key is protected and the tools wait, so nothing can overwrite
 * the old data with an empty workspace.
 */
function migrateLater(raw: string): void {
  storage.protect(WORKSPACE_KEY);
  $workspaceReady.set(false);
  import('../lib/workspace/migrations')
    .then(({ migrate }) => {
      const result = decodeWorkspace(raw, migrate);
      storage.unprotect(WORKSPACE_KEY);
      if (result.kind === 'migrated') {
        $workspace.set(result.workspace);
        $storageNotice.set({ kind: 'migrated', from: result.from });
      } else if (result.kind === 'corrupt' || result.kind === 'wrong-shape') {
        backUpUnreadable(raw, result);
      }
    })
    .catch(() => $storageNotice.set({ kind: 'migration-failed' }))
    .finally(() => $workspaceReady.set(true));
}

const loaded = load();
/** The last workspace that decoded cleanly: what unreadable text is replaced with in memory. */
let lastGood: Workspace = 'workspace' in loaded ? loaded.workspace : emptyWorkspace();
let created = false;

/**
 * The user's workspace, saved to localStorage on every change (and never written just
 * for loading). Text from another tab that this build cannot read is ignored: this tab
 * keeps what it has.
 */
export const $workspace = persistentAtom<Workspace>(WORKSPACE_KEY, emptyWorkspace(), {
  encode: encodeWorkspace,
  decode: (raw: string) => {
    // The store's creation decodes the text load() just read: reuse that result.
    if (!created) return lastGood;
    const result = decodeWorkspace(raw);
    return 'workspace' in result ? result.workspace : lastGood;
  },
});
created = true;
$workspace.listen((ws) => {
  lastGood = ws;
});

/** Applies a pure update (see lib/workspace/operations) and saves it. */
export function updateWorkspace(fn: (ws: Workspace) => Workspace): void {
  const before = $workspace.get();
  const after = fn(before);
  if (after !== before) $workspace.set(after);
}

/** The unreadable text kept in the backup key, for the "download it" link. */
export function readBackup(): string | undefined {
  return storage.read(BACKUP_KEY);
}

/** Clears the notice once the user has read it. */
export function dismissNotice(): void {
  $storageNotice.set(null);
}
