import { describe, expect, it } from 'vitest';
import { parseTimeline, type ParsedTimeline } from '../../src/lib/timeline/parse';
import { correctWord, respell } from '../../src/lib/timeline/parse-spelling';
import { normalise, original, rewrite } from '../../src/lib/timeline/parse-text';

// Interview days below: Tue 2026-11-24, Fri 2026-12-04.

function endOf(parsed: ParsedTimeline): string | null {
  if (parsed.kind === 'range') return parsed.latest;
  if (parsed.kind === 'date') return parsed.date;
  return null;
}

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

describe('parseTimeline: typos and shorthand', () => {
  it.each([
    ['2026-11-24', '1-2 weks', '2026-12-08'],
    ['2026-11-24', '2-3 wekes', '2026-12-15'],
    ['2026-11-24', 'a coupel of weeks', '2026-12-08'],
    ['2026-11-24', 'fortnite', '2026-12-08'], // a fortnight on its own: one of it
    ['2026-11-24', 'within a fortnite', '2026-12-08'],
    ['2026-11-24', 'two wekks', '2026-12-08'],
    ['2026-11-24', 'with in 5 buisness days', '2026-12-01'],
    ['2026-11-24', 'end of teh week', '2026-11-27'],
    ['2026-11-24', 'nxt wk', '2026-12-04'],
    ['2026-11-24', '1week', '2026-12-01'],
    ['2026-11-24', '3-4wks', '2026-12-22'],
    ['2026-11-24', 'EOD tmrw', '2026-11-25'],
    ['2026-11-24', 'mid decmber', '2026-12-15'],
    ['2026-11-24', 'end of the monht', '2026-11-30'],
    ['2026-11-24', 'by wensday', '2026-11-25'],
    ['2026-11-24', 'next 2-3 biz days', '2026-11-27'],
    ['2026-12-04', 'before xmas', '2026-12-24'],
  ])('%s: %j → %s', (interview, text, end) => {
    expect(endOf(parseTimeline(text, interview))).toBe(end);
  });

  it('still refuses what no correction makes a timeline', () => {
    for (const text of ['the weak link', 'two ways to go', 'in a mouth', 'sooon']) {
      expect(parseTimeline(text, '2026-11-24').kind).toBe('unreadable');
    }
  });

  it('quotes a typo as typed when it refuses', () => {
    expect(parseTimeline('2 wekes, maybe monts', '2026-11-24')).toMatchObject({
      kind: 'unreadable',
      reason: expect.stringContaining('also “monts” on its own'),
    });
  });
});
