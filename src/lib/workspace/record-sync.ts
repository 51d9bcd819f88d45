// How the workspace sits in localStorage, and how one tab keeps it in step with the
// stored copy and with other tabs. No DOM: the store hands it a storage and calls it.
//
// Layout: one small key for what is shared (profile, settings, the order of the list)
// and one key per application (what the pages call an interview), each with a revision.
// Saving writes only the applications that changed (found by object identity, since
// every edit is an immutable update), so a keystroke costs the same with 5 or 500.
// Before writing, a tab compares the stored revision with the one it last saw; if
// another tab wrote in between, the two versions are merged field by field
// (three-way-merge.ts) instead of one overwriting the other. A "generation" changes when
// everything is replaced (restore, delete all): a tab that sees another generation drops
// its stale state instead of saving it.
import { mergeThreeWay } from './three-way-merge';
import {
  WORKSPACE_VERSION,
  type Application,
  type PlanSettings,
  type Profile,
  type Workspace,
} from './schema';
import type { StorageProblem } from './guarded-storage';
import { META_KEY, RECORD_PREFIX } from './storage-keys';

export {
  LEGACY_BACKUP_KEY,
  LEGACY_KEY,
  META_KEY,
  RECORD_PREFIX,
  SNAPSHOT_PREFIX,
} from './storage-keys';
/** Version of this layout (not of the workspace's fields, which is WORKSPACE_VERSION). */
export const LAYOUT_VERSION = 2;

/** A stored value with the revision that wrote it. */
export interface Envelope<T> {
  /** Which write made it: "<tab>.<n>"; compared for equality only. */
  rev: string;
  /** The generation it belongs to (see above). */
  gen: string;
  /**
   * The revision this one was made from ('' for a first write). A tab that receives a
   * write whose parent is not the revision it last wrote knows the two tabs wrote at
   * the same moment, each without the other's edit, and merges them.
   */
  parent?: string;
  /**
   * The workspace version of `data`, on records (not on the shared key, whose data
   * says it). Absent: 4, the version the per-record layout began with. Each record says
   * its own, so a move to a new version that stops halfway (the tab closes, storage is
   * full) leaves every record readable: the shared key says the new version first, so
   * older builds leave all of it alone, and each record is migrated by its own version.
   */
  v?: number;
  data: T;
}

/** A record's workspace version (see Envelope.v). */
export const recordVersion = (e: Envelope<unknown>) => e.v ?? 4;
/**
 * A record another build wrote (older or newer): its fields are not this build's, so it
 * is never merged field by field; the tab rereads storage instead (resets), where the
 * loader migrates an older one and leaves a newer one alone.
 */
const otherVersion = (e: Envelope<unknown>) => recordVersion(e) !== WORKSPACE_VERSION;

/** What the shared key holds. */
export interface MetaData {
  /** Layout version; a newer one is left untouched. */
  layout: number;
  /** Workspace version of the fields. */
  version: number;
  profile: Profile;
  settings: PlanSettings;
  currentId: string | null;
  /** Application ids in list order. */
  order: string[];
}

/** The storage calls this module needs (see guarded-storage.ts). */
export interface SyncStorage {
  readStored(key: string): string | undefined;
  write(key: string, value: string | undefined): StorageProblem | null;
}

/** The key of one application. */
export const recordKey = (id: string) => RECORD_PREFIX + id;

/** Parses a stored envelope; null when absent or not one (the reader deals with damage). */
export function parseEnvelope<T>(raw: string | undefined | null): Envelope<T> | null {
  if (!raw) return null;
  try {
    const e: unknown = JSON.parse(raw);
    if (typeof e !== 'object' || e === null) return null;
    const { rev, gen, data } = e as Partial<Record<keyof Envelope<T>, unknown>>;
    return typeof rev === 'string' &&
      typeof gen === 'string' &&
      typeof data === 'object' &&
      data !== null &&
      !Array.isArray(data)
      ? (e as Envelope<T>)
      : null;
  } catch {
    return null;
  }
}

/**
 * The revision and generation of a stored envelope without parsing all of it: the shared
 * key lists every application id, so parsing it whole on each save would cost more the
 * more applications there are. JSON.stringify keeps key order, so they lead the text.
 */
