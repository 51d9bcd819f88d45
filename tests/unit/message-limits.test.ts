import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MESSAGE_LIMITS, type LengthRule } from '../../src/lib/messages/message-limits';
import { counted, inWords } from '../../src/lib/messages/number-words';
import { PACING } from '../../src/lib/messages/pacing';
import { LINKEDIN_TIERS } from '../../src/lib/workspace/allowed-values';

/** Every rule in the table, named by its path ("linkedinNote.free"). */
const rules = Object.entries(MESSAGE_LIMITS).flatMap(([kind, value]): [string, LengthRule][] =>
  'unit' in value
    ? [[kind, value]]
    : Object.entries(value).map(([tier, rule]): [string, LengthRule] => [`${kind}.${tier}`, rule]),
);

describe('MESSAGE_LIMITS', () => {
  it('has the numbers src/docs/facts.md records', () => {
    expect(MESSAGE_LIMITS.thankYou).toEqual({
      unit: 'words',
      target: { min: 100, max: 180 },
      max: 200,
    });
    expect(MESSAGE_LIMITS.linkedinNote.free.max).toBe(200);
    expect(MESSAGE_LIMITS.linkedinNote.premium.max).toBe(300);
    expect(MESSAGE_LIMITS.handwrittenNoteParagraphs.max).toBe(2);
    // The facts file states them in these words; a change to either must change both.
    const facts = readFileSync('src/docs/facts.md', 'utf8');
    expect(facts).toContain('roughly 100–180 words');
    expect(facts).toMatch(/\*\*200 characters on a free account and 300 on Premium/);
    expect(facts).toContain('Two short paragraphs at the very most');
  });

  it('gives every rule a unit, a target within reach and a hard maximum at or past it', () => {
    expect(rules.length).toBeGreaterThanOrEqual(9);
    for (const [name, rule] of rules) {
      expect(['words', 'characters', 'paragraphs'], name).toContain(rule.unit);
      expect(Number.isInteger(rule.target.min) && rule.target.min >= 0, name).toBe(true);
      expect(rule.target.max, name).toBeGreaterThan(rule.target.min);
      if (rule.max !== null) expect(rule.max, name).toBeGreaterThanOrEqual(rule.target.max);
    }
  });

  it('has a LinkedIn note rule for every account tier, in characters, the box’s limit its max', () => {
    for (const tier of LINKEDIN_TIERS) {
      const rule = MESSAGE_LIMITS.linkedinNote[tier];
      expect(rule.unit).toBe('characters');
      expect(rule.target.max).toBe(rule.max);
    }
  });
});

describe('PACING', () => {
  it('has the settled numbers: five notes a month, one reaction a day, the card the same day', () => {
    expect(PACING).toEqual({
      linkedinFreeNotesPerMonth: 5,
      reactionsPerDay: 1,
      cardMailDays: 0,
      followUpsAfterThankYou: 2,
      rejectionReplyDays: 2,
      reconnectMonths: 3,
      expediteLeadDays: 3,
      offerExtensionDays: 3,
    });
  });
});

describe('inWords and counted', () => {
  it('writes small numbers in words and the rest in digits', () => {
    expect([0, 1, 5, 9].map(inWords)).toEqual(['zero', 'one', 'five', 'nine']);
    expect([10, 12, 200].map(inWords)).toEqual(['10', '12', '200']);
    expect(inWords(1.5)).toBe('1.5');
    expect(inWords(-1)).toBe('-1');
  });

  it('puts the noun in the singular only for one', () => {
    expect(counted(1, 'reaction', 'reactions')).toBe('one reaction');
    expect(counted(2, 'reaction', 'reactions')).toBe('two reactions');
    expect(counted(12, 'note', 'notes')).toBe('12 notes');
  });
});
