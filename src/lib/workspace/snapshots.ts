// Saved copies of the workspace, kept in this browser: of stored data the kit could not
// read (or was written by a newer build), and of everything just before a destructive
// action (restore, replace, merge). Several, dated, never overwritten by a later fault,
// and bounded so they never crowd out the workspace itself. Each is compressed (JSON
// shrinks several-fold) and counts as kept only once it reads back from storage.
// Fetched only when a copy is made or listed.
import { compressToUTF16, decompressFromUTF16 } from 'lz-string';
import { SNAPSHOT_PREFIX } from './storage-keys';

export { SNAPSHOT_PREFIX };
/** At most this many copies. */
export const MAX_SNAPSHOTS = 8;
/** At most this many stored characters for all copies together (about a fifth of the usual 5 MB quota). */
export const MAX_SNAPSHOT_CHARS = 1_000_000;

/**
 * Why a copy was made. Faults (unreadable, repaired, newer) are the only copy of
 * something and are never removed to make room; copies before an action are, oldest
 * first, since their data is also in what the action left or in the restored file.
 */
export type SnapshotReason =
  | 'unreadable'
  | 'repaired'
  | 'newer'
  | 'earlier-copy'
  | 'before-restore'
  | 'before-merge'
  | 'before-undo';

/** Reasons a copy may be removed to make room for a new one. */
const EVICTABLE: readonly SnapshotReason[] = ['before-restore', 'before-merge', 'before-undo'];

/** What the list of copies shows. */
export interface SnapshotInfo {
  key: string;
  /** When it was made (ISO instant). */
  at: string;
  reason: SnapshotReason;
  /** Characters it takes in storage. */
  size: number;
  /** Characters of the original text. */
  length: number;
  /** Hash of the original text: the same text is never kept twice. */
  hash: string;
}

/** The storage calls this module needs (see guarded-storage.ts). */
export interface SnapshotStorage {
  readStored(key: string): string | undefined;
  write(key: string, value: string | undefined): unknown;
  keys(): string[];
}

/** FNV-1a over UTF-16 units: enough to spot an identical copy, not a security hash. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${(h >>> 0).toString(16)}-${text.length}`;
}

/** Reads one copy's header; null when it is not one. */
function info(key: string, raw: string | undefined): SnapshotInfo | null {
  if (!raw) return null;
  const end = raw.indexOf('\n');
  try {
    const head = JSON.parse(raw.slice(0, end)) as Omit<SnapshotInfo, 'key' | 'size'>;
    return { ...head, key, size: raw.length + key.length };
  } catch {
    return null;
  }
}

/** Every copy, newest first. */
export function listSnapshots(storage: SnapshotStorage): SnapshotInfo[] {
  return storage
    .keys()
    .filter((k) => k.startsWith(SNAPSHOT_PREFIX))
    .map((k) => info(k, storage.readStored(k)))
    .filter((s): s is SnapshotInfo => s !== null)
    .sort((a, b) => b.at.localeCompare(a.at));
}

/** The text a copy holds; null when it is gone or damaged. */
export function snapshotText(storage: SnapshotStorage, key: string): string | null {
  const raw = storage.readStored(key);
  if (!raw) return null;
  const end = raw.indexOf('\n');
  try {
    return decompressFromUTF16(raw.slice(end + 1));
  } catch {
    return null;
  }
}

/** What keeping a copy did. */
export type KeepResult = { kept: true; key: string } | { kept: false; why: 'full' | 'not-saved' };

/**
 * Keeps `text` as a copy. The same text already kept counts as kept. To make room it
 * removes the oldest copies made before an action, never a fault's copy; if there is
 * still no room, nothing is written and it says so, so the caller can stop writing over
 * the original instead.
 */
export function keepSnapshot(
  storage: SnapshotStorage,
  text: string,
  reason: SnapshotReason,
  now: Date,
): KeepResult {
  const hash = textHash(text);
  const existing = listSnapshots(storage);
  // The same text kept already counts (compared in full: a hash can collide).
  const same = existing.find((s) => s.hash === hash && snapshotText(storage, s.key) === text);
  if (same) return { kept: true, key: same.key };
  const key = `${SNAPSHOT_PREFIX}${now.toISOString()}-${Math.random().toString(36).slice(2, 6)}`;
  const value = `${JSON.stringify({ at: now.toISOString(), reason, length: text.length, hash })}\n${compressToUTF16(text)}`;
  const size = value.length + key.length;
  if (size > MAX_SNAPSHOT_CHARS) return { kept: false, why: 'full' };
  let count = existing.length;
  let total = existing.reduce((n, s) => n + s.size, 0);
  const removable = existing.filter((s) => EVICTABLE.includes(s.reason)).reverse();
  const toRemove: SnapshotInfo[] = [];
  while ((count + 1 > MAX_SNAPSHOTS || total + size > MAX_SNAPSHOT_CHARS) && removable.length) {
    const oldest = removable.shift() as SnapshotInfo;
    toRemove.push(oldest);
    count--;
    total -= oldest.size;
  }
  if (count + 1 > MAX_SNAPSHOTS || total + size > MAX_SNAPSHOT_CHARS)
    return { kept: false, why: 'full' };
  for (const s of toRemove) storage.write(s.key, undefined);
  storage.write(key, value);
  // Kept only if the browser's storage really has it (a full storage refuses quietly).
  return storage.readStored(key) === value
    ? { kept: true, key }
    : { kept: false, why: 'not-saved' };
}

/** Removes one copy. */
export function removeSnapshot(storage: SnapshotStorage, key: string): void {
  if (key.startsWith(SNAPSHOT_PREFIX)) storage.write(key, undefined);
}

/** Words for a copy's reason, for the list of copies. */
export const REASON_WORDS: Record<SnapshotReason, string> = {
  unreadable: 'Saved data the kit could not read',
  repaired: 'Saved data as it was before parts of it were set aside',
  newer: 'Saved data written by a newer version of the kit',
  'earlier-copy': 'Unreadable data kept by an earlier version of the kit',
  'before-restore': 'Everything, just before a backup replaced it',
  'before-merge': 'Everything, just before a backup was merged in',
  'before-undo': 'Everything, just before an undo',
};

/** A copy's size for the list of copies, in whole KB of its original text and never "0 KB": "1 KB", "1,024 KB". */
export function copySizeText(length: number): string {
  return `${Math.max(1, Math.round(length / 1024)).toLocaleString('en-GB')} KB`;
}
