// The message builders for the situations after the first round (src/lib/situations/), by example:
// what a candidate would notice in each draft, in each tone.
import { describe, expect, it } from 'vitest';
import { wordCount } from '../../src/lib/messages/text-stats';
import { draftAcceptedElsewhereWithdrawal } from '../../src/lib/situations/accepted-elsewhere';
import {
  draftRecruiterThanks,
  draftReferenceThanks,
} from '../../src/lib/situations/accepted-thanks';
import { draftExpedite, type ExpediteInput } from '../../src/lib/situations/expedite';
import { SITUATION_LIMITS, type SituationKind } from '../../src/lib/situations/kinds';
import { greeting, phraseFor, jobPhrase } from '../../src/lib/situations/letter';
import {
  draftOfferAcceptance,
  type OfferAcceptanceInput,
} from '../../src/lib/situations/offer-acceptance';
import { draftOfferDecline, type OfferDeclineInput } from '../../src/lib/situations/offer-decline';
import {
  draftOfferExtension,
  type OfferExtensionInput,
} from '../../src/lib/situations/offer-extension';
import {
  draftPanelThankYou,
  type PanelThankYouInput,
} from '../../src/lib/situations/panel-thank-you';
import { draftReconnect } from '../../src/lib/situations/reconnect';
import { draftRejectionReply } from '../../src/lib/situations/rejection-reply';
import { draftScreenThankYou } from '../../src/lib/situations/screen-thank-you';
import {
  draftWithdrawal,
  type WithdrawalInput,
  type WithdrawalReason,
} from '../../src/lib/situations/withdrawal';
import { checkTone } from '../../src/lib/tone/tone-check';
import { loadModel } from '../../src/lib/tone/tone-model';
import weights from '../../src/lib/tone/tone-weights';
import type { Tone } from '../../src/lib/workspace/schema';
import { TONES, TYPICAL, candidate, job, recruiter, reference } from './situations-fixtures';

/** The classifier as the checker loads it beside a draft: the kit's drafts pass with it too. */
const model = loadModel(weights);

