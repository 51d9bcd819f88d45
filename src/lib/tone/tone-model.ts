// The tone classifier's arithmetic: the features a message is read by and the score a
// trained model gives each category. Kept apart from the weights
// (tone-weights.ts, written by scripts/train-tone.ts) so the training script and the
// checker read messages the same way, and apart from tone-check.ts so pages that only
// check form never load it. No imports: `node scripts/train-tone.ts` runs it as is.

/** A trained one-vs-rest logistic model, as scripts/train-tone.ts writes it. */
export interface ToneModel {
  /** The categories, in the order of every array below. */
  categories: readonly string[];
  /** Each category's intercept. */
  bias: readonly number[];
  /** The probability from which a category is proposed (chosen by cross-validation). */
  threshold: readonly number[];
  /** Each category's weights as "feature:weight" pairs joined by spaces, weights × `scale`. */
  weights: readonly string[];
  /** What the integer weights were multiplied by. */
  scale: number;
}

/** A model ready to score: the weights of each category by feature. */
export type LoadedModel = ToneModel & { table: Map<string, number>[] };

/**
 * The features of a text: words and word pairs, and four-letter pieces of each word
 * ("_cha", "char", "harm"…), which catch a word's other forms and its misspellings.
 * Lower case, curly apostrophes made straight; each feature once.
 */
export function features(text: string): string[] {
  const words =
    text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[\p{L}\p{N}']+/gu) ?? [];
  const out = new Set<string>();
  words.forEach((w, i) => {
    out.add(`w_${w}`);
    if (i) out.add(`b_${words[i - 1]}_${w}`);
    const padded = `_${w}_`;
    for (let j = 0; j + 4 <= padded.length; j++) out.add(`c${padded.slice(j, j + 4)}`);
  });
  return [...out];
}

/** The weights of a model as tables, once per load. */
export function loadModel(model: ToneModel): LoadedModel {
  const table = model.weights.map(
    (pairs) =>
      new Map(
        pairs
          .split(' ')
          .filter(Boolean)
          .map((p) => {
            const at = p.lastIndexOf(':');
            return [p.slice(0, at), Number(p.slice(at + 1)) / model.scale] as const;
          }),
      ),
  );
  return { ...model, table };
}

/**
 * The probability of each category for a text, in the model's order. The features are
 * weighted 1/√n, so a long message's many harmless words do not add up to a finding.
 */
export function categoryScores(model: LoadedModel, text: string): number[] {
  const f = features(text);
  const norm = 1 / Math.sqrt(f.length || 1);
  return model.table.map((weights, c) => {
    let z = model.bias[c]!;
    for (const x of f) z += (weights.get(x) ?? 0) * norm;
    return 1 / (1 + Math.exp(-z));
  });
}
