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
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { features } from '../src/lib/tone/tone-model.ts';

type Labelled = { id: string; kind: string; text: string; labels: string[] };
const root = new URL('../', import.meta.url);
const read = (p: string) => JSON.parse(readFileSync(new URL(p, root), 'utf8')) as Labelled[];
const training = readdirSync(new URL('tests/fixtures/tone-training/', root))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => read(`tests/fixtures/tone-training/${f}`));

const STAND_IN = `
export function loadModel(model) { return model; }
export function categoryScores(model, text) {
  const f = model.feats(text);
  const norm = 1 / Math.sqrt(f.length || 1);
  return model.table.map((weights, c) => {
    let z = model.bias[c];
    for (const x of f) z += (weights.get(x) ?? 0) * norm;
    return 1 / (1 + Math.exp(-z));
  });
}`;
const swap: Plugin = {
  name: 'stand-in-model',
  setup(b) {
    b.onResolve({ filter: /tone-model$/ }, () => ({ path: 'tone-model', namespace: 'stand-in' }));
    b.onLoad({ filter: /.*/, namespace: 'stand-in' }, () => ({ contents: STAND_IN }));
  },
};
const bundle = await build({
  entryPoints: [new URL('tests/support/tone-score.ts', root).pathname],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  plugins: [swap],
});
const scoring = (await import(
  `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0]!.text).toString('base64')}`
)) as typeof import('../tests/support/tone-score.ts');
const kitBundle = await build({
  entryPoints: [new URL('tests/unit/situations-fixtures.ts', root).pathname],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
});
const kit = (await import(
  `data:text/javascript;base64,${Buffer.from(kitBundle.outputFiles[0]!.text).toString('base64')}`
)) as typeof import('../tests/unit/situations-fixtures.ts');
const KIT: Labelled[] = Object.entries(kit.TYPICAL).flatMap(([kind, draft]) =>
  kit.TONES.map((tone) => ({
    id: `kit-${kind}-${tone}`,
    kind,
    text: draft(tone).body,
    labels: [],
  })),
);

const CATEGORIES = scoring.CATEGORIES.filter((c) => c !== 'too-soon');
const SEED = 20261205;
const FOLDS = 5;

