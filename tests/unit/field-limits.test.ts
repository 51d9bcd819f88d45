// The limits table (field-limits.ts) is what the inputs, the operations and the reader
// share: an edit the operations accept must always read back exactly, and an edit over a
// limit must change nothing. Before the table, one long paste made the whole workspace
// unreadable on the next load.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeWorkspace, encodeWorkspace } from '../../src/lib/workspace/decode';
import {
  FIELD_LIMITS,
  LINE_LIMIT,
  MAX_INTERVIEWS,
  TEXT_LIMIT,
  TIMELINE_LIMIT,
  fitsLimits,
  limitOf,
  overLimitReason,
  showCounter,
  type LimitedField,
} from '../../src/lib/workspace/field-limits';
import {
  addApplication,
  blankApplication,
  interviewListFull,
  setDraft,
  updateApplication,
  updatePerson,
  updateProfile,
  updateRound,
} from '../../src/lib/workspace/operations';
import { updateOutcome } from '../../src/lib/workspace/outcome-edits';
import { emptyWorkspace, type Draft, type Workspace } from '../../src/lib/workspace/schema';
import { person } from './fixtures';

const NOW = new Date('2026-11-24T15:00:00.000Z');

/**
 * Two applications, each with two people, a round with a draft, and an outcome: every
 * edit has somewhere to land.
 */
function start(): Workspace {
  let ws: Workspace = {
    ...emptyWorkspace(),
    profile: { name: 'Sam Rivera', phone: '', linkedinTier: 'free' },
  };
  for (const id of ['iv-1', 'iv-2']) {
    const app = blankApplication(NOW, 'Europe/London', id);
    app.company = `Company ${id}`;
    app.people = [person(`${id}-p1`, { name: 'Priya' }), person(`${id}-p2`, { name: 'Tom' })];
    app.rounds[0]!.met = app.people.map((p) => p.id);
    app.rounds[0]!.drafts = {
      'thank-you-email:p1': { subject: 'Thanks', body: 'Dear Priya', edited: true, tone: 'warm' },
    };
    app.outcomes = [{ status: 'offer', at: '2026-11-24', deadline: '2026-12-01', note: '' }];
    ws = addApplication(ws, app);
  }
  return ws;
}

// Which of the table's fields each operation edits (the others are not fields of that record).
const INTERVIEW_FIELDS = [
  'company',
  'role',
  'jobLink',
  'qualifications',
  'notes',
] as const satisfies readonly LimitedField[];
const ROUND_FIELDS = ['timeZone', 'timeline'] as const satisfies readonly LimitedField[];
const OUTCOME_FIELDS = ['note'] as const satisfies readonly LimitedField[];
const INTERVIEWER_FIELDS = [
  'name',
  'title',
  'email',
  'phone',
  'linkedin',
  'address',
  'topics',
  'rapport',
] as const satisfies readonly LimitedField[];
const PROFILE_FIELDS = ['name', 'phone'] as const satisfies readonly LimitedField[];
const DRAFT_FIELDS = [
  'subject',
  'body',
  'detail',
  'basis',
] as const satisfies readonly LimitedField[];

/** Text a user may paste: emoji (with skin tones and joiners), RTL and its controls, combining marks, lone surrogates, controls, JSON's own characters. */
const SPECIAL = [
  '👩🏽‍💻',
  '🇬🇧',
  'محمد العلي',
  'שלום',
  '\u202E',
  '\u200F',
  'e\u0301',
  '中村',
  '\uD800',
  '\uDC00',
  '\uDBFF',
  '\u0000',
  '\n',
  '\r\n',
  '\t',
  '"',
  '\\',
  '\u2028',
  '</script>',
  '\uFEFF',
];
const unit = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.constantFrom(...SPECIAL) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  },
);
/** Short text, or text of exactly n UTF-16 units with n close to `limit` (either side). */
const textFor = (limit: number) =>
  fc.oneof(
    fc.string({ unit, maxLength: 30 }),
    fc
      .tuple(
        fc.string({ unit, minLength: 1, maxLength: 20 }),
        fc.integer({ min: limit - 3, max: limit + 3 }),
      )
      .map(([seed, n]) => seed.repeat(Math.ceil(n / seed.length) + 1).slice(0, n)),
  );

type Edit =
  | { op: 'interview'; at: number; field: (typeof INTERVIEW_FIELDS)[number]; value: string }
  | { op: 'round'; at: number; field: (typeof ROUND_FIELDS)[number]; value: string }
  | { op: 'outcome'; at: number; field: (typeof OUTCOME_FIELDS)[number]; value: string }
  | {
      op: 'interviewer';
      at: number;
      who: number;
      field: (typeof INTERVIEWER_FIELDS)[number];
      value: string;
    }
  | { op: 'profile'; field: (typeof PROFILE_FIELDS)[number]; value: string }
  | { op: 'draft'; at: number; key: string; field: (typeof DRAFT_FIELDS)[number]; value: string };

