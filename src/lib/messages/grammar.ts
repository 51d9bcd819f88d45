// The grammar the message builders share when they set the user's own words inside a
// sentence: lists joined as prose, a line typed as a list item lowered to sit
// mid-sentence, and an article for a bare noun. Without them drafts read "…bring to it:
// Five years of SQL and dbt, and Built self-serve dashboards…" and "attached is SQL
// portfolio sample"; kept in one place so every builder joins and lowers the same way. The thank-you page ships this file, so it stays small.

/**
 * Words that start a typed list line but never a name: lowering them mid-sentence is
 * always right ("Built dashboards" → "built dashboards"). Anything else is left as typed,
 * since "Python", "London" or "Ahmed" lowered would be a worse mistake than "Built"
 * kept. A rule by ending ("-ed", "-ing") would lower "Mildred" and "Beijing", so it is a
 * list, kept to the commonest starters because the thank-you page ships it. Determiners
 * and numbers come first: {@link withArticle} reads them too.
 */
const DETERMINERS =
  'a an the my our your his her their its this that these those some any all both each every several many few another one two three four five six seven eight nine ten';
const STARTERS = new Set(
  `${DETERMINERS} more most over about around nearly almost how what why when where who which and for with from to in on at by of
  experience expertise knowledge background strong deep solid proven hands years
  built led managed designed developed delivered launched shipped created ran grew scaled reduced improved owned wrote taught won
  leading managing building designing running working meeting seeing hearing learning talking`.split(
    /\s+/,
  ),
);
const DETERMINER = new Set(DETERMINERS.split(' '));

/** The first run of letters: the word a rule above is read against. */
function firstWord(text: string): string {
  return /^\p{L}+/u.exec(text)?.[0] ?? '';
}

/**
 * A line the user typed as a list item or note, made to sit inside a sentence: a first
 * word that is capitalised only because it started the line ("Five", "Built", "How") is
 * lowered. Names, acronyms and anything not known to be an ordinary word stay as typed.
 */
export function midSentence(text: string): string {
  const word = firstWord(text);
  return /^\p{Lu}\p{Ll}*$/u.test(word) && STARTERS.has(word.toLowerCase())
    ? `${text.charAt(0).toLowerCase()}${text.slice(1)}`
    : text;
}

/**
 * A thing named as the object of a sentence, with "the" added when it has no determiner
 * of its own: "SQL portfolio sample" → "the SQL portfolio sample", while "my three
 * references", "a cover letter" and "two samples" keep theirs. Lowered as {@link midSentence}.
 */
export function withArticle(text: string): string {
  const lowered = midSentence(text);
  if (!lowered) return '';
  return DETERMINER.has(firstWord(lowered).toLowerCase()) || /^\d/.test(lowered)
    ? lowered
    : `the ${lowered}`;
}

/**
 * Items joined as prose, without a serial comma, as the kit's messages write them: "A",
 * "A and B", "A, B and C". When an item has an "and" or a comma of its own, a comma goes
 * before the last "and" so the reader can tell where one item ends ("five years of SQL
 * and dbt, and built dashboards"). Empty items are skipped.
 */
export function joinList(items: readonly string[]): string {
  const list = items.filter(Boolean);
  const last = list.pop();
  if (last === undefined) return '';
  if (list.length === 0) return last;
  const comma = [...list, last].some((item) => /,|\band\b|&/iu.test(item)) ? ',' : '';
  return `${list.join(', ')}${comma} and ${last}`;
}
