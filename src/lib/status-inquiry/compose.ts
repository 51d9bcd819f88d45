// The status inquiry and the final follow-up (src/docs/facts.md, "Status inquiry and the
// hiring timeline"; guides/hiring-timeline.mdx and professionalism-and-tone.mdx). Unlike
// the thank-you, each goes to one person, so there is no panel to tell apart: one
// phrasing per sentence and tone keeps the page inside its JavaScript budget.
import { oneLine } from '../thank-you/wording';
import type { EmailDraft } from '../thank-you/compose';
import { closeSentence, firstName } from '../thank-you/wording';
import type { Application, Person, Profile, Tone } from '../workspace/schema';

/** Everything a status inquiry or final follow-up is built from. */
export interface StatusInquiryInput {
  /** The company, role and qualifications. */
  application: Pick<Application, 'company' | 'role' | 'qualifications'>;
  /** The person to write to: usually the recruiter or hiring manager. null greets the team. */
  interviewer: Person | null;
  profile: Pick<Profile, 'name' | 'phone'>;
  tone: Tone;
  /** The first inquiry, or the second and last one (hiring-timeline guide: at most two). */
  stage: 'first' | 'final';
  /** Their timeline as a phrase that follows "decide": "within two weeks", "by Friday"; '' if none. */
  timelineSummary: string;
  /**
   * Who gave the timeline, when it was not the person written to (the recruiter's
   * "1-2 weeks" in a note to the hiring manager): their name, so the warm draft says
   * "Sam mentioned" and never puts the words in the reader's mouth. '' or absent: the
   * reader said it, or nobody recorded who did.
   */
  timelineSaidBy?: string;
  /** When the interview was, as it should read after "on": "Tuesday 24 November"; '' if unknown. */
  interviewDateText: string;
  /** A recent company news item the user wants to mention, as they wrote it (first inquiry only). */
  newsDetail?: string;
}

/** One tone's wording. Leads that end in ':' are followed by the user's own text. */
interface Wording {
  greeting(name: string): string;
  intro(me: string, job: string): string;
  /** `by`: the first name of whoever gave the timeline, when not the reader; '' otherwise. */
  timeline(summary: string, by: string): string;
  interest(shortPosition: string): string;
  /** Joins `interest` to the qualification line that follows it. */
  bring: string;
  news: string;
  ask: string;
  offer: string;
  /** Ask and offer as one sentence, so a draft with both timeline and news stays at five. */
  askAndOffer: string;
  /** The whole final follow-up between greeting and sign-off. */
  final(position: string): string[];
  signOff: string;
  noun: 'role' | 'position';
}

// No "expect", "need", "ASAP" or "!" anywhere below: the tone guide's pressure words.
// The timeline sentence states that the time has passed as a fact, never as a reproach.
const WARM: Wording = {
  greeting: (name) => (name ? `Hi ${firstName(name)},` : 'Hi there,'),
  intro: (me, job) => `${me ? `I'm ${me}, and I` : 'I'} interviewed for ${job}`,
  timeline: (t, by) =>
    `${by || 'You'} mentioned the team hoped to decide ${t}, and as that time has now passed, I wanted to check in.`,
  interest: (short) => `I'm still very excited about ${short}`,
  bring: 'and what I could bring to it',
  news: 'I was also glad to see the recent news:',
  ask: 'Is there any news on the timeline you could share?',
  offer: "If there's anything else I can send to help, I'd be happy to.",
  askAndOffer:
    'Is there any news on the timeline you could share, or anything else I can send to help?',
  final: (position) => [
    `I'm still very interested in ${position}, so I wanted to follow up once more, knowing these decisions take time.`,
    'Is there any news you could share on where things stand?',
    "If the role has been filled, I'd be grateful to be considered for future openings.",
  ],
  signOff: 'Best wishes,',
  noun: 'role',
};

const FORMAL: Wording = {
  greeting: (name) => (name ? `Dear ${name},` : 'Dear Hiring Team,'),
  intro: (me, job) =>
    me
      ? `My name is ${me}, and I interviewed for ${job}`
      : `I am writing regarding my interview for ${job}`,
  timeline: (t) =>
    `I understood that the team hoped to reach a decision ${t}; as that time has now passed, I wanted to follow up.`,
  interest: (short) => `I remain very interested in ${short}`,
  bring: 'and confident in what I could contribute',
  news: 'I was also pleased to read the recent news:',
  ask: 'Would you be able to share any update on the timeline?',
  offer: 'Please let me know if I can provide any further information.',
  askAndOffer:
    'Would you be able to share any update on the timeline, and is there any further information I can provide?',
  // The request as a statement, as in the guide's own final follow-up: a formal reader
  // takes "would welcome any update" as the question it is.
  final: (position) => [
    `I am writing once more regarding ${position}, with appreciation for the time these decisions take.`,
    'I remain very interested in the position and would welcome any update on where things stand.',
    'Should the position have been filled, I would be grateful to be considered for future openings.',
  ],
  signOff: 'Kind regards,',
  noun: 'position',
};

