import { describe, expect, it } from 'vitest';
import { mergeSummary } from '../../src/lib/backup/merge';

describe('mergeSummary', () => {
  it('says what was added and what was already here', () => {
    expect(mergeSummary({ added: 2, unchanged: 3, conflicts: 0, skipped: 0 })).toBe(
      'Merged: 2 added, 3 already here.',
    );
    expect(mergeSummary({ added: 0, unchanged: 0, conflicts: 0, skipped: 0 })).toBe(
      'Merged: 0 added, 0 already here.',
    );
  });

  it('names conflicts kept as imported copies and interviews left out, only when there are some', () => {
    expect(mergeSummary({ added: 1, unchanged: 0, conflicts: 2, skipped: 0 })).toBe(
      'Merged: 1 added, 0 already here, 2 kept as copies marked “(imported)” because they differ from yours.',
    );
    expect(mergeSummary({ added: 1, unchanged: 4, conflicts: 1, skipped: 7 })).toBe(
      'Merged: 1 added, 4 already here, 1 kept as copies marked “(imported)” because they differ from yours, 7 left out (the list is full).',
    );
  });
});
