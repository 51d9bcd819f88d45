// What a tone's wording looks like, and the small text helpers the wordings share.
// Each tone lives in its own module (tones/) so a page loads only the tones in use.

/** Three phrasings of one sentence: enough that a panel of three gets three wordings. */
export type Phrasings<T> = readonly [T, T, T];

/** One line of user text: runs of whitespace (line breaks included) become one space; '' for non-text. */
export function oneLine(text: unknown): string {
  return typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : '';
}

/**
 * The non-empty lines of a one-point-per-line field (topics, qualifications). A leading
 * list marker ("- ", "• ", "1. ") is dropped: it is how people type a list, not part of
 * the point itself. Every line break Unicode knows counts, since text is often pasted.
 */
export function points(text: unknown): string[] {
  if (typeof text !== 'string') return [];
  return text
    .split(/\r\n|[\n\r\u2028\u2029\v\f\x85]/)
    .map((line) => oneLine(line).replace(/^(?:[-*•·–—▪‣●]|\d{1,2}[.)])\s+/u, ''))
    .filter((line) => line !== '');
}

/** Ends a sentence that closes on user text without doubling their own full stop. */
export function closeSentence(sentence: string): string {
  return /[.!?…。！？]["'’”»)\]]*$/u.test(sentence) ? sentence : `${sentence}.`;
}

const HONORIFIC = /^(?:dr|mr|mrs|ms|mx|prof|professor|sir|dame)\.?$/i;

/** "Priya" from "Priya Shah"; "Dr. Shah" from "Dr. Priya Shah", where "Hi Dr." would read oddly. */
export function firstName(fullName: string): string {
  const parts = fullName.split(' ').filter(Boolean);
  const [first, ...rest] = parts;
  if (first === undefined) return '';
  if (HONORIFIC.test(first) && rest.length > 0) return `${first} ${rest[rest.length - 1]}`;
  return first;
}

/** First letter upper-cased, for a phrase that starts a sentence. */
export function capitalized(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** Wording for one tone. Leads end where the user's own text is appended. */
export interface ToneWording {
  greeting(fullName: string): string;
  thanks: Phrasings<(position: string, met: string) => string>;
  firstTopic: Phrasings<string>;
  secondTopic: Phrasings<string>;
  rapport: Phrasings<string>;
  qualifications: Phrasings<(shortPosition: string) => string>;
  /** A general sentence that keeps a sparse draft from falling under the thank-you range. */
  learned: Phrasings<string> | null;
  news: Phrasings<string>;
  interest: Phrasings<(team: string) => string>;
  offer: Phrasings<string>;
  signOff: Phrasings<string>;
  /** How many topic lines and qualification lines a draft mentions at most. */
  topicCount: number;
  qualificationCount: number;
  /** Concise drafts skip rapport unless it is the only personal detail noted. */
  usesRapport: boolean;
  positionNoun: 'role' | 'position';
  /** "your team" (formal) or "the team", when the company is not named. */
  unnamedTeam: string;
}
