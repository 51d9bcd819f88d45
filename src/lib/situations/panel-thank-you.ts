// The panel option: one thank-you to the panel's lead with the other members copied
// (src/docs/facts.md, "Thank-you email": a few sources accept
// it, one email per person stays the default). Everyone reads the same email, so it
// greets them all, and each person's own topic is tied to their name in a sentence of
// its own: a topic attached to the wrong person is the mistake a panel notices first.
// Two members with the same first name are both called by their full names.
import { joinList, midSentence } from '../messages/grammar';
import { capitalized, firstName, oneLine, points } from '../thank-you/wording';
import type { Tone } from '../workspace/schema';
import {
  about,
  inTone,
  jobPhrase,
  letter,
  type ByTone,
  type Candidate,
  type DraftText,
} from './letter';
import { promisedItemSentence, type PromisedItem } from './promised-items';

/** One person on the panel. */
export interface PanelMember {
  name: string;
  /** What the candidate discussed with this person, as it reads after "our conversation about". */
  topic?: string;
}

/** What a panel thank-you is built from. */
export interface PanelThankYouInput {
  candidate: Candidate;
  company: string;
  role: string;
  tone: Tone;
  /** The person the email is addressed to. */
  lead: PanelMember;
  /** Everyone else on the panel, copied. */
  others: readonly PanelMember[];
  /** The candidate's strengths, one per line; the first two are mentioned. */
  qualifications?: string;
  promised?: readonly PromisedItem[];
  /** On site, the panel "met" the candidate; otherwise they "spoke with" them. */
  format?: 'on-site' | 'video' | 'phone';
}

/** The email, with whom to send it to and whom to copy, by name. */
export interface PanelThankYouDraft extends DraftText {
  /** The lead's name as typed, on one line ('' without one). */
  to: string;
  /** The other members' names as typed, on one line each, blanks left out. */
  cc: string[];
}

/** Each tone's sentences; `leads` rotate so a long panel does not read as a form. */
interface Wording {
  greeting(names: string): string;
  nobody: string;
  thanks(job: string, met: string): string;
  leads: readonly ((name: string) => string)[];
  unnamed: string;
  alsoMet(names: string): string;
  general: string;
  qualifications(shortJob: string): string;
  interest(team: string): string;
  unnamedTeam: string;
  offer: string;
  signOff: string;
}

const WORDING: ByTone<Wording> = {
  warm: {
    greeting: (names) => `Hi ${names},`,
    nobody: 'Hi all,',
    thanks: (job, met) => `Thank you all for taking the time to ${met} about ${job}.`,
    leads: [
      (n) => `${n}, I especially enjoyed our conversation about`,
      (n) => `${n}, it was great to hear your thoughts on`,
      (n) => `${n}, thank you for your insight into`,
      (n) => `${n}, I also appreciated hearing about`,
    ],
    unnamed: 'I also enjoyed our conversation about',
    alsoMet: (names) => `It was a pleasure to meet ${names} as well.`,
    general: 'It was a pleasure to meet you all and to hear how the team works.',
    qualifications: (job) =>
      `I left even more excited about ${job} and about what I could bring to it:`,
    interest: (team) =>
      `I'm very interested in joining ${team} and look forward to hearing about next steps.`,
    unnamedTeam: 'the team',
    offer:
      "If anything else would help, such as work samples or references, I'd be happy to send it.",
    signOff: 'Best wishes,',
  },
  formal: {
    greeting: (names) => `Dear ${names},`,
    nobody: 'Dear Hiring Panel,',
    thanks: (job) => `Thank you for the time you each gave me to discuss ${job}.`,
    leads: [
      (n) => `I particularly valued my conversation with ${n} about`,
      (n) => `I am also grateful to ${n} for the discussion of`,
      (n) => `I also appreciated hearing from ${n} about`,
    ],
    unnamed: 'I also valued our discussion of',
    alsoMet: (names) => `It was a pleasure, too, to meet ${names}.`,
    general: 'It was a pleasure to meet you and to learn how the team works.',
    qualifications: (job) =>
      `Our conversation confirmed my interest in ${job} and what I could contribute to it:`,
    interest: (team) =>
      `I remain very interested in joining ${team} and look forward to hearing from you.`,
    unnamedTeam: 'your team',
    offer: 'Please let me know if I can provide any further information.',
    signOff: 'Kind regards,',
  },
  concise: {
    greeting: (names) => `Hi ${names},`,
    nobody: 'Hello all,',
    thanks: (job) => `Thank you all for your time and the conversation about ${job}.`,
    leads: [
      (n) => `${n}, I enjoyed discussing`,
      (n) => `${n}, thanks for your thoughts on`,
      (n) => `${n}, I appreciated hearing about`,
    ],
    unnamed: 'I also enjoyed discussing',
    alsoMet: (names) => `It was good to meet ${names} too.`,
    general: 'It was good to meet you all and to hear how the team works.',
    qualifications: (job) => `I'm excited about ${job} and what I'd bring to it:`,
    interest: (team) =>
      `I'm very interested in joining ${team} and happy to send anything else that helps.`,
    unnamedTeam: 'the team',
    offer: '',
    signOff: 'Best regards,',
  },
};

