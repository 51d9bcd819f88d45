import { useEffect, useState } from 'preact/hooks';
import type { ToneFindings, ToneFindingsProps } from './ToneFindings';

// One fetch per page, shared by every draft on it; a failed one is forgotten, so the
// next attempt fetches again once the connection is back.
let fetching: Promise<typeof import('./ToneFindings')> | undefined;
const fetchFindings = () =>
  (fetching ??= import('./ToneFindings').catch((error: unknown) => {
    fetching = undefined;
    throw error;
  }));

/**
 * Fetches and readies the tone check on a sign that it is about to be wanted (the draft
 * or the button gets focus), so the first check does not also pay for compiling its
 * patterns and building the classifier's table.
 */
const prepare = () =>
  void fetchFindings().then(
    (m) => m.prepareToneFindings(),
    // Nothing to say yet: the panel says so if the check is asked for.
    () => undefined,
  );

/**
 * The second opinion beside a draft: the tone check, and a link to share the draft for
 * review. Both are fetched only once there is something to check that the kit did not
 * write (the kit's own drafts pass the check: tests/unit/tone-check.test.ts), so they
 * start when the user edits a draft or asks, and are readied when the draft or the
 * button gets focus. That keeps them out of the message-tool pages' first load.
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
      fetchFindings().then(
        (m) => setState(() => m.ToneFindings),
        () => setState('The tone check could not load: check your connection.'),
      );
  }, [wanted]);
  useEffect(() => {
    // Focus on the draft comes before the edit that asks for a check.
    document.getElementById(props.targetId)?.addEventListener('focus', prepare, { once: true });
  }, []);
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
        <button
          type="button"
          class="tool-button tool-button-quiet"
          onFocus={prepare}
          onClick={() => setState(true)}
        >
          Check the tone or share<span class="visually-hidden"> {props.label}</span> for review
        </button>
      )}
    </div>
  );
}
