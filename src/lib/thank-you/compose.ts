// The first draft of a thank-you email, one per interviewer (src/docs/facts.md,
// "Thank-you email"), in the wording of one tone. The tones live apart (tones/*.ts) so
// the builder can fetch the two it does not start with only when the user picks them. The
// wording rotates with the interviewer's place in the list, and so do the
// qualifications it mentions, so two people on the same panel who compare notes do not
// find the same email with the names swapped.

import { joinList, midSentence } from '../messages/grammar';
import { MESSAGE_LIMITS } from '../messages/message-limits';
import { wordCount } from '../messages/text-stats';
import { promisedItemSentence, type PromisedItem } from '../situations/promised-items';
import type { Application, Person, Profile, Round, Tone } from '../workspace/schema';
import { closeSentence, oneLine, points, type Phrasings, type ToneWording } from './wording';

/** Everything a thank-you draft is built from. */
export interface ThankYouInput {
  /** The company, role and qualifications to reaffirm. */
  application: Pick<Application, 'company' | 'role' | 'qualifications'>;
  /** The round it thanks them for: how it was held, and who was met (the order sets the wording). */
  round: Pick<Round, 'format' | 'met'>;
  /** The person it goes to. */
  interviewer: Person;
  profile: Pick<Profile, 'name' | 'phone'>;
  tone: Tone;
  /** A recent company news item the user wants to mention, as they wrote it. */
  extraDetail?: string;
  /** What the candidate promised this interviewer, and when it will be sent. */
  promised?: readonly PromisedItem[];
}

/** A generated email, ready to edit. */
export interface EmailDraft {
  subject: string;
  body: string;
}

/** A stable small number per interviewer: their place among the people met, else one from their id. */
function variantIndex(round: ThankYouInput['round'], interviewer: Person): number {
  const place = Array.isArray(round.met) ? round.met.indexOf(interviewer.id) : -1;
  if (place >= 0) return place;
  let hash = 0;
  for (const char of String(interviewer.id ?? ''))
    hash = (hash * 31 + (char.codePointAt(0) ?? 0)) % 1009;
  return hash;
}

/**
 * Picks a phrasing for one sentence. The first three interviewers get the first,
 * second and third phrasing throughout; later ones get a mix that differs by sentence
 * (`slot`), so the fourth does not repeat the first word for word.
 */
function pick<T>(choices: Phrasings<T>, variant: number, slot: number): T {
  return choices[(variant + slot * Math.floor(variant / 3)) % 3] ?? choices[0];
}

/** One or two qualification lines, starting at a different one for each interviewer. */
function qualificationsFor(all: string[], variant: number, count: number): string[] {
  if (all.length === 0) return [];
  const start = variant % all.length;
  return [...all.slice(start), ...all.slice(0, start)].slice(0, Math.min(count, all.length));
}

/**
 * The qualification lines after a colon, lowered and joined as prose ("five years of SQL
 * and dbt, and built self-serve dashboards"); a line that ends a sentence of its own is
 * followed by the next as a sentence.
 */
function listed(lines: string[]): string {
  const [first, second] = lines.map(midSentence);
  if (first === undefined || second === undefined) return first ?? '';
  return closeSentence(first) === first ? `${first} ${lines[1]}` : joinList([first, second]);
}

/** The words that name the job: "the Product Designer role at Acme", down to "the role". */
function positionPhrase(role: string, company: string, noun: 'role' | 'position'): string {
  const job = role ? (/\b(?:role|position|job)$/i.test(role) ? role : `${role} ${noun}`) : noun;
  return company ? `the ${job} at ${company}` : `the ${job}`;
}

/**
 * Each sentence's number for {@link pick}. The six that every tone's draft has come
 * first and in a row, so from the fourth interviewer on they cycle through all three
 * phrasings instead of repeating one colleague's.
 */
const SLOT = {
  thanks: 0,
  firstTopic: 1,
  qualifications: 2,
  news: 3,
  interest: 4,
  signOff: 5,
  secondTopic: 6,
  rapport: 7,
  offer: 8,
  learned: 9,
} as const;

