import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { $workspace, updateWorkspace } from '../../../stores/workspace';
import {
  addInterviewer,
  currentInterview,
  draftKey,
  setDraft,
} from '../../../lib/workspace/operations';
import {
  type Interview,
  type Interviewer,
  type Profile,
  type Tone,
} from '../../../lib/workspace/schema';
import { composeThankYouEmail, type EmailDraft } from '../../../lib/thank-you/compose';
import { loadedToneWording, loadToneWording } from '../../../lib/thank-you/tone-wordings';

import {
  specificDetails,
  tooSimilarPairs,
  TOO_SIMILAR,
} from '../../../lib/thank-you/personalization';
import { thankYouDeadline, timeLeft } from '../../../lib/thank-you/deadline';
import { buildMailto } from '../../../lib/messages/mailto';
import { MESSAGE_LIMITS } from '../../../lib/messages/message-limits';
import { wordCount } from '../../../lib/messages/text-stats';
import { formatInZone, userTimeZone, zonedToInstant } from '../../../lib/dates/zoned-time';
import { useHydrated } from '../hooks/use-hydrated';
import { useNow } from '../hooks/use-now';
import { InterviewPicker } from '../parts/InterviewPicker';
import { InterviewDetails, ProfileFields } from '../parts/InterviewDetails';
import { InterviewerFields } from '../parts/InterviewerFields';
import { StorageNotice } from '../parts/StorageNotice';
import { ToneSelect } from '../parts/ToneSelect';
import { CopyButton } from '../parts/CopyButton';
import { SentToggle } from '../parts/SentToggle';
import { WORKSPACE_HREF } from '../parts/workspace-href';
import { MentionSelect } from '../parts/MentionSelect';
import { mentionText } from '../../../lib/engagement/mention';
import { ToneCheck } from '../parts/ToneCheck';
import { FIELD_LIMITS } from '../../../lib/workspace/field-limits';

/** The word range the guides recommend for a thank-you email (src/docs/facts.md, "Thank-you email"). */
const { min: WORDS_MIN, max: WORDS_MAX } = MESSAGE_LIMITS.thankYou.target;

/** The draft shown for one interviewer: their saved edit, or a fresh one from the details. */
interface ShownDraft {
  interviewer: Interviewer;
  subject: string;
  body: string;
  tone: Tone;
  edited: boolean;
  /** Id of the company-log entry it mentions ('' for none). */
  mention: string;
  /** The draft the details would give now (null while its tone's wording loads); differs from the shown one after edits. */
  generated: EmailDraft | null;
}

function shownDrafts(interview: Interview, profile: Profile): ShownDraft[] {
  return interview.interviewers.map((interviewer) => {
    const saved = interview.drafts[draftKey('thank-you-email', interviewer.id)];
    const tone = saved?.tone ?? 'warm';
    const mention = saved?.mention ?? '';
    const wording = loadedToneWording(tone);
    const generated = wording
      ? composeThankYouEmail(
          { interview, interviewer, profile, tone, extraDetail: mentionText(interview, mention) },
          wording,
        )
      : null;
    // Until a tone's wording arrives, the saved text stands in (a few milliseconds).
    const shown =
      saved?.edited || !generated
        ? { subject: saved?.subject ?? '', body: saved?.body ?? '' }
        : generated;
    return { interviewer, ...shown, tone, mention, edited: !!saved?.edited, generated };
  });
}

/**
 * The thank-you email builder: one separate draft per interviewer, built from what you
 * talked about, with a send-by countdown and checks for generic or look-alike drafts.
 */
