import { updateWorkspace } from '../../../stores/workspace';
import { lastSent, markSent, unmarkSent } from '../../../lib/workspace/operations';
import type { MessageKind, Round } from '../../../lib/workspace/schema';
import { formatLocalDateTime } from '../../../lib/dates/zoned-time';

interface Props {
  /** The application and the round the message belongs to. */
  appId: string;
  round: Round;
  kind: MessageKind;
  personId?: string;
  /** What the button says, e.g. "Mark as sent" or "Mark as mailed". */
  label?: string;
  /** Accessible suffix naming the recipient, so several buttons on a page differ. */
  recipient?: string;
  /** A message not per person (status inquiry): sent to anyone counts, and undoing removes it. */
  anyRecipient?: boolean;
}

/** Records that a message went out (with the time) or takes that back. */
export function SentToggle({
  appId,
  round,
  kind,
  personId,
  label = 'Mark as sent',
  recipient,
  anyRecipient = false,
}: Props) {
  const who = anyRecipient ? undefined : personId;
  const at = lastSent(round, kind, who);
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
              ? unmarkSent(w, appId, round.id, kind, who)
              : markSent(w, appId, round.id, kind, new Date(), personId),
          )
        }
      >
        {at ? 'Not sent yet' : label}
        {suffix}
      </button>
    </span>
  );
}
