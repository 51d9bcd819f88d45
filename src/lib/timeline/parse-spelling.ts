// Typos and shorthand in a typed timeline ("2-3 wekes", "nxt wk", "tmrw", "xmas"), read
// as the word intended before any pattern runs. A word is corrected only to a word the
// reader knows (units, month and weekday names, a few linking words), only when it is
// one edit away (two for long words), keeps its first letter, and only when exactly one
// known word is that close: "thurday" is Thursday, but "weak" stays weak, and a real
// word that happens to be near one ("later", "match") is left alone.
import { rewrite, type Normalised } from './parse-text';

/** Shorthand people type, with what it stands for. */
const SHORTHAND: Record<string, string> = {
  wk: 'week',
  wks: 'weeks',
  mo: 'month',
  mos: 'months',
  mth: 'month',
  mths: 'months',
  biz: 'business',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  tmw: 'tomorrow',
  tmrow: 'tomorrow',
  tmro: 'tomorrow',
  xmas: 'christmas',
  teh: 'the',
  nxt: 'next',
  fortnite: 'fortnight',
};

/** The words worth correcting towards: those the patterns look for. */
const KNOWN = [
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'hours',
  'business',
  'working',
  'within',
  'couple',
  'fortnight',
  'next',
  'tomorrow',
  'christmas',
  'thanksgiving',
  'holidays',
  'easter',
  'diwali',
  'quarter',
  'beginning',
  'middle',
  'early',
  'first',
  'second',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

/** Real words one edit from a known word, which must not be "corrected". */
const REAL = new Set([
  'later',
  'latest',
  'weekly',
  'weekend',
  'weekends',
  'weekday',
  'weekdays',
  'hour',
  'holiday',
  'eastern',
  'match',
  'marsh',
  'mouth',
  'mouths',
]);

/**
 * Edit distance with adjacent transpositions (optimal string alignment), or `limit + 1`
 * as soon as it must exceed `limit`.
 */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/** True when `a` is `b` with two neighbouring letters swapped ("nxet", "next"). */
function swapped(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** The known word `word` is a typo of, or null when it is not clearly one. */
export function correctWord(word: string): string | null {
  const short = SHORTHAND[word];
  if (short !== undefined) return short;
  if (word.length < 4 || REAL.has(word) || KNOWN.includes(word)) return null;
  let found: string[] = [];
  let best = 3;
  for (const known of KNOWN) {
    if (known[0] !== word[0]) continue;
    // Four letters leave little to go on: only a swapped pair or a dropped letter
    // ("nxet", "weks"), never a changed one ("weak", "nest").
    const limit = word.length === 4 ? 1 : known.length >= 8 && word.length >= 6 ? 2 : 1;
    const d = distance(word, known, limit);
    if (d > limit) continue;
    if (word.length === 4 && known.length === 4 && !swapped(word, known)) continue;
    if (d < best) {
      best = d;
      found = [known];
    } else if (d === best) found.push(known);
  }
  // "monts" is as close to "month" as to "months": its own ending decides. Any other
  // two known words equally close, and the word is left as typed.
  if (found.length === 2 && found[1] === `${found[0]!}s`) return found[word.endsWith('s') ? 1 : 0]!;
  return found.length === 1 ? found[0]! : null;
}

/**
 * The text with typos and shorthand read as the words intended: "w/in" and "with in"
 * as "within", "1week" left for the patterns (they allow no space), then word by word.
 */
export function respell(n: Normalised): Normalised {
  const joined = rewrite(n, /\bw\/in\b|\bwith in\b/g, () => 'within');
  return rewrite(joined, /[a-z]+/g, (m) => correctWord(m[0]));
}
