// What every situation message shares: the plain input it is built from, and the
// greeting, job phrase, paragraphs and signature around the builder's own sentences.
// The builders take plain objects rather than the workspace's records, so a change to
// how the workspace stores applications (its next version) changes the code
// that fills these in, not the wording.
import { midSentence } from '../messages/grammar';
import { closeSentence, firstName, oneLine } from '../thank-you/wording';
import type { Tone } from '../workspace/schema';

export type { DraftText } from '../messages/draft-rule';

/** The candidate, as they sign. */
export interface Candidate {
  name: string;
  /** Under the name where a reply by phone is likely; '' or absent for none. */
  phone?: string;
}

/** The person a message goes to. */
export interface Recipient {
  name: string;
  /** Their job title ("Head of Talent"): greets them by it when the name is blank. */
  title?: string;
}

/** What every situation message is built from; each builder adds its own fields. */
export interface SituationInput {
  candidate: Candidate;
  company: string;
  role: string;
  recipient: Recipient;
  tone: Tone;
}

/** One wording per tone; an unknown tone reads as warm, the kit's default. */
export type ByTone<T> = Record<Tone, T>;

/** The wording of `tone`, warm when the tone is not one the kit knows. */
export function inTone<T>(wordings: ByTone<T>, tone: Tone): T {
  return (wordings as Partial<ByTone<T>>)[tone] ?? wordings.warm;
}

/**
 * The wording for a choice such as a reason, or '' for none: also for a choice this
 * version does not know (newer saved data) or a key such as "toString", which a plain
 * lookup would find on every object.
 */
export function phraseFor(phrases: Readonly<Record<string, string>>, key: unknown): string {
  return typeof key === 'string' && Object.hasOwn(phrases, key) ? phrases[key]! : '';
}

/**
 * "Hi Priya," (warm, concise) or "Dear Priya Shah," (formal); without a name, "Dear
 * Head of Talent," from the title when formal, else the builder's `fallback` for the tone.
 */
export function greeting(tone: Tone, recipient: Recipient, fallback: ByTone<string>): string {
  const name = oneLine(recipient.name);
  const title = oneLine(recipient.title);
  if (tone === 'formal') return name || title ? `Dear ${name || title},` : fallback.formal;
  return name ? `Hi ${firstName(name)},` : inTone(fallback, tone);
}

/** The greeting most messages use when there is no name: the team. */
export const TEAM: ByTone<string> = {
  warm: 'Hi there,',
  formal: 'Dear Hiring Team,',
  concise: 'Hello,',
};

/** The role as typed, without a second "role" when the user included one. */
function job(role: string, noun: string): string {
  return /\b(?:role|position|job)$/i.test(role) ? role : `${role} ${noun}`;
}

/**
 * The words that name the job: "the Product Designer role at Acme" ("position" when
 * formal), down to "the role at Acme", "the Product Designer role" or "the role".
 */
export function jobPhrase(role: string, company: string, tone: Tone): string {
  const noun = tone === 'formal' ? 'position' : 'role';
  const r = oneLine(role);
  const c = oneLine(company);
  const what = r ? job(r, noun) : noun;
  return c ? `the ${what} at ${c}` : `the ${what}`;
}

/** A subject line: "Withdrawing my application — Product Designer role", or the head alone. */
export function subjectLine(head: string, role: string, company: string): string {
  const r = oneLine(role);
  const about = r ? job(r, 'role') : oneLine(company);
  return about ? `${head} — ${about}` : head;
}

/**
 * "{lead} {user text}." with the text lowered where a capital only marked the start of
 * a line, or '' when the user left the field empty, so the sentence is dropped whole.
 */
export function about(lead: string, text: unknown): string {
  const said = oneLine(text);
  return said ? closeSentence(`${lead} ${midSentence(said)}`) : '';
}

/**
 * The message: greeting, paragraphs of sentences (empty ones dropped, so a blank field
 * leaves no gap), and the signature: sign-off, name, and the phone when `withPhone`.
 */
export function letter(
  greetingLine: string,
  paragraphs: readonly (readonly string[])[],
  signOff: string,
  candidate: Candidate,
  withPhone: boolean,
): string {
  const signature = [signOff, oneLine(candidate.name), withPhone ? oneLine(candidate.phone) : '']
    .filter(Boolean)
    .join('\n');
  return [
    greetingLine,
    ...paragraphs.map((sentences) => sentences.filter(Boolean).join(' ')),
    signature,
  ]
    .filter(Boolean)
    .join('\n\n');
}
