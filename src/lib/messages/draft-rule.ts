// The one rule every message builder follows: a draft follows the user's details until
// they edit it; an edited draft is theirs and stays as they wrote it, flagged *stale*
// when the details would now give a different draft; only a confirmed "start again"
// replaces it. Before this module the rule was written four times, each a little
// differently (one flagged every edited draft as changed, even right after the edit).
//
// Stale is decided by a fingerprint of the draft the details gave when the user last
// typed in it (`Draft.basis`), compared with the fingerprint of what they give now.
// Drafts saved before the fingerprint existed have none: they read as edited and not
// stale, so old data raises no false alarm.
import type { Draft, Tone } from '../workspace/schema';

/** A message's text: the subject is '' for notes and LinkedIn messages. */
export interface DraftText {
  subject: string;
  body: string;
}

/** What the details give now, with the fingerprint of what it was made from. */
export interface FreshDraft extends DraftText {
  /** Changes whenever the inputs the draft is built from change (see `fresh`). */
  basis: string;
}

/** What a builder shows. */
export interface DraftView extends DraftText {
  /** The user typed in it: it no longer follows the details. */
  edited: boolean;
  /** Edited, and the details have changed since the last edit. */
  stale: boolean;
}

/** The choices saved with a draft besides its text. */
export type DraftChoices = Pick<Draft, 'tone' | 'mention' | 'detail'>;

/**
 * A short fingerprint of some text (FNV-1a, 32 bits, base 36: at most 7 characters).
 * Not a security measure: a collision only means one missed "details changed" notice.
 */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * The freshly generated draft with its fingerprint. By default the fingerprint is of the
 * generated text itself: every input that changes the draft changes it, and an input
 * that changes nothing in the text (an email address, say) raises no notice. A builder
 * may pass its own `inputs` instead.
 */
export function fresh(text: DraftText, inputs?: string): FreshDraft {
  const { subject, body } = text;
  return { subject, body, basis: fingerprint(inputs ?? `${subject}\u0000${body}`) };
}

/** A draft to save: the saved choices (a warm tone by default), new text, and its state. */
function saving(
  saved: Draft | undefined,
  { subject, body }: DraftText,
  edited: boolean,
  basis?: string,
): Draft {
  const { basis: _old, ...choices } = saved ?? { tone: 'warm' as const };
  return { ...choices, subject, body, edited, ...(basis === undefined ? {} : { basis }) };
}

/**
 * What to show: the saved text once edited (stale when the details changed since the
 * last edit), else the fresh draft. `generated` is null while it cannot be made yet (a
 * tone's wording still loading): the saved text stands in, never flagged.
 */
export function showDraft(saved: Draft | undefined, generated: FreshDraft | null): DraftView {
  const edited = saved?.edited === true;
  const { subject, body } = (!edited && generated) || saved || { subject: '', body: '' };
  return {
    subject,
    body,
    edited,
    stale: edited && !!generated && saved.basis !== undefined && saved.basis !== generated.basis,
  };
}

/**
 * The user typed: the draft becomes theirs. It keeps what is shown and takes the patch,
 * and records what the details gave at this moment (kept from the last edit while the
 * fresh draft cannot be made), so a later change of details shows as stale.
 */
export function editDraft(
  saved: Draft | undefined,
  generated: FreshDraft | null,
  patch: Partial<DraftText>,
): Draft {
  const shown = showDraft(saved, generated);
  return saving(
    saved,
    { subject: patch.subject ?? shown.subject, body: patch.body ?? shown.body },
    true,
    generated?.basis ?? (shown.edited ? saved?.basis : undefined),
  );
}

/**
 * "Start again from my details": the fresh draft, following the details again. An
 * edited draft is replaced only when `confirmed`; otherwise (or while the fresh draft
 * cannot be made) the answer is null and nothing changes.
 */
export function startAgain(
  saved: Draft | undefined,
  generated: FreshDraft | null,
  confirmed: boolean,
): Draft | null {
  return !generated || (saved?.edited && !confirmed) ? null : saving(saved, generated, false);
}

/**
 * A new tone, log entry or detail. An edited draft keeps its text (the fresh draft in
 * the new choice then differs, which shows as stale). One that follows the details
 * follows them in the new choice; the text shown now is saved with it, to stand in
 * while the new choice's draft cannot be made yet.
 */
export function chooseForDraft(
  saved: Draft | undefined,
  generated: FreshDraft | null,
  patch: Partial<DraftChoices>,
): Draft {
  return saved?.edited
    ? { ...saved, ...patch }
    : { ...saving(saved, showDraft(saved, generated), false), ...patch };
}

/** The saved choices of a draft with their defaults, for generating it. */
export function draftChoices(saved: Draft | undefined): {
  tone: Tone;
  mention: string;
  detail: string | undefined;
} {
  return { tone: saved?.tone ?? 'warm', mention: saved?.mention ?? '', detail: saved?.detail };
}
