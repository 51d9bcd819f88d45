import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { $workspace } from '../../../stores/workspace';
import { $daysOff } from '../../../stores/days-off';
import {
  currentApplication,
  currentRound,
  draftKey,
  peopleMet,
} from '../../../lib/workspace/operations';
import type { Application, PlanSettings, Profile } from '../../../lib/workspace/schema';
import { draftStatusInquiry } from '../../../lib/status-inquiry/compose';
import { interviewTimeline, planForInterview } from '../../../lib/timeline/interview-plan';
import { followUpAllowance } from '../../../lib/timeline/follow-up-allowance';
import { useTimelineReadings } from '../hooks/use-timeline-readings';
import { quotedTimeline, sendAdvice } from '../../../lib/status-inquiry/from-plan';
import { formatLongDate } from '../../../lib/dates/long-date';
import { isoDateIn, userTimeZone } from '../../../lib/dates/zoned-time';
import { wordCount } from '../../../lib/messages/text-stats';
import { useNow } from '../hooks/use-now';
import { useDraft } from '../hooks/use-draft';
import { ToneSelect } from '../parts/ToneSelect';
import { InterviewerSelect } from '../parts/InterviewerSelect';
import { SentToggle } from '../parts/SentToggle';
import { MentionSelect } from '../parts/MentionSelect';
import { mentionText } from '../../../lib/engagement/mention';
import { DraftPanel } from '../parts/DraftPanel';
import { SendActions } from '../parts/SendActions';
import { ToolShell } from '../parts/ToolShell';
import { ApplicationSummary } from '../parts/ApplicationSummary';
import { applicationHref } from '../parts/workspace-href';

type Stage = 'first' | 'final';
const KIND = { first: 'status-inquiry', final: 'final-follow-up' } as const;

/**
 * The status-inquiry writer: a polite inquiry for when their timeline has passed, and a
 * final follow-up a week later, dated by the same plan as the calculator.
 */
export default function StatusInquiryWriter({
  idPrefix = 'si',
  titled = true,
}: {
  idPrefix?: string;
  /** Shows the tool's own title: false on the tool's page, whose h1 already names it. */
  titled?: boolean;
}) {
  const ws = useStore($workspace);
  const application = currentApplication(ws);
  const now = useNow(60_000);
  return (
    <ToolShell name="status-inquiry-writer" title={titled ? 'Status-inquiry writer' : undefined}>
      <ApplicationSummary idPrefix={idPrefix} />
      {application && (
        <Writer
          key={application.id}
          application={application}
          today={isoDateIn(now, userTimeZone())}
          idPrefix={idPrefix}
          profile={ws.profile}
          settings={ws.settings}
        />
      )}
    </ToolShell>
  );
}

function Writer({
  application,
  today,
  idPrefix,
  profile,
  settings,
}: {
  application: Application;
  today: string;
  idPrefix: string;
  profile: Profile;
  settings: PlanSettings;
}) {
  const days = useStore($daysOff);
  const round = currentRound(application);
  const people = peopleMet(application, round);
  const [stage, setStage] = useState<Stage>(() =>
    round.sent.some((s) => s.kind === 'status-inquiry') ? 'final' : 'first',
  );
  const [recipientId, setRecipientId] = useState(() => people[0]?.id ?? '');
  useTimelineReadings([application], days);
  const id = (name: string) => `${idPrefix}-${name}`;
  const recipient = people.find((p) => p.id === recipientId) ?? people[0] ?? null;
  const kind = KIND[stage];
  const key = draftKey(kind, recipient?.id);
  const draft = useDraft(application.id, round, key, ({ tone, mention }) =>
    draftStatusInquiry({
      application,
      interviewer: recipient,
      profile,
      tone,
      stage,
      timelineSummary: quotedTimeline(interviewTimeline(round, days)),
      // Credited by name when someone other than the reader gave it (the recruiter's
      // words in a note to the hiring manager).
      timelineSaidBy:
        round.timelineBy && round.timelineBy !== recipient?.id
          ? (application.people.find((p) => p.id === round.timelineBy)?.name ?? '')
          : '',
      interviewDateText: formatLongDate(round.date),
      newsDetail: mentionText(application, mention),
    }),
  );
  const advice = sendAdvice(
    planForInterview(round, settings, today, days).find((s) => s.id === kind),
  );
  const who = recipient?.name.trim() || 'the hiring team';
  const message = stage === 'first' ? 'Status inquiry' : 'Final follow-up';
  // The cap on follow-ups after the thank-you, across every round: once it is reached, no
  // third draft; the reason instead, and the way to take back a "sent" marked by mistake.
  const allowance = followUpAllowance(application.rounds.flatMap((r) => r.sent));
  const sentToggle = (
    <SentToggle
      appId={application.id}
      round={round}
      kind={kind}
      anyRecipient
      {...(recipient ? { personId: recipient.id, recipient: who } : {})}
    />
  );
  if (!allowance.allowed)
    return (
      <>
        <p class="tool-warning" role="status">
          {allowance.reason}
        </p>
        <div class="tool-actions">{sentToggle}</div>
      </>
    );

  return (
    <>
      <fieldset class="tool-fieldset">
        <legend>Which message</legend>
        <div class="tool-field tool-check">
          <input
            type="radio"
            name={id('stage')}
            id={id('stage-first')}
            checked={stage === 'first'}
            onChange={() => setStage('first')}
          />
          <label for={id('stage-first')}>Status inquiry (their timeline has passed)</label>
        </div>
        <div class="tool-field tool-check">
          <input
            type="radio"
            name={id('stage')}
            id={id('stage-final')}
            checked={stage === 'final'}
            onChange={() => setStage('final')}
          />
          <label for={id('stage-final')}>Final follow-up (about a week after the inquiry)</label>
        </div>
      </fieldset>
      <p class={advice.urgent ? 'tool-warning' : 'tool-hint'} aria-live="polite">
        {advice.text}
      </p>
      {!round.date && (
        <p class="tool-hint">
          Add the interview's date in{' '}
          <a href={applicationHref(application.id, true)}>Edit details</a> to know when to send it.
        </p>
      )}
      <div class="tool-grid">
        <InterviewerSelect
          id={id('to')}
          label="To"
          people={people}
          value={recipient?.id ?? ''}
          onChange={setRecipientId}
          emptyLabel="The hiring team"
        />
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
        key={key}
        draft={draft}
        id={idPrefix}
        what={`${message.toLowerCase()} to ${who}`}
        rows={12}
        subject
        counter={{
          unit: 'words',
          count: wordCount,
          advice: stage === 'first' ? 'four or five sentences is plenty' : 'two or three sentences',
        }}
        send={
          <SendActions
            draft={draft}
            what={`${message.toLowerCase()} to ${who}`}
            copyLabel={`Copy ${message.toLowerCase()}`}
            mailTo={recipient?.email ?? ''}
          />
        }
        to={recipient?.email ?? ''}
        sent={sentToggle}
        tone={{
          kind,
          label: `the ${message.toLowerCase()}`,
          sentHistory: round.sent,
          interviewDate: round.date,
        }}
      />
    </>
  );
}
