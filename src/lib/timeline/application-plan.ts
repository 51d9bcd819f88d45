// One plan per application, shared by the lists of My interviews ("What is due" and the
// pipeline): each planned every application on its own, twice the work on a page of
// hundreds (500 interviews took 1.8 s to be usable at 4× CPU slowdown). Type imports only:
// the planner is passed in, so this rides in the workspace pages' shared chunk without
// pulling the planner in after it.
import type { Application, PlanSettings, Round } from '../workspace/schema';
import type { PlannedStep } from './interview-plan';
import type { DayRules } from './reading';

/** What each application object was last planned with, and its plan. */
const plans = new WeakMap<
  Application,
  { settings: PlanSettings; days: DayRules; today: string; steps: PlannedStep[] }
>();

/**
 * The plan of an application's current (last) round on `today`, from `plan`
 * (planForInterview with these settings, day and days off), kept per application object:
 * an edit makes a new object for the application it touches only, so with hundreds of
 * them a keystroke re-plans one, not all.
 */
export function planForApplication(
  app: Application,
  settings: PlanSettings,
  today: string,
  days: DayRules,
  plan: (round: Round) => PlannedStep[],
): PlannedStep[] {
  const hit = plans.get(app);
  if (hit && hit.settings === settings && hit.days === days && hit.today === today)
    return hit.steps;
  const steps = plan(app.rounds[app.rounds.length - 1]!);
  plans.set(app, { settings, days, today, steps });
  return steps;
}
