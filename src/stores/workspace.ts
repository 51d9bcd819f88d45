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
import { LEGACY_BACKUP_KEY, LEGACY_KEY, META_KEY, RECORD_PREFIX, RecordSync, SNAPSHOT_PREFIX } from '../lib/workspace/record-sync';
import type { LoadOutcome } from '../lib/workspace/read-layout';
import type { SnapshotReason } from '../lib/workspace/snapshots';
import { emptyWorkspace, type Workspace } from '../lib/workspace/schema';

/** What the page should tell the user about their saved data; null when all is well. */
export type StorageNotice =
  /** Nothing stored could be read; the tools start empty. `kept`: a copy was written and read back. */
  | { kind: 'unreadable'; kept: boolean; copy?: string }
  /** Some parts could not be read and were set aside (`parts` names them); the rest opened. */
  | { kind: 'repaired'; kept: boolean; parts: string[]; copy?: string }
  | { kind: 'newer'; version: number; kept: boolean; copy?: string }
  | { kind: 'migrated'; from: number }
  | { kind: 'load-failed' }
  | { kind: 'unavailable' }
  | { kind: 'quota' }
  /** Storage is close to the browser's limit: `used` of about `quota` characters. */
  | { kind: 'nearly-full'; used: number; quota: number }
  /** Another tab replaced or deleted everything; this tab now shows what is stored. */
  | { kind: 'reset-elsewhere' };

/** The current notice; islands show it in a StorageNotice banner. */
export const $storageNotice = atom<StorageNotice | null>(null);

/** False while saved data is being read; the tools wait for it. */
export const $workspaceReady = atom(true);

/** The user's workspace. Change it with updateWorkspace; it is saved on its own. */
export const $workspace = atom<Workspace>(emptyWorkspace());

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

const isOurs = (key: string) => key === META_KEY || key.startsWith(RECORD_PREFIX);

/** Characters per stored key, to see the quota coming (kept as keys are written). */
const sizes = new Map<string, number>();
const storage = createGuardedStorage(
  () => localStorage,
  (key, problem) => {
    if (problem === null && typeof window !== 'undefined') sizes.set(key, key.length + (storage.readStored(key)?.length ?? 0));
  },
);
const sync = new RecordSync(storage);

/** False while stored data must not be written over (a newer build's, or damage with no copy kept). */
let writable = true;
let timer: ReturnType<typeof setTimeout> | null = null;
let warnedFull = false;

const notice = (n: StorageNotice | null) => $storageNotice.set(n);

/** Writes what changed now. Safe to call at any time; a no-op when nothing changed. */
export function flushWorkspace(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  if (!writable || typeof window === 'undefined') return;
  const ws = $workspace.get();
  if (!sync.pending(ws)) return;
  const t0 = performance.now();
  const result = sync.flush(ws);
  performance.measure?.('fuk-save', { start: t0 });
  if (result.reset) return reloadFromStorage(true);
  if (result.workspace !== ws) $workspace.set(result.workspace);
  const current = $storageNotice.get()?.kind;
  if (result.problem === 'quota' || result.problem === 'unavailable') notice({ kind: result.problem });
  else if (current === 'quota' || current === 'unavailable') notice(null);
  if (!result.problem) afterSave(result.workspace);
}

/** After a save: ask once for durable storage, and warn before the quota is reached. */
function afterSave(ws: Workspace): void {
  if (ws.interviews.length > 0 && $persistence.get() === '') {
    const ask = navigator.storage?.persist?.bind(navigator.storage);
    const record = (v: string) => {
      try {
        $persistence.set(v);
      } catch {
        // A full storage refuses even this word; the question is asked again next time.
      }
    };
    if (!ask) record('unsupported');
    else void ask().then((granted) => record(granted ? 'granted' : 'refused'), () => record('unsupported'));
  }
  let used = 0;
  for (const n of sizes.values()) used += n;
  if (!warnedFull && used > QUOTA_CHARS * NEARLY_FULL) {
    warnedFull = true;
    notice({ kind: 'nearly-full', used, quota: QUOTA_CHARS });
  }
}

function schedule(): void {
  timer ??= setTimeout(flushWorkspace, SAVE_DELAY_MS);
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
  for (const key of storage.keys()) sizes.set(key, key.length + (storage.readStored(key)?.length ?? 0));
}

/** Keeps `text` as a dated copy; true only when it was written and read back. */
async function keepCopy(text: string, reason: SnapshotReason): Promise<{ kept: boolean; key?: string }> {
  const { keepSnapshot } = await import('../lib/workspace/snapshots');
  const result = keepSnapshot(storage, text, reason, new Date());
  return result.kept ? { kept: true, key: result.key } : { kept: false };
}

