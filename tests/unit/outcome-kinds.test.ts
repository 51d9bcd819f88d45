// The message kinds an outcome calls for (withdrawal, expedite…): saved sent records and
// drafts of each read back through both readers, and the tone check measures each by the
// same length rule as its builder.
import { describe, expect, it } from 'vitest';
import { MESSAGE_KINDS } from '../../src/lib/workspace/allowed-values';
import { readWorkspace, salvageWorkspace } from '../../src/lib/workspace/read-workspace';
import { exportBackup, readBackup } from '../../src/lib/backup/backup-file';
import { emptyWorkspace, type MessageKind, type Workspace } from '../../src/lib/workspace/schema';
import { checkTone } from '../../src/lib/tone/tone-check';
import { SITUATION_LIMITS } from '../../src/lib/situations/kinds';
import { application, person, round } from './fixtures';

const NEW_KINDS = [
  'withdrawal',
  'expedite',
  'offer-extension',
  'rejection-reply',
  'reconnect',
  'reference-thanks',
  'recruiter-thanks',
] as const satisfies readonly MessageKind[];

function withSent(): Workspace {
  const rec = person('rec', { role: 'recruiter', name: 'Sam Lee' });
  const r = round({
    met: ['rec'],
    sent: NEW_KINDS.map((kind, n) => ({
      kind,
      personId: 'rec',
      at: `2026-12-0${n + 1}T10:00:00.000Z`,
    })),
    drafts: Object.fromEntries(
      NEW_KINDS.map((kind) => [
        `${kind}:rec`,
        { subject: 'S', body: 'B', edited: true, tone: 'warm' as const },
      ]),
    ),
  });
  const app = application({ company: 'Acme', people: [rec], rounds: [r] });
  return { ...emptyWorkspace(), applications: [app], currentId: app.id };
}

describe('outcome message kinds', () => {
  it('are allowed kinds', () => {
    for (const k of NEW_KINDS) expect(MESSAGE_KINDS).toContain(k);
  });

  it('a sent record and a draft of each new kind round-trip through the strict reader', () => {
    const ws = withSent();
    expect(readWorkspace(JSON.parse(JSON.stringify(ws)))).toEqual(ws);
  });

  it('… through the salvaging reader with nothing set aside', () => {
    const ws = withSent();
    const { workspace, repairs } = salvageWorkspace(JSON.parse(JSON.stringify(ws)));
    expect(repairs).toEqual([]);
    expect(workspace).toEqual(ws);
  });

  it('… and through a backup file', () => {
    const ws = withSent();
    const result = readBackup(exportBackup(ws, new Date('2026-12-10T10:00:00Z')).text);
    expect(result.kind).toBe('ok');
    if (result.kind === 'ok') expect(result.workspace).toEqual(ws);
  });

  it('an unknown kind is still set aside by the salvaging reader', () => {
    const ws = JSON.parse(JSON.stringify(withSent())) as Workspace;
    (ws.applications[0]!.rounds[0]!.sent[0] as { kind: string }).kind = 'bribe';
    const { workspace, repairs } = salvageWorkspace(ws);
    expect(repairs.length).toBeGreaterThan(0);
    expect(workspace.applications[0]!.rounds[0]!.sent.map((s) => s.kind)).not.toContain('bribe');
  });

  it('the tone check measures each by its builder’s rule (lib/situations/kinds.ts)', () => {
    const rules: Record<(typeof NEW_KINDS)[number], keyof typeof SITUATION_LIMITS> = {
      withdrawal: 'withdrawal',
      expedite: 'expedite',
      'offer-extension': 'offerExtension',
      'rejection-reply': 'rejectionReply',
      reconnect: 'reconnect',
      'reference-thanks': 'referenceThanks',
      'recruiter-thanks': 'recruiterThanks',
    };
    for (const kind of NEW_KINDS) {
      const { max, target } = SITUATION_LIMITS[rules[kind]];
      const words = (n: number) => `Hi Sam,\n\n${'word '.repeat(n).trim()}.\n\nBest,\nAlex`;
      const long = checkTone(words(max + 5), { kind });
      expect(
        long.some((f) => f.rule === 'too-long'),
        kind,
      ).toBe(true);
      const fine = checkTone(words(target.min + 5), { kind });
      expect(
        fine.some((f) => f.rule === 'too-long' || f.rule === 'too-short'),
        kind,
      ).toBe(false);
      if (target.min > 10) {
        const short = checkTone(words(3), { kind });
        expect(
          short.some((f) => f.rule === 'too-short'),
          kind,
        ).toBe(true);
      }
    }
  });
});
