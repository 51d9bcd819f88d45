// Two tabs editing one application (an interview, on the pages): mergeThreeWay(base, mine, theirs) keeps both tabs' edits
// to different fields, and where both edited the same field, the tab saving now wins.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeThreeWay } from '../../src/lib/workspace/three-way-merge';
import type { Application, Round } from '../../src/lib/workspace/schema';
import { interview, person, priya, tom } from './fixtures';

const base = (): Application =>
  interview({
    id: 'iv-1',
    company: 'Fernhill Labs',
    role: 'Designer',
    people: [priya, tom],
    steps: { 'thank-you': false },
    drafts: {
      'thank-you-email:p1': {
        subject: 'Thank you',
        body: 'Dear Priya',
        edited: true,
        tone: 'warm',
      },
    },
    sent: [{ kind: 'thank-you-email', personId: 'p1', at: '2026-11-24T18:00:00.000Z' }],
    actionItems: [{ id: 'a1', what: 'samples', askedBy: 'p1', due: '', status: 'todo', notes: '' }],
  }).application;
/** The application's one round. */
const r0 = (a: Application): Round => a.rounds[0]!;
/** The application with its one round patched. */
const inRound = (a: Application, patch: Partial<Round>): Application => ({
  ...a,
  rounds: [{ ...r0(a), ...patch }],
});

/** Freezes deeply, so a merge that changed an input in place would throw. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null)
    for (const v of Object.values(Object.freeze(value))) deepFreeze(v);
  return value;
}
const merge = <T>(b: T | undefined, mine: T, theirs: T): T =>
  mergeThreeWay(deepFreeze(structuredClone(b)), deepFreeze(mine), deepFreeze(theirs));

describe('mergeThreeWay: fields', () => {
  it('keeps both tabs’ edits to different fields', () => {
    const b = base();
    const result = merge(
      b,
      { ...b, company: 'Fernhill' },
      { ...inRound(b, { wantsCard: true }), role: 'Lead Designer' },
    );
    expect(result).toEqual({
      ...inRound(b, { wantsCard: true }),
      company: 'Fernhill',
      role: 'Lead Designer',
    });
  });
  it('where both edited the same field, mine (the tab saving now) wins', () => {
    const b = base();
    expect(
      merge(b, { ...b, company: 'Mine' }, { ...b, company: 'Theirs', role: 'Theirs' }),
    ).toEqual({ ...b, company: 'Mine', role: 'Theirs' });
  });
  it('merges inside records: two fields of one person, two fields of one draft, two plan steps', () => {
    const b = base();
    const draft = r0(b).drafts['thank-you-email:p1']!;
    const mine: Application = {
      ...inRound(b, {
        drafts: { 'thank-you-email:p1': { ...draft, body: 'Dear Priya, thank you' } },
        steps: { ...r0(b).steps, card: true },
      }),
      people: [{ ...priya, email: 'priya@fernhill.example' }, tom],
    };
    const theirs: Application = {
      ...inRound(b, {
        drafts: { 'thank-you-email:p1': { ...draft, subject: 'Thank you, Priya' } },
        steps: { ...r0(b).steps, 'thank-you': true },
      }),
      people: [{ ...priya, title: 'Design Lead' }, tom],
    };
    const result = merge(b, mine, theirs);
    expect(result.people).toEqual([
      { ...priya, email: 'priya@fernhill.example', title: 'Design Lead' },
      tom,
    ]);
    expect(r0(result).drafts['thank-you-email:p1']).toEqual({
      subject: 'Thank you, Priya',
      body: 'Dear Priya, thank you',
      edited: true,
      tone: 'warm',
    });
    expect(r0(result).steps).toEqual({ 'thank-you': true, card: true });
  });
  it('merges edits to two rounds, and a round added in each tab', () => {
    const b = { ...base(), rounds: [r0(base()), { ...r0(base()), id: 'r2', met: ['p2'] }] };
    const [one, two] = b.rounds as [Round, Round];
    const result = merge(
      b,
      { ...b, rounds: [{ ...one, end: '15:00' }, two, { ...two, id: 'r3', date: '2026-12-03' }] },
      { ...b, rounds: [one, { ...two, timeline: '1-2 weeks' }, { ...two, id: 'r4' }] },
    );
    expect(result.rounds).toEqual([
      { ...one, end: '15:00' },
      { ...two, timeline: '1-2 weeks' },
      { ...two, id: 'r3', date: '2026-12-03' },
      { ...two, id: 'r4' },
    ]);
  });
  it('a field one side removed stays removed unless the other changed it', () => {
    type D = { subject: string; body: string; mention?: string; detail: string };
    const b: D = { subject: 's', body: 'b', mention: 'e1', detail: 'cycling' };
    const { mention: _m, ...withoutMention } = b;
    expect(merge<D>(b, withoutMention, { ...b, body: 'theirs' })).toEqual({
      subject: 's',
      body: 'theirs',
      detail: 'cycling',
    });
    expect(merge<D>(b, { ...b, body: 'mine' }, withoutMention)).toEqual({
      subject: 's',
      body: 'mine',
      detail: 'cycling',
    });
    // Removed here, changed there: their change is kept.
    expect(merge<D>(b, withoutMention, { ...b, mention: 'e2' })).toEqual({ ...b, mention: 'e2' });
  });
  it('a value new on both sides (no base) is mine', () => {
    expect(merge(undefined, { a: 1 }, { a: 2, b: 3 })).toEqual({ a: 1 });
  });
});

describe('mergeThreeWay: lists of records with ids', () => {
  const sara = person('p3', { name: 'Sara Ali' });
  const lee = person('p4', { name: 'Lee Park' });
  it('adds from both sides', () => {
    const b = base();
    const result = merge(
      b,
      { ...b, people: [priya, tom, sara] },
      { ...b, people: [priya, tom, lee] },
    );
    expect(result.people).toEqual([priya, tom, sara, lee]);
  });
  it('deletes from either side', () => {
    const b = base();
    expect(merge(b, { ...b, people: [priya] }, b).people).toEqual([priya]);
    expect(merge(b, b, { ...b, people: [tom] }).people).toEqual([tom]);
    expect(merge(b, { ...b, people: [priya, sara] }, { ...b, people: [tom] }).people).toEqual([
      sara,
    ]);
  });
  it('keeps a record one side deleted and the other edited (the edit is not lost)', () => {
    const b = base();
    const edited = { ...tom, topics: 'new notes' };
    expect(merge(b, { ...b, people: [priya, edited] }, { ...b, people: [priya] }).people).toEqual([
      priya,
      edited,
    ]);
    expect(merge(b, { ...b, people: [priya] }, { ...b, people: [priya, edited] }).people).toEqual([
      priya,
      edited,
    ]);
  });
  it('promised items too: a status ticked here and notes written there', () => {
    const b = base();
    const item = r0(b).actionItems[0]!;
    const result = merge(
      b,
      inRound(b, { actionItems: [{ ...item, status: 'done' }] }),
      inRound(b, { actionItems: [{ ...item, notes: 'attach the PDF' }] }),
    );
    expect(r0(result).actionItems).toEqual([{ ...item, status: 'done', notes: 'attach the PDF' }]);
  });
});

describe('mergeThreeWay: lists without ids merge as sets', () => {
  it('sent records: each side’s new record is kept, a removed one stays removed', () => {
    const b = base();
    const mineSent = {
      kind: 'linkedin' as const,
      personId: 'p2',
      at: '2026-11-25T09:00:00.000Z',
    };
    const theirSent = { kind: 'handwritten-note' as const, at: '2026-11-26T09:00:00.000Z' };
    const sent = r0(b).sent;
    const result = merge(
      b,
      inRound(b, { sent: [...sent, mineSent] }),
      inRound(b, { sent: [...sent, theirSent] }),
    );
    expect(r0(result).sent).toEqual([...sent, mineSent, theirSent]);
    // Unmarked here, a new one marked there.
    expect(
      r0(merge(b, inRound(b, { sent: [] }), inRound(b, { sent: [...sent, theirSent] }))).sent,
    ).toEqual([theirSent]);
  });
  it('holidays and the order of interviews', () => {
    expect(
      merge(
        ['2026-12-25', '2026-12-26'],
        ['2026-12-25', '2026-12-26', '2027-01-01'],
        ['2026-12-25'],
      ),
    ).toEqual(['2026-12-25', '2027-01-01']);
    // Tab A added c, tab B added d and deleted a.
    expect(merge(['a', 'b'], ['a', 'b', 'c'], ['b', 'd'])).toEqual(['b', 'c', 'd']);
  });
});

// ---------------------------------------------------------------------------------
// Properties.

/** JSON as storage gives it back (no -0, which JSON cannot hold). */
const json = fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);

