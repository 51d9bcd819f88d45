// What the store does with saved data once it has been read: keeps copies of what must
// be kept, moves the old single key to the per-record layout (and writes data of an
// older version again in this one), and protects what must not be written over.
// Fetched with the reader, only when something is stored.
import { internals, $workspace } from './workspace';
import type { LoadOutcome } from '../lib/workspace/read-layout';
import type { RecordSync } from '../lib/workspace/record-sync';
import type { SnapshotReason } from '../lib/workspace/snapshots';
import {
  isWorkspaceKey as isOurs,
  LEGACY_BACKUP_KEY,
  LEGACY_KEY,
  RECORD_PREFIX,
} from '../lib/workspace/storage-keys';
import { emptyWorkspace } from '../lib/workspace/schema';

const { storage, notice, setWritable } = internals;

/** Keeps `text` as a dated copy; true only when it was written and read back. */
export async function keepCopy(
  text: string,
  reason: SnapshotReason,
): Promise<{ kept: boolean; copy?: string }> {
  const { keepSnapshot } = await import('../lib/workspace/snapshots');
  const result = keepSnapshot(storage, text, reason, new Date());
  return result.kept ? { kept: true, copy: result.key } : { kept: false };
}

/**
 * Acts on what was found in storage: keeps copies, moves the old layout, writes migrated
 * data in this version, protects what must not be touched.
 */
export async function settle(outcome: LoadOutcome, sync: RecordSync): Promise<void> {
  if (
    outcome.legacyBackup !== undefined &&
    (await keepCopy(outcome.legacyBackup, 'earlier-copy')).kept
  )
    storage.write(LEGACY_BACKUP_KEY, undefined);
  if (outcome.kind === 'empty') return;
  if (outcome.kind === 'newer') {
    const copy = await keepCopy(outcome.original, 'newer');
    setWritable(false);
    return notice({ kind: 'newer', version: outcome.version, ...copy });
  }
  if (outcome.kind === 'unreadable') {
    const copy = await keepCopy(outcome.original, 'unreadable');
    // With no copy, the damaged original is the only one: write nothing over it.
    setWritable(copy.kept);
    if (copy.kept)
      for (const key of storage.keys())
        if (isOurs(key) || key === LEGACY_KEY) storage.write(key, undefined);
    sync.clear(emptyWorkspace());
    return notice({ kind: 'unreadable', ...copy });
  }
  let copy: { kept: boolean; copy?: string } = { kept: true };
  if (outcome.original !== undefined) copy = await keepCopy(outcome.original, 'repaired');
  const writable = copy.kept;
  setWritable(writable);
  sync.adopt(outcome.workspace, outcome.meta, outcome.records);
  $workspace.set(outcome.workspace);
  if (writable && outcome.repairs.length) {
    // The copy holds the records that were set aside: take them out of the live data,
    // also midway through a move from the old key. (Otherwise every later load would
    // find them again and keep one more copy.)
    const ids = new Set(outcome.workspace.applications.map((i) => i.id));
    for (const key of outcome.records.keys())
      if (!ids.has(key)) storage.write(RECORD_PREFIX + key, undefined);
    for (const key of outcome.setAside ?? []) storage.write(key, undefined);
  }
  // Migrated from an older version: every record is written again in this one, or an
  // edit would leave records of two versions under one shared key.
  const moved =
    writable && (outcome.legacy || outcome.from) ? moveToRecordLayout(outcome, sync) : true;
  if (outcome.repairs.length) {
    const { describeRepairs } = await import('../lib/workspace/describe-repairs');
    notice({ kind: 'repaired', parts: describeRepairs(outcome.repairs), ...copy });
    // A move stopped by a full storage has said so; "updated" would hide that nothing is saved.
  } else if (outcome.from && moved) notice({ kind: 'migrated', from: outcome.from });
}

/**
 * Writes everything in this version's per-record layout. Earlier builds kept everything
 * under one key: move it one application at a time, and shrink the old key by what has
 * moved, so each is always stored in full in one place or the other, even near the
 * quota (500 can fill most of it) or if the tab closes halfway; the reader takes both
 * (read-layout.ts). The old key goes once it is empty. Records of an older version
 * (v4 with per-record keys) are written again in place, after the shared key says the
 * new version: an older build then leaves all of it alone, and the reader migrates each
 * record not yet written by its own version, so a move cut short loses nothing. False
 * when storage was too full to finish (the tab then writes nothing and says so).
 */
function moveToRecordLayout(
  outcome: Extract<LoadOutcome, { kind: 'ok' }>,
  sync: RecordSync,
): boolean {
  const ws = outcome.workspace;
  let remaining = ws.applications;
  let problem = sync.startGeneration(ws);
  while (!problem && remaining.length) {
    let moved = 0;
    for (const i of remaining) {
      if (sync.writeRecord(i)) break;
      moved++;
    }
    if (moved === 0) problem = 'quota';
    remaining = remaining.slice(moved);
    // Shrinking never needs more room than it frees.
    if (!problem && outcome.legacy)
      problem = storage.write(
        LEGACY_KEY,
        remaining.length ? JSON.stringify({ ...ws, applications: remaining }) : undefined,
      );
  }
  if (problem) {
    // What moved is in its own key, the rest in the old one: nothing is lost, and the
    // next load carries on. Until then this tab must not save over either.
    setWritable(false);
    notice({ kind: 'quota' });
  }
  return !problem;
}
