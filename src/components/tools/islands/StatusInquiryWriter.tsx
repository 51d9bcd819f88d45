import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { $workspace, updateWorkspace } from '../../../stores/workspace';
import { currentInterview, draftKey, setDraft } from '../../../lib/workspace/operations';
import type { Interview, PlanSettings, Profile } from '../../../lib/workspace/schema';
import { draftStatusInquiry } from '../../../lib/status-inquiry/compose';
import { interviewTimeline, planForInterview } from '../../../lib/timeline/interview-plan';
import { useTimelineReadings } from '../hooks/use-timeline-readings';
import { quotedTimeline, sendAdvice } from '../../../lib/status-inquiry/from-plan';
import { buildMailto } from '../../../lib/messages/mailto';
import { wordCount } from '../../../lib/messages/text-stats';
import { isoDateIn, userTimeZone } from '../../../lib/dates/zoned-time';
import { formatLongDate } from '../../../lib/dates/long-date';
import { useHydrated } from '../hooks/use-hydrated';
import { useNow } from '../hooks/use-now';
import { InterviewPicker } from '../parts/InterviewPicker';
import { StorageNotice } from '../parts/StorageNotice';
import { ToneSelect } from '../parts/ToneSelect';
import { InterviewerSelect } from '../parts/InterviewerSelect';
import { CopyButton } from '../parts/CopyButton';
import { SentToggle } from '../parts/SentToggle';
import { WORKSPACE_HREF } from '../parts/workspace-href';
import { MentionSelect } from '../parts/MentionSelect';
import { mentionText } from '../../../lib/engagement/mention';
import { ToneCheck } from '../parts/ToneCheck';
import { FIELD_LIMITS } from '../../../lib/workspace/field-limits';

type Stage = 'first' | 'final';
const KIND = { first: 'status-inquiry', final: 'final-follow-up' } as const;

/**
 * The status-inquiry writer: a polite inquiry for when their timeline has passed, and a
 * final follow-up a week later, dated by the same plan as the calculator.
 */
export default function StatusInquiryWriter({ idPrefix = 'si' }: { idPrefix?: string }) {
  const hydrated = useHydrated();
  const ws = useStore($workspace);
  const interview = currentInterview(ws);
  const now = useNow(60_000);
  if (!hydrated) return <p class="tool-loading">Loading your saved interviews…</p>;
  return (
    <div class="tool status-inquiry-writer">
      <h2 class="tool-title">Status-inquiry writer</h2>
      <StorageNotice />
      <InterviewPicker idPrefix={idPrefix} workspaceHref={WORKSPACE_HREF} />
      {interview && (
        <Writer
          key={interview.id}
          interview={interview}
          today={isoDateIn(now, userTimeZone())}
          idPrefix={idPrefix}
          holidays={ws.settings.holidays}
          profile={ws.profile}
          settings={ws.settings}
        />
      )}
    </div>
  );
}

function Writer({
  interview,
  today,
  idPrefix,
  holidays,
  profile,
  settings,
}: {
  interview: Interview;
  today: string;
  idPrefix: string;
  holidays: string[];
  profile: Profile;
  settings: PlanSettings;
}) {
  const [stage, setStage] = useState<Stage>(() =>
    interview.sent.some((s) => s.kind === 'status-inquiry') ? 'final' : 'first',
  );
  const [recipientId, setRecipientId] = useState(() => interview.interviewers[0]?.id ?? '');
  useTimelineReadings([interview], holidays);
  const id = (name: string) => `${idPrefix}-${name}`;
  const recipient =
    interview.interviewers.find((p) => p.id === recipientId) ?? interview.interviewers[0] ?? null;
  const kind = KIND[stage];
  const key = draftKey(kind, recipient?.id);
  const saved = interview.drafts[key];
  const tone = saved?.tone ?? 'warm';
  const mention = saved?.mention ?? '';
  const generated = draftStatusInquiry({
    interview,
    interviewer: recipient,
    profile,
    tone,
    stage,
    timelineSummary: quotedTimeline(interviewTimeline(interview, holidays)),
    interviewDateText: formatLongDate(interview.date),
    newsDetail: mentionText(interview, mention),
  });
  const draft = saved?.edited ? saved : { ...generated, tone, mention, edited: false };
  const save = (patch: Partial<typeof draft>) =>
    updateWorkspace((w) =>
      setDraft(w, interview.id, key, {
        subject: draft.subject,
        body: draft.body,
        tone: draft.tone,
        edited: draft.edited,
        mention,
        ...patch,
      }),
    );
  const advice = sendAdvice(
    planForInterview(interview, settings, today).find((s) => s.id === kind),
  );
  const who = recipient?.name.trim() || 'the hiring team';
  const mail = buildMailto({
    to: recipient?.email.trim() ?? '',
    subject: draft.subject,
    body: draft.body,
  });

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
      <div class="tool-grid">
        <InterviewerSelect
          id={id('to')}
          label="To"
          interview={interview}
          value={recipient?.id ?? ''}
          onChange={setRecipientId}
          emptyLabel="The hiring team"
        />
        <ToneSelect id={id('tone')} value={tone} onChange={(t) => save({ tone: t })} />
        <MentionSelect
          interview={interview}
          id={id('mention')}
          value={mention}
          onChange={(m) => save({ mention: m })}
        />
      </div>
      <div class="tool-field">
        <label for={id('subject')}>Subject</label>
        <input
          id={id('subject')}
          type="text"
          maxLength={FIELD_LIMITS.subject}
          value={draft.subject}
          onInput={(e) => save({ subject: e.currentTarget.value, edited: true })}
        />
      </div>
      <div class="tool-field">
        <label for={id('body')}>
          {stage === 'first' ? 'Status inquiry' : 'Final follow-up'} to {who}
        </label>
        <textarea
          id={id('body')}
          rows={12}
          maxLength={FIELD_LIMITS.body}
          value={draft.body}
          aria-describedby={id('count')}
          onInput={(e) => save({ body: e.currentTarget.value, edited: true })}
        />
        <p id={id('count')} class="tool-counter">
          {wordCount(draft.body)} words ·{' '}
          {stage === 'first' ? 'four or five sentences is plenty' : 'two or three sentences'}
        </p>
      </div>
      <ToneCheck
        text={draft.body}
        kind={kind}
        label={stage === 'first' ? 'the status inquiry' : 'the final follow-up'}
        targetId={id('body')}
        sentHistory={interview.sent}
        auto={draft.edited}
        share={{ subject: draft.subject, to: recipient?.email ?? '' }}
      />
      <div class="tool-actions">
        <CopyButton
          text={`Subject: ${draft.subject}\n\n${draft.body}`}
          label={stage === 'first' ? 'Copy status inquiry' : 'Copy final follow-up'}
        />
        {!mail.tooLong && (
          <a class="tool-button tool-button-quiet" href={mail.href}>
            Open in my email app
          </a>
        )}
        <button
          type="button"
          class="tool-button tool-button-quiet"
          onClick={() => {
            if (
              draft.edited &&
              !window.confirm('Replace your edited message with a new draft from your details?')
            )
              return;
            save({ ...generated, edited: false });
          }}
        >
          Regenerate from my details
        </button>
        <SentToggle
          interview={interview}
          kind={kind}
          anyRecipient
          {...(recipient ? { interviewerId: recipient.id, recipient: who } : {})}
        />
      </div>
    </>
  );
}
