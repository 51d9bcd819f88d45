import { updateWorkspace } from '../../../stores/workspace';
import { lastSent, markSent, unmarkSent } from '../../../lib/workspace/operations';
import type { Interview, MessageKind } from '../../../lib/workspace/schema';
import { formatLocalDateTime } from '../../../lib/dates/zoned-time';

interface Props {
  interview: Interview;
  kind: MessageKind;
  interviewerId?: string;
  /** What the button says, e.g. "Mark as sent" or "Mark as mailed". */
  label?: string;
  /** Accessible suffix naming the recipient, so several buttons on a page differ. */
  recipient?: string;
  /** A per-interview message (status inquiry): sent to anyone counts, and undoing removes it. */
  anyRecipient?: boolean;
}

/** Records that a message went out (with the time) or takes that back. */
export function SentToggle({
  interview,
  kind,
  interviewerId,
  label = 'Mark as sent',
  recipient,
  anyRecipient = false,
}: Props) {
  const who = anyRecipient ? undefined : interviewerId;
  const at = lastSent(interview, kind, who);
  const suffix = recipient ? <span class="visually-hidden"> to {recipient}</span> : null;
  // One button in both states, so the DOM node (and the keyboard focus on it) survives the toggle.
  return (
    <span class="tool-sent-state">
      {at && (
        <span class="tool-ok-text">
          Sent <time dateTime={at}>{formatLocalDateTime(at)}</time>{' '}
        </span>
      )}
      <button
        type="button"
        class="tool-button tool-button-quiet"
        onClick={() =>
          updateWorkspace((w) =>
            at
              ? unmarkSent(w, interview.id, kind, who)
              : markSent(w, interview.id, kind, new Date(), interviewerId),
          )
        }
      >
        {at ? 'Not sent yet' : label}
        {suffix}
      </button>
    </span>
  );
}
