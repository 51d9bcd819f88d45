// Archiving: an application the user no longer follows leaves the pipeline and "What is
// due" without being deleted, so its history stays for the job-search report.
import { mapApplication } from './operations';
import type { Application, Workspace } from './schema';

/** True when the application is archived. */
export const isArchived = (app: Application): boolean => Boolean(app.archivedAt);

/**
 * Archives application `appId` at `now`, or (`archived` false) brings it back into the
 * pipeline. Archiving an archived one keeps its first date.
 */
export function setArchived(ws: Workspace, appId: string, archived: boolean, now: Date): Workspace {
  return mapApplication(ws, appId, (a) =>
    isArchived(a) === archived ? a : { ...a, archivedAt: archived ? now.toISOString() : '' },
  );
}
