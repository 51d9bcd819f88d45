import type { Interview, InterviewFormat, InterviewStatus } from '../../../lib/workspace/schema';

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

/** A short name for an interview in lists and notices ("Acme: Product Designer"). */
export function interviewName(i: Interview): string {
  const parts = [i.company.trim(), i.role.trim()].filter(Boolean);
  return parts.length ? parts.join(': ') : 'Untitled interview';
}

/** Every IANA zone the browser knows, with the user's own first; a short list as fallback. */
export function timeZones(own: string): string[] {
  let all: string[];
  try {
    all = (Intl as unknown as { supportedValuesOf(k: string): string[] }).supportedValuesOf(
      'timeZone',
    );
  } catch {
    all = [
      'UTC',
      'Europe/London',
      'America/New_York',
      'America/Chicago',
      'America/Los_Angeles',
      'Asia/Tokyo',
    ];
  }
  return [own, ...all.filter((z) => z !== own)];
}
