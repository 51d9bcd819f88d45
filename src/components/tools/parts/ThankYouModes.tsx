import { useState } from 'preact/hooks';
import { updateWorkspace } from '../../../stores/workspace';
import { formatLocalDateTime } from '../../../lib/dates/zoned-time';
import { MESSAGE_LIMITS } from '../../../lib/messages/message-limits';
import { wordCount } from '../../../lib/messages/text-stats';
import {
  addressLine,
  choosePanel,
  panelAddresses,
  panelChoice,
  panelOrder,
  panelThankYou,
  screenRecipient,
  screenDraftKey,
  screenThankYou,
} from '../../../lib/thank-you/mode-drafts';
import { lastSent, markSent, peopleMet, unmarkSent } from '../../../lib/workspace/operations';
import type { Application, Person, Profile, Round } from '../../../lib/workspace/schema';

export { choosePanel };
import { useDraft } from '../hooks/use-draft';
import { DraftPanel } from './DraftPanel';
import { PersonNote } from './PersonNote';
import { applicationHref } from './workspace-href';
import { InterviewerSelect } from './InterviewerSelect';
import { SendActions } from './SendActions';
import { SentToggle } from './SentToggle';
import { ToneSelect } from './ToneSelect';

interface Props {
  application: Application;
  round: Round;
  profile: Profile;
  idPrefix: string;
  /** The email's heading: h2 under a page's h1, h3 under a tool's title. */
  H: 'h2' | 'h3';
}

/** A person as a heading names them. */
const named = (p: Person | undefined, fallback: string) => p?.name.trim() || fallback;

/**
 * The thank-you after a recruiter screen: one short note to the recruiter, kept under a
 * key of its own so it never takes the place of a per-person thank-you to the same
 * person from another round kind. Loaded only for a screen round.
 */
function ScreenThankYou({ application, round, profile, idPrefix, H }: Props) {
  const recipient = screenRecipient(application, round);
  const who = named(recipient, 'the recruiter');
  const id = `${idPrefix}-screen`;
  const draft = useDraft(application.id, round, screenDraftKey(recipient?.id), ({ tone }) =>
    screenThankYou(application, round, recipient, profile, tone),
  );
  // Open at first only when nothing is noted yet; after that the user decides (a
  // controlled `open` would fold the section shut on their first keystroke).
  const [detailsOpen] = useState(() => !recipient?.topics.trim());
  const what = `email to ${who}`;
  const to = recipient?.email ?? '';
  const { min, max } = MESSAGE_LIMITS.screenThankYou.target;
  return (
    <section class="tool-draft" aria-labelledby={`${id}-heading`}>
      <H id={`${id}-heading`}>Thank-you after the recruiter screen: to {who}</H>
      <p class="tool-hint">
        A short note the same day or the next morning is enough after a screen.
        {recipient?.role !== 'recruiter' && (
          <>
            {' '}
            {recipient
              ? 'Mark the person you spoke with as the recruiter'
              : 'Add the recruiter you spoke with'}{' '}
            in <a href={applicationHref(application.id, true)}>Edit details</a> to write to them
            {recipient ? '' : ' by name'}.
          </>
        )}
      </p>
      {recipient && (
        <details open={detailsOpen}>
          <summary>What you discussed with {who}</summary>
          <PersonNote appId={application.id} person={recipient} idPrefix={id} note="topics" />
        </details>
      )}
      <ToneSelect
        id={`${id}-tone`}
        value={draft.tone}
        onChange={(tone) => draft.choose({ tone })}
      />
      <DraftPanel
        draft={draft}
        id={id}
        what={what}
        rows={10}
        subject
        counter={{ unit: 'words', count: wordCount, min, max }}
        send={<SendActions draft={draft} what={what} copyLabel={`Copy ${what}`} mailTo={to} />}
        to={to}
        sent={
          <SentToggle
            appId={application.id}
            round={round}
            kind="thank-you-email"
            {...(recipient ? { personId: recipient.id } : {})}
            recipient={who}
          />
        }
        // The screen note's range is its own (40–150 words), not the interview thank-you's.
        tone={{ kind: 'other', label: `your ${what}` }}
      />
    </section>
  );
}

