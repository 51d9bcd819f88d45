// Reminders without a server: the number of steps due on the installed app's icon, and a
// notification, for a user who asked for one, when a step falls due while the site is
// open. Which steps are new is decided here; the browser calls are in
// components/tools/hooks/use-reminders.ts.

/** One step that is due today or overdue, with a key that stays the same across renders. */
export interface DueStep {
  key: string;
  /** What the notification says, e.g. "Fernhill Labs: Send your thank-you email". */
  title: string;
}

/**
 * The steps to announce: due now and not seen due before in this session. The first
 * reading only records what is due (the page already lists it); after that, a step that
 * becomes due (the clock passed midnight, a date was changed) is announced once.
 */
export function newlyDue(seen: Set<string> | null, due: readonly DueStep[]): DueStep[] {
  if (seen === null) return [];
  return due.filter((d) => !seen.has(d.key));
}
