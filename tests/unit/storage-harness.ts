// A shared, in-memory localStorage for tests of the per-interview layout, with tabs that
// each keep their own workspace and RecordSync over it, and the storage events a browser
// would send the other tabs (queued, so a test delivers them when it likes: at once, late,
// or in any order). Faults: the next N writes refused as over quota, or writes that
// silently do nothing (a full storage that refuses quietly).
import type { StorageProblem } from '../../src/lib/workspace/guarded-storage';
import { readLayout, type LoadOutcome } from '../../src/lib/workspace/read-layout';
import { RecordSync, type FlushResult } from '../../src/lib/workspace/record-sync';
import { emptyWorkspace, type Workspace } from '../../src/lib/workspace/schema';

/** A storage event waiting for its tab. */
export interface PendingEvent {
  to: string;
  key: string;
  newValue: string | null;
}

/** What one tab sees of the shared storage: it tags its writes so the other tabs get events. */
export interface StorageView {
  readStored(key: string): string | undefined;
  keys(): string[];
  write(key: string, value: string | undefined): StorageProblem | null;
}

export class SharedStorage {
  readonly data = new Map<string, string>();
  /** Every write asked for, in order, with the problem reported to the caller. */
  readonly attempts: {
    tab: string;
    key: string;
    value: string | undefined;
    problem: StorageProblem | null;
  }[] = [];
  /** Every write that reached storage, in order: [tab, key, value]. */
  readonly log: [string, string, string | undefined][] = [];
  /** Storage events not yet delivered, per tab, in the order they were sent. */
  readonly pending: PendingEvent[] = [];
  private readonly tabs = new Set<string>();
  /** The next this many writes throw QuotaExceededError (nothing is written). */
  quotaFor = 0;
  /** Writes return no problem but store nothing. */
  silent = false;

  constructor(entries: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(entries)) this.data.set(k, v);
  }

  /** The storage as `tab` sees it; the tab receives events for other tabs' writes. */
  view(tab: string): StorageView {
    this.tabs.add(tab);
    return {
      readStored: (key) => this.data.get(key),
      keys: () => [...this.data.keys()],
      write: (key, value) => this.write(tab, key, value),
    };
  }

  /** Stops sending events to a tab (it was closed or reloaded). */
  close(tab: string): void {
    this.tabs.delete(tab);
    for (let i = this.pending.length - 1; i >= 0; i--)
      if (this.pending[i]!.to === tab) this.pending.splice(i, 1);
  }

  write(tab: string, key: string, value: string | undefined): StorageProblem | null {
    const problem = this.store(tab, key, value);
    this.attempts.push({ tab, key, value, problem });
    return problem;
  }

  private store(tab: string, key: string, value: string | undefined): StorageProblem | null {
    if (value !== undefined && this.quotaFor > 0) {
      this.quotaFor--;
      return 'quota';
    }
    if (this.silent) return null;
    const old = this.data.get(key);
    if (value === undefined) this.data.delete(key);
    else this.data.set(key, value);
    this.log.push([tab, key, value]);
    // Browsers send no event when nothing changed.
    if (old !== value)
      for (const other of this.tabs)
        if (other !== tab) this.pending.push({ to: other, key, newValue: value ?? null });
    return null;
  }

  /** A plain reader of what is stored, for readLayout without a tab. */
  reader() {
    return { readStored: (key: string) => this.data.get(key), keys: () => [...this.data.keys()] };
  }

  /** Takes the pending events for one tab (all, or the first n). */
  take(tab: string, n = Infinity): PendingEvent[] {
    const out: PendingEvent[] = [];
    for (let i = 0; i < this.pending.length && out.length < n;) {
      if (this.pending[i]!.to === tab) out.push(...this.pending.splice(i, 1));
      else i++;
    }
    return out;
  }
}

let tabCount = 0;

/** One open page: its workspace in memory and its RecordSync, as the store keeps them. */
export class Tab {
  ws: Workspace = emptyWorkspace();
  sync!: RecordSync;
  view!: StorageView;
  /** Its id this page load (a reload is a new page, with a new id). */
  id = '';
  /** What the last load found. */
  loaded!: LoadOutcome;
  resets = 0;

  constructor(
    readonly name: string,
    readonly storage: SharedStorage,
  ) {
    this.reload();
  }

  /** A new page load: forgets everything in memory and reads what is stored. */
  reload(): LoadOutcome {
    if (this.id) this.storage.close(this.id);
    this.id = `${this.name}${++tabCount}`;
    this.view = this.storage.view(this.id);
    this.sync = new RecordSync(this.view, this.id);
    this.loaded = readLayout(this.view);
    if (this.loaded.kind === 'ok') {
      this.sync.adopt(this.loaded.workspace, this.loaded.meta, this.loaded.records);
      this.ws = this.loaded.workspace;
    } else this.ws = emptyWorkspace();
    return this.loaded;
  }

  edit(fn: (ws: Workspace) => Workspace): void {
    this.ws = fn(this.ws);
  }

  /** Saves as the store does; on a reset (another tab replaced everything) reads again. */
  flush(): FlushResult {
    const result = this.sync.flush(this.ws);
    if (result.reset) {
      this.resets++;
      this.reload();
    } else this.ws = result.workspace;
    return result;
  }

  /** Delivers this tab's pending storage events (all, or the first n). */
  deliver(n = Infinity): void {
    for (const e of this.storage.take(this.id, n)) this.receive(e.key, e.newValue);
  }

  receive(key: string, newValue: string | null): void {
    const result = this.sync.remote(this.ws, key, newValue);
    if (result.reset) {
      this.resets++;
      this.reload();
    } else this.ws = result.workspace;
  }
}

/** What is stored, read as a fresh page would. */
export function stored(storage: SharedStorage): Workspace | null {
  const out = readLayout(storage.reader());
  return out.kind === 'ok' ? out.workspace : null;
}
