// The cap on follow-ups after the thank-you (src/docs/facts.md, "Status inquiry and the
// hiring timeline"): apart from outcome-plan.ts so the status-inquiry writer's pages load
// this alone, not the outcome rules.
import { PACING } from '../messages/pacing';

/** How many follow-ups after the thank-you have gone out, and whether another may. */
export interface FollowUpAllowance {
  /** Status inquiries and final follow-ups sent so far. */
  used: number;
  /** False once {@link PACING.followUpsAfterThankYou} have gone. */
  allowed: boolean;
  /** Why not, in a sentence; '' while allowed. */
  reason: string;
}

/**
 * The cap on follow-ups after the thank-you: at most {@link PACING.followUpsAfterThankYou}
 * (a status inquiry and one final note). `sent` is the application's sent records; only
 * the two follow-up kinds count.
 */
export function followUpAllowance(sent: readonly { kind: string }[]): FollowUpAllowance {
  const max = PACING.followUpsAfterThankYou;
  const list: readonly { kind: string }[] = Array.isArray(sent) ? sent : [];
  const used = list.filter(
    (r) => r?.kind === 'status-inquiry' || r?.kind === 'final-follow-up',
  ).length;
  return used < max
    ? { used, allowed: true, reason: '' }
    : {
        used,
        allowed: false,
        reason: `You have sent ${used} follow-ups after your thank-you. A third reads as pressure and rarely changes a decision: wait for their reply, and put your energy into other applications.`,
      };
}
