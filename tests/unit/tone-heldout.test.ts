// The held-out set (tests/tone-heldout.json): 60 messages, 30 of them problems, written
// by someone who never saw the checker's patterns.
//
// It is no longer blind. When first measured, on 2026-11-27, before anyone tuned against
// it, the checker scored precision 1.000 and recall 0.667 on it (20 of the 30 problem
// messages caught, no false alarms). The set was then opened and used for one round of
// tuning (general patterns for negativity, capitals, orders with a deadline, conditional
// threats, what waiting cost, and counted earlier emails), so the scores this test prints
// now are scores on data the patterns were tuned on, like the corpus's. The blind
// figure above is the honest estimate of how the checker does on new wording; a fresh
// blind set is needed for a new one. Do not edit the set to make this test pass.
import { describe, expect, it } from 'vitest';
import { checkTone, type MessageKind, type RuleId } from '../../src/lib/tone/tone-check';
import heldout from '../tone-heldout.json';

interface Labelled {
  id: string;
  kind: MessageKind;
  text: string;
  pushy: boolean;
  expect: RuleId[];
}

const MESSAGES = heldout as Labelled[];

describe('the held-out set (tests/tone-heldout.json)', () => {
  it('has its 60 labelled messages, half of them problems', () => {
    expect(MESSAGES).toHaveLength(60);
    expect(new Set(MESSAGES.map((m) => m.id)).size).toBe(60);
    expect(MESSAGES.filter((m) => m.pushy)).toHaveLength(30);
  });

  it('flags problematic messages with precision and recall of at least 0.9', () => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    const misses: string[] = [];
    // Informational: labelled rules that did not fire on a message that was flagged anyway.
    const ruleMisses: string[] = [];
    for (const m of MESSAGES) {
      const findings = checkTone(m.text, { kind: m.kind });
      const flagged = findings.some((f) => f.severity === 'warning');
      if (flagged && m.pushy) truePositives += 1;
      if (flagged && !m.pushy) falsePositives += 1;
      if (!flagged && m.pushy) falseNegatives += 1;
      if (flagged !== m.pushy) misses.push(m.id);
      const rules = new Set(findings.map((f) => f.rule));
      for (const rule of m.expect) if (!rules.has(rule)) ruleMisses.push(`${m.id} (${rule})`);
    }
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / (truePositives + falseNegatives);
    console.log(
      `tone-check held-out (no longer blind; blind 2026-11-27: precision 1.000, recall 0.667): ${MESSAGES.length} messages, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}${misses.length ? `, misclassified: ${misses.join(', ')}` : ''}${ruleMisses.length ? `; rules not found: ${ruleMisses.join(', ')}` : ''}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});
