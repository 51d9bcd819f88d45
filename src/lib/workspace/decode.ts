import { migrate } from './migrations';
import { workspaceSchema, type Workspace } from './schema';

/** How stored workspace text was read. Every kind but `ok`/`empty`/`migrated` needs a notice. */
export type DecodeResult =
  | { kind: 'empty' }
  | { kind: 'ok'; workspace: Workspace }
  | { kind: 'migrated'; workspace: Workspace; from: number }
  | { kind: 'corrupt' }
  | { kind: 'wrong-shape'; problem: string }
  | { kind: 'newer'; version: number };

/** The first schema problem, in words a support thread could quote. */
function describeIssue(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const first = issues[0];
  if (!first) return 'unknown problem';
  const where = first.path.map(String).join('.') || 'top level';
  return `${where}: ${first.message}`;
}

/**
 * Reads the stored workspace text. Never throws: corrupt JSON, the wrong shape and a
 * newer version each come back as their own kind so the caller can back the text up
 * and tell the user, instead of silently starting over.
 */
export function decodeWorkspace(raw: string | null | undefined): DecodeResult {
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
  const migrated = migrate(parsed as Record<string, unknown>);
  if (migrated.kind === 'newer') return migrated;
  if (migrated.kind === 'unknown-version') return { kind: 'wrong-shape', problem: 'version: missing or not a known version' };
  const result = workspaceSchema.safeParse(migrated.data);
  if (!result.success) return { kind: 'wrong-shape', problem: describeIssue(result.error.issues) };
  const workspace = repairReferences(result.data);
  return migrated.kind === 'migrated' ? { kind: 'migrated', workspace, from: migrated.from } : { kind: 'ok', workspace };
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
