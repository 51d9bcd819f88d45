// What only My interviews does with the whole of the saved data: put a whole workspace in
// place (restore, merge, undo) after keeping a copy, and list the saved copies. Kept
// apart from the store so that tool pages do not ship it.
import { $storageNotice, $workspace, canSave, flushWorkspace, internals } from './workspace';
import type { SnapshotReason } from '../lib/workspace/snapshots';
import { SNAPSHOT_PREFIX } from '../lib/workspace/storage-keys';
import type { Workspace } from '../lib/workspace/schema';

const { storage, loadSync, notice } = internals;

/**
 * Puts a whole workspace in place of the current one (a restored backup, merged or
 * replacing, or an undo), after keeping a copy of what is here. Refused while the
 * stored data must not be touched (a newer build's). Resolves to the copy's key (for
 * Undo), or to why nothing was changed.
 */
export async function replaceWholeWorkspace(
  ws: Workspace,
  reason: SnapshotReason,
  options: { withoutCopy?: boolean } = {},
): Promise<{ ok: true; copy?: string } | { ok: false; why: 'protected' | 'no-room' }> {
  if (!canSave()) return { ok: false, why: 'protected' };
  const sync = await loadSync();
  flushWorkspace();
  const current = $workspace.get();
  let copy: string | undefined;
  if (!options.withoutCopy && (current.applications.length > 0 || current.profile.name)) {
    const [{ exportBackup }, { keepCopy }] = await Promise.all([
      import('../lib/backup/backup-file'),
      import('./workspace-settle'),
    ]);
    const kept = await keepCopy(exportBackup(current, new Date()).text, reason);
    if (!kept.kept) return { ok: false, why: 'no-room' };
    copy = kept.copy;
  }
  const problem = sync.replaceAll(ws, storage.keys());
  $workspace.set(ws);
  if (problem) notice({ kind: problem === 'quota' ? 'quota' : 'unavailable' });
  else if ($storageNotice.get()?.kind !== 'nearly-full') notice(null);
  return copy ? { ok: true, copy } : { ok: true };
}

/** Saved copies: list, read, remove (the module is fetched on demand). */
export async function savedCopies() {
  const { listSnapshots, snapshotText, removeSnapshot, REASON_WORDS } =
    await import('../lib/workspace/snapshots');
  return {
    list: () => listSnapshots(storage),
    text: (key: string) => snapshotText(storage, key),
    remove: (key: string) => removeSnapshot(storage, key),
    words: REASON_WORDS,
  };
}

/** True when saved copies exist, so the page fetches the list only then. */
export const hasSavedCopies = () => storage.keys().some((k) => k.startsWith(SNAPSHOT_PREFIX));
