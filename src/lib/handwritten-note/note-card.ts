// The handwritten-note planner's logic: how much fits on a card, a first draft short
// enough for one, when to mail it and what goes on the envelope (src/docs/facts.md,
// "Handwritten note"). Plain functions over strings so every rule is unit-tested.
import { MESSAGE_LIMITS } from '../messages/message-limits';
import { closeSentence, oneLine, points } from '../thank-you/wording';
import { draftKey } from '../workspace/operations';
import type { Application, Person, Profile, Round } from '../workspace/schema';

/** The card sizes the planner knows. */
export type CardId = 'a2' | 'a6';

/** One card size, its real dimensions and how much handwriting fits on it. */
export interface CardSize {
  /** Stable id, stored and used in form values. */
  id: CardId;
  /** How the size reads in the card-size choice. */
  label: string;
  /** Width of the writing area in millimetres (portrait). */
  widthMm: number;
  /** Height of the writing area in millimetres (portrait). */
  heightMm: number;
  /**
   * The writing area's size in the unit the card is sold in, for CSS, so the preview
   * prints at exactly that size ("4.25in", not a rounded mm value).
   */
  css: { width: string; height: string };
  /** Lines of average handwriting that fit inside the margins (see {@link WRITING}). */
  lines: number;
  /** Characters of average handwriting per line (see {@link WRITING}). */
  charsPerLine: number;
}

/**
 * What "average handwriting" means for the estimates, in millimetres. Assumption: a
 * pen on unruled card, written at about the size of college-ruled paper (7 mm from
 * one line to the next), about 2.6 mm per character including the space between
 * words, and an 8 mm margin on every side so nothing runs into the edge or the fold.
 * Small neat writing fits more; large writing fits less, which is why the planner
 * tells people to draft on paper cut to the card's size first.
 */
export const WRITING = { lineHeightMm: 7, charWidthMm: 2.6, marginMm: 8 } as const;

/** Whole lines and characters that fit in a writing area under the {@link WRITING} assumptions. */
function estimate(widthMm: number, heightMm: number): { lines: number; charsPerLine: number } {
  return {
    lines: Math.floor((heightMm - 2 * WRITING.marginMm) / WRITING.lineHeightMm),
    charsPerLine: Math.floor((widthMm - 2 * WRITING.marginMm) / WRITING.charWidthMm),
  };
}

const MM_PER_INCH = 25.4;

/**
 * The common thank-you card sizes (src/docs/facts.md, "Handwritten note"). A2 is a
 * folded card, 4.25 × 5.5 in
 * when closed; the note goes on the inside right panel, which is the same size. A6 is a
 * flat 105 × 148 mm card. Both are portrait. With {@link WRITING}: A2 holds 17 lines of
 * 35 characters, A6 18 lines of 34.
 */
export const CARD_SIZES: readonly CardSize[] = [
  {
    id: 'a2',
    label: 'A2 folded card (4.25 × 5.5 in)',
    widthMm: 4.25 * MM_PER_INCH,
    heightMm: 5.5 * MM_PER_INCH,
    css: { width: '4.25in', height: '5.5in' },
    ...estimate(4.25 * MM_PER_INCH, 5.5 * MM_PER_INCH),
  },
  {
    id: 'a6',
    label: 'A6 card (105 × 148 mm)',
    widthMm: 105,
    heightMm: 148,
    css: { width: '105mm', height: '148mm' },
    ...estimate(105, 148),
  },
];

/** True when `id` names one of {@link CARD_SIZES}. */
export function isCardId(id: unknown): id is CardId {
  return CARD_SIZES.some((card) => card.id === id);
}

/** The card with this id; an unknown id gives A2, the usual US thank-you card, rather than throwing. */
export function cardSize(id: string): CardSize {
  return CARD_SIZES.find((card) => card.id === id) ?? CARD_SIZES[0]!;
}

/** Where the note's draft is stored in Round.drafts: "handwritten-note:<personId>". */
export function noteDraftKey(personId: string): string {
  return draftKey('handwritten-note', personId);
}

// ---------------------------------------------------------------------------------
// The first draft

/** Everything the first draft is built from. */
export interface NoteInput {
  /** The company and role. */
  application: Pick<Application, 'company' | 'role'>;
  /** The round it thanks them for: how it was held. */
  round: Pick<Round, 'format'>;
  interviewer: Person;
  profile: Pick<Profile, 'name' | 'phone'>;
  /** Something from the company-engagement log to mention ("their new London studio"); optional. */
  detail?: string;
}

/**
 * The first point in a one-point-per-line topics field, as the user wrote it: the first
 * line with any text, whitespace runs collapsed, and a leading list marker ("- ", "• ",
 * "1. ") dropped, as the thank-you email builder does. '' when there is none.
 */
