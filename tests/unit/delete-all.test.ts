import { describe, expect, it } from 'vitest';
import { KEPT_KEYS, USER_DATA_KEYS, deleteAllData } from '../../src/lib/backup/delete-all';
import { META_KEY, RECORD_PREFIX, SNAPSHOT_PREFIX } from '../../src/lib/workspace/record-sync';

/** An in-memory Storage; `fail` makes chosen methods throw (or ignore) for chosen keys. */
class FakeStorage implements Storage {
  readonly items = new Map<string, string>();
  constructor(
    entries: Record<string, string> = {},
    private readonly fail: { remove?: string[]; ignoreRemove?: string[]; key?: boolean } = {},
  ) {
    for (const [k, v] of Object.entries(entries)) this.items.set(k, v);
  }
  get length() {
    return this.items.size;
  }
  key(index: number) {
    if (this.fail.key) throw new DOMException('denied', 'SecurityError');
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    if (this.fail.remove?.includes(key)) throw new DOMException('denied', 'SecurityError');
    if (!this.fail.ignoreRemove?.includes(key)) this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
}

const everything = {
  'fuk-workspace': '{"version":4}',
  'fuk-workspace-backup': '{broken',
  'fuk-message-check': '{"text":"Dear Priya"}',
  'fuk-future-feature': 'x',
  'fuk-theme': 'dark',
  'other-site': 'keep me',
};

/** What the per-interview layout (record-sync.ts) and kept copies (snapshots.ts) leave in storage. */
const recordLayout = {
  [META_KEY]: '{"rev":"t.1","gen":"g","data":{}}',
  [`${RECORD_PREFIX}iv-1`]: '{"rev":"t.2","gen":"g","data":{}}',
  [`${RECORD_PREFIX}iv-2`]: '{"rev":"t.3","gen":"g","data":{}}',
  [`${SNAPSHOT_PREFIX}2026-12-05T10:00:00.000Z-ab12`]: '{"reason":"repaired"}\n…',
  'fuk-persist': 'granted',
  'fuk-theme': 'light',
  'other-site': 'keep me',
};

describe('USER_DATA_KEYS', () => {
  it('lists the keys that hold user data, and not the theme', () => {
    expect(USER_DATA_KEYS).toEqual(
      expect.arrayContaining(['fuk-message-check', 'fuk-workspace', 'fuk-workspace-backup']),
    );
    for (const key of USER_DATA_KEYS) expect(key).toMatch(/^fuk-/);
    expect(USER_DATA_KEYS).not.toContain('fuk-theme');
    expect(KEPT_KEYS).toEqual(['fuk-theme']);
  });
});

describe('deleteAllData', () => {
  it('removes every fuk- key but the theme, and nothing of anyone else', () => {
    const storage = new FakeStorage(everything);
    const result = deleteAllData(() => storage);
    expect(result.failed).toEqual([]);
    expect([...result.removed].sort()).toEqual([
      'fuk-future-feature',
      'fuk-message-check',
      'fuk-workspace',
      'fuk-workspace-backup',
    ]);
    expect(Object.fromEntries(storage.items)).toEqual({
      'fuk-theme': 'dark',
      'other-site': 'keep me',
    });
  });
  it('reports only keys that were there', () => {
    const storage = new FakeStorage({ 'fuk-workspace': '{}' });
    expect(deleteAllData(() => storage)).toEqual({ removed: ['fuk-workspace'], failed: [] });
    expect(deleteAllData(() => storage)).toEqual({ removed: [], failed: [] });
  });
  it('does not throw when storage cannot be reached, and says the data may still be there', () => {
    const result = deleteAllData(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(result).toEqual({ removed: [], failed: [...USER_DATA_KEYS] });
  });
  it('reports a key that could not be removed, and removes the others', () => {
    const storage = new FakeStorage(everything, {
      remove: ['fuk-workspace'],
      ignoreRemove: ['fuk-message-check'],
    });
    const result = deleteAllData(() => storage);
    expect([...result.failed].sort()).toEqual(['fuk-message-check', 'fuk-workspace']);
    expect([...result.removed].sort()).toEqual(['fuk-future-feature', 'fuk-workspace-backup']);
  });
  it('removes the per-interview layout and every kept copy, and keeps the theme', () => {
    const storage = new FakeStorage(recordLayout);
    const result = deleteAllData(() => storage);
    expect(result.failed).toEqual([]);
    expect([...result.removed].sort()).toEqual(
      Object.keys(recordLayout)
        .filter((k) => k.startsWith('fuk-') && k !== 'fuk-theme')
        .sort(),
    );
    expect(Object.fromEntries(storage.items)).toEqual({
      'fuk-theme': 'light',
      'other-site': 'keep me',
    });
  });
  // Another tab rereads storage when the shared key goes; removed first, it reread a half
  // deletion and went on showing the interviews (the flaky two-tab "delete all" e2e).
  it('removes the shared key last, after every record', () => {
    const storage = new FakeStorage(recordLayout);
    const result = deleteAllData(() => storage);
    expect(result.removed.at(-1)).toBe(META_KEY);
    expect(result.removed.indexOf(`${RECORD_PREFIX}iv-2`)).toBeLessThan(
      result.removed.indexOf(META_KEY),
    );
  });
  it('removes both layouts when a move from the old single key stopped halfway', () => {
    const storage = new FakeStorage({ ...everything, ...recordLayout });
    deleteAllData(() => storage);
    expect([...storage.items.keys()].filter((k) => k.startsWith('fuk-'))).toEqual(['fuk-theme']);
  });
  // USER_DATA_KEYS named only the old single key, so when the browser would not list keys
  // the workspace's shared key "fuk-ws" stayed, and the tools (and other tabs) kept showing
  // the interviews after "delete all". Found by this test; fixed in 7e70bd7.
  it('removes the workspace’s shared key even when the list of keys cannot be read', () => {
    expect(USER_DATA_KEYS).toContain(META_KEY);
    const storage = new FakeStorage(recordLayout, { key: true });
    deleteAllData(() => storage);
    expect(storage.items.has(META_KEY)).toBe(false);
  });
  it('still removes the known keys when the list of keys cannot be read', () => {
    const storage = new FakeStorage(everything, { key: true });
    const result = deleteAllData(() => storage);
    expect([...result.removed].sort()).toEqual([
      'fuk-message-check',
      'fuk-workspace',
      'fuk-workspace-backup',
    ]);
    expect(storage.items.has('fuk-theme')).toBe(true);
  });
});