/** What no draft may show: an empty slot, a doubled mark, a stray space. */
const SLOT_MARKS = /undefined|null|NaN|\[object| {2}| [.,:;?]|\.\.|,,|\n{3}|^\s|\s$| \n|\n /;

const KINDS = Object.keys(TYPICAL) as SituationKind[];

describe('every situation builder on a typical input', () => {
  it.each(KINDS)('%s: falls in its length range in every tone', (kind) => {
    const { min, max } = SITUATION_LIMITS[kind].target;
    for (const tone of TONES) {
      const words = wordCount(TYPICAL[kind](tone).body);
      expect(words, `${kind} ${tone}`).toBeGreaterThanOrEqual(min);
      expect(words, `${kind} ${tone}`).toBeLessThanOrEqual(max);
    }
  });

  it.each(KINDS)('%s: passes the tone check with nothing to change', (kind) => {
    for (const tone of TONES) {
      const { body } = TYPICAL[kind](tone);
      expect(checkTone(body, { kind: 'other', model }), `${kind} ${tone}`).toEqual([]);
    }
  });

  it.each(KINDS)('%s: greets, signs, and leaves no empty slot', (kind) => {
    for (const tone of TONES) {
      const { subject, body } = TYPICAL[kind](tone);
      for (const text of [subject, body]) expect(text, `${kind} ${tone}`).not.toMatch(SLOT_MARKS);
      expect(subject).not.toContain('\n');
      expect(body.split('\n\n').at(-1)).toMatch(/\nSam Rivera(?:\n\+44 7700 900123)?$/);
      const first = body.split('\n')[0]!;
      if (tone === 'formal')
        expect(first).toMatch(/^Dear (?:Priya Shah|Jordan Lee),|^Dear Priya Shah, Tom/);
      else expect(first).toMatch(/^Hi (?:Priya|Jordan),$|^Hi Priya, Tom and Ana,$/);
    }
  });
});

describe('draftWithdrawal', () => {
  const input = (fields: Partial<WithdrawalInput> = {}): WithdrawalInput => ({
    candidate,
    ...job,
    recipient: recruiter,
    tone: 'warm',
    ...fields,
  });

  it('withdraws, thanks them, and frees the booked slot', () => {
    const { subject, body } = draftWithdrawal(input({ bookedInterview: '2026-12-10' }));
    expect(subject).toBe('Withdrawing my application — Product Designer role');
    expect(body).toBe(
      [
        'Hi Priya,',
        "Thank you for your time and for considering me for the Product Designer role at Acme. After careful thought, I've decided to withdraw my application. That means I won't attend the interview on Thursday 10 December, so please feel free to offer the slot to someone else.",
        "I'm grateful for the time you've given me, and I'm sorry to step back. I wish you all the best with the search, and I hope our paths cross again.",
        'Best wishes,\nSam Rivera',
      ].join('\n\n'),
    );
  });

  it('keeps the reason vague: one clause, never the details', () => {
    expect(draftWithdrawal(input({ reason: 'personal' })).body).toContain(
      'withdraw my application for personal reasons.',
    );
    expect(draftWithdrawal(input({ reason: 'other-opportunity', tone: 'formal' })).body).toContain(
      'I have decided to withdraw my application, as I have decided to pursue another opportunity.',
    );
    expect(draftWithdrawal(input({ reason: 'timing', tone: 'concise' })).body).toContain(
      'for the Product Designer role at Acme, as the timing no longer works for me.',
    );
    // A reason this version does not know, or a prototype key, says nothing.
    for (const reason of ['toString', 'other', ''])
      expect(draftWithdrawal(input({ reason: reason as WithdrawalReason })).body).toContain(
        'withdraw my application.',
      );
  });

  it('is short in every tone, and gives no phone (no reply needed)', () => {
    for (const tone of TONES) {
      const { body } = draftWithdrawal(input({ tone }));
      expect(wordCount(body)).toBeLessThanOrEqual(SITUATION_LIMITS.withdrawal.target.max);
      expect(body).not.toContain('+44');
    }
  });
});

describe('draftAcceptedElsewhereWithdrawal', () => {
  it('says an offer was accepted elsewhere, without naming where, and frees the slot', () => {
    for (const tone of TONES) {
      const { body } = draftAcceptedElsewhereWithdrawal({
        candidate,
        ...job,
        recipient: recruiter,
        tone,
        bookedInterview: 'Thursday',
      });
      expect(body).toMatch(/accepted an offer (?:elsewhere|with another organisation)/);
      expect(body).toMatch(/withdrawing my application/);
      expect(body).toContain('Thursday');
    }
  });
});

describe('draftExpedite', () => {
  const input = (fields: Partial<ExpediteInput> = {}): ExpediteInput => ({
    candidate,
    ...job,
    recipient: recruiter,
    tone: 'warm',
    offerDeadline: '2026-12-11',
    preferred: false,
    ...fields,
  });

  it('says there is an offer and its date, and asks whether their timeline can accommodate it', () => {
    for (const tone of TONES) {
      const { subject, body } = draftExpedite(input({ tone }));
      expect(subject).toBe('A question about your timeline — Product Designer role');
      expect(body).toMatch(/received an offer from another (?:company|organisation)/);
      expect(body).toContain('Friday 11 December');
      expect(body).toMatch(/timeline[^.?]*\?/);
      expect(body).toMatch(/I (?:fully )?understand if/);
      expect(body).toContain('+44 7700 900123');
    }
  });

  it('calls this company the first choice only when the user says so', () => {
    for (const tone of TONES) {
      expect(draftExpedite(input({ tone })).body).not.toMatch(/first choice|prefer/);
      expect(draftExpedite(input({ tone, preferred: true })).body).toContain(
        'Acme ' + (tone === 'formal' ? 'remains my first choice' : 'is my first choice'),
      );
    }
    expect(draftExpedite(input({ preferred: true, company: '' })).body).toContain(
      'To be clear, your team is my first choice',
    );
  });

  it('without a date, still honest, and never invents one', () => {
    const { body } = draftExpedite(input({ offerDeadline: '' }));
    expect(body).toContain('with a deadline to answer.');
    expect(body).toContain('in the next few days?');
    expect(body).not.toMatch(/by \.|before then/);
  });

  it('names the latest round when given', () => {
    expect(draftExpedite(input({ lastInterview: '2026-12-01' })).body).toContain(
      'most recently on Tuesday 1 December.',
    );
    expect(draftExpedite(input({ lastInterview: '2026-12-01', tone: 'concise' })).body).toContain(
      'for the Product Designer role at Acme on Tuesday 1 December.',
    );
  });
});

describe('draftOfferExtension', () => {
  const input = (fields: Partial<OfferExtensionInput> = {}): OfferExtensionInput => ({
    candidate,
    ...job,
    recipient: recruiter,
    tone: 'warm',
    newDate: '2026-12-18',
    ...fields,
  });

  it('thanks them, shows enthusiasm, and asks for a specific new date', () => {
    const { subject, body } = draftOfferExtension(input({ currentDeadline: '2026-12-14' }));
    expect(subject).toBe('Thank you for the offer — Product Designer role');
    expect(body).toContain(
      'Thank you so much for the offer for the Product Designer role at Acme.',
    );
    expect(body).toContain("I'm genuinely excited about it");
    expect(body).toContain(
      'Would it be possible to have until Friday 18 December rather than Monday 14 December?',
    );
    expect(body).toContain("I'll give you my answer by then at the latest");
  });

  it('gives the reason only when chosen, in every tone', () => {
    for (const tone of TONES) {
      expect(draftOfferExtension(input({ tone })).body).not.toMatch(/family|relocat|another/);
      expect(draftOfferExtension(input({ tone, reason: 'family' })).body).toMatch(
        /(?:talk it through|discuss it) with my family/,
      );
    }
    expect(draftOfferExtension(input({ tone: 'concise', reason: 'details' })).body).toContain(
      'Could I have until Friday 18 December to give you my answer, so that I can go through the details properly?',
    );
  });

  it('asks for "a few more days" when no date is given, and never "until ."', () => {
    for (const tone of TONES) {
      const { body } = draftOfferExtension(input({ tone, newDate: '', currentDeadline: 'Monday' }));
      expect(body).toMatch(/a few (?:more )?days/);
      expect(body).not.toMatch(/until|Monday/);
    }
  });
});

describe('draftOfferAcceptance', () => {
  const accept = (over: Partial<OfferAcceptanceInput> = {}) =>
    draftOfferAcceptance({
      candidate,
      ...job,
      recipient: recruiter,
      tone: 'warm',
      writtenOffer: true,
      ...over,
    });

  it('says yes in its first paragraph, names the role and thanks them, in every tone', () => {
    for (const tone of TONES) {
      const { subject, body } = accept({ tone });
      const first = body.split('\n\n')[1]!;
      expect(first, tone).toMatch(/accept/i);
      expect(first, tone).toMatch(/Thank you/);
      expect(first, tone).toContain('Product Designer');
      expect(subject).toBe('Accepting your offer — Product Designer role');
      expect(body, tone).toMatch(/first day/);
    }
  });

  it('confirms the terms and the start date as the user noted them', () => {
    const { body } = accept({ startDate: '2027-01-04', terms: '£52,000 a year, four days a week' });
    expect(body).toContain('£52,000 a year, four days a week.');
    expect(body).toContain('Monday 4 January');
    expect(accept({ startDate: 'the first Monday of January' }).body).toContain(
      'starting on the first Monday of January.',
    );
  });

  it('asks for the written offer only when it has not come, and never invents terms', () => {
    for (const tone of TONES) {
      const waiting = accept({ tone, writtenOffer: false }).body;
      expect(waiting, tone).toMatch(/offer letter (?:is ready|when it)/);
      expect(waiting, tone).not.toMatch(/£|\$|salary/);
      const inHand = accept({ tone }).body;
      expect(inHand, tone).not.toMatch(/offer letter (?:is ready|when it)/);
      expect(inHand, tone).toMatch(/read the offer letter|reviewed the offer letter/);
    }
    // Terms typed, before the written offer: they are confirmed as offered, not "as set out".
    const verbal = accept({ writtenOffer: false, terms: '£52,000' }).body;
    expect(verbal).toContain('as you offered them: £52,000.');
  });

  it('signs with the phone, since they may call', () => {
    expect(accept().body).toMatch(/\nSam Rivera\n\+44 7700 900123$/);
  });
});

describe('draftOfferDecline', () => {
  const decline = (over: Partial<OfferDeclineInput> = {}) =>
    draftOfferDecline({
      candidate,
      ...job,
      recipient: recruiter,
      tone: 'warm',
      doorOpen: false,
      ...over,
    });

  it('thanks them and says a clear no, in every tone, short and without a phone', () => {
    for (const tone of TONES) {
      const { subject, body } = decline({ tone });
      expect(body, tone).toMatch(/Thank you/);
      expect(body, tone).toMatch(/decided to decline/);
      expect(body, tone).not.toMatch(/\+44/);
      expect(wordCount(body), tone).toBeLessThanOrEqual(SITUATION_LIMITS.offerDecline.target.max);
      expect(wordCount(body), tone).toBeGreaterThanOrEqual(
        SITUATION_LIMITS.offerDecline.target.min,
      );
      expect(subject).toBe('Declining your offer — Product Designer role');
    }
  });

  it('gives the reason only when the user types one, in one sentence', () => {
    expect(decline().body).not.toMatch(/in short|in brief/i);
    const { body } = decline({ reason: 'The commute would be two hours a day' });
    expect(body).toContain('in short, the commute would be two hours a day.');
    expect(decline({ tone: 'formal', reason: "I've accepted another offer." }).body).toContain(
      "In brief, I've accepted another offer.",
    );
  });

  it('leaves the door open only when asked to', () => {
    for (const tone of TONES) {
      expect(decline({ tone }).body, tone).not.toMatch(/stay in touch/);
      expect(decline({ tone, doorOpen: true }).body, tone).toMatch(/stay in touch/);
    }
  });
});

describe('draftRejectionReply', () => {
  const reply = (tone: Tone, fields: { askFeedback?: boolean; highlight?: string } = {}) =>
    draftRejectionReply({ candidate, ...job, recipient: recruiter, tone, ...fields }).body;

  it('thanks them and keeps the door open, without arguing', () => {
    for (const tone of TONES) {
      const body = reply(tone);
      expect(body).toMatch(/^(?:Hi|Dear) Priya/);
      expect(body).toMatch(/considered for future openings/);
      expect(body).not.toMatch(/\?|disappoint|unfortunately|reconsider/i);
    }
  });

  it('asks one easy question about feedback only when asked to, and says an answer is optional', () => {
    for (const tone of TONES) {
      const body = reply(tone, { askFeedback: true });
      expect(body.match(/\?/g)).toHaveLength(1);
      expect(body).toMatch(/one (?:thing|piece of feedback)/);
      expect(body).toMatch(/understand if|No worries if not/);
    }
  });

  it('mentions the highlight the candidate gives, lowered mid-sentence', () => {
    expect(reply('warm', { highlight: 'Meeting the research team.' })).toContain(
      'I especially enjoyed meeting the research team.',
    );
    expect(reply('formal', { highlight: 'the design critique' })).toContain(
      'and I particularly enjoyed the design critique.',
    );
  });
});

describe('draftReconnect', () => {
  const note = (
    fields: Parameters<typeof draftReconnect>[0] extends infer T ? Partial<T> : never,
  ) => draftReconnect({ candidate, ...job, recipient: recruiter, tone: 'warm', ...fields });

  it('references what the candidate gives: when, the news, their update, the opening', () => {
    const { subject, body } = note({
      lastSpoke: 'March',
      companyNews: 'your launch of the new checkout',
      update: "I've led a redesign of our onboarding flow",
      opening: 'Senior Product Designer role',
    });
    expect(subject).toBe('Reconnecting about the Senior Product Designer opening');
    expect(body).toContain('We spoke in March about the Product Designer role at Acme');
    expect(body).toContain('I was glad to see your launch of the new checkout.');
    expect(body).toContain("Since then, I've led a redesign of our onboarding flow.");
    expect(body).toContain("I noticed the Senior Product Designer opening, and I'd love");
    expect(body).toContain('Would you be open to a short call');
  });

  it('says when they spoke in the words that fit', () => {
    const spoke = (lastSpoke: string) =>
      /We spoke([^,]*) about/.exec(note({ lastSpoke }).body)?.[1];
    expect(spoke('2026-03-24')).toBe(' on Tuesday 24 March');
    expect(spoke('last spring')).toBe(' last spring');
    expect(spoke('a few months ago')).toBe(' a few months ago');
    expect(spoke('three months ago')).toBe(' three months ago');
    expect(spoke('Thursday')).toBe(' on Thursday');
    expect(spoke('2026')).toBe(' in 2026');
    expect(spoke('')).toBe('');
    expect(spoke('2026-13-45')).toBe('');
  });

  it('invents nothing when the fields are blank', () => {
    const { subject, body } = note({});
    expect(subject).toBe('Reconnecting — Product Designer role');
    expect(body).not.toMatch(/glad to see|Since then|noticed/);
    expect(body).toContain("If a role like that opens up, I'd love to be considered.");
  });
});

describe('thank-yous after accepting', () => {
  it('tells the reference the news and thanks them, naming only the reference', () => {
    for (const tone of TONES) {
      const { subject, body } = draftReferenceThanks({
        candidate,
        ...job,
        recipient: reference,
        tone,
        startDate: '2027-01-04',
        detail: 'speaking with the hiring manager at short notice',
      });
      expect(subject).toBe('Good news, and thank you');
      expect(body).toMatch(tone === 'formal' ? /^Dear Jordan Lee,/ : /^Hi Jordan,/);
      expect(body).toContain('accepted an offer for the Product Designer');
      expect(body).toContain('Monday 4 January');
      expect(body).toMatch(/reference/);
      expect(body).toContain('for speaking with the hiring manager at short notice.');
      expect(body).not.toMatch(/Priya|Shah/);
    }
  });

  it('greets a reference without a name as a person, never as a hiring team', () => {
    for (const tone of TONES) {
      const { body } = draftReferenceThanks({
        candidate,
        ...job,
        recipient: { name: '' },
        tone,
      });
      expect(body.split('\n')[0]).toMatch(/^(?:Hi there|Hello),$/);
    }
  });

  it('thanks the recruiter, and thanks an agency recruiter for putting them forward', () => {
    for (const tone of TONES) {
      const inHouse = draftRecruiterThanks({ candidate, ...job, recipient: recruiter, tone });
      const agency = draftRecruiterThanks({
        candidate,
        ...job,
        recipient: recruiter,
        tone,
        agency: true,
        startDate: '2027-01-04',
      });
      expect(inHouse.body).toMatch(/accepted the offer\./);
      expect(inHouse.body).not.toMatch(/putting me forward|Jordan/);
      expect(agency.body).toContain('putting me forward');
      expect(agency.body).toContain('starting on Monday 4 January.');
    }
  });
});

describe('draftScreenThankYou', () => {
  it('thanks the recruiter, mentions the first topic, and names the next step and its day', () => {
    const { subject, body } = draftScreenThankYou({
      candidate,
      ...job,
      recipient: recruiter,
      tone: 'warm',
      topics: '- How the design team is organised\nthe hybrid schedule',
      nextStep: 'An interview with the hiring manager.',
      nextDate: '2026-12-10',
      promised: [{ what: 'Portfolio link', due: 'Friday' }],
    });
    expect(subject).toBe('Thank you for the call — Product Designer role');
    expect(body).toContain(
      'It was especially helpful to hear about how the design team is organised.',
    );
    expect(body).not.toContain('hybrid');
    expect(body).toContain("I'll send the Portfolio link by Friday.");
    expect(body).toContain(
      "I'm looking forward to the next step, an interview with the hiring manager on Thursday 10 December.",
    );
  });

  it('always says something about next steps', () => {
    const next = (nextStep: string, nextDate: string, tone: Tone) =>
      draftScreenThankYou({ candidate, ...job, recipient: recruiter, tone, nextStep, nextDate })
        .body;
    for (const tone of TONES) {
      expect(next('', '', tone)).toMatch(/next (?:steps|stage)/);
      expect(next('', '2026-12-10', tone)).toMatch(
        /next (?:step|stage of the process) on Thursday 10 December\./,
      );
    }
  });
});

describe('draftPanelThankYou', () => {
  const panel = (fields: Partial<PanelThankYouInput> = {}) =>
    draftPanelThankYou({
      candidate,
      ...job,
      tone: 'warm',
      lead: { name: 'Priya Shah', topic: 'the design system' },
      others: [
        { name: 'Tom Okafor', topic: 'the payments API' },
        { name: 'Ana Lima', topic: '' },
      ],
      ...fields,
    });

  it('is addressed to the lead with the others copied, and greets everyone by name', () => {
    const { to, cc, body } = panel();
    expect(to).toBe('Priya Shah');
    expect(cc).toEqual(['Tom Okafor', 'Ana Lima']);
    expect(body.split('\n')[0]).toBe('Hi Priya, Tom and Ana,');
    expect(panel({ tone: 'formal' }).body.split('\n')[0]).toBe(
      'Dear Priya Shah, Tom Okafor and Ana Lima,',
    );
  });

  it('ties each topic to its own person, and names those without a topic once', () => {
    const { body } = panel();
    expect(body).toContain('Priya, I especially enjoyed our conversation about the design system.');
    expect(body).toContain('Tom, it was great to hear your thoughts on the payments API.');
    expect(body).toContain('It was a pleasure to meet Ana as well.');
    const formal = panel({ tone: 'formal' }).body;
    expect(formal).toContain('my conversation with Priya Shah about the design system.');
    expect(formal).toContain('grateful to Tom Okafor for the discussion of the payments API.');
  });

  it('calls two members with the same first name by their full names', () => {
    const { body } = panel({
      others: [
        { name: 'Tom Okafor', topic: 'the payments API' },
        { name: 'Tom Baker', topic: 'on-call' },
      ],
    });
    expect(body.split('\n')[0]).toBe('Hi Priya, Tom Okafor and Tom Baker,');
    expect(body).toContain('Tom Okafor, it was great to hear your thoughts on the payments API.');
    expect(body).toContain('Tom Baker, thank you for your insight into on-call.');
  });

  it('copes with members without names, and a panel with no names at all', () => {
    const { body, cc } = panel({ others: [{ name: ' ', topic: 'hiring plans' }] });
    expect(cc).toEqual([]);
    expect(body.split('\n')[0]).toBe('Hi Priya,');
    expect(body).toContain('I also enjoyed our conversation about hiring plans.');
    const nobody = panel({ lead: { name: '' }, others: [] });
    expect(nobody.to).toBe('');
    expect(nobody.body.split('\n')[0]).toBe('Hi all,');
    expect(nobody.body).toContain('It was a pleasure to meet you all');
    expect(panel({ lead: { name: '' }, others: [], tone: 'formal' }).body).toMatch(
      /^Dear Hiring Panel,/,
    );
  });

  it('starts a sentence with a capital even when a name is typed in lower case', () => {
    expect(panel({ lead: { name: 'émile zola', topic: 'novels' } }).body).toContain(
      'Émile, I especially enjoyed our conversation about novels.',
    );
  });

  it('lists up to two qualifications as prose, and what was promised', () => {
    const { body } = panel({
      qualifications: 'Five years of SQL and dbt\nBuilt self-serve dashboards\nA third line',
      promised: [{ what: 'SQL sample', due: '2026-12-08' }],
    });
    expect(body).toContain(
      'bring to it: five years of SQL and dbt, and built self-serve dashboards.',
    );
    expect(body).not.toContain('third line');
    expect(body).toContain("I'll send the SQL sample by Tuesday 8 December.");
  });
});

describe('the shared letter parts', () => {
  it('greets by title when formal and the name is blank, and by the fallback otherwise', () => {
    const team = { warm: 'Hi there,', formal: 'Dear Hiring Team,', concise: 'Hello,' };
    expect(greeting('formal', { name: '', title: 'Head of Talent' }, team)).toBe(
      'Dear Head of Talent,',
    );
    expect(greeting('formal', { name: '' }, team)).toBe('Dear Hiring Team,');
    expect(greeting('warm', { name: '', title: 'Head of Talent' }, team)).toBe('Hi there,');
    expect(greeting('concise', { name: 'Dr. Priya Shah' }, team)).toBe('Hi Dr. Shah,');
    // An unknown tone reads as warm.
    expect(greeting('chatty' as Tone, { name: '' }, team)).toBe('Hi there,');
  });

  it('names the job without "role role", down to "the role"', () => {
    expect(jobPhrase('Designer role', 'Acme', 'warm')).toBe('the Designer role at Acme');
    expect(jobPhrase('', 'Acme', 'formal')).toBe('the position at Acme');
    expect(jobPhrase('', '', 'concise')).toBe('the role');
  });

  it('finds a choice’s wording only among its own keys', () => {
    const phrases = { personal: 'for personal reasons' };
    expect(phraseFor(phrases, 'personal')).toBe('for personal reasons');
    expect(phraseFor(phrases, 'toString')).toBe('');
    expect(phraseFor(phrases, undefined)).toBe('');
  });
});
