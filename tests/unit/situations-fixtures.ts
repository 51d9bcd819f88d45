// Typical inputs for the situation builders (src/lib/situations/), one per kind, as a
// candidate would fill them in; the example and property tests share them.
import { draftAcceptedElsewhereWithdrawal } from '../../src/lib/situations/accepted-elsewhere';
import {
  draftRecruiterThanks,
  draftReferenceThanks,
} from '../../src/lib/situations/accepted-thanks';
import { draftExpedite } from '../../src/lib/situations/expedite';
import type { SituationKind } from '../../src/lib/situations/kinds';
import type { DraftText } from '../../src/lib/situations/letter';
import { draftOfferAcceptance } from '../../src/lib/situations/offer-acceptance';
import { draftOfferDecline } from '../../src/lib/situations/offer-decline';
import { draftOfferExtension } from '../../src/lib/situations/offer-extension';
import { draftPanelThankYou } from '../../src/lib/situations/panel-thank-you';
import { draftReconnect } from '../../src/lib/situations/reconnect';
import { draftRejectionReply } from '../../src/lib/situations/rejection-reply';
import { draftScreenThankYou } from '../../src/lib/situations/screen-thank-you';
import { draftWithdrawal } from '../../src/lib/situations/withdrawal';
import type { Tone } from '../../src/lib/workspace/schema';

export const TONES: Tone[] = ['warm', 'formal', 'concise'];

export const candidate = { name: 'Sam Rivera', phone: '+44 7700 900123' };
export const recruiter = { name: 'Priya Shah', title: 'Talent Partner' };
export const reference = { name: 'Jordan Lee' };
export const job = { company: 'Acme', role: 'Product Designer' };

/** Every kind's builder on a typical, fully filled-in input. */
export const TYPICAL: Record<SituationKind, (tone: Tone) => DraftText> = {
  withdrawal: (tone) =>
    draftWithdrawal({
      candidate,
      ...job,
      recipient: recruiter,
      tone,
      reason: 'other-opportunity',
      bookedInterview: '2026-12-10',
    }),
  acceptedElsewhere: (tone) =>
    draftAcceptedElsewhereWithdrawal({
      candidate,
      ...job,
      recipient: recruiter,
      tone,
      bookedInterview: '2026-12-10',
    }),
  expedite: (tone) =>
    draftExpedite({
      candidate,
      ...job,
      recipient: recruiter,
      tone,
      offerDeadline: '2026-12-11',
      preferred: true,
      lastInterview: '2026-12-01',
    }),
  offerExtension: (tone) =>
    draftOfferExtension({
      candidate,
      ...job,
      recipient: recruiter,
      tone,
      newDate: '2026-12-18',
      currentDeadline: '2026-12-14',
      reason: 'family',
    }),
  offerAcceptance: (tone) =>
    draftOfferAcceptance({
      candidate,
      ...job,
      recipient: recruiter,
      tone,
      startDate: '2027-01-04',
      terms: 'a salary of £52,000 a year with 25 days of holiday',
      writtenOffer: false,
    }),
  offerDecline: (tone) =>
    draftOfferDecline({
      candidate,
      ...job,
      recipient: recruiter,
      tone,
      reason: "I've accepted a role closer to home",
      doorOpen: true,
    }),
  rejectionReply: (tone) =>
    draftRejectionReply({
      candidate,
      ...job,
      recipient: recruiter,
      tone,
      askFeedback: true,
      highlight: 'meeting the research team',
    }),
  reconnect: (tone) =>
    draftReconnect({
      candidate,
      ...job,
      recipient: recruiter,
      tone,
      lastSpoke: 'March',
      companyNews: 'your launch of the new checkout',
      update: "I've led a redesign of our onboarding flow",
      opening: 'Senior Product Designer',
    }),
  referenceThanks: (tone) =>
    draftReferenceThanks({
      candidate,
      ...job,
      recipient: reference,
      tone,
      startDate: '2027-01-04',
      detail: 'speaking with the hiring manager at short notice',
    }),
  recruiterThanks: (tone) =>
    draftRecruiterThanks({
      candidate,
      ...job,
      recipient: recruiter,
      tone,
      startDate: '2027-01-04',
      agency: true,
    }),
  screenThankYou: (tone) =>
    draftScreenThankYou({
      candidate,
      ...job,
      recipient: recruiter,
      tone,
      topics: 'how the design team is organised\nthe hybrid schedule',
      qualifications: 'Eight years designing B2B dashboards',
      nextStep: 'an interview with the hiring manager',
      nextDate: '2026-12-10',
      promised: [{ what: 'portfolio link', due: '' }],
    }),
  panelThankYou: (tone) =>
    draftPanelThankYou({
      candidate,
      ...job,
      tone,
      lead: { name: 'Priya Shah', topic: 'how the design system scales across product lines' },
      others: [
        { name: 'Tom Okafor', topic: 'moving checkout to the new payments API' },
        { name: 'Ana Lima', topic: 'accessibility audits before each release' },
      ],
      qualifications:
        'Eight years designing B2B dashboards\nLed a design system used by 40 engineers',
      promised: [{ what: 'SQL sample', due: '2026-12-08' }],
      format: 'on-site',
    }),
};

/** The body between greeting and signature: the sentences the builder wrote. */
export function middle(body: string): string[] {
  return body.split('\n\n').slice(1, -1);
}

/** Sentences of a paragraph: split after ".", "?" or "!" and a space. */
export function sentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.?!])\s+/u).filter(Boolean);
}
