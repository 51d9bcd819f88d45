// The localStorage keys the kit keeps user data under, in one small module: the store
// needs them at once on every page, while the code that reads and writes them
// (record-sync.ts, read-layout.ts, snapshots.ts) is fetched only when needed.

/** The shared part of the workspace: profile, settings, the current interview and the order. */
export const META_KEY = 'fuk-ws';
/** Prefix of each interview's key (followed by its id). */
export const RECORD_PREFIX = 'fuk-ws-i:';
/** The single key earlier builds kept the whole workspace under. */
export const LEGACY_KEY = 'fuk-workspace';
/** Where earlier builds kept one copy of unreadable workspace text. */
export const LEGACY_BACKUP_KEY = 'fuk-workspace-backup';
/** Prefix of every saved copy's key (snapshots.ts). */
export const SNAPSHOT_PREFIX = 'fuk-copy:';

/** True for the keys of the current layout. */
export const isWorkspaceKey = (key: string) => key === META_KEY || key.startsWith(RECORD_PREFIX);
