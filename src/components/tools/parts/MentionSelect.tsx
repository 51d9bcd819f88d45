import type { Application } from '../../../lib/workspace/schema';
import { chosenMention, mentionChoices, mentionLabel } from '../../../lib/engagement/mention';

interface Props {
  /** The application whose company log it offers. */
  application: Application;
  id: string;
  /** The chosen entry's id, '' for none. */
  value: string | undefined;
  onChange: (entryId: string) => void;
}

/**
 * Offers the company-engagement log's "worth mentioning" entries to a message builder
 * as its personal detail. Shows nothing until the user has marked one.
 */
export function MentionSelect({ application, id, value, onChange }: Props) {
  const choices = mentionChoices(application);
  if (choices.length === 0) return null;
  return (
    <div class="tool-field">
      <label for={id}>Mention from your company log</label>
      <select
        id={id}
        value={chosenMention(application, value)}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        <option value="">Nothing from the log</option>
        {choices.map((e) => (
          <option key={e.id} value={e.id}>
            {mentionLabel(e)}
          </option>
        ))}
      </select>
    </div>
  );
}
