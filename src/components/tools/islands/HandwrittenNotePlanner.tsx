import { applicationHref, WORKSPACE_HREF } from '../parts/workspace-href';
import '../../../styles/note-print.css';
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import type { CSSProperties } from 'preact';
import { $workspace, updateWorkspace } from '../../../stores/workspace';
import {
  CARD_SIZES,
  WRITING,
  cardSize,
  draftHandwrittenNote,
  envelopeAddress,
  noteDraftKey,
  noteFit,
  type CardId,
  type CardSize,
  type NoteFit,
} from '../../../lib/handwritten-note/note-card';
import { mailByDate, type MailBy } from '../../../lib/timeline/mail-by';
import { mailByReason } from '../../../lib/timeline/mail-by-reason';
import {
  currentApplication,
  currentRound,
  lastSent,
  markSent,
  peopleMet,
  unmarkSent,
} from '../../../lib/workspace/operations';
import type { Application, Person, Profile, Round } from '../../../lib/workspace/schema';
import { formatInZone, isoDateIn, userTimeZone } from '../../../lib/dates/zoned-time';
import { formatLongDate } from '../../../lib/dates/long-date';
import { useNow } from '../hooks/use-now';
import { SignOff } from '../parts/SignOff';
import { PersonNote } from '../parts/PersonNote';
import { MentionSelect } from '../parts/MentionSelect';
import { mentionText } from '../../../lib/engagement/mention';
import { useDraft } from '../hooks/use-draft';
import { DraftPanel } from '../parts/DraftPanel';
import { ToolShell } from '../parts/ToolShell';
import { ApplicationSummary } from '../parts/ApplicationSummary';

interface Props {
  /** URL of the workspace page (built with withBase), for the picker's "All interviews" link. */
  workspaceHref?: string;
  /** Level of the tool's section headings: 2 on a page of its own, 3 inside a guide section. */
  headingLevel?: 2 | 3;
}

/**
 * The handwritten-note planner: drafts a card-sized note for one interviewer, shows how
 * it fits an A2 or A6 card at real size, the envelope address and the day to mail it,
 * and prints just the card and the envelope block (see styles/note-print.css).
 */
export default function HandwrittenNotePlanner({
  workspaceHref = WORKSPACE_HREF,
  headingLevel = 2,
}: Props) {
  const ws = useStore($workspace);
  const application = currentApplication(ws);

  return (
    <ToolShell name="note-planner">
      <ApplicationSummary idPrefix="note" workspaceHref={workspaceHref} />
      {application ? (
        <Planner
          application={application}
          round={currentRound(application)}
          profile={ws.profile}
          headingLevel={headingLevel}
        />
      ) : (
        ws.applications.length > 0 && <p>Choose the interview above to plan its card.</p>
      )}
    </ToolShell>
  );
}

interface PlannerProps {
  application: Application;
  round: Round;
  profile: Profile;
  headingLevel: 2 | 3;
}

/** Everything for the current interview: who the card is for, then that person's card. */
function Planner({ application, round, profile, headingLevel }: PlannerProps) {
  const [personId, setPersonId] = useState<string | null>(null);
  // Kept here, not per card, so moving to the next person keeps the card size chosen.
  // Not saved: the workspace schema has no place for it, and A2 is the usual default.
  const [cardId, setCardId] = useState<CardId>('a2');
  // The chosen person may have been removed in another tab: fall back to the first.
  const people = peopleMet(application, round);
  const person = people.find((p) => p.id === personId) ?? people[0];
  const H = headingLevel === 2 ? 'h2' : 'h3';

  return (
    <>
      <SignOff profile={profile} idPrefix="note" />
      <fieldset class="tool-fieldset">
        <legend>Who the card is for</legend>
        {person ? (
          <>
            <div class="tool-field">
              <label for="note-person">Interviewer</label>
              <select
                id="note-person"
                value={person.id}
                onChange={(e) => setPersonId(e.currentTarget.value)}
              >
                {people.map((p, n) => (
                  <option key={p.id} value={p.id}>
                    {personName(p, n)}
                    {lastSent(round, 'handwritten-note', p.id) ? ' (card mailed)' : ''}
                  </option>
                ))}
              </select>
            </div>
            <div class="tool-grid" key={person.id}>
              <PersonNote appId={application.id} person={person} idPrefix="note" note="topics" />
              <PersonNote appId={application.id} person={person} idPrefix="note" note="address" />
            </div>
          </>
        ) : (
          <p class="tool-warning">
            A card needs someone to write to: add the people you met in{' '}
            <a href={applicationHref(application.id, true)}>Edit details</a>.
          </p>
        )}
      </fieldset>
      {person && (
        <Card
          key={person.id}
          application={application}
          round={round}
          index={people.indexOf(person)}
          person={person}
          profile={profile}
          H={H}
          cardId={cardId}
          onCardChange={setCardId}
        />
      )}
    </>
  );
}

