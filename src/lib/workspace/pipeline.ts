// The pipeline on My interviews: each application in a stage read from its latest
// outcome, archived ones apart.
import { isArchived } from './archive-edits';
import type { Application, OutcomeStatus } from './schema';

/** The pipeline's stages, in the order a search moves through them. */
export const STAGES = ['waiting', 'next-round', 'offer', 'closed'] as const;
/** One stage of the pipeline. */
export type Stage = (typeof STAGES)[number];

/** The stage each standing belongs to: every decision that ends the process is "closed". */
const STAGE_OF: Record<OutcomeStatus, Stage> = {
  waiting: 'waiting',
  'next-round': 'next-round',
  offer: 'offer',
  rejected: 'closed',
  withdrawn: 'closed',
  accepted: 'closed',
  'no-reply': 'closed',
};

/** The stage of an application: from its latest outcome (none: waiting to hear). */
export const stageOf = (app: Application): Stage =>
  STAGE_OF[app.outcomes.at(-1)?.status ?? 'waiting'];

/** The applications of one stage. */
export interface StageGroup {
  /** Which stage. */
  stage: Stage;
  /** Its applications, in the workspace's order. */
  applications: Application[];
}

/** The pipeline: every stage (empty ones too, so the board keeps its columns), and the archived applications. */
export interface Pipeline {
  /** One group per stage, in STAGES order, archived applications left out. */
  stages: StageGroup[];
  /** The archived applications, in the workspace's order. */
  archived: Application[];
}

/** Sorts applications into the pipeline's stages, archived ones apart. */
export function pipeline(applications: readonly Application[]): Pipeline {
  const stages = STAGES.map((stage): StageGroup => ({ stage, applications: [] }));
  const archived: Application[] = [];
  for (const app of applications) {
    if (isArchived(app)) archived.push(app);
    else stages[STAGES.indexOf(stageOf(app))]!.applications.push(app);
  }
  return { stages, archived };
}
