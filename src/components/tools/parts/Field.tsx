import { useEffect, useRef, useState } from 'preact/hooks';
import {
  characterCount,
  LINE_LIMIT,
  showCounter,
  TEXT_LIMIT,
} from '../../../lib/workspace/field-limits';
import { holdInput } from '../../../stores/workspace';

/** How long typing may pause before the text goes to the store (and every tool redraws). */
const COMMIT_DELAY_MS = 150;

interface FieldProps {
  /** Visible label; also the accessible name. */
  label: string;
  /** The stored value. */
  value: string;
  /** Called on every keystroke with the new text, which is saved at once. */
  onInput: (value: string) => void;
  /** One line (input) or several (textarea). */
  multiline?: boolean;
  /** A short hint shown under the label and announced with the field. */
  hint?: string;
  type?: 'text' | 'email' | 'url' | 'date' | 'time' | 'tel';
  rows?: number;
  autoComplete?: string;
  /** Most characters saved (field-limits.ts); defaults to a line's or a text's limit. */
  limit?: number;
  /** Id of more text describing the field (a draft's word counter). */
  describedBy?: string | undefined;
  id: string;
  class?: string;
}

/**
 * A labelled input bound to the workspace. While the user is typing in it, an update
 * from another tab does not replace what they are typing (that would eat keystrokes);
 * the field catches up with the stored value once it loses focus. Text over the field's
 * limit stays in the box, unsaved, with a message saying why: it is never saved and
 * then refused by the reader, and never cut without a word.
 */
export function Field({
  label,
  value,
  onInput,
  multiline,
  hint,
  type = 'text',
  rows = 3,
  autoComplete,
  id,
  limit = multiline ? TEXT_LIMIT : LINE_LIMIT,
  describedBy,
  ...rest
}: FieldProps) {
  const [local, setLocal] = useState(value);
  // Typed into since it took focus: until it is left, the field keeps what it shows
  // whatever the store says. Only focused (tabbed into while a draft was being redone
  // from what was just typed elsewhere), it still shows the store's latest.
  const typing = useRef(false);
  const over = local.length > limit;
  // Text typed but not yet in the store, and how to put it there.
  const held = useRef<{
    text: string;
    timer: ReturnType<typeof setTimeout>;
    release: () => void;
  } | null>(null);
  const latest = useRef(onInput);
  latest.current = onInput;
  const commit = () => {
    const h = held.current;
    if (!h) return;
    held.current = null;
    clearTimeout(h.timer);
    h.release();
    latest.current(h.text);
  };
  useEffect(() => commit, []);
  useEffect(() => {
    if (!typing.current && !over) setLocal(value);
  }, [value]);
  const hintId = hint ? `${id}-hint` : undefined;
  const countId = `${id}-count`;
  const counted = showCounter(local.length, limit);
  const described = [hintId, describedBy, counted ? countId : undefined].filter(Boolean).join(' ');
  const common = {
    id,
    value: local,
    ...(described ? { 'aria-describedby': described } : {}),
    ...(over ? { 'aria-invalid': true } : {}),
    ...(autoComplete ? { autoComplete } : {}),
    onBlur: () => {
      commit();
      typing.current = false;
      // Unsaved text over the limit stays, so the user can shorten it.
      if (!over) setLocal(value);
    },
    onInput: (e: Event) => {
      const next = (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
      typing.current = true;
      setLocal(next);
      if (next.length > limit) return;
      // Typing redraws this field alone; the store (and every tool reading it) follows
      // when typing pauses, when the field is left, or before any save.
      if (held.current) clearTimeout(held.current.timer);
      const release = held.current?.release ?? holdInput(commit);
      held.current = { text: next, timer: setTimeout(commit, COMMIT_DELAY_MS), release };
    },
  };
  return (
    <div class={`tool-field ${rest.class ?? ''}`}>
      <label for={id}>{label}</label>
      {hint && (
        <p class="tool-hint" id={hintId}>
          {hint}
        </p>
      )}
      {multiline ? <textarea rows={rows} {...common} /> : <input type={type} {...common} />}
      {counted && (
        <p id={countId} class={over ? 'tool-warning' : 'tool-hint'} aria-live="polite">
          {characterCount(local.length, limit)}
        </p>
      )}
    </div>
  );
}
