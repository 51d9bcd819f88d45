// The one workspace store every tool on every page uses. It holds state and
// persistence only; what an edit means lives in src/lib/workspace/operations.ts.
import { atom } from 'nanostores';
import { persistentAtom, setPersistentEngine, type PersistentEvent } from '@nanostores/persistent';
import { createGuardedStorage, type StorageProblem } from '../lib/workspace/guarded-storage';
import type { decodeWorkspace as Decode, DecodeResult } from '../lib/workspace/decode';
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
  | { kind: 'load-failed' }

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

/** The decoder, once fetched (see loadSaved). */
let decode: typeof Decode | null = null;

/** Acts on what the decoder made of saved text: backs up what is unreadable, protects newer data. */
function settle(raw: string, result: DecodeResult): void {
  if (result.kind === 'corrupt' || result.kind === 'wrong-shape') backUpUnreadable(raw, result);
  else if (result.kind === 'newer') {
    storage.protect(WORKSPACE_KEY);
    $storageNotice.set({ kind: 'newer', version: result.version });
  } else if (result.kind === 'migrated') $storageNotice.set({ kind: 'migrated', from: result.from });
  if ('workspace' in result) $workspace.set(result.workspace);
}

/**
 * Saved data is checked by the workspace reader, which is fetched only when there is
 * something to read (a first visit has nothing, and every tool page has a 25 KB
 * budget). Until it has run, the key is protected and the tools wait, so nothing can
 * overwrite the saved data with an empty workspace. Older data also fetches the
 * migrations (few visitors ever need them).
 */
function loadSaved(raw: string): void {
  storage.protect(WORKSPACE_KEY);
  $workspaceReady.set(false);
  let failure: StorageNotice = { kind: 'load-failed' };
  import('../lib/workspace/decode')
    .then(async (m) => {
      decode = m.decodeWorkspace;
      let result = decode(raw);
      if (result.kind === 'older') {
        failure = { kind: 'migration-failed' };
        const { migrate } = await import('../lib/workspace/migrations');
        result = decode(raw, migrate);
      }
      // Protection stays for data this build must not touch (backUpUnreadable and
      // `newer` set it again); everything else may now be saved.
      storage.unprotect(WORKSPACE_KEY);
      settle(raw, result);
    })
    .catch(() => $storageNotice.set(failure))
    .finally(() => $workspaceReady.set(true));
}

/** Looks at what is stored now; anything there is read once the decoder has arrived. */
function load(): void {
  if (typeof window === 'undefined') return;
  if (!storage.available()) {
    $storageNotice.set({ kind: 'unavailable' });
    return;
  }
  const raw = storage.read(WORKSPACE_KEY);
  if (raw) loadSaved(raw);
}

/** The last workspace that decoded cleanly: what unreadable text is replaced with in memory. */
let lastGood: Workspace = emptyWorkspace();
let created = false;

/**
 * The user's workspace, saved to localStorage on every change (and never written just
 * for loading). Text from another tab that this build cannot read is ignored: this tab
 * keeps what it has.
 */
export const $workspace = persistentAtom<Workspace>(WORKSPACE_KEY, emptyWorkspace(), {
  encode: (ws: Workspace) => JSON.stringify(ws),
  decode: (raw: string) => {
    // Creation, and any read before the decoder has arrived, keep what this tab has:
    // loadSaved() sets the real value once the text has been checked.
    if (!decode) {
      // Another tab saved before this one needed the decoder: fetch it, then show theirs.
      if (created)
        void import('../lib/workspace/decode').then((m) => {
          decode = m.decodeWorkspace;
          const result = decode(raw);
          if ('workspace' in result) $workspace.set(result.workspace);
        });
      return lastGood;
    }
    const result = decode(raw);
    return 'workspace' in result ? result.workspace : lastGood;
  },
});
created = true;
$workspace.listen((ws) => {
  lastGood = ws;
});
load();

/** Applies a pure update (see lib/workspace/operations) and saves it. */
export function updateWorkspace(fn: (ws: Workspace) => Workspace): void {
  const before = $workspace.get();
  const after = fn(before);
  if (after !== before) $workspace.set(after);
}

/**
 * Puts a whole workspace in place of the current one (a restored backup, merged or
 * replacing). It arrives already checked by the backup reader.
 */
export function replaceWholeWorkspace(ws: Workspace): void {
  storage.unprotect(WORKSPACE_KEY);
  $storageNotice.set(null);
  $workspace.set(ws);
}

/**
 * "Delete all my data": removes every key the kit keeps user data under (the
 * workspace, its backup copy, the checker's text) and empties the tools in this tab.
 * Returns the keys the browser refused to remove, so the page can say so.
 */
export function deleteAllSavedData(remove: () => string[]): string[] {
  lastGood = emptyWorkspace();
  $workspace.set(lastGood);
  $storageNotice.set(null);
  // Setting the store writes an empty workspace: remove that too, so nothing is left.
  return remove();
}

/** The unreadable text kept in the backup key, for the "download it" link. */
export function readBackup(): string | undefined {
  return storage.read(BACKUP_KEY);
}

/** Clears the notice once the user has read it. */
export function dismissNotice(): void {
  $storageNotice.set(null);
}
