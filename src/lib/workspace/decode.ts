import type { migrate as Migrate } from './migrations';
import { readWorkspace, WorkspaceShapeError } from './read-workspace';
import { WORKSPACE_VERSION, type Workspace } from './schema';

/** How stored workspace text was read. Every kind but `ok`/`empty`/`migrated` needs a notice. */
export type DecodeResult =
  | { kind: 'empty' }
  | { kind: 'ok'; workspace: Workspace }
  | { kind: 'migrated'; workspace: Workspace; from: number }
  | { kind: 'corrupt' }
  | { kind: 'wrong-shape'; problem: string }
  | { kind: 'newer'; version: number }
  | { kind: 'older'; version: number };

/**
 * Reads the stored workspace text. Never throws: corrupt JSON, the wrong shape and a
 * newer version each come back as their own kind so the caller can back the text up
 * and tell the user, instead of silently starting over. Older versions are migrated
 * with `migrate` when it is given; without it they come back as `older`, so pages load
 * the migration code only for the rare visitor whose data needs it.
 */
export function decodeWorkspace(raw: string | null | undefined, migrate?: typeof Migrate): DecodeResult {
  if (raw === null || raw === undefined || raw === '') return { kind: 'empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { kind: 'wrong-shape', problem: 'top level: expected an object' };
  }
  const data = parsed as Record<string, unknown>;
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'wrong-shape', problem: 'version: missing or not a known version' };
  }
  if (version > WORKSPACE_VERSION) return { kind: 'newer', version };
  let current = data;
  if (version < WORKSPACE_VERSION) {
    if (!migrate) return { kind: 'older', version };
    const migrated = migrate(data);
    if (migrated.kind !== 'migrated') return { kind: 'wrong-shape', problem: 'version: missing or not a known version' };
    current = migrated.data;
  }
  let read: Workspace;
  try {
    read = readWorkspace(current);
  } catch (error) {
    if (error instanceof WorkspaceShapeError) return { kind: 'wrong-shape', problem: error.message };
    throw error;
  }
  const workspace = repairReferences(read);
  return current !== data ? { kind: 'migrated', workspace, from: version } : { kind: 'ok', workspace };
}

/** A current id that points nowhere would leave every tool blank: fall back to the newest interview. */
function repairReferences(ws: Workspace): Workspace {
  if (ws.currentId === null || ws.interviews.some((i) => i.id === ws.currentId)) return ws;
  return { ...ws, currentId: ws.interviews.at(-1)?.id ?? null };
}

/** The text saved to storage. */
export function encodeWorkspace(ws: Workspace): string {
  return JSON.stringify(ws);
}
