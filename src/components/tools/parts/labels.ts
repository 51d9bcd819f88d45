import type { InterviewFormat } from '../../../lib/workspace/schema';

/** How each interview format reads in a select. */
export const FORMAT_LABELS: Record<InterviewFormat, string> = {
  'on-site': 'On site',
  video: 'Video call',
  phone: 'Phone call',
};
