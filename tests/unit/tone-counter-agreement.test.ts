// "Check my message" shows a counter under the text (words, or a LinkedIn note's
// characters against the account's limit) and the checker's length findings beside it.
// They must never disagree: the number a finding quotes is the counter's number, and a
// length finding appears exactly when the counter is outside the table's range.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noteLength, noteLimit } from '../../src/lib/linkedin/count';
import { MESSAGE_LIMITS } from '../../src/lib/messages/message-limits';
import { wordCount } from '../../src/lib/messages/text-stats';
import { checkTone, type MessageKind } from '../../src/lib/tone/tone-check';

/** Words, spaces, line breaks, punctuation, emoji and accents, as people paste them. */
const piece = fc.constantFrom(
  'word',
  'Priya',
  "it's",
  'well-known',
  '2026',
  'café',
  'naïve',
  '👩🏽‍💻',
  '🇬🇧',
  '—',
  '…',
  '-',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\t',
  '.',
  ',',
  '!',
);
const text = fc.array(piece, { maxLength: 900 }).map((xs) => xs.join(''));
/** Word-counted kinds and their rows of the limits table. */
const WORD_KINDS: [MessageKind, { target: { min: number; max: number } }][] = [
  ['thank-you-email', MESSAGE_LIMITS.thankYou],
  ['handwritten-note', MESSAGE_LIMITS.handwrittenNote],
  ['linkedin-message', MESSAGE_LIMITS.linkedinMessage],
  ['status-inquiry', MESSAGE_LIMITS.statusInquiry],
  ['final-follow-up', MESSAGE_LIMITS.finalFollowUp],
  ['action-item', MESSAGE_LIMITS.actionItem],
];
const NOW = new Date(2026, 11, 5, 9);
const lengthFindings = (t: string, kind: MessageKind, linkedinLimit?: number) =>
  checkTone(t, { kind, now: NOW, linkedinLimit }).filter(
    (f) => f.rule === 'too-long' || f.rule === 'too-short',
  );

describe('Check my message: the counter and the length findings agree', () => {
  it('in words, for every kind the table gives a word range', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...WORD_KINDS), (t, [kind, rule]) => {
        const count = wordCount(t);
        const found = lengthFindings(t, kind);
        // A blank box shows no findings at all (the page shows none either).
        const outside = t.trim() !== '' && (count > rule.target.max || count < rule.target.min);
        expect(found.length, `${kind}: ${count} words`).toBe(outside ? 1 : 0);
        if (outside) expect(found[0]!.why).toContain(`this has ${count}`);
      }),
      { numRuns: 600 },
    );
  });

  it('in characters, for a LinkedIn note on either account', () => {
    fc.assert(
      fc.property(text, fc.constantFrom<'free' | 'premium'>('free', 'premium'), (t, tier) => {
        const { count, limit } = noteLength(t, tier);
        expect(limit).toBe(noteLimit(tier));
        const found = lengthFindings(t, 'linkedin', limit);
        expect(found.length, `${tier}: ${count} characters`).toBe(count > limit ? 1 : 0);
        if (count > limit) expect(found[0]!.why).toContain(`this has ${count}`);
      }),
      { numRuns: 600 },
    );
  });
});
