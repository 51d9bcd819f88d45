import { isQuotaError } from './quota-error';
/** Why the last write did not reach the browser's storage. */
export type StorageProblem = 'unavailable' | 'quota' | 'read-only';

/** The slice of the Web Storage API this module needs; tests pass a fake. */
export interface StorageBackend {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** How many keys there are, and the nth (as Web Storage has them), to list snapshots. */
  readonly length: number;
  key(index: number): string | null;
}

/** Reports each write's outcome: null when it was saved. */
export type WriteReporter = (key: string, problem: StorageProblem | null) => void;

/**
 * Access to localStorage that never throws. Reads and writes go to the backend when it works and to
 * memory when it does not, so the tools keep working for the session; every write is
 * reported so the page can say "not saved" instead of losing work silently. Keys marked
 * read-only (data from a newer build) are never overwritten.
 */
export function createGuardedStorage(getBackend: () => StorageBackend, report: WriteReporter) {
  const memory = new Map<string, string>();
  const readOnly = new Set<string>();
  let backend: StorageBackend | null = null;
  try {
    backend = getBackend();
    // Some browsers expose localStorage but throw on first use (private modes, policies).
    backend.getItem('__probe__');
  } catch {
    backend = null;
  }

  const read = (key: string): string | undefined => {
    if (backend) {
      try {
        const value = backend.getItem(key);
        if (value !== null) return value;
        return memory.get(key);
      } catch {
        backend = null;
      }
    }
    return memory.get(key);
  };

  /**
   * What the browser's storage really holds, never the memory fallback: a copy counts as
   * kept only when it reads back from here.
   */
  const readStored = (key: string): string | undefined => {
    try {
      return backend?.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  };

  /** Every key in the browser's storage (none when it is unusable). */
  const keys = (): string[] => {
    const out: string[] = [];
    try {
      if (backend) for (let i = 0; i < backend.length; i++) out.push(backend.key(i) ?? '');
    } catch {
      // A partial list is still useful: callers only look for their own prefixes.
    }
    return out.filter(Boolean);
  };

  /** Writes a key; returns the problem, or null when the browser's storage has it. */
  const write = (key: string, value: string | undefined): StorageProblem | null => {
    if (value === undefined) memory.delete(key);
    else memory.set(key, value);
    let problem: StorageProblem | null = null;
    if (readOnly.has(key)) problem = 'read-only';
    else if (!backend) problem = 'unavailable';
    else
      try {
        if (value === undefined) backend.removeItem(key);
        else backend.setItem(key, value);
      } catch (error) {
        problem = isQuotaError(error) ? 'quota' : 'unavailable';
      }
    report(key, problem);
    return problem;
  };

  return {
    /** Whether the browser's storage is usable at all. */
    available: () => backend !== null,
    /** Never write this key again in this session (until unprotected). */
    protect: (key: string) => readOnly.add(key),
    /** Allows writes to a protected key again. */
    unprotect: (key: string) => readOnly.delete(key),
    /** Reads a key (undefined when absent). */
    read,
    readStored,
    keys,
    /** Writes a key, reporting the outcome like any other write. */
    write,
  };
}

/** The guarded storage, as created by createGuardedStorage. */
export type GuardedStorage = ReturnType<typeof createGuardedStorage>;
