// The thank-you builder's screen and panel modes (lib/thank-you/modes.ts and
// mode-drafts.ts): where their drafts are kept, whom they go to, and the panel's
// choice and lead surviving a reload through the draft's key alone.
import { describe, expect, it } from 'vitest';
import {
  addressLine,
  choosePanel,
  defaultLead,
  panelAddresses,
  panelChoice,
  panelDraftKey,
  panelOrder,
  panelThankYou,
  screenDraftKey,
  screenRecipient,
  screenThankYou,
} from '../../src/lib/thank-you/mode-drafts';
import { panelChosen } from '../../src/lib/thank-you/modes';
import { buildMailto, parseMailto } from '../../src/lib/messages/mailto';
import { wordCount } from '../../src/lib/messages/text-stats';
import { MESSAGE_LIMITS } from '../../src/lib/messages/message-limits';
import { draftKey, peopleMet } from '../../src/lib/workspace/operations';
import { emptyWorkspace, TONES, type Workspace } from '../../src/lib/workspace/schema';
import { ana, application, person, priya, round, tom } from './fixtures';

const profile = { name: 'Alex Morgan', phone: '', linkedinTier: 'free' as const };
const hm = person('hm', {
  role: 'hiring-manager',
  name: 'Hana Kim',
  email: 'hana@acme.example',
  topics: 'the roadmap for next year',
});
const rec = person('rc', {
  role: 'recruiter',
  name: 'Sam Lee',
  email: 'sam@acme.example',
  topics: 'the team structure',
});

function ws(people = [priya, tom, hm], drafts = {}): Workspace {
  const app = application({
    company: 'Acme',
    role: 'Product Designer',
    people,
    rounds: [round({ kind: 'panel', met: people.map((p) => p.id), drafts })],
  });
  return { ...emptyWorkspace(), profile, applications: [app], currentId: app.id };
}
const only = (w: Workspace) => {
  const app = w.applications[0]!;
  return { app, round: app.rounds[0]! };
};

describe('draft keys', () => {
  it('never equal a per-person thank-you key, whatever the person id', () => {
    for (const id of ['p1', 'screen:p1', 'panel:p1', '', 'thank-you-email/screen:x']) {
      expect(screenDraftKey('p1')).not.toBe(draftKey('thank-you-email', id));
      expect(panelDraftKey('p1', true)).not.toBe(draftKey('thank-you-email', id));
      expect(panelDraftKey('p1', false)).not.toBe(draftKey('thank-you-email', id));
    }
    expect(screenDraftKey()).toBe('thank-you-email/screen');
  });
});

describe('screen thank-you', () => {
  it('goes to the recruiter met, else the application’s recruiter, else the first person met', () => {
    const met = application({
      people: [priya, rec],
      rounds: [round({ kind: 'recruiter-screen', met: ['p1', 'rc'] })],
    });
    expect(screenRecipient(met, met.rounds[0]!)?.id).toBe('rc');
    const notMet = application({
      people: [priya, rec],
      rounds: [round({ kind: 'recruiter-screen', met: ['p1'] })],
    });
    expect(screenRecipient(notMet, notMet.rounds[0]!)?.id).toBe('rc');
    const none = application({ people: [priya], rounds: [round({ met: ['p1'] })] });
    expect(screenRecipient(none, none.rounds[0]!)?.id).toBe('p1');
    const nobody = application({ people: [], rounds: [round()] });
    expect(screenRecipient(nobody, nobody.rounds[0]!)).toBeUndefined();
  });

  it('greets the recruiter, names the topic, and stays in its word range in every tone', () => {
    const app = application({
      company: 'Acme',
      role: 'Product Designer',
      qualifications: 'eight years of design systems work',
      people: [rec],
      rounds: [round({ kind: 'recruiter-screen', met: ['rc'] })],
    });
    const { min, max } = MESSAGE_LIMITS.screenThankYou.target;
    for (const tone of TONES) {
      const { body, subject } = screenThankYou(app, app.rounds[0]!, rec, profile, tone);
      expect(body).toMatch(/^(Hi|Dear) Sam/);
      expect(body).toContain('the team structure');
      expect(subject).toContain('Product Designer');
      expect(wordCount(body)).toBeGreaterThanOrEqual(min);
      expect(wordCount(body)).toBeLessThanOrEqual(max);
    }
  });
});

