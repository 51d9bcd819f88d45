import { describe, expect, it } from 'vitest';
import { correctWord, respell } from '../../src/lib/timeline/parse-spelling';
import { normalise, original, rewrite } from '../../src/lib/timeline/parse-text';

describe('correctWord: typos of the words the reader knows', () => {
  it.each([
    ['weks', 'weeks'], // a dropped letter
    ['weeeks', 'weeks'], // an extra one
    ['wekks', 'weeks'], // a changed one
    ['nxet', 'next'], // a swapped pair, even in four letters
    ['nexxt', 'next'],
    ['coupel', 'couple'],
    ['buisness', 'business'],
    ['workng', 'working'],
    ['withn', 'within'],
    ['monht', 'month'],
    ['monts', 'months'], // as close to "month": its own ending decides
    ['mont', 'month'],
    ['januray', 'january'],
    ['febuary', 'february'],
    ['decmber', 'december'],
    ['wensday', 'wednesday'], // two edits, in a long word
    ['thurday', 'thursday'],
    ['tusday', 'tuesday'],
    ['firday', 'friday'],
    ['tommorow', 'tomorrow'],
    ['christmass', 'christmas'],
    // Shorthand
    ['wk', 'week'],
    ['wks', 'weeks'],
    ['biz', 'business'],
    ['tmrw', 'tomorrow'],
    ['xmas', 'christmas'],
    ['teh', 'the'],
    ['nxt', 'next'],
    ['fortnite', 'fortnight'],
  ])('%s → %s', (typed, meant) => {
    expect(correctWord(typed)).toBe(meant);
  });

  it.each([
    'weak', // a real word one letter from "week": four letters allow no changed letter
    'ways', // not the same first letter as "days"
    'text',
    'nest',
    'later', // real words close to a known one
    'latest',
    'weekend',
    'weekly',
    'holiday',
    'hour',
    'match',
    'mouth',
    'eastern',
    'weeks', // already right
    'january',
    'soon', // nothing close
    'asap',
    'recruiter',
    'day', // too short to judge
    'tue',
  ])('leaves %s alone', (word) => {
    expect(correctWord(word)).toBeNull();
  });
});

describe('respell: the text read, traced back to what was typed', () => {
  it('reads "w/in" and "with in" as "within"', () => {
    expect(respell(normalise('w/in 5 days')).text).toBe('within 5 days');
    expect(respell(normalise('with in 5 buisness days')).text).toBe('within 5 business days');
  });

  it('leaves text alone where a pattern matches nothing, or nothing needs changing', () => {
    const n = normalise('2 weeks');
    expect(rewrite(n, /x*/g, () => 'y')).toEqual(n);
    expect(rewrite(n, /[a-z]+/g, () => null)).toEqual(n);
  });

  it('quotes the words as typed, typos and all', () => {
    const raw = 'Nexxt  Fridya, 2 wekes';
    const n = respell(normalise(raw));
    expect(n.text).toBe('next friday, 2 weeks');
    expect(n.from).toHaveLength(n.text.length);
    expect(original(raw, n, 0, 'next friday'.length)).toBe('Nexxt  Fridya');
    expect(original(raw, n, n.text.indexOf('2'), n.text.length)).toBe('2 wekes');
  });
});
