import type { InterviewFormat, InterviewStatus } from '../../../lib/workspace/schema';

/** How each interview format reads in a select. */
export const FORMAT_LABELS: Record<InterviewFormat, string> = {
  'on-site': 'On site',
  video: 'Video call',
  phone: 'Phone call',
};
/** How each status reads in a select. */
export const STATUS_LABELS: Record<InterviewStatus, string> = {
  active: 'Active: waiting to hear',
  offer: 'Offer received',
  rejected: 'Not selected',
  withdrawn: 'I withdrew',
};