export function firstTopic(topics: unknown): string {
  return points(topics)[0] ?? '';
}

/** "the Product Designer role at Acme", down to "the role" when neither is known. */
function positionPhrase(role: string, company: string): string {
  const job = role ? (/\b(?:role|position|job)$/i.test(role) ? role : `${role} role`) : 'role';
  return company ? `the ${job} at ${company}` : `the ${job}`;
}

/**
 * A first draft of the card: addressed by full name, two to three sentences in one
 * short paragraph (thanks for the conversation about the role, one detail from the
 * first line of the interviewer's topics, kept verbatim, and continued interest), then
 * a sign-off with the user's name. Short on purpose: a card holds about 100 words of
 * handwriting, and sources advise a few sentences, two short paragraphs at most.
 * A missing field drops its words, never leaving "undefined" or an empty gap; never
 * throws, whatever the input.
 */
export function draftHandwrittenNote({
  application,
  round,
  interviewer,
  profile,
  detail,
}: NoteInput): string {
  const name = oneLine(interviewer?.name);
  const company = oneLine(application?.company);
  const role = oneLine(application?.role);
  const topic = firstTopic(interviewer?.topics);
  const news = oneLine(detail);
  const signature = oneLine(profile?.name);

  // "Meeting" only when they were in the same room; a call is "speaking".
  const met = round?.format === 'on-site' ? 'meeting with me' : 'speaking with me';
  const sentences = [
    closeSentence(`Thank you for ${met} about ${positionPhrase(role, company)}`),
    topic ? closeSentence(`I especially enjoyed our conversation about ${topic}`) : '',
    news ? closeSentence(`I also enjoyed reading about ${news}`) : '',
    company
      ? `I remain very interested in joining ${company} and hope to hear from you soon.`
      : 'I remain very interested in the role and hope to hear from you soon.',
  ].filter(Boolean);

  return [
    name ? `Dear ${name},` : 'Hello,',
    sentences.join(' '),
    signature ? `With thanks,\n${signature}` : 'With thanks,',
  ].join('\n\n');
}

// ---------------------------------------------------------------------------------
// Fitting the text on a card

/** How a note fits on a card, line by line. */
export interface NoteFit {
  /** The note as it would be written: word-wrapped, '' for each paragraph break. */
  lines: string[];
  /** How many lines it takes, paragraph breaks included. */
  usedLines: number;
  /** How many lines the card holds. */
  maxLines: number;
  /** True when every line fits on the card. */
  fits: boolean;
  /** Lines past the end of the card; 0 when it fits. */
  overBy: number;
  /** Paragraphs of message, not counting the greeting and the sign-off. */
  paragraphs: number;
  /** Sentences in those paragraphs. */
  sentences: number;
  /** More paragraphs than `MESSAGE_LIMITS.handwrittenNoteParagraphs` allows (two short ones at most). */
  tooManyParagraphs: boolean;
}

type SegmenterKind = 'grapheme' | 'sentence';
const segmenters = new Map<SegmenterKind, Intl.Segmenter | null>();

/** One shared segmenter per kind; null where the browser has none (Firefox < 125). */
function segmenter(kind: SegmenterKind): Intl.Segmenter | null {
  if (!segmenters.has(kind)) {
    segmenters.set(
      kind,
      typeof Intl.Segmenter === 'function'
        ? new Intl.Segmenter(undefined, { granularity: kind })
        : null,
    );
  }
  return segmenters.get(kind) ?? null;
}

/**
 * The characters a person would write, one per entry: an emoji with skin tone or a
 * letter with a combining accent is one, not two or more code units.
 */
function graphemes(text: string): string[] {
  const seg = segmenter('grapheme');
  return seg ? Array.from(seg.segment(text), (s) => s.segment) : Array.from(text);
}

/**
 * The note's lines as typed: every kind of line break is a break, whitespace inside a
 * line is collapsed, and blank lines at the start and end are dropped, with a run of
 * blank lines counting as one paragraph break.
 */
