// Property tests for the situation builders (src/lib/situations/): random
// applications (empty fields, Unicode, very long names, HTML-ish and template-ish text)
// through every kind and tone, checking length against the limits table, grammar
// markers, that no person's details reach another person's message, and that drafts
// from realistic details pass the tone check.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordCount } from '../../src/lib/messages/text-stats';
import { draftAcceptedElsewhereWithdrawal } from '../../src/lib/situations/accepted-elsewhere';
import {
  draftRecruiterThanks,
  draftReferenceThanks,
} from '../../src/lib/situations/accepted-thanks';
import { draftExpedite } from '../../src/lib/situations/expedite';
import { SITUATION_LIMITS, type SituationKind } from '../../src/lib/situations/kinds';
import type { DraftText } from '../../src/lib/situations/letter';
import { draftOfferAcceptance } from '../../src/lib/situations/offer-acceptance';
import { draftOfferDecline } from '../../src/lib/situations/offer-decline';
import {
  draftOfferExtension,
  type ExtensionReason,
} from '../../src/lib/situations/offer-extension';
import {
  draftPanelThankYou,
  type PanelThankYouDraft,
} from '../../src/lib/situations/panel-thank-you';
import { draftReconnect } from '../../src/lib/situations/reconnect';
import { draftRejectionReply } from '../../src/lib/situations/rejection-reply';
import { draftScreenThankYou } from '../../src/lib/situations/screen-thank-you';
import { draftWithdrawal, type WithdrawalReason } from '../../src/lib/situations/withdrawal';
import { checkTone } from '../../src/lib/tone/tone-check';
import { loadModel } from '../../src/lib/tone/tone-model';
import weights from '../../src/lib/tone/tone-weights';
import type { Tone } from '../../src/lib/workspace/schema';
import { middle, sentences } from './situations-fixtures';

/** The classifier as the checker loads it beside a draft: the kit's drafts pass with it too. */
const model = loadModel(weights);

/** Everything one application holds, as the builders' inputs are filled from it. */
interface Scenario {
  tone: Tone;
  candidate: { name: string; phone: string };
  company: string;
  role: string;
  recruiter: { name: string; title: string };
  reference: { name: string };
  panel: { name: string; topic: string }[];
  topics: string;
  qualifications: string;
  promised: { what: string; due: string }[];
  dates: { a: string; b: string; c: string };
  lastSpoke: string;
  companyNews: string;
  update: string;
  opening: string;
  highlight: string;
  detail: string;
  nextStep: string;
  flags: {
    preferred: boolean;
    askFeedback: boolean;
    agency: boolean;
    onSite: boolean;
    writtenOffer: boolean;
    doorOpen: boolean;
  };
  /** The salary or terms line of an acceptance. */
  terms: string;
  /** The one-line reason of a decline. */
  declineReason: string;
  withdrawalReason: WithdrawalReason;
  extensionReason: ExtensionReason;
}

/** Every kind, from one scenario: the recruiter is the reader unless the kind says otherwise. */
function draftsOf(s: Scenario): Record<SituationKind, DraftText> & {
  panelThankYou: PanelThankYouDraft;
} {
  const base = {
    candidate: s.candidate,
    company: s.company,
    role: s.role,
    recipient: s.recruiter,
    tone: s.tone,
  };
  const [lead = { name: '', topic: '' }, ...others] = s.panel;
  return {
    withdrawal: draftWithdrawal({
      ...base,
      reason: s.withdrawalReason,
      bookedInterview: s.dates.a,
    }),
    acceptedElsewhere: draftAcceptedElsewhereWithdrawal({ ...base, bookedInterview: s.dates.a }),
    expedite: draftExpedite({
      ...base,
      offerDeadline: s.dates.a,
      preferred: s.flags.preferred,
      lastInterview: s.dates.b,
    }),
    offerExtension: draftOfferExtension({
      ...base,
      newDate: s.dates.a,
      currentDeadline: s.dates.b,
      reason: s.extensionReason,
    }),
    offerAcceptance: draftOfferAcceptance({
      ...base,
      startDate: s.dates.c,
      terms: s.terms,
      writtenOffer: s.flags.writtenOffer,
    }),
    offerDecline: draftOfferDecline({
      ...base,
      reason: s.declineReason,
      doorOpen: s.flags.doorOpen,
    }),
    rejectionReply: draftRejectionReply({
      ...base,
      askFeedback: s.flags.askFeedback,
      highlight: s.highlight,
    }),
    reconnect: draftReconnect({
      ...base,
      lastSpoke: s.lastSpoke,
      companyNews: s.companyNews,
      update: s.update,
      opening: s.opening,
    }),
    referenceThanks: draftReferenceThanks({
      ...base,
      recipient: s.reference,
      startDate: s.dates.c,
      detail: s.detail,
    }),
    recruiterThanks: draftRecruiterThanks({
      ...base,
      startDate: s.dates.c,
      agency: s.flags.agency,
    }),
    screenThankYou: draftScreenThankYou({
      ...base,
      topics: s.topics,
      qualifications: s.qualifications,
      nextStep: s.nextStep,
      nextDate: s.dates.b,
      promised: s.promised,
    }),
    panelThankYou: draftPanelThankYou({
      candidate: s.candidate,
      company: s.company,
      role: s.role,
      tone: s.tone,
      lead,
      others,
      qualifications: s.qualifications,
      promised: s.promised,
      format: s.flags.onSite ? 'on-site' : 'video',
    }),
  };
}