export function envelopeHead(raw: string | undefined): { rev: string; gen: string } | null {
  if (!raw) return null;
  const m = /^\{"rev":"([^"\\]*)","gen":"([^"\\]*)"/.exec(raw);
  if (m) return { rev: m[1] as string, gen: m[2] as string };
  const e = parseEnvelope(raw);
  return e && { rev: e.rev, gen: e.gen };
}

const metaOf = (ws: Workspace): MetaData => ({
  layout: LAYOUT_VERSION,
  version: WORKSPACE_VERSION,
  profile: ws.profile,
  settings: ws.settings,
  currentId: ws.currentId,
  order: ws.applications.map((i) => i.id),
});

const sameOrder = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, n) => id === b[n]);
const sameMeta = (a: MetaData | null, b: MetaData) =>
  a !== null &&
  a.profile === b.profile &&
  a.settings === b.settings &&
  a.currentId === b.currentId &&
  sameOrder(a.order, b.order);

/** What a flush did. */
export interface FlushResult {
  /** The workspace to show: the same object unless another tab's edits were merged in. */
  workspace: Workspace;
  /** Why some change was not saved (it stays pending and is tried again), or null. */
  problem: StorageProblem | null;
  /** True when another tab replaced or deleted everything: drop this tab's state and reload. */
  reset: boolean;
  /** Keys written, for tests and the bench. */
  written: number;
}

/** What a storage event from another tab did. */
export interface RemoteResult {
  workspace: Workspace;
  reset: boolean;
}

/** A random id: tabs and generations. */
export const randomId = () => crypto.randomUUID().slice(0, 8);

/**
 * Keeps one tab's workspace in step with storage. `adopt` takes what was loaded,
 * `flush` saves what changed, `remote` takes in another tab's write.
 */
export class RecordSync {
  /** The stored envelope this tab last saw, per application id. */
  private base = new Map<string, Envelope<Application>>();
  /** The previous stored envelope per id: the common ancestor when two tabs write at once. */
  private previous = new Map<string, Envelope<Application>>();
  /** Per id, the application object that equals what is stored (identity = in sync). */
  private synced = new Map<string, Application>();
  private baseMeta: Envelope<MetaData> | null = null;
  private syncedMeta: MetaData | null = null;
  private count = 0;
  /** The generation this tab works in; '' until something is stored. */
  gen = '';

  constructor(
    private readonly storage: SyncStorage,
    private readonly tab = randomId(),
  ) {}

  private nextRev() {
    return `${this.tab}.${++this.count}`;
  }

  /** True when `theirs` was written from the same parent as this tab's last write of `id`: each lacks the other's edit. */
  private concurrent(id: string, theirs: Envelope<Application>): boolean {
    const seen = this.base.get(id);
    const before = this.previous.get(id);
    return (
      !!seen &&
      !!before &&
      theirs.parent !== undefined &&
      theirs.parent !== seen.rev &&
      theirs.parent === before.rev
    );
  }

  /**
   * What to keep of an application that another tab also wrote: this tab's edits not yet
   * saved win; of two saved at the same moment, theirs (stored later) wins where both
   * changed a field; everything either changed alone is kept.
   */
  private resolve(id: string, mine: Application, theirs: Envelope<Application>): Application {
    const seen = this.base.get(id);
    const before = this.previous.get(id);
    if (seen && before && this.concurrent(id, theirs)) {
      const saved = mergeThreeWay(before.data, theirs.data, seen.data);
      return mergeThreeWay(seen.data, mine, saved);
    }
    return mergeThreeWay(seen?.data, mine, theirs.data);
  }

  /** Takes a loaded workspace as in step with the stored envelopes it came from. */
  adopt(
    ws: Workspace,
    meta: Envelope<MetaData> | null,
    records: ReadonlyMap<string, Envelope<Application>>,
  ): void {
    this.base = new Map(records);
    // An application stored in another generation than the shared key (or with no shared
    // key at all, after damage) is written again at the next save, in this one: a later
    // load must find them all in one generation.
    this.synced = new Map(
      ws.applications
        .filter((i) => meta && records.get(i.id)?.gen === meta.gen)
        .map((i) => [i.id, i]),
    );
    this.baseMeta = meta;
    this.syncedMeta = meta ? metaOf(ws) : null;
    this.gen = meta?.gen ?? '';
  }

