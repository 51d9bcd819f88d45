// How the export names the workspace's stored values, in the words the pages use
// ("Recruiter screen", "Offer", "Thank-you email"). Pure maps, apart from the islands,
// so the CSV adapter and the printable page share them and nothing else loads them.

import type { ApplicationSource, MessageKind, OutcomeStatus, RoundKind } from '../workspace/schema';

export const ROUND_KIND_LABELS: Record<RoundKind, string> = {
  'recruiter-screen': 'Recruiter screen',
  phone: 'Phone',
  video: 'Video',
  'on-site': 'On site',
  panel: 'Panel',
  final: 'Final round',
  assessment: 'Assessment',
};

export const OUTCOME_LABELS: Record<OutcomeStatus, string> = {
  waiting: 'Waiting to hear',
  'next-round': 'Next round booked',
  offer: 'Offer',
  rejected: 'Not selected',
  withdrawn: 'Withdrawn',
  accepted: 'Offer accepted',
  'no-reply': 'No reply: moved on',
};

export const MESSAGE_LABELS: Record<MessageKind, string> = {
  'thank-you-email': 'Thank-you email',
  'handwritten-note': 'Handwritten note',
  linkedin: 'LinkedIn connection request',
  'linkedin-message': 'LinkedIn message',
  'status-inquiry': 'Status inquiry',
  'final-follow-up': 'Final follow-up',
  'action-item': 'Promised item',
  withdrawal: 'Withdrawal',
  expedite: 'Note about an offer elsewhere',
  'offer-extension': 'Request for more time on an offer',
  'rejection-reply': 'Reply to a rejection',
  reconnect: 'Reconnect note',
  'reference-thanks': 'Thank-you to a reference',
  'recruiter-thanks': 'Thank-you to the recruiter',
  'offer-acceptance': 'Acceptance of an offer',
  'offer-decline': 'Declining an offer',
};

export const SOURCE_LABELS: Record<ApplicationSource, string> = {
  direct: 'Applied directly',
  referral: 'Referral',
  agency: 'Through an agency',
};

/**
 * The label for a stored value, or the value in plain words ("expedite-note" →
 * "Expedite note") for one a later build added that this table does not name yet, so
 * an export never drops a record for want of a label.
 */
export function labelFor(labels: Readonly<Record<string, string>>, value: string): string {
  if (typeof value !== 'string' || value === '') return '';
  if (Object.hasOwn(labels, value)) return labels[value]!;
  const words = value.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