/** Acts on what was found in storage: keeps copies, migrates the old layout, protects what must not be touched. */
async function settle(outcome: LoadOutcome): Promise<void> {
  if (outcome.legacyBackup !== undefined && (await keepCopy(outcome.legacyBackup, 'earlier-copy')).kept) storage.write(LEGACY_BACKUP_KEY, undefined);
  if (outcome.kind === 'empty') return;
  if (outcome.kind === 'newer') {
    const copy = await keepCopy(outcome.original, 'newer');
    writable = false;
    return notice({ kind: 'newer', version: outcome.version, ...copy });
  }
  if (outcome.kind === 'unreadable') {
    const copy = await keepCopy(outcome.original, 'unreadable');
    // With no copy, the damaged original is the only one: write nothing over it.
    writable = copy.kept;
    if (copy.kept) for (const key of storage.keys()) if (isOurs(key) || key === LEGACY_KEY) storage.write(key, undefined);
    sync.clear();
    return notice({ kind: 'unreadable', ...copy });
  }
  let copy: { kept: boolean; key?: string } = { kept: true };
  if (outcome.original !== undefined) copy = await keepCopy(outcome.original, 'repaired');
  writable = copy.kept;
  sync.adopt(outcome.workspace, outcome.meta, outcome.records);
  $workspace.set(outcome.workspace);
  if (writable && outcome.legacy) moveToRecordLayout(outcome.workspace);
  else if (writable && outcome.repairs.length) {
    // The copy holds the records that were set aside: take them out of the live data.
    const ids = new Set(outcome.workspace.interviews.map((i) => i.id));
    for (const key of outcome.records.keys()) if (!ids.has(key)) storage.write(RECORD_PREFIX + key, undefined);
  }
  if (outcome.repairs.length) {
    const { describeRepairs } = await import('../lib/workspace/describe-repairs');
    notice({ kind: 'repaired', parts: describeRepairs(outcome.repairs), ...copy });
  } else if (outcome.from) notice({ kind: 'migrated', from: outcome.from });
}

/**
 * Earlier builds kept everything under one key. Move it one interview at a time, and
 * shrink the old key by what has moved, so each interview is always stored in full in
 * one place or the other, even near the quota (500 interviews can fill most of it) or
 * if the tab closes halfway; the reader takes both (read-layout.ts). The old key goes
 * once it is empty.
 */
function moveToRecordLayout(ws: Workspace): void {
  let remaining = ws.interviews;
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
    if (!problem) problem = storage.write(LEGACY_KEY, remaining.length ? JSON.stringify({ ...ws, interviews: remaining }) : undefined);
  }
  if (problem) {
    // What moved is in its own key, the rest in the old one: nothing is lost, and the
    // next load carries on. Until then this tab must not save over either.
    writable = false;
    notice({ kind: 'quota' });
  }
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
  if (!keys.some((k) => isOurs(k) || k === LEGACY_KEY || k === LEGACY_BACKUP_KEY)) return Promise.resolve();
  writable = false;
  $workspaceReady.set(false);
  return import('../lib/workspace/read-layout')
    .then(({ readLayout }) => {
      writable = true;
      measure();
      return settle(readLayout(storage));
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
  sync.clear();
  $workspace.set(emptyWorkspace());
  void load().then(() => {
    if (announce && !$storageNotice.get()) notice({ kind: 'reset-elsewhere' });
  });
}

if (typeof window !== 'undefined') {
  $workspace.listen(schedule);
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
    if (!isOurs(e.key) || !writable) return;
    const result = sync.remote($workspace.get(), e.key, e.newValue);
    if (result.reset) return reloadFromStorage(true);
    $workspace.set(result.workspace);
  });
  void load();
}

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
  if (!writable) return { ok: false, why: 'protected' };
  flushWorkspace();
  const current = $workspace.get();
  let copy: string | undefined;
  if (!options.withoutCopy && (current.interviews.length > 0 || current.profile.name)) {
    const { exportBackup } = await import('../lib/backup/backup-file');
    const kept = await keepCopy(exportBackup(current, new Date()).text, reason);
    if (!kept.kept) return { ok: false, why: 'no-room' };
    copy = kept.key;
  }
  const problem = sync.replaceAll(ws, storage.keys());
  $workspace.set(ws);
  if (problem) notice({ kind: problem === 'quota' ? 'quota' : 'unavailable' });
  else if ($storageNotice.get()?.kind !== 'nearly-full') notice(null);
  return copy ? { ok: true, copy } : { ok: true };
}

/**
 * "Delete all my data": empties the tools in this tab and runs `remove`, which deletes
 * every key the kit keeps user data under (other tabs see the keys go and empty too).
 * Returns the keys the browser refused to remove, so the page can say so.
 */
export function deleteAllSavedData(remove: () => string[]): string[] {
  if (timer) clearTimeout(timer);
  timer = null;
  sync.clear();
  writable = true;
  $workspace.set(emptyWorkspace());
  notice(null);
  const failed = remove();
  sizes.clear();
  $persistence.set('');
  return failed;
}

/** Saved copies: list, read, remove (the module is fetched on demand). */
export async function savedCopies() {
  const { listSnapshots, snapshotText, removeSnapshot, REASON_WORDS } = await import('../lib/workspace/snapshots');
  return {
    list: () => listSnapshots(storage),
    text: (key: string) => snapshotText(storage, key),
    remove: (key: string) => removeSnapshot(storage, key),
    words: REASON_WORDS,
  };
}

/** True when saved copies exist, so the page fetches the list only then. */
export const hasSavedCopies = () => storage.keys().some((k) => k.startsWith(SNAPSHOT_PREFIX));

/** Whether saving is on (false while a newer build's data, or damage with no copy, must be left alone). */
export const canSave = () => writable;

/** Clears the notice once the user has read it. */
export function dismissNotice(): void {
  notice(null);
}