function typedLines(text: string): string[] {
  const lines: string[] = [];
  for (const raw of text.split(/\r\n|[\n\r\u2028\u2029\v\f\x85]/)) {
    const line = oneLine(raw);
    if (line === '' && (lines.length === 0 || lines[lines.length - 1] === '')) continue;
    lines.push(line);
  }
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Greedy word wrap of one typed line; a word longer than a line is broken across lines. */
function wrapLine(line: string, width: number): string[] {
  if (line === '') return [''];
  const out: string[] = [];
  let current: string[] = [];
  const flush = () => {
    out.push(current.join(''));
    current = [];
  };
  for (const word of line.split(' ')) {
    let chars = graphemes(word);
    const needed = current.length === 0 ? chars.length : current.length + 1 + chars.length;
    if (needed <= width) {
      if (current.length > 0) current.push(' ');
      current.push(...chars);
      continue;
    }
    if (current.length > 0) flush();
    while (chars.length > width) {
      out.push(chars.slice(0, width).join(''));
      chars = chars.slice(width);
    }
    current = chars;
  }
  if (current.length > 0) flush();
  return out;
}

/** Words in a line, for telling a greeting or sign-off from a sentence. */
function wordsIn(line: string): number {
  return line.split(' ').filter(Boolean).length;
}

/** "Dear Priya Raman," or "Hi Priya:": a short first line ending in a comma or colon. */
function isGreeting(line: string): boolean {
  return /[,:，、]$/u.test(line) && wordsIn(line) <= 8;
}

/** "With thanks," / "Best wishes,": a short line ending in a comma. */
function isClosing(line: string): boolean {
  return /[,，]$/u.test(line) && wordsIn(line) <= 5;
}

/**
 * The message's paragraphs (each a list of typed lines) with the greeting line and the
 * sign-off taken out: "two short paragraphs" is about what is said, not about
 * "Dear …," and "With thanks, Sam", which are on their own lines in every card.
 */
function bodyParagraphs(lines: string[]): string[][] {
  const paragraphs: string[][] = [[]];
  for (const line of lines) {
    if (line === '') paragraphs.push([]);
    else paragraphs[paragraphs.length - 1]!.push(line);
  }
  const first = paragraphs[0]!;
  if (first.length > 0 && isGreeting(first[0]!)) first.shift();
  // The sign-off: a closing line near the end of the last paragraph, followed by at
  // most two short lines (the name, perhaps a phone number).
  const last = paragraphs[paragraphs.length - 1]!;
  for (let k = Math.max(0, last.length - 3); k < last.length; k += 1) {
    const after = last.slice(k + 1);
    if (isClosing(last[k]!) && after.every((line) => wordsIn(line) <= 6 && !/[.!?]$/.test(line))) {
      last.splice(k);
      break;
    }
  }
  return paragraphs.filter((p) => p.length > 0);
}

/** Sentences in one paragraph; text that never reaches a full stop still counts as one. */
function countSentences(paragraph: string): number {
  const seg = segmenter('sentence');
  if (seg) {
    let count = 0;
    for (const { segment } of seg.segment(paragraph)) if (/[\p{L}\p{N}]/u.test(segment)) count += 1;
    return count;
  }
  return paragraph.split(/(?<=[.!?…。！？])\s+/u).filter((s) => /[\p{L}\p{N}]/u.test(s)).length;
}

/**
 * How a note fits on a card: the text word-wrapped to the card's characters per line
 * (a typed line break starts a new line, a paragraph break takes one blank line, a
 * word longer than a line is broken), compared with the lines the card holds, plus
 * the sentence and paragraph counts the advice is about. An unknown card id is
 * treated as A2. Never throws, whatever the input.
 */
export function noteFit(text: string, cardId: string): NoteFit {
  const card = cardSize(cardId);
  const typed = typedLines(typeof text === 'string' ? text : '');
  const lines = typed.flatMap((line) => wrapLine(line, card.charsPerLine));
  const paragraphs = bodyParagraphs(typed);
  const sentences = paragraphs.reduce((sum, p) => sum + countSentences(p.join(' ')), 0);
  const overBy = Math.max(0, lines.length - card.lines);
  return {
    lines,
    usedLines: lines.length,
    maxLines: card.lines,
    fits: overBy === 0,
    overBy,
    paragraphs: paragraphs.length,
    sentences,
    tooManyParagraphs: paragraphs.length > MESSAGE_LIMITS.handwrittenNoteParagraphs.max,
  };
}

// ---------------------------------------------------------------------------------
// When to mail it

// ---------------------------------------------------------------------------------
// The envelope

/**
 * The envelope's address block, one entry per line: the person's name, their job title,
 * the company, then each line of the address they typed. Every line is trimmed with
 * inner whitespace collapsed; empty lines are dropped, and so is an address line that
 * repeats the name or company (people often type the company again in the address).
 */
export function envelopeAddress(
  interviewer: Pick<Person, 'name' | 'title' | 'address'>,
  company: string,
): string[] {
  const head = [oneLine(interviewer?.name), oneLine(interviewer?.title), oneLine(company)].filter(
    Boolean,
  );
  const seen = new Set(
    [oneLine(interviewer?.name), oneLine(company)]
      .filter(Boolean)
      .map((line) => line.toLowerCase()),
  );
  const address =
    typeof interviewer?.address === 'string'
      ? interviewer.address.split(/\r\n|[\n\r\u2028\u2029\v\f\x85]/)
      : [];
  return [
    ...head,
    ...address.map(oneLine).filter((line) => line !== '' && !seen.has(line.toLowerCase())),
  ];
}
