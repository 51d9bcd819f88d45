import { useEffect, useState } from 'preact/hooks';
import { readSharedDraft, type SharedDraftResult } from '../../../lib/share/draft-link';

/** How each kind of draft is named on the page. */
const KIND_NAMES: Record<string, string> = {
  'thank-you-email': 'Thank-you email',
  'handwritten-note': 'Handwritten note',
  linkedin: 'LinkedIn connection note',
  'linkedin-message': 'LinkedIn message',
  'status-inquiry': 'Status inquiry',
  'final-follow-up': 'Final follow-up',
  'action-item': 'Cover email for a promised item',
  withdrawal: 'Withdrawal',
  expedite: 'Note about another offer',
  'offer-extension': 'Request for more time on an offer',
  'rejection-reply': 'Reply to a rejection',
  reconnect: 'Getting back in touch',
  'reference-thanks': 'Thank-you to a reference',
  'recruiter-thanks': 'Thank-you to the recruiter',
  'offer-acceptance': 'Accepting an offer',
  'offer-decline': 'Declining an offer',
  other: 'Message',
};

/**
 * A draft someone shared for review, read from the link's fragment (never sent to any
 * server) and shown read-only, every part as text.
 */
export default function SharedDraftView() {
  const [result, setResult] = useState<SharedDraftResult | null>(null);
  useEffect(() => {
    const read = () => setResult(readSharedDraft(location.hash));
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, []);
  if (!result) return <p class="tool-loading">Opening the shared draft…</p>;
  if (result.kind === 'none') {
    return (
      <p>
        No draft in this link. When someone shares a draft from Follow-Up Kit, the link they send
        opens it here, read-only. The draft travels inside the link itself, so nothing is stored on
        a server.
      </p>
    );
  }
  if (result.kind !== 'ok')
    return (
      <p class="tool-warning" role="alert">
        {result.reason}
      </p>
    );
  const { draft } = result;
  return (
    <article class="tool shared-draft" aria-labelledby="shared-kind">
      <h2 id="shared-kind" class="tool-title">
        {KIND_NAMES[draft.kind] ?? 'Message'}
      </h2>
      <dl class="shared-meta">
        {draft.to && (
          <>
            <dt>To</dt>
            <dd>{draft.to}</dd>
          </>
        )}
        {draft.subject && (
          <>
            <dt>Subject</dt>
            <dd>{draft.subject}</dd>
          </>
        )}
      </dl>
      <pre class="tool-preview">{draft.body}</pre>
      <p class="tool-hint">
        A read-only copy. Suggest changes to the person who sent it; nothing you do here changes
        their draft.
      </p>
    </article>
  );
}
