// The follow-up steps tracked per interview on the workspace page.
import { lastSent, mapInterview } from './operations';
import type { Interview, MessageKind, Workspace } from './schema';

/** Ticks or unticks a follow-up step on the workspace page. */
export function setStep(
  ws: Workspace,
  interviewId: string,
  step: string,
  done: boolean,
): Workspace {
  return mapInterview(ws, interviewId, (i) => ({ ...i, steps: { ...i.steps, [step]: done } }));
}

/** The follow-up steps tracked per interview, in the order the playbook gives them. */
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
 * Whether a step is done: ticked by hand, or (for per-person messages) every
 * interviewer has been sent one.
 */
export function stepDone(interview: Interview, stepId: string): boolean {
  if (interview.steps[stepId]) return true;
  const step = FOLLOW_UP_STEPS.find((s) => s.id === stepId);
  if (!step?.kind) return false;
  if (
    step.kind === 'thank-you-email' ||
    step.kind === 'linkedin' ||
    step.kind === 'handwritten-note'
  ) {
    return (
      interview.interviewers.length > 0 &&
      interview.interviewers.every((p) => lastSent(interview, step.kind!, p.id) !== undefined)
    );
  }
  return lastSent(interview, step.kind) !== undefined;
}
