import { useState } from 'preact/hooks';
import { COPY } from '../../icon-paths';
import { Icon } from './Icon';

interface Props {
  /** The text to put on the clipboard. */
  text: string;
  /** Button label, e.g. "Copy email". */
  label: string;
  /** Said with "Copied" when set: the text will not go as it is (a LinkedIn note over its limit). */
  warning?: string | undefined;
}

/**
 * Copies text and says so where everyone can perceive it (visible text, announced
 * politely), with the warning when there is one.
 */
export function CopyButton({ text, label, warning }: Props) {
  const [status, setStatus] = useState('');
  const copied = 'Copied. Paste it where you need it.';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      // Copied all the same (the user may trim it where they paste), but never silently:
      // no dialog to dismiss, the warning is in the same announced line.
      setStatus(
        warning
          ? `Copied, but ${warning[0]!.toLowerCase()}${warning.slice(1)} Trim it before you send it.`
          : copied,
      );
    } catch {
      // Refused (permission, an unfocused page): the text is on screen, so say how to copy it by hand.
      setStatus('Your browser blocked copying: select the text and copy it yourself.');
    }
    setTimeout(() => setStatus(''), 6000);
  };
  return (
    <>
      <button type="button" class="tool-button" onClick={() => void copy()}>
        <Icon d={COPY} />
        {label}
      </button>
      <span class="tool-copy-status" role="status">
        {status}
      </span>
    </>
  );
}
