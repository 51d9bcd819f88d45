import { useEffect, useState } from 'preact/hooks';
import type { ToneFindings, ToneFindingsProps } from './ToneFindings';

/**
 * The second opinion beside a draft: the tone check, and a link to share the draft for
 * review. Both are fetched only once there is something to check that the kit did not
 * write (the kit's own drafts pass the check: tests/unit/tone-check.test.ts), so they
 * start when the user edits a draft or asks. That keeps the message-tool pages inside
 * their 25 KB budget on first load.
 */
export function ToneCheck(
  props: ToneFindingsProps & {
    /** Start checking without being asked (the draft was edited). */ auto: boolean;
  },
) {
  // false: not asked yet; true: loading; a string: why it failed; else the panel.
  const [state, setState] = useState<boolean | string | typeof ToneFindings>(false);
  const wanted = state !== false || props.auto;
  useEffect(() => {
    if (wanted && typeof state !== 'function')
      import('./ToneFindings').then(
        (m) => setState(() => m.ToneFindings),
        () => setState('The tone check could not load: check your connection.'),
      );
  }, [wanted]);
  if (typeof state === 'function') {
    const Panel = state;
    return <Panel {...props} />;
  }
  return (
    <div class="tool-tone">
      {wanted ? (
        <p class="tool-hint" role="status">
          {typeof state === 'string' ? state : 'Checking the tone…'}
        </p>
      ) : (
        <button type="button" class="tool-button tool-button-quiet" onClick={() => setState(true)}>
          Check the tone or share<span class="visually-hidden"> {props.label}</span> for review
        </button>
      )}
    </div>
  );
}
