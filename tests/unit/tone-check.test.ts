import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkTone,
  warmUpToneCheck,
  type Finding,
  type MessageKind,
  type RuleId,
  type ToneOptions,
} from '../../src/lib/tone/tone-check';
import { draftActionItemEmail } from '../../src/lib/action-items/action-item-email';
import { noteLength } from '../../src/lib/linkedin/count';
import { MESSAGE_LIMITS } from '../../src/lib/messages/message-limits';
import { wordCount } from '../../src/lib/messages/text-stats';
import { draftHandwrittenNote } from '../../src/lib/handwritten-note/note-card';
import { draftStatusInquiry } from '../../src/lib/status-inquiry/compose';
import { draftThankYouEmail } from '../../src/lib/thank-you/templates';
import {
  draftAcceptedMessage,
  draftConnectionNote,
  personalDetails,
} from '../../src/lib/linkedin/messages';
import corpus from '../tone-corpus.json';
import { loadModel } from '../../src/lib/tone/tone-model';
import weights from '../../src/lib/tone/tone-weights';
import { interview, person } from './fixtures';
import type { Profile, Tone } from '../../src/lib/workspace/schema';

/** The classifier as the checker loads it beside a draft: the kit's drafts pass with it too. */
const model = loadModel(weights);

const LINKEDIN_FREE_CHARS = MESSAGE_LIMITS.linkedinNote.free.max;
const LINKEDIN_MAX_CHARS = MESSAGE_LIMITS.linkedinNote.premium.max;

interface Labelled {
  id: string;
  kind: MessageKind;
  text: string;
  pushy: boolean;
  expect: RuleId[];
}

const MESSAGES = corpus as Labelled[];
const KINDS: MessageKind[] = [
  'thank-you-email',
  'handwritten-note',
  'linkedin',
  'status-inquiry',
  'final-follow-up',
  'action-item',
  'other',
];
const RULES: RuleId[] = [
  'pushy',
  'ultimatum',
  'guilt',
  'repeated-check-in',
  'exclamations',
  'shouting',
  'negativity',
  'passive-aggressive',
  'sarcasm',
  'entitlement',
  'over-familiarity',
  'too-long',
  'too-short',
  'no-greeting',
  'no-sign-off',
  'too-soon',
];

const warnings = (findings: Finding[]) => findings.filter((f) => f.severity === 'warning');
const summary = (findings: Finding[]) =>
  findings.map((f) => `${f.severity} ${f.rule}: "${f.words}"`);

/** Every finding's offsets point at its words, and it explains itself in one sentence. */
function expectWellFormed(text: string, findings: Finding[]) {
  for (const f of findings) {
    expect(RULES).toContain(f.rule);
    expect(['warning', 'suggestion']).toContain(f.severity);
    expect(0 <= f.start && f.start <= f.end && f.end <= text.length).toBe(true);
    expect(f.words).toBe(text.slice(f.start, f.end));
    expect(f.why).toMatch(/^\S.*[.]$/s);
    expect(f.suggestion.trim()).not.toBe('');
    // A rewrite covers the whole sentence around the words, and only wording gets one.
    if (f.rewrite) {
      expect(f.rewrite.start <= f.start && f.end <= f.rewrite.end).toBe(true);
      expect(f.rewrite.end <= text.length).toBe(true);
      expect(f.rewrite.text.trim()).not.toBe('');
    } else
      expect(
        f.words === '' ||
          f.severity === 'suggestion' ||
          /^(exclamations|shouting|too-long)$/.test(f.rule),
      ).toBe(true);
  }
}

