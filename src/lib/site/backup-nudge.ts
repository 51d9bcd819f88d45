// When to suggest a backup. Everything the user saves lives in this browser only, so a
// cleared browser loses it: after real work (not after a single typo) with no backup
// since, the kit suggests one. Counted per device, since a backup is a file on it.
import type { Workspace } from '../workspace/schema';

/** Things added since the last backup (or since "Not now") before the kit suggests one. */
export const NUDGE_AFTER = 5;

/** What this device remembers about backups (src/lib/site/device-prefs.ts). */
export interface BackupMemory {
  /** The workspace's weight when a backup was last downloaded here; absent: never. */
  backedUp?: number;
  /** Its weight when the user last said "Not now". */
  dismissed?: number;
}

/** What the suggestion says: how much was added, and whether there was ever a backup. */
export interface Nudge {
  added: number;
  never: boolean;
}

/**
 * How much work the workspace holds: each application, round, person, sent message,
 * outcome change, promised item and log entry counts one. Edits to text do not count:
 * the weight moves when something is added (or removed).
 */
export function workspaceWeight(ws: Pick<Workspace, 'applications'>): number {
  let n = 0;
  for (const a of ws.applications) {
    n += 1 + a.people.length + a.outcomes.length + a.engagement.length;
    for (const r of a.rounds) n += 1 + r.sent.length + r.actionItems.length;
  }
  return n;
}

/**
 * The suggestion to show, or null: when at least {@link NUDGE_AFTER} things were added
 * since the last backup, or since "Not now", whichever was later.
 */
export function backupNudge(weight: number, memory: BackupMemory): Nudge | null {
  const since = Math.max(memory.backedUp ?? 0, memory.dismissed ?? 0);
  const added = weight - since;
  return added >= NUDGE_AFTER ? { added, never: memory.backedUp === undefined } : null;
}