function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const next = random(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

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
}
type Model = {
  raw: Map<string, number>[];
  rawBias: number[];
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
  const feats = messages.map((m) => reader(m.text));
  const counts = new Map<string, number>();
  for (const f of feats) for (const x of f) counts.set(x, (counts.get(x) ?? 0) + 1);
  const vocab = [...counts]
    .filter(([, n]) => n >= (o.minCount ?? 2))
    .map(([x]) => x)
    .sort();
  const index = new Map(vocab.map((x, i) => [x, i]));
  const rows = feats.map((f) => ({
    idx: f.flatMap((x) => index.get(x) ?? []),
    norm: 1 / Math.sqrt(f.length || 1),
  }));
  const SCALE = o.scale ?? 100;
  const bias: number[] = [];
  const table: Map<string, number>[] = [];
  const weights: string[] = [];
  const raw: Map<string, number>[] = [];
  const rawBias: number[] = [];
  const epochs = o.epochs ?? 40;
  const RATE = o.rate ?? 0.5;
  const L2 = o.l2 ?? 1e-4;
  CATEGORIES.forEach((cat, c) => {
    const ys = messages.map((m) => (m.labels.includes(cat) ? 1 : 0));
    const npos = ys.reduce((a: number, b) => a + b, 0);
    const posW = o.pos === 'balanced' ? (ys.length - npos) / npos : (o.pos ?? 2);
    // log-count ratio of each feature for this category (binary counts, alpha 1)
    let r: Float64Array | undefined;
    if (o.trainer === 'nbsvm' || o.trainer === 'nb') {
      const p = new Float64Array(vocab.length).fill(1);
      const q = new Float64Array(vocab.length).fill(1);
      rows.forEach(({ idx }, i) => {
        const t = ys[i] ? p : q;
        for (const j of idx) t[j]! += 1;
      });
      const sp = p.reduce((a, b) => a + b, 0),
        sq = q.reduce((a, b) => a + b, 0);
      r = p.map((x, j) => Math.log(x / sp / (q[j]! / sq)));
    }
    const w = new Float64Array(vocab.length);
    let b = 0;
    if (o.trainer === 'ens') {
      const a = train(messages, { ...o, trainer: 'lr', keep: 1e9, size: false });
      const n = train(messages, { ...o, trainer: 'nbsvm', keep: 1e9, size: false });
      for (let j = 0; j < vocab.length; j++)
        w[j] = ((a.raw[c]!.get(vocab[j]!) ?? 0) + (n.raw[c]!.get(vocab[j]!) ?? 0)) / 2;
      b = (a.rawBias[c]! + n.rawBias[c]!) / 2;
    } else if (o.trainer === 'nb') {
      for (let j = 0; j < vocab.length; j++) w[j] = r![j]!;
      b = Math.log(npos / (ys.length - npos));
    } else {
      for (let e = 0; e < epochs; e++) {
        const rate = RATE / (1 + e * 0.1);
        for (const i of shuffled(rows.keys().toArray(), SEED + c * 1000 + e)) {
          const { idx, norm } = rows[i]!;
          const y = ys[i]!;
          let z = b;
          if (r) for (const j of idx) z += w[j]! * r[j]! * norm;
          else for (const j of idx) z += w[j]! * norm;
          const g = (1 / (1 + Math.exp(-z)) - y) * (y ? posW : 1);
          b -= rate * g;
          if (r) for (const j of idx) w[j]! -= rate * (g * norm * r[j]! + L2 * w[j]!);
          else for (const j of idx) w[j]! -= rate * (g * norm + L2 * w[j]!);
        }
      }
      if (r) for (let j = 0; j < vocab.length; j++) w[j] = w[j]! * r[j]!;
    }
    raw.push(new Map(vocab.map((x, j) => [x, w[j]!])));
    rawBias.push(b);
    const kept = [...w.keys()]
      .filter((j) => Math.round(w[j]! * SCALE) !== 0)
      .sort((p, q) => Math.abs(w[q]!) - Math.abs(w[p]!) || p - q)
      .slice(0, o.keep ?? 500)
      .sort((p, q) => p - q);
    bias.push(Math.round(b * SCALE) / SCALE);
    table.push(new Map(kept.map((j) => [vocab[j]!, Math.round(w[j]! * SCALE) / SCALE])));
    weights.push(kept.map((j) => `${vocab[j]}:${Math.round(w[j]! * SCALE)}`).join(' '));
  });
  return {
    raw,
    rawBias,
    categories: CATEGORIES,
    bias,
    table,
    feats: reader,
    threshold: CATEGORIES.map(() => 0.5),
    weights,
    scale: SCALE,
  };
}
function scores(model: Model, text: string) {
  const f = model.feats(text);
  const n = 1 / Math.sqrt(f.length || 1);
  return model.table.map((ws, c) => {
    let z = model.bias[c]!;
    for (const x of f) z += (ws.get(x) ?? 0) * n;
    return 1 / (1 + Math.exp(-z));
  });
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
  const target = o.precision ?? 0.8;
  const thresholds = CATEGORIES.map((cat, c) => {
    let best = 0.99;
    for (let t = 0.99; t >= 0.02; t -= 0.01) {
      const flagged = training.filter((_, i) => probs[i]![c]! >= t);
      const right = flagged.filter((m) => m.labels.includes(cat)).length;
      if (flagged.length >= 3 && right / flagged.length >= target) best = t;
    }
    return Math.round(best * 100) / 100;
  });
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
];
console.log(
  '| option | msg recall | msg prec | FA | recall/precision: ' +
    scoring.CATEGORIES.join(' ') +
    ' | classifier-only R/P | gzip | time |',
);
for (const o of OPTIONS) if (!which.length || which.includes(o.name)) run(o);
