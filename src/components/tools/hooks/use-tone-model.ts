import { useEffect, useState } from 'preact/hooks';
import type { LoadedModel } from '../../../lib/tone/tone-model';

/** The tone classifier as a check uses it: not there yet, there, or unable to load. */
export type ToneModelState = { model?: LoadedModel; failed: boolean };

// One load per page: two thank-you drafts side by side share the weights and their
// table (building the table is 7–20 ms of a first check: scripts/bench/tone-timing.ts).
let loading: Promise<LoadedModel> | undefined;
let loaded: LoadedModel | undefined;

/**
 * Fetches the tone classifier (its weights, about 85 KB gzip, and the code that reads a
 * message by them) and builds its table, once per page; a failed fetch is forgotten, so
 * the next check tries again.
 */
export function loadToneModel(): Promise<LoadedModel> {
  loading ??= import('../../../lib/tone/tone-classifier').then(
    (m) => (loaded = m.toneClassifier()),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * The tone classifier, fetched the first time a tone check is drawn (or readied before,
 * by `prepareToneCheck`), never with the page: the phrase rules answer at once and the
 * classifier's findings join when it arrives. Held in an object, so the state is never a
 * bare function.
 */
export function useToneModel(): ToneModelState {
  const [state, setState] = useState<ToneModelState>(() =>
    loaded ? { model: loaded, failed: false } : { failed: false },
  );
  useEffect(() => {
    if (state.model) return;
    let live = true;
    loadToneModel().then(
      (model) => live && setState({ model, failed: false }),
      () => live && setState({ failed: true }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
