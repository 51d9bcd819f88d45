import { useEffect, useState } from 'preact/hooks';
import { loadModel, type LoadedModel } from '../../../lib/tone/tone-model';

/** The tone classifier as a check uses it: not there yet, there, or unable to load. */
export type ToneModelState = { model?: LoadedModel; failed: boolean };

/**
 * The tone classifier's weights (about 28 KB gzip), fetched the first time a tone check
 * is drawn, never with the page: the phrase rules answer at once and the classifier's
 * findings join when it arrives. Held in an object, so the state is never a bare function.
 */
export function useToneModel(): ToneModelState {
  const [state, setState] = useState<ToneModelState>({ failed: false });
  useEffect(() => {
    let live = true;
    import('../../../lib/tone/tone-weights').then(
      (m) => live && setState({ model: loadModel(m.default), failed: false }),
      () => live && setState({ failed: true }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
