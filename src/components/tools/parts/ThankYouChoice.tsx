import { useStore } from '@nanostores/preact';
import { atom } from 'nanostores';
import { useEffect } from 'preact/hooks';
import { updateWorkspace } from '../../../stores/workspace';
import type { Application, Profile, Round } from '../../../lib/workspace/schema';

/**
 * The screen and panel builders, fetched when the round is a screen or the panel email
 * is chosen; false when they could not load.
 */
const $modes = atom<typeof import('./ThankYouModes') | null | false>(null);
const loadModes = () =>
  import('./ThankYouModes').then(
    (m) => ($modes.set(m), m),
    () => {
      $modes.set(false);
      return null;
    },
  );

interface Props {
  application: Application;
  round: Round;
  profile: Profile;
  idPrefix: string;
  /** The heading of the screen note or the panel email: h2 under a page's h1, h3 under a tool's title. */
  H: 'h2' | 'h3';
  /** The round is a recruiter screen: one short note to the recruiter, no choice. */
  screen: boolean;
  /** One email to the panel is chosen (lib/thank-you/modes.ts). */
  panel: boolean;
}

/**
 * For a round with two or more people met, the choice between one email to each
 * person (the default the sources prefer: src/docs/facts.md, "Thank-you email") and
 * one to the panel; and the screen note or the panel email when they are the ones
 * written. The per-person drafts stay with the builder.
 */
export function ThankYouChoice({ screen, panel, ...props }: Props) {
  const modes = useStore($modes);
  const wanted = screen || panel;
  useEffect(() => {
    if (wanted) void loadModes();
  }, [wanted]);
  // The switch moves the panel draft between keys, so it comes with the builders.
  const setPanel = (on: boolean) =>
    void loadModes().then(
      (m) =>
        m && updateWorkspace((w) => m.choosePanel(w, props.application.id, props.round.id, on)),
    );
  return (
    <>
      {!screen && (
        <fieldset class="tool-fieldset">
          <legend>How to thank them</legend>
          {['One email to each person', 'One email to the panel (lead, others copied)'].map(
            (text, n) => (
              <label class="tool-field tool-check" key={n}>
                <input
                  type="radio"
                  name={`${props.idPrefix}-mode`}
                  checked={panel === !!n}
                  onChange={() => setPanel(!!n)}
                />
                {text}
              </label>
            ),
          )}
          <p class="tool-hint">Sources prefer one email to each person.</p>
        </fieldset>
      )}
      {modes === false && (
        <p class="tool-warning">This draft could not load: check your connection.</p>
      )}
      {wanted && modes && <modes.ThankYouMode screen={screen} {...props} />}
    </>
  );
}
