// How each standing and each sent message reads on the pages that list or edit
// applications (My interviews and the application page); the other pages do not carry
// the words.
import type { OutcomeStatus } from '../../../lib/workspace/schema';

/**
 * How each standing reads, in the pipeline, on the application page and in its Status
 * select (the words stay out of the other pages' JavaScript).
 */
export const STATUS_LABELS: Record<OutcomeStatus, string> = {
  waiting: 'Active: waiting to hear',
  'next-round': 'Next round booked',
  offer: 'Offer received',
  rejected: 'Not selected',
  withdrawn: 'I withdrew',
  accepted: 'Offer accepted',
  'no-reply': 'No reply: moved on',
};

/** What each sent record's kind is called in "What you have sent". */
export const MESSAGE_NAMES: Record<string, string> = {
  'thank-you-email': 'Thank-you email',
  'handwritten-note': 'Handwritten note',
  linkedin: 'LinkedIn request',
  'status-inquiry': 'Status inquiry',
  'final-follow-up': 'Final follow-up',
  'action-item': 'Promised item',
};