export default function ThankYouBuilder({ idPrefix = 'ty' }: { idPrefix?: string }) {
  const hydrated = useHydrated();
  const ws = useStore($workspace);
  const interview = currentInterview(ws);
  const drafts = interview && hydrated ? shownDrafts(interview, ws.profile) : [];
  // Tones not loaded yet: fetch them, then draw again (hooks stay above the early return).
  const missing = [...new Set(drafts.filter((d) => !d.generated).map((d) => d.tone))].join();
  const [, setLoads] = useState(0);
  const [toneFailed, setToneFailed] = useState(false);
  useEffect(() => {
    for (const tone of missing ? (missing.split(',') as Tone[]) : [])
      loadToneWording(tone).then(
        () => setLoads((n) => n + 1),
        () => setToneFailed(true),
      );
  }, [missing]);
  if (!hydrated) return <p class="tool-loading">Loading your saved interviews…</p>;

  const similar = tooSimilarPairs(drafts.map((d) => ({ id: d.interviewer.id, body: d.body })));

  return (
    <div class="tool thank-you-builder">
      <h2 class="tool-title">Thank-you email builder</h2>
      <StorageNotice />
      <InterviewPicker idPrefix={idPrefix} workspaceHref={WORKSPACE_HREF} />
      {interview && (
        <>
          <ProfileFields idPrefix={idPrefix} />
          <InterviewDetails interview={interview} idPrefix={idPrefix} />
          <Deadline interview={interview} />
          {toneFailed && (
            <p class="tool-warning">That tone could not load: check your connection.</p>
          )}
          {drafts.length === 0 && (
            <p>Add each person you met to get a separate draft for each of them.</p>
          )}
          {drafts.map((d, n) => (
            <DraftEditor
              key={d.interviewer.id}
              interview={interview}
              draft={d}
              index={n}
              idPrefix={idPrefix}
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
          <button
            type="button"
            class="tool-button tool-button-quiet"
            onClick={() => updateWorkspace((w) => addInterviewer(w, interview.id))}
          >
            Add another interviewer
          </button>
        </>
      )}
    </div>
  );
}

/** When to send: 24 hours after the interview as the target, 48 as the latest. */
function Deadline({ interview }: { interview: Interview }) {
  const now = useNow();
  if (!interview.date || !interview.time) {
    return <p class="tool-hint">Add the interview's date and start time to see when to send.</p>;
  }
  const at = zonedToInstant(interview.date, interview.time, interview.timeZone);
  if (!at) {
    return (
      <p class="tool-warning">That date, time or time zone could not be read: check them above.</p>
    );
  }
  const zone = userTimeZone();
  const { target, latest, fridayNote } = thankYouDeadline(at, interview.timeZone);
  const rows = [
    ['Send by', target, '24 hours after the interview'],
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
  interview: Interview;
  draft: ShownDraft;
  index: number;
  idPrefix: string;
  similarTo: { name: string; score: number }[];
}

function DraftEditor({ interview, draft, index, idPrefix, similarTo }: DraftEditorProps) {
  const { interviewer } = draft;
  const who = interviewer.name.trim() || `interviewer ${index + 1}`;
  const key = draftKey('thank-you-email', interviewer.id);
  const id = (name: string) => `${idPrefix}-${interviewer.id}-${name}`;
  const save = (
    patch: Partial<{ subject: string; body: string; tone: Tone; edited: boolean; mention: string }>,
  ) =>
    updateWorkspace((w) =>
      setDraft(w, interview.id, key, {
        subject: draft.subject,
        body: draft.body,
        tone: draft.tone,
        edited: draft.edited,
        mention: draft.mention,
        ...patch,
      }),
    );
  const regenerate = () => {
    if (
      !draft.generated ||
      (draft.edited &&
        !window.confirm(
          `Replace your edited email to ${who} with a new draft from your details? Your edits will be lost.`,
        ))
    )
      return;
    save({ ...draft.generated, edited: false });
  };
  const words = wordCount(draft.body);
  const details = specificDetails(draft.body, interviewer);
  const mail = buildMailto({
    to: interviewer.email.trim(),
    subject: draft.subject,
    body: draft.body,
  });
  // Open at first only when nothing is noted yet; after that the user decides (a
  // controlled `open` would fold the panel shut on their first keystroke).
  const [detailsOpen] = useState(() => !interviewer.topics.trim());
  const stale =
    draft.edited &&
    draft.generated &&
    (draft.generated.body !== draft.body || draft.generated.subject !== draft.subject);

  return (
    <section class="tool-draft" aria-labelledby={id('heading')}>
      <h3 id={id('heading')}>
        Email {index + 1}: to {who}
      </h3>
      <details open={detailsOpen}>
        <summary>What you discussed with {who}</summary>
        <InterviewerFields
          interviewId={interview.id}
          interviewer={interviewer}
          idPrefix={idPrefix}
        />
      </details>

      <div class="tool-grid">
        <ToneSelect id={id('tone')} value={draft.tone} onChange={(tone) => save({ tone })} />
        <MentionSelect
          interview={interview}
          id={id('mention')}
          value={draft.mention}
          onChange={(mention) => save({ mention })}
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
        <label for={id('body')}>Email to {who}</label>
        <textarea
          maxLength={FIELD_LIMITS.body}
          id={id('body')}
          rows={14}
          value={draft.body}
          aria-describedby={id('count')}
          onInput={(e) => save({ body: e.currentTarget.value, edited: true })}
        />
        <p id={id('count')} class={`tool-counter ${words > WORDS_MAX ? 'is-over' : ''}`}>
          {words} words · aim for {WORDS_MIN}–{WORDS_MAX}
          {words < WORDS_MIN
            ? ': a little short, add one specific detail'
            : words > WORDS_MAX
              ? ': long, trim to the essentials'
              : ''}
        </p>
      </div>

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
        {stale && (
          <p class="tool-hint">
            Your details changed after you edited this email; it is kept as you wrote it.
          </p>
        )}
      </div>
      <ToneCheck
        text={draft.body}
        kind="thank-you-email"
        label={`your email to ${who}`}
        targetId={id('body')}
        auto={draft.edited}
        share={{ subject: draft.subject, to: interviewer.email }}
      />

      <div class="tool-actions">
        <CopyButton
          text={`Subject: ${draft.subject}\n\n${draft.body}`}
          label={`Copy email to ${who}`}
        />
        {mail.tooLong ? (
          <span class="tool-hint">
            Too long to open as a link in some email apps: copy and paste it instead.
          </span>
        ) : (
          <a class="tool-button tool-button-quiet" href={mail.href}>
            Open in my email app<span class="visually-hidden"> (email to {who})</span>
          </a>
        )}
        <button type="button" class="tool-button tool-button-quiet" onClick={regenerate}>
          Regenerate from my details<span class="visually-hidden"> (email to {who})</span>
        </button>
        <SentToggle
          interview={interview}
          kind="thank-you-email"
          interviewerId={interviewer.id}
          recipient={who}
        />
      </div>
      {!interviewer.email.trim() && (
        <p class="tool-hint">Add {who}'s email address above to fill it in for you.</p>
      )}
    </section>
  );
}
