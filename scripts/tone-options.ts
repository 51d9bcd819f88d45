// Compares the tone classifier's options by the same 5-fold cross-validation as
// scripts/train-tone.ts, on tests/fixtures/tone-training only (never the held-out set),
// and prints one row per option: the combined checker's message recall, precision and
// false alarms, recall/precision per category, the classifier alone, and the gzip of the
// weights trained on all of it. The table in train-tone.ts came from here.
//
//   node scripts/tone-options.ts                 every option (about 5 minutes)
//   node scripts/tone-options.ts "c: NB-SVM"     the options named
//
// Each option may read messages its own way, so the checker is bundled with a stand-in
// for tone-model.ts whose model carries its reader; train-tone.ts ships only the winner.
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'esbuild';
import { features } from '../src/lib/tone/tone-model.ts';
import {
  chooseThresholds,
  FOLDS,
  importBundled,
  kitDrafts,
  pruned,
  SEED,
  shuffled,
  trainLinear,
  training,
  type Labelled,
} from './tone-training-set.ts';

const STAND_IN = `
export function loadModel(model) { return model; }
export function categoryScores(model, text) {
  return model.scores(text);
}`;
const swap: Plugin = {
  name: 'stand-in-model',
  setup(b) {
    b.onResolve({ filter: /tone-model$/ }, () => ({ path: 'tone-model', namespace: 'stand-in' }));
    b.onLoad({ filter: /.*/, namespace: 'stand-in' }, () => ({ contents: STAND_IN }));
  },
};
const scoring = await importBundled<typeof import('../tests/support/tone-score.ts')>(
  'tests/support/tone-score.ts',
  [swap],
);
const KIT = await kitDrafts();
const CATEGORIES = scoring.CATEGORIES.filter((c) => c !== 'too-soon');

