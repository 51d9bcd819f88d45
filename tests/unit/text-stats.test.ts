import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordCount, wordStarts } from '../../src/lib/messages/text-stats';

/** Any Unicode text, including emoji, RTL scripts, combining marks and lone UTF-16 halves. */
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 10_000 }),
  fc.string({ unit: 'binary', maxLength: 2_000 }),
  fc.string({
    unit: fc.oneof(
      fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
      fc.constantFrom('a', ' ', '\u0301'),
    ),
  }),
);

describe('wordCount', () => {
  it('counts words as a person does', () => {
    expect(wordCount('Hello, world!')).toBe(2);
    expect(wordCount("It's 24 hours")).toBe(3);
    expect(wordCount('Thank you 👋🏽 — really!')).toBe(3);
    expect(wordCount('U.S.A. 3.5 years')).toBe(3);
    expect(wordCount('  spaced\n\n\tout  ')).toBe(2);
  });

  it('counts a hyphenated word once, but not a dash between words', () => {
    expect(wordCount('A quick follow-up e-mail')).toBe(4);
    expect(wordCount('before - after')).toBe(2);
    expect(wordCount('before—after')).toBe(2);
  });

  it('counts right-to-left scripts and combining marks', () => {
    expect(wordCount('شكرا لك على وقتك')).toBe(4);
    expect(wordCount('תודה רבה על הזמן')).toBe(4);
    expect(wordCount('cafe\u0301 au lait')).toBe(3);
    expect(wordCount('नमस्ते दोस्त')).toBe(2);
  });

  it('counts Chinese and Japanese per dictionary segment', () => {
    // 谢谢 / 你的 / 时间 and 面接 / の / 機会 / を / いただき
    expect(wordCount('谢谢你的时间')).toBe(3);
    expect(wordCount('面接の機会をいただき')).toBe(5);
  });

  it('is zero for text without words', () => {
    expect(wordCount('')).toBe(0);
    expect(wordCount('   \n ')).toBe(0);
    expect(wordCount('👋🎉 — !!')).toBe(0);
  });

  it('counts space-separated Latin words exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { maxLength: 300 }), (words) => {
        expect(wordCount(words.join(' '))).toBe(words.length);
      }),
    );
  });

  it('never throws and returns a count no larger than the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const count = wordCount(text);
        expect(Number.isInteger(count)).toBe(true);
        expect(count).toBeGreaterThanOrEqual(0);
        expect(count).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 200 },
    );
  });

  it('copes with 10,000-character pastes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 10_000, maxLength: 10_000 }), (text) => {
        expect(wordCount(text)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 10 },
    );
    expect(wordCount('word '.repeat(10_000))).toBe(10_000);
  });
});

describe('wordStarts', () => {
  it('finds where each counted word starts, one per word wordCount counts', () => {
    const text = 'Hi Priya, a quick follow-up: it’s 24 hours 👋🏽 later.';
    const starts = wordStarts(text);
    expect(starts.map((i) => text.slice(i).split(/[\s,:.]/)[0])).toEqual([
      'Hi',
      'Priya',
      'a',
      'quick',
      'follow-up',
      'it’s',
      '24',
      'hours',
      'later',
    ]);
    expect(starts).toHaveLength(wordCount(text));
    expect(wordStarts('')).toEqual([]);
    expect(wordStarts(undefined as unknown as string)).toEqual([]);
  });

  it('is in order and agrees with wordCount for any text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const starts = wordStarts(text);
        expect(starts).toHaveLength(wordCount(text));
        for (let i = 1; i < starts.length; i += 1)
          expect(starts[i]!).toBeGreaterThan(starts[i - 1]!);
      }),
      { numRuns: 100 },
    );
  });
});
