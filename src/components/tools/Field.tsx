import { useEffect, useRef, useState } from 'preact/hooks';

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
  id: string;
  class?: string;
}

/**
 * A labelled input bound to the workspace. While the user is typing in it, an update
 * from another tab does not replace what they are typing (that would eat keystrokes);
 * the field catches up with the stored value once it loses focus.
 */
export function Field({ label, value, onInput, multiline, hint, type = 'text', rows = 3, autoComplete, id, ...rest }: FieldProps) {
  const [local, setLocal] = useState(value);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) setLocal(value);
  }, [value]);
  const hintId = hint ? `${id}-hint` : undefined;
  const common = {
    id,
    value: local,
    ...(hintId ? { 'aria-describedby': hintId } : {}),
    ...(autoComplete ? { autoComplete } : {}),
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      setLocal(value);
    },
    onInput: (e: Event) => {
      const next = (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
      setLocal(next);
      onInput(next);
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
    </div>
  );
}