  /** True when `ws` has changes not yet saved. */
  pending(ws: Workspace): boolean {
    return (
      !sameMeta(this.syncedMeta, metaOf(ws)) ||
      ws.applications.some((i) => this.synced.get(i.id) !== i) ||
      this.synced.size !== ws.applications.length
    );
  }

  /** Saves what changed since the last flush, merging with other tabs' writes. */
  flush(ws: Workspace): FlushResult {
    const storedMeta = envelopeHead(this.storage.readStored(META_KEY));
    // Another tab deleted or replaced everything: this tab's state is stale. (Only once a
    // shared key was seen stored: with storage unusable, nothing ever reads back.) A
    // shared key of another generation that is still the one this tab last saw is this
    // tab's own replace not yet written (storage was full): it carries on.
    if (
      this.baseMeta &&
      (!storedMeta || (storedMeta.gen !== this.gen && storedMeta.rev !== this.baseMeta.rev))
    ) {
      return { workspace: ws, problem: null, reset: true, written: 0 };
    }
    if (!this.gen) this.gen = storedMeta?.gen ?? randomId();
    let problem: StorageProblem | null = null;
    let written = 0;
    const applications: Application[] = [];
    let merged = false;
    for (const mine of ws.applications) {
      if (this.synced.get(mine.id) === mine) {
        applications.push(mine);
        continue;
      }
      const key = recordKey(mine.id);
      const stored = parseEnvelope<Application>(this.storage.readStored(key));
      const seen = this.base.get(mine.id);
      if (stored && stored.rev !== seen?.rev && otherVersion(stored))
        return { workspace: ws, problem, reset: true, written };
      let next = mine;
      if (stored && stored.rev !== seen?.rev) {
        next = this.resolve(mine.id, mine, stored);
        // What is shown now includes theirs, even if the write below fails: theirs is
        // the base from here on, or a later merge would undo their edit.
        this.base.set(mine.id, stored);
      }
      const parent = this.base.get(mine.id);
      const envelope: Envelope<Application> = {
        rev: this.nextRev(),
        gen: this.gen,
        parent: parent?.rev ?? '',
        v: WORKSPACE_VERSION,
        data: next,
      };
      const failed = this.storage.write(key, JSON.stringify(envelope));
      written++;
      if (failed) problem = failed;
      else {
        if (parent) this.previous.set(mine.id, parent);
        this.base.set(mine.id, envelope);
        this.synced.set(mine.id, next);
      }
      if (next !== mine) merged = true;
      applications.push(next);
    }
    // Applications deleted here: remove their keys, unless another tab changed one since.
    // (Also those known stored but never written by this tab: a replace cut short.)
    const ids = new Set(ws.applications.map((i) => i.id));
    for (const id of new Set([...this.synced.keys(), ...this.base.keys()])) {
      if (ids.has(id)) continue;
      const stored = parseEnvelope<Application>(this.storage.readStored(recordKey(id)));
      if (stored && stored.rev !== this.base.get(id)?.rev) {
        if (otherVersion(stored)) return { workspace: ws, problem, reset: true, written };
        applications.push(stored.data);
        this.base.set(id, stored);
        this.synced.set(id, stored.data);
        merged = true;
        continue;
      }
      if (!stored) {
        this.base.delete(id);
        this.synced.delete(id);
        continue;
      }
      const failed = this.storage.write(recordKey(id), undefined);
      written++;
      if (failed) problem = failed;
      else {
        this.base.delete(id);
        this.synced.delete(id);
      }
    }
    let out: Workspace = merged ? { ...ws, applications } : ws;
    const meta = metaOf(out);
    if (!sameMeta(this.syncedMeta, meta)) {
      let data = meta;
      const theirs =
        storedMeta && storedMeta.rev !== this.baseMeta?.rev
          ? parseEnvelope<MetaData>(this.storage.readStored(META_KEY))
          : null;
      if (theirs) {
        // With no base (this tab never saw the stored one), keep every application either lists.
        data = mergeThreeWay(this.baseMeta?.data ?? { ...meta, order: [] }, meta, theirs.data);
        out = withMeta(out, data);
        this.baseMeta = theirs;
      }
      const envelope: Envelope<MetaData> = { rev: this.nextRev(), gen: this.gen, data };
      const failed = this.storage.write(META_KEY, JSON.stringify(envelope));
      written++;
      if (failed) problem = failed;
      else {
        this.baseMeta = envelope;
        this.syncedMeta = metaOf(out);
      }
    }
    return { workspace: out, problem, reset: false, written };
  }

