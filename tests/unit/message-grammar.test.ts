// The shared grammar of the message builders (src/lib/messages/grammar.ts): drafts once
// read "…bring to it: Five years of SQL and dbt, and Built self-serve dashboards…" and
// "attached is SQL portfolio sample".
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinList, midSentence, withArticle } from '../../src/lib/messages/grammar';

describe('joinList', () => {
  it('joins as prose without a serial comma', () => {
    expect(joinList([])).toBe('');
    expect(joinList(['SQL'])).toBe('SQL');
    expect(joinList(['SQL', 'dbt'])).toBe('SQL and dbt');
    expect(joinList(['SQL', 'dbt', 'Looker'])).toBe('SQL, dbt and Looker');
    expect(joinList(['a', 'b', 'c', 'd'])).toBe('a, b, c and d');
  });

  it('puts a comma before the last "and" when an item has an "and" or a comma of its own', () => {
    expect(joinList(['five years of SQL and dbt', 'built self-serve dashboards'])).toBe(
      'five years of SQL and dbt, and built self-serve dashboards',
    );
    expect(joinList(['R&D budgets', 'hiring'])).toBe('R&D budgets, and hiring');
    expect(joinList(['Shah, Priya', 'Tom'])).toBe('Shah, Priya, and Tom');
  });

  it('skips empty items', () => {
    expect(joinList(['', 'SQL', '', 'dbt'])).toBe('SQL and dbt');
    expect(joinList(['', ''])).toBe('');
  });

  it('never drops or reorders an item, whatever it holds', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }), { maxLength: 6 }), (items) => {
        const joined = joinList(items);
        let from = 0;
        for (const item of items) {
          const at = joined.indexOf(item, from);
          expect(at).toBeGreaterThanOrEqual(0);
          from = at + item.length;
        }
      }),
    );
  });
});

describe('midSentence', () => {
  it('lowers a first word capitalised only because it began the line', () => {
    expect(midSentence('Five years of SQL and dbt')).toBe('five years of SQL and dbt');
    expect(midSentence('Built self-serve dashboards')).toBe('built self-serve dashboards');
    expect(midSentence('How the design system scales')).toBe('how the design system scales');
    expect(midSentence('The research backlog')).toBe('the research backlog');
  });

  it('keeps names, acronyms, "I" and words it does not know as typed', () => {
    for (const kept of [
      'Python and SQL',
      'London office move',
      'Ahmed’s onboarding story',
      'SQL sample',
      'I led the migration',
      'iOS release train',
      'BUILT dashboards',
      'Beijing office expansion',
      '',
      '— dashes first',
    ])
      expect(midSentence(kept)).toBe(kept);
  });
});

describe('withArticle', () => {
  it('adds "the" to a bare noun and keeps a determiner or number the user typed', () => {
    expect(withArticle('SQL portfolio sample')).toBe('the SQL portfolio sample');
    expect(withArticle('Python notebook')).toBe('the Python notebook');
    expect(withArticle('my three references')).toBe('my three references');
    expect(withArticle('A cover letter')).toBe('a cover letter');
    expect(withArticle('Two design samples')).toBe('two design samples');
    expect(withArticle('3 case studies')).toBe('3 case studies');
    expect(withArticle('The deck')).toBe('the deck');
    expect(withArticle('')).toBe('');
  });
});