describe('panel choice', () => {
  it('defaults the lead to the hiring manager met, else the first person met', () => {
    expect(defaultLead([priya, tom, hm])?.id).toBe('hm');
    expect(defaultLead([priya, tom])?.id).toBe('p1');
    expect(defaultLead([])).toBeUndefined();
  });

  it('is off until chosen, and only with two or more people met', () => {
    const { round: r } = only(ws());
    expect(panelChosen(r, [priya, tom, hm])).toBe(false);
    expect(panelChoice(r, [priya, tom, hm])).toEqual({
      on: false,
      lead: hm,
      key: 'thank-you-email/panel:hm',
    });
    const chosen = only(choosePanel(ws(), 'i1', 'r1', true)).round;
    expect(panelChosen(chosen, [priya, tom, hm])).toBe(true);
    expect(panelChosen(chosen, [priya])).toBe(false);
  });

  it('keeps the lead and the edited text through a change of lead and a switch back and forth', () => {
    const edited = {
      subject: 'Thanks',
      body: 'My own words',
      edited: true,
      tone: 'formal' as const,
    };
    let w = choosePanel(
      ws([priya, tom, hm], { 'thank-you-email/panel:p2': edited }),
      'i1',
      'r1',
      true,
      'p1',
    );
    expect(Object.keys(only(w).round.drafts)).toEqual(['thank-you-email/panel:p1']);
    expect(only(w).round.drafts['thank-you-email/panel:p1']).toEqual(edited);
    w = choosePanel(w, 'i1', 'r1', false);
    expect(Object.keys(only(w).round.drafts)).toEqual(['thank-you-email/panel-off:p1']);
    expect(panelChoice(only(w).round, [priya, tom, hm]).on).toBe(false);
    w = choosePanel(w, 'i1', 'r1', true);
    const choice = panelChoice(only(w).round, [priya, tom, hm]);
    expect(choice).toEqual({ on: true, lead: priya, key: 'thank-you-email/panel:p1' });
    expect(only(w).round.drafts[choice.key]).toEqual(edited);
  });

  it('leaves per-person drafts alone, and falls back to the default lead once the lead is gone', () => {
    const mine = { subject: 's', body: 'b', edited: true, tone: 'warm' as const };
    const w = choosePanel(
      ws([priya, tom, hm], { 'thank-you-email:p1': mine }),
      'i1',
      'r1',
      true,
      'zz',
    );
    expect(only(w).round.drafts['thank-you-email:p1']).toEqual(mine);
    expect(panelChoice(only(w).round, [priya, tom, hm]).lead?.id).toBe('hm');
    // The kept draft is still the one shown, under the key it has.
    expect(panelChoice(only(w).round, [priya, tom, hm]).key).toBe('thank-you-email/panel:zz');
  });

  it('changes nothing for an unknown application or round', () => {
    const w = ws();
    expect(choosePanel(w, 'nope', 'r1', true)).toBe(w);
    expect(choosePanel(w, 'i1', 'nope', true)).toBe(w);
  });
});

describe('panel email', () => {
  const people = [priya, tom, hm].map((p, n) => ({
    ...p,
    email: ['', 'tom@acme.example', p.email][n]!,
  }));
  const { app, round: r } = only(ws(people));

  it('puts the lead first and ties each topic to its own name, in every tone', () => {
    const lead = people[2]!;
    expect(panelOrder(lead, peopleMet(app, r)).map((p) => p.id)).toEqual(['hm', 'p1', 'p2']);
    for (const tone of TONES) {
      const d = panelThankYou(app, r, lead, profile, tone);
      expect(d.to).toBe('Hana Kim');
      expect(d.cc).toEqual(['Priya Shah', 'Tom Okafor']);
      const sentences = d.body.split(/(?<=\.)\s/);
      expect(sentences.find((s) => s.includes('design system'))).toMatch(/Priya/);
      expect(sentences.find((s) => s.includes('payments API'))).toMatch(/Tom/);
      expect(sentences.find((s) => s.includes('roadmap'))).toMatch(/Hana/);
      // No qualifications or promises here, so only the ceiling is asserted: the builder's
      // own tests hold it to its floor with every detail given.
      expect(wordCount(d.body)).toBeLessThanOrEqual(MESSAGE_LIMITS.panelThankYou.target.max);
    }
  });

  it('mails the lead and copies the others whose address is known', () => {
    const order = panelOrder(people[2], people);
    const { to, cc } = panelAddresses(order);
    expect(to).toBe('hana@acme.example');
    expect(cc).toEqual(['tom@acme.example']);
    const parsed = parseMailto(buildMailto({ to, cc, subject: 's', body: 'b' }).href);
    expect(parsed?.to).toBe('hana@acme.example');
    expect(parsed?.cc).toEqual(['tom@acme.example']);
  });

  it('writes the To and Cc lines with names and addresses where known', () => {
    expect(addressLine([people[2]!])).toBe('Hana Kim <hana@acme.example>');
    expect(addressLine([people[0]!, people[1]!])).toBe('Priya Shah, Tom Okafor <tom@acme.example>');
    expect(addressLine([person('x', { email: 'x@y.example' }), person('z')])).toBe('x@y.example');
  });
});

describe('with ana too', () => {
  it('a panel of four stays under the hard maximum', () => {
    const { app, round: r } = only(ws([priya, tom, hm, ana]));
    const d = panelThankYou(app, r, hm, profile, 'warm');
    expect(wordCount(d.body)).toBeLessThanOrEqual(MESSAGE_LIMITS.panelThankYou.max);
  });
});
