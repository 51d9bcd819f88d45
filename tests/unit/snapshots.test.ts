// Saved copies (snapshots.ts): the stored text the kit could not read, or everything just
// before a restore or merge. A copy counts as kept only when it reads back; copies are
// bounded, and only copies made before an action are removed to make room.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createGuardedStorage, type StorageBackend } from '../../src/lib/workspace/guarded-storage';
import {
  MAX_SNAPSHOTS,
  MAX_SNAPSHOT_CHARS,
  REASON_WORDS,
  SNAPSHOT_PREFIX,
  keepSnapshot,
  listSnapshots,
  removeSnapshot,
  snapshotText,
  textHash,
  type SnapshotReason,
} from '../../src/lib/workspace/snapshots';
import { SharedStorage } from './storage-harness';

const day = (n: number) => new Date(Date.UTC(2026, 11, 1 + n, 10, 0, 0));
const fresh = () => new SharedStorage().view('T');

/** Text that compresses badly: `n` random characters from a seeded generator. */
function noise(n: number, seed: number): string {
  let x = seed >>> 0 || 1;
  let s = '';
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    s += String.fromCharCode(0x4e00 + ((x >>> 0) % 20_000));
  }
  return s;
}

const WORKSPACE_TEXT = JSON.stringify({
  version: 4,
  profile: { name: 'Rene\u0301e Nakamura 中村', phone: '', linkedinTier: 'free' },
  interviews: [
    {
      id: 'a',
      company: 'محمد للتقنية',
      topics: 'שלום 👩🏽‍💻 Zoe\u0308',
      notes: '<script>alert(1)</script> "q" \\ \u2028',
    },
  ],
});

