// The files the v6 build really wrote (tests/fixtures/v6/, captured in Chromium by
// scripts/capture-fixtures.ts driving the debrief, Edit details and the tool pages)
// open in this build with every application as stored (only the version they are
// read at can differ: tests/unit/v7-migration.test.ts checks the step field by field),
// nothing repaired, and their backup restores.
import { describe, expect, it } from 'vitest';
import { readBackup } from '../../src/lib/backup/backup-file';
import { readLayout } from '../../src/lib/workspace/read-layout';
import { META_KEY } from '../../src/lib/workspace/record-sync';
import { WORKSPACE_VERSION } from '../../src/lib/workspace/schema';
import { SharedStorage } from './storage-harness';
import { fixtureText, readDumps, storedRecords } from './fixture-dumps';

const dumps = readDumps('v6').filter(([, d]) => d.localStorage[META_KEY]);

/** The applications a dump holds, in the shared key's order, envelopes taken off. */
const written = (ls: Record<string, string>) => storedRecords(ls).applications;

describe('v6 files open as written', () => {
  it('has the scenarios, written by the v6 build', () => {
    expect(dumps.map(([f]) => f).sort()).toEqual([
      'london-two-interviewers.json',
      'many-interviews.json',
      'three-interviews-unicode.json',
      'whole-search.json',
    ]);
    for (const [, d] of dumps) expect(d.build).toBe('v6');
  });

  it.each(dumps)('%s: every application exactly as stored, nothing repaired', (_, dump) => {
    const outcome = readLayout(new SharedStorage(dump.localStorage).reader());
    if (outcome.kind !== 'ok') throw new Error(outcome.kind);
    expect(outcome.repairs).toEqual([]);
    // Read by a later build, migrated from 6 with nothing changed in the applications.
    expect(outcome.from).toBe(6);
    expect(outcome.workspace.version).toBe(WORKSPACE_VERSION);
    expect(outcome.workspace.applications).toEqual(written(dump.localStorage));
  });

  it('the whole search keeps its rounds, parts, outcomes, the deadline and the sent request for more time', () => {
    const [, dump] = dumps.find(([f]) => f === 'whole-search.json')!;
    const outcome = readLayout(new SharedStorage(dump.localStorage).reader());
    if (outcome.kind !== 'ok') throw new Error(outcome.kind);
    const byCompany = Object.fromEntries(outcome.workspace.applications.map((a) => [a.company, a]));
    const fernhill = byCompany['Fernhill Labs']!;
    expect(fernhill.rounds.map((r) => [r.kind, r.date, r.start, r.end])).toEqual([
      ['video', '2026-12-04', '10:00', '11:30'],
      ['final', '2026-12-10', '14:00', '15:00'],
    ]);
    expect(fernhill.people.map((p) => [p.name, p.role])).toEqual([
      ['Priya Raman', 'hiring-manager'],
      ['Tom Okafor', 'interviewer'],
    ]);
    expect(fernhill.rounds[1]!.met).toEqual([fernhill.people[1]!.id]);
    expect(fernhill.rounds[0]!.timelineBy).toBe(fernhill.people[0]!.id);
    expect(byCompany.Brookside!.outcomes.at(-1)).toMatchObject({
      status: 'offer',
      deadline: '2026-12-18',
    });
    expect(byCompany.Brookside!.rounds[0]!.sent.map((s) => s.kind)).toEqual(['offer-extension']);
    expect(byCompany.Cobalt!.outcomes.at(-1)?.status).toBe('rejected');
    expect(byCompany.Dunmore!.outcomes.at(-1)?.status).toBe('withdrawn');
  });

  it('many interviews: thirty, five with an outcome, Brightwave twice', () => {
    const [, dump] = dumps.find(([f]) => f === 'many-interviews.json')!;
    const outcome = readLayout(new SharedStorage(dump.localStorage).reader());
    if (outcome.kind !== 'ok') throw new Error(outcome.kind);
    const apps = outcome.workspace.applications;
    expect(apps).toHaveLength(30);
    expect(apps.filter((a) => a.company === 'Brightwave')).toHaveLength(2);
    expect(apps.filter((a) => a.outcomes.length > 0).map((a) => a.outcomes.at(-1)!.status)).toEqual(
      expect.arrayContaining(['offer', 'rejected', 'withdrawn']),
    );
  });

  it('the backup the v6 build downloaded restores the London workspace, nothing to repair', () => {
    const restored = readBackup(fixtureText('v6/backup-download.json'));
    expect(restored).toMatchObject({ kind: 'ok', repairs: [], interviews: 1 });
    expect(restored.kind === 'ok' && restored.workspace.applications[0]?.company).toBe(
      'Fernhill Labs',
    );
  });
});
