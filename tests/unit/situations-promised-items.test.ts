// The sentence naming what the candidate promised and when it will arrive, and the day
// wording every situation builder shares.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLongDate } from '../../src/lib/dates/long-date';
import { dayText } from '../../src/lib/situations/day-text';
import { promisedFor, promisedItemSentence } from '../../src/lib/situations/promised-items';
import { draftThankYouEmail } from '../../src/lib/thank-you/templates';
import { interview, priya } from './fixtures';
import type { Tone } from '../../src/lib/workspace/schema';

describe('promisedItemSentence', () => {
  it('names the item and its day, with "the" before a bare noun', () => {
    expect(promisedItemSentence([{ what: 'SQL sample', due: '2026-12-08' }])).toBe(
      "I'll send the SQL sample by Tuesday 8 December.",
    );
    expect(promisedItemSentence([{ what: 'my three references', due: 'Friday' }])).toBe(
      "I'll send my three references by Friday.",
    );
  });

  it('joins several items: "X and Y", "X, Y and Z", sharing a day when they share one', () => {
    expect(
      promisedItemSentence([
        { what: 'SQL sample', due: '2026-12-08' },
        { what: 'two references', due: '2026-12-08' },
      ]),
    ).toBe("I'll send the SQL sample and two references by Tuesday 8 December.");
    expect(
      promisedItemSentence([
        { what: 'SQL sample', due: 'Friday' },
        { what: 'deck', due: 'Friday' },
        { what: 'References', due: 'Friday' },
      ]),
    ).toBe("I'll send the SQL sample, the deck and the References by Friday.");
    expect(
      promisedItemSentence([
        { what: 'SQL sample', due: '2026-12-08' },
        { what: 'two references', due: '2026-12-10' },
      ]),
    ).toBe(
      "I'll send the SQL sample by Tuesday 8 December and two references by Thursday 10 December.",
    );
  });

  it('puts a comma before the last group when a group already has an "and"', () => {
    expect(
      promisedItemSentence([
        { what: 'SQL sample', due: 'Tuesday' },
        { what: 'deck', due: 'Tuesday' },
        { what: 'references', due: 'Friday' },
      ]),
    ).toBe("I'll send the SQL sample and the deck by Tuesday, and the references by Friday.");
  });

  it('says "shortly" for an item with no day, and "I will" when formal', () => {
    expect(promisedItemSentence([{ what: 'portfolio link', due: '' }])).toBe(
      "I'll send the portfolio link shortly.",
    );
    expect(
      promisedItemSentence([{ what: 'portfolio link', due: '2026-12-08' }], { tone: 'formal' }),
    ).toBe('I will send the portfolio link by Tuesday 8 December.');
  });

  it('skips blank items, and gives nothing at all when none is left', () => {
    expect(promisedItemSentence([])).toBe('');
    expect(promisedItemSentence([{ what: '  ', due: 'Friday' }])).toBe('');
    expect(
      promisedItemSentence([
        { what: '', due: 'Monday' },
        { what: 'deck', due: 'by Friday.' },
      ]),
    ).toBe("I'll send the deck by Friday.");
  });

  it('does not double the user’s own punctuation or "by"', () => {
    expect(promisedItemSentence([{ what: 'My CV.', due: 'by Monday!' }])).toBe(
      "I'll send my CV by Monday.",
    );
  });

  it('is one grammatical sentence for any text, keeping the user’s words', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 80 });
    fc.assert(
      fc.property(
        fc.array(fc.record({ what: text, due: text }), { maxLength: 5 }),
        fc.constantFrom<Tone>('warm', 'formal', 'concise'),
        (items, tone) => {
          const sentence = promisedItemSentence(items, { tone });
          const named = items.filter((item) => item.what.replace(/[\s.,;:!?…]+/gu, '') !== '');
          if (named.length === 0) {
            expect(sentence).toBe('');
            return;
          }
          expect(sentence).toMatch(/^I(?:'ll| will) send .+\.$/su);
          expect(sentence).not.toMatch(/undefined|null|\bby by\b/);
          for (const item of named) {
            const core = item.what.replace(/\s+/g, ' ').trim().slice(1, 20);
            expect(sentence).toContain(core.replace(/[\s.,;:!?…]+$/u, '').trimEnd());
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('dayText', () => {
  it('writes a stored date as formatLongDate does, and keeps the user’s words', () => {
    for (const date of ['2026-12-08', '2027-01-04', '2028-02-29'])
      expect(dayText(date)).toBe(formatLongDate(date));
    expect(dayText('  next   Friday. ')).toBe('next Friday');
    expect(dayText('on Monday')).toBe('Monday');
    expect(dayText('2026-13-45')).toBe('');
    expect(dayText('')).toBe('');
    expect(dayText(undefined)).toBe('');
  });
});

describe('the thank-you names what was promised', () => {
  const base = {
    ...interview({
      company: 'Acme',
      role: 'Data Analyst',
      people: [priya],
      qualifications: 'Five years of SQL and dbt\nBuilt self-serve dashboards',
    }),
    interviewer: priya,
    profile: { name: 'Sam Rivera', phone: '' },
  };

  it('in every tone, within the thank-you range', () => {
    for (const tone of ['warm', 'formal', 'concise'] as const) {
      const { body } = draftThankYouEmail({
        ...base,
        tone,
        promised: [{ what: 'SQL sample', due: '2026-12-08' }],
      });
      expect(body).toContain(
        `${tone === 'formal' ? 'I will' : "I'll"} send the SQL sample by Tuesday 8 December.`,
      );
      expect(body).toContain('five years of SQL and dbt, and built self-serve dashboards');
    }
  });

  it('and says nothing about promises when there were none', () => {
    const { body } = draftThankYouEmail({ ...base, tone: 'warm', promised: [] });
    expect(body).not.toMatch(/I'll send the|shortly/);
  });
});

describe('promisedFor: what a thank-you to one person says is coming', () => {
  it('names the items this person (or no one person) asked for that are still to send', () => {
    const items = [
      { what: 'SQL sample', due: '2026-12-08', askedBy: 'priya', status: 'todo' },
      { what: 'references', due: '', askedBy: '', status: 'todo' },
      { what: 'portfolio', due: '', askedBy: 'tom', status: 'todo' },
      { what: 'certificate', due: '', askedBy: 'priya', status: 'done' },
      { what: '  ', due: '', askedBy: 'priya', status: 'todo' },
    ];
    expect(promisedFor(items, 'priya')).toEqual([
      { what: 'SQL sample', due: '2026-12-08' },
      { what: 'references', due: '' },
    ]);
    expect(promisedFor(items, 'tom').map((i) => i.what)).toEqual(['references', 'portfolio']);
    expect(promisedFor([], 'tom')).toEqual([]);
  });
});
