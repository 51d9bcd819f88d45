// How an application (an "interview" on the pages) is named where the user picks or
// reads about it: lists, notices, calendar entries, headings.
import type { Application } from './schema';

/** A short name for an application in lists and notices ("Acme: Product Designer"); "Untitled interview" until either is typed. */
export function interviewName(i: Pick<Application, 'company' | 'role'>): string {
  const parts = [i.company.trim(), i.role.trim()].filter(Boolean);
  return parts.length ? parts.join(': ') : 'Untitled interview';
}
