import { useThankYouDrafts } from '../hooks/use-thank-you-drafts';
import { useStore } from '@nanostores/preact';
import { $daysOff } from '../../../stores/days-off';
import { draftKey, peopleMet } from '../../../lib/workspace/operations';
import type { Application, Person, Round, Workspace } from '../../../lib/workspace/schema';
import type { PlannedStep } from '../../../lib/timeline/interview-plan';
import { interviewTimeline } from '../../../lib/timeline/interview-plan';
import { followUpAllowance } from '../../../lib/timeline/follow-up-allowance';
import { panelChosen } from '../../../lib/thank-you/modes';
import { specificDetails } from '../../../lib/thank-you/personalization';
import { draftStatusInquiry } from '../../../lib/status-inquiry/compose';
import { quotedTimeline } from '../../../lib/status-inquiry/from-plan';
import { mentionText } from '../../../lib/engagement/mention';
import { MESSAGE_LIMITS } from '../../../lib/messages/message-limits';
import { wordCount } from '../../../lib/messages/text-stats';
import { formatLongDate } from '../../../lib/dates/long-date';
import { withBase } from '../../../lib/site/base-path';
import { useDraft } from '../hooks/use-draft';
import CoverEmail from './CoverEmail';
import { DraftPanel } from './DraftPanel';
import { SendActions } from './SendActions';
import { SentToggle } from './SentToggle';
import StepDraft from './StepDraft';
import { ToneSelect } from './ToneSelect';

interface Props {
  /** The step whose message this is (lib/timeline/application-timeline.ts). */
  step: PlannedStep;
  application: Application;
  /** The latest round: the plan's drafts and "sent" records are kept in it. */
  round: Round;
  workspace: Workspace;
  /** Prefix of the panels' ids, unique on the page. */
  id: string;
}

/**
 * The drafts of one step on the application page, each the same draft (same key in the
 * same round) as in its own tool, so an edit made in either place is the one draft:
 * the thank-you per person met, the status inquiry and final follow-up, a promised
 * item's cover email, and an outcome step's message. Loaded when a step first opens.
 */
export default function HubDraft({ step, application, round, workspace, id }: Props) {
  if (step.id === 'thank-you-email')
    return <ThankYous application={application} round={round} profile={workspace} id={id} />;
  if (step.id === 'status-inquiry' || step.id === 'final-follow-up')
    return (
      <StatusDraft
        kind={step.id}
        application={application}
        round={round}
        workspace={workspace}
        id={id}
      />
    );
  if (step.id.startsWith('action-item:')) {
    const item = round.actionItems.find((a) => `action-item:${a.id}` === step.id);
    if (!item) return null;
    const recipient =
      application.people.find((p) => p.id === item.askedBy) ??
      peopleMet(application, round)[0] ??
      null;
    return (
      <CoverEmail
        application={application}
        round={round}
        item={item}
        recipient={recipient}
        profile={workspace.profile}
        late={step.state === 'overdue'}
        id={id}
        label={item.what.trim() || 'what you promised'}
      />
    );
  }
  return <StepDraft stepId={step.id} application={application} workspace={workspace} id={id} />;
}

const THANK_YOU_TOOL = withBase('tools/thank-you-email/', import.meta.env.BASE_URL);
const { min: WORDS_MIN, max: WORDS_MAX } = MESSAGE_LIMITS.thankYou.target;

/** One thank-you per person met, as the thank-you builder drafts them (same keys). */
function ThankYous({
  application,
  round,
  profile: ws,
  id,
}: {
  application: Application;
  round: Round;
  profile: Workspace;
  id: string;
}) {
  const met = peopleMet(application, round);
  // A recruiter screen's note and a chosen panel email are written in the builder, which
  // holds their modes; here the page says so rather than show a second kind of draft.
  const elsewhere = round.kind === 'recruiter-screen' || panelChosen(round, met);
  const { drafts, toneFailed: failed } = useThankYouDrafts(
    application,
    round,
    elsewhere ? [] : met,
    ws.profile,
  );
  if (elsewhere)
    return (
      <p>
        This round’s thank-you is{' '}
        {round.kind === 'recruiter-screen' ? 'a recruiter-screen note' : 'one email to the panel'}:{' '}
        <a href={THANK_YOU_TOOL}>write it in the thank-you builder</a>.
      </p>
    );
  if (met.length === 0)
    return (
      <p>
        Add the people you met (Edit details above) to get a separate thank-you for each of them.
      </p>
    );
  return (
    <>
      {failed && <p class="tool-warning">That tone could not load: check your connection.</p>}
      {drafts.map(({ person, draft }, n) => (
        <ThankYou
          key={person.id}
          application={application}
          round={round}
          person={person}
          draft={draft}
          id={`${id}-${person.id}`}
          index={n}
        />
      ))}
    </>
  );
}

