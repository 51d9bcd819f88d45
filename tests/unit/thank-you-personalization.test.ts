import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  specificDetails,
  TOO_SIMILAR,
  tooSimilarPairs,
  wordSimilarity,
} from '../../src/lib/thank-you/personalization';
import { draftThankYouEmail } from '../../src/lib/thank-you/templates';

import { ana, interview, person, priya, tom } from './fixtures';
import type { Person, Tone } from '../../src/lib/workspace/schema';

const dev = person('p4', {
  name: 'Dev Patel',
  topics: 'pairing between design and engineering\nquarterly planning rituals',
  rapport: 'Leeds United',
});
const eve = person('p5', {
  name: 'Eve Moreau',
  topics: 'the pricing page experiments\nhiring plans for next year',
  rapport: 'sourdough baking',
});
const femi = person('p6', { name: 'Femi Ade', topics: 'support ticket trends' });

const iv = interview({
  id: 'i1',
  company: 'Acme',
  role: 'Product Designer',
  date: '2026-01-28',
  start: '14:00',
  timeZone: 'Europe/London',
  format: 'video',
  people: [priya, tom, ana, dev, eve, femi],
  qualifications:
    'eight years designing B2B dashboards\nleading a design system used by 40 engineers',
  timeline: '',
  createdAt: '2026-01-28T12:00:00.000Z',
});

const TONES: Tone[] = ['warm', 'formal', 'concise'];
const draft = (interviewer: Person, tone: Tone) =>
  draftThankYouEmail({
    ...iv,
    interviewer,
    profile: { name: 'Sam Rivera', phone: '' },
    tone,
  }).body;

describe('specificDetails', () => {
  it("finds each of this interviewer's note lines in their own draft", () => {
    expect(specificDetails(draft(priya, 'warm'), priya)).toEqual([
      'how the design system scales across three product lines',
      'the research ops backlog',
      'cycling in the Peak District',
    ]);
  });

  it("finds nothing of one interviewer's notes in another's draft", () => {
    expect(specificDetails(draft(priya, 'warm'), tom)).toEqual([]);
    expect(specificDetails(draft(tom, 'formal'), ana)).toEqual([]);
  });

  it('matches single meaningful words when the whole line is not there', () => {
    const body = 'Hi Dev, thanks again. I keep thinking about your planning approach.';
    expect(specificDetails(body, dev)).toEqual(['planning']);
  });

  it('ignores case and accents', () => {
    const interviewer = person('x', { topics: 'Café expansion in São Paulo' });
    expect(specificDetails('Good luck with the CAFE EXPANSION in sao paulo!', interviewer)).toEqual(
      ['Café expansion in São Paulo'],
    );
    expect(specificDetails('The café is lovely.', person('y', { topics: 'cafe culture' }))).toEqual(
      ['cafe'],
    );
  });

  it('does not count the name, short words, common words or parts of words', () => {
    const interviewer = person('x', {
      name: 'Priya Shah',
      topics: 'Priya\nthe API and the team\ncart',
      rapport: 'about that',
    });
    expect(
      specificDetails('Hi Priya Shah, thank you. The API team about that carton.', interviewer),
    ).toEqual([]);
  });

  it('is empty for an empty draft or empty notes', () => {
    expect(specificDetails('', priya)).toEqual([]);
    expect(specificDetails(draft(priya, 'warm'), person('x'))).toEqual([]);
  });

  it('never throws', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 2_000 }),
      fc.string({ unit: 'binary', maxLength: 500 }),
    );
    fc.assert(
      fc.property(anyText, anyText, anyText, anyText, (body, name, topics, rapport) => {
        const found = specificDetails(body, person('x', { name, topics, rapport }));
        expect(Array.isArray(found)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('wordSimilarity', () => {
  it('is 1 for the same words in the same order, ignoring case and punctuation', () => {
    expect(wordSimilarity('Thank you for your time.', 'thank you, for your TIME')).toBe(1);
  });

  it('is 0 for texts with no word pair in common, and for empty texts', () => {
    expect(wordSimilarity('thank you for your time', 'great chatting about tokens')).toBe(0);
    expect(wordSimilarity('', '')).toBe(0);
    expect(wordSimilarity('hello there', '')).toBe(0);
  });

  it('is the share of word pairs in common', () => {
    // {a b, b c} vs {a b, b d}: one pair shared out of three.
    expect(wordSimilarity('a b c', 'a b d')).toBeCloseTo(1 / 3, 10);
  });

  it('is symmetric and between 0 and 1', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 300 }), (a, b) => {
        const score = wordSimilarity(a, b);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        expect(wordSimilarity(b, a)).toBe(score);
      }),
    );
  });

  it('scores drafts generated for different interviewers below the threshold, on a panel of six', () => {
    const people = [priya, tom, ana, dev, eve, femi];
    for (const tone of TONES) {
      for (let i = 0; i < people.length; i += 1) {
        for (let j = i + 1; j < people.length; j += 1) {
          const a = people[i]!;
          const b = people[j]!;
          expect(
            wordSimilarity(draft(a, tone), draft(b, tone)),
            `${tone}: ${a.name} / ${b.name}`,
          ).toBeLessThan(TOO_SIMILAR);
        }
      }
    }
  });

  it('scores the same draft with only the names swapped above the threshold', () => {
    for (const tone of TONES) {
      const original = draft(priya, tone);
      const swapped = original.replace('Priya Shah', 'Tom Okafor').replace('Priya', 'Tom');
      expect(swapped).not.toBe(original);
      expect(wordSimilarity(original, swapped), tone).toBeGreaterThan(0.9);
    }
  });

  it('scores an edited near-copy above the threshold', () => {
    const original = draft(priya, 'warm');
    const edited = original
      .replace('Priya', 'Tom')
      .replace('the research ops backlog', 'how research ops feeds the roadmap')
      .replace('cycling in the Peak District', 'our favourite coffee shops in Leeds')
      .replace(/I'm very interested[^.]*\./, 'I would be thrilled to join the team.');
    expect(wordSimilarity(original, edited)).toBeGreaterThan(TOO_SIMILAR);
    expect(wordSimilarity(original, edited)).toBeLessThan(0.9);
  });
});

describe('tooSimilarPairs', () => {
  const drafts = [
    { id: 'p1', body: draft(priya, 'warm') },
    { id: 'p2', body: draft(tom, 'warm') },
    { id: 'copy', body: draft(priya, 'warm').replace('Priya', 'Tom') },
  ];

  it('flags only the near-copy pair, with its score', () => {
    const pairs = tooSimilarPairs(drafts);
    expect(pairs.map(({ a, b }) => [a, b])).toEqual([['p1', 'copy']]);
    expect(pairs[0]?.score).toBeCloseTo(wordSimilarity(drafts[0]!.body, drafts[2]!.body), 10);
  });

  it('honours a custom threshold', () => {
    expect(tooSimilarPairs(drafts, 0)).toHaveLength(3);
    expect(tooSimilarPairs(drafts, 1.01)).toEqual([]);
  });

  it('is empty for fewer than two drafts', () => {
    expect(tooSimilarPairs([])).toEqual([]);
    expect(tooSimilarPairs([{ id: 'p1', body: 'hello there' }])).toEqual([]);
  });

  it('uses a threshold of one half', () => {
    expect(TOO_SIMILAR).toBe(0.5);
  });
});