describe('keepSnapshot: keep, list and read back', () => {
  it('keeps a copy that reads back exactly, non-Latin text included, and lists it', () => {
    const storage = fresh();
    const result = keepSnapshot(storage, WORKSPACE_TEXT, 'repaired', day(0));
    if (!result.kept) throw new Error(result.why);
    expect(result.key.startsWith(SNAPSHOT_PREFIX)).toBe(true);
    expect(snapshotText(storage, result.key)).toBe(WORKSPACE_TEXT);
    expect(listSnapshots(storage)).toEqual([
      {
        key: result.key,
        at: day(0).toISOString(),
        reason: 'repaired',
        size: expect.any(Number),
        length: WORKSPACE_TEXT.length,
        hash: textHash(WORKSPACE_TEXT),
      },
    ]);
    // Compressed: it takes fewer characters than the text (a repetitive workspace shrinks several-fold).
    const big = JSON.stringify(
      Array.from({ length: 200 }, (_, n) => ({
        id: `iv-${n}`,
        company: 'Fernhill Labs',
        role: 'Product Designer',
      })),
    );
    const kept = keepSnapshot(storage, big, 'before-restore', day(1));
    expect(kept.kept && listSnapshots(storage).find((s) => s.key === kept.key)!.size).toBeLessThan(
      big.length / 3,
    );
  });
  it('property: any text, lone surrogates included, reads back exactly', () => {
    const unit = fc.oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 300 }), (text) => {
        const storage = fresh();
        const result = keepSnapshot(storage, text, 'unreadable', day(0));
        if (!result.kept) throw new Error(result.why);
        expect(snapshotText(storage, result.key)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
  it('lists newest first, and removes a copy on request (only a copy)', () => {
    const storage = fresh();
    const keys = [0, 2, 1].map((n) => keepSnapshot(storage, `text ${n}`, 'before-merge', day(n)));
    expect(listSnapshots(storage).map((s) => s.at)).toEqual(
      [day(2), day(1), day(0)].map((d) => d.toISOString()),
    );
    const first = keys[0]!;
    if (!first.kept) throw new Error('not kept');
    removeSnapshot(storage, first.key);
    expect(snapshotText(storage, first.key)).toBeNull();
    expect(listSnapshots(storage)).toHaveLength(2);
    storage.write('fuk-ws', '{}');
    removeSnapshot(storage, 'fuk-ws');
    expect(storage.readStored('fuk-ws')).toBe('{}');
  });
  it('keeps the same text once', () => {
    const storage = fresh();
    const one = keepSnapshot(storage, WORKSPACE_TEXT, 'unreadable', day(0));
    const two = keepSnapshot(storage, WORKSPACE_TEXT, 'repaired', day(1));
    expect(one.kept && two.kept && two.key).toBe(one.kept && one.key);
    expect(listSnapshots(storage)).toHaveLength(1);
  });
  it('has words for every reason', () => {
    for (const words of Object.values(REASON_WORDS)) expect(words).toMatch(/^[A-Z]/);
  });
});

describe('keepSnapshot: bounded', () => {
  it(`keeps at most ${MAX_SNAPSHOTS} copies; a fault's copy is never removed to make room`, () => {
    const storage = fresh();
    for (let n = 0; n < MAX_SNAPSHOTS; n++)
      expect(
        keepSnapshot(storage, `fault ${n}`, n % 2 ? 'repaired' : 'unreadable', day(n)).kept,
      ).toBe(true);
    expect(keepSnapshot(storage, 'one more fault', 'newer', day(20))).toEqual({
      kept: false,
      why: 'full',
    });
    expect(keepSnapshot(storage, 'everything before a restore', 'before-restore', day(21))).toEqual(
      { kept: false, why: 'full' },
    );
    expect(
      listSnapshots(storage)
        .map((s) => snapshotText(storage, s.key))
        .sort(),
    ).toEqual(Array.from({ length: MAX_SNAPSHOTS }, (_, n) => `fault ${n}`).sort());
  });
  it('makes room by removing copies made before an action, oldest first, never a fault’s copy', () => {
    const storage = fresh();
    const reasons: SnapshotReason[] = [
      'before-merge',
      'unreadable',
      'before-restore',
      'repaired',
      'before-undo',
      'newer',
      'before-merge',
      'earlier-copy',
    ];
    reasons.forEach((reason, n) => keepSnapshot(storage, `copy ${n} ${reason}`, reason, day(n)));
    expect(listSnapshots(storage)).toHaveLength(MAX_SNAPSHOTS);
    const texts = () => listSnapshots(storage).map((s) => snapshotText(storage, s.key));
    expect(keepSnapshot(storage, 'ninth, a fault', 'unreadable', day(10)).kept).toBe(true);
    expect(texts()).not.toContain('copy 0 before-merge');
    expect(texts()).toHaveLength(MAX_SNAPSHOTS);
    expect(keepSnapshot(storage, 'tenth', 'before-restore', day(11)).kept).toBe(true);
    expect(texts()).not.toContain('copy 2 before-restore');
    expect(keepSnapshot(storage, 'eleventh', 'repaired', day(12)).kept).toBe(true);
    expect(texts()).not.toContain('copy 4 before-undo');
    // Every fault's copy is still there.
    for (const [n, reason] of reasons.entries())
      if (!reason.startsWith('before-')) expect(texts()).toContain(`copy ${n} ${reason}`);
  });
  it(`keeps at most ${MAX_SNAPSHOT_CHARS.toLocaleString('en-GB')} stored characters in all`, () => {
    const storage = fresh();
    const total = () => listSnapshots(storage).reduce((n, s) => n + s.size, 0);
    const a = noise(300_000, 1);
    const b = noise(300_000, 2);
    const c = noise(300_000, 3);
    expect(keepSnapshot(storage, a, 'before-restore', day(0)).kept).toBe(true);
    expect(keepSnapshot(storage, b, 'unreadable', day(1)).kept).toBe(true);
    expect(total()).toBeGreaterThan(MAX_SNAPSHOT_CHARS / 2);
    // A third does not fit beside two: the older copy made before an action goes.
    const third = keepSnapshot(storage, c, 'before-merge', day(2));
    expect(third.kept).toBe(true);
    expect(total()).toBeLessThanOrEqual(MAX_SNAPSHOT_CHARS);
    expect(
      listSnapshots(storage)
        .map((s) => s.hash)
        .sort(),
    ).toEqual([textHash(b), textHash(c)].sort());
    // A fourth, a fault: the only copy made before an action goes, and still not enough
    // room would mean nothing is written at all.
    expect(keepSnapshot(storage, noise(300_000, 4), 'repaired', day(3)).kept).toBe(true);
    expect(total()).toBeLessThanOrEqual(MAX_SNAPSHOT_CHARS);
    const before = listSnapshots(storage);
    expect(keepSnapshot(storage, noise(300_000, 5), 'repaired', day(4))).toEqual({
      kept: false,
      why: 'full',
    });
    expect(listSnapshots(storage)).toEqual(before);
  });
  it('refuses a single copy larger than the whole allowance, writing nothing', () => {
    const storage = fresh();
    expect(keepSnapshot(storage, noise(800_000, 9), 'unreadable', day(0))).toEqual({
      kept: false,
      why: 'full',
    });
    expect(storage.keys()).toEqual([]);
  });
});

describe('keepSnapshot: never claims a copy that is not there', () => {
  it('a storage that silently stores nothing: kept is false', () => {
    const shared = new SharedStorage();
    shared.silent = true;
    expect(keepSnapshot(shared.view('T'), WORKSPACE_TEXT, 'unreadable', day(0))).toEqual({
      kept: false,
      why: 'not-saved',
    });
  });
  it('a full browser storage (setItem throws QuotaExceededError): kept is false, nothing thrown', () => {
    const data = new Map<string, string>();
    const backend: StorageBackend = {
      getItem: (k) => data.get(k) ?? null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: (k) => void data.delete(k),
      get length() {
        return data.size;
      },
      key: (i) => [...data.keys()][i] ?? null,
    };
    const storage = createGuardedStorage(
      () => backend,
      () => {},
    );
    expect(keepSnapshot(storage, WORKSPACE_TEXT, 'unreadable', day(0))).toEqual({
      kept: false,
      why: 'not-saved',
    });
    // The guarded storage holds the value in memory for the session, but that is no copy.
    expect(listSnapshots(storage)).toEqual([]);
  });
  it('storage unavailable altogether: kept is false', () => {
    const storage = createGuardedStorage(
      () => {
        throw new Error('denied');
      },
      () => {},
    );
    expect(keepSnapshot(storage, WORKSPACE_TEXT, 'newer', day(0))).toEqual({
      kept: false,
      why: 'not-saved',
    });
  });
  it('property: whatever writes fail, a copy said to be kept reads back to its exact text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.string({ maxLength: 40 }),
            fc.boolean(),
            fc.constantFrom<SnapshotReason>('unreadable', 'before-restore', 'before-merge'),
          ),
          { maxLength: 15 },
        ),
        (steps) => {
          const shared = new SharedStorage();
          const storage = shared.view('T');
          const claimed: [string, string][] = [];
          steps.forEach(([text, fails, reason], n) => {
            shared.quotaFor = fails ? 1 : 0;
            const result = keepSnapshot(storage, text, reason, day(n));
            if (result.kept) claimed.push([result.key, text]);
          });
          // Every copy still listed reads back as what it was kept as.
          const listed = new Set(listSnapshots(storage).map((s) => s.key));
          for (const [key, text] of claimed)
            if (listed.has(key)) expect(snapshotText(storage, key)).toBe(text);
          expect(listed.size).toBeLessThanOrEqual(MAX_SNAPSHOTS);
        },
      ),
      { numRuns: 300 },
    );
  });
  // Before 7e70bd7, "the same text already kept" was decided by a 32-bit hash and the
  // length alone: two different texts with one hash (found by a birthday search in half a
  // million short strings) made the second "kept" point at the first's copy, and the
  // caller would write over the only original, believing a copy existed.
  it('a different text with the same hash is not reported as kept under the other’s copy', () => {
    const [one, two] = ['copy-0076wu', 'copy-00awfa'];
    expect(textHash(one)).toBe(textHash(two));
    const storage = fresh();
    keepSnapshot(storage, one, 'unreadable', day(0));
    const result = keepSnapshot(storage, two, 'unreadable', day(1));
    if (result.kept) expect(snapshotText(storage, result.key)).toBe(two);
  });
});
