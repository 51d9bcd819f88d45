// The tone checker on the frozen held-out sets (tests/fixtures/tone-heldout-v2/ to -v5/,
// each with its README): each file is exactly the one frozen before its
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
     * Scored once after each round of choosing the classifier by cross-validation on the
     * training messages (`npm run train-tone -- --heldout`). Third round (2026-12-05: a
     * fifth writer's training messages, thresholds at precision 0.7): 88 of 93 problem
     * messages caught, 7 false alarms in 77 clean (message precision 93%). Second round:
     * 86 and 6; first classifier: 75 and 7; untuned phrase rules: 36 and 4. The false
     * alarms rose by one for two more messages caught and every category's recall held or
     * rose; lowering the ceiling back by changing the checker until this set agrees would
     * tune on the held-out set. Retrained once more when the kit gained its drafts to
     * accept and decline an offer (12 more clean examples; nothing else changed): 89
     * caught, 10 false alarms, pressure and ultimatum 20 → 19 each, guilt and entitlement
     * up one each. Three clean messages flipping on so small a change says how wide this
     * set's error bars are; the floors follow the weights the repository reproduces.
     * Then the thresholds went back to precision 0.75: at 0.7 the kit's own formal decline
     * of an offer was flagged in property runs (guilt on "I've accepted a role closer to
     * home", entitlement on "the time you have given me"), and the kit's drafts must stay
     * clean. Scored once: 89 caught, 7 false alarms. At 0.75 the formal decline with no
     * reason still read as entitlement in one property run in a few ("the time you and your
     * colleagues have given me"): it says "spent with me" now, and the retrain scored 88
     * caught, 7 false alarms, every category as it was. Fourth round (four more writers'
     * training messages, 2,840 in all; 1,500 weights kept, thresholds at precision 0.8, and
     * a phrase rule standing only where the classifier reads a quarter of its threshold's
     * worth of that tone), scored once: 89 caught, 3 false alarms. The gate then moved to
     * the phrase's own sentence (a calm letter buried a blunt line otherwise), reading any
     * problem there at half a threshold: 89 caught, 4 false alarms (the set's README).
     * Fifth round (four more writers, 4,120 messages; 2,000 weights kept), scored once: 89
     * caught, 4 false alarms; sarcasm 12 → 14, guilt 20 → 19.
     */
    folder: 'tone-heldout-v2',
    floor: { caught: 89, falseAlarms: 4 },
    caught: {
      pressure: 21,
      ultimatum: 20,
      guilt: 19,
      'passive-aggressive': 14,
      sarcasm: 14,
      entitlement: 19,
      negativity: 16,
      'over-familiarity': 20,
      'too-soon': 15,
    },
  },
  {
    /**
     * Untuned, the checker as it stood when the set arrived (2026-12-05), scored once: 85
     * of 93 problem messages caught (91%), 9 false alarms in 77 clean (message precision
     * 90%). After the third round of training (thresholds at precision 0.7), scored once:
     * 89 caught (96%), 12 false alarms. With the thresholds back at 0.75 (the kit's drafts
     * must stay clean), scored once: 87 caught (94%), 12 false alarms (message precision
     * 88%, under the 0.9 aim; the set's README). After the fourth round, scored once: 91
     * caught (98%), 5 false alarms (message precision 95%) with the rule gate read on the
     * whole message; with the gate read on the phrase's sentence for any problem (a calm
     * letter buried a blunt line otherwise), scored once: 91 caught, 7 false alarms,
     * passive aggression 11 → 9 (the set's README).
     * After the fifth round, scored once: 91 caught, 8 false alarms; passive aggression 9
     * → 13, guilt 19 → 18, sarcasm 14 → 13.
     */
    folder: 'tone-heldout-v3',
    floor: { caught: 91, falseAlarms: 8 },
    caught: {
      pressure: 19,
      ultimatum: 20,
      guilt: 18,
      'passive-aggressive': 13,
      sarcasm: 13,
      entitlement: 20,
      negativity: 17,
      'over-familiarity': 21,
      'too-soon': 15,
    },
  },
  {
    /**
     * Untuned, the checker as it stood when the set arrived (2026-12-05), scored once: 83
     * of 93 problem messages caught (89%), 4 false alarms in 77 clean (message precision
     * 95%). After the fourth round of training, scored once: 85 caught (91%), 2 false
     * alarms (message precision 98%); passive aggression fell from 9 to 8 caught. With
     * the rule gate read on the phrase's sentence for any problem: 85 caught, 3 false
     * alarms.
     * After the fifth round, scored once: 88 caught (95%), 3 false alarms; sarcasm 12 →
     * 15, negativity 14 → 16, passive aggression 8 → 9.
     */
    folder: 'tone-heldout-v4',
    floor: { caught: 88, falseAlarms: 3 },
    caught: {
      pressure: 20,
      ultimatum: 21,
      guilt: 20,
      'passive-aggressive': 9,
      sarcasm: 15,
      entitlement: 19,
      negativity: 16,
      'over-familiarity': 21,
      'too-soon': 15,
    },
  },
  {
    /**
     * Untuned, the checker as it stood when the set arrived (2026-12-05), scored once: 79
     * of 93 problem messages caught (85%), 4 false alarms in 77 clean (message precision
     * 95%; the set's README).
     * After the fifth round of training (four more writers' 1,280 messages, 2,000 weights
     * kept), scored once: 83 caught (89%), 6 false alarms (message precision 93%);
     * passive aggression 7 → 15, entitlement 12 → 16, sarcasm 11 → 14.
     */
    folder: 'tone-heldout-v5',
    floor: { caught: 83, falseAlarms: 6 },
    caught: {
      pressure: 17,
      ultimatum: 18,
      guilt: 19,
      'passive-aggressive': 15,
      sarcasm: 14,
      entitlement: 16,
      negativity: 18,
      'over-familiarity': 20,
      'too-soon': 9,
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
