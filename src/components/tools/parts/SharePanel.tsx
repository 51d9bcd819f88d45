import { useState } from 'preact/hooks';
import type { SharedDraft } from '../../../lib/share/draft-link';

/**
 * Where shared drafts open: a read-only page that reads the draft from the link itself.
 * (Built from BASE_URL directly: importing lib/paths would pull the store's chunk into
 * the message checker's page, which shows this panel without any store.)
 */
const SHARED_PAGE = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}shared/`;

/**
 * "Share for review": a link whose fragment carries the draft, compressed, so a mentor
 * can read it with no server involved (the part after # never leaves the browser).
 * Contact details stay out unless the user ticks the box. The link code is fetched
 * only when a link is made.
 */
export function SharePanel({
  draft,
  id,
  label,
}: {
  draft: SharedDraft;
  id: string;
  label: string;
}) {
  const [contacts, setContacts] = useState(false);
  const [link, setLink] = useState('');
  const [copied, setCopied] = useState('');
  const [tooLong, setTooLong] = useState(false);
  const make = async (includeContacts: boolean) => {
    const { shareFragment, MAX_FRAGMENT_LENGTH } = await import('../../../lib/share/draft-link');
    const fragment = shareFragment(draft, { includeContacts });
    // The review page refuses longer links, so never hand out one it cannot open.
    setTooLong(fragment.length > MAX_FRAGMENT_LENGTH);
    setLink(
      fragment.length > MAX_FRAGMENT_LENGTH
        ? ''
        : new URL(SHARED_PAGE + fragment, location.href).href,
    );
  };
  return (
    <div class="tool-share">
      <p class="tool-hint">
        Want a mentor’s view? A link carries this draft inside itself, so nothing is uploaded;
        anyone with the link can read it.
      </p>
      <div class="tool-field tool-check">
        <input
          type="checkbox"
          id={`${id}-contacts`}
          checked={contacts}
          onChange={(e) => {
            setContacts(e.currentTarget.checked);
            if (link) void make(e.currentTarget.checked);
          }}
        />
        <label for={`${id}-contacts`}>
          Include contact details (email addresses, phone numbers, the recipient)
        </label>
      </div>
      {tooLong && (
        <p class="tool-warning">
          This draft is too long to fit in a link. Copy it into an email to your mentor instead.
        </p>
      )}
      {link ? (
        <div class="tool-field">
          <label for={`${id}-link`}>Link to {label}</label>
          <input
            id={`${id}-link`}
            type="text"
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
          />
          <div class="tool-actions">
            <button
              type="button"
              class="tool-button"
              onClick={() =>
                navigator.clipboard.writeText(link).then(
                  () => setCopied('Copied. Paste it into a message to your mentor.'),
                  () =>
                    setCopied(
                      'Your browser blocked copying: select the link and copy it yourself.',
                    ),
                )
              }
            >
              Copy the link
            </button>
            <span class="tool-copy-status" role="status">
              {copied}
            </span>
          </div>
        </div>
      ) : (
        <button
          type="button"
          class="tool-button tool-button-quiet"
          onClick={() => void make(contacts)}
        >
          Make a link to share {label}
        </button>
      )}
    </div>
  );
}
