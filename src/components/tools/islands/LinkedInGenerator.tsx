import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { $workspace, updateWorkspace } from '../../../stores/workspace';
import {
  currentApplication,
  currentRound,
  draftKey,
  lastSent,
  markSent,
  peopleMet,
  unmarkSent,
  updatePerson,
  updateProfile,
} from '../../../lib/workspace/operations';
import type {
  Application,
  LinkedInTier,
  MessageKind,
  Person,
  Profile,
  Round,
} from '../../../lib/workspace/schema';
import { countCharacters, noteLimit } from '../../../lib/linkedin/count';
import { MESSAGE_LIMITS } from '../../../lib/messages/message-limits';
import type { checkProfileUrl } from '../../../lib/linkedin/profile-url';
import {
  connectionAdvice,
  draftAcceptedMessage,
  draftConnectionNote,
  notesSentThisMonth,
  personalDetails,
} from '../../../lib/linkedin/messages';
import { formatLocalDateTime, userTimeZone } from '../../../lib/dates/zoned-time';
import { Field } from '../parts/Field';
import { useNow } from '../hooks/use-now';
import { useDraft } from '../hooks/use-draft';
import { InterviewerSelect } from '../parts/InterviewerSelect';
import { SentToggle } from '../parts/SentToggle';
import { applicationHref } from '../parts/workspace-href';
import { charactersOver, DraftPanel } from '../parts/DraftPanel';
import { SendActions } from '../parts/SendActions';
import { ToolShell } from '../parts/ToolShell';
import { ApplicationSummary } from '../parts/ApplicationSummary';

/**
 * The LinkedIn message generator: for each interviewer, a connection note that fits the
 * user's account (200 characters free, 300 Premium), advice on sending the request
 * without a note, and the longer message for after they accept.
 */
export default function LinkedInGenerator({
  idPrefix = 'li',
  titled = true,
}: {
  idPrefix?: string;
  /** Shows the tool's own title: false on the tool's page, whose h1 already names it. */
  titled?: boolean;
}) {
  const ws = useStore($workspace);
  const application = currentApplication(ws);
  const round = application && currentRound(application);
  const [personId, setPersonId] = useState('');
  const now = useNow(60_000);
  const id = (name: string) => `${idPrefix}-${name}`;
  const tier = ws.profile.linkedinTier;
  const people = application && round ? peopleMet(application, round) : [];
  const person = people.find((p) => p.id === personId) ?? people[0];
  return (
    <ToolShell name="linkedin-generator" title={titled ? 'LinkedIn message generator' : undefined}>
      <ApplicationSummary idPrefix={idPrefix} />
      {application && round && (
        <>
          <div class="tool-grid">
            <div class="tool-field">
              <label for={id('tier')}>Your LinkedIn account</label>
              <select
                id={id('tier')}
                value={tier}
                onChange={(e) =>
                  updateWorkspace((w) =>
                    updateProfile(w, { linkedinTier: e.currentTarget.value as LinkedInTier }),
                  )
                }
              >
                <option value="free">
                  Free: notes up to {MESSAGE_LIMITS.linkedinNote.free.max} characters
                </option>
                <option value="premium">
                  Premium: notes up to {MESSAGE_LIMITS.linkedinNote.premium.max} characters
                </option>
              </select>
            </div>
            {people.length > 0 && (
              <InterviewerSelect
                id={id('person')}
                label="Interviewer"
                people={people}
                value={person?.id ?? ''}
                onChange={setPersonId}
                emptyLabel="Nobody added yet"
              />
            )}
          </div>
          {person ? (
            <ForPerson
              key={person.id}
              application={application}
              round={round}
              person={person}
              tier={tier}
              profile={ws.profile}
              notesThisMonth={notesSentThisMonth(ws, now, userTimeZone())}
              idPrefix={idPrefix}
              H={titled ? 'h3' : 'h2'}
            />
          ) : (
            <p class="tool-warning">
              A LinkedIn message needs someone to write to: add the people you met in{' '}
              <a href={applicationHref(application.id, true)}>Edit details</a>.
            </p>
          )}
        </>
      )}
    </ToolShell>
  );
}

