// Reads the workspace from storage on page load, in either layout: the per-record one
// (record-sync.ts) or the single key of earlier builds. Fetched only when something is
// stored. Never writes: what to keep, migrate or protect is the store's decision.
import { decodeData, decodeWorkspace, repairReferences } from './decode';
import { migrate } from './migrations';
import type { Repair } from './read-workspace';
import {
  LAYOUT_VERSION,
  parseEnvelope,
  recordKey,
  recordVersion,
  type Envelope,
  type MetaData,
} from './record-sync';
import { LEGACY_BACKUP_KEY, LEGACY_KEY, META_KEY, RECORD_PREFIX } from './storage-keys';
import { WORKSPACE_VERSION, type Application, type Workspace } from './schema';

/** The storage calls this module needs. */
export interface LayoutStorage {
  readStored(key: string): string | undefined;
  keys(): string[];
}

/** Marks a dump of the workspace's storage keys, so Restore can read it like a backup. */
export const STORAGE_DUMP_FORMAT = 'follow-up-kit-storage';

/** What was found. */
export type LoadOutcome =
  | { kind: 'empty'; legacyBackup?: string }
  | {
      kind: 'ok';
      workspace: Workspace;
      /** Stored envelopes (per-record layout), so the tab knows each revision. */
      meta: Envelope<MetaData> | null;
      records: Map<string, Envelope<Application>>;
      /** True when it came from the single key and must be written in the new layout. */
      legacy: boolean;
      /**
       * The oldest workspace version it was migrated from, if any: every record is then
       * written again in this version (records of the per-record layout say their own).
       */
      from?: number;
      /** Parts reset or set aside; when any, `original` holds the stored text to keep. */
      repairs: Repair[];
      /** Keys of applications too damaged to read: removed once the copy is kept. */
      setAside?: string[];
      original?: string;
      legacyBackup?: string;
    }
  /** Written by a newer build: nothing may be written; `original` is kept as a copy. */
  | { kind: 'newer'; version: number; original: string; legacyBackup?: string }
  /** Nothing readable: `original` is the text, kept as a copy; the tools start empty. */
  | { kind: 'unreadable'; problem: string; original: string; legacyBackup?: string };

/** Every workspace key and its text, as one JSON text (a copy Restore can read). */
export function dumpStorage(storage: LayoutStorage): string {
  const keys: Record<string, string> = {};
  for (const key of storage.keys()) {
    if (key === META_KEY || key.startsWith(RECORD_PREFIX) || key === LEGACY_KEY)
      keys[key] = storage.readStored(key) ?? '';
  }
  return JSON.stringify({ format: STORAGE_DUMP_FORMAT, keys });
}

/** Reads whatever workspace is stored. Never throws. */
export function readLayout(storage: LayoutStorage): LoadOutcome {
  const legacyBackup = storage.readStored(LEGACY_BACKUP_KEY);
  const extra = legacyBackup ? { legacyBackup } : {};
  const keys = storage.keys();
  const raw = storage.readStored(LEGACY_KEY);
  if (storage.readStored(META_KEY) !== undefined || keys.some((k) => k.startsWith(RECORD_PREFIX))) {
    const outcome = readRecords(storage, keys);
    // A move from the old key that stopped halfway: the rest is still there.
    return { ...(raw && outcome.kind === 'ok' ? withLegacyRest(outcome, raw) : outcome), ...extra };
  }
  if (!raw) return { kind: 'empty', ...extra };
  const result = decodeWorkspace(raw);
  switch (result.kind) {
    case 'empty':
      return { kind: 'empty', ...extra };
    case 'corrupt':
      return {
        kind: 'unreadable',
        problem: 'the stored text is not complete',
        original: raw,
        ...extra,
      };
    case 'wrong-shape':
      return { kind: 'unreadable', problem: result.problem, original: raw, ...extra };
    case 'newer':
      return { kind: 'newer', version: result.version, original: raw, ...extra };
    case 'ok':
      return {
        kind: 'ok',
        workspace: result.workspace,
        meta: null,
        records: new Map(),
        legacy: true,
        repairs: result.repairs,
        ...(result.from ? { from: result.from } : {}),
        ...(result.repairs.length ? { original: raw } : {}),
        ...extra,
      };
  }
}

/** Adds the applications still in the old key to those already moved (the moved copy wins). */
function withLegacyRest(outcome: Extract<LoadOutcome, { kind: 'ok' }>, raw: string): LoadOutcome {
  const rest = decodeWorkspace(raw);
  if (rest.kind !== 'ok') return outcome;
  const moved = new Set(outcome.workspace.applications.map((i) => i.id));
  // Without the shared key, the old one still has the name, settings and order.
  const shared = outcome.meta ? outcome.workspace : rest.workspace;
  const order = outcome.meta?.data.order ?? rest.workspace.applications.map((i) => i.id);
  const all = [
    ...outcome.workspace.applications,
    ...rest.workspace.applications.filter((i) => !moved.has(i.id)),
  ];
  const at = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  all.sort((a, b) => at(a.id) - at(b.id));
  const repairs = [
    ...outcome.repairs.filter((r) => outcome.meta || r.path !== 'profile'),
    ...rest.repairs,
  ];
  // The shared key names the current application even when it has not moved yet.
  const currentId =
    outcome.meta && typeof outcome.meta.data.currentId === 'string'
      ? outcome.meta.data.currentId
      : rest.workspace.currentId;
  const workspace = repairReferences({ ...shared, currentId, applications: all });
  const { original, ...rest2 } = outcome;
  const from = Math.min(outcome.from ?? WORKSPACE_VERSION, rest.from ?? WORKSPACE_VERSION);
  return {
    ...rest2,
    workspace,
    legacy: true,
    repairs,
    ...(from < WORKSPACE_VERSION ? { from } : {}),
    ...(repairs.length && original !== undefined ? { original } : {}),
  };
}