const withText = <F extends LimitedField>(fields: readonly F[]) =>
  fc
    .constantFrom(...fields)
    .chain((field) => textFor(limitOf(field)).map((value) => ({ field, value })));

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc
    .tuple(fc.nat(1), withText(INTERVIEW_FIELDS))
    .map(([at, f]) => ({ op: 'interview' as const, at, ...f })),
  fc
    .tuple(fc.nat(1), withText(ROUND_FIELDS))
    .map(([at, f]) => ({ op: 'round' as const, at, ...f })),
  fc
    .tuple(fc.nat(1), withText(OUTCOME_FIELDS))
    .map(([at, f]) => ({ op: 'outcome' as const, at, ...f })),
  fc
    .tuple(fc.nat(1), fc.nat(1), withText(INTERVIEWER_FIELDS))
    .map(([at, who, f]) => ({ op: 'interviewer' as const, at, who, ...f })),
  withText(PROFILE_FIELDS).map((f) => ({ op: 'profile' as const, ...f })),
  fc
    .tuple(
      fc.nat(1),
      fc.constantFrom('thank-you-email:p1', 'status-inquiry', 'linkedin:p2'),
      withText(DRAFT_FIELDS),
    )
    .map(([at, key, f]) => ({ op: 'draft' as const, at, key, ...f })),
);

/** Applies one edit through the operations, as the tools do. */
function apply(ws: Workspace, e: Edit): Workspace {
  const iv = e.op === 'profile' ? null : ws.applications[e.at]!;
  const round = iv?.rounds[0];
  switch (e.op) {
    case 'interview':
      return updateApplication(ws, iv!.id, { [e.field]: e.value });
    case 'round':
      return updateRound(ws, iv!.id, round!.id, { [e.field]: e.value });
    case 'outcome':
      return updateOutcome(ws, iv!.id, 0, { [e.field]: e.value });
    case 'interviewer':
      return updatePerson(ws, iv!.id, iv!.people[e.who]!.id, { [e.field]: e.value });
    case 'profile':
      return updateProfile(ws, { [e.field]: e.value });
    case 'draft': {
      const before: Draft = round!.drafts[e.key] ?? {
        subject: '',
        body: '',
        edited: false,
        tone: 'warm',
      };
      return setDraft(ws, iv!.id, round!.id, e.key, {
        ...before,
        [e.field]: e.value,
        edited: true,
      });
    }
  }
}

describe('the limits table', () => {
  it('holds a long recruiter email in the timeline, a line in one-line fields, and a long text in notes', () => {
    expect(TIMELINE_LIMIT).toBe(2_000);
    expect(FIELD_LIMITS.timeline).toBe(TIMELINE_LIMIT);
    // At least what the v4 reader took, so nothing an earlier build saved becomes unreadable.
    for (const f of [
      'company',
      'role',
      'jobLink',
      'name',
      'title',
      'email',
      'linkedin',
      'phone',
      'subject',
      'what',
      'link',
      'url',
    ] as const)
      expect(limitOf(f)).toBe(LINE_LIMIT);
    for (const f of [
      'qualifications',
      'address',
      'topics',
      'rapport',
      'body',
      'detail',
      'notes',
      'note',
    ] as const)
      expect(limitOf(f)).toBe(TEXT_LIMIT);
    expect(LINE_LIMIT).toBeGreaterThanOrEqual(500);
    expect(TEXT_LIMIT).toBeGreaterThanOrEqual(20_000);
  });
  it('fitsLimits counts UTF-16 units, as maxlength does, and ignores fields it does not know', () => {
    expect(fitsLimits({ company: 'x'.repeat(LINE_LIMIT) })).toBe(true);
    expect(fitsLimits({ company: 'x'.repeat(LINE_LIMIT + 1) })).toBe(false);
    // An emoji is two units: 250 of them fill a 500-unit line exactly, one more is over.
    expect(fitsLimits({ company: '😀'.repeat(LINE_LIMIT / 2) })).toBe(true);
    expect(fitsLimits({ company: `${'😀'.repeat(LINE_LIMIT / 2)}x` })).toBe(false);
    expect(fitsLimits({ timeline: 'x'.repeat(TIMELINE_LIMIT) })).toBe(true);
    expect(fitsLimits({ timeline: 'x'.repeat(TIMELINE_LIMIT + 1) })).toBe(false);
    expect(fitsLimits({ somethingElse: 'x'.repeat(100_000), wantsCard: true })).toBe(true);
    // One field over is enough to refuse the whole patch.
    expect(fitsLimits({ role: 'ok', company: 'x'.repeat(LINE_LIMIT + 1) })).toBe(false);
  });
  it('says why a paste was not saved, with the numbers written for reading', () => {
    expect(overLimitReason(2_000, 2_000)).toBe('');
    expect(overLimitReason(2_513, 2_000)).toBe(
      'Not saved: this is 2,513 characters and the field holds 2,000. Shorten it by 513 to save it; what was saved before is kept.',
    );
    expect(showCounter(399, 500)).toBe(false);
    expect(showCounter(400, 500)).toBe(true);
  });
});