const tone = fc.constantFrom<Tone>('warm', 'formal', 'concise');
const flags = fc.record({
  preferred: fc.boolean(),
  askFeedback: fc.boolean(),
  agency: fc.boolean(),
  onSite: fc.boolean(),
  writtenOffer: fc.boolean(),
  doorOpen: fc.boolean(),
});
const withdrawalReason = fc.constantFrom<WithdrawalReason>(
  '',
  'other-opportunity',
  'personal',
  'fit',
  'timing',
);
const extensionReason = fc.constantFrom<ExtensionReason>(
  '',
  'family',
  'other-process',
  'details',
  'relocation',
);
const isoDate = fc
  .date({
    min: new Date('2026-01-01T00:00:00Z'),
    max: new Date('2028-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

/**
 * One word of user text, without sentence punctuation (which would make the grammar
 * checks below about the user's text, not the builder's): letters, accents, scripts
 * without case, emoji, very long names, and text that looks like markup or a template.
 */
const word = fc.oneof(
  fc
    .stringMatching(/^[A-Za-z][a-z]{0,11}$/)
    .filter((w) => !/^(?:a|an|the)$|undefined|null|nan/i.test(w)),
  fc.stringMatching(/^[A-Z][a-z]{40,80}$/).filter((w) => !/undefined|null|nan/i.test(w)),
  fc.constantFrom('Émile', 'zoë', 'Ångström', 'São', 'Łódź', 'ñandú', 'façade', 'O’Brien'),
  fc.constantFrom('李伟', '東京', 'مرحبا', 'שלום', '👩🏽‍💻', '🎉'),
  fc.constantFrom(
    '<b>bold</b>',
    '<script>alert(1)</script>',
    '&amp;',
    '$&',
    '$1',
    "$'",
    '{name}',
    '${role}',
    '%s',
    'R&D',
    '"quoted"',
  ),
);
const words = (max: number) => fc.array(word, { maxLength: max }).map((ws) => ws.join(' '));
const day = fc.oneof(fc.constant(''), isoDate, words(3));

/** A scenario with random text; `tagged` puts a unique tag word in every person's fields. */
function scenario(tagged: boolean): fc.Arbitrary<Scenario> {
  const name = (tag: string) => words(3).map((w) => (tagged ? `${tag} ${w}`.trim() : w));
  const topic = (tag: string) =>
    fc.oneof(
      fc.constant(''),
      words(8).map((w) => (tagged ? `${w} ${tag}`.trim() : w)),
    );
  return fc.record({
    tone,
    candidate: fc.record({
      name: words(3),
      phone: fc.oneof(fc.constant(''), fc.constant('+44 7700 900123')),
    }),
    company: words(3),
    role: words(4),
    recruiter: fc.record({ name: name('Qrecruiter'), title: words(3) }),
    reference: fc.record({ name: name('Qreference') }),
    panel: fc.integer({ min: 1, max: 5 }).chain((n) =>
      fc.tuple(
        ...Array.from({ length: n }, (_, i) =>
          fc.record({
            name: fc.oneof(fc.constant(''), name(`Qmember${i}`)),
            topic: topic(`Qtopic${i}`),
          }),
        ),
      ),
    ),
    topics: fc.array(words(8), { maxLength: 3 }).map((lines) => lines.join('\n')),
    qualifications: fc.array(words(8), { maxLength: 3 }).map((lines) => lines.join('\n')),
    promised: fc.array(fc.record({ what: words(4), due: day }), { maxLength: 3 }),
    dates: fc.record({ a: day, b: day, c: day }),
    lastSpoke: day,
    companyNews: words(8),
    update: words(10),
    opening: words(4),
    highlight: words(8),
    detail: words(8),
    nextStep: words(8),
    flags,
    withdrawalReason,
    extensionReason,
    terms: words(10),
    declineReason: words(10),
  });
}

const KINDS = Object.keys(SITUATION_LIMITS) as SituationKind[];
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('every situation kind, every tone, random details', () => {
  it('stays within the hard maximum and keeps the grammar markers clean', () => {
    fc.assert(
      fc.property(scenario(false), (s) => {
        const drafts = draftsOf(s);
        for (const kind of KINDS) {
          const { subject, body } = drafts[kind];
          const label = `${kind} ${s.tone}`;
          expect(wordCount(body), label).toBeLessThanOrEqual(SITUATION_LIMITS[kind].max);
          for (const text of [subject, body]) {
            expect(text, label).not.toMatch(/undefined|null|NaN|\[object/);
            expect(text, label).not.toMatch(/ {2}| [.,;:?]|\.\.|,,|,\.|\.,|^\s|\s$| \n|\n /);
            expect(text, label).not.toMatch(/\b(?:a|an|the) (?:a|an|the)\b/i);
          }
          expect(subject, label).not.toContain('\n');
          expect(body, label).not.toMatch(/\n{3}/);
          // Every sentence the builder starts begins with a capital (or a character
          // without case); the greeting and signature are lines, not sentences.
          for (const paragraph of middle(body))
            for (const sentence of sentences(paragraph))
              expect(sentence, `${label}: ${sentence}`).not.toMatch(/^\p{Ll}/u);
          // The user's text is text: "$&", "{name}" and markup arrive as typed.
          if (oneLine(s.company)) expect(body, label).toContain(oneLine(s.company));
        }
      }),
      { numRuns: 400 },
    );
  });

  it("never puts one person's details in another person's message", () => {
    fc.assert(
      fc.property(scenario(true), (s) => {
        const drafts = draftsOf(s);
        const panelTags = s.panel.flatMap((_, i) => [`Qmember${i}`, `Qtopic${i}`]);
        for (const kind of KINDS) {
          const { subject, body } = drafts[kind];
          const text = `${subject}\n${body}`;
          const label = `${kind} ${s.tone}`;
          // The reference's thank-you is theirs alone; every other note goes to the recruiter.
          if (kind !== 'referenceThanks') expect(text, label).not.toContain('Qreference');
          if (kind === 'referenceThanks' || kind === 'panelThankYou')
            expect(text, label).not.toContain('Qrecruiter');
          if (kind !== 'panelThankYou')
            for (const tag of panelTags) expect(text, label).not.toContain(tag);
        }

        // The panel: each member's topic sits in a sentence with that member's name and
        // no one else's name or topic; everyone named is greeted; to and cc as given.
        const { body, to, cc } = drafts.panelThankYou;
        const paragraphs = middle(body);
        s.panel.forEach((member, i) => {
          if (!member.topic) return;
          const own = paragraphs
            .flatMap(sentences)
            .filter((sentence) => sentence.includes(`Qtopic${i}`));
          expect(own, `topic ${i}`).toHaveLength(1);
          const [sentence] = own as [string];
          if (member.name) expect(sentence).toContain(`Qmember${i}`);
          s.panel.forEach((_, j) => {
            if (j === i) return;
            expect(sentence).not.toContain(`Qmember${j}`);
            expect(sentence).not.toContain(`Qtopic${j}`);
          });
        });
        const greeting = body.split('\n')[0]!;
        s.panel.forEach((member, i) => {
          if (member.name) expect(greeting).toContain(`Qmember${i}`);
        });
        expect(to).toBe(oneLine(s.panel[0]!.name));
        expect(cc).toEqual(
          s.panel.slice(1).flatMap((m) => (oneLine(m.name) ? [oneLine(m.name)] : [])),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, and never shows "undefined" or "null", on any text at all', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 100 }),
      fc.constantFrom('', ' ', '\n\n', '. , ;', 'toString', '__proto__', '2026-02-30'),
    );
    const anyScenario: fc.Arbitrary<Scenario> = fc.record({
      tone,
      candidate: fc.record({ name: anyText, phone: anyText }),
      company: anyText,
      role: anyText,
      recruiter: fc.record({ name: anyText, title: anyText }),
      reference: fc.record({ name: anyText }),
      panel: fc.array(fc.record({ name: anyText, topic: anyText }), { minLength: 1, maxLength: 4 }),
      topics: anyText,
      qualifications: anyText,
      promised: fc.array(fc.record({ what: anyText, due: anyText }), { maxLength: 3 }),
      dates: fc.record({ a: anyText, b: anyText, c: anyText }),
      lastSpoke: anyText,
      companyNews: anyText,
      update: anyText,
      opening: anyText,
      highlight: anyText,
      detail: anyText,
      nextStep: anyText,
      flags,
      withdrawalReason,
      extensionReason,
      terms: anyText,
      declineReason: anyText,
    });
    fc.assert(
      fc.property(anyScenario, (s) => {
        const drafts = draftsOf(s);
        const typed = JSON.stringify(s);
        for (const kind of KINDS) {
          const { subject, body } = drafts[kind];
          expect(subject).not.toContain('\n');
          expect(body).not.toMatch(/\n{3}/);
          expect(body.length).toBeGreaterThan(0);
          if (!/undefined/i.test(typed)) expect(`${subject} ${body}`).not.toMatch(/undefined/i);
          if (!/null/i.test(typed)) expect(`${subject} ${body}`).not.toMatch(/null/i);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('drafts from realistic details pass the tone check', () => {
  const pick = <T>(...values: T[]) => fc.constantFrom(...values);
  const person = pick(
    'Priya Shah',
    'Tom Okafor',
    'Dr. Mei Tanaka',
    'Jean-Luc Martin',
    'Zoë Ångström',
    'José García',
    '李伟',
    '',
  );
  const realistic: fc.Arbitrary<Scenario> = fc.record({
    tone,
    // A name to sign with: without one the checker rightly asks for a signature.
    candidate: fc.record({
      name: pick('Sam Rivera', 'Alex Kim', 'Zoë Ångström'),
      phone: pick('+44 7700 900123', ''),
    }),
    company: pick(
      'Acme',
      'Fernhill Labs',
      'Northwind Traders',
      'O’Reilly Media',
      'R&D Partners',
      '',
    ),
    role: pick(
      'Product Designer',
      'Data Analyst',
      'Senior Software Engineer',
      'Head of Design',
      'Nurse Practitioner role',
      '',
    ),
    recruiter: fc.record({ name: person, title: pick('Talent Partner', 'Head of Talent', '') }),
    reference: fc.record({ name: person }),
    panel: fc.array(
      fc.record({
        name: person,
        topic: pick(
          'the design system',
          'How on-call works',
          'moving checkout to the new payments API',
          'Accessibility audits',
          '',
        ),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    topics: pick(
      'how the team is organised\nthe hybrid schedule',
      'Hiring plans for next year',
      '',
    ),
    qualifications: pick(
      'Five years of SQL and dbt\nBuilt self-serve dashboards',
      'eight years in B2B design',
      '',
    ),
    promised: fc.array(
      fc.record({
        what: pick('SQL sample', 'my three references', 'Portfolio link'),
        due: pick('2026-12-08', 'Friday', ''),
      }),
      { maxLength: 2 },
    ),
    dates: fc.record({
      a: pick('2026-12-11', 'Friday', ''),
      b: pick('2026-12-01', 'next week', ''),
      c: pick('2027-01-04', ''),
    }),
    lastSpoke: pick('March', 'last spring', '2026-03-24', ''),
    companyNews: pick('your launch of the new checkout', 'the Series B', ''),
    update: pick(
      "I've led a redesign of our onboarding flow",
      'I completed the AWS certification',
      '',
    ),
    opening: pick('Senior Product Designer', 'Lead Analyst role', ''),
    highlight: pick('meeting the research team', 'the design critique', ''),
    detail: pick('speaking with the hiring manager at short notice', ''),
    nextStep: pick('an interview with the hiring manager', 'a take-home exercise', ''),
    flags,
    withdrawalReason,
    extensionReason,
    terms: pick(
      'a salary of £52,000 a year',
      '$95,000 base plus a 10% bonus',
      'Four days a week, as we discussed',
      '',
    ),
    declineReason: pick(
      "I've accepted a role closer to home",
      "I've decided to stay in my current role",
      'another offer is a closer fit for where I want to go next',
      '',
    ),
  });

  it('with no warning, a greeting and a sign-off, in every kind and tone', () => {
    fc.assert(
      fc.property(realistic, (s) => {
        const drafts = draftsOf(s);
        for (const kind of KINDS) {
          const findings = checkTone(drafts[kind].body, { kind: 'other', model });
          expect(findings, `${kind} ${s.tone}\n${drafts[kind].body}`).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
