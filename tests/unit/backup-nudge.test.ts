import { beforeEach, describe, expect, it } from 'vitest';
import { NUDGE_AFTER, backupNudge, workspaceWeight } from '../../src/lib/site/backup-nudge';
import { newlyDue } from '../../src/lib/site/reminders';
import { DEVICE_KEY, readDevicePrefs, writeDevicePrefs } from '../../src/lib/site/device-prefs';
import { sampleWorkspace } from '../support/tools';
import type { Workspace } from '../../src/lib/workspace/schema';

const ws = sampleWorkspace() as unknown as Workspace;

describe('workspaceWeight', () => {
  it('counts what was added, not what was typed', () => {
    const w = workspaceWeight(ws);
    expect(w).toBeGreaterThan(0);
    const typed = structuredClone(ws);
    typed.applications[0]!.company = 'Another name entirely';
    expect(workspaceWeight(typed)).toBe(w);
    const more = structuredClone(ws);
    more.applications[0]!.rounds[0]!.sent.push({
      kind: 'thank-you-email',
      at: '2026-12-05T10:00:00.000Z',
    } as never);
    expect(workspaceWeight(more)).toBe(w + 1);
    expect(workspaceWeight({ applications: [] })).toBe(0);
  });
});

describe('backupNudge', () => {
  it('stays quiet until enough was added, then says how much and whether there was ever a backup', () => {
    expect(backupNudge(NUDGE_AFTER - 1, {})).toBeNull();
    expect(backupNudge(NUDGE_AFTER, {})).toEqual({ added: NUDGE_AFTER, never: true });
    expect(backupNudge(20, { backedUp: 18 })).toBeNull();
    expect(backupNudge(30, { backedUp: 18 })).toEqual({ added: 12, never: false });
  });
  it('"Not now" waits for as much again', () => {
    expect(backupNudge(12, { dismissed: 10 })).toBeNull();
    expect(backupNudge(15, { dismissed: 10 })).toEqual({ added: 5, never: true });
    // A backup after "Not now" counts from the backup.
    expect(backupNudge(15, { dismissed: 4, backedUp: 12 })).toBeNull();
  });
  it('after removals (weight below the backup) says nothing', () => {
    expect(backupNudge(3, { backedUp: 40 })).toBeNull();
  });
});

describe('device prefs', () => {
  const store = new Map<string, string>();
  beforeEach(() => {
    store.clear();
    globalThis.localStorage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    } as Storage;
  });
  it('round-trips and drops what it cannot read', () => {
    expect(readDevicePrefs()).toEqual({ backup: {} });
    expect(writeDevicePrefs((p) => ({ ...p, notify: true, backup: { backedUp: 7 } }))).toBe(true);
    expect(readDevicePrefs()).toEqual({ notify: true, backup: { backedUp: 7 } });
    store.set(DEVICE_KEY, '{"notify":"yes","backup":{"backedUp":-1,"dismissed":3}}');
    expect(readDevicePrefs()).toEqual({ backup: { dismissed: 3 } });
    store.set(DEVICE_KEY, 'not json');
    expect(readDevicePrefs()).toEqual({ backup: {} });
  });
  it('says so when the browser will not keep it', () => {
    globalThis.localStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    } as unknown as Storage;
    expect(writeDevicePrefs((p) => ({ ...p, notify: true }))).toBe(false);
  });
});

describe('newlyDue', () => {
  const a = { key: 'a', title: 'A: thank-you' };
  const b = { key: 'b', title: 'B: status inquiry' };
  it('announces nothing on the first reading, then only what became due since', () => {
    expect(newlyDue(null, [a, b])).toEqual([]);
    expect(newlyDue(new Set(['a']), [a, b])).toEqual([b]);
    expect(newlyDue(new Set(['a', 'b']), [a])).toEqual([]);
  });
});
