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
      expect(entries.length, weights.categories[c]).toBeLessThanOrEqual(500);
      for (const e of entries) expect(e).toMatch(/^[wbc].+:-?\d+$/u);
      expect(weights.threshold[c]).toBeGreaterThan(0);
      expect(weights.threshold[c]).toBeLessThan(1);
    }
  });
});