/** "Priya Raman", or "Interviewer 2" until a name is typed. */
function personName(p: Person, n: number): string {
  return p.name.trim() || `Interviewer ${n + 1}`;
}

interface CardProps {
  application: Application;
  round: Round;
  /** The person's place among those met, for "Interviewer 2" until a name is typed. */
  index: number;
  person: Person;
  profile: Profile;
  H: 'h2' | 'h3';
  cardId: CardId;
  onCardChange: (id: CardId) => void;
}

/** One person's card: size, note text, fit, real-size preview, envelope, mail-by date, printing and "mailed". */
function Card({ application, round, index, person, profile, H, cardId, onCardChange }: CardProps) {
  const card = cardSize(cardId);
  const now = useNow(60_000);
  const zone = userTimeZone();

  const draft = useDraft(application.id, round, noteDraftKey(person.id), ({ mention }) => ({
    subject: '',
    body: draftHandwrittenNote({
      application,
      round,
      interviewer: person,
      profile,
      detail: mentionText(application, mention),
    }),
  }));
  // Until the user types in it, the note follows their details as they fill them in.
  const text = draft.body;
  const fit = noteFit(text, card.id);
  const name = person.name.trim() || 'your interviewer';

  const mailedAt = lastSent(round, 'handwritten-note', person.id);
  const mail = mailByDate(round.date, isoDateIn(now, zone));
  const envelope = envelopeAddress(person, application.company);

  return (
    <section class="tool-section note-card-section" aria-labelledby="note-card-heading">
      <H id="note-card-heading">Your card for {personName(person, index)}</H>

      <fieldset class="tool-fieldset">
        <legend>Card size</legend>
        {CARD_SIZES.map((c) => (
          <div class="note-radio" key={c.id}>
            <input
              type="radio"
              id={`note-card-${c.id}`}
              name="note-card-size"
              value={c.id}
              checked={c.id === card.id}
              aria-describedby={`note-card-${c.id}-hint`}
              onChange={() => onCardChange(c.id)}
            />
            <label for={`note-card-${c.id}`}>{c.label}</label>
            <span class="tool-muted" id={`note-card-${c.id}-hint`}>
              about {c.lines} lines of {c.charsPerLine} characters
            </span>
          </div>
        ))}
        <p class="tool-hint">
          Estimated for average handwriting: lines {WRITING.lineHeightMm} mm apart, about{' '}
          {WRITING.charWidthMm} mm per character and {WRITING.marginMm} mm margins. Small writing
          fits more.
        </p>
      </fieldset>

      <MentionSelect
        application={application}
        id="note-mention"
        value={draft.mention}
        onChange={(mention) => draft.choose({ mention })}
      />
      <DraftPanel
        draft={draft}
        id="note"
        what={`note to ${name}`}
        label="Your note"
        hint="A few sentences, two short paragraphs at most. Edit freely: your changes are saved in this browser."
        rows={10}
        tone={{ kind: 'handwritten-note', label: `your note to ${name}` }}
      >
        <FitFeedback fit={fit} card={card} />
      </DraftPanel>

      <H id="note-preview-heading">The card at real size</H>
      <p class="tool-hint">
        The box is the writing area:{' '}
        {card.id === 'a2' ? 'the inside right panel of the folded card' : 'the back of the card'}.
        Print it at 100% scale (not "fit to page") and cut along the line to get a practice sheet
        the size of the card.
      </p>
      <CardPreview fit={fit} card={card} />

      <H id="note-envelope-heading">The envelope</H>
      {envelope.length > 0 && (
        <div class="note-envelope note-print" aria-labelledby="note-envelope-heading" role="group">
          {envelope.map((line, n) => (
            <div key={n}>{line}</div>
          ))}
        </div>
      )}
      {person.address.trim() === '' && (
        <p class="tool-muted">Add their mailing address above to complete the envelope.</p>
      )}

      <H id="note-mail-heading">When to mail it</H>
      <MailByText
        mail={mail}
        today={isoDateIn(now, zone)}
        editHref={applicationHref(application.id, true)}
      />
      <p class="tool-warning">
        A card can arrive late or not at all, so it goes with your thank-you email, never instead of
        it: send the email within 24 hours of the interview as well.
      </p>

      <div class="tool-actions">
        <button type="button" class="tool-button" onClick={() => window.print()}>
          Print the card and envelope
        </button>
      </div>
      <p class="tool-hint">
        Printing leaves out everything else on this page: only the card&apos;s text and the envelope
        address come out.
      </p>

      <p role="status">
        {mailedAt ? (
          <>
            Marked as mailed on{' '}
            <time dateTime={mailedAt}>
              {formatInZone(new Date(mailedAt), zone, { withYear: true })}
            </time>
            .
          </>
        ) : (
          'Not marked as mailed yet.'
        )}
      </p>
      <div class="tool-actions">
        {/* One button whose action flips, so keyboard focus stays on it after a press. */}
        <button
          type="button"
          class={mailedAt ? 'tool-button tool-button-quiet' : 'tool-button'}
          onClick={() =>
            updateWorkspace((w) =>
              mailedAt
                ? unmarkSent(w, application.id, round.id, 'handwritten-note', person.id)
                : markSent(w, application.id, round.id, 'handwritten-note', new Date(), person.id),
            )
          }
        >
          {mailedAt ? 'Not mailed yet' : 'Mark as mailed'}
        </button>
      </div>
    </section>
  );
}

