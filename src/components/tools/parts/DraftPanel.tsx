import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { DraftHandle } from '../hooks/use-draft';
import type { MessageKind } from '../../../lib/tone/tone-check';
import type { ToneFindingsProps } from './ToneFindings';
import { FIELD_LIMITS } from '../../../lib/workspace/field-limits';
import { Field } from './Field';
import { ToneCheck } from './ToneCheck';

/**
 * How a message is measured: "120 words · aim for 100–180" (or with `advice` instead of
 * a range), or "180 of 200 characters" and, over `max`, by how much. The numbers and the
 * way of counting come from the builder (and through it from the table of message
 * lengths), never from here; so a page that counts characters loads no word counter.
 */
export interface Counter {
  unit: 'words' | 'characters';
  count: (text: string) => number;
  min?: number;
  max?: number;
  advice?: string;
  /** Whose limit it is, ending the sentence: " of a free account". */
  of?: string;
}

/** "52 characters over the 200-character limit of a free account.", or '' when within it. */
export function charactersOver(n: number, max: number, of = ''): string {
  const over = n - max;
  return over > 0
    ? `${over} character${over === 1 ? '' : 's'} over the ${max}-character limit${of}.`
    : '';
}

interface Props {
  draft: DraftHandle;
  /** Prefix of the panel's ids, unique on the page. */
  id: string;
  /**
   * What the message is, "email to Priya Raman": it names the buttons apart, and gives
   * the body its label ("Email to Priya Raman") and the notices their noun ("email").
   */
  what: string;
  /** The body's label, when not `what` capitalized. */
  label?: string;
  hint?: string;
  rows: number;
  /** Emails have a subject; notes and LinkedIn messages do not. */
  subject?: boolean;
  counter?: Counter;
  /** How the message leaves (SendActions: copy, and the mail link for emails), first among the actions. */
  send?: ComponentChildren;
  /** "Mark as sent" (a SentToggle) or the like, last among the actions. */
  sent?: ComponentChildren;
  /** The recipient's address, for sharing the draft for review with the tone check. */
  to?: string;
  /** The start-again button's words, when the usual ones would not say it best. */
  startAgainLabel?: string | undefined;
  /** What the tone check needs besides the text. */
  tone: { kind: MessageKind; label: string } & Pick<
    ToneFindingsProps,
    'sentHistory' | 'linkedinLimit' | 'interviewDate'
  >;
  /** Feedback on the draft, shown under its counter (personal details, card fit). */
  children?: ComponentChildren;
}

/**
 * One draft, the same way in every builder: subject and body, a counter, the notice
 * when the details changed after an edit, how it is sent (SendActions: copy, and the
 * mail link or, when that would be too long, a line saying to copy instead), "Start
 * again from my details" with an inline confirmation once edited, mark as sent, and
 * the tone check. Copy and mail come in through `send` so that the note planner, which
 * has neither, does not load them.
 */
export function DraftPanel({
  draft,
  id,
  what,
  label = what[0]!.toUpperCase() + what.slice(1),
  hint,
  rows,
  subject,
  counter,
  send,
  sent,
  to = '',
  startAgainLabel = 'Start again from my details',
  tone,
  children,
}: Props) {
  const { body } = draft;
  const noun = what.split(' to ')[0];
  const n = counter?.count(body) ?? 0;
  const { min, max = Infinity, advice } = counter ?? {};
  const over = n > max ? n - max : 0;
  const words = counter?.unit === 'words';
  return (
    <>
      {subject && (
        <Field
          id={`${id}-subject`}
          label="Subject"
          value={draft.subject}
          limit={FIELD_LIMITS.subject}
          onInput={(s) => draft.edit({ subject: s })}
        />
      )}
      <Field
        id={`${id}-body`}
        label={label}
        {...(hint ? { hint } : {})}
        multiline
        rows={rows}
        value={body}
        limit={FIELD_LIMITS.body}
        describedBy={counter && `${id}-count`}
        onInput={(b) => draft.edit({ body: b })}
      />
      {counter && (
        <p id={`${id}-count`} class={`tool-counter ${over ? 'is-over' : ''}`}>
          {words
            ? `${n} words · ${min === undefined ? advice : `aim for ${min}–${max}`}${n < (min ?? 0) ? ': a little short, add one specific detail' : over ? ': long, trim to the essentials' : ''}`
            : `${n} of ${max} characters`}
        </p>
      )}
      {counter && !words && (
        <p aria-live="polite" class="tool-danger-text">
          {charactersOver(n, max, counter.of)}
        </p>
      )}
      {children}
      <div aria-live="polite">
        {draft.stale && (
          <p class="tool-hint">
            Your details changed after you edited this {noun}; it is kept as you wrote it. “
            {startAgainLabel}” makes a fresh one from them.
          </p>
        )}
      </div>
      <div class="tool-actions">
        {send}
        <StartAgain draft={draft} id={id} what={what} label={startAgainLabel} />
        {sent}
      </div>
      <ToneCheck
        {...tone}
        text={body}
        targetId={`${id}-body`}
        auto={draft.edited}
        share={{ subject: draft.subject, to }}
        onRewrite={(b) => draft.edit({ body: b })}
      />
    </>
  );
}

/**
 * "Start again from my details". A draft that follows the details starts again at
 * once; an edited one asks first, in place: the question takes focus (Escape or "Keep
 * my edits" leaves everything as it was), and focus returns to the button after.
 */
function StartAgain({
  draft,
  id,
  what,
  label,
}: {
  draft: DraftHandle;
  id: string;
  what: string;
  label: string;
}) {
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // Focus moves once the question (or the button again) is drawn.
  const ask = (open: boolean) => {
    setAsking(open);
    setTimeout(() => (open ? question : button).current?.focus());
  };
  const answer = (replace: boolean) => {
    if (replace) draft.startAgain(true);
    ask(false);
  };
  const suffix = <span class="visually-hidden"> ({what})</span>;
  return asking ? (
    <div
      class="tool-notice tool-notice-warn tool-confirm"
      role="group"
      aria-labelledby={`${id}-question`}
      tabIndex={-1}
      ref={question}
      onKeyDown={(e) => e.key === 'Escape' && answer(false)}
    >
      <p id={`${id}-question`}>
        Replace your edited {what} with a fresh draft from your details? Your changes will be lost.
      </p>
      <button type="button" class="tool-button tool-button-danger" onClick={() => answer(true)}>
        Yes, start again{suffix}
      </button>{' '}
      <button type="button" class="tool-button tool-button-quiet" onClick={() => answer(false)}>
        Keep my edits{suffix}
      </button>
    </div>
  ) : (
    <button
      type="button"
      class="tool-button tool-button-quiet"
      ref={button}
      // Asks only when the stored draft is edited (not this drawing's idea of it).
      onClick={() => draft.startAgain(false) || ask(true)}
    >
      {label}
      {suffix}
    </button>
  );
}
