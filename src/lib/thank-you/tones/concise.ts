import { closeSentence, firstName, capitalized, type ToneWording } from '../wording';

/**
 * The concise tone: short sentences for busy readers, yet within the thank-you range
 * (`MESSAGE_LIMITS.thankYou`, 100–180 words): it once gave 73 words against the
 * 100–180 its own counter showed. It now names two topics and two qualifications like
 * the others, and a sparse draft gets the short "what I learned" sentence; it still skips
 * rapport and the separate offer, so it stays the shortest of the three.
 */
export const CONCISE: ToneWording = {
  greeting: (name) => (name ? `Hi ${firstName(name)},` : 'Hello,'),
  thanks: [
    (position, met) => closeSentence(`Thank you for your time; I enjoyed ${met} about ${position}`),
    (position, met) =>
      closeSentence(`Thanks for your time, and it was great ${met} about ${position}`),
    (position, met) =>
      `${closeSentence(`It was a pleasure ${met} about ${position}`)} Thank you for your time.`,
  ],
  firstTopic: [
    'I especially enjoyed discussing',
    'A highlight for me was talking about',
    'I particularly enjoyed hearing about',
  ],
  secondTopic: [
    'I also enjoyed hearing about',
    'It was great to hear about',
    'I also appreciated hearing about',
  ],
  rapport: [
    'I enjoyed our chat about',
    'It was fun to talk about',
    'I especially enjoyed talking about',
  ],
  qualifications: [
    (short) => `I'm excited about ${short} and what I'd bring to it:`,
    (short) => `${capitalized(short)} is a great match for my background:`,
    (short) => `I'd love to bring my experience to ${short}:`,
  ],
  learned: [
    'It was also useful to hear how the team works day to day and what success looks like.',
    'It also helped to hear how the team works and what you hope the new hire will achieve.',
    'It was also good to learn how the team works and what the first few months would involve.',
  ],
  news: [
    'Great to see the recent news, too:',
    'I also enjoyed the recent news:',
    'Congratulations on the recent news:',
  ],
  interest: [
    () => "I'm very interested in the role, so please let me know if I can send anything else.",
    () => "I'm keen on the role and happy to send anything else you need.",
    () => "I'm very interested in the role and would be glad to send anything else that helps.",
  ],
  offer: ['', '', ''],
  signOff: ['Best,', 'Thanks again,', 'Best regards,'],
  topicCount: 2,
  qualificationCount: 2,
  usesRapport: false,
  positionNoun: 'role',
  unnamedTeam: 'the team',
};
