import { useEffect, useState } from 'preact/hooks';
import type { ToneFindings, ToneFindingsProps } from './ToneFindings';

type Findings = typeof import('./ToneFindings');
// One fetch per page, shared by every draft on it; forgotten when it fails, so a later
// attempt fetches again.
let fetching: Promise<Findings> | undefined;

/** Fetches the tone check once per page. */
function fetchFindings(): Promise<Findings> {
  fetching ??= import('./ToneFindings').catch((error: unknown) => {
    fetching = undefined;
    throw error;
  });
  return fetching;
}

/**
 * Fetches and readies the tone check on a sign that it is about to be wanted (the draft
 * or the button gets focus or the pointer), so the first check does not also pay for
 * compiling its patterns and building the classifier's table.
 */
function prepare(): void {
  fetchFindings().then(
    (m) => m.prepareToneFindings(),
    // The panel says so if it is asked for and still cannot load.
    () => undefined,
  );
}

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
    const draft = document.getElementById(props.targetId);
    if (wanted || !draft) return;
    draft.addEventListener('focus', prepare, { once: true });
    return () => draft.removeEventListener('focus', prepare);
  }, [props.targetId, wanted]);
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
          onPointerEnter={prepare}
          onFocus={prepare}
          onClick={() => setState(true)}
        >
          Check the tone or share<span class="visually-hidden"> {props.label}</span> for review
        </button>
      )}
    </div>
  );
}
