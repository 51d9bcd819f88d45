import type { PersonRole, RoundKind } from '../../../lib/workspace/schema';

/** How each kind of round reads (the pages that list, debrief or edit applications, so not in every page's labels). */
export const ROUND_KIND_LABELS: Record<RoundKind, string> = {
  'recruiter-screen': 'Recruiter screen',
  phone: 'Phone interview',
  video: 'Video interview',
  'on-site': 'On-site interview',
  panel: 'Panel interview',
  final: 'Final interview',
  assessment: 'Assessment',
};

/** How each person's part reads in the "Their part" select. */
export const PERSON_ROLE_LABELS: Record<PersonRole, string> = {
  interviewer: 'Interviewer',
  'hiring-manager': 'Hiring manager',
  recruiter: 'Recruiter',
  coordinator: 'Coordinator',
  reference: 'Reference (someone vouching for you)',
  other: 'Other',
};
