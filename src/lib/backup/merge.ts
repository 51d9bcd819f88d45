// What importing a backup does to the workspace, when the user chose "merge" (keep what
// is here, add what the file has) or "replace". Pure: the inputs are never changed, so
// the caller can show the counts first and save only once the user confirms.
import { newId } from '../workspace/operations';
import {
  DEFAULT_SETTINGS,
  type Application,
  type PlanSettings,
  type Profile,
  type Workspace,
} from '../workspace/schema';

// The reader's limits (read-workspace.ts), repeated rather than imported: importing that
// module would bundle the whole reader with the import page's merge (tests check they match).
/** Most applications (interviews, on the pages) the kit keeps: a merge never saves more. */
export const MAX_INTERVIEWS = 500;
/** Most holidays the reader accepts. */
export const MAX_HOLIDAYS = 200;
/** Longest company name (one line) the reader accepts. */
export const MAX_COMPANY = 500;
/** Appended to the company of an imported copy that differs from the interview kept. */
export const IMPORTED_SUFFIX = ' (imported)';

/** A merged workspace and what happened to the file's applications (interviews, on the pages). */
export interface MergeResult {
  workspace: Workspace;
  /** Interviews from the file that were not here, added as they were. */
  added: number;
  /** Interviews from the file identical to one here (or to a copy imported before): skipped. */
  unchanged: number;
  /** Same id as one here but different content: both kept, the file's as a copy marked " (imported)". */
  conflicts: number;
  /** Interviews not added because the workspace would hold more than MAX_INTERVIEWS. */
  skipped: number;
}

/** Deep equality of JSON data (key order does not matter). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (
    typeof a !== 'object' ||
    typeof b !== 'object' ||
    a === null ||
    b === null ||
    Array.isArray(a) !== Array.isArray(b)
  )
    return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    ka.length === kb.length &&
    ka.every(
      (k) =>
        Object.hasOwn(b, k) &&
        sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}

/** The copy of a conflicting interview: its company marked, cut so it stays within the reader's limit. */
function importedCopy(iv: Application, id: string): Application {
  const company =
    iv.company.length + IMPORTED_SUFFIX.length > MAX_COMPANY
      ? iv.company.slice(0, MAX_COMPANY - IMPORTED_SUFFIX.length)
      : iv.company;
  return { ...iv, id, company: company + IMPORTED_SUFFIX };
}

const withoutId = ({ id: _id, ...rest }: Application) => rest;

/**
 * A value still at its default counts as empty: the user never chose it here, while
 * the backup's value may have been chosen. (One who deliberately set it back to the
 * default gets the backup's value; they can change it again.)
 */
function mergeProfile(current: Profile, incoming: Profile): Profile {
  return {
    name: current.name || incoming.name,
    phone: current.phone || incoming.phone,
    linkedinTier: current.linkedinTier !== 'free' ? current.linkedinTier : incoming.linkedinTier,
  };
}

function mergeSettings(current: PlanSettings, incoming: PlanSettings): PlanSettings {
  const pick = <K extends 'inquiryBufferDays' | 'secondFollowUpGap' | 'moveOnGap'>(
    key: K,
  ): PlanSettings[K] => (current[key] !== DEFAULT_SETTINGS[key] ? current[key] : incoming[key]);
  // Both lists, once each, in date order. Past the reader's limit the earliest go:
  // the plan only ever looks ahead.
  const holidays = [...new Set([...current.holidays, ...incoming.holidays])]
    .sort()
    .slice(-MAX_HOLIDAYS);
  // The region chosen here wins; not chosen yet ('' = the guess), the file's. The public
  // days worked on are joined like the user's own days; a weekend set here wins.
  const holidaysRemoved = [...new Set([...current.holidaysRemoved, ...incoming.holidaysRemoved])]
    .sort()
    .slice(-MAX_HOLIDAYS);
  return {
    inquiryBufferDays: pick('inquiryBufferDays'),
    secondFollowUpGap: pick('secondFollowUpGap'),
    moveOnGap: pick('moveOnGap'),
    holidays,
    holidayRegion: current.holidayRegion || incoming.holidayRegion,
    holidaysRemoved,
    weekend: current.weekend ?? incoming.weekend,
  };
}

/**
 * Adds the file's interviews to the current workspace without losing any of either:
 * new ids are added, identical interviews skipped, and one that differs from the
 * interview here with its id is kept as well, under a new id with " (imported)" after
 * its company. Merging the same file twice adds nothing the second time. Profile and
 * settings keep what is set here and fill the rest from the file; holidays are joined.
 * `makeId` is for tests; ids are random otherwise.
 */
export function mergeWorkspaces(
  current: Workspace,
  incoming: Workspace,
  makeId: () => string = newId,
): MergeResult {
  const interviews = [...current.applications];
  // New ids avoid the file's too, so a copy never takes the id of an interview still to come.
  const ids = new Set([...interviews, ...incoming.applications].map((i) => i.id));
  /** Where each of the file's ids ended up, for its current interview. */
  const placed = new Map<string, string>();
  let added = 0;
  let unchanged = 0;
  let conflicts = 0;
  let skipped = 0;
  const room = () => interviews.length < MAX_INTERVIEWS;

  for (const iv of incoming.applications) {
    const here = interviews.find((i) => i.id === iv.id);
    if (here === undefined) {
      if (!room()) {
        skipped++;
        continue;
      }
      interviews.push(iv);
      placed.set(iv.id, iv.id);
      added++;
    } else if (sameJson(here, iv)) {
      placed.set(iv.id, iv.id);
      unchanged++;
    } else {
      // Imported before? Then an identical copy is already here (under another id).
      const copy = importedCopy(iv, '');
      const earlier = interviews.find(
        (i) => i.id !== iv.id && sameJson(withoutId(i), withoutId(copy)),
      );
      if (earlier) {
        placed.set(iv.id, earlier.id);
        unchanged++;
        continue;
      }
      if (!room()) {
        skipped++;
        continue;
      }
      let id = makeId();
      while (ids.has(id)) id = makeId();
      interviews.push({ ...copy, id });
      ids.add(id);
      placed.set(iv.id, id);
      conflicts++;
    }
  }

  const currentId =
    current.currentId ??
    (incoming.currentId !== null ? (placed.get(incoming.currentId) ?? null) : null) ??
    interviews.at(-1)?.id ??
    null;
  const workspace: Workspace = {
    ...current,
    profile: mergeProfile(current.profile, incoming.profile),
    settings: mergeSettings(current.settings, incoming.settings),
    currentId,
    applications: interviews,
  };
  return { workspace, added, unchanged, conflicts, skipped };
}

/** "Replace": the file's workspace as it is (readBackup has already made it one the store accepts). */
export function replaceWorkspace(incoming: Workspace): Workspace {
  return incoming;
}

/**
 * What a merge did, in one sentence for the page: "Merged: 2 added, 3 already here, 1
 * kept as copies marked “(imported)” because they differ from yours." The conflicts and
 * the interviews left out are named only when there are some.
 */
export function mergeSummary(result: Omit<MergeResult, 'workspace'>): string {
  return (
    `Merged: ${result.added} added, ${result.unchanged} already here` +
    (result.conflicts
      ? `, ${result.conflicts} kept as copies marked “(imported)” because they differ from yours`
      : '') +
    (result.skipped ? `, ${result.skipped} left out (the list is full)` : '') +
    '.'
  );
}
