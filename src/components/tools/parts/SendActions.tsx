import type { DraftText } from '../../../lib/messages/draft-rule';
import { buildMailto } from '../../../lib/messages/mailto';
import { CopyButton } from './CopyButton';

interface Props {
  /** The message as shown; an email's subject is copied with it. */
  draft: DraftText;
  /** What the message is, naming the link apart from others: "email to Priya Raman". */
  what: string;
  copyLabel: string;
  /** Emails: the recipient's address ('' for none yet), for "Open in my email app". */
  mailTo?: string;
  /** Addresses copied on the email (a panel email copies the others), blanks left out. */
  cc?: string[];
  /** Said before copying a message that will not go as it is (a note over its limit). */
  warning?: string | undefined;
}

/**
 * How a message leaves the kit, the same for every one: copy it (with "Subject:" for an
 * email), and for an email open it in the mail program, or, when the mailto: link would
 * be too long for some mail programs to take whole (lib/messages/mailto.ts), say so and
 * to copy it instead.
 */
export function SendActions({
  draft: { subject, body },
  what,
  copyLabel,
  mailTo,
  cc,
  warning,
}: Props) {
  const email = mailTo !== undefined;
  const mail = email && buildMailto({ to: mailTo.trim(), cc: cc ?? [], subject, body });
  return (
    <>
      <CopyButton
        text={email ? `Subject: ${subject}\n\n${body}` : body}
        label={copyLabel}
        warning={warning}
      />
      {mail &&
        (mail.tooLong ? (
          <span class="tool-hint">
            Too long to open as a link in some email apps: copy and paste it instead.
          </span>
        ) : (
          <a class="tool-button tool-button-quiet" href={mail.href}>
            Open in my email app<span class="visually-hidden"> ({what})</span>
          </a>
        ))}
    </>
  );
}