/**
 * One thank-you to the panel: addressed to the lead the user picks, the others copied,
 * each member's topic tied to their name. "Mark as sent" records it as sent to every
 * member, since each of them received it. Loaded only once the panel email is chosen.
 */
function PanelThankYou({ application, round, profile, idPrefix, H }: Props) {
  const met = peopleMet(application, round);
  const { lead, key: draftKey } = panelChoice(round, met);
  const people = panelOrder(lead, met);
  const id = `${idPrefix}-panel`;
  const draft = useDraft(application.id, round, draftKey, ({ tone }) =>
    panelThankYou(application, round, lead, profile, tone),
  );
  const [first, ...others] = people;
  const { to, cc } = panelAddresses(people);
  const what = 'email to the panel';
  const { min, max } = MESSAGE_LIMITS.panelThankYou.target;
  const sentAt = lastSent(round, 'thank-you-email', first?.id);
  const toggleSent = () =>
    updateWorkspace((w) =>
      people.reduce(
        (x, p) =>
          sentAt
            ? unmarkSent(x, application.id, round.id, 'thank-you-email', p.id)
            : markSent(x, application.id, round.id, 'thank-you-email', new Date(), p.id),
        w,
      ),
    );
  return (
    <section class="tool-draft" aria-labelledby={`${id}-heading`}>
      <H id={`${id}-heading`}>One email to the panel</H>
      <InterviewerSelect
        id={`${id}-lead`}
        label="Send it to (the lead)"
        people={people}
        value={first?.id ?? ''}
        onChange={(leadId) =>
          updateWorkspace((w) => choosePanel(w, application.id, round.id, true, leadId))
        }
        emptyLabel="The hiring team"
      />
      <p id={`${id}-to`}>To: {addressLine(first ? [first] : []) || 'the lead'}</p>
      <p id={`${id}-cc`}>Cc: {addressLine(others) || 'no one else yet'}</p>
      {people.some((p) => !p.email.trim()) && (
        <p class="tool-hint">
          Add everyone's email address in{' '}
          <a href={applicationHref(application.id, true)}>Edit details</a> to fill in To and Cc for
          you.
        </p>
      )}
      <details>
        <summary>What you discussed with each person</summary>
        {people.map((p, n) => (
          <fieldset key={p.id} class="tool-fieldset">
            <legend>{named(p, `Person ${n + 1}`)}</legend>
            <PersonNote appId={application.id} person={p} idPrefix={id} note="topics" />
          </fieldset>
        ))}
      </details>
      <ToneSelect
        id={`${id}-tone`}
        value={draft.tone}
        onChange={(tone) => draft.choose({ tone })}
      />
      <DraftPanel
        draft={draft}
        id={id}
        what={what}
        rows={16}
        subject
        counter={{ unit: 'words', count: wordCount, min, max }}
        send={
          <SendActions draft={draft} what={what} copyLabel={`Copy ${what}`} mailTo={to} cc={cc} />
        }
        to={to}
        sent={
          <span class="tool-sent-state">
            {sentAt && (
              <span class="tool-ok-text">
                Sent <time dateTime={sentAt}>{formatLocalDateTime(sentAt)}</time>{' '}
              </span>
            )}
            <button type="button" class="tool-button tool-button-quiet" onClick={toggleSent}>
              {sentAt ? 'Not sent yet' : 'Mark as sent'}
              <span class="visually-hidden"> (email to the panel)</span>
            </button>
          </span>
        }
        // The panel email's range is its own (100–220 words), past the one-person thank-you's.
        tone={{ kind: 'other', label: `your ${what}` }}
      />
    </section>
  );
}

/** The screen note for a recruiter-screen round (`screen`), else the panel email. */
export function ThankYouMode({ screen, ...props }: Props & { screen: boolean }) {
  return screen ? <ScreenThankYou {...props} /> : <PanelThankYou {...props} />;
}
