// The company-log entries a message builder offers as its personal detail (the "Mention
// from your company log" select), and the words a draft takes from the chosen one. Its
// own module, apart from engagement-log.ts, because every message builder needs only this.
import type { Application, EngagementEntry } from '../workspace/schema';

/** Where the log lives: the application. */
type WithLog = Pick<Application, 'engagement'>;

/** The log entries the user marked "worth mentioning" that have words to mention, in log order. */
export function mentionChoices(application: WithLog): EngagementEntry[] {
  return application.engagement.filter((e) => e.worthMentioning && e.what.trim());
}

/** How an entry reads as an option, and the words a draft takes from it: what it was, trimmed. */
export function mentionLabel(entry: EngagementEntry): string {
  return entry.what.trim();
}

/** What a draft's chosen log entry says, or '' when none is chosen (or it was since unmarked, emptied or removed). */
export function mentionText(application: WithLog, entryId: string | undefined): string {
  const chosen = entryId ? mentionChoices(application).find((e) => e.id === entryId) : undefined;
  return chosen ? mentionLabel(chosen) : '';
}

/** The chosen entry's id while it can still be mentioned, else '' (the "Nothing from the log" option). */
export function chosenMention(application: WithLog, entryId: string | undefined): string {
  return entryId && mentionText(application, entryId) ? entryId : '';
}