  /**
   * Takes in another tab's write of `key` (a storage event). Edits this tab has not
   * saved yet are merged with it, never thrown away; they are saved at the next flush.
   */
  remote(ws: Workspace, key: string, _newValue?: string | null): RemoteResult {
    // Events can arrive late, after a newer write (even this tab's own): what is stored
    // now is what counts, not the value the event carries.
    const newValue = this.storage.readStored(key) ?? null;
    if (key === META_KEY) {
      const theirs = parseEnvelope<MetaData>(newValue);
      if (
        !theirs ||
        (this.gen && theirs.gen !== this.gen) ||
        theirs.data.version !== WORKSPACE_VERSION
      )
        return { workspace: ws, reset: true };
      if (theirs.rev === this.baseMeta?.rev) return { workspace: ws, reset: false };
      this.gen = theirs.gen;
      const mine = metaOf(ws);
      const data = sameMeta(this.syncedMeta, mine)
        ? theirs.data
        : mergeThreeWay(this.baseMeta?.data, mine, theirs.data);
      const inSync = data === theirs.data;
      this.baseMeta = theirs;
      const out = withMeta(ws, data);
      if (inSync) this.syncedMeta = metaOf(out);
      return { workspace: out, reset: false };
    }
    if (!key.startsWith(RECORD_PREFIX)) return { workspace: ws, reset: false };
    const id = key.slice(RECORD_PREFIX.length);
    const mine = ws.applications.find((i) => i.id === id);
    const theirs = parseEnvelope<Application>(newValue);
    if (!theirs && newValue !== null) {
      // Damaged in storage (not by a tab of this kit): this tab's copy is good; save it again.
      if (mine) this.synced.delete(id);
      return { workspace: ws, reset: false };
    }
    if (!theirs) {
      // Deleted there. Kept here only if this tab has unsaved edits to it.
      if (!mine || this.synced.get(id) !== mine) return { workspace: ws, reset: false };
      const metaInSync = sameMeta(this.syncedMeta, metaOf(ws));
      this.base.delete(id);
      this.synced.delete(id);
      const out = { ...ws, applications: ws.applications.filter((i) => i.id !== id) };
      // The other tab saves the shorter list itself: nothing for this tab to save.
      if (metaInSync) this.syncedMeta = metaOf(out);
      return { workspace: out, reset: false };
    }
    // Another generation is being written (a restore in the other tab): its shared key
    // comes last, and that is when this tab reloads, with every application in place.
    if (this.gen && theirs.gen !== this.gen) return { workspace: ws, reset: false };
    const seen = this.base.get(id);
    if (theirs.rev === seen?.rev) return { workspace: ws, reset: false };
    if (otherVersion(theirs)) return { workspace: ws, reset: true };
    const unsaved =
      mine !== undefined && (this.synced.get(id) !== mine || this.concurrent(id, theirs));
    const next = unsaved ? this.resolve(id, mine, theirs) : theirs.data;
    this.base.set(id, theirs);
    // Saved at the next flush when it holds anything theirs lacks.
    if (unsaved) this.synced.delete(id);
    else this.synced.set(id, next);
    const metaInSync = sameMeta(this.syncedMeta, metaOf(ws));
    const applications = mine
      ? ws.applications.map((i) => (i.id === id ? next : i))
      : [...ws.applications, next];
    const out = { ...ws, applications };
    // A new application from the other tab: that tab saves the longer list itself.
    if (!mine && metaInSync) this.syncedMeta = metaOf(out);
    return { workspace: out, reset: false };
  }

