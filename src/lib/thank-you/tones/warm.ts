import { closeSentence, firstName, type ToneWording } from '../wording';

/** The warm tone: first names, friendly and personal. The default. */
export const WARM: ToneWording = {
  greeting: (name) => (name ? `Hi ${firstName(name)},` : 'Hi there,'),
  thanks: [
    (position, met) =>
      `${closeSentence(`Thank you for taking the time to talk with me about ${position}`)} I really enjoyed ${met}.`,
    (position, met) =>
      closeSentence(
        `It was a real pleasure ${met}, and thank you for telling me more about ${position}`,
      ),
    (position, met) =>
      `${closeSentence(`I'm grateful for the time you took to walk me through ${position}`)} I enjoyed ${met} very much.`,
  ],
  firstTopic: [
    'What stayed with me most was our conversation about',
    'A highlight for me was our discussion of',
    'I especially enjoyed talking with you about',
  ],
  secondTopic: [
    'I also appreciated hearing your perspective on',
    'It was great to hear your thoughts on',
    'Thank you as well for your insight into',
  ],
  rapport: [
    'And it was fun to chat about',
    'I also enjoyed our chat about',
    'It was a nice bonus to talk about',
  ],
  qualifications: [
    (short) => `I left even more excited about ${short} and about what I could bring to it:`,
    (short) => `Learning more about ${short} confirmed how well it fits my experience:`,
    (short) =>
      `I came away confident that I could contribute quickly in ${short}, thanks to my experience:`,
  ],
  learned: [
    'It was also helpful to hear how the team works day to day and what success looks like in the first few months.',
    'I appreciated the clear picture you gave me of how the team works and what success looks like in the first few months.',
    'It was especially useful to understand how the team works together and what you hope the new hire will achieve.',
  ],
  news: [
    'I was also glad to see the recent news:',
    'I enjoyed reading the recent news, too:',
    'It was exciting to read the recent news as well:',
  ],
  interest: [
    (team) => `I'm very interested in joining ${team} and hope to hear from you soon.`,
    (team) => `I'd love to be part of ${team}, and I look forward to the next steps.`,
    (team) => `I'm more enthusiastic than ever about joining ${team}.`,
  ],
  offer: [
    "If it would help to see anything else, such as work samples or references, I'd be happy to send it.",
    "If anything else would be useful, just let me know and I'll send it over.",
    "Please don't hesitate to ask if there's anything more I can share.",
  ],
  signOff: ['Best wishes,', 'Warm regards,', 'All the best,'],
  topicCount: 2,
  qualificationCount: 2,
  usesRapport: true,
  positionNoun: 'role',
  unnamedTeam: 'the team',
};
