// The outcome steps of saved applications and the message each sends (lib/timeline/
// outcome-steps.ts, lib/situations/step-draft.ts), on v5 workspaces from the fixtures.
import { describe, expect, it } from 'vitest';
import { stepDraft } from '../../src/lib/situations/step-draft';
import { outcomeRecipient, outcomeSteps } from '../../src/lib/timeline/outcome-steps';
import {
  OFFER_ANSWER_DEFAULTS,
  offerAnswerOf,
  setOfferAnswer,
} from '../../src/lib/workspace/offer-answer-edits';
import {
  emptyWorkspace,
  type Application,
  type Outcome,
  type Workspace,
} from '../../src/lib/workspace/schema';
import { wordCount } from '../../src/lib/messages/text-stats';
import { application, person, priya, round, tom } from './fixtures';

const profile = { name: 'Alex Morgan', phone: '+44 20 7946 0000', linkedinTier: 'free' as const };
const at = (status: Outcome['status'], day: string, deadline?: string): Outcome => ({
  status,
  at: day,
  note: '',
  ...(deadline ? { deadline } : {}),
});

/** A: London, two interviewers met; B: a recruiter and a hiring manager. */
function search(a: Partial<Application> = {}, b: Partial<Application> = {}): Workspace {
  const A = application({
    id: 'A',
    company: 'Acme',
    role: 'Product Designer',
    people: [priya, tom],
    rounds: [round({ id: 'ra', date: '2026-11-24', timeZone: 'Europe/London', met: ['p1', 'p2'] })],
    ...a,
  });
  const B = application({
    id: 'B',
    company: 'Beta',
    role: 'Senior Designer',
    people: [
      person('hm', { role: 'hiring-manager', name: 'Hana Kim' }),
      person('rc', { role: 'recruiter', name: 'Sam Lee', email: 'sam@beta.example' }),
      person('ref', { role: 'reference', name: 'Jo Reed' }),
    ],
    rounds: [round({ id: 'rb', date: '2026-11-20', met: ['hm'] })],
    ...b,
  });
  return { ...emptyWorkspace(), profile, applications: [A, B], currentId: 'A' };
}
const app = (ws: Workspace, id: string) => ws.applications.find((x) => x.id === id)!;