/**
 * One stored record brought to this version: a record of the per-record layout says its
 * own version (Envelope.v; absent: 4). Returns the data (still to be checked by the
 * reader), or 'newer' for a record a newer build wrote.
 */
function recordData(envelope: Envelope<unknown>): unknown {
  const version = recordVersion(envelope);
  if (version === WORKSPACE_VERSION) return envelope.data;
  // Before v5 a record was an interview, from v5 on an application.
  const migrated = migrate(
    version < 5
      ? { version, interviews: [envelope.data] }
      : { version, applications: [envelope.data] },
  );
  if (migrated.kind === 'newer') return 'newer';
  // A version no build ever gave a record: read as this version, for the reader to check.
  return migrated.kind === 'migrated'
    ? (migrated.data.applications as unknown[])[0]
    : envelope.data;
}

/**
 * Reads the per-record layout: the shared key, then each application in its order, then
 * any the order lost. Each record is migrated from its own version, so a move to a new
 * version cut short (some records written in it, some not) reads whole.
 */
export function readRecords(storage: LayoutStorage, keys: readonly string[]): LoadOutcome {
  const meta = parseEnvelope<MetaData>(storage.readStored(META_KEY));
  const repairs: Repair[] = [];
  if (meta && (meta.data.layout > LAYOUT_VERSION || meta.data.version > WORKSPACE_VERSION)) {
    return { kind: 'newer', version: meta.data.version, original: dumpStorage(storage) };
  }
  if (!meta)
    repairs.push({
      path: 'profile',
      what: 'your name, settings and the order of the list',
      problem: 'could not be read',
      action: 'default',
    });
  const order = Array.isArray(meta?.data.order)
    ? meta.data.order.filter((id) => typeof id === 'string')
    : [];
  const listed = new Set(order);
  // Applications whose key exists but the order lacks (a write cut short between the two).
  const found = keys
    .filter((k) => k.startsWith(RECORD_PREFIX))
    .map((k) => k.slice(RECORD_PREFIX.length));
  const ids = [...order, ...found.filter((id) => !listed.has(id))];
  const records = new Map<string, Envelope<Application>>();
  const applications: unknown[] = [];
  const setAside: string[] = [];
  let from = WORKSPACE_VERSION;
  for (const id of ids) {
    const raw = storage.readStored(recordKey(id));
    if (raw === undefined) continue; // deleted in another tab between the two writes
    const envelope = parseEnvelope<Application>(raw);
    if (!envelope) {
      repairs.push({
        path: `applications.${applications.length + setAside.length}`,
        problem: 'its stored text is damaged',
        action: 'set-aside',
      });
      setAside.push(recordKey(id));
      continue;
    }
    const data = recordData(envelope);
    if (data === 'newer')
      return {
        kind: 'newer',
        version: recordVersion(envelope),
        original: dumpStorage(storage),
      };
    from = Math.min(from, recordVersion(envelope));
    // One in another generation than the shared key is read all the same (a replace cut
    // short): showing an old application is better than losing one; the next save writes
    // it in the current generation.
    records.set(id, envelope);
    applications.push(data);
  }
  // The shared part: profile, settings and the current id, from the shared key's version.
  const shared = migrate({
    version: meta ? meta.data.version : WORKSPACE_VERSION,
    profile: meta?.data.profile,
    settings: meta?.data.settings,
    currentId: meta?.data.currentId ?? null,
  });
  if (shared.kind === 'migrated') from = Math.min(from, shared.from);
  const result =
    shared.kind === 'current' || shared.kind === 'migrated'
      ? decodeData({ ...shared.data, version: WORKSPACE_VERSION, applications })
      : decodeData({ version: undefined });
  if (result.kind !== 'ok')
    return {
      kind: 'unreadable',
      problem: result.kind === 'wrong-shape' ? result.problem : 'damaged',
      original: dumpStorage(storage),
    };
  const all = [...repairs, ...result.repairs];
  return {
    kind: 'ok',
    workspace: result.workspace,
    meta,
    records,
    legacy: false,
    repairs: all,
    ...(from < WORKSPACE_VERSION ? { from } : {}),
    ...(setAside.length ? { setAside } : {}),
    ...(all.length ? { original: dumpStorage(storage) } : {}),
  };
}
