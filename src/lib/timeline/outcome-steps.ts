// The outcome steps (outcome-plan.ts) for a saved application: the bridge between the
// workspace's records and the outcome rules, shared by "What to send next", "What is
// due" and the calendar export so the three always agree. Which message each step
// sends, to whom and where it is recorded is decided here; the wording is built in
// lib/situations/step-draft.ts, which the pages that only list steps do not load.
import { compareDates, isValidIsoDate } from '../dates/iso-date';
import { currentRound } from '../workspace/operations';
import type { Application, MessageKind, Person, PlanSettings } from '../workspace/schema';
import { stepState } from './step-state';
import type { PlannedStep } from './interview-plan';
import { outcomePlan, type OtherApplication, type OutcomePlanInput } from './outcome-plan';

/** What the outcome steps read of the workspace. */
export interface OutcomeContext {
  applications: readonly Application[];
  settings: Pick<PlanSettings, 'holidays'>;
  /**
   * The days off the plan uses (the region's public holidays and weekend with the
   * user's changes, from stores/days-off.ts); absent: the user's own days and Sat–Sun.
   */
  daysOff?: { holidays: readonly string[]; weekend: readonly number[] };
}

/** Where an application stands, as the plan reads it: its latest outcome, or waiting. */
function standing(app: Application): OtherApplication {
  const last = app.outcomes.at(-1);
  const status = last?.status ?? 'waiting';
  return {
    id: app.id,
    company: app.company,
    status,
    ...(status === 'offer' && last ? { offerAt: last.at, offerDeadline: last.deadline ?? '' } : {}),
  };
}

/** Where each application stands, once per list of them (every application reads all the others). */
const standings = new WeakMap<readonly Application[], OtherApplication[]>();
function standingsOf(apps: readonly Application[]): OtherApplication[] {
  let all = standings.get(apps);
  if (!all) standings.set(apps, (all = apps.map(standing)));
  return all;
}

/** The first person with a role, or null. */
const withRole = (app: Application, role: Person['role']) =>
  app.people.find((p) => p.role === role) ?? null;

/**
 * Who an application's outcome messages go to: the recruiter, else the hiring manager,
 * else the first person met in the latest round (else the first person at all); null
 * when nobody is recorded, and the message greets the team.
 */
export function outcomeRecipient(app: Application): Person | null {
  const met = currentRound(app).met;
  return (
    withRole(app, 'recruiter') ??
    withRole(app, 'hiring-manager') ??
    app.people.find((p) => met.includes(p.id)) ??
    app.people[0] ??
    null
  );
}

/**
 * What outcomePlan is given for one application: its latest outcome, its recruiter and
 * references, the other applications' standing and the user's holidays. With no
 * outcome recorded it is waiting, which gives steps only for offers held elsewhere.
 */
export function outcomeInput(app: Application, ctx: OutcomeContext): OutcomePlanInput {
  const last = app.outcomes.at(-1);
  const recruiter = withRole(app, 'recruiter');
  return {
    company: app.company,
    // No history yet: waiting since the application was made (only offers elsewhere matter then).
    outcome: last
      ? { status: last.status, at: last.at, ...(last.deadline ? { deadline: last.deadline } : {}) }
      : { status: 'waiting', at: app.createdAt.slice(0, 10) },
    references: app.people
      .filter((p) => p.role === 'reference')
      .map((p) => ({ id: p.id, name: p.name })),
    recruiter: recruiter && { id: recruiter.id, name: recruiter.name },
    others: standingsOf(ctx.applications).filter((o) => o.id !== app.id),
    // The same list for every application, so the days off are read once per page.
    holidays: ctx.daysOff?.holidays ?? ctx.settings.holidays,
    ...(ctx.daysOff ? { weekend: ctx.daysOff.weekend } : {}),
  };
}

/** The message a step sends: its kind, the application it goes to, and the person when it is one person's. */
export interface StepMessage {
  kind: MessageKind;
  /** The application whose latest round keeps its draft and "sent" record (another one for "withdraw-from"). */
  target: Application;
  /** Set for the thank-yous, which go to one named person each. */
  personId?: string;
  /** Only records sent on or after this day count (an expedite note, per offer; an answer to this offer). */
  since?: string;
  /** Records of any of these kinds count too (an offer is answered by accepting or by declining). */
  anyKind?: readonly MessageKind[];
}

/** The two ways to answer an offer: either one sent answers it. */
const ANSWERS: readonly MessageKind[] = ['offer-acceptance', 'offer-decline'];

const SAME_KIND: Readonly<Record<string, MessageKind>> = {
  'offer-extension': 'offer-extension',
  'rejection-reply': 'rejection-reply',
  reconnect: 'reconnect',
  withdrawal: 'withdrawal',
};

/**
 * The message of an outcome step of `app`, or null for one that names an application or
 * person no longer there. "offer-answer" sends the acceptance or the decline, as the
 * answer kept in the latest round says (accepting until the user chooses), and either
 * one sent since the offer came answers it.
 */
export function stepMessage(
  stepId: string,
  app: Application,
  ctx: OutcomeContext,
): StepMessage | null {
  const [head = '', id = ''] = stepId.split(/:(.*)/s);
  const kind = SAME_KIND[stepId];
  if (kind) return { kind, target: app };
  switch (head) {
    case 'expedite': {
      const other = ctx.applications.find((a) => a.id === id);
      const since = other && standing(other).offerAt;
      return other ? { kind: 'expedite', target: app, ...(since ? { since } : {}) } : null;
    }
    case 'withdraw-from': {
      const other = ctx.applications.find((a) => a.id === id);
      return other ? { kind: 'withdrawal', target: other } : null;
    }
    case 'offer-answer': {
      const since = app.outcomes.at(-1)?.at;
      return {
        kind:
          currentRound(app).offerAnswer?.choice === 'decline'
            ? 'offer-decline'
            : 'offer-acceptance',
        target: app,
        anyKind: ANSWERS,
        ...(since ? { since } : {}),
      };
    }
    case 'recruiter-thanks':
    case 'reference-thanks':
      return app.people.some((p) => p.id === id) ? { kind: head, target: app, personId: id } : null;
    default:
      return null;
  }
}

/** Whether a step's message is marked sent (in any round of the application it went to). */
export function stepMessageSent(message: StepMessage): boolean {
  return message.target.rounds.some((r) =>
    r.sent.some(
      (s) =>
        (s.kind === message.kind || Boolean(message.anyKind?.includes(s.kind))) &&
        (message.personId === undefined || s.personId === message.personId) &&
        (!message.since ||
          !isValidIsoDate(s.at.slice(0, 10)) ||
          compareDates(s.at.slice(0, 10), message.since) >= 0),
    ),
  );
}

/**
 * The outcome steps of one application, each with whether its message is marked sent
 * and where it stands on `today` (YYYY-MM-DD). Steps to withdraw from other applications
 * belong to the accepted one; each other application lists its own outcome's steps.
 */
export function outcomeSteps(app: Application, ctx: OutcomeContext, today: string): PlannedStep[] {
  return outcomePlan(outcomeInput(app, ctx)).map((step) => {
    const message = stepMessage(step.id, app, ctx);
    const done = message !== null && stepMessageSent(message);
    return { ...step, done, state: stepState(step, today, done) };
  });
}
