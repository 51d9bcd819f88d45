// The shipped tone classifier, ready to score: its weights and the code that reads a
// message by them, one chunk that a tone check imports when it first needs it.
import { loadModel, type LoadedModel } from './tone-model';
import weights from './tone-weights';

/** Builds the shipped classifier's table (7–20 ms: do it once per page). */
export function toneClassifier(): LoadedModel {
  return loadModel(weights);
}
