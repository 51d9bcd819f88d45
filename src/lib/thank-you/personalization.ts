// Checks that each thank-you is personal: it mentions something only that interviewer
// talked about, and it is not a near copy of the email to someone else on the panel,
// who may well compare notes (src/docs/facts.md, "Thank-you email": one personalized
// message each).
import type { Person } from '../workspace/schema';
import { points } from './wording';

/** Case- and accent-insensitive form of a word: "Café" and "cafe" match. */
function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** The words of a text as written, letters and digits only (apostrophes split "team's"). */
function rawWords(text: string): string[] {
  return text.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
}

/** The folded words of a text, punctuation dropped. */
function foldedWords(text: string): string[] {
  return rawWords(text)
    .map(fold)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** Shorter words are too common to tell one conversation from another. */
const MIN_DETAIL_LETTERS = 4;

/**
 * Common English words of four letters or more, plus the words every thank-you uses
 * anyway ("role", "team", "interview"): finding them in a draft proves nothing personal.
 */
const STOPWORDS = new Set(
  `about above after again against also although always among another anything around because been before being
  below between both cannot could does doing done down during each either else enough even ever every from further
  have having here hers herself himself into itself just like made make many more most much must myself neither
  never only other others ours ourselves over same should since some something such than that their theirs them
  themselves then there these they thing things this those though through together under until upon very were what
  whatever when where whether which while whom whose will with within without would your yours yourself yourselves
  really quite well good great nice lots asked said told talked discussed mentioned spoke chatted shared
  role position team company interview interviews interviewer conversation chat talk time thank thanks opportunity
  work working job`.split(/\s+/),
);

/**
 * Which of this interviewer's own details (from their topics and rapport notes) the
 * draft mentions: a whole note line when it appears as written, otherwise its
 * meaningful words (four letters or more, not common words, not the person's name),
 * matched as whole words, ignoring case and accents. An empty list means the draft
 * says nothing specific to this person.
 */
export function specificDetails(
  body: string,
  interviewer: Pick<Person, 'name' | 'topics' | 'rapport'>,
): string[] {
  const bodyWords = foldedWords(typeof body === 'string' ? body : '');
  const bodyWordSet = new Set(bodyWords);
  const bodyText = ` ${bodyWords.join(' ')} `;
  const nameWords = new Set(
    foldedWords(typeof interviewer.name === 'string' ? interviewer.name : ''),
  );
  const found: string[] = [];
  const seen = new Set<string>();
  const add = (shown: string, key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    found.push(shown);
  };

  for (const line of [...points(interviewer.topics), ...points(interviewer.rapport)]) {
    const words = rawWords(line)
      .map((raw) => ({ raw, folded: fold(raw) }))
      .filter(({ folded }) => /[\p{L}\p{N}]/u.test(folded));
    const meaningful = words.filter(
      ({ folded }) =>
        Array.from(folded).length >= MIN_DETAIL_LETTERS &&
        !STOPWORDS.has(folded) &&
        !nameWords.has(folded),
    );
    if (meaningful.length === 0) continue;
    const phrase = words.map(({ folded }) => folded).join(' ');
    if (words.length > 1 && bodyText.includes(` ${phrase} `)) {
      add(line, `line:${phrase}`);
      continue;
    }
    for (const { raw, folded } of meaningful) {
      if (bodyWordSet.has(folded)) add(raw, `word:${folded}`);
    }
  }
  return found;
}

/**
 * The overlap score at or above which two drafts read as the same email: share of word
 * pairs they have in common (see wordSimilarity). It sits in the gap the tests
 * measure: drafts generated for different interviewers from their own notes score
 * 0.1–0.3 on a panel of three and at most about 0.45 (short concise drafts, panel of
 * six); a copy with a sentence or two reworded scores about 0.7–0.85, and the same
 * draft with only the names swapped about 0.95.
 */
export const TOO_SIMILAR = 0.5;

/** The text's consecutive word pairs, or the lone word of a one-word text. */
function shingles(text: string): Set<string> {
  const words = foldedWords(typeof text === 'string' ? text : '');
  if (words.length === 1) return new Set(words);
  const pairs = new Set<string>();
  for (let i = 1; i < words.length; i += 1) pairs.add(`${words[i - 1]} ${words[i]}`);
  return pairs;
}

/**
 * How alike two drafts read, from 0 (nothing shared) to 1 (the same words in the same
 * order): Jaccard similarity of their word pairs, ignoring case, accents and
 * punctuation. Names are left in: they are a handful of pairs in a 150-word email, so
 * a names-only swap still scores near 1, and the function needs no list of people.
 * Two empty drafts score 0: there is nothing to compare yet.
 */
export function wordSimilarity(a: string, b: string): number {
  return jaccard(shingles(a), shingles(b));
}

function jaccard(left: Set<string>, right: Set<string>): number {
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const pair of left) if (right.has(pair)) shared += 1;
  return shared / (left.size + right.size - shared);
}

/** A pair of drafts that read too much alike, by id, with their score. */
export interface SimilarPair {
  a: string;
  b: string;
  score: number;
}

/**
 * Every pair of drafts whose similarity reaches `threshold`, in input order, so the
 * builder can say which two emails to make more distinct.
 */
export function tooSimilarPairs(
  drafts: { id: string; body: string }[],
  threshold = TOO_SIMILAR,
): SimilarPair[] {
  // Each draft is split into word pairs once, not once per comparison.
  const shingled = drafts.map((draft) => ({ id: draft.id, pairs: shingles(draft.body) }));
  const pairs: SimilarPair[] = [];
  for (let i = 0; i < shingled.length; i += 1) {
    for (let j = i + 1; j < shingled.length; j += 1) {
      const first = shingled[i];
      const second = shingled[j];
      if (!first || !second) continue;
      const score = jaccard(first.pairs, second.pairs);
      if (score >= threshold) pairs.push({ a: first.id, b: second.id, score });
    }
  }
  return pairs;
}
