import type { Interview } from '../../../lib/workspace/schema';

/** The log entries the user marked "worth mentioning" that have words to mention. */
const mentionable = (interview: Interview) =>
  interview.engagement.filter((e) => e.worthMentioning && e.what.trim());

/** What a draft's chosen log entry says, or '' when none is chosen (or it was since unmarked). */
export function mentionText(interview: Interview, entryId: string | undefined): string {
  return (
    (entryId &&
      mentionable(interview)
        .find((e) => e.id === entryId)
        ?.what.trim()) ||
    ''
  );
}

interface Props {
  interview: Interview;
  id: string;
  /** The chosen entry's id, '' for none. */
  value: string | undefined;
  onChange: (entryId: string) => void;
}

/**
 * Offers the company-engagement log's "worth mentioning" entries to a message builder
 * as its personal detail. Shows nothing until the user has marked one.
 */
export function MentionSelect({ interview, id, value, onChange }: Props) {
  const items = mentionable(interview);
  if (items.length === 0) return null;
  return (
    <div class="tool-field">
      <label for={id}>Mention from your company log</label>
      <select
        id={id}
        value={mentionText(interview, value) ? value : ''}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        <option value="">Nothing from the log</option>
        {items.map((e) => (
          <option key={e.id} value={e.id}>
            {e.what.trim()}
          </option>
        ))}
      </select>
    </div>
  );
}