const CONCISE: Wording = {
  greeting: (name) => (name ? `Hi ${firstName(name)},` : 'Hello,'),
  intro: (me, job) =>
    `${me ? `${me} here, following up` : "I'm following up"} on my interview for ${job}`,
  timeline: (t) => `The team hoped to decide ${t}; as that time has passed, I wanted to check in.`,
  interest: (short) => `I'm still very interested in ${short}`,
  bring: "and what I'd bring to it",
  news: 'I also saw the recent news:',
  ask: 'Is there any update on the timeline?',
  offer: "I'm happy to send anything else that would help.",
  askAndOffer: 'Is there any update on the timeline, or anything else I can send?',
  final: (position) => [
    `I'm still very interested in ${position}; is there any update on where things stand?`,
    "If the role has been filled, I'd be grateful to be considered for future openings.",
  ],
  signOff: 'Best regards,',
  noun: 'role',
};

const WORDING: Record<Tone, Wording> = { warm: WARM, formal: FORMAL, concise: CONCISE };

/**
 * The first point of a one-point-per-line field, minus a leading list marker ("- ",
 * "1. "): how people type a list, not part of the point. Same rule as the thank-you.
 */
function firstPoint(text: unknown): string {
  if (typeof text !== 'string') return '';
  for (const line of text.split(/\r\n|[\n\r\u2028\u2029\v\f\x85]/)) {
    const point = oneLine(line).replace(/^(?:[-*•·–—▪‣●]|\d{1,2}[.)])\s+/u, '');
    if (point) return point;
  }
  return '';
}

/** "the Product Designer role at Acme", down to "the role"; no "Designer role role". */
function positionPhrase(role: string, company: string, noun: string): string {
  const job = role ? (/\b(?:role|position|job)$/i.test(role) ? role : `${role} ${noun}`) : noun;
  return company ? `the ${job} at ${company}` : `the ${job}`;
}

/**
 * A plain-text status inquiry in the chosen tone.
 *
 * `first`: greeting; who the user is, the role and when they interviewed; that the
 * stated timeline has passed (only when `timelineSummary` is given); continued interest
 * with the first line of `interview.qualifications`; optional news; a question about the
 * timeline; an offer to send anything else; sign-off with name and phone. Four or five
 * sentences, as the hiring-timeline guide advises.
 *
 * `final`: two (concise) or three sentences: still interested, one more polite ask, and
 * the door left open for future openings. It does not repeat the case for the job and
 * signs with the name only, like the guide's example.
 *
 * User text appears as typed (whitespace within a line collapsed); an empty field drops
 * its words, never leaving "undefined" or a gap. Never throws.
 */
export function draftStatusInquiry(input: StatusInquiryInput): EmailDraft {
  const { application, interviewer, profile, stage } = input;
  const w = WORDING[input.tone] ?? WARM;
  const role = oneLine(application?.role);
  const company = oneLine(application?.company);
  const me = oneLine(profile?.name);
  const position = positionPhrase(role, company, w.noun);
  const paragraphs: string[][] = [];

  if (stage === 'final') {
    paragraphs.push(w.final(position));
  } else {
    const date = oneLine(input.interviewDateText);
    const timeline = oneLine(input.timelineSummary);
    const qualification = firstPoint(application?.qualifications);
    const news = oneLine(input.newsDetail);
    const interest = w.interest(positionPhrase(role, '', w.noun));
    paragraphs.push(
      [
        closeSentence(w.intro(me, date ? `${position} on ${date}` : position)),
        timeline ? w.timeline(timeline, firstName(oneLine(input.timelineSaidBy))) : '',
      ],
      [
        closeSentence(qualification ? `${interest} ${w.bring}: ${qualification}` : interest),
        news ? closeSentence(`${w.news} ${news}`) : '',
      ],
      timeline && news ? [w.askAndOffer] : [w.ask, w.offer],
    );
  }

  // The phone goes under the name in the first inquiry only, as in the guide's examples.
  const signature = [w.signOff, me, stage === 'final' ? '' : oneLine(profile?.phone)]
    .filter(Boolean)
    .join('\n');
  const body = [
    w.greeting(oneLine(interviewer?.name)),
    ...paragraphs.map((p) => p.filter(Boolean).join(' ')),
    signature,
  ].join('\n\n');
  return { subject: subjectFor(stage, role, company), body };
}

/** "Following up — Product Designer interview" / "Checking in once more — Product Designer role". */
function subjectFor(stage: 'first' | 'final', role: string, company: string): string {
  if (stage === 'final') {
    if (role)
      return `Checking in once more — ${/\b(?:role|position|job)$/i.test(role) ? role : `${role} role`}`;
    return company
      ? `Checking in once more — ${company} interview`
      : 'Checking in once more on my application';
  }
  return role || company
    ? `Following up — ${role || company} interview`
    : 'Following up on my interview';
}
