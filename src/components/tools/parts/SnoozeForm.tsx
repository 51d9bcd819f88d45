// "Snooze" in What is due (DueSummary): the day to put a step off to. Fetched when
// "Snooze" is first pressed, so My interviews does not carry it on load.
import { useEffect, useRef, useState } from 'preact/hooks';
import { updateWorkspace } from '../../../stores/workspace';
import { snoozeStep } from '../../../lib/workspace/snooze-edits';
import { addDays, compareDates, isValidIsoDate } from '../../../lib/dates/iso-date';

interface Props {
  /** Id of the date input (unique per row). */
  id: string;
  /** The application and step to snooze. */
  appId: string;
  stepId: string;
  /** Today, YYYY-MM-DD: the snooze must end after it. */
  today: string;
  /** Called once saved (with the day) or cancelled (with ''). */
  onDone: (day: string) => void;
}

/**
 * The day to put a step off to, tomorrow unless changed. A day that is not after today
 * is refused in words, and the form keeps what was typed.
 */
export default function SnoozeForm({ id, appId, stepId, today, onDone }: Props) {
  const tomorrow = addDays(today, 1);
  const [day, setDay] = useState(tomorrow);
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    // The browser's own check of `min` would block the submit with a bubble of its own
    // words; this form says why in the page instead.
    <form
      class="tool-snooze"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!isValidIsoDate(day) || compareDates(day, today) <= 0) {
          setError('Pick a day after today, for example tomorrow.');
          return;
        }
        updateWorkspace((w) => snoozeStep(w, appId, stepId, day));
        onDone(day);
      }}
    >
      <label for={id}>Snooze until</label>
      <input
        type="date"
        id={id}
        ref={input}
        value={day}
        min={tomorrow}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={(e) => setDay(e.currentTarget.value)}
      />
      <button type="submit" class="tool-button">
        Save
      </button>
      <button type="button" class="tool-button tool-button-quiet" onClick={() => onDone('')}>
        Cancel
      </button>
      {error && (
        <p class="tool-warning" id={`${id}-error`}>
          {error}
        </p>
      )}
    </form>
  );
}