  /**
   * Starts a new generation holding `ws`: writes the shared key (other tabs see the new
   * generation and reload instead of saving over it) and takes `ws` as in step, with no
   * application written yet. Follow with writeRecord for each. Returns the problem, or null.
   */
  startGeneration(ws: Workspace): StorageProblem | null {
    const before = parseEnvelope<MetaData>(this.storage.readStored(META_KEY));
    // What is stored under each application's key now: if a write below fails, the next
    // save overwrites it (same revision: no merge) or, if deleted meanwhile, removes it.
    const records = new Map<string, Envelope<Application>>();
    for (const i of ws.applications) {
      const old = parseEnvelope<Application>(this.storage.readStored(recordKey(i.id)));
      if (old) records.set(i.id, old);
    }
    const gen = randomId();
    const meta = { rev: this.nextRev(), gen, data: metaOf(ws) };
    const problem = this.storage.write(META_KEY, JSON.stringify(meta));
    this.adopt(ws, problem ? null : meta, records);
    this.gen = gen;
    this.synced.clear();
    // Unwritten, the stored shared key is still the old one: remember it, so the next
    // save can tell its own unfinished replace from another tab's.
    if (problem) this.baseMeta = before;
    return problem;
  }

  /** Writes one application in the current generation; null when saved. */
  writeRecord(i: Application): StorageProblem | null {
    const envelope = {
      rev: this.nextRev(),
      gen: this.gen,
      parent: this.base.get(i.id)?.rev ?? '',
      v: WORKSPACE_VERSION,
      data: i,
    };
    const problem = this.storage.write(recordKey(i.id), JSON.stringify(envelope));
    if (!problem) {
      this.base.set(i.id, envelope);
      this.synced.set(i.id, i);
    }
    return problem;
  }

  /**
   * Replaces everything stored with `ws` in a new generation (restore, replace, undo).
   * Returns the first problem, or null.
   */
  replaceAll(ws: Workspace, existingKeys: readonly string[]): StorageProblem | null {
    const ids = new Set(ws.applications.map((i) => i.id));
    const before = parseEnvelope<MetaData>(this.storage.readStored(META_KEY));
    // Old applications go first, to make room; then the new ones; the shared key last, so
    // another tab sees the new generation only once every application of it is stored.
    let problem: StorageProblem | null = null;
    for (const key of existingKeys)
      if (key.startsWith(RECORD_PREFIX) && !ids.has(key.slice(RECORD_PREFIX.length)))
        problem ??= this.storage.write(key, undefined);
    const records = new Map<string, Envelope<Application>>();
    for (const i of ws.applications) {
      const old = parseEnvelope<Application>(this.storage.readStored(recordKey(i.id)));
      if (old) records.set(i.id, old);
    }
    this.adopt(ws, null, records);
    this.synced.clear();
    this.gen = randomId();
    for (const i of ws.applications) problem ??= this.writeRecord(i);
    const meta = { rev: this.nextRev(), gen: this.gen, data: metaOf(ws) };
    const failed = problem ?? this.storage.write(META_KEY, JSON.stringify(meta));
    if (failed) {
      // Still the old shared key: the next save tells this unfinished replace from another tab's.
      this.baseMeta = before;
      return failed;
    }
    this.baseMeta = meta;
    this.syncedMeta = metaOf(ws);
    return null;
  }

  /** Forgets everything (after "delete all" here or in another tab). */
  /**
   * Forgets everything, taking `ws` (the emptied workspace) as what is stored: after
   * "delete all" nothing is written back until the user adds something.
   */
  clear(ws: Workspace): void {
    this.adopt(ws, null, new Map());
    this.previous.clear();
    this.syncedMeta = metaOf(ws);
  }
}

/** The workspace with the shared part from `meta`: its profile, settings, current id and order. */
function withMeta(ws: Workspace, meta: MetaData): Workspace {
  const byId = new Map(ws.applications.map((i) => [i.id, i]));
  const ordered = meta.order
    .map((id) => byId.get(id))
    .filter((i): i is Application => i !== undefined);
  // Applications this tab has that the order does not list yet (just added here) keep their place at the end.
  const listed = new Set(meta.order);
  for (const i of ws.applications) if (!listed.has(i.id)) ordered.push(i);
  return {
    ...ws,
    profile: meta.profile,
    settings: meta.settings,
    currentId: meta.currentId,
    applications: ordered,
  };
}
