// The tone checker on the frozen held-out sets (tests/fixtures/tone-heldout-v2/ and
// tone-heldout-v3/, each with its README): each file is exactly the one frozen before its
// first score, and the score never drops below what the checker reached on it. The
// tables are printed for the closing note.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/lib/tone/tone-model';
import weights from '../../src/lib/tone/tone-weights';
import { score, scoreTable, type Labelled } from '../support/tone-score';

/** A frozen set and the floors the checker is held to on it. */
interface HeldOutSet {
  folder: string;
  /** Problem messages caught at least, and false alarms at most. */
  floor: { caught: number; falseAlarms: number };
  /** Messages caught per category at least: a drop in any one fails. */
  caught: Record<string, number>;
}

const SETS: HeldOutSet[] = [
  {
    /**
     * Scored once after choosing the classifier by cross-validation on the training
     * messages (`npm run train-tone -- --heldout`). The NB-SVM classifier (2026-12-05,
     * second measure): 86 of 93 problem messages caught, 6 false alarms in 77 clean
     * (message precision 93%). The first classifier caught 75 with 7 false alarms;
     * untuned it was 36 and 4. Ultimatum is the one category that fell, from the first
     * classifier's 18 to 17; it is held at what the shipped checker scores, and the fall
     * is recorded in the set's README. Raising it back by changing the checker until this
     * set agrees would tune on the held-out set.
     */
    folder: 'tone-heldout-v2',
    floor: { caught: 86, falseAlarms: 6 },
    caught: {
      pressure: 17,
      ultimatum: 17,
      guilt: 18,
      'passive-aggressive': 9,
      sarcasm: 8,
      entitlement: 17,
      negativity: 15,
      'over-familiarity': 20,
      'too-soon': 15,
    },
  },
  {
    /**
     * Untuned: the checker as it stood when the set arrived (2026-12-05), scored once:
     * 85 of 93 problem messages caught (91%), 9 false alarms in 77 clean (message
     * precision 90%).
     */
    folder: 'tone-heldout-v3',
    floor: { caught: 85, falseAlarms: 9 },
    caught: {
      pressure: 13,
      ultimatum: 19,
      guilt: 13,
      'passive-aggressive': 9,
      sarcasm: 9,
      entitlement: 19,
      negativity: 10,
      'over-familiarity': 21,
      'too-soon': 15,
    },
  },
];

describe.each(SETS)('tone checker on the frozen held-out set $folder', (set) => {
  const dir = new URL(`../fixtures/${set.folder}/`, import.meta.url);
  const raw = readFileSync(new URL('messages.json', dir));
  const messages = JSON.parse(raw.toString('utf8')) as Labelled[];

  it('is the file frozen before the first score', () => {
    const frozen = readFileSync(new URL('messages.json.sha256', dir), 'utf8').split(' ')[0];
    expect(createHash('sha256').update(raw).digest('hex')).toBe(frozen);
    expect(messages).toHaveLength(170);
  });

  it('scores at least what it scored (rules and classifier)', () => {
    const s = score(messages, loadModel(weights));
    console.log(`${set.folder}\n${scoreTable(s)}`);
    expect(s.caught).toBeGreaterThanOrEqual(set.floor.caught);
    expect(s.falseAlarms.length).toBeLessThanOrEqual(set.floor.falseAlarms);
    for (const c of s.perCategory)
      expect(c.caught, c.category).toBeGreaterThanOrEqual(set.caught[c.category] ?? 0);
  });
});
