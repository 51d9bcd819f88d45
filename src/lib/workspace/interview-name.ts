// How an interview is named where the user picks or reads about it: lists, notices,
// calendar entries, headings.
import type { Interview } from './schema';

/** A short name for an interview in lists and notices ("Acme: Product Designer"); "Untitled interview" until either is typed. */
export function interviewName(i: Interview): string {
  const parts = [i.company.trim(), i.role.trim()].filter(Boolean);
  return parts.length ? parts.join(': ') : 'Untitled interview';
}
