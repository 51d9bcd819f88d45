// The follow-up steps tracked per round on the workspace page.
import { lastSent, mapRound } from './operations';
import type { MessageKind, Round, Workspace } from './schema';

/** Ticks or unticks a follow-up step of a round. */
export function setStep(
  ws: Workspace,
  appId: string,
  roundId: string,
  step: string,
  done: boolean,
): Workspace {
  return mapRound(ws, appId, roundId, (r) => ({ ...r, steps: { ...r.steps, [step]: done } }));
}

/** The follow-up steps tracked per round, in the order the playbook gives them. */
export const FOLLOW_UP_STEPS: readonly { id: string; label: string; kind?: MessageKind }[] = [
  { id: 'thank-you-email', label: 'Thank-you email to each interviewer', kind: 'thank-you-email' },
  { id: 'handwritten-note', label: 'Handwritten note mailed (optional)', kind: 'handwritten-note' },
  { id: 'action-items', label: 'Promised items sent', kind: 'action-item' },
  { id: 'linkedin', label: 'LinkedIn connection requests', kind: 'linkedin' },
  {
    id: 'status-inquiry',
    label: 'Status inquiry, once their timeline has passed',
    kind: 'status-inquiry',
  },
  { id: 'final-follow-up', label: 'One final follow-up, then move on', kind: 'final-follow-up' },
];

/**
 * Whether a step of a round is done: ticked by hand, or (for per-person messages)
 * everyone met in the round has been sent one.
 */
export function stepDone(round: Round, stepId: string): boolean {
  if (round.steps[stepId]) return true;
  const step = FOLLOW_UP_STEPS.find((s) => s.id === stepId);
  if (!step?.kind) return false;
  if (
    step.kind === 'thank-you-email' ||
    step.kind === 'linkedin' ||
    step.kind === 'handwritten-note'
  ) {
    return (
      round.met.length > 0 && round.met.every((id) => lastSent(round, step.kind!, id) !== undefined)
    );
  }
  return lastSent(round, step.kind) !== undefined;
}
