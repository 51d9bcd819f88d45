/** Why the last write did not reach the browser's storage. */
export type StorageProblem = 'unavailable' | 'quota' | 'read-only';

/** The slice of the Web Storage API this module needs; tests pass a fake. */
export interface StorageBackend {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Reports each write's outcome: null when it was saved. */
export type WriteReporter = (key: string, problem: StorageProblem | null) => void;

/** True for the several ways browsers name a full storage. */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && !(typeof DOMException !== 'undefined' && error instanceof DOMException)) return false;
  const e = error as { name?: string; code?: number };
  return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014;
}

/**
 * A storage engine for @nanostores/persistent (which reads and writes it like a plain
 * object) that never throws. Reads and writes go to the backend when it works and to
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

  const write = (key: string, value: string | undefined): void => {
    if (value === undefined) memory.delete(key);
    else memory.set(key, value);
    if (readOnly.has(key)) return report(key, 'read-only');
    if (!backend) return report(key, 'unavailable');
    try {
      if (value === undefined) backend.removeItem(key);
      else backend.setItem(key, value);
      report(key, null);
    } catch (error) {
      report(key, isQuotaError(error) ? 'quota' : 'unavailable');
    }
  };

  // Typed as a plain string record because that is what @nanostores/persistent expects;
  // absent keys read as undefined at run time, which the library checks with `in`.
  const engine = new Proxy({} as Record<string, string>, {
    get: (_t, key) => (typeof key === 'string' ? read(key) : undefined),
    has: (_t, key) => typeof key === 'string' && read(key) !== undefined,
    set: (_t, key, value) => {
      if (typeof key === 'string') write(key, String(value));
      return true;
    },
    deleteProperty: (_t, key) => {
      if (typeof key === 'string') write(key, undefined);
      return true;
    },
  });

  return {
    /** The object to hand to setPersistentEngine. */
    engine,
    /** Whether the browser's storage is usable at all. */
    available: () => backend !== null,
    /** Never write this key again in this session (until unprotected). */
    protect: (key: string) => readOnly.add(key),
    /** Allows writes to a protected key again. */
    unprotect: (key: string) => readOnly.delete(key),
    /** Reads a key (undefined when absent). */
    read,
    /** Writes a key, reporting the outcome like any other write. */
    write,
  };
}

/** The guarded storage, as created by createGuardedStorage. */
export type GuardedStorage = ReturnType<typeof createGuardedStorage>;
