import { describe, expect, it } from 'vitest';
import { categoryScores, features, loadModel, type ToneModel } from '../../src/lib/tone/tone-model';
import weights from '../../src/lib/tone/tone-weights';

describe('the tone classifier', () => {
  it('reads words, word pairs and four-letter pieces, lower case, each once', () => {
    const f = features('I’m SURE, I’m sure');
    expect(f).toContain("w_i'm");
    expect(f).toContain("b_i'm_sure");
    expect(f).toContain('c_sur');
    expect(f).toContain('csure');
    expect(new Set(f).size).toBe(f.length);
    expect(features('')).toEqual([]);
  });

  it('reads punctuation and what one sentence pairs, not what two sentences do', () => {
    const f = features('Wonderful to hear from you at last... Any news?');
    expect(f).toContain('p_ellipsis');
    expect(f).toContain('p_q');
    expect(f).toContain('s_thanks_delay');
    expect(f).not.toContain('p_bang');
    // Thanks in one sentence and a delay in the next are two plain statements.
    const apart = features('Thank you for the call. It has been two weeks.');
    expect(apart).not.toContain('s_thanks_delay');
    expect(features('I am sure the team has been very busy for weeks.')).toContain('s_irony_delay');
    expect(features('I never heard from your team.')).toContain('s_self_neg_you');
    expect(features('Thanks again, and sorry for the trouble 🙃')).toContain('p_emoji');
  });

  it('scores each category from its weights, 1/√n per feature', () => {
    const model: ToneModel = {
      categories: ['a', 'b'],
      bias: [0, -1],
      threshold: [0.5, 0.5],
      weights: ['w_hello:200', ''],
      scale: 100,
    };
    const loaded = loadModel(model);
    const n = features('hello').length;
    const [a, b] = categoryScores(loaded, 'hello');
    expect(a).toBeCloseTo(1 / (1 + Math.exp(-2 / Math.sqrt(n))));
    expect(b).toBeCloseTo(1 / (1 + Math.exp(1)));
    expect(categoryScores(loaded, '')).toEqual([0.5, 1 / (1 + Math.exp(1))]);
    // The checker scores through the loaded model's own `scores`: the same numbers.
    expect(loaded.scores('hello')).toEqual([a, b]);
  });

  it('ships as written by scripts/train-tone.ts: eight categories, pruned, thresholds in range', () => {
    expect(weights.categories).toEqual([
      'pressure',
      'ultimatum',
      'guilt',
      'passive-aggressive',
      'sarcasm',
      'entitlement',
      'negativity',
      'over-familiarity',
    ]);
    for (const [c, pairs] of weights.weights.entries()) {
      const entries = pairs.split(' ');
      expect(entries.length, weights.categories[c]).toBeLessThanOrEqual(2000);
      for (const e of entries) expect(e).toMatch(/^[wbcps].+:-?\d+$/u);
      expect(weights.threshold[c]).toBeGreaterThan(0);
      expect(weights.threshold[c]).toBeLessThan(1);
    }
    expect(weights.ruleGate).toBeGreaterThan(0);
    expect(weights.ruleGate).toBeLessThan(1);
  });
});
