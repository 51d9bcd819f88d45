// The draft rule every builder shares (src/lib/messages/draft-rule.ts): follow the
// details until edited; keep an edit, flagged stale only when the details change after
// it; replace an edit only on a confirmed "start again". And drafts saved by the v4
// build, which have no fingerprint, must read as edited and not stale.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chooseForDraft,
  draftChoices,
  editDraft,
  fingerprint,
  fresh,
  showDraft,
  startAgain,
  type FreshDraft,
} from '../../src/lib/messages/draft-rule';
import { composeThankYouEmail } from '../../src/lib/thank-you/compose';
import { WARM } from '../../src/lib/thank-you/tones/warm';
import { draftHandwrittenNote, noteDraftKey } from '../../src/lib/handwritten-note/note-card';
import { decodeWorkspace, encodeWorkspace } from '../../src/lib/workspace/decode';
import { FIELD_LIMITS } from '../../src/lib/workspace/field-limits';
import { draftKey, setDraft } from '../../src/lib/workspace/operations';
import type { Draft, Workspace } from '../../src/lib/workspace/schema';

const before = fresh({ subject: 'Thank you', body: 'Hi Priya, thanks for the onboarding talk.' });
const after = fresh({ subject: 'Thank you', body: 'Hi Priya, thanks for the accessibility talk.' });

describe('fingerprint and fresh', () => {
  it('is short, stable, and differs when the text does', () => {
    expect(fingerprint('abc')).toBe(fingerprint('abc'));
    expect(fingerprint('abc')).not.toBe(fingerprint('abd'));
    expect(before.basis).not.toBe(after.basis);
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const f = fingerprint(s);
        expect(f).toMatch(/^[0-9a-z]{1,11}$/);
        expect(f.length).toBeLessThanOrEqual(FIELD_LIMITS.basis);
      }),
    );
  });

  it('tells subject from body (the same words split differently are another draft)', () => {
    expect(fresh({ subject: 'a', body: 'bc' }).basis).not.toBe(
      fresh({ subject: 'ab', body: 'c' }).basis,
    );
  });

  it('takes the builder’s own fingerprint of its inputs when given', () => {
    const a = fresh({ subject: '', body: 'same text' }, 'tier=free');
    const b = fresh({ subject: '', body: 'same text' }, 'tier=premium');
    expect(a.basis).not.toBe(b.basis);
  });
});

describe('showDraft', () => {
  it('follows the fresh draft while nothing is saved, or the saved one is not edited', () => {
    expect(showDraft(undefined, before)).toEqual({
      subject: 'Thank you',
      body: before.body,
      edited: false,
      stale: false,
    });
    const saved: Draft = { subject: 'old', body: 'old body', edited: false, tone: 'warm' };
    expect(showDraft(saved, after).body).toBe(after.body);
  });

  it('while the fresh draft cannot be made (a tone loading), shows the saved text, not stale', () => {
    expect(showDraft(undefined, null)).toEqual({
      subject: '',
      body: '',
      edited: false,
      stale: false,
    });
    const saved = editDraft(undefined, before, { body: 'mine' });
    expect(showDraft(saved, null)).toEqual({
      subject: 'Thank you',
      body: 'mine',
      edited: true,
      stale: false,
    });
  });
});

