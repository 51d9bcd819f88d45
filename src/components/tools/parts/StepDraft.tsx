import { useStore } from '@nanostores/preact';
import { $daysOff } from '../../../stores/days-off';
import { stepDraft } from '../../../lib/situations/step-draft';
import { wordCount } from '../../../lib/messages/text-stats';
import { isoDateIn, userTimeZone } from '../../../lib/dates/zoned-time';
import { lastSent } from '../../../lib/workspace/operations';
import { setOutcome } from '../../../lib/workspace/outcome-edits';
import type { Application, Workspace } from '../../../lib/workspace/schema';
import { updateWorkspace } from '../../../stores/workspace';
import { useDraft } from '../hooks/use-draft';
import { DraftPanel } from './DraftPanel';
import { OfferAnswerFields } from './OfferAnswerFields';
import { SendActions } from './SendActions';
import { SentToggle } from './SentToggle';
import { ToneSelect } from './ToneSelect';

interface Props {
  /** The outcome step (lib/timeline/outcome-plan.ts), e.g. "expedite:<id>". */
  stepId: string;
  /** The application whose outcome gave the step. */
  application: Application;
  workspace: Workspace;
  /** Prefix of the panel's ids, unique on the page. */
  id: string;
}

/**
 * The draft of one outcome step's message, like every other builder's (useDraft and
 * DraftPanel): tone, subject and body, a counter from the length table, copy, the mail
 * link, and "mark as sent" recording the message's kind and person. The message, its
 * recipient and where it is kept come from lib/situations/step-draft.ts. Answering an
 * offer first asks accept or decline and what the draft needs, and once an acceptance
 * is sent offers to record the offer as accepted (never by itself: the user may be
 * waiting for the signed contract), which brings the acceptance's own steps. Loaded
 * when the step's draft is first opened, so the page does not carry the builders.
 */
export default function StepDraft({ stepId, application, workspace, id }: Props) {
  // The region's days off, so a date the draft proposes is a working day there.
  const daysOff = useStore($daysOff);
  const made = stepDraft(stepId, { ...workspace, daysOff }, application);
  // Hooks run on every drawing: the draft is bound even when the step has none (never shown).
  const draft = useDraft(
    made?.application.id ?? application.id,
    made?.round ?? application.rounds[0]!,
    made?.key ?? '',
    ({ tone }) => made?.generate(tone) ?? null,
  );
  if (!made) return null;
  const who =
    made.recipient?.name.trim() ||
    `the team at ${made.application.company.trim() || 'the company'}`;
  const what = `email to ${who}`;
  const to = made.recipient?.email ?? '';
  const { min, max } = made.limit.target;
  const answering = stepId === 'offer-answer';
  const accepted =
    answering &&
    made.kind === 'offer-acceptance' &&
    application.outcomes.at(-1)?.status === 'offer' &&
    lastSent(made.round, made.kind, made.recipient?.id);
  return (
    <>
      {answering && <OfferAnswerFields application={application} id={`${id}-answer`} />}
      <ToneSelect
        id={`${id}-tone`}
        value={draft.tone}
        onChange={(tone) => draft.choose({ tone })}
      />
      <DraftPanel
        key={made.key}
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
            appId={made.application.id}
            round={made.round}
            kind={made.kind}
            {...(made.recipient ? { personId: made.recipient.id } : {})}
            recipient={who}
          />
        }
        tone={{
          kind: made.kind,
          label: `the ${what}`,
          sentHistory: made.round.sent,
          interviewDate: made.round.date,
        }}
      />
      {accepted && (
        <p class="tool-actions">
          <button
            type="button"
            class="tool-button"
            onClick={() => {
              updateWorkspace((w) =>
                setOutcome(w, application.id, 'accepted', isoDateIn(new Date(), userTimeZone())),
              );
              // This step leaves the list with the offer: the list's heading takes focus.
              const heading = document.getElementById('hub-due-heading');
              heading?.setAttribute('tabindex', '-1');
              heading?.focus();
            }}
          >
            Record that I accepted
          </button>{' '}
          <span class="tool-hint">
            Then this page lists what comes next: withdrawing from your other applications and
            thanking your references.
          </span>
        </p>
      )}
    </>
  );
}
