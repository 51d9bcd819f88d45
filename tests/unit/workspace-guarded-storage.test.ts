import { describe, expect, it } from 'vitest';
import { createGuardedStorage, isQuotaError, type StorageBackend, type StorageProblem } from '../../src/lib/workspace/guarded-storage';

class FakeStorage implements StorageBackend {
  data = new Map<string, string>();
  full = false;
  broken = false;
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
  it('reads and writes through to working storage, like a plain object', () => {
    const fake = new FakeStorage();
    const { s, reports } = setup(() => fake);
    s.engine.a = '1';
    expect(fake.data.get('a')).toBe('1');
    expect(s.engine.a).toBe('1');
    expect('a' in s.engine).toBe(true);
    delete s.engine.a;
    expect('a' in s.engine).toBe(false);
    expect(reports).toEqual([
      ['a', null],
      ['a', null],
    ]);
  });
  it('keeps working in memory when storage is unavailable, and says so', () => {
    const { s, reports } = setup(() => {
      throw new Error('localStorage is not available');
    });
    expect(s.available()).toBe(false);
    s.engine.k = 'v';
    expect(s.engine.k).toBe('v');
    expect(reports).toEqual([['k', 'unavailable']]);
  });
  it('on a full storage keeps the value in memory and reports quota', () => {
    const fake = new FakeStorage();
    const { s, reports } = setup(() => fake);
    fake.data.set('k', 'old');
    fake.full = true;
    s.engine.k = 'new';
    expect(reports.at(-1)).toEqual(['k', 'quota']);
    expect(fake.data.get('k')).toBe('old');
    // The backend still answers with the old text; the store holds the new value itself.
    fake.full = false;
    s.engine.k = 'newer';
    expect(reports.at(-1)).toEqual(['k', null]);
    expect(fake.data.get('k')).toBe('newer');
  });
  it('never overwrites a protected key', () => {
    const fake = new FakeStorage();
    fake.data.set('k', 'from a newer build');
    const { s, reports } = setup(() => fake);
    s.protect('k');
    s.engine.k = 'mine';
    expect(fake.data.get('k')).toBe('from a newer build');
    expect(reports).toEqual([['k', 'read-only']]);
  });
  it('survives storage that breaks after the first use', () => {
    const fake = new FakeStorage();
    const { s } = setup(() => fake);
    fake.broken = true;
    expect(s.engine.k).toBeUndefined();
    s.engine.k = 'v';
    expect(s.engine.k).toBe('v');
  });
});

describe('isQuotaError', () => {
  it('recognises the names browsers use', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new DOMException('x', 'NS_ERROR_DOM_QUOTA_REACHED'))).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });
});