describe('edit, change of details, start again', () => {
  it('an edit is kept; it is not stale until the details change, then it is', () => {
    const edited = editDraft(undefined, before, { body: 'My own words.' });
    expect(edited).toMatchObject({ subject: 'Thank you', body: 'My own words.', edited: true });
    expect(edited.basis).toBe(before.basis);
    // Right after the edit: the user's text differs from the fresh one, but nothing changed.
    expect(showDraft(edited, before)).toEqual({
      subject: 'Thank you',
      body: 'My own words.',
      edited: true,
      stale: false,
    });
    // The details change: kept as written, flagged.
    expect(showDraft(edited, after)).toEqual({
      subject: 'Thank you',
      body: 'My own words.',
      edited: true,
      stale: true,
    });
    // And changed back: not stale any more.
    expect(showDraft(edited, before).stale).toBe(false);
  });

  it('editing the subject keeps the body shown, and the other way round', () => {
    const s = editDraft(undefined, before, { subject: 'Thanks!' });
    expect(s).toMatchObject({ subject: 'Thanks!', body: before.body });
    const b = editDraft(s, before, { body: 'x' });
    expect(b).toMatchObject({ subject: 'Thanks!', body: 'x' });
  });

  it('an edit made after the details changed is made with them in view: no longer stale', () => {
    const edited = editDraft(undefined, before, { body: 'one' });
    expect(showDraft(edited, after).stale).toBe(true);
    const again = editDraft(edited, after, { body: 'one, with the audit' });
    expect(showDraft(again, after).stale).toBe(false);
  });

  it('an edit while the fresh draft cannot be made keeps the last fingerprint', () => {
    const edited = editDraft(undefined, before, { body: 'one' });
    const more = editDraft(edited, null, { body: 'one more' });
    expect(more.basis).toBe(before.basis);
    expect(showDraft(more, after).stale).toBe(true);
  });

  it('start again: without confirmation an edit is never replaced; confirmed, it follows again', () => {
    const edited = editDraft(undefined, before, { body: 'mine' });
    expect(startAgain(edited, after, false)).toBeNull();
    const replaced = startAgain(edited, after, true)!;
    expect(replaced).toEqual({
      subject: after.subject,
      body: after.body,
      edited: false,
      tone: 'warm',
    });
    expect(replaced.basis).toBeUndefined();
    // Following again: a later change of details shows at once.
    const later = fresh({ subject: 'Thank you', body: 'Hi Priya, newer.' });
    expect(showDraft(replaced, later)).toMatchObject({ body: 'Hi Priya, newer.', edited: false });
  });

  it('start again on a draft that was never edited needs no confirmation', () => {
    expect(startAgain(undefined, before, false)).toMatchObject({
      body: before.body,
      edited: false,
    });
  });

  it('start again while the fresh draft cannot be made changes nothing', () => {
    expect(startAgain(editDraft(undefined, before, { body: 'x' }), null, true)).toBeNull();
  });

  it('keeps the choices (tone, mention, detail) through edits and start again', () => {
    const saved: Draft = {
      subject: '',
      body: '',
      edited: false,
      tone: 'formal',
      mention: 'e-1',
      detail: 'the pairing rota',
    };
    const edited = editDraft(saved, before, { body: 'x' });
    expect(edited).toMatchObject({ tone: 'formal', mention: 'e-1', detail: 'the pairing rota' });
    expect(startAgain(edited, before, true)).toMatchObject({
      tone: 'formal',
      mention: 'e-1',
      detail: 'the pairing rota',
    });
    expect(draftChoices(saved)).toEqual({
      tone: 'formal',
      mention: 'e-1',
      detail: 'the pairing rota',
    });
    expect(draftChoices(undefined)).toEqual({ tone: 'warm', mention: '', detail: undefined });
  });

  it('a new choice on an edited draft keeps its text (then stale); on a following one it follows', () => {
    const edited = editDraft(undefined, before, { body: 'mine' });
    const toned = chooseForDraft(edited, before, { tone: 'concise' });
    expect(toned).toMatchObject({ body: 'mine', edited: true, tone: 'concise' });
    expect(toned.basis).toBe(before.basis);
    const following = chooseForDraft(undefined, before, { tone: 'formal' });
    expect(following).toMatchObject({ body: before.body, edited: false, tone: 'formal' });
    expect(showDraft(following, after).body).toBe(after.body);
  });

  it('holds for any sequence of edits, detail changes and start-agains (model check)', () => {
    type Step =
      | { op: 'edit'; body: string }
      | { op: 'details'; body: string }
      | { op: 'startAgain'; confirmed: boolean };
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.string({ maxLength: 8 }).map((body) => ({ op: 'edit' as const, body })),
      fc.string({ maxLength: 8 }).map((body) => ({ op: 'details' as const, body })),
      fc.boolean().map((confirmed) => ({ op: 'startAgain' as const, confirmed })),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let saved: Draft | undefined;
        let generated: FreshDraft = fresh({ subject: 's', body: 'start' });
        // The model: the user's text (null while following) and the details at the last edit.
        let mine: string | null = null;
        let editedWith = '';
        for (const s of steps) {
          if (s.op === 'edit') {
            saved = editDraft(saved, generated, { body: s.body });
            mine = s.body;
            editedWith = generated.body;
          } else if (s.op === 'details') {
            generated = fresh({ subject: 's', body: `gen:${s.body}` });
          } else {
            const next = startAgain(saved, generated, s.confirmed);
            if (next) {
              saved = next;
              mine = null;
            } else expect(mine !== null && !s.confirmed).toBe(true);
          }
          const shown = showDraft(saved, generated);
          expect(shown.body).toBe(mine ?? generated.body);
          expect(shown.edited).toBe(mine !== null);
          expect(shown.stale).toBe(mine !== null && editedWith !== generated.body);
        }
      }),
    );
  });
});

