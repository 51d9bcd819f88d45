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
  /**
   * A phrase rule of a tone the model reads stands only where the model, reading the
   * phrase's sentence, gives some category at least this share of its threshold; absent,
   * every rule stands.
   */
  ruleGate?: number;
}

/**
 * A model ready to score: the weights of each category by feature, and its scoring. The
 * checker scores through `scores`, so it never imports this module: the features and the
 * arithmetic load with the weights, when a check first needs them, not with the page.
 */
export type LoadedModel = ToneModel & {
  table: Map<string, number>[];
  /** {@link categoryScores} of this model for a text. */
  scores: (text: string) => number[];
};

// Cues a sentence gives beyond its words (scripts/train-tone.ts measured them): praise or
// thanks beside a delay ("Wonderful to hear from you at last") is how sarcasm and a veiled
// jab are mostly worded; an intensifier or "sure"/"clearly" beside either is the irony.
const PRAISE =
  /\b(?:thank|thanks|grateful|appreciat|delighted|wonderful|great|lovely|glad|pleased|reassuring|nice|love)/;
const DELAY =
  /\b(?:weeks?|months?|ages|still|finally|at last|again|yet|silence|quarter|eventually|another|fourth|third|second|three|several|days)\b/;
const NEGATION = /\b(?:not|never|no|nobody|nothing|without)\b|n't\b/;
const IRONY =
  /\b(?:sure|of course|clearly|obviously|apparently|i guess|must be|certainly|totally|definitely|so much|really|very|such)\b/;
const SELF = /\b(?:i|i've|i'm|i'd|my|me)\b/;
const OTHERS = /\b(?:you|your|you're|you've|team|company|they)\b/;

/**
 * The features of a text: words and word pairs ("w_…", "b_…"), four-letter pieces of
 * each word ("c_cha", "charm"…), which catch a word's other forms and its misspellings,
 * punctuation ("p_…": "...", "?", "!", quotes, brackets, emoji) and what one sentence
 * pairs ("s_…": thanks beside a delay, irony beside either, a negation). Lower case,
 * curly apostrophes made straight; each feature once.
 */
export function features(text: string): string[] {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  const words = lower.match(/[\p{L}\p{N}']+/gu) ?? [];
  const out = new Set<string>();
  words.forEach((w, i) => {
    out.add(`w_${w}`);
    if (i) out.add(`b_${words[i - 1]}_${w}`);
    const padded = `_${w}_`;
    for (let j = 0; j + 4 <= padded.length; j++) out.add(`c${padded.slice(j, j + 4)}`);
  });
  if (/\.\.\.|…/.test(lower)) out.add('p_ellipsis');
  if (/\?/.test(lower)) out.add('p_q');
  if (/\?[^?]*\?/.test(lower)) out.add('p_qq');
  if (/!/.test(lower)) out.add('p_bang');
  if (/["“”']\w[^"“”']{0,30}["“”']/.test(lower)) out.add('p_quote');
  if (/\(/.test(lower)) out.add('p_paren');
  if (/[😀-🙏🤔🙃😒😤]/u.test(lower)) out.add('p_emoji');
  for (const s of lower.split(/(?<=[.!?…])\s+|\n+/)) {
    const praise = PRAISE.test(s);
    const delay = DELAY.test(s);
    const negation = NEGATION.test(s);
    const irony = IRONY.test(s);
    if (praise && delay) out.add('s_thanks_delay');
    if (praise && negation) out.add('s_thanks_neg');
    if (irony && delay) out.add('s_irony_delay');
    if (irony && praise) out.add('s_irony_thanks');
    if (negation && delay) out.add('s_neg_delay');
    if (negation && SELF.test(s) && OTHERS.test(s)) out.add('s_self_neg_you');
    if (praise && delay && s.includes('!')) out.add('s_thanks_bang_delay');
  }
  return [...out];
}

/** The weights of a model as tables, once per load. */
export function loadModel(model: ToneModel): LoadedModel {
  const table: Map<string, number>[] = model.weights.map(
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
  const loaded: LoadedModel = { ...model, table, scores: (text) => categoryScores(loaded, text) };
  return loaded;
}

/**
 * The probability of each category for a text, in the model's order. The features are
 * weighted 1/√n, so a long message's many harmless words do not add up to a finding.
 */
export function categoryScores(model: Omit<LoadedModel, 'scores'>, text: string): number[] {
  const f = features(text);
  const norm = 1 / Math.sqrt(f.length || 1);
  return model.table.map((weights, c) => {
    let z = model.bias[c]!;
    for (const x of f) z += (weights.get(x) ?? 0) * norm;
    return 1 / (1 + Math.exp(-z));
  });
}