/**
 * How each member is named: first names (full names when formal), except that members
 * who share a first name are both called by their full names.
 */
function displayNames(names: readonly string[], tone: Tone): string[] {
  const firsts = names.map((name) => firstName(name).toLowerCase());
  return names.map((name, i) =>
    tone === 'formal' || firsts.some((first, j) => j !== i && first === firsts[i])
      ? name
      : firstName(name),
  );
}

/**
 * One thank-you to a panel, addressed to the lead with the others copied: greets every
 * member by name, thanks them all, ties each member's topic to that member alone,
 * names the members without a topic in one sentence, then up to two qualifications,
 * what was promised and when, continued interest and an offer to send more; signed
 * with name and phone. `MESSAGE_LIMITS.panelThankYou` (110–220 words for a panel of
 * two to four). Members without a name are not greeted or copied, and their topic is
 * kept without a name. Never throws on any text.
 */
export function draftPanelThankYou(input: PanelThankYouInput): PanelThankYouDraft {
  const { tone } = input;
  const w = inTone(WORDING, tone);
  const members = [input.lead, ...input.others].map((member) => ({
    name: oneLine(member.name),
    topic: oneLine(member.topic),
  }));
  const named = members.filter((member) => member.name);
  const shown = new Map(
    displayNames(
      named.map((member) => member.name),
      tone,
    ).map((display, i) => [named[i], display]),
  );

  let turn = 0;
  const topics = members
    .filter((member) => member.topic)
    .map((member) => {
      const display = shown.get(member);
      if (!display) return about(w.unnamed, member.topic);
      const lead = w.leads[turn++ % w.leads.length]!;
      // A name may start the sentence ("émile, …"), and a sentence starts with a capital.
      return about(lead(capitalized(display)), member.topic);
    });
  const topicless = named.filter((member) => !member.topic).map((member) => shown.get(member)!);
  const people =
    topics.length === 0
      ? [w.general]
      : [...topics, topicless.length ? w.alsoMet(joinList(topicless)) : ''];

  const company = oneLine(input.company);
  const qualifications = points(input.qualifications).slice(0, 2);
  const body = letter(
    named.length ? w.greeting(joinList([...shown.values()])) : w.nobody,
    [
      [
        w.thanks(
          jobPhrase(input.role, company, tone),
          input.format === 'on-site' ? 'meet with me' : 'speak with me',
        ),
      ],
      people,
      [
        about(
          w.qualifications(jobPhrase(input.role, '', tone)),
          joinList(qualifications.map((line) => midSentence(line.replace(/[\s.;:]+$/u, '')))),
        ),
      ],
      [
        promisedItemSentence(input.promised ?? [], { tone }),
        w.interest(company || w.unnamedTeam),
        w.offer,
      ],
    ],
    w.signOff,
    input.candidate,
    true,
  );
  const role = oneLine(input.role);
  return {
    subject: role
      ? `Thank you — ${role} panel interview`
      : company
        ? `Thank you — ${company} panel interview`
        : 'Thank you for the panel interview',
    body,
    to: members[0]!.name,
    cc: members.slice(1).flatMap((member) => (member.name ? [member.name] : [])),
  };
}
