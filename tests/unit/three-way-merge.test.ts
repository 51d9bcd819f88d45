// Two tabs editing one interview: mergeThreeWay(base, mine, theirs) keeps both tabs' edits
// to different fields, and where both edited the same field, the tab saving now wins.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeThreeWay } from '../../src/lib/workspace/three-way-merge';
import type { Interview } from '../../src/lib/workspace/schema';
import { interview, person, priya, tom } from './fixtures';

const base = (): Interview =>
  interview({
    id: 'iv-1',
    company: 'Fernhill Labs',
    role: 'Designer',
    interviewers: [priya, tom],
    steps: { 'thank-you': false },
    drafts: {
      'thank-you-email:p1': {
        subject: 'Thank you',
        body: 'Dear Priya',
        edited: true,
        tone: 'warm',
      },
    },
    sent: [{ kind: 'thank-you-email', interviewerId: 'p1', at: '2026-11-24T18:00:00.000Z' }],
    actionItems: [{ id: 'a1', what: 'samples', askedBy: 'p1', due: '', status: 'todo', notes: '' }],
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
      { ...b, role: 'Lead Designer', wantsCard: true },
    );
    expect(result).toEqual({ ...b, company: 'Fernhill', role: 'Lead Designer', wantsCard: true });
  });
  it('where both edited the same field, mine (the tab saving now) wins', () => {
    const b = base();
    expect(
      merge(b, { ...b, company: 'Mine' }, { ...b, company: 'Theirs', role: 'Theirs' }),
    ).toEqual({ ...b, company: 'Mine', role: 'Theirs' });
  });
  it('merges inside records: two fields of one interviewer, two fields of one draft, two plan steps', () => {
    const b = base();
    const mine: Interview = {
      ...b,
      interviewers: [{ ...priya, email: 'priya@fernhill.example' }, tom],
      drafts: {
        'thank-you-email:p1': { ...b.drafts['thank-you-email:p1']!, body: 'Dear Priya, thank you' },
      },
      steps: { ...b.steps, card: true },
    };
    const theirs: Interview = {
      ...b,
      interviewers: [{ ...priya, title: 'Design Lead' }, tom],
      drafts: {
        'thank-you-email:p1': { ...b.drafts['thank-you-email:p1']!, subject: 'Thank you, Priya' },
      },
      steps: { ...b.steps, 'thank-you': true },
    };
    const result = merge(b, mine, theirs);
    expect(result.interviewers).toEqual([
      { ...priya, email: 'priya@fernhill.example', title: 'Design Lead' },
      tom,
    ]);
    expect(result.drafts['thank-you-email:p1']).toEqual({
      subject: 'Thank you, Priya',
      body: 'Dear Priya, thank you',
      edited: true,
      tone: 'warm',
    });
    expect(result.steps).toEqual({ 'thank-you': true, card: true });
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
      { ...b, interviewers: [priya, tom, sara] },
      { ...b, interviewers: [priya, tom, lee] },
    );
    expect(result.interviewers).toEqual([priya, tom, sara, lee]);
  });
  it('deletes from either side', () => {
    const b = base();
    expect(merge(b, { ...b, interviewers: [priya] }, b).interviewers).toEqual([priya]);
    expect(merge(b, b, { ...b, interviewers: [tom] }).interviewers).toEqual([tom]);
    expect(
      merge(b, { ...b, interviewers: [priya, sara] }, { ...b, interviewers: [tom] }).interviewers,
    ).toEqual([sara]);
  });
  it('keeps a record one side deleted and the other edited (the edit is not lost)', () => {
    const b = base();
    const edited = { ...tom, topics: 'new notes' };
    expect(
      merge(b, { ...b, interviewers: [priya, edited] }, { ...b, interviewers: [priya] })
        .interviewers,
    ).toEqual([priya, edited]);
    expect(
      merge(b, { ...b, interviewers: [priya] }, { ...b, interviewers: [priya, edited] })
        .interviewers,
    ).toEqual([priya, edited]);
  });
  it('promised items too: a status ticked here and notes written there', () => {
    const b = base();
    const item = b.actionItems[0]!;
    const result = merge(
      b,
      { ...b, actionItems: [{ ...item, status: 'done' }] },
      { ...b, actionItems: [{ ...item, notes: 'attach the PDF' }] },
    );
    expect(result.actionItems).toEqual([{ ...item, status: 'done', notes: 'attach the PDF' }]);
  });
});

describe('mergeThreeWay: lists without ids merge as sets', () => {
  it('sent records: each side’s new record is kept, a removed one stays removed', () => {
    const b = base();
    const mineSent = {
      kind: 'linkedin' as const,
      interviewerId: 'p2',
      at: '2026-11-25T09:00:00.000Z',
    };
    const theirSent = { kind: 'handwritten-note' as const, at: '2026-11-26T09:00:00.000Z' };
    const result = merge(
      b,
      { ...b, sent: [...b.sent, mineSent] },
      { ...b, sent: [...b.sent, theirSent] },
    );
    expect(result.sent).toEqual([...b.sent, mineSent, theirSent]);
    // Unmarked here, a new one marked there.
    expect(merge(b, { ...b, sent: [] }, { ...b, sent: [...b.sent, theirSent] }).sent).toEqual([
      theirSent,
    ]);
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

  const FIELDS = ['company', 'role', 'qualifications', 'timeline', 'timeZone'] as const;
  const edits = fc.dictionary(fc.constantFrom(...FIELDS), fc.string({ maxLength: 20 }), {
    maxKeys: FIELDS.length,
  });
  it('edits to different fields of an interview all survive, whichever tab saves', () => {
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
  it('interviewers added and removed in both tabs: every add is there, every delete is gone, nothing twice', () => {
    const ids = fc.uniqueArray(fc.constantFrom<string>('p1', 'p2', 'n1', 'n2', 'n3', 'n4'), {
      maxLength: 6,
    });
    fc.assert(
      fc.property(ids, ids, (mineIds, theirIds) => {
        const b = base();
        const pick = (list: string[]) =>
          list.map(
            (id) => b.interviewers.find((p) => p.id === id) ?? person(id, { name: `new ${id}` }),
          );
        const result = merge(
          b,
          { ...b, interviewers: pick(mineIds) },
          { ...b, interviewers: pick(theirIds) },
        );
        const got = result.interviewers.map((p) => p.id);
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
