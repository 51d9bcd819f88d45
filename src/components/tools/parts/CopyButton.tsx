import { useState } from 'preact/hooks';

interface Props {
  /** The text to put on the clipboard. */
  text: string;
  /** Button label, e.g. "Copy email". */
  label: string;
  /** Shown instead of copying when set (e.g. a LinkedIn note over its limit). */
  warning?: string | undefined;
}

/** Copies text and says so where everyone can perceive it (visible text, announced politely). */
export function CopyButton({ text, label, warning }: Props) {
  const [status, setStatus] = useState('');
  const copied = 'Copied. Paste it where you need it.';
  const copy = async () => {
    if (warning && !window.confirm(`${warning} Copy it anyway?`)) return;
    try {
      await navigator.clipboard.writeText(text);
      setStatus(copied);
    } catch {
      // Refused (permission, an unfocused page): the text is on screen, so say how to copy it by hand.
      setStatus('Your browser blocked copying: select the text and copy it yourself.');
    }
    setTimeout(() => setStatus(''), 6000);
  };
  return (
    <>
      <button type="button" class="tool-button" onClick={() => void copy()}>
        {label}
      </button>
      <span class="tool-copy-status" role="status">
        {status}
      </span>
    </>
  );
}