describe('mergeThreeWay: properties', () => {
  it('merge(base, x, base) = x and merge(base, base, y) = y: a side that changed nothing takes the other', () => {
    fc.assert(
      fc.property(json, json, (b, x) => {
        expect(merge(b, x, b)).toEqual(x);
        expect(merge(b, b, x)).toEqual(x);
        expect(merge(b, x, x)).toEqual(x);
      }),
      { numRuns: 2_000 },
    );
  });

  const FIELDS = ['company', 'role', 'qualifications', 'notes', 'jobLink'] as const;
  const edits = fc.dictionary(fc.constantFrom(...FIELDS), fc.string({ maxLength: 20 }), {
    maxKeys: FIELDS.length,
  });
  it('edits to different fields of an application all survive, whichever tab saves', () => {
    fc.assert(
      fc.property(edits, edits, (a, c) => {
        const b = base();
        // Keep the two sets of fields apart: each field is edited by one tab only.
        const theirs = Object.fromEntries(Object.entries(c).filter(([k]) => !(k in a)));
        const expected = { ...b, ...a, ...theirs };
        expect(merge(b, { ...b, ...a }, { ...b, ...theirs })).toEqual(expected);
        expect(merge(b, { ...b, ...theirs }, { ...b, ...a })).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
  it('the same field edited in both tabs: mine wins, whatever it is', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELDS), fc.string(), fc.string(), (field, x, y) => {
        const b = base();
        expect(merge(b, { ...b, [field]: x }, { ...b, [field]: y })[field]).toBe(
          x === b[field] ? y : x,
        );
      }),
    );
  });
  it('people added and removed in both tabs: every add is there, every delete is gone, nothing twice', () => {
    const ids = fc.uniqueArray(fc.constantFrom<string>('p1', 'p2', 'n1', 'n2', 'n3', 'n4'), {
      maxLength: 6,
    });
    fc.assert(
      fc.property(ids, ids, (mineIds, theirIds) => {
        const b = base();
        const pick = (list: string[]) =>
          list.map((id) => b.people.find((p) => p.id === id) ?? person(id, { name: `new ${id}` }));
        const result = merge(b, { ...b, people: pick(mineIds) }, { ...b, people: pick(theirIds) });
        const got = result.people.map((p) => p.id);
        expect(new Set(got).size).toBe(got.length);
        const baseIds = ['p1', 'p2'];
        for (const id of new Set([...mineIds, ...theirIds])) {
          const added = !baseIds.includes(id);
          const deleted = !added && (!mineIds.includes(id) || !theirIds.includes(id));
          expect(got.includes(id)).toBe(added || !deleted);
        }
        for (const id of got) expect(mineIds.includes(id) || theirIds.includes(id)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