describe('saved data', () => {
  /** The London file of the v4 build, as this build reads it (migrated to v5). */
  const london = (): Workspace => {
    const result = decodeWorkspace(
      JSON.parse(
        readFileSync(
          new URL('../fixtures/v4/london-two-interviewers.json', import.meta.url),
          'utf8',
        ),
      ).localStorage['fuk-workspace'],
    );
    if (result.kind !== 'ok') throw new Error(result.kind);
    return result.workspace;
  };

  it('an edited draft with its fingerprint reads back exactly', () => {
    const ws = london();
    const app = ws.applications[0]!;
    const round = app.rounds[0]!;
    const key = Object.keys(round.drafts)[0]!;
    const edited = editDraft(round.drafts[key], before, { body: 'Mine.' });
    const saved = setDraft(ws, app.id, round.id, key, edited);
    const read = decodeWorkspace(encodeWorkspace(saved));
    if (read.kind !== 'ok') throw new Error(read.kind);
    expect(read.repairs).toEqual([]);
    expect(read.workspace.applications[0]!.rounds[0]!.drafts[key]).toEqual(edited);
    expect(edited.basis).toBe(before.basis);
  });

  it('a fingerprint longer than its limit is refused by the operations', () => {
    const draft: Draft = {
      subject: '',
      body: 'x',
      edited: true,
      tone: 'warm',
      basis: 'x'.repeat(FIELD_LIMITS.basis + 1),
    };
    const ws = london();
    const app = ws.applications[0]!;
    expect(setDraft(ws, app.id, app.rounds[0]!.id, 'status-inquiry', draft)).toBe(ws);
  });
});

describe('the v4 fixtures: edited drafts from before the fingerprint', () => {
  const read = (name: string) => {
    const dump = JSON.parse(
      readFileSync(new URL(`../fixtures/v4/${name}`, import.meta.url), 'utf8'),
    );
    const result = decodeWorkspace(dump.localStorage['fuk-workspace']);
    if (result.kind !== 'ok') throw new Error(result.kind);
    expect(result.repairs).toEqual([]);
    return result.workspace;
  };

  it('the London thank-you email reads and shows as edited, not stale, beside today’s draft', () => {
    const ws = read('london-two-interviewers.json');
    const app = ws.applications[0]!;
    const round = app.rounds[0]!;
    const person = app.people.find((p) => round.drafts[draftKey('thank-you-email', p.id)])!;
    const saved = round.drafts[draftKey('thank-you-email', person.id)]!;
    expect(saved.edited).toBe(true);
    expect(saved.basis).toBeUndefined();
    const generated = fresh(
      composeThankYouEmail(
        { application: app, round, interviewer: person, profile: ws.profile, tone: saved.tone },
        WARM,
      ),
    );
    // The fresh draft differs from the edit; still no notice, as the old data cannot say why.
    expect(generated.body).not.toBe(saved.body);
    expect(showDraft(saved, generated)).toEqual({
      subject: saved.subject,
      body: saved.body,
      edited: true,
      stale: false,
    });
  });

  it('the handwritten note with accents and emoji reads and shows as edited, not stale', () => {
    const ws = read('three-interviews-unicode.json');
    const app = ws.applications.find((a) => Object.keys(a.rounds[0]!.drafts).length > 0)!;
    const round = app.rounds[0]!;
    const person = app.people.find((p) => round.drafts[noteDraftKey(p.id)])!;
    const saved = round.drafts[noteDraftKey(person.id)]!;
    expect(saved.edited).toBe(true);
    const generated = fresh({
      subject: '',
      body: draftHandwrittenNote({
        application: app,
        round,
        interviewer: person,
        profile: ws.profile,
      }),
    });
    expect(showDraft(saved, generated)).toEqual({
      subject: '',
      body: saved.body,
      edited: true,
      stale: false,
    });
  });
});
