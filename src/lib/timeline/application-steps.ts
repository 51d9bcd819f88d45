// Every step of one application that "What is due" and the pipeline show: its latest
// round's plan while it is live, its outcome's steps, each snooze applied. Archived
// applications have none: the user has stopped following them up.
import { isArchived } from '../workspace/archive-edits';
import { currentRound } from '../workspace/operations';
import { stageOf } from '../workspace/pipeline';
import type { Application } from '../workspace/schema';
import type { PlannedStep } from './interview-plan';
import { applySnoozes, type ShownStep } from './snooze';

/**
 * The steps of `app` on `today`: `plan` gives its latest round's plan (the caller caches
 * it), `outcome` its outcome steps (null while they load). Plan steps only while the
 * application is live; none at all once it is archived.
 */
export function applicationSteps(
  app: Application,
  today: string,
  plan: (app: Application) => readonly PlannedStep[],
  outcome: ((app: Application) => readonly PlannedStep[]) | null,
): ShownStep[] {
  if (isArchived(app)) return [];
  // Live as due-summary.ts's isLive reads it: nothing decided yet.
  const stage = stageOf(app);
  const live = stage === 'waiting' || stage === 'next-round';
  const steps = [...(live ? plan(app) : []), ...(outcome ? outcome(app) : [])];
  return applySnoozes(steps, currentRound(app).snoozed ?? {}, today);
}
