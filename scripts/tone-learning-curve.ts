// How the tone classifier's recall grows with its training data: the same 5-fold
// cross-validation as scripts/train-tone.ts, with each fold's training part cut to a
// fraction of the training messages, and thresholds chosen at precision 0.8 as shipped.
// The classifier alone (no phrase rules), recall per category in the order of
// tone-weights.ts. Seconds to run:
//
//   node scripts/tone-learning-curve.ts            fractions 0.25, 0.5, 0.75 and 1
//   node scripts/tone-learning-curve.ts 0.5,1      the fractions given
import { categoryScores } from '../src/lib/tone/tone-model.ts';
import weights from '../src/lib/tone/tone-weights.ts';
import {
  FOLDS,
  recallAtPrecision,
  SEED,
  shuffled,
  trainedModel,
  training,
} from './tone-training-set.ts';

const CATEGORIES = weights.categories;
const fractions = (process.argv[2] ?? '0.25,0.5,0.75,1').split(',').map(Number);
const order = shuffled(training.keys().toArray(), SEED);
console.log(`recall at precision 0.8, per category: ${CATEGORIES.join(', ')}`);
for (const fraction of fractions) {
  const probs: number[][] = [];
  let trainedOn = 0;
  for (let k = 0; k < FOLDS; k++) {
    const test = new Set(order.filter((_, i) => i % FOLDS === k));
    const rest = order.filter((i) => !test.has(i));
    const part = rest.slice(0, Math.round(rest.length * fraction)).map((i) => training[i]!);
    trainedOn = part.length;
    // As scripts/train-tone.ts trains the shipped model (without the kit's drafts, which
    // are clean examples only and would blur the curve at small fractions).
    const model = trainedModel(part, CATEGORIES, 2000, weights.scale);
    for (const i of test) probs[i] = categoryScores(model, training[i]!.text);
  }
  const recall = recallAtPrecision(CATEGORIES, probs, 0.8);
  console.log(`${trainedOn} messages: ${recall.join(' ')}`);
}