interface PersonProps {
  application: Application;
  round: Round;
  person: Person;
  tier: LinkedInTier;
  profile: Profile;
  notesThisMonth: number;
  idPrefix: string;
  /** The sections' heading: under the tool's h2 title, or the page's h1 when untitled. */
  H: 'h2' | 'h3';
}

/** Everything for one interviewer: profile, advice, the note and the message after acceptance. */
function ForPerson({
  application,
  round,
  person,
  tier,
  profile,
  notesThisMonth,
  idPrefix,
  H,
}: PersonProps) {
  const id = (name: string) => `${idPrefix}-${person.id}-${name}`;
  const who = person.name.trim() || 'this interviewer';
  const limit = noteLimit(tier);
  const details = personalDetails(application, person);
  const noteKey = draftKey('linkedin', person.id);
  const saved = round.drafts[noteKey]?.detail;
  // The chosen detail, if it is still one of the options; else the first one.
  const detail =
    saved !== undefined && (saved === '' || details.includes(saved)) ? saved : (details[0] ?? '');
  const advice = connectionAdvice({
    tier,
    notesThisMonth,
    thankYouSent: lastSent(round, 'thank-you-email', person.id) !== undefined,
  });
  const note = useDraft(application.id, round, noteKey, () => ({
    subject: '',
    body: draftConnectionNote({
      application,
      round,
      interviewer: person,
      profile: { name: '' },
      detail,
      limit,
    }),
  }));
  const message = useDraft(application.id, round, draftKey('linkedin-message', person.id), () => ({
    subject: '',
    body: draftAcceptedMessage({ application, round, interviewer: person, profile, detail }),
  }));
  const account = ` of a ${tier === 'free' ? 'free' : 'Premium'} account`;
  const over = charactersOver(countCharacters(note.body), limit, account);

  return (
    <>
      <section class="tool-section" aria-labelledby={id('profile-heading')}>
        <H id={id('profile-heading')}>{who}’s profile</H>
        <Field
          id={id('url')}
          label={`LinkedIn profile address of ${who}`}
          type="url"
          value={person.linkedin}
          onInput={(linkedin) =>
            updateWorkspace((w) => updatePerson(w, application.id, person.id, { linkedin }))
          }
        />
        <ProfileLink address={person.linkedin} who={who} />
      </section>

      <section class="tool-section" aria-labelledby={id('when-heading')}>
        <H id={id('when-heading')}>With a note or without?</H>
        {advice.text.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </section>

      <section class="tool-section" aria-labelledby={id('note-heading')}>
        <H id={id('note-heading')}>Connection note to {who}</H>
        <div class="tool-field">
          <label for={id('detail')}>Detail to mention</label>
          <select
            id={id('detail')}
            value={detail}
            onChange={(e) => note.choose({ detail: e.currentTarget.value })}
          >
            {details.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
            <option value="">No detail</option>
          </select>
          {details.length === 0 && (
            <p class="tool-hint">
              Note what you talked about with {who} in{' '}
              <a href={applicationHref(application.id, true)}>Edit details</a> to get a note only
              they could receive.
            </p>
          )}
        </div>
        <DraftPanel
          draft={note}
          id={id('note')}
          what={`note to ${who}`}
          rows={5}
          counter={{
            unit: 'characters',
            max: limit,
            count: countCharacters,
            of: account,
          }}
          send={
            <SendActions
              draft={note}
              what={`note to ${who}`}
              copyLabel={`Copy note to ${who}`}
              warning={over && `This note is ${over} LinkedIn will refuse it or cut it off.`}
            />
          }
          startAgainLabel={over ? 'Use a version that fits' : undefined}
          sent={<RequestSent appId={application.id} round={round} person={person} who={who} />}
          tone={{ kind: 'linkedin', label: `your note to ${who}`, linkedinLimit: limit }}
        >
          {note.edited && over && (
            <p class="tool-hint">
              The draft from your details always fits: “Use a version that fits” puts it back.
            </p>
          )}
        </DraftPanel>
      </section>

      <section class="tool-section" aria-labelledby={id('message-heading')}>
        <H id={id('message-heading')}>Once {who} accepts</H>
        <p class="tool-hint">
          A short message within a day or so, especially if the request went without a note. Don’t
          ask about the decision here.
        </p>
        <DraftPanel
          draft={message}
          id={id('message')}
          what={`message to ${who}`}
          rows={8}
          send={
            <SendActions
              draft={message}
              what={`message to ${who}`}
              copyLabel={`Copy message to ${who}`}
            />
          }
          sent={
            <SentToggle
              appId={application.id}
              round={round}
              kind={'linkedin-message' satisfies MessageKind}
              personId={person.id}
              recipient={who}
            />
          }
          tone={{ kind: 'linkedin-message', label: `your message to ${who}` }}
        />
      </section>
    </>
  );
}

/**
 * The profile address, checked, as a link. The checker (about 1.4 KB gzip) is fetched
 * only once there is an address to check, which keeps this page inside its 25 KB budget.
 */
function ProfileLink({ address, who }: { address: string; who: string }) {
  const [check, setCheck] = useState<typeof checkProfileUrl | null>(null);
  const given = address.trim() !== '';
  useEffect(() => {
    if (given && !check)
      void import('../../../lib/linkedin/profile-url').then((m) =>
        setCheck(() => m.checkProfileUrl),
      );
  }, [given, check]);
  const profile = given ? check?.(address) : { kind: 'empty' as const };
  return (
    <div aria-live="polite">
      {profile?.kind === 'ok' && (
        <p>
          <a href={profile.url} rel="noopener noreferrer" target="_blank">
            Open {who}’s profile on LinkedIn
            <span class="visually-hidden"> (opens in a new tab)</span>
          </a>
        </p>
      )}
      {profile?.kind === 'invalid' && <p class="tool-warning">{profile.reason}</p>}
      {profile?.kind === 'empty' && (
        <p class="tool-hint">
          Paste the address from their profile page (linkedin.com/in/…) to check it is the right
          person.
        </p>
      )}
    </div>
  );
}

/** "Sent with the note" or "sent without a note": free accounts count only the first. */
function RequestSent({
  appId,
  round,
  person,
  who,
}: {
  appId: string;
  round: Round;
  person: Person;
  who: string;
}) {
  const record = round.sent.findLast((s) => s.kind === 'linkedin' && s.personId === person.id);
  const mark = (withNote: boolean) =>
    updateWorkspace((w) =>
      markSent(w, appId, round.id, 'linkedin', new Date(), person.id, withNote),
    );
  const suffix = <span class="visually-hidden"> to {who}</span>;
  // The first button stays the same DOM node in both states, so keyboard focus survives the toggle.
  return (
    <span class="tool-sent-state">
      {record && (
        <span class="tool-ok-text">
          Request sent {record.withNote === false ? 'without a note' : 'with the note'}{' '}
          <time dateTime={record.at}>{formatLocalDateTime(record.at)}</time>{' '}
        </span>
      )}
      <button
        type="button"
        class="tool-button tool-button-quiet"
        onClick={() =>
          record
            ? updateWorkspace((w) => unmarkSent(w, appId, round.id, 'linkedin', person.id))
            : mark(true)
        }
      >
        {record ? 'Not sent yet' : 'Mark sent with this note'}
        {suffix}
      </button>
      {!record && (
        <button type="button" class="tool-button tool-button-quiet" onClick={() => mark(false)}>
          Mark sent without a note{suffix}
        </button>
      )}
    </span>
  );
}
