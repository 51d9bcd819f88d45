// What scripts/train-tone.ts (trains the shipped classifier) and scripts/tone-options.ts
// (compares options) share, so both measure by the very same folds: the training
// messages, the kit's own drafts as clean examples, the scoring of the checker, the
// seeded folds, the trainer and the choice of thresholds.
import { readdirSync, readFileSync } from 'node:fs';
import { build, type Plugin } from 'esbuild';
import { features, loadModel, type LoadedModel } from '../src/lib/tone/tone-model.ts';

/** A labelled message as the fixtures hold it. */
export type Labelled = { id: string; kind: string; text: string; labels: string[] };

const root = new URL('../', import.meta.url);

/** A JSON file of labelled messages, by its path in the repository. */
export const readLabelled = (path: string) =>
  JSON.parse(readFileSync(new URL(path, root), 'utf8')) as Labelled[];

/**
 * Every training file, in name order, so a new writer's file joins by being added
 * (tests/fixtures/tone-training; never the held-out sets).
 */
export const training: Labelled[] = readdirSync(new URL('tests/fixtures/tone-training/', root))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => readLabelled(`tests/fixtures/tone-training/${f}`));

/**
 * A module of the repository bundled by esbuild and imported: the checker and the
 * scoring import without file extensions, which Node alone does not resolve. `plugins`
 * may swap a module for a stand-in.
 */
export async function importBundled<T>(path: string, plugins: Plugin[] = []): Promise<T> {
  const out = await build({
    entryPoints: [new URL(path, root).pathname],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    plugins,
  });
  const code = Buffer.from(out.outputFiles[0]!.text).toString('base64');
  return (await import(`data:text/javascript;base64,${code}`)) as T;
}

/**
 * The kit's own drafts, clean by definition and bound to stay so beside the checker
 * (tests/unit/situations-*.test.ts): each situation's typical draft in every tone, a
 * clean example in every fold's training, never scored. Without them the model read the
 * kit's "I'll send the SQL sample by Friday." as an ultimatum.
 */
export async function kitDrafts(): Promise<Labelled[]> {
  const kit = await importBundled<typeof import('../tests/unit/situations-fixtures.ts')>(
    'tests/unit/situations-fixtures.ts',
  );
  return Object.entries(kit.TYPICAL).flatMap(([kind, draft]) =>
    kit.TONES.map((tone) => ({
      id: `kit-${kind}-${tone}`,
      kind,
      text: draft(tone).body,
      labels: [],
    })),
  );
}

/** The seed of the folds and of the order of examples. */
export const SEED = 20261205;
/** Cross-validation folds. */
export const FOLDS = 5;

/** mulberry32: a small seeded generator, so folds and order are the same every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The items in a seeded random order (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const next = random(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** How a linear model is trained. */
export interface TrainOptions {
  /** The features of a text. */
  reader: (text: string) => string[];
  /** NB-SVM: scale each feature by its naive-Bayes log-count ratio (else plain logistic regression). */
  ratio: boolean;
  /** Passes over the data. */
  epochs: number;
  /** The first pass's learning rate, lowered each pass. */
  rate: number;
  /** L2 penalty. */
  l2: number;
  /** How much more a missed problem costs than a false alarm; 'balanced' by class sizes. */
  positiveWeight: number | 'balanced';
  /** Features seen in fewer messages are left out. */
  minCount: number;
}

/**
 * How the shipped classifier is trained, as scripts/train-tone.ts chose it: NB-SVM, 40
 * passes from a rate of 0.5, L2 1e-4, a missed problem costing twice a false alarm, and
 * features seen in at least two messages.
 */
export const SHIPPED_TRAINING: Omit<TrainOptions, 'reader'> = {
  ratio: true,
  epochs: 40,
  rate: 0.5,
  l2: 1e-4,
  positiveWeight: 2,
  minCount: 2,
};

/** One category's trained weights, before pruning and rounding. */
export interface TrainedCategory {
  /** The features, sorted. */
  vocab: string[];
  /** Each feature's weight, the ratio folded in: a plain linear model. */
  w: Float64Array;
  /** The intercept. */
  b: number;
  /** Each feature's naive-Bayes log-count ratio for the category. */
  ratio: Float64Array;
  /** Messages of the category. */
  positives: number;
}