function ThankYou({
  application,
  round,
  person,
  draft,
  id,
  index,
}: {
  application: Application;
  round: Round;
  person: Person;
  draft: ReturnType<typeof useDraft>;
  id: string;
  index: number;
}) {
  const who = person.name.trim() || `person ${index + 1}`;
  const what = `email to ${who}`;
  const details = specificDetails(draft.body, person);
  return (
    <section class="tool-draft" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>Thank-you to {who}</h4>
      <ToneSelect
        id={`${id}-tone`}
        value={draft.tone}
        onChange={(tone) => draft.choose({ tone })}
      />
      <DraftPanel
        draft={draft}
        id={id}
        what={what}
        rows={12}
        subject
        counter={{ unit: 'words', count: wordCount, min: WORDS_MIN, max: WORDS_MAX }}
        send={
          <SendActions draft={draft} what={what} copyLabel={`Copy ${what}`} mailTo={person.email} />
        }
        to={person.email}
        sent={
          <SentToggle
            appId={application.id}
            round={round}
            kind="thank-you-email"
            personId={person.id}
            recipient={who}
          />
        }
        tone={{ kind: 'thank-you-email', label: `your email to ${who}` }}
      >
        <p class={details.length ? 'tool-ok' : 'tool-warning'} aria-live="polite">
          {details.length
            ? `Personal to ${who}: mentions ${details
                .slice(0, 3)
                .map((d) => `“${d}”`)
                .join(', ')}.`
            : `Nothing here is specific to ${who}: add what you talked about (Edit details above).`}
        </p>
      </DraftPanel>
    </section>
  );
}

/**
 * The status inquiry or the final follow-up, to the first person met (the status
 * writer's own first choice, so both pages show the same draft until the user picks
 * another recipient there).
 */
function StatusDraft({
  kind,
  application,
  round,
  workspace,
  id,
}: {
  kind: 'status-inquiry' | 'final-follow-up';
  application: Application;
  round: Round;
  workspace: Workspace;
  id: string;
}) {
  const days = useStore($daysOff);
  const recipient = peopleMet(application, round)[0] ?? null;
  const draft = useDraft(
    application.id,
    round,
    draftKey(kind, recipient?.id),
    ({ tone, mention }) =>
      draftStatusInquiry({
        application,
        interviewer: recipient,
        profile: workspace.profile,
        tone,
        stage: kind === 'status-inquiry' ? 'first' : 'final',
        timelineSummary: quotedTimeline(interviewTimeline(round, days)),
        timelineSaidBy:
          round.timelineBy && round.timelineBy !== recipient?.id
            ? (application.people.find((p) => p.id === round.timelineBy)?.name ?? '')
            : '',
        interviewDateText: formatLongDate(round.date),
        newsDetail: mentionText(application, mention),
      }),
  );
  const who = recipient?.name.trim() || 'the hiring team';
  const message = kind === 'status-inquiry' ? 'status inquiry' : 'final follow-up';
  const what = `${message} to ${who}`;
  const allowance = followUpAllowance(application.rounds.flatMap((r) => r.sent));
  const sent = (
    <SentToggle
      appId={application.id}
      round={round}
      kind={kind}
      anyRecipient
      {...(recipient ? { personId: recipient.id, recipient: who } : {})}
    />
  );
  if (!allowance.allowed && !round.sent.some((s) => s.kind === kind))
    return (
      <>
        <p class="tool-warning">{allowance.reason}</p>
        <div class="tool-actions">{sent}</div>
      </>
    );
  return (
    <>
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
        counter={{
          unit: 'words',
          count: wordCount,
          advice:
            kind === 'status-inquiry'
              ? 'four or five sentences is plenty'
              : 'two or three sentences',
        }}
        send={
          <SendActions
            draft={draft}
            what={what}
            copyLabel={`Copy ${message}`}
            mailTo={recipient?.email ?? ''}
          />
        }
        to={recipient?.email ?? ''}
        sent={sent}
        tone={{ kind, label: `the ${message}`, sentHistory: round.sent, interviewDate: round.date }}
      />
    </>
  );
}
