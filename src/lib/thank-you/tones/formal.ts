import { closeSentence, type ToneWording } from '../wording';

/** The formal tone: full names, measured wording. */
export const FORMAL: ToneWording = {
  greeting: (name) => (name ? `Dear ${name},` : 'Dear Hiring Team,'),
  thanks: [
    (position, met) =>
      `${closeSentence(`Thank you for the opportunity to discuss ${position}`)} It was a pleasure ${met}.`,
    (position, met) =>
      closeSentence(
        `It was a pleasure ${met}, and I am grateful for the opportunity to discuss ${position}`,
      ),
    (position, met) =>
      `${closeSentence(`I appreciate the time you took to discuss ${position}`)} I very much enjoyed ${met}.`,
  ],
  firstTopic: [
    'I particularly valued our discussion of',
    'Of particular interest to me was our conversation about',
    'I found it especially valuable to discuss',
  ],
  secondTopic: [
    'I also appreciated your insights on',
    'I was also glad to learn more about',
    'Thank you as well for your perspective on',
  ],
  rapport: [
    'It was a pleasure, too, to talk about',
    'I very much enjoyed our exchange about',
    'I also enjoyed our conversation about',
  ],
  qualifications: [
    (short) =>
      `Our discussion confirmed my interest in ${short} and what I could contribute to it:`,
    (short) => `I believe ${short} is a strong match for my experience:`,
    (short) =>
      `I am confident that I could contribute to ${short} from the outset, drawing on my experience:`,
  ],
  learned: [
    'I also valued learning how the team works and what success would look like in the first months.',
    'It was helpful to understand how the team is organised and what you expect of the new hire.',
    'Your overview of the team and its priorities for the coming months was particularly useful.',
  ],
  news: [
    'I was also pleased to read the recent news:',
    'I read the recent news with interest, too:',
    'I was also interested to read the recent news:',
  ],
  interest: [
    (team) => `I remain very interested in joining ${team}.`,
    (team) => `I am enthusiastic about the prospect of joining ${team}.`,
    (team) => `I would welcome the opportunity to join ${team}.`,
  ],
  offer: [
    'Please let me know if I can provide any further information.',
    'Should any further information be helpful, I would be glad to provide it.',
    'I would be happy to provide references or any other information you may need.',
  ],
  signOff: ['Kind regards,', 'With best regards,', 'Best regards,'],
  topicCount: 2,
  qualificationCount: 2,
  usesRapport: true,
  positionNoun: 'position',
  unnamedTeam: 'your team',
};