/**
 * "{lead} {user text}." — or nothing at all when the user left that field empty. A note
 * typed with a capital, as the first word of a line is, loses it mid-sentence.
 */
function about(lead: string, userText: string | undefined): string {
  return userText ? closeSentence(`${lead} ${midSentence(userText)}`) : '';
}

/** Sentences joined into a paragraph, skipping the ones that had nothing to say. */
function paragraph(...sentences: string[]): string {
  return sentences.filter(Boolean).join(' ');
}

/**
 * A plain-text thank-you email to one interviewer, in the chosen tone: thanks for the
 * conversation, one or two of the points the user noted for that person, one or two
 * of their qualifications, optional company news, when each promised item will arrive
 * (`promised`), continued interest, an offer to send more, and their signature. Every
 * tone falls in `MESSAGE_LIMITS.thankYou`'s target (100–180 words) once topics and
 * qualifications are filled in; concise gets there in shorter sentences. The user's
 * notes appear as they typed them (whitespace within a line collapsed), except that a
 * first word capitalised only because it began the line is lowered mid-sentence; an
 * empty field drops its sentence rather than leaving a gap.
 */
export function composeThankYouEmail(input: ThankYouInput, wording: ToneWording): EmailDraft {
  const { application, round, interviewer, profile } = input;
  const variant = variantIndex(round, interviewer);

  const role = oneLine(application.role);
  const company = oneLine(application.company);
  const position = positionPhrase(role, company, wording.positionNoun);
  const shortPosition = positionPhrase(role, '', wording.positionNoun);
  const met = round.format === 'on-site' ? 'meeting you' : 'speaking with you';

  const topics = points(interviewer.topics);
  const [firstRapport] = points(interviewer.rapport);
  // With no topics noted, the rapport line is the one personal detail left, so even the
  // concise tone keeps it.
  const rapport = wording.usesRapport || topics.length === 0 ? firstRapport : undefined;
  const qualifications = qualificationsFor(
    points(application.qualifications),
    variant,
    wording.qualificationCount,
  );
  const news = oneLine(input.extraDetail);

  const thanks = pick(wording.thanks, variant, SLOT.thanks)(position, met);
  const rest = [
    paragraph(
      about(pick(wording.firstTopic, variant, SLOT.firstTopic), topics[0]),
      wording.topicCount > 1
        ? about(pick(wording.secondTopic, variant, SLOT.secondTopic), topics[1])
        : '',
      about(pick(wording.rapport, variant, SLOT.rapport), rapport),
    ),
    paragraph(
      about(
        pick(wording.qualifications, variant, SLOT.qualifications)(shortPosition),
        listed(qualifications),
      ),
      about(pick(wording.news, variant, SLOT.news), news),
    ),
    paragraph(
      promisedItemSentence(input.promised ?? [], { tone: input.tone }),
      pick(wording.interest, variant, SLOT.interest)(company || wording.unnamedTeam),
      pick(wording.offer, variant, SLOT.offer),
    ),
    [pick(wording.signOff, variant, SLOT.signOff), oneLine(profile.name), oneLine(profile.phone)]
      .filter(Boolean)
      .join('\n'),
  ];
  const greeting = wording.greeting(oneLine(interviewer.name));
  const compose = (opening: string) => [greeting, opening, ...rest].filter(Boolean).join('\n\n');
  let body = compose(thanks);
  // Below the target's floor, a draft gets the general "what I learned" sentence too.
  if (wording.learned && wordCount(body) < MESSAGE_LIMITS.thankYou.target.min)
    body = compose(paragraph(thanks, pick(wording.learned, variant, SLOT.learned)));
  return { subject: thankYouSubject(role, company), body };
}

/** "Thank you — Product Designer interview", or the company, or neither. */
function thankYouSubject(role: string, company: string): string {
  if (role) return `Thank you — ${role} interview`;
  if (company) return `Thank you — ${company} interview`;
  return 'Thank you for the interview';
}