describe('the labelled corpus (tests/tone-corpus.json)', () => {
  it('is large, balanced and covers every kind', () => {
    expect(MESSAGES.length).toBeGreaterThanOrEqual(220);
    expect(new Set(MESSAGES.map((m) => m.id)).size).toBe(MESSAGES.length);
    const pushy = MESSAGES.filter((m) => m.pushy).length;
    expect(pushy / MESSAGES.length).toBeGreaterThan(0.4);
    expect(pushy / MESSAGES.length).toBeLessThan(0.6);
    for (const kind of KINDS)
      expect(
        MESSAGES.some((m) => m.kind === kind),
        kind,
      ).toBe(true);
    for (const m of MESSAGES) {
      for (const rule of m.expect) expect(RULES).toContain(rule);
      if (m.pushy) expect(m.expect.length, m.id).toBeGreaterThan(0);
    }
  });

  it('flags problematic messages with precision and recall of at least 0.95', () => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    const misses: string[] = [];
    for (const m of MESSAGES) {
      const flagged = warnings(checkTone(m.text, { kind: m.kind })).length > 0;
      if (flagged && m.pushy) truePositives += 1;
      if (flagged && !m.pushy) falsePositives += 1;
      if (!flagged && m.pushy) falseNegatives += 1;
      if (flagged !== m.pushy) misses.push(m.id);
    }
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / (truePositives + falseNegatives);
    console.log(
      `tone-check corpus: ${MESSAGES.length} messages, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}${misses.length ? `, misclassified: ${misses.join(', ')}` : ''}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it.each(MESSAGES.map((m) => [m.id, m] as const))('%s: finds the expected rules', (_id, m) => {
    const findings = checkTone(m.text, { kind: m.kind });
    expectWellFormed(m.text, findings);
    const rules = new Set(findings.map((f) => f.rule));
    for (const rule of m.expect)
      expect(rules.has(rule), `${rule} in ${JSON.stringify(summary(findings))}`).toBe(true);
    // Fine messages are defined as ones that must not draw a single warning.
    if (!m.pushy) expect(summary(warnings(findings))).toEqual([]);
  });
});

/** The one finding of `rule` in `text`; fails if there is none. */
function only(text: string, rule: RuleId, kind: MessageKind = 'other'): Finding {
  const findings = checkTone(text, { kind }).filter((f) => f.rule === rule);
  expect(findings, `${rule} in ${JSON.stringify(text)}`).toHaveLength(1);
  expectWellFormed(text, findings);
  return findings[0]!;
}

function rulesIn(text: string, kind: MessageKind = 'other'): RuleId[] {
  return checkTone(text, { kind }).map((f) => f.rule);
}

/** A message with greeting and sign-off, so only the sentence under test can draw a finding. */
const letter = (sentence: string) => `Hi Priya,\n\n${sentence}\n\nBest regards,\nSam Rivera`;

describe('checkTone: phrases', () => {
  it.each([
    ['pushy', 'Could you reply ASAP?', 'ASAP'],
    ['pushy', 'I need an answer by Friday.', 'I need an answer'],
    ['pushy', 'Please let me know as soon as possible.', 'let me know as soon as possible'],
    ['pushy', 'I expect to hear from you by Friday.', 'I expect to hear'],
    ['pushy', 'Why haven’t you replied?', 'Why haven’t'],
    ['pushy', 'You never got back to me after the interview.', 'You never got back'],
    ['pushy', 'Please get back to me by Monday.', 'get back to me by'],
    ['pushy', 'I demand a decision.', 'I demand'],
    [
      'ultimatum',
      'If I don’t hear back by Friday, I will take the other role.',
      'If I don’t hear back by Friday, I will',
    ],
    [
      'ultimatum',
      'Reply soon, otherwise I’ll accept another offer.',
      'otherwise I’ll accept another',
    ],
    ['ultimatum', 'This is your last chance to decide.', 'last chance'],
    ['guilt', 'I’ve been waiting for weeks.', 'I’ve been waiting for weeks'],
    ['guilt', 'There is still no word from anyone.', 'still no word'],
    ['guilt', 'I thought you would have decided.', 'I thought you would have'],
    ['guilt', 'I was disappointed that nobody wrote.', 'disappointed that'],
    ['repeated-check-in', 'I am following up again on my application.', 'following up again'],
    ['repeated-check-in', 'Just checking in again about the role.', 'checking in again'],
    [
      'repeated-check-in',
      'As I said in my last email, I am interested.',
      'As I said in my last email',
    ],
    ['repeated-check-in', 'This is the third time I have written.', 'third time'],
    [
      'negativity',
      'My last manager was frankly terrible at planning.',
      'My last manager was frankly terrible',
    ],
    ['negativity', 'My old company was terrible.', 'My old company was terrible'],
    ['negativity', 'The previous team was incompetent.', 'The previous team was incompetent'],
    ['negativity', 'I left because the culture was toxic.', 'the culture was toxic'],
  ] as const)('%s: %s', (rule, sentence, words) => {
    const text = letter(sentence);
    const finding = only(text, rule);
    expect(finding.severity).toBe('warning');
    expect(finding.words).toBe(words);
    expect(finding.start).toBe(text.indexOf(words));
  });

  it('matches regardless of case, line breaks and curly or straight apostrophes', () => {
    expect(only(letter('i EXPECT TO HEAR back.'), 'pushy').words).toBe('i EXPECT TO HEAR');
    expect(only(letter('I’ve been\nwaiting for weeks.'), 'guilt').words).toBe(
      'I’ve been\nwaiting for weeks',
    );
    expect(only(letter("Why haven't you called?"), 'pushy').words).toBe("Why haven't");
    expect(only(letter('Why have you not called?'), 'pushy').words).toBe('Why have you not');
  });

  it('gives the guide’s rewrite for each kind of pressure', () => {
    expect(only(letter('Why haven’t you replied?'), 'pushy').suggestion).toBe(
      'I wanted to follow up on my earlier note.',
    );
    expect(only(letter('I expect to hear from you.'), 'pushy').suggestion).toMatch(
      /^I understood you hoped to decide around now/,
    );
    expect(only(letter('I really need this job.'), 'pushy').suggestion).toBe(
      "I'm still very interested in the role.",
    );
    expect(only(letter('I need an answer today.'), 'pushy').suggestion).toBe(
      'Is there any update on the timeline?',
    );
    expect(
      only(letter('If I don’t hear back, I’ll take another offer.'), 'ultimatum').suggestion,
    ).toBe('I have another offer to answer soon; is an update on your timeline possible?');
  });

  it('leaves polite wording alone', () => {
    for (const sentence of [
      'Please let me know as soon as you’re able.',
      'I can start immediately, and I’ll send the references as soon as possible.',
      'I was immediately drawn to the project.',
      'I’ve received another offer and need to answer by May 14. Is an update possible before then?',
      'My last manager was a great mentor.',
      'I helped clean up toxic waste sites.',
      'Thank you again for your time.',
      'I’ll check in again next month if that suits you.',
      'I wanted to follow up once more, knowing these decisions take time.',
      'While I’m disappointed, I understand.',
      'I’ve been waiting for an opportunity like this.',
      // Everyday phrases that share words with the patterns.
      'I’d be grateful if you could reply when convenient.',
      'I loved seeing what’s taking shape in the new office.',
      'I’ve heard nothing but good things about your team.',
      'I thought you’d enjoy this article on warehouse robotics.',
      'Your commitment to do the right thing for patients stood out.',
      'I helped speed things up by automating the weekly report.',
      'We could meet Tuesday, or else Wednesday works.',
      'Otherwise, I’ll assume Thursday at 10 still works.',
      'I’ll arrive at 10 unless I hear otherwise.',
      'If you haven’t received the file by noon, I’ll resend it.',
      'I’ll send the updated deck as soon as possible.',
      'It’s frustrating for customers when checkout fails, so I rebuilt it.',
      'The team helped me through the worst of the launch.',
      'Those tools never let me down.',
      'I appreciated your straight answer about the salary band.',
      'The migration dragged on until I automated the checks.',
      'I checked again and the numbers match.',
    ]) {
      expect(warnings(checkTone(letter(sentence), { kind: 'status-inquiry' })), sentence).toEqual(
        [],
      );
    }
  });

  // The shapes real candidates use, beyond the guide's own examples.
  it.each([
    ['pushy', 'Please advise immediately.', 'advise immediately'],
    ['pushy', 'Kindly revert at the earliest.', 'revert at the earliest'],
    ['pushy', 'Please get back to me promptly.', 'get back to me promptly'],
    ['pushy', 'I would like you to reply by close of business.', 'reply by close of business'],
    ['pushy', 'Could you confirm right away whether I got the role?', 'confirm right away'],
    ['pushy', 'I’d appreciate a decision by end of day.', 'I’d appreciate a decision by'],
    ['pushy', 'I need to know today.', 'I need to know today'],
    ['pushy', 'I have another offer and need an answer by Thursday.', 'and need an answer'],
    ['pushy', 'I look forward to your prompt reply.', 'your prompt reply'],
    ['pushy', 'I’d have expected a reply by now.', 'I’d have expected a reply'],
    ['pushy', 'You still haven’t replied.', 'You still haven’t replied'],
    ['pushy', 'Why has nobody answered?', 'Why has nobody'],
    [
      'ultimatum',
      'Otherwise I’ll have to accept another offer.',
      'Otherwise I’ll have to accept another',
    ],
    [
      'ultimatum',
      'Unless I hear back by Friday, I will withdraw my application.',
      'Unless I hear back by Friday, I will withdraw',
    ],
    ['ultimatum', 'I will withdraw my application if I don’t hear back.', 'I will withdraw'],
    [
      'ultimatum',
      'If I hear nothing by Monday, I’ll take the other role.',
      'If I hear nothing by Monday, I’ll',
    ],
    ['ultimatum', 'I’m giving you until Friday.', 'giving you until'],
    ['guilt', 'I have been more than patient.', 'I have been more than patient'],
    ['guilt', 'It’s been weeks and nothing.', 'weeks and nothing'],
    ['guilt', 'It has been a month without a single reply.', 'a month without a single reply'],
    ['guilt', 'It’s a matter of common courtesy.', 'common courtesy'],
    ['guilt', 'I feel left in the dark.', 'left in the dark'],
    ['guilt', 'Honestly, I’ve been ghosted.', 'ghosted'],
    ['guilt', 'I’m losing patience.', 'losing patience'],
    ['repeated-check-in', 'This is my fourth email.', 'fourth email'],
    ['repeated-check-in', 'Yet another follow-up from me.', 'Yet another follow-up'],
    [
      'repeated-check-in',
      'As per my previous emails, I am interested.',
      'As per my previous emails',
    ],
    ['repeated-check-in', 'I’ve reached out several times.', 'reached out several times'],
    ['repeated-check-in', 'I’ve emailed you three times.', 'emailed you three times'],
    ['repeated-check-in', 'I’ve called 4 times.', 'called 4 times'],
    ['repeated-check-in', 'Once again, I’m writing about the role.', 'Once again, I’m writing'],
    ['repeated-check-in', 'I’m following up once again.', 'following up once again'],
    ['negativity', 'My old boss was a nightmare.', 'My old boss was a nightmare'],
    ['negativity', 'Unlike the other candidates, I prepared.', 'Unlike the other candidates'],
    ['negativity', 'The agency recruiter was useless.', 'The agency recruiter was useless'],
    ['negativity', 'It was a disorganised process.', 'disorganised process'],
  ] as const)('%s: %s', (rule, sentence, words) => {
    const text = letter(sentence);
    const finding = only(text, rule);
    expect([finding.severity, finding.words, finding.start]).toEqual([
      'warning',
      words,
      text.indexOf(words),
    ]);
  });

  it('reports each of several shapes in one sentence', () => {
    expect(rulesIn(letter('I still haven’t heard back after my last three messages.'))).toEqual([
      'guilt',
      'repeated-check-in',
    ]);
    expect(rulesIn(letter('It’s disappointing that no one has replied.'))).toEqual([
      'guilt',
      'pushy',
    ]);
  });

  it('leaves promises, thanks, plans, questions and quotations alone', () => {
    for (const sentence of [
      'I can start immediately.',
      'Please reply at your earliest convenience.',
      'Is there any update on the timeline?',
      'I look forward to hearing from you.',
      'I’m following up on my note from 3 March.',
      'In my last role, my manager asked me to rebuild our supplier audits.',
      'I used AWS, SQL and UX research at NASA in the USA, reporting to the CEO.',
      'Our QA and IT teams worked with the UI group.',
      'I volunteered at Riverside Urgent Care on weekends.',
      'You said the role needs someone who can "respond immediately" to outages.',
      'You said you wanted someone to “reply promptly and never let a ticket slip”.',
      'I liked how your on-call team responds immediately to alerts.',
      'We need someone who can respond immediately, you said, and that is my strength.',
      'Thank you for getting back to me so promptly.',
      'Thank you for your quick reply.',
      'I always reply promptly to client requests.',
      'There’s no need to reply right away.',
      'Please don’t feel you need to reply immediately.',
      'I understand a decision may not come immediately.',
      'I cut the time to a first response to within 24 hours.',
      'Our support desk had to respond within 24 hours to every ticket.',
      'I’ll get back to you by end of day with the signed form.',
      'Once again, thank you for your time.',
      'Thank you once again for the tour.',
      'When can I expect to hear about next steps?',
      'If I don’t hear back, I’ll follow up next week.',
      'Please reply by email with a time that suits the panel.',
      'Please let me know if tomorrow works for a call.',
      'I’ve been waiting two years for a role like this.',
      'I was disappointed to hear the news, but I understand.',
      'I’d like to withdraw my application, as I have accepted another role.',
      'I know you are seeing other candidates, and I appreciate being considered.',
      'My manager called me twice during the outage, and we fixed it by noon.',
      'I called the vendor several times a day during the outage.',
      'Please ignore my previous email; I attached the wrong file.',
      'I haven’t forgotten our conversation about the roadmap.',
      'It was AMAZING to see the lab, and I was SO glad to meet the team.',
    ]) {
      expect(warnings(checkTone(letter(sentence), { kind: 'status-inquiry' })), sentence).toEqual(
        [],
      );
    }
    // Nothing but its length: each letter is a sentence long.
    expect(rulesIn(letter('Thanks again!'), 'thank-you-email')).toEqual(['too-short']);
    expect(rulesIn(letter('¡Gracias por todo!'), 'thank-you-email')).toEqual(['too-short']);
  });
});

describe('checkTone: negativity needs someone it is about', () => {
  // A compact lexicon of judgments, reported only beside a person or organization.
  it.each([
    ['My current manager micromanages everything.', 'My current manager micromanages'],
    [
      'Your coordinator seemed to have no idea who I was.',
      'Your coordinator seemed to have no idea',
    ],
    [
      'Your recruiter has been pretty hopeless at keeping me informed.',
      'Your recruiter has been pretty hopeless',
    ],
    [
      'The staff at my last setting, who frankly couldn’t be bothered, left early.',
      'The staff at my last setting, who frankly couldn’t be bothered',
    ],
    ['It was a change from the CLOWNS running my current firm.', 'CLOWNS running my current firm'],
    [
      'My old manager couldn’t run a meeting to save his life.',
      'My old manager couldn’t run a meeting',
    ],
    [
      'The management at my last job were a bunch of clowns.',
      'The management at my last job were a bunch of clowns',
    ],
    ['My supervisor is terrible at giving feedback.', 'My supervisor is terrible'],
    ['The agency has been useless from the start.', 'The agency has been useless'],
    ['I had to deal with clueless managers every day.', 'clueless managers'],
    ['They couldn’t be bothered to send the job description.', 'They couldn’t be bothered'],
    ['He was hopeless with rotas, so I built my own.', 'He was hopeless'],
    ['My old school was run by amateurs.', 'My old school was run by amateurs'],
    ['I worked for a boss who micromanaged everything.', 'a boss who micromanaged'],
    ['Your team seemed lovely, and my old boss was a nightmare.', 'my old boss was a nightmare'],
  ] as const)('%s', (sentence, words) => {
    const text = letter(sentence);
    const finding = only(text, 'negativity');
    expect([finding.severity, finding.words, finding.start]).toEqual([
      'warning',
      words,
      text.indexOf(words),
    ]);
  });

  it('leaves the same words alone when they are about no one, or negated, or the writer’s own', () => {
    for (const sentence of [
      'My commute is a nightmare, so the hybrid days appeal.',
      'It’s a chaotic market, and your pricing team is handling it well.',
      'I fixed the useless error message our team had shipped.',
      'I had no idea the team used Rust — exciting!',
      'I had no idea your company had an office in Leeds.',
      'Our team turned a chaotic launch into a calm one.',
      'The team helped me through a nightmare of a migration.',
      'I thrive in fast-paced, chaotic environments.',
      'I never micromanage my team; I trust them.',
      'As a team lead I avoid micromanaging.',
      'I can’t be bothered by small setbacks; I just fix them.',
      'My manager is not disorganised at all; she just moves fast.',
      'The team was never rude, even under pressure.',
      'The customers had no idea the feature existed, so I wrote a guide.',
      'After a horrible 3 hr drive, the warm welcome was lovely.',
      'The old reporting tool was useless, so my team rebuilt it.',
      'I was hopeless at chess as a child, but I love it now.',
      'Your team’s joke about the coffee machine made my day.',
      'The interviewers were terribly kind.',
      'I’d love to join a team that is this organised.',
    ]) {
      expect(rulesIn(letter(sentence)), sentence).not.toContain('negativity');
    }
  });
});

describe('checkTone: more shapes of pressure, threat, guilt and repetition', () => {
  it.each([
    [
      'pushy',
      'Please accept and message me your decision by Friday.',
      'message me your decision by Friday',
    ],
    ['pushy', 'Call me back today with the salary figure.', 'Call me back today'],
    ['pushy', 'Email me your answer by Monday at the latest.', 'Email me your answer by Monday'],
    ['pushy', 'Whatever you decide, I need to know.', 'I need to know'],
    ['pushy', 'I need it before I go any further.', 'I need it before'],
    [
      'ultimatum',
      'If it’s postponed past the 14th I’ll be pulling out of the process.',
      'If it’s postponed past the 14th I’ll be pulling out',
    ],
    [
      'ultimatum',
      'If there’s another delay, I will walk away.',
      'If there’s another delay, I will walk away',
    ],
    ['ultimatum', 'Please decide soon, or I’ll be signing with them.', 'or I’ll be signing with'],
    ['guilt', 'I do hope I won’t be kept waiting long.', 'kept waiting'],
    ['guilt', 'I used an unpaid day to come in.', 'unpaid day'],
    ['guilt', 'I took a day off work to attend the interview.', 'took a day off work to attend'],
    ['guilt', 'I paid for the train at my own expense.', 'at my own expense'],
    [
      'repeated-check-in',
      'Following on from the three emails I’ve already sent, is there news?',
      'three emails I’ve already sent',
    ],
    [
      'repeated-check-in',
      'I haven’t had confirmation that either of my earlier emails arrived.',
      'either of my earlier emails',
    ],
  ] as const)('%s: %s', (rule, sentence, words) => {
    const text = letter(sentence);
    const finding = only(text, rule);
    expect([finding.severity, finding.words, finding.start]).toEqual([
      'warning',
      words,
      text.indexOf(words),
    ]);
  });

  it('reports a demand and a need in one sentence separately', () => {
    const text = letter('Please accept and message me your decision by Friday, I need to know.');
    expect(checkTone(text, { kind: 'other' }).map((f) => [f.rule, f.words])).toEqual([
      ['pushy', 'message me your decision by Friday'],
      ['pushy', 'I need to know'],
    ]);
  });

  it('leaves offers, conditions, plans and the writer’s own arrangements alone', () => {
    for (const sentence of [
      'Feel free to call me back today if that’s easier.',
      'You can email me by Friday if anything changes.',
      'If you need anything else, please call me today or tomorrow.',
      'Please call me by my first name.',
      'Could you send me your decision when it’s ready?',
      'That’s all I need to know.',
      'I need to know more about the on-call rota before I decide.',
      'If I’m offered the role, I’ll withdraw from my other applications.',
      'If I’m successful, I’ll withdraw my other applications.',
      'If the role has been filled, I’ll be glad to hear about future openings.',
      'I’ll be pulling together the samples tonight.',
      'Thank you for not keeping me waiting.',
      'Sorry to have kept you waiting for the references.',
      'I took two days off to hike in the Peaks.',
      'I drafted three emails for the campaign launch.',
      'I sent the three files you asked for.',
    ]) {
      expect(warnings(checkTone(letter(sentence), { kind: 'status-inquiry' })), sentence).toEqual(
        [],
      );
    }
  });
});

describe('checkTone: exclamation marks', () => {
  it('allows one in a thank-you', () => {
    // Nothing but its length: the letter is a sentence long.
    expect(rulesIn(letter('Thank you for today!'), 'thank-you-email')).toEqual(['too-short']);
  });

  it('flags every one once there are two', () => {
    const text = letter('Thank you! It was great!');
    const found = checkTone(text, { kind: 'thank-you-email' }).filter(
      (f) => f.rule === 'exclamations',
    );
    expect(found.map((f) => [f.words, f.start])).toEqual([
      ['!', text.indexOf('!')],
      ['!', text.lastIndexOf('!')],
    ]);
    expect(found[0]!.suggestion).toContain('"."');
  });

  it('flags "!!" and "?!" even alone', () => {
    expect(only(letter('Thanks!!'), 'exclamations').words).toBe('!!');
    const interrobang = only(letter('Can you believe it?!'), 'exclamations');
    expect([interrobang.words, interrobang.suggestion]).toEqual(['?!', 'Use "?" instead of "?!".']);
  });

  it('counts the marks phones type: full-width, doubled and emoji', () => {
    const text = letter('Thanks！ See you soon！');
    expect(
      checkTone(text, { kind: 'thank-you-email' })
        .filter((f) => f.rule === 'exclamations')
        .map((f) => [f.words, f.start]),
    ).toEqual([
      ['！', text.indexOf('！')],
      ['！', text.lastIndexOf('！')],
    ]);
    expect(only(letter('Thank you‼'), 'exclamations').suggestion).toBe('Use "." instead of "‼".');
    expect(only(letter('Really⁉'), 'exclamations').suggestion).toBe('Use "?" instead of "⁉".');
    expect(only(letter('Great interview❗️❗️'), 'exclamations').words).toBe('❗️❗️');
    expect(rulesIn(letter('Thank you for today❗'), 'thank-you-email')).toEqual(['too-short']);
  });
});

describe('checkTone: capitals', () => {
  it('flags a run of two or more words in capitals, and suggests lower case', () => {
    const text = letter('I am STILL WAITING for news.');
    const finding = only(text, 'shouting');
    expect([finding.words, finding.start, finding.severity]).toEqual([
      'STILL WAITING',
      text.indexOf('STILL'),
      'warning',
    ]);
    expect(finding.suggestion).toContain('"still waiting"');
  });

  it('joins a run across punctuation and short words, and keeps acronyms in the rewrite', () => {
    const finding = only(letter('PLEASE SEND THE SQL REPORT, I BEG YOU.'), 'shouting');
    expect(finding.words).toBe('PLEASE SEND THE SQL REPORT, I BEG YOU');
    expect(finding.suggestion).toContain('"please send the SQL report, I beg you"');
  });

  it('ignores acronyms, one capitalized word and ASAP (which is pushy instead)', () => {
    for (const sentence of [
      'Our SQL API work at NYC HQ used UX and UI research, B2B KPI reports and PDF exports.',
      'The CEO, CTO and HR team joined from the USA and UK.',
      'I was SO glad to meet you.',
      'It was AMAZING to see.',
    ]) {
      expect(rulesIn(letter(sentence)), sentence).not.toContain('shouting');
    }
    expect(rulesIn(letter('Reply ASAP.'))).toEqual(['pushy']);
  });

  it('flags a pressure word alone in capitals, and a loud word with a short one', () => {
    expect(only(letter('I have NOT heard anything.'), 'shouting').words).toBe('NOT');
    const still = only(letter('I am STILL waiting.'), 'shouting');
    expect([still.words, still.suggestion]).toEqual(['STILL', 'Write "still" instead.']);
    expect(only(letter('PLEASE let me know.'), 'shouting').words).toBe('PLEASE');
    expect(only(letter('There has been NO reply.'), 'shouting').words).toBe('NO');
    const excited = only(letter('I’M SO EXCITED to join.'), 'shouting');
    expect([excited.words, excited.suggestion]).toEqual([
      'I’M SO EXCITED',
      'Write "I’m so excited" instead.',
    ]);
  });

  it('leaves emphasis that is praise, and short acronyms, alone', () => {
    for (const sentence of [
      'I would LOVE to join.',
      'Thanks SO much for today.',
      'I led the IT and QA teams, the UI group and our EU and UK launches.',
      'It was a GREAT day.',
    ]) {
      expect(rulesIn(letter(sentence)), sentence).not.toContain('shouting');
    }
  });

  it('flags each of two or more capitalized words of four letters or more, even apart', () => {
    const text = letter('Hi Raj, it was GREAT meeting you, a change from the CLOWNS at my firm.');
    const found = checkTone(text, { kind: 'other' }).filter((f) => f.rule === 'shouting');
    expect(found.map((f) => [f.words, f.start, f.suggestion])).toEqual([
      ['GREAT', text.indexOf('GREAT'), 'Write "great" instead.'],
      ['CLOWNS', text.indexOf('CLOWNS'), 'Write "clowns" instead.'],
    ]);
    expect(rulesIn(letter('I am VERY keen and would LOVE to join.'))).toEqual([
      'shouting',
      'shouting',
    ]);
  });

  it('never counts acronyms, however many, nor one emphatic word beside a short one', () => {
    for (const sentence of [
      'It was GREAT to meet you. Our SAP ERP rollout, the HVAC retrofit at the EMEA sites, JIRA, HTTPS, GDPR and CIPD work all came up.',
      'I used JIRA and YAML with the EMEA and APAC teams, and passed IELTS and my GCSE resits.',
      'It was AMAZING to see the lab, and I was SO glad to meet the team.',
    ]) {
      expect(rulesIn(letter(sentence)), sentence).not.toContain('shouting');
    }
  });
});

describe('checkTone: length', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
  /** A letter of exactly `n` words: the greeting (2) and the sign-off (4) count too. */
  const wordy = (n: number) => letter(words(n - 6));
  const length = (text: string, kind: MessageKind) =>
    checkTone(text, { kind }).filter((f) => f.rule === 'too-long' || f.rule === 'too-short');

  it.each([
    ['thank-you-email', MESSAGE_LIMITS.thankYou],
    ['handwritten-note', MESSAGE_LIMITS.handwrittenNote],
    ['linkedin-message', MESSAGE_LIMITS.linkedinMessage],
    ['status-inquiry', MESSAGE_LIMITS.statusInquiry],
    ['final-follow-up', MESSAGE_LIMITS.finalFollowUp],
    ['action-item', MESSAGE_LIMITS.actionItem],
  ] as const)(
    '%s: the table’s target is fine; past it, a suggestion from the first extra word',
    (kind, rule) => {
      const { min, max } = rule.target;
      expect(length(wordy(max), kind)).toEqual([]);
      expect(length(wordy(Math.max(min, 7)), kind)).toEqual([]);
      const text = wordy(max + 1);
      expect(wordCount(text)).toBe(max + 1);
      const finding = only(text, 'too-long', kind);
      expect(finding.severity).toBe('suggestion');
      expect(finding.start).toBe(text.indexOf('Rivera'));
      expect(finding.end).toBe(text.length);
      expect(finding.why).toBe(
        `Aim for ${min ? `${min}–${max}` : `${max} or fewer`} words; this has ${max + 1}.`,
      );
    },
  );

  it('flags a thank-you below the range and above it, with the table’s numbers', () => {
    const { min, max } = MESSAGE_LIMITS.thankYou.target;
    // 9 words: what "Check my message" used to pass.
    const short = letter('Thanks for today.');
    expect(wordCount(short)).toBe(9);
    const [tooShort] = length(short, 'thank-you-email');
    expect(tooShort).toMatchObject({
      rule: 'too-short',
      severity: 'suggestion',
      words: '',
      why: `Aim for ${min}–${max} words; this has 9.`,
    });
    expect(tooShort!.suggestion).toMatch(/^Add about 91 words: one specific detail/);
    // 188 words: inside the old 200-word limit, past the builder's 180.
    const long = wordy(188);
    const [tooLong] = length(long, 'thank-you-email');
    expect(tooLong).toMatchObject({
      rule: 'too-long',
      severity: 'suggestion',
      // The 181st word: the greeting is the first two.
      start: long.indexOf(`word${max - 2} `),
      why: `Aim for ${min}–${max} words; this has 188.`,
      suggestion: 'Cut about 8 words, keeping one specific detail.',
    });
    // Anything from 100 to 180 words passes.
    for (const n of [min, 140, max])
      expect(length(wordy(n), 'thank-you-email'), String(n)).toEqual([]);
    expect(length(wordy(min - 1), 'thank-you-email').map((f) => f.rule)).toEqual(['too-short']);
  });

  it('is firmer past the hard maximum (a thank-you over 200 words), but never a warning', () => {
    const hard = MESSAGE_LIMITS.thankYou.max;
    expect(length(wordy(hard), 'thank-you-email')[0]!.why).toBe(
      `Aim for 100–180 words; this has ${hard}.`,
    );
    const [over] = length(wordy(hard + 1), 'thank-you-email');
    expect(over).toMatchObject({ rule: 'too-long', severity: 'suggestion' });
    expect(over!.why).toBe(
      `Aim for 100–180 words; this has ${hard + 1}, more than the ${hard} a reader takes in at a glance.`,
    );
  });

  it('never calls a message too short where the table has no floor', () => {
    for (const kind of [
      'handwritten-note',
      'status-inquiry',
      'final-follow-up',
      'action-item',
    ] as const)
      expect(length(letter('Thanks.'), kind), kind).toEqual([]);
  });

  it('has no word limit for other messages', () => {
    expect(rulesIn(letter(words(1000)), 'other')).toEqual([]);
  });

  it('counts LinkedIn characters: a suggestion past the free 200, a warning past 300', () => {
    const note = (n: number) => 'x'.repeat(n);
    expect(rulesIn(note(LINKEDIN_FREE_CHARS), 'linkedin')).toEqual([]);
    // Spaces and line breaks around the note count too: they are copied and pasted with it.
    const padded = `  ${note(LINKEDIN_FREE_CHARS + 5)}\n`;
    const free = only(padded, 'too-long', 'linkedin');
    expect([free.severity, free.start, free.words]).toEqual([
      'suggestion',
      LINKEDIN_FREE_CHARS,
      'x'.repeat(7),
    ]);
    expect(free.why).toBe(
      `LinkedIn allows ${LINKEDIN_FREE_CHARS} characters on a free account; this has ${LINKEDIN_FREE_CHARS + 8}.`,
    );
    const over = only(note(LINKEDIN_MAX_CHARS + 1), 'too-long', 'linkedin');
    expect([over.severity, over.start, over.words]).toEqual(['warning', LINKEDIN_MAX_CHARS, 'x']);
  });

  it('counts a note ending with a space as the counter does (207, not 206)', () => {
    // 206 characters and a space, as typed; the apostrophe is a curly one.
    const text =
      'Hello Priya, thank you again for speaking with me on Tuesday about the Product Designer role at Acme. I especially enjoyed our conversation about how the design system scales. I’d be glad to stay connected. ';
    const counter = noteLength(text, 'free');
    expect(counter.count).toBe(207);
    const [finding] = checkTone(text, { kind: 'linkedin', linkedinLimit: counter.limit });
    expect(finding).toMatchObject({ rule: 'too-long', severity: 'warning' });
    expect(finding!.why).toBe(
      `LinkedIn allows 200 characters on a free account; this has ${counter.count}.`,
    );
    expect(finding!.start).toBe(200);
    // Over only by the space at the end: that space is what to delete.
    const fits = `${'x'.repeat(LINKEDIN_FREE_CHARS)} `;
    expect(noteLength(fits, 'free')).toEqual({ count: 201, limit: 200, over: 1 });
    const [space] = checkTone(fits, { kind: 'linkedin', linkedinLimit: 200 });
    expect(space).toMatchObject({
      severity: 'warning',
      start: 200,
      end: 201,
      words: ' ',
      suggestion: 'Delete the spaces or line breaks at the end: LinkedIn counts them too.',
    });
    expect(space!.why).toContain('this has 201');
  });

  it('counts characters as a person sees them, and never cuts one in half', () => {
    // 299 + 2 = 301 characters (305 UTF-16 units): the second wave is the one too many.
    const waves = `${'x'.repeat(LINKEDIN_MAX_CHARS - 1)}👋👋`;
    const over = only(waves, 'too-long', 'linkedin');
    expect([over.words, over.start, over.severity]).toEqual(['👋', waves.length - 2, 'warning']);
    expect(over.why).toBe('LinkedIn allows 300 characters; this has 301.');
    // A ZWJ sequence, a flag, a skin tone and a letter with a combining accent are one each.
    for (const one of ['👩‍💻', '🇬🇧', '👋🏽', 'e\u0301']) {
      const note = one.repeat(LINKEDIN_MAX_CHARS);
      expect(rulesIn(note, 'linkedin'), one).toEqual(['too-long']);
      expect(warnings(checkTone(note, { kind: 'linkedin' })), one).toEqual([]);
      const past = only(`${note}${one}`, 'too-long', 'linkedin');
      expect([past.words, past.severity], one).toEqual([one, 'warning']);
    }
  });

  it('uses the account’s limit when it is known', () => {
    const check = (n: number, linkedinLimit?: number) =>
      checkTone('x'.repeat(n), { kind: 'linkedin', linkedinLimit }).filter(
        (f) => f.rule === 'too-long',
      );
    const [free] = check(LINKEDIN_FREE_CHARS + 1, LINKEDIN_FREE_CHARS);
    expect(free).toMatchObject({
      severity: 'warning',
      start: LINKEDIN_FREE_CHARS,
      words: 'x',
      why: 'LinkedIn allows 200 characters on a free account; this has 201.',
    });
    expect(free!.suggestion).toContain('under 200 characters');
    expect(check(LINKEDIN_FREE_CHARS, LINKEDIN_FREE_CHARS)).toEqual([]);
    // Premium: nothing up to 300, and no nudge toward the free tier's 200.
    expect(check(250, LINKEDIN_MAX_CHARS)).toEqual([]);
    const [premium] = check(LINKEDIN_MAX_CHARS + 1, LINKEDIN_MAX_CHARS);
    expect(premium).toMatchObject({
      severity: 'warning',
      start: LINKEDIN_MAX_CHARS,
      why: 'LinkedIn allows 300 characters; this has 301.',
    });
    expect(premium!.suggestion).toContain('under 300 characters');
    // Unknown tier: the 300 limit, with a suggestion past 200.
    expect(check(250).map((f) => f.severity)).toEqual(['suggestion']);
    // Nonsense limits fall back to 300.
    for (const odd of [0, -5, Number.NaN]) expect(check(250, odd), String(odd)).toEqual([]);
  });
});

describe('checkTone: greeting and sign-off', () => {
  it('accepts the usual greetings and a name with a comma', () => {
    for (const greeting of [
      'Hi Priya,',
      'Hello Dr. Osei,',
      'Dear Ms. Alvarez,',
      'Good morning Tom,',
      'Good afternoon,',
      'Priya,',
      'José María,',
    ]) {
      expect(
        rulesIn(`${greeting}\n\nThank you for today.\n\nBest regards,\nSam Rivera`),
        greeting,
      ).toEqual([]);
    }
  });

  it('points at the first line when there is no greeting, or only "Hey"', () => {
    const text = '\n  Thank you for today.\n\nBest regards,\nSam Rivera';
    const finding = only(text, 'no-greeting');
    expect([finding.words, finding.start, finding.severity]).toEqual([
      'Thank you for today.',
      3,
      'suggestion',
    ]);
    expect(only('Hey Victor,\n\nThanks for today.\n\nBest,\nRiley', 'no-greeting').words).toBe(
      'Hey Victor,',
    );
  });

  it('accepts a closing followed by a name, even with a phone line after it, or on one line', () => {
    for (const ending of [
      'Best regards,\nSam Rivera',
      'Kind regards,\nSam Rivera\n(555) 019-4420',
      'Thank you again for your time,\nSam',
      'With thanks,\nSam',
      'Cheers,\nSam',
      'Sincerely,\nSam Rivera',
      'Thanks, Sam',
    ]) {
      expect(rulesIn(`Hi Priya,\n\nThank you for today.\n\n${ending}`), ending).toEqual([]);
    }
  });

  it('points at the last line when the closing or the name is missing', () => {
    const text = 'Hi Priya,\n\nI enjoyed our talk today.\n\nSam Rivera  \n';
    const noClosing = only(text, 'no-sign-off');
    expect([noClosing.words, noClosing.start]).toEqual(['Sam Rivera', text.indexOf('Sam')]);
    expect(
      only('Hi Priya,\n\nI enjoyed our talk today.\n\nBest regards,', 'no-sign-off').words,
    ).toBe('Best regards,');
    // A thank-you line right above the name is a closing, as in the guide's "Thank you for your help,".
    expect(
      rulesIn('Hi Priya,\n\nI enjoyed our talk today.\nThank you for your help.\nSam Rivera'),
    ).toEqual([]);
  });

  it('asks for neither on LinkedIn', () => {
    expect(
      rulesIn('Great to meet you today. I would be glad to stay in touch.', 'linkedin'),
    ).toEqual([]);
  });
});

describe('checkTone: follow-ups sent too soon', () => {
  // Local times, so the test means the same on any machine: 2026-05-04 is a Monday.
  const at = (day: number, hour = 12) => new Date(2026, 4, day, hour).toISOString();
  const check = (kind: MessageKind, now: Date, sentHistory: ToneOptions['sentHistory']) =>
    checkTone(letter('Is there any update on the timeline?'), { kind, now, sentHistory }).filter(
      (f) => f.rule === 'too-soon',
    );

  it('warns within 5 business days of the last status inquiry or final follow-up', () => {
    const [finding] = check('final-follow-up', new Date(2026, 4, 8, 9), [
      { kind: 'status-inquiry', at: at(4) },
    ]);
    expect(finding).toMatchObject({ severity: 'warning', words: '', start: 0, end: 0 });
    expect(finding!.why).toContain('Mon 4 May');
    expect(finding!.suggestion).toContain('Mon 11 May');
    expect(
      check('final-follow-up', new Date(2026, 4, 11, 9), [{ kind: 'status-inquiry', at: at(4) }]),
    ).toEqual([]);
    expect(
      check('status-inquiry', new Date(2026, 4, 6), [
        { kind: 'final-follow-up', at: '2026-05-04' },
      ]),
    ).toHaveLength(1);
  });

  it('warns about a second status inquiry within 7 days, even after 5 business days', () => {
    // Sent on Saturday 9 May: Friday 15 May is 5 business days on, but only 6 days.
    const history = [{ kind: 'status-inquiry', at: at(9, 23) }];
    const [finding] = check('status-inquiry', new Date(2026, 4, 15, 8), history);
    expect(finding!.suggestion).toContain('Sat 16 May');
    expect(check('final-follow-up', new Date(2026, 4, 15, 8), history)).toEqual([]);
    expect(check('status-inquiry', new Date(2026, 4, 16, 8), history)).toEqual([]);
  });

  it('uses the latest follow-up and ignores thank-yous, other kinds, future or unreadable dates', () => {
    const history = [
      { kind: 'thank-you-email', at: at(7) },
      { kind: 'linkedin', at: at(7) },
      { kind: 'status-inquiry', at: 'not a date' },
      { kind: 'status-inquiry', at: at(20) },
      { kind: 'status-inquiry', at: at(1) },
    ];
    const [finding] = check('final-follow-up', new Date(2026, 4, 7, 12), history);
    expect(finding!.why).toContain('Fri 1 May');
    expect(finding!.suggestion).toContain('Fri 8 May');
    expect(check('final-follow-up', new Date(2026, 4, 7, 12), history.slice(0, 4))).toEqual([]);
    expect(
      check('thank-you-email', new Date(2026, 4, 5), [{ kind: 'status-inquiry', at: at(4) }]),
    ).toEqual([]);
    expect(check('status-inquiry', new Date(2026, 4, 5), undefined)).toEqual([]);
  });
});

describe('checkTone: the interview date', () => {
  const check = (kind: MessageKind, now: Date, interviewDate: string) =>
    checkTone(letter('Is there any update on the timeline?'), { kind, now, interviewDate }).filter(
      (f) => f.rule === 'too-soon',
    );

  it('warns about a status inquiry or final follow-up within 5 business days of the interview', () => {
    // Interview on Monday 4 May 2026: 5 business days on is Monday 11 May.
    const [finding] = check('status-inquiry', new Date(2026, 4, 8, 9), '2026-05-04');
    expect(finding!.why).toBe(
      'Your interview was on Mon 4 May; about a week apart reads as patient, not pressing.',
    );
    expect(finding!.suggestion).toContain('Mon 11 May');
    expect(check('final-follow-up', new Date(2026, 4, 8, 9), '2026-05-04')).toHaveLength(1);
    expect(check('status-inquiry', new Date(2026, 4, 11, 9), '2026-05-04')).toEqual([]);
    // A thank-you the same day is the point, and an unreadable date says nothing.
    expect(check('thank-you-email', new Date(2026, 4, 4, 18), '2026-05-04')).toEqual([]);
    expect(check('status-inquiry', new Date(2026, 4, 5), 'soon')).toEqual([]);
  });
});

describe('checkTone: tone beyond pressure, with a calmer sentence', () => {
  const ruleOf = (sentence: string) =>
    checkTone(letter(sentence), { kind: 'status-inquiry' }).map((f) => f.rule);

  it.each([
    ['passive-aggressive', "I'm sure you're very busy, but an update would help."],
    ['passive-aggressive', 'As you may recall, I sent my portfolio last week.'],
    ['sarcasm', 'I have been enjoying this leisurely process enormously.'],
    ['sarcasm', 'Email clearly isn’t your thing, so I thought I would try again.'],
    ['entitlement', 'Given my experience, I assume I can skip the technical round.'],
    ['entitlement', 'I look forward to receiving the offer this week.'],
    ['over-familiarity', 'Thanks mate, we should grab a beer sometime!'],
    ['over-familiarity', 'Can’t wait to hear from you xoxo'],
  ])('finds %s in "%s"', (rule, sentence) => {
    expect(ruleOf(sentence)).toContain(rule);
  });

  it('with the classifier, marks the sentence it is most sure of where no phrase matched', () => {
    const sentence =
      'Honestly the hiring manager seemed a bit lost and the whole team felt like a mess, no offence.';
    const text = letter(`Thanks for the chat. ${sentence}`);
    expect(checkTone(text, { kind: 'thank-you-email' }).map((f) => f.rule)).not.toContain(
      'negativity',
    );
    const found = checkTone(text, { kind: 'thank-you-email', model });
    expectWellFormed(text, found);
    const negativity = found.find((f) => f.rule === 'negativity')!;
    expect(negativity.words).toBe(sentence);
    expect(negativity.rewrite).toMatchObject({
      start: text.indexOf(sentence),
      end: text.indexOf(sentence) + sentence.length,
    });
    // The writer's own plan is never proposed, whatever the model reads into it.
    const plan = letter("Thanks for the chat. I'll send the SQL sample by Friday.");
    expect(checkTone(plan, { kind: 'thank-you-email', model }).map((f) => f.rule)).toEqual(
      checkTone(plan, { kind: 'thank-you-email' }).map((f) => f.rule),
    );
  });

  it('with the classifier, a phrase stands only where the classifier reads some problem in its sentence', () => {
    // A model that reads no problem anywhere, and one that reads pressure everywhere.
    const quiet = loadModel({
      ...weights,
      bias: weights.bias.map(() => -20),
      weights: weights.weights.map(() => ''),
    });
    const loud = loadModel({
      ...quiet,
      bias: quiet.bias.map((b, c) => (weights.categories[c] === 'pressure' ? 20 : b)),
    });
    const text = letter('Thanks for the chat. Please send me the schedule ASAP.');
    const rules = (m?: typeof model) =>
      checkTone(text, { kind: 'thank-you-email', ...(m ? { model: m } : {}) }).map((f) => f.rule);
    expect(rules()).toContain('pushy');
    expect(rules(quiet)).not.toContain('pushy');
    expect(rules(loud)).toContain('pushy');
    // Without a gate in the model, every phrase stands, as before the classifier.
    const ungated = { ...quiet };
    delete ungated.ruleGate;
    expect(rules(loadModel(ungated))).toContain('pushy');
  });

  it('with the classifier, a blunt line under a long calm letter still stands', () => {
    // Read on the whole message, the gate let the calm paragraphs bury this line.
    const calm = letter(
      'Thank you again for speaking with me on Tuesday about the Product Designer role. I enjoyed hearing how the team approached the redesign of the onboarding flow, and how you tested the early sketches with new customers before anything was built. That way of working is close to how I ran usability studies at my last job, where short rounds of testing helped us cut the steps in our sign-up form by half. I would enjoy bringing the same habits to your team.',
    );
    for (const text of [
      `${calm}\n\nP.S. I need an answer ASAP!!!`,
      calm.replace('I would', 'Please respond ASAP. I would'),
      // Read as a jab more than as pressure: any problem the classifier reads will do.
      letter("Why haven't I heard back yet? It has been two weeks."),
    ])
      expect(
        checkTone(text, { kind: 'thank-you-email', model }).filter((f) => f.rule === 'pushy'),
        text,
      ).not.toEqual([]);
  });

  it('offers a rewrite of the whole sentence the words are in', () => {
    const text = letter(
      'Thanks for the chat. I look forward to receiving the offer this week. Sam',
    );
    const found = checkTone(text, { kind: 'thank-you-email' }).find(
      (f) => f.rule === 'entitlement',
    )!;
    expect(text.slice(found.rewrite!.start, found.rewrite!.end)).toBe(
      'I look forward to receiving the offer this week.',
    );
    expect(found.rewrite!.text).toMatch(/^I'd welcome the chance/);
  });

  // "Use this rewrite" puts the text in the draft: negativity's once read "Delete it, and
  // mention something you achieved there instead.", which landed in the message as is.
  it.each([
    [
      'Honestly my previous employer was a mess and my manager took credit for everything.',
      /^I'm looking for a role/,
    ],
    [
      'Your recruiter has been pretty hopeless about scheduling.',
      /^I appreciate the time everyone/,
    ],
    ['The whole interview process felt disorganised.', /^I appreciate the time everyone/],
  ])(
    'rewrites criticism as a sentence to send, which the check then passes: "%s"',
    (sentence, calm) => {
      const text = letter(`Thank you for the interview on Tuesday. ${sentence}`);
      const found = checkTone(text, { kind: 'thank-you-email', model }).find(
        (f) => f.rule === 'negativity',
      )!;
      expect(found.rewrite!.text).toMatch(calm);
      const after =
        text.slice(0, found.rewrite!.start) + found.rewrite!.text + text.slice(found.rewrite!.end);
      expect(
        checkTone(after, { kind: 'thank-you-email', model }).filter(
          (f) => f.severity === 'warning',
        ),
      ).toEqual([]);
    },
  );

  it('never offers advice as the rewrite: every rule’s calmer text is a sentence to send', () => {
    const messages = [
      'Please respond ASAP.',
      'If I do not hear back by Friday I will withdraw.',
      'After all the time I spent preparing, I expected better.',
      'As per my last email, I am following up again.',
      'Thanks for the lightning-fast response, three weeks and counting.',
      'I believe I have earned a clear answer by now.',
      'My last manager was useless.',
      'Thanks mate, we should grab a beer sometime!',
    ].map((m) => letter(m));
    const rewrites = messages.flatMap((m) =>
      checkTone(m, { kind: 'other', model }).flatMap((f) => (f.rewrite ? [f.rewrite.text] : [])),
    );
    expect(rewrites.length).toBeGreaterThanOrEqual(messages.length);
    for (const r of rewrites)
      expect(r).not.toMatch(/^(Delete|Remove|Cut|Drop|Try|Mention|Use|Avoid)\b/);
    // Nor a blank to fill in: a hurried candidate would send "[date]" as it is.
    for (const r of rewrites) expect(r).not.toMatch(/[[\]]/);
  });
});

describe('checkTone: the kit’s own drafts', () => {
  const profile: Profile = { name: 'Sam Rivera', phone: '+44 7700 900123', linkedinTier: 'free' };
  const priya = person('p1', {
    name: 'Priya Shah',
    topics: 'how the design system scales\nthe research ops backlog',
    rapport: 'cycling in the Peak District',
  });
  const job = interview({
    id: 'i1',
    company: 'Acme',
    role: 'Product Designer',
    date: '2026-01-28',
    start: '14:00',
    timeZone: 'Europe/London',
    format: 'on-site',
    people: [priya],
    qualifications: 'eight years designing B2B dashboards',
    timeline: '1-2 weeks',
  });
  const TONES: Tone[] = ['warm', 'formal', 'concise'];

  it('draw no warnings and no missing greeting or sign-off', () => {
    const drafts: [MessageKind, string][] = [
      ['handwritten-note', draftHandwrittenNote({ ...job, interviewer: priya, profile })],
      [
        'action-item',
        draftActionItemEmail({
          application: job.application,
          interviewer: priya,
          profile,
          item: { what: 'my three references', notes: '' },
          late: true,
        }).body,
      ],
    ];
    for (const tone of TONES) {
      drafts.push([
        'thank-you-email',
        draftThankYouEmail({ ...job, interviewer: priya, profile, tone }).body,
      ]);
      for (const stage of ['first', 'final'] as const) {
        const kind = stage === 'first' ? 'status-inquiry' : 'final-follow-up';
        drafts.push([
          kind,
          draftStatusInquiry({
            application: job.application,
            interviewer: priya,
            profile,
            tone,
            stage,
            timelineSummary: 'within two weeks',
            interviewDateText: 'Wednesday 28 January',
            newsDetail: 'the new London studio',
          }).body,
        ]);
      }
    }
    for (const [kind, body] of drafts) {
      const findings = checkTone(body, { kind, model });
      expect(
        summary(
          findings.filter(
            (f) => f.severity === 'warning' || f.rule === 'no-greeting' || f.rule === 'no-sign-off',
          ),
        ),
        body,
      ).toEqual([]);
    }
  });

  it('in the warm and formal tones, write a thank-you inside the table’s target', () => {
    for (const tone of ['warm', 'formal'] as const) {
      const body = draftThankYouEmail({ ...job, interviewer: priya, profile, tone }).body;
      const rules = checkTone(body, { kind: 'thank-you-email' }).map((f) => f.rule);
      expect(rules, body).not.toContain('too-short');
      expect(rules, body).not.toContain('too-long');
    }
  });

  it('include the LinkedIn note (on either account) and the message after acceptance', () => {
    const detail = personalDetails(job.application, priya)[0]!;
    expect(detail).toBe('how the design system scales');
    for (const limit of [LINKEDIN_FREE_CHARS, LINKEDIN_MAX_CHARS]) {
      const note = draftConnectionNote({
        ...job,
        interviewer: priya,
        profile,
        detail,
        limit,
      });
      expect(note, String(limit)).toContain(detail);
      expect(
        summary(checkTone(note, { kind: 'linkedin', linkedinLimit: limit, model })),
        note,
      ).toEqual([]);
    }
    const message = draftAcceptedMessage({ ...job, interviewer: priya, profile, detail });
    expect(message).toContain(detail);
    const findings = checkTone(message, { kind: 'linkedin-message', model });
    expect(
      summary(
        findings.filter(
          (f) => f.severity === 'warning' || f.rule === 'no-greeting' || f.rule === 'no-sign-off',
        ),
      ),
      message,
    ).toEqual([]);
  });
});

describe('checkTone: any input', () => {
  const kinds = fc.constantFrom(...KINDS);

  it('never throws, and every finding points at its words', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 2000 }), kinds, (text, kind) => {
        const findings = checkTone(text, { kind, model });
        for (const f of findings) {
          expect(f.words).toBe(text.slice(f.start, f.end));
          expect(f.start).toBeLessThanOrEqual(f.end);
        }
      }),
    );
  });

  it('survives lone surrogates, phrase soup and odd options', () => {
    const soup = fc.constantFrom(
      'ASAP',
      ' ',
      '\n',
      '!',
      '?',
      'STILL ',
      'WAITING ',
      'why haven’t ',
      'I will ',
      'if I don’t hear ',
      'Hi Priya,',
      'Best,',
      '\ud83d',
      '\udc4b',
      '👋🏽',
      'é',
      '\u0301',
      'my last manager was ',
      '"',
      '“',
      '！',
      '‼',
      '❗',
      '\ufe0f',
      'please advise immediately ',
      'once again ',
      '🇬🇧',
      'SO ',
    );
    const history = fc.array(
      fc.record({
        kind: fc.constantFrom('status-inquiry', 'final-follow-up', 'x'),
        at: fc.oneof(
          fc.string(),
          fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(+d) ? 'x' : d.toISOString())),
        ),
      }),
      { maxLength: 5 },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: soup, maxLength: 300 }),
          fc.string({ unit: 'binary', maxLength: 500 }),
        ),
        kinds,
        history,
        fc.date({ noInvalidDate: false }),
        fc.option(fc.double(), { nil: undefined }),
        (text, kind, sentHistory, now, linkedinLimit) => {
          const findings = checkTone(text, { kind, sentHistory, now, linkedinLimit });
          for (const f of findings) expect(f.words).toBe(text.slice(f.start, f.end));
        },
      ),
    );
    expect(checkTone('', { kind: 'other' })).toEqual([]);
    expect(checkTone(' \n\t ', { kind: 'other' })).toEqual([]);
    expect(checkTone(undefined as unknown as string, undefined as unknown as ToneOptions)).toEqual(
      [],
    );
    expect(() =>
      checkTone('Hi Priya,\n\nThanks.\n\nBest,\nSam', undefined as unknown as ToneOptions),
    ).not.toThrow();
  });

  it('handles a 10,000-character message', () => {
    const text = letter('I need an answer ASAP and I am STILL WAITING! '.repeat(220)).slice(
      0,
      10_000,
    );
    const started = performance.now();
    const findings = checkTone(text, { kind: 'status-inquiry' });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(findings.filter((f) => f.rule === 'pushy').length).toBeGreaterThan(200);
    expectWellFormed(text, findings);
  });
});

describe('warmUpToneCheck', () => {
  it('leaves nothing behind: a check after it finds what it finds without it', () => {
    const text = 'Hi Sam,\n\nAny update?? I need an answer ASAP!!!\n\nBest,\nAl';
    const before = checkTone(text, { kind: 'status-inquiry', now: new Date(2026, 4, 4) });
    warmUpToneCheck();
    expect(checkTone(text, { kind: 'status-inquiry', now: new Date(2026, 4, 4) })).toEqual(before);
    expect(before.length).toBeGreaterThan(0);
  });
});