// ---------- feature readers ----------
const norm = (t: string) => t.toLowerCase().replace(/[’‘]/g, "'");
const wordsOf = (t: string) => norm(t).match(/[\p{L}\p{N}']+/gu) ?? [];
function base(text: string): string[] {
  const words = wordsOf(text);
  const out = new Set<string>();
  words.forEach((w, i) => {
    out.add(`w_${w}`);
    if (i) out.add(`b_${words[i - 1]}_${w}`);
    const padded = `_${w}_`;
    for (let j = 0; j + 4 <= padded.length; j++) out.add(`c${padded.slice(j, j + 4)}`);
  });
  return [...out];
}
/** Words, pairs, and letter n-grams of the sizes given over the whole text, across word gaps. */
function chars(sizes: number[], opts: { pairs?: boolean; words?: boolean; tri?: boolean } = {}) {
  return (text: string) => {
    const words = wordsOf(text);
    const out = new Set<string>();
    words.forEach((w, i) => {
      if (opts.words !== false) out.add(`w_${w}`);
      if (opts.pairs !== false && i) out.add(`b_${words[i - 1]}_${w}`);
      if (opts.tri && i > 1) out.add(`t_${words[i - 2]}_${words[i - 1]}_${w}`);
    });
    const s = `_${words.join('_')}_`;
    for (const n of sizes) for (let j = 0; j + n <= s.length; j++) out.add(`c${s.slice(j, j + n)}`);
    return [...out];
  };
}
/** The shipped reader's cues (tone-model.ts), added to another reader. */
const cues = (inner: (t: string) => string[]) => (text: string) => [
  ...new Set([...inner(text), ...features(text).filter((f) => /^[ps]_/.test(f))]),
];
/** The readers compared; "base+cues" is the shipped one. */
const READERS: Record<string, (t: string) => string[]> = {
  base,
  c4x: chars([4]),
  c35x: chars([3, 5]),
  c345x: chars([3, 4, 5]),
  c45x: chars([4, 5]),
  c35xt: chars([3, 5], { tri: true }),
  'base+cues': features,
  'c35x+cues': cues(chars([3, 5])),
  'c4x+cues': cues(chars([4])),
};

// ---------- trainers ----------
interface Opt {
  name: string;
  reader: string;
  trainer?: 'lr' | 'nbsvm' | 'nb' | 'ens';
  epochs?: number;
  rate?: number;
  l2?: number;
  pos?: number | 'balanced';
  keep?: number;
  precision?: number;
  minCount?: number;
  size?: boolean;
  scale?: number;
  pool?: number;
  poolWeight?: number;
}
type Model = {
  /** Pool over sentences of at least this many words (0: the whole text only). */
  pool?: number;
  /** What a sentence's probability is multiplied by before pooling. */
  poolWeight?: number;
  scores: (text: string) => number[];
  categories: string[];
  bias: number[];
  table: Map<string, number>[];
  feats: (t: string) => string[];
  threshold: number[];
  weights: string[];
  scale: number;
};

function train(messages: readonly Labelled[], o: Opt): Model {
  const reader = READERS[o.reader]!;
  const SCALE = o.scale ?? 100;
  const fit = (ratio: boolean) =>
    trainLinear(messages, CATEGORIES, {
      reader,
      ratio,
      epochs: o.epochs ?? 40,
      rate: o.rate ?? 0.5,
      l2: o.l2 ?? 1e-4,
      positiveWeight: o.pos ?? 2,
      minCount: o.minCount ?? 2,
    });
  let trained;
  if (o.trainer === 'nb') {
    // Naive Bayes alone: the log-count ratios are the weights.
    trained = fit(false).map((t) => ({
      ...t,
      w: t.ratio,
      b: Math.log(t.positives / (messages.length - t.positives)),
    }));
  } else if (o.trainer === 'ens') {
    const lr = fit(false);
    trained = fit(true).map((n, c) => {
      const a = lr[c]!;
      const byFeature = new Map(a.vocab.map((x, j) => [x, a.w[j]!]));
      return {
        ...n,
        w: n.w.map((x, j) => (x + (byFeature.get(n.vocab[j]!) ?? 0)) / 2),
        b: (a.b + n.b) / 2,
      };
    });
  } else trained = fit(o.trainer === 'nbsvm');
  const shipped = trained.map((t) => pruned(t, o.keep ?? 500, SCALE));
  const model: Model = {
    ...(o.pool ? { pool: o.pool, poolWeight: o.poolWeight ?? 1 } : {}),
    scores: (text) => scores(model, text),
    categories: CATEGORIES,
    bias: shipped.map((t) => t.bias),
    table: shipped.map((t) => t.table),
    feats: reader,
    threshold: CATEGORIES.map(() => 0.5),
    weights: shipped.map((t) => t.weights),
    scale: SCALE,
  };
  return model;
}
function linear(model: Model, text: string) {
  const f = model.feats(text);
  const n = 1 / Math.sqrt(f.length || 1);
  return model.table.map((ws, c) => {
    let z = model.bias[c]!;
    for (const x of f) z += (ws.get(x) ?? 0) * n;
    return 1 / (1 + Math.exp(-z));
  });
}
/** The model's probabilities; pooled, the highest of the whole text's and each sentence's. */
function scores(model: Model, text: string) {
  const whole = linear(model, text);
  if (!model.pool) return whole;
  const parts = text
    .split(/(?<=[.!?…])\s+|\n+/)
    .filter((p) => p.trim().split(/\s+/).length >= model.pool!);
  for (const p of parts) {
    const s = linear(model, p).map((x) => x * model.poolWeight!);
    s.forEach((x, c) => (whole[c] = Math.max(whole[c]!, x)));
  }
  return whole;
}

function run(o: Opt) {
  const t0 = Date.now();
  const order = shuffled(training.keys().toArray(), SEED);
  const probs: number[][] = [];
  const foldModel: Model[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const test = new Set(order.filter((_, i) => i % FOLDS === k));
    const m = train([...training.filter((_, i) => !test.has(i)), ...KIT], o);
    for (const i of test) {
      probs[i] = scores(m, training[i]!.text);
      foldModel[i] = m;
    }
  }
  const thresholds = chooseThresholds(training, CATEGORIES, probs, o.precision ?? 0.8);
  const found = training.map((m, i) => ({
    m,
    got: scoring.categoriesFound(m, { ...foldModel[i]!, threshold: thresholds }),
  }));
  const s = scoring.scoreFound(found);
  const classifierOnly = scoring.scoreFound(
    training.map((m, i) => ({
      m,
      got: new Set(CATEGORIES.filter((_, c) => probs[i]![c]! >= thresholds[c]!)),
    })),
  );
  let size = '';
  if (o.size) {
    const full = train([...training, ...KIT], o);
    const body = JSON.stringify({
      categories: CATEGORIES,
      bias: full.bias,
      threshold: thresholds,
      weights: full.weights,
      scale: o.scale ?? 100,
    });
    size = `${(gzipSync(body).length / 1024).toFixed(1)}KB`;
  }
  const pct = (x: number) => (Number.isNaN(x) ? '–' : (x * 100).toFixed(0));
  const cat = s.perCategory.map((c) => `${pct(c.recall)}/${pct(c.precision)}`).join(' ');
  console.log(
    `| ${o.name} | ${pct(s.recall)} | ${pct(s.precision)} | ${s.falseAlarms.length} | ${cat} | ${pct(classifierOnly.recall)}/${pct(classifierOnly.precision)} | ${size} | ${((Date.now() - t0) / 1000).toFixed(0)}s |`,
  );
  return s;
}

const which = process.argv.slice(2);
const OPTIONS: Opt[] = [
  { name: 'before: LR, keep 500, P 0.8', reader: 'base', size: true },
  { name: 'a: 4-grams across gaps', reader: 'c4x' },
  { name: 'a: 3+5-grams across gaps', reader: 'c35x' },
  { name: 'a: 3+4+5-grams across gaps', reader: 'c345x' },
  { name: 'a: 4+5-grams across gaps', reader: 'c45x' },
  { name: 'a: 3+5-grams and word triples', reader: 'c35xt' },
  { name: 'a: + cues', reader: 'base+cues' },
  { name: 'a: 3+5-grams + cues', reader: 'c35x+cues' },
  { name: 'b: keep 1000', reader: 'base', keep: 1000, size: true },
  { name: 'b: keep 2000', reader: 'base', keep: 2000, size: true },
  { name: 'b: balanced', reader: 'base', pos: 'balanced' },
  { name: 'b: positive weight 4', reader: 'base', pos: 4 },
  { name: 'b: 80 epochs', reader: 'base', epochs: 80 },
  { name: 'b: P 0.85', reader: 'base', precision: 0.85 },
  { name: 'b: P 0.9', reader: 'base', precision: 0.9 },
  { name: 'c: naive Bayes', reader: 'base', trainer: 'nb' },
  { name: 'c: NB-SVM', reader: 'base', trainer: 'nbsvm', size: true },
  {
    name: 'c: NB-SVM keep 700 s25',
    reader: 'base',
    trainer: 'nbsvm',
    keep: 700,
    scale: 25,
    size: true,
  },
  {
    name: 'c: NB-SVM keep 700 s25 P 0.85',
    reader: 'base',
    trainer: 'nbsvm',
    keep: 700,
    scale: 25,
    precision: 0.85,
  },
  {
    name: 'c: NB-SVM keep 700 s25 P 0.9',
    reader: 'base',
    trainer: 'nbsvm',
    keep: 700,
    scale: 25,
    precision: 0.9,
  },
  {
    name: 'c: NB-SVM keep 700 s25 P 0.75',
    reader: 'base',
    trainer: 'nbsvm',
    keep: 700,
    scale: 25,
    precision: 0.75,
  },
  {
    name: 'c: NB-SVM keep 700 s25 P 0.7',
    reader: 'base',
    trainer: 'nbsvm',
    keep: 700,
    scale: 25,
    precision: 0.7,
  },
  { name: 'e: NB-SVM + cues', reader: 'base+cues', trainer: 'nbsvm', size: true },
  { name: 'e: NB-SVM + cues P 0.85', reader: 'base+cues', trainer: 'nbsvm', precision: 0.85 },
  { name: 'e: NB-SVM + cues P 0.9', reader: 'base+cues', trainer: 'nbsvm', precision: 0.9 },
  {
    name: 'e: NB-SVM + cues keep 300',
    reader: 'base+cues',
    trainer: 'nbsvm',
    keep: 300,
    size: true,
  },
  {
    name: 'e: NB-SVM + cues keep 650',
    reader: 'base+cues',
    trainer: 'nbsvm',
    keep: 650,
    size: true,
  },
  {
    name: 'e: NB-SVM + cues keep 700 s25',
    reader: 'base+cues',
    trainer: 'nbsvm',
    keep: 700,
    scale: 25,
    size: true,
  },
  {
    name: 'e: NB-SVM + cues keep 700 s25 P 0.75 (shipped)',
    reader: 'base+cues',
    trainer: 'nbsvm',
    keep: 700,
    scale: 25,
    precision: 0.75,
  },
  {
    name: 'e: NB-SVM + cues keep 800',
    reader: 'base+cues',
    trainer: 'nbsvm',
    keep: 800,
    size: true,
  },
  {
    name: 'e: NB-SVM + cues keep 800 P 0.7',
    reader: 'base+cues',
    trainer: 'nbsvm',
    keep: 800,
    precision: 0.7,
  },
  {
    name: 'e: LR and NB-SVM averaged, keep 800',
    reader: 'base+cues',
    trainer: 'ens',
    keep: 800,
    size: true,
  },
  ...[
    [700, 0.7],
    [800, 0.7],
    [800, 0.75],
    [900, 0.7],
  ].map(([keep, precision]): Opt => ({
    name: `g: NB-SVM + cues keep ${keep} s25 P ${precision}`,
    reader: 'base+cues',
    trainer: 'nbsvm',
    keep: keep!,
    scale: 25,
    precision: precision!,
    size: true,
  })),
  ...[3, 5, 8].flatMap((pool) =>
    [1, 0.9, 0.8].map((poolWeight): Opt => ({
      name: `f: shipped, pooled over sentences of ${pool}+ words ×${poolWeight}`,
      reader: 'base+cues',
      trainer: 'nbsvm',
      keep: 700,
      scale: 25,
      precision: 0.75,
      pool,
      poolWeight,
    })),
  ),
];
console.log(
  '| option | msg recall | msg prec | FA | recall/precision: ' +
    scoring.CATEGORIES.join(' ') +
    ' | classifier-only R/P | gzip | time |',
);
for (const o of OPTIONS) if (!which.length || which.includes(o.name)) run(o);