/** "12 of 17 lines: fits an A2 card", sentences and paragraphs, announced politely as the user types. */
function FitFeedback({ fit, card }: { fit: NoteFit; card: CardSize }) {
  const name = card.id === 'a2' ? 'an A2 card' : 'an A6 card';
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return (
    <div class="note-fit" aria-live="polite">
      <p class={fit.fits ? 'tool-ok' : 'tool-warning'}>
        <span class="tool-counter">
          {fit.usedLines} of {fit.maxLines} lines
        </span>
        {': '}
        {fit.fits
          ? `fits ${name}.`
          : `${plural(fit.overBy, 'line', 'lines')} too long for ${name}. Shorten it, or choose a bigger card.`}
      </p>
      <p>
        {plural(fit.sentences, 'sentence', 'sentences')} in{' '}
        {plural(fit.paragraphs, 'paragraph', 'paragraphs')}.
      </p>
      {fit.tooManyParagraphs && (
        <p class="tool-warning">
          That is {fit.paragraphs} paragraphs: a card reads best with two short paragraphs at most.
        </p>
      )}
    </div>
  );
}

/**
 * The writing area at its real size, holding the wrapped lines as text. Its size comes
 * from the card (custom properties read by note-print.css), so screen and print agree.
 */
function CardPreview({ fit, card }: { fit: NoteFit; card: CardSize }) {
  const style = {
    '--card-width': card.css.width,
    '--card-height': card.css.height,
    '--card-w-mm': String(card.widthMm),
    '--card-h-mm': String(card.heightMm),
    '--line-mm': String(WRITING.lineHeightMm),
    '--margin-mm': String(WRITING.marginMm),
  } as CSSProperties;
  const onCard = fit.lines.slice(0, fit.maxLines);
  const over = fit.lines.slice(fit.maxLines);
  return (
    <>
      <div class="note-card-frame">
        <div
          class="note-card note-print"
          style={style}
          role="group"
          aria-labelledby="note-preview-heading"
        >
          <div class="note-card-inner">
            {onCard.map((line, n) => (
              <div class="note-line" key={n}>
                {line === '' ? '\u00a0' : line}
              </div>
            ))}
          </div>
        </div>
      </div>
      {over.length > 0 && (
        <div class="note-overflow">
          <p>These lines would run past the bottom of the card:</p>
          <div class="note-overflow-lines">
            {over.map((line, n) => (
              <div class="note-line" key={n}>
                {line === '' ? '\u00a0' : line}
              </div>
            ))}
          </div>
        </div>
      )}
    </>
  );
}

/** The mail-by date in words, with why it is that day. */
function MailByText({
  mail,
  today,
  editHref,
}: {
  mail: MailBy | null;
  today: string;
  editHref: string;
}) {
  if (!mail)
    return (
      <p>
        Add the interview date in <a href={editHref}>Edit details</a> to see the day to mail the
        card.
      </p>
    );
  const when = formatLongDate(mail.date, { withYear: true });
  return (
    <>
      <p class="tool-deadline">
        Mail it by{' '}
        <strong>
          <time dateTime={mail.date}>{when}</time>
        </strong>
        {mail.date === today ? ' (today)' : ''}.
      </p>
      <p>{mailByReason(mail)}</p>
    </>
  );
}