describe('outcome steps of a saved application', () => {
  it('an offer at B with a deadline gives A an expedite step the business day after, and its draft names the deadline', () => {
    const ws = search({}, { outcomes: [at('offer', '2026-12-01', '2026-12-11')] });
    const steps = outcomeSteps(app(ws, 'A'), ws, '2026-12-01');
    expect(steps.map((s) => [s.id, s.title, s.date, s.state])).toEqual([
      ['expedite:B', 'Tell Acme about your offer from Beta', '2026-12-02', 'upcoming'],
    ]);
    const d = stepDraft('expedite:B', ws, app(ws, 'A'))!;
    expect(d.kind).toBe('expedite');
    expect(d.application.id).toBe('A');
    expect(d.round.id).toBe('ra');
    // No recruiter or hiring manager at A: the first person met in the latest round.
    expect(d.recipient?.id).toBe('p1');
    expect(d.key).toBe('expedite:p1');
    const { subject, body } = d.generate('warm');
    expect(body).toContain('Hi Priya,');
    expect(body).toContain('by Friday 11 December');
    expect(body).toContain('most recently on Tuesday 24 November');
    expect(body).toContain('Alex Morgan');
    expect(subject).toContain('Product Designer');
    const words = wordCount(body);
    expect(words).toBeGreaterThanOrEqual(d.limit.target.min);
    expect(words).toBeLessThanOrEqual(d.limit.target.max);
  });

  it('marks the step done once an expedite note is sent on or after the offer, and not for an older one', () => {
    const sent = (day: string) =>
      search(
        {
          rounds: [
            round({
              id: 'ra',
              met: ['p1', 'p2'],
              sent: [{ kind: 'expedite', personId: 'p1', at: `${day}T09:00:00.000Z` }],
            }),
          ],
        },
        { outcomes: [at('offer', '2026-12-01', '2026-12-11')] },
      );
    const now = sent('2026-12-02');
    expect(outcomeSteps(app(now, 'A'), now, '2026-12-03')[0]).toMatchObject({
      done: true,
      state: 'done',
    });
    const before = sent('2026-11-20');
    expect(outcomeSteps(app(before, 'A'), before, '2026-12-03')[0]).toMatchObject({
      done: false,
      state: 'overdue',
    });
  });

  it('an offer here: ask for more time (to the recruiter, with their deadline) and answer it', () => {
    const ws = search({}, { outcomes: [at('offer', '2026-12-01', '2026-12-11')] });
    const B = app(ws, 'B');
    expect(outcomeSteps(B, ws, '2026-12-01').map((s) => s.id)).toEqual([
      'offer-extension',
      'offer-answer',
    ]);
    const d = stepDraft('offer-extension', ws, B)!;
    expect(d.recipient?.id).toBe('rc');
    expect(d.kind).toBe('offer-extension');
    expect(d.generate('formal').body).toContain('Dear Sam Lee,');
    // One specific date, three business days past theirs (Fri 11 → Wed 16 December).
    expect(d.generate('warm').body).toContain(
      'Would it be possible to have until Wednesday 16 December rather than Friday 11 December?',
    );
    expect(stepDraft('offer-answer', ws, B)?.kind).toBe('offer-acceptance');
  });

  it('answering an offer: the acceptance to the recruiter from what the user noted, or the decline once they choose it', () => {
    const offer = { outcomes: [at('offer', '2026-12-01', '2026-12-11')] };
    let ws = search({}, offer);
    const answer = stepDraft('offer-answer', ws, app(ws, 'B'))!;
    expect([answer.kind, answer.recipient?.id, answer.key]).toEqual([
      'offer-acceptance',
      'rc',
      'offer-acceptance:rc',
    ]);
    // Nothing noted yet: no invented terms, and the email asks for the offer letter.
    expect(answer.generate('warm').body).toContain("I'm delighted to accept it.");
    expect(answer.generate('warm').body).toMatch(/offer letter is ready/);
    expect(answer.generate('warm').body).not.toMatch(/£|salary|starting on/);

    ws = setOfferAnswer(ws, 'B', { startDate: '2027-01-04', terms: '£60,000 a year' });
    const noted = stepDraft('offer-answer', ws, app(ws, 'B'))!.generate('warm');
    expect(noted.body).toContain('£60,000 a year.');
    expect(noted.body).toContain('starting on Monday 4 January');
    expect(noted.body).toContain('Senior Designer');
    expect(noted.subject).toBe('Accepting your offer — Senior Designer role');

    ws = setOfferAnswer(ws, 'B', {
      choice: 'decline',
      reason: "I've accepted a role closer to home",
    });
    const no = stepDraft('offer-answer', ws, app(ws, 'B'))!;
    expect([no.kind, no.key]).toEqual(['offer-decline', 'offer-decline:rc']);
    expect(no.generate('formal').body).toContain('Dear Sam Lee,');
    expect(no.generate('warm').body).toContain("in short, I've accepted a role closer to home.");
    expect(no.generate('warm').body).toContain('stay in touch');
    // The acceptance's details are kept for a change of mind.
    expect(offerAnswerOf(app(ws, 'B'))).toMatchObject({
      startDate: '2027-01-04',
      terms: '£60,000 a year',
    });
  });

  it('the answer step is done once an acceptance or a decline is sent since the offer, not before it', () => {
    const sent = (kind: 'offer-acceptance' | 'offer-decline' | 'withdrawal', day: string) =>
      search(
        {},
        {
          outcomes: [at('offer', '2026-12-01', '2026-12-11')],
          rounds: [
            round({
              id: 'rb',
              date: '2026-11-20',
              met: ['hm'],
              sent: [{ kind, personId: 'rc', at: `${day}T10:00:00.000Z` }],
            }),
          ],
        },
      );
    const answered = (ws: Workspace) =>
      outcomeSteps(app(ws, 'B'), ws, '2026-12-05').find((s) => s.id === 'offer-answer')!.done;
    expect(answered(sent('offer-acceptance', '2026-12-04'))).toBe(true);
    expect(answered(sent('offer-decline', '2026-12-04'))).toBe(true);
    expect(answered(sent('offer-acceptance', '2026-11-28'))).toBe(false);
    expect(answered(sent('withdrawal', '2026-12-04'))).toBe(false);
  });

  it('the answer refuses a start date that is not a date and text over a line', () => {
    const ws = search({}, { outcomes: [at('offer', '2026-12-01', '2026-12-11')] });
    expect(setOfferAnswer(ws, 'B', { startDate: 'soon' })).toBe(ws);
    expect(setOfferAnswer(ws, 'B', { terms: 'x'.repeat(501) })).toBe(ws);
    expect(setOfferAnswer(ws, 'nope', { choice: 'decline' })).toBe(ws);
    expect(offerAnswerOf(app(ws, 'B'))).toEqual(OFFER_ANSWER_DEFAULTS);
    const changed = setOfferAnswer(ws, 'B', { writtenOffer: true });
    expect(app(changed, 'B').rounds.at(-1)!.offerAnswer).toEqual({
      ...OFFER_ANSWER_DEFAULTS,
      writtenOffer: true,
    });
  });

  it("the date it proposes skips the region's days off and follows its weekend", () => {
    const ws = search({}, { outcomes: [at('offer', '2026-12-14', '2026-12-23')] });
    const B = app(ws, 'B');
    const body = (daysOff: { holidays: string[]; weekend: number[] }) =>
      stepDraft('offer-extension', { ...ws, daysOff }, B)!.generate('warm').body;
    // England: Christmas, the 28th (Boxing Day's substitute) and the weekend fall between.
    expect(body({ holidays: ['2026-12-25', '2026-12-28'], weekend: [0, 6] })).toContain(
      'until Wednesday 30 December',
    );
    // A Friday–Saturday weekend: Thu 24, Sun 27, Mon 28 (no holidays typed).
    expect(body({ holidays: [], weekend: [5, 6] })).toContain('until Monday 28 December');
    // No deadline: nothing to count from, so no date is made up.
    const open = search({}, { outcomes: [at('offer', '2026-12-14')] });
    expect(stepDraft('offer-extension', open, app(open, 'B'))!.generate('warm').body).toContain(
      'Would it be possible to have a few more days?',
    );
  });

  it('a rejection: a reply within two business days and a reconnect note naming the month they spoke', () => {
    const ws = search({ outcomes: [at('rejected', '2026-12-04')] });
    const A = app(ws, 'A');
    const steps = outcomeSteps(A, ws, '2026-12-04');
    expect(steps.map((s) => [s.id, s.date])).toEqual([
      ['rejection-reply', '2026-12-08'],
      ['reconnect', '2027-03-04'],
    ]);
    const reply = stepDraft('rejection-reply', ws, A)!;
    expect(reply.kind).toBe('rejection-reply');
    expect(reply.generate('warm').body).toContain('Thank you for letting me know');
    const again = stepDraft('reconnect', ws, A)!;
    expect(again.key).toBe('reconnect:p1');
    expect(again.generate('warm').body).toContain('We spoke in November');
  });

  it('a withdrawal frees a round booked after the decision', () => {
    const ws = search({
      outcomes: [at('withdrawn', '2026-12-01')],
      rounds: [round({ id: 'ra', date: '2026-12-09', met: ['p1'] })],
    });
    const A = app(ws, 'A');
    expect(outcomeSteps(A, ws, '2026-12-01').map((s) => [s.id, s.date, s.state])).toEqual([
      ['withdrawal', '2026-12-01', 'today'],
    ]);
    const d = stepDraft('withdrawal', ws, A)!;
    expect(d.kind).toBe('withdrawal');
    expect(d.generate('warm').body).toContain('Wednesday 9 December');
  });

  it('accepting A: withdraw from B (drafted to B’s recruiter, kept in B’s round), thank A’s recruiter and each reference', () => {
    const ws = search(
      {
        outcomes: [at('offer', '2026-12-01'), at('accepted', '2026-12-03')],
        source: 'agency',
        people: [
          priya,
          tom,
          person('arc', { role: 'recruiter', name: 'Ola Ray' }),
          person('aref', { role: 'reference', name: 'Kit Fox' }),
        ],
      },
      { outcomes: [at('next-round', '2026-11-25')] },
    );
    const A = app(ws, 'A');
    expect(outcomeSteps(A, ws, '2026-12-03').map((s) => s.id)).toEqual([
      'withdraw-from:B',
      'recruiter-thanks:arc',
      'reference-thanks:aref',
    ]);
    const out = stepDraft('withdraw-from:B', ws, A)!;
    expect(out).toMatchObject({ kind: 'withdrawal', key: 'withdrawal:rc' });
    expect(out.application.id).toBe('B');
    expect(out.round.id).toBe('rb');
    expect(out.generate('warm').body).toContain("I've accepted an offer elsewhere");
    expect(out.generate('warm').body).toContain('Senior Designer role at Beta');
    const thanks = stepDraft('recruiter-thanks:arc', ws, A)!;
    expect(thanks).toMatchObject({ kind: 'recruiter-thanks', key: 'recruiter-thanks:arc' });
    expect(thanks.generate('warm').body).toContain('putting me forward');
    const ref = stepDraft('reference-thanks:aref', ws, A)!;
    expect(ref.recipient?.name).toBe('Kit Fox');
    expect(ref.generate('warm').body).toContain('one of my references');
    // Sent in B's round: the step is done on A's list.
    const sentWs: Workspace = {
      ...ws,
      applications: ws.applications.map((x) =>
        x.id === 'B'
          ? {
              ...x,
              rounds: [
                {
                  ...x.rounds[0]!,
                  sent: [{ kind: 'withdrawal', personId: 'rc', at: '2026-12-04T10:00:00.000Z' }],
                },
              ],
            }
          : x,
      ),
    };
    expect(outcomeSteps(app(sentWs, 'A'), sentWs, '2026-12-04')[0]).toMatchObject({
      id: 'withdraw-from:B',
      done: true,
    });
  });

  it('an unknown step, application or person has no draft', () => {
    const ws = search();
    const A = app(ws, 'A');
    for (const id of [
      'nothing',
      'expedite:Z',
      'withdraw-from:Z',
      'recruiter-thanks:zz',
      'reference-thanks:',
    ])
      expect(stepDraft(id, ws, A), id).toBeNull();
  });

  it('the recipient: recruiter, else hiring manager, else the first met in the latest round, else anyone, else none', () => {
    const ws = search();
    expect(outcomeRecipient(app(ws, 'B'))?.id).toBe('rc');
    const B = app(ws, 'B');
    expect(outcomeRecipient({ ...B, people: B.people.filter((p) => p.id !== 'rc') })?.id).toBe(
      'hm',
    );
    const A = app(ws, 'A');
    expect(outcomeRecipient({ ...A, rounds: [round({ met: ['p2'] })] })?.id).toBe('p2');
    expect(outcomeRecipient({ ...A, rounds: [round({ met: [] })] })?.id).toBe('p1');
    expect(outcomeRecipient({ ...A, people: [] })).toBeNull();
  });

  it('every step draft in every tone greets, signs and falls within its length rule', () => {
    const ws = search(
      {
        outcomes: [at('accepted', '2026-12-03')],
        people: [
          priya,
          person('arc', { role: 'recruiter', name: 'Ola Ray' }),
          person('aref', { role: 'reference', name: 'Kit Fox' }),
        ],
      },
      { outcomes: [at('offer', '2026-12-01', '2026-12-11')] },
    );
    const cases: [string, Application][] = [
      ['withdraw-from:B', app(ws, 'A')],
      ['recruiter-thanks:arc', app(ws, 'A')],
      ['reference-thanks:aref', app(ws, 'A')],
      ['offer-extension', app(ws, 'B')],
    ];
    const rejected = search(
      { outcomes: [at('rejected', '2026-12-04')] },
      { outcomes: [at('offer', '2026-12-01', '2026-12-11')] },
    );
    cases.push(['rejection-reply', app(rejected, 'A')], ['reconnect', app(rejected, 'A')]);
    const waiting = search({}, { outcomes: [at('offer', '2026-12-01', '2026-12-11')] });
    cases.push(['expedite:B', app(waiting, 'A')]);
    const withdrawn = search({ outcomes: [at('withdrawn', '2026-12-01')] });
    cases.push(['withdrawal', app(withdrawn, 'A')]);
    const wsFor = (a: Application) =>
      [ws, rejected, waiting, withdrawn].find((w) => w.applications.includes(a))!;
    for (const [id, a] of cases) {
      const d = stepDraft(id, wsFor(a), a)!;
      for (const tone of ['warm', 'formal', 'concise'] as const) {
        const { body } = d.generate(tone);
        const n = wordCount(body);
        expect(n, `${id} ${tone}`).toBeGreaterThanOrEqual(d.limit.target.min);
        expect(n, `${id} ${tone}`).toBeLessThanOrEqual(d.limit.target.max);
        expect(
          body.endsWith('Alex Morgan') || body.endsWith('+44 20 7946 0000'),
          `${id} ${tone}`,
        ).toBe(true);
      }
    }
  });
});
