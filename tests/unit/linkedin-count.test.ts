import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  countCharacters,
  noteLength,
  noteLimit,
  truncateToCharacters,
} from '../../src/lib/linkedin/count';
import { MESSAGE_LIMITS } from '../../src/lib/messages/message-limits';

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Offsets where the platform's segmenter puts a character boundary in `text`. */
function boundaries(text: string): Set<number> {
  const out = new Set([text.length]);
  for (const { index } of graphemeSegmenter.segment(text)) out.add(index);
  return out;
}

// Each one character to a person; none joins with its neighbour when strung together.
const SINGLE = [
  '👩‍💻',
  '👨‍👩‍👧‍👦',
  '🇬🇧',
  '👍🏽',
  '1️⃣',
  'e\u0301',
  '面',
  '接',
  'ش',
  'a',
  ' ',
  '🏳️‍🌈',
  'ñ',
  '\r\n',
];

describe('countCharacters', () => {
  it.each([
    ['ZWJ sequence', '👩‍💻', 1],
    ['ZWJ family', '👨‍👩‍👧‍👦', 1],
    ['flag', '🇬🇧', 1],
    ['two flags', '🇬🇧🇫🇷', 2],
    ['skin tone', '👍🏽', 1],
    ['keycap', '1️⃣', 1],
    ['combining accent', 'e\u0301', 1],
    ['stacked combining accents', 'e\u0301\u0301\u0301', 1],
    ['CJK', '面接ありがとう', 7],
    ['Arabic', 'مرحبا', 5],
    ['Arabic with vowel marks', 'مَرْحَبًا', 5],
    ['CRLF', 'a\r\nb', 3],
    ['plain text', 'Hi Priya, thanks!', 17],
    ['empty', '', 0],
  ])('%s', (_label, text, expected) => {
    expect(countCharacters(text)).toBe(expected);
  });

  it('counts decomposed (NFD) text the same as composed (NFC)', () => {
    const text = 'Café résumé, naïve Ångström, Tomás Núñez, Việt Nam';
    expect(text.normalize('NFD')).not.toBe(text.normalize('NFC'));
    expect(countCharacters(text.normalize('NFD'))).toBe(countCharacters(text.normalize('NFC')));
    expect(countCharacters(text.normalize('NFD'))).toBe(text.normalize('NFC').length);
  });

  it('counts a 1,000-character paste of mixed emoji and CJK exactly, and fast', () => {
    const paste = Array.from({ length: 1000 }, (_, i) => SINGLE[i % SINGLE.length]).join('');
    expect(paste.length).toBeGreaterThan(2000);
    const start = performance.now();
    for (let run = 0; run < 100; run += 1) expect(countCharacters(paste)).toBe(1000);
    // 100 counts of a paste far longer than any note; a keystroke needs one.
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('gives 0 for anything that is not a string', () => {
    expect(countCharacters(undefined as unknown as string)).toBe(0);
    expect(countCharacters(42 as unknown as string)).toBe(0);
  });

  it('counts code points where Intl.Segmenter is missing', async () => {
    vi.resetModules();
    const original = Intl.Segmenter;
    try {
      (Intl as { Segmenter?: unknown }).Segmenter = undefined;
      const fallback = await import('../../src/lib/linkedin/count');
      expect(fallback.countCharacters('👍🏽 面')).toBe(4);
      expect(fallback.countCharacters('')).toBe(0);
      expect(fallback.truncateToCharacters('👍🏽👍🏽👍🏽', 3)).toBe('👍🏽…');
    } finally {
      (Intl as { Segmenter?: unknown }).Segmenter = original;
      vi.resetModules();
    }
  });
});

describe('noteLimit and noteLength', () => {
  it('reads the table: 200 on a free account and 300 on Premium', () => {
    expect([noteLimit('free'), noteLimit('premium')]).toEqual([
      MESSAGE_LIMITS.linkedinNote.free.max,
      MESSAGE_LIMITS.linkedinNote.premium.max,
    ]);
    expect([noteLimit('free'), noteLimit('premium')]).toEqual([200, 300]);
  });

  it('counts every character, spaces and line breaks at either end too', () => {
    // They are copied with the note and counted by the compose box, and by the checker.
    expect(noteLength(`${'x'.repeat(206)} `, 'free')).toEqual({ count: 207, limit: 200, over: 7 });
    expect(noteLength('  Hi Priya\r\n', 'free').count).toBe(11);
  });

  it('reports the count, the limit and how far over', () => {
    expect(noteLength('x'.repeat(150), 'free')).toEqual({ count: 150, limit: 200, over: 0 });
    expect(noteLength('👩‍💻'.repeat(210), 'free')).toEqual({ count: 210, limit: 200, over: 10 });
    expect(noteLength('👩‍💻'.repeat(210), 'premium')).toEqual({ count: 210, limit: 300, over: 0 });
    expect(noteLength('', 'premium')).toEqual({ count: 0, limit: 300, over: 0 });
  });

  it('treats an unknown tier as free', () => {
    expect(noteLength('abc', 'gold' as 'free').limit).toBe(200);
    expect(noteLength('abc', 'constructor' as 'free').limit).toBe(200);
  });
});

describe('truncateToCharacters', () => {
  it('returns text that fits unchanged', () => {
    expect(truncateToCharacters('Hi Priya', 8)).toBe('Hi Priya');
    expect(truncateToCharacters('👩‍💻👩‍💻', 2)).toBe('👩‍💻👩‍💻');
    expect(truncateToCharacters('', 5)).toBe('');
  });

  it('cuts at a word boundary and ends with an ellipsis within the limit', () => {
    expect(truncateToCharacters('The onboarding redesign at Lumen Health', 20)).toBe(
      'The onboarding…',
    );
    expect(truncateToCharacters('The onboarding redesign', 15)).toBe('The onboarding…');
  });

  it('cuts inside a long word rather than losing most of the text', () => {
    expect(truncateToCharacters('Supercalifragilisticexpialidocious', 10)).toBe('Supercali…');
    expect(truncateToCharacters('面接ありがとうございました', 6)).toBe('面接ありが…');
  });

  it('drops a dangling comma or dash before the ellipsis', () => {
    expect(truncateToCharacters('Thanks, and more words here', 8)).toBe('Thanks…');
    expect(truncateToCharacters('ab — cdefghijkl', 5)).toBe('ab…');
  });

  it('never splits an emoji, flag or accented letter', () => {
    expect(truncateToCharacters('👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦', 2)).toBe('👨‍👩‍👧‍👦…');
    expect(truncateToCharacters('🇬🇧🇫🇷🇩🇪', 3)).toBe('🇬🇧🇫🇷🇩🇪');
    expect(truncateToCharacters('🇬🇧🇫🇷🇩🇪', 2)).toBe('🇬🇧…');
    expect(truncateToCharacters('e\u0301e\u0301e\u0301', 2)).toBe('e\u0301…');
  });

  it('handles tiny and odd limits', () => {
    expect(truncateToCharacters('Hello', 1)).toBe('…');
    expect(truncateToCharacters('Hello', 0)).toBe('');
    expect(truncateToCharacters('Hello', -3)).toBe('');
    expect(truncateToCharacters('Hello', Number.NaN)).toBe('');
    expect(truncateToCharacters('Hello world', 4.9)).toBe('Hel…');
    expect(truncateToCharacters('Hello', Number.POSITIVE_INFINITY)).toBe('Hello');
  });

  const soup = fc
    .array(
      fc.constantFrom(...SINGLE, '🇬', '\u200D', '\u0301', '👩', '\uFE0F', '🏽', ',', '-', '\n'),
      { maxLength: 80 },
    )
    .map((parts) => parts.join(''));
  const anyText = fc.oneof(
    soup,
    fc.string({ unit: 'grapheme', maxLength: 120 }),
    fc.string({ unit: 'binary', maxLength: 120 }),
  );

  it('never splits a character and always fits, whatever the text', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 0, max: 90 }), (text, max) => {
        const cut = truncateToCharacters(text, max);
        const count = countCharacters(cut);
        expect(count).toBeLessThanOrEqual(max);
        if (countCharacters(text) <= max) {
          expect(cut).toBe(text);
          return;
        }
        if (max === 0) {
          expect(cut).toBe('');
          return;
        }
        expect(cut.endsWith('…')).toBe(true);
        const kept = cut.slice(0, -1);
        expect(text.startsWith(kept)).toBe(true);
        expect(boundaries(text).has(kept.length)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