/** One-vs-rest linear models, one per category, by seeded SGD. */
export function trainLinear(
  messages: readonly Labelled[],
  categories: readonly string[],
  o: TrainOptions,
): TrainedCategory[] {
  const feats = messages.map((m) => o.reader(m.text));
  const counts = new Map<string, number>();
  for (const f of feats) for (const x of f) counts.set(x, (counts.get(x) ?? 0) + 1);
  // Sorted, so indices never depend on the order of the messages.
  const vocab = [...counts]
    .filter(([, n]) => n >= o.minCount)
    .map(([x]) => x)
    .sort();
  const index = new Map(vocab.map((x, i) => [x, i]));
  const rows = feats.map((f) => ({
    idx: f.flatMap((x) => index.get(x) ?? []),
    norm: 1 / Math.sqrt(f.length || 1),
  }));
  return categories.map((cat, c) => {
    const ys = messages.map((m) => (m.labels.includes(cat) ? 1 : 0));
    const positives = ys.reduce((a: number, y) => a + y, 0);
    const posW =
      o.positiveWeight === 'balanced' ? (ys.length - positives) / positives : o.positiveWeight;
    // NB-SVM: each feature scaled by how much likelier it is in this category's messages
    // than in the rest (counted once per message, add-one smoothed), so the regression
    // starts from naive Bayes's evidence instead of from nothing.
    const inside = new Float64Array(vocab.length).fill(1);
    const outside = new Float64Array(vocab.length).fill(1);
    rows.forEach(({ idx }, i) => {
      const n = ys[i] ? inside : outside;
      for (const j of idx) n[j]! += 1;
    });
    const sumIn = inside.reduce((a, x) => a + x, 0);
    const sumOut = outside.reduce((a, x) => a + x, 0);
    const nb = inside.map((x, j) => Math.log(x / sumIn / (outside[j]! / sumOut)));
    const ratio = o.ratio ? nb : new Float64Array(vocab.length).fill(1);
    const w = new Float64Array(vocab.length);
    let b = 0;
    for (let e = 0; e < o.epochs; e++) {
      const rate = o.rate / (1 + e * 0.1);
      for (const i of shuffled(rows.keys().toArray(), SEED + c * 1000 + e)) {
        const { idx, norm } = rows[i]!;
        const y = ys[i]!;
        let z = b;
        for (const j of idx) z += w[j]! * ratio[j]! * norm;
        const g = (1 / (1 + Math.exp(-z)) - y) * (y ? posW : 1);
        b -= rate * g;
        for (const j of idx) w[j]! -= rate * (g * norm * ratio[j]! + o.l2 * w[j]!);
      }
    }
    for (let j = 0; j < vocab.length; j++) w[j] = w[j]! * ratio[j]!;
    return { vocab, w, b, ratio: nb, positives };
  });
}

/**
 * A category's weights as the model ships them: the `keep` largest, multiplied by
 * `scale` and rounded, as "feature:weight" pairs in feature order; and the intercept.
 */
export function pruned(t: TrainedCategory, keep: number, scale: number) {
  const kept = [...t.w.keys()]
    .filter((j) => Math.round(t.w[j]! * scale) !== 0)
    .sort((p, q) => Math.abs(t.w[q]!) - Math.abs(t.w[p]!) || p - q)
    .slice(0, keep)
    .sort((p, q) => p - q);
  return {
    bias: Math.round(t.b * scale) / scale,
    table: new Map(kept.map((j) => [t.vocab[j]!, Math.round(t.w[j]! * scale) / scale])),
    weights: kept.map((j) => `${t.vocab[j]}:${Math.round(t.w[j]! * scale)}`).join(' '),
  };
}

/** Per category, the lowest threshold whose out-of-fold precision stays at `target`. */
export function chooseThresholds(
  messages: readonly Labelled[],
  categories: readonly string[],
  probs: number[][],
  target: number,
): number[] {
  return categories.map((cat, c) => {
    let best = 0.99;
    for (let t = 0.99; t >= 0.02; t -= 0.01) {
      const flagged = messages.filter((_, i) => probs[i]![c]! >= t);
      const right = flagged.filter((m) => m.labels.includes(cat)).length;
      if (flagged.length >= 3 && right / flagged.length >= target) best = t;
    }
    return Math.round(best * 100) / 100;
  });
}

/**
 * The shipped classifier trained on `messages` and pruned to `keep` weights per category
 * at `scale`, ready to score (thresholds left at 0.5: callers choose their own).
 */
export function trainedModel(
  messages: readonly Labelled[],
  categories: readonly string[],
  keep: number,
  scale: number,
): LoadedModel {
  const trained = trainLinear(messages, categories, { reader: features, ...SHIPPED_TRAINING }).map(
    (t) => pruned(t, keep, scale),
  );
  return loadModel({
    categories,
    bias: trained.map((t) => t.bias),
    threshold: categories.map(() => 0.5),
    weights: trained.map((t) => t.weights),
    scale,
  });
}

/**
 * Each category's recall on the training messages, as "48%", at the thresholds that keep
 * the out-of-fold precision at `target` ({@link chooseThresholds}).
 */
export function recallAtPrecision(
  categories: readonly string[],
  probs: number[][],
  target: number,
): string[] {
  const thresholds = chooseThresholds(training, categories, probs, target);
  return categories.map((category, c) => {
    const labelled = training.filter((m) => m.labels.includes(category)).length;
    const caught = training.filter(
      (m, i) => m.labels.includes(category) && probs[i]![c]! >= thresholds[c]!,
    ).length;
    return `${Math.round((100 * caught) / labelled)}%`;
  });
}
