import { useStore } from '@nanostores/preact';
import { atom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';
import { $workspace } from '../../../stores/workspace';
import { currentApplication, currentRound, peopleMet } from '../../../lib/workspace/operations';
import type { Application, Person, Profile, Round } from '../../../lib/workspace/schema';
import { panelChosen } from '../../../lib/thank-you/modes';

import {
  specificDetails,
  tooSimilarPairs,
  TOO_SIMILAR,
} from '../../../lib/thank-you/personalization';
import { clockStart, thankYouDeadline, timeLeft } from '../../../lib/thank-you/deadline';
import { MESSAGE_LIMITS } from '../../../lib/messages/message-limits';
import { wordCount } from '../../../lib/messages/text-stats';
import { formatInZone, userTimeZone } from '../../../lib/dates/zoned-time';
import { useNow } from '../hooks/use-now';
import type { DraftHandle } from '../hooks/use-draft';
import { useThankYouDrafts } from '../hooks/use-thank-you-drafts';
import { SignOff } from '../parts/SignOff';
import { PersonNote } from '../parts/PersonNote';
import { applicationHref } from '../parts/workspace-href';
import { ToneSelect } from '../parts/ToneSelect';
import { SentToggle } from '../parts/SentToggle';
import { MentionSelect } from '../parts/MentionSelect';
import { DraftPanel } from '../parts/DraftPanel';
import { SendActions } from '../parts/SendActions';
import { ToolShell } from '../parts/ToolShell';
import { ApplicationSummary } from '../parts/ApplicationSummary';

/**
 * The recruiter-screen note and the panel choice, fetched the first time a round needs
 * one (a screen, or two or more people met); the panel's builder comes only once it is
 * chosen. Most rounds are written to one person at a time, so the page carries neither.
 */
// The module object, never a bare component: a function as a store's value would be
// called as a state updater. false: it could not load.
const $modes = atom<typeof import('../parts/ThankYouChoice') | null | false>(null);
const loadModes = () =>
  import('../parts/ThankYouChoice').then(
    (m) => $modes.set(m),
    () => $modes.set(false),
  );

/** The word range the guides recommend for a thank-you email (src/docs/facts.md, "Thank-you email"). */
const { min: WORDS_MIN, max: WORDS_MAX } = MESSAGE_LIMITS.thankYou.target;

/**
 * The thank-you email builder: one separate draft per interviewer, built from what you
 * talked about, with a send-by countdown and checks for generic or look-alike drafts.
 */
export default function ThankYouBuilder({
  idPrefix = 'ty',
  titled = true,
}: {
  idPrefix?: string;
  /** Shows the tool's own title: false on the tool's page, whose h1 already names it. */
  titled?: boolean;
}) {
  const ws = useStore($workspace);
  const application = currentApplication(ws);
  return (
    <ToolShell name="thank-you-builder" title={titled ? 'Thank-you email builder' : undefined}>
      <ApplicationSummary idPrefix={idPrefix} />
      {application && (
        <Builder
          application={application}
          round={currentRound(application)}
          profile={ws.profile}
          idPrefix={idPrefix}
          H={titled ? 'h3' : 'h2'}
        />
      )}
    </ToolShell>
  );
}

function Builder({
  application,
  round,
  profile,
  idPrefix,
  H,
}: {
  application: Application;
  round: Round;
  profile: Profile;
  idPrefix: string;
  /** Each email's heading: under the tool's h2 title, or the page's h1 when untitled. */
  H: 'h2' | 'h3';
}) {
  const met = peopleMet(application, round);
  const screen = round.kind === 'recruiter-screen';
  const panel = panelChosen(round, met);
  const lazy = screen || met.length > 1;
  const modes = useStore($modes);
  useEffect(() => {
    if (lazy) void loadModes();
  }, [lazy]);
  // One draft per person met in the round, each in its own tone; null until that tone's wording is here.
  const { drafts: perPerson, toneFailed } = useThankYouDrafts(
    application,
    round,
    screen || panel ? [] : met,
    profile,
  );
  const drafts = perPerson.map(({ person, draft }) => ({ interviewer: person, draft }));

  const similar = tooSimilarPairs(
    drafts.map((d) => ({ id: d.interviewer.id, body: d.draft.body })),
  );

  return (
    <>
      <SignOff profile={profile} idPrefix={idPrefix} />
      <Deadline round={round} editHref={applicationHref(application.id, true)} />
      {toneFailed && <p class="tool-warning">That tone could not load: check your connection.</p>}
      {lazy && modes === false && (
        <p class="tool-warning">This draft could not load: check your connection.</p>
      )}
      {lazy && modes && (
        <modes.ThankYouChoice
          screen={screen}
          panel={panel}
          application={application}
          round={round}
          profile={profile}
          idPrefix={idPrefix}
          H={H}
        />
      )}
      {!screen && !panel && drafts.length === 0 && (
        <p class="tool-warning">
          A thank-you needs someone to thank: add the people you met in{' '}
          <a href={applicationHref(application.id, true)}>Edit details</a>, and each gets a draft of
          their own.
        </p>
      )}
      {drafts.map((d, n) => (
        <DraftEditor
          key={d.interviewer.id}
          application={application}
          round={round}
          interviewer={d.interviewer}
          draft={d.draft}
          index={n}
          idPrefix={idPrefix}
          H={H}
          similarTo={similar
            .filter((p) => p.a === d.interviewer.id || p.b === d.interviewer.id)
            .map((p) => ({
              name:
                drafts.find((x) => x.interviewer.id === (p.a === d.interviewer.id ? p.b : p.a))
                  ?.interviewer.name || 'another interviewer',
              score: p.score,
            }))}
        />
      ))}
    </>
  );
}

/** When to send: 24 hours after the interview as the target, 48 as the latest. */
function Deadline({ round, editHref }: { round: Round; editHref: string }) {
  const now = useNow();
  if (!round.date || !round.start) {
    return (
      <p class="tool-hint">
        Add the interview's date and start time in <a href={editHref}>Edit details</a> to see when
        to send.
      </p>
    );
  }
  const clock = clockStart(round.date, round.start, round.end, round.timeZone);
  if (!clock) {
    return (
      <p class="tool-warning">
        That date, time or time zone could not be read: check them in{' '}
        <a href={editHref}>Edit details</a>.
      </p>
    );
  }
  const zone = userTimeZone();
  const { target, latest, fridayNote } = thankYouDeadline(clock.at, round.timeZone);
  const rows = [
    ['Send by', target, `24 hours after the interview${clock.fromEnd ? ' ended' : ''}`],
    ['Latest', latest, '48 hours'],
  ] as const;
  const late = timeLeft(now, latest).overdue;
  return (
    <div class="tool-deadline">
      {rows.map(([label, when, why]) => {
        const left = timeLeft(now, when);
        return (
          <p key={label}>
            {label} <strong>{formatInZone(when, zone, { withZone: true })}</strong> ({why}):{' '}
            <span class={left.overdue ? 'tool-danger-text' : undefined}>{left.text}</span>.
          </p>
        );
      })}
      {late && <p>A late, sincere thank-you is still better than none.</p>}
      {fridayNote && <p class="tool-hint">{fridayNote}</p>}
    </div>
  );
}

interface DraftEditorProps {
  application: Application;
  round: Round;
  interviewer: Person;
  draft: DraftHandle;
  index: number;
  idPrefix: string;
  similarTo: { name: string; score: number }[];
  /** The email's heading level (see Builder). */
  H: 'h2' | 'h3';
}

function DraftEditor({
  application,
  round,
  interviewer,
  draft,
  index,
  idPrefix,
  similarTo,
  H,
}: DraftEditorProps) {
  const who = interviewer.name.trim() || `interviewer ${index + 1}`;
  const id = (name: string) => `${idPrefix}-${interviewer.id}-${name}`;
  const details = specificDetails(draft.body, interviewer);
  // Open at first only when nothing is noted yet; after that the user decides (a
  // controlled `open` would fold the panel shut on their first keystroke).
  const [detailsOpen] = useState(() => !interviewer.topics.trim());

  return (
    <section class="tool-draft" aria-labelledby={id('heading')}>
      <H id={id('heading')}>
        Email {index + 1}: to {who}
      </H>
      <details open={detailsOpen}>
        <summary>What you discussed with {who}</summary>
        <PersonNote appId={application.id} person={interviewer} idPrefix={idPrefix} note="topics" />
      </details>

      <div class="tool-grid">
        <ToneSelect
          id={id('tone')}
          value={draft.tone}
          onChange={(tone) => draft.choose({ tone })}
        />
        <MentionSelect
          application={application}
          id={id('mention')}
          value={draft.mention}
          onChange={(mention) => draft.choose({ mention })}
        />
      </div>
      <DraftPanel
        draft={draft}
        id={`${idPrefix}-${interviewer.id}`}
        what={`email to ${who}`}
        rows={14}
        subject
        counter={{ unit: 'words', count: wordCount, min: WORDS_MIN, max: WORDS_MAX }}
        send={
          <SendActions
            draft={draft}
            what={`email to ${who}`}
            copyLabel={`Copy email to ${who}`}
            mailTo={interviewer.email}
          />
        }
        to={interviewer.email}
        sent={
          <SentToggle
            appId={application.id}
            round={round}
            kind="thank-you-email"
            personId={interviewer.id}
            recipient={who}
          />
        }
        tone={{ kind: 'thank-you-email', label: `your email to ${who}` }}
      >
        <div aria-live="polite">
          {details.length === 0 ? (
            <p class="tool-warning">
              Nothing here is specific to {who}. Add what you talked about, so this email could only
              be for them.
            </p>
          ) : (
            <p class="tool-ok">
              Personal to {who}: mentions{' '}
              {details
                .slice(0, 3)
                .map((d) => `“${d}”`)
                .join(', ')}
              .
            </p>
          )}
          {similarTo.map((s) => (
            <p class="tool-warning" key={s.name}>
              {Math.round(s.score * 100)}% alike to the email for {s.name} (we flag over{' '}
              {Math.round(TOO_SIMILAR * 100)}% shared word pairs). Interviewers compare notes: make
              each one different.
            </p>
          ))}
        </div>
      </DraftPanel>
      {!interviewer.email.trim() && (
        <p class="tool-hint">
          Add {who}'s email address in{' '}
          <a href={applicationHref(application.id, true)}>Edit details</a> to fill it in for you.
        </p>
      )}
    </section>
  );
}