describe('edits and the limits', () => {
  it.each([
    ['interview', INTERVIEW_FIELDS],
    ['round', ROUND_FIELDS],
    ['outcome', OUTCOME_FIELDS],
    ['interviewer', INTERVIEWER_FIELDS],
    ['profile', PROFILE_FIELDS],
    ['draft', DRAFT_FIELDS],
  ] as const)(
    '%s: text exactly at the limit is saved and reads back; one unit more changes nothing',
    (op, fields) => {
      for (const field of fields) {
        const ws = start();
        const make = (value: string) =>
          ({ op, at: 1, who: 1, key: 'status-inquiry', field, value }) as Edit;
        const at = apply(ws, make('é'.repeat(limitOf(field))));
        expect(at).not.toBe(ws);
        expect(decodeWorkspace(encodeWorkspace(at))).toEqual({
          kind: 'ok',
          workspace: at,
          repairs: [],
        });
        expect(apply(ws, make('é'.repeat(limitOf(field) + 1)))).toBe(ws);
      }
    },
  );
  it('the 552-character recruiter email that broke the v4 build is saved and reads back', () => {
    const email = 'We expect to make a decision within about two weeks, possibly a little longer. '
      .repeat(7)
      .slice(0, 552);
    const ws = start();
    const round = ws.applications[0]!.rounds[0]!;
    const saved = updateRound(ws, 'iv-1', round.id, { timeline: email });
    const back = decodeWorkspace(encodeWorkspace(saved));
    expect(back.kind === 'ok' && back.workspace.applications[0]!.rounds[0]!.timeline).toBe(email);
  });
  it('any sequence of accepted edits reads back exactly, with nothing to repair; an edit over a limit changes nothing', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        let ws = start();
        for (const e of edits) {
          const next = apply(ws, e);
          const over = e.value.length > limitOf(e.field);
          if (over) {
            // Refused: the same object, so nothing is saved and nothing re-renders.
            if (next !== ws)
              throw new Error(
                `an edit of ${e.field} over its limit (${e.value.length}) was accepted`,
              );
          } else if (next === ws)
            throw new Error(
              `an edit of ${e.field} within its limit (${e.value.length}) was refused`,
            );
          ws = next;
        }
        const back = decodeWorkspace(encodeWorkspace(ws));
        expect(back).toEqual({ kind: 'ok', workspace: ws, repairs: [] });
      }),
      { numRuns: 300 },
    );
  });
  it('every stored string keeps its exact UTF-16 units, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
        const ws = updatePerson(
          updateApplication(start(), 'iv-2', { qualifications: text }),
          'iv-2',
          'iv-2-p1',
          { topics: text },
        );
        const back = decodeWorkspace(encodeWorkspace(ws));
        if (back.kind !== 'ok') throw new Error(back.kind);
        const iv = back.workspace.applications[1]!;
        expect([...iv.qualifications].map((c) => c.codePointAt(0))).toEqual(
          [...text].map((c) => c.codePointAt(0)),
        );
        expect(iv.people[0]!.topics).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the number of interviews', () => {
  it(`adds up to ${MAX_INTERVIEWS} interviews and refuses the next, leaving the list as it was`, () => {
    let ws = emptyWorkspace();
    for (let n = 0; n < MAX_INTERVIEWS; n++)
      ws = addApplication(ws, blankApplication(NOW, 'UTC', `iv-${n}`));
    expect(ws.applications).toHaveLength(MAX_INTERVIEWS);
    expect(interviewListFull(ws)).toBe(true);
    const full = ws;
    expect(addApplication(full, blankApplication(NOW, 'UTC', 'one-more'))).toBe(full);
    expect(decodeWorkspace(encodeWorkspace(full))).toEqual({
      kind: 'ok',
      workspace: full,
      repairs: [],
    });
  });
});
