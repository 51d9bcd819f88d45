import { describe, expect, it } from 'vitest';
import {
  noticeWording,
  savedCopyFilename,
  type SavedDataNotice,
} from '../../src/lib/workspace/saved-data-notice';

const KINDS: SavedDataNotice[] = [
  { kind: 'unreadable', kept: true, copy: 'fuk-copy:1' },
  { kind: 'repaired', kept: true, parts: ['interview 2'], copy: 'fuk-copy:2' },
  { kind: 'newer', version: 9, kept: true, copy: 'fuk-copy:3' },
  { kind: 'migrated', from: 3 },
  { kind: 'load-failed' },
  { kind: 'unavailable' },
  { kind: 'quota' },
  { kind: 'nearly-full', used: 4_100_000, quota: 5_000_000 },
  { kind: 'reset-elsewhere' },
];

describe('noticeWording', () => {
  it('has words for every kind of notice', () => {
    for (const notice of KINDS) expect(noticeWording(notice).text, notice.kind).not.toBe('');
  });

  it('says a copy is kept only when one was kept, and offers it only when there is one', () => {
    const kept = noticeWording({ kind: 'unreadable', kept: true, copy: 'fuk-copy:1' });
    expect(kept.text).toContain('a copy of the damaged data is kept in this browser');
    expect(kept.action).toEqual({
      label: 'Download the kept copy',
      download: { copy: 'fuk-copy:1' },
    });
    const lost = noticeWording({ kind: 'unreadable', kept: false });
    expect(lost.text).toMatch(/there is no room to keep a copy/);
    expect(lost.text).toMatch(/changes you make now are not saved/);
    expect(lost.action).toBeNull();
  });

  it('lists the parts set aside', () => {
    const words = noticeWording({ kind: 'repaired', kept: false, parts: ['a', 'b'] });
    expect(words.list).toEqual(['a', 'b']);
    expect(words.text).toMatch(/Could not be read:$/);
    expect(noticeWording({ kind: 'repaired', kept: true, parts: ['a'] }).text).toMatch(
      /Set aside:$/,
    );
  });

  it('names the newer format', () => {
    expect(noticeWording({ kind: 'newer', version: 9, kept: true }).text).toContain('(format 9)');
  });

  it('offers everything on screen as a backup when storage refuses or is filling up', () => {
    expect(noticeWording({ kind: 'unavailable' }).action).toEqual({
      label: 'Download my interviews',
      download: 'workspace',
    });
    expect(noticeWording({ kind: 'quota' }).action).toEqual({
      label: 'Download my interviews',
      download: 'workspace',
    });
    const full = noticeWording({ kind: 'nearly-full', used: 4_100_000, quota: 5_000_000 });
    expect(full.text).toContain('(about 82% used)');
    expect(full.action).toEqual({ label: 'Download a backup', download: 'workspace' });
  });

  it('tells news quietly and problems at once', () => {
    const quiet = KINDS.filter((n) => !noticeWording(n).urgent).map((n) => n.kind);
    expect(quiet).toEqual(['migrated', 'reset-elsewhere']);
    expect(noticeWording({ kind: 'migrated', from: 3 }).action).toBeNull();
    expect(noticeWording({ kind: 'load-failed' }).action).toBeNull();
  });
});

describe('savedCopyFilename', () => {
  it('dates the file by the UTC day', () => {
    expect(savedCopyFilename(new Date('2026-11-24T23:30:00.000Z'))).toBe(
      'follow-up-kit-saved-copy-2026-11-24.json',
    );
  });
});
