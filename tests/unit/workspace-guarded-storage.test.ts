import { describe, expect, it } from 'vitest';
import { isQuotaError } from '../../src/lib/workspace/quota-error';
import {
  createGuardedStorage,
  type StorageBackend,
  type StorageProblem,
} from '../../src/lib/workspace/guarded-storage';

class FakeStorage implements StorageBackend {
  data = new Map<string, string>();
  full = false;
  broken = false;
  /** key(i) throws from this index on (a browser that lists keys only partly). */
  keyFailsFrom = Infinity;
  get length() {
    if (this.broken) throw new Error('SecurityError');
    return this.data.size;
  }
  key(i: number) {
    if (this.broken || i >= this.keyFailsFrom) throw new Error('SecurityError');
    return [...this.data.keys()][i] ?? null;
  }
  getItem(k: string) {
    if (this.broken) throw new Error('SecurityError');
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.broken) throw new Error('SecurityError');
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

const setup = (backend: () => StorageBackend) => {
  const reports: [string, StorageProblem | null][] = [];
  const s = createGuardedStorage(backend, (k, p) => reports.push([k, p]));
  return { s, reports };
};

describe('createGuardedStorage', () => {
  it('reads and writes through to working storage, and reports each write', () => {
    const fake = new FakeStorage();
    const { s, reports } = setup(() => fake);
    expect(s.available()).toBe(true);
    expect(s.write('a', '1')).toBeNull();
    expect(fake.data.get('a')).toBe('1');
    expect(s.read('a')).toBe('1');
    expect(s.readStored('a')).toBe('1');
    expect(s.keys()).toEqual(['a']);
    expect(s.write('a', undefined)).toBeNull();
    expect(fake.data.has('a')).toBe(false);
    expect(s.read('a')).toBeUndefined();
    expect(s.readStored('a')).toBeUndefined();
    expect(s.keys()).toEqual([]);
    expect(reports).toEqual([
      ['a', null],
      ['a', null],
    ]);
  });
  it('reads what another tab wrote straight from storage', () => {
    const fake = new FakeStorage();
    const { s } = setup(() => fake);
    fake.data.set('k', 'from another tab');
    expect(s.read('k')).toBe('from another tab');
    expect(s.readStored('k')).toBe('from another tab');
    expect(s.keys()).toEqual(['k']);
  });
  it('keeps working in memory when storage is unavailable, says so, and never claims memory is stored', () => {
    const { s, reports } = setup(() => {
      throw new Error('localStorage is not available');
    });
    expect(s.available()).toBe(false);
    expect(s.write('k', 'v')).toBe('unavailable');
    expect(s.read('k')).toBe('v');
    // A copy counts as kept only when it reads back from the browser's storage: memory is not that.
    expect(s.readStored('k')).toBeUndefined();
    expect(s.keys()).toEqual([]);
    expect(reports).toEqual([['k', 'unavailable']]);
  });
  it('on a full storage returns quota, keeps the stored text as it was, and saves again once there is room', () => {
    const fake = new FakeStorage();
    const { s, reports } = setup(() => fake);
    fake.data.set('k', 'old');
    fake.full = true;
    expect(s.write('k', 'new')).toBe('quota');
    expect(reports.at(-1)).toEqual(['k', 'quota']);
    expect(fake.data.get('k')).toBe('old');
    expect(s.readStored('k')).toBe('old');
    fake.full = false;
    expect(s.write('k', 'newer')).toBeNull();
    expect(reports.at(-1)).toEqual(['k', null]);
    expect(fake.data.get('k')).toBe('newer');
  });
  it('on a full storage, a new key is in memory for this session but not in storage', () => {
    const fake = new FakeStorage();
    const { s } = setup(() => fake);
    fake.full = true;
    expect(s.write('fresh', 'v')).toBe('quota');
    expect(s.read('fresh')).toBe('v');
    expect(s.readStored('fresh')).toBeUndefined();
    expect(s.keys()).toEqual([]);
  });
  it('never overwrites a protected key, until it is unprotected', () => {
    const fake = new FakeStorage();
    fake.data.set('k', 'from a newer build');
    const { s, reports } = setup(() => fake);
    s.protect('k');
    expect(s.write('k', 'mine')).toBe('read-only');
    expect(s.write('k', undefined)).toBe('read-only');
    expect(fake.data.get('k')).toBe('from a newer build');
    expect(reports).toEqual([
      ['k', 'read-only'],
      ['k', 'read-only'],
    ]);
    s.unprotect('k');
    expect(s.write('k', 'mine')).toBeNull();
    expect(fake.data.get('k')).toBe('mine');
  });
  it('survives storage that breaks after the first use', () => {
    const fake = new FakeStorage();
    fake.data.set('k', 'stored');
    const { s } = setup(() => fake);
    fake.broken = true;
    expect(s.read('k')).toBeUndefined();
    expect(s.available()).toBe(false);
    expect(s.write('k', 'v')).toBe('unavailable');
    expect(s.read('k')).toBe('v');
    expect(s.readStored('k')).toBeUndefined();
    expect(s.keys()).toEqual([]);
  });
  it('lists the keys it can when the browser fails partway through the list', () => {
    const fake = new FakeStorage();
    for (const k of ['a', 'b', 'c']) fake.data.set(k, k);
    const { s } = setup(() => fake);
    fake.keyFailsFrom = 2;
    expect(s.keys()).toEqual(['a', 'b']);
  });
});

describe('isQuotaError', () => {
  it('recognises the names browsers use', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new DOMException('x', 'NS_ERROR_DOM_QUOTA_REACHED'))).toBe(true);
    expect(isQuotaError(Object.assign(new Error('old Safari'), { code: 22 }))).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });
});
