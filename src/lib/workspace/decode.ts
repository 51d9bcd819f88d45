import { migrate } from './migrations';
import { salvageWorkspace, WorkspaceShapeError, type Repair } from './read-workspace';
import type { Workspace } from './schema';

/** How stored workspace data was read. Every kind but `empty` and a clean `ok` needs a notice. */
export type DecodeResult =
  | { kind: 'empty' }
  /**
   * Read. `from` is the older version it was migrated from; `repairs` lists the parts
   * that could not be read and were reset or set aside (the caller keeps the original).
   */
  | { kind: 'ok'; workspace: Workspace; from?: number; repairs: Repair[] }
  /** Not JSON at all. */
  | { kind: 'corrupt' }
  /** JSON, but nothing of it can be read as a workspace. */
  | { kind: 'wrong-shape'; problem: string }
  /** Written by a newer build: left untouched. */
  | { kind: 'newer'; version: number };

/**
 * Reads stored workspace text. Never throws: corrupt JSON, a shape with nothing
 * readable and a newer version each come back as their own kind, so the caller can keep
 * the text and tell the user instead of silently starting over. Older versions are
 * migrated. A bad field or record costs only itself (see salvageWorkspace).
 */
export function decodeWorkspace(raw: string | null | undefined): DecodeResult {
  if (raw === null || raw === undefined || raw === '') return { kind: 'empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt' };
  }
  return decodeData(parsed);
}

/** As decodeWorkspace, for data already parsed (the per-record layout, a backup). */
export function decodeData(parsed: unknown): DecodeResult {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { kind: 'wrong-shape', problem: 'top level: expected an object' };
  }
  const migrated = migrate(parsed as Record<string, unknown>);
  if (migrated.kind === 'newer') return { kind: 'newer', version: migrated.version };
  if (migrated.kind === 'unknown-version')
    return { kind: 'wrong-shape', problem: 'version: missing or not a known version' };
  let read: { workspace: Workspace; repairs: Repair[] };
  try {
    read = salvageWorkspace(migrated.data);
  } catch (error) {
    if (error instanceof WorkspaceShapeError)
      return { kind: 'wrong-shape', problem: error.message };
    throw error;
  }
  const workspace = repairReferences(read.workspace);
  const repairs = [...read.repairs];
  // Two records with one id: the later ones were left out by repairReferences; say so.
  read.workspace.applications.forEach((app, n) => {
    if (!workspace.applications.includes(app))
      repairs.push({
        path: `applications.${n}`,
        problem: 'a second interview with the same id',
        action: 'set-aside',
      });
  });
  return {
    kind: 'ok',
    workspace,
    repairs,
    ...(migrated.kind === 'migrated' ? { from: migrated.from } : {}),
  };
}

/** A current id that points nowhere would leave every tool blank: fall back to the newest application. */
export function repairReferences(ws: Workspace): Workspace {
  const ids = new Set<string>();
  // Two records with one id (a bad merge by hand) would make edits land on both: keep the first.
  const applications = ws.applications.filter((a) => !ids.has(a.id) && ids.add(a.id));
  const fixed = applications.length === ws.applications.length ? ws : { ...ws, applications };
  if (fixed.currentId !== null && ids.has(fixed.currentId)) return fixed;
  // No current application while some exist would leave every tool asking for one.
  if (fixed.currentId === null && fixed.applications.length === 0) return fixed;
  return { ...fixed, currentId: fixed.applications.at(-1)?.id ?? null };
}

/** The text of a whole workspace, as earlier builds stored it and backups hold it. */
export function encodeWorkspace(ws: Workspace): string {
  return JSON.stringify(ws);
}
