// The tone checker on the frozen held-out set (tests/fixtures/tone-heldout-v2/README.md):
// the file is exactly the one frozen before the first score, and the score never drops
// below what the checker reached. The table is printed for the closing note.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/lib/tone/tone-model';
import weights from '../../src/lib/tone/tone-weights';
import { score, scoreTable, type Labelled } from '../support/tone-score';

const DIR = new URL('../fixtures/tone-heldout-v2/', import.meta.url);
const raw = readFileSync(new URL('messages.json', DIR));
const messages = JSON.parse(raw.toString('utf8')) as Labelled[];

describe('tone checker on the frozen held-out set', () => {
  it('is the file frozen before the first score', () => {
    const frozen = readFileSync(new URL('messages.json.sha256', DIR), 'utf8').split(' ')[0];
    expect(createHash('sha256').update(raw).digest('hex')).toBe(frozen);
    expect(messages).toHaveLength(170);
  });

  it('scores at least what it scored (rules and classifier, measured 2026-12-05)', () => {
    const s = score(messages, loadModel(weights));
    console.log(scoreTable(s));
    expect(s.caught).toBeGreaterThanOrEqual(FLOOR.caught);
    expect(s.falseAlarms.length).toBeLessThanOrEqual(FLOOR.falseAlarms);
    for (const c of s.perCategory)
      expect(c.caught, c.category).toBeGreaterThanOrEqual(CAUGHT[c.category]!);
  });
});

/**
 * The checker with the classifier, scored once on this set after choosing it by
 * cross-validation on the training messages (`npm run train-tone -- --heldout`). The
 * NB-SVM classifier (2026-12-05, second measure): 86 of 93 problem messages caught, 6
 * false alarms in 77 clean (message precision 93%). The first classifier caught 75 with 7
 * false alarms; untuned it was 36 and 4.
 */
const FLOOR = { caught: 86, falseAlarms: 6 };

/**
 * Messages caught per category at the second measure: a drop in any one fails. Ultimatum
 * is the one category that fell, from the first classifier's 18 to 17, while the
 * checker as a whole went from 75 to 86; it is held at what the shipped checker scores,
 * and the fall is recorded in tests/fixtures/tone-heldout-v2/README.md. Raising it back by
 * changing the checker until this set agrees would tune on the held-out set.
 */
const CAUGHT: Record<string, number> = {
  pressure: 17,
  ultimatum: 17,
  guilt: 18,
  'passive-aggressive': 9,
  sarcasm: 8,
  entitlement: 17,
  negativity: 15,
  'over-familiarity': 20,
  'too-soon': 15,
};
