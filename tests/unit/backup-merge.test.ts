import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  IMPORTED_SUFFIX,
  MAX_COMPANY,
  MAX_HOLIDAYS,
  MAX_INTERVIEWS,
  mergeWorkspaces,
  replaceWorkspace,
  sameJson,
} from '../../src/lib/backup/merge';
import { MAX_LINE, readWorkspace } from '../../src/lib/workspace/read-workspace';
import {
  LINE_LIMIT,
  MAX_INTERVIEWS as KIT_MAX_INTERVIEWS,
  MAX_INTERVIEWS_READ,
} from '../../src/lib/workspace/field-limits';
import { decodeWorkspace, encodeWorkspace } from '../../src/lib/workspace/decode';
import {
  DEFAULT_SETTINGS,
  emptyWorkspace,
  type Application,
  type Workspace,
} from '../../src/lib/workspace/schema';
import { application, priya } from './fixtures';

const ws = (interviews: Application[], fields: Partial<Workspace> = {}): Workspace => ({
  ...emptyWorkspace(),
  currentId: interviews.at(-1)?.id ?? null,
  applications: interviews,
  ...fields,
});
/** Ids the merge gives copies: predictable in tests. */
const ids = () => {
  let n = 0;
  return () => `copy-${++n}`;
};
/** The store would accept it as it is. */
const storable = (w: Workspace) =>
  expect(decodeWorkspace(encodeWorkspace(w))).toEqual({ kind: 'ok', workspace: w, repairs: [] });

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null)
    for (const v of Object.values(Object.freeze(value))) deepFreeze(v);
  return value;
}

const acme = application({ id: 'a', company: 'Acme', people: [priya] });
const fernhill = application({ id: 'f', company: 'Fernhill' });
const globex = application({ id: 'g', company: 'Globex' });

describe('mergeWorkspaces: interviews', () => {
  it('adds interviews whose id is not here, after the current ones', () => {
    const result = mergeWorkspaces(ws([acme]), ws([fernhill, globex]), ids());
    expect(result).toMatchObject({ added: 2, unchanged: 0, conflicts: 0, skipped: 0 });
    expect(result.workspace.applications).toEqual([acme, fernhill, globex]);
    storable(result.workspace);
  });
  it('skips interviews identical to one here, whatever the key order', () => {
    const reordered = Object.fromEntries(Object.entries(acme).reverse()) as unknown as Application;
    const result = mergeWorkspaces(ws([acme, fernhill]), ws([reordered]), ids());
    expect(result).toMatchObject({ added: 0, unchanged: 1, conflicts: 0 });
    expect(result.workspace.applications).toEqual([acme, fernhill]);
  });
  it('keeps both sides of a conflict: the one here as it is, the file’s under a new id, marked imported', () => {
    const edited = {
      ...acme,
      role: 'Lead Designer',
      rounds: [{ ...acme.rounds[0]!, steps: { 'thank-you': true } }],
    };
    const result = mergeWorkspaces(ws([acme]), ws([edited]), ids());
    expect(result).toMatchObject({ added: 0, unchanged: 0, conflicts: 1 });
    expect(result.workspace.applications).toEqual([
      acme,
      { ...edited, id: 'copy-1', company: `Acme${IMPORTED_SUFFIX}` },
    ]);
    storable(result.workspace);
  });
  it('adds nothing when the same file is merged again', () => {
    const file = ws([{ ...acme, role: 'Lead Designer' }, fernhill]);
    const once = mergeWorkspaces(ws([acme]), file, ids());
    const twice = mergeWorkspaces(once.workspace, file, ids());
    expect(twice).toMatchObject({ added: 0, unchanged: 2, conflicts: 0 });
    expect(twice.workspace.applications).toEqual(once.workspace.applications);
  });
  it('never picks an id already used for a copy', () => {
    const taken = ['copy-1', 'copy-1', 'copy-2'];
    let n = 0;
    const result = mergeWorkspaces(
      ws([acme, application({ id: 'copy-1' })]),
      ws([{ ...acme, role: 'x' }]),
      () => taken[n++]!,
    );
    expect(result.workspace.applications.map((i) => i.id)).toEqual(['a', 'copy-1', 'copy-2']);
  });
  it('keeps a marked company within the reader’s 500 characters', () => {
    const long = { ...acme, company: 'C'.repeat(500) };
    const result = mergeWorkspaces(ws([acme]), ws([long]), ids());
    const copy = result.workspace.applications[1]!;
    expect(copy.company).toHaveLength(500);
    expect(copy.company.endsWith(IMPORTED_SUFFIX)).toBe(true);
    storable(result.workspace);
  });
  it(`stops at ${MAX_INTERVIEWS} interviews and counts what it skipped`, () => {
    const many = Array.from({ length: MAX_INTERVIEWS - 1 }, (_, n) =>
      application({ id: `here-${n}` }),
    );
    const result = mergeWorkspaces(
      ws(many),
      ws([fernhill, globex, { ...many[0]!, role: 'changed' }]),
      ids(),
    );
    expect(result).toMatchObject({ added: 1, conflicts: 0, skipped: 2 });
    expect(result.workspace.applications).toHaveLength(MAX_INTERVIEWS);
    storable(result.workspace);
  });
  it('keeps the current interview, or takes the file’s when there is none here', () => {
    expect(mergeWorkspaces(ws([acme]), ws([fernhill]), ids()).workspace.currentId).toBe('a');
    expect(
      mergeWorkspaces(emptyWorkspace(), ws([fernhill, globex], { currentId: 'f' }), ids()).workspace
        .currentId,
    ).toBe('f');
    // The file's current interview conflicted: the copy is the one it meant.
    const result = mergeWorkspaces(
      ws([acme], { currentId: null }),
      ws([{ ...acme, role: 'x' }], { currentId: 'a' }),
      ids(),
    );
    expect(result.workspace.currentId).toBe('copy-1');
  });
  it('changes neither input', () => {
    const current = deepFreeze(ws([acme, fernhill]));
    const incoming = deepFreeze(
      ws([{ ...acme, role: 'x' }, globex], {
        settings: { ...DEFAULT_SETTINGS, holidays: ['2026-12-25'] },
      }),
    );
    const before = structuredClone([current, incoming]);
    mergeWorkspaces(current, incoming, ids());
    expect([current, incoming]).toEqual(before);
  });
});

describe('mergeWorkspaces: profile and settings', () => {
  it('keeps what is filled in here and fills the rest from the file', () => {
    const current = ws([], { profile: { name: 'Sam Rivera', phone: '', linkedinTier: 'free' } });
    const incoming = ws([], {
      profile: { name: 'Samuel', phone: '+44 20 7946 0958', linkedinTier: 'premium' },
    });
    expect(mergeWorkspaces(current, incoming).workspace.profile).toEqual({
      name: 'Sam Rivera',
      phone: '+44 20 7946 0958',
      linkedinTier: 'premium',
    });
    const premium = ws([], { profile: { name: '', phone: '1', linkedinTier: 'premium' } });
    expect(mergeWorkspaces(premium, ws([])).workspace.profile).toEqual({
      name: '',
      phone: '1',
      linkedinTier: 'premium',
    });
  });
  it('keeps settings changed here, takes the file’s where these are still the defaults, and joins holidays in order', () => {
    const current = ws([], {
      settings: { ...DEFAULT_SETTINGS, moveOnGap: 15, holidays: ['2026-12-25', '2027-01-01'] },
    });
    const incoming = ws([], {
      settings: {
        inquiryBufferDays: 1,
        secondFollowUpGap: 7,
        moveOnGap: 20,
        holidays: ['2026-12-26', '2026-12-25', '2026-11-26'],
        holidayRegion: 'GB-ENG',
        holidaysRemoved: ['2026-12-28'],
        weekend: [5, 6],
      },
    });
    expect(mergeWorkspaces(current, incoming).workspace.settings).toEqual({
      inquiryBufferDays: 1,
      secondFollowUpGap: 7,
      moveOnGap: 15,
      holidays: ['2026-11-26', '2026-12-25', '2026-12-26', '2027-01-01'],
      holidayRegion: 'GB-ENG',
      holidaysRemoved: ['2026-12-28'],
      weekend: [5, 6],
    });
  });
  it('keeps the region and weekend chosen here over the file’s, and joins the public days worked on', () => {
    const current = ws([], {
      settings: {
        ...DEFAULT_SETTINGS,
        holidayRegion: 'none',
        holidaysRemoved: ['2026-12-26'],
        weekend: [0],
      },
    });
    const incoming = ws([], {
      settings: {
        ...DEFAULT_SETTINGS,
        holidayRegion: 'US',
        holidaysRemoved: ['2026-11-27'],
        weekend: [5, 6],
      },
    });
    expect(mergeWorkspaces(current, incoming).workspace.settings).toMatchObject({
      holidayRegion: 'none',
      holidaysRemoved: ['2026-11-27', '2026-12-26'],
      weekend: [0],
    });
  });
  it(`keeps at most ${MAX_HOLIDAYS} holidays, dropping the earliest`, () => {
    const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);
    const current = ws([], {
      settings: {
        ...DEFAULT_SETTINGS,
        holidays: Array.from({ length: 150 }, (_, n) => day(n * 2)),
      },
    });
    const incoming = ws([], {
      settings: {
        ...DEFAULT_SETTINGS,
        holidays: Array.from({ length: 150 }, (_, n) => day(n * 2 + 1)),
      },
    });
    const { holidays } = mergeWorkspaces(current, incoming).workspace.settings;
    expect(holidays).toHaveLength(MAX_HOLIDAYS);
    expect(holidays[0]).toBe(day(100));
    storable(mergeWorkspaces(current, incoming).workspace);
  });
});

describe('the reader’s limits, repeated in merge.ts', () => {
  // Changed on purpose: the reader now reads up to MAX_INTERVIEWS_READ (2,000) so data of a
  // build with a higher limit still opens; a merge stops at what the kit lets anyone add
  // (field-limits.ts MAX_INTERVIEWS, 500).
  it('match the reader and the limits table', () => {
    expect(MAX_COMPANY).toBe(MAX_LINE);
    expect(MAX_COMPANY).toBe(LINE_LIMIT);
    expect(MAX_INTERVIEWS).toBe(KIT_MAX_INTERVIEWS);
    expect(MAX_INTERVIEWS).toBeLessThanOrEqual(MAX_INTERVIEWS_READ);
    const one = application({ id: 'x' });
    const withCount = (n: number) => ({
      ...emptyWorkspace(),
      applications: Array.from({ length: n }, (_, i) => ({ ...one, id: `i${i}` })),
    });
    expect(() => readWorkspace(withCount(MAX_INTERVIEWS_READ))).not.toThrow();
    expect(() => readWorkspace(withCount(MAX_INTERVIEWS_READ + 1))).toThrow();
    const holidays = (n: number) => ({
      ...emptyWorkspace(),
      settings: { ...DEFAULT_SETTINGS, holidays: Array.from({ length: n }, () => '2026-12-25') },
    });
    expect(() => readWorkspace(holidays(MAX_HOLIDAYS))).not.toThrow();
    expect(() => readWorkspace(holidays(MAX_HOLIDAYS + 1))).toThrow();
  });
});

describe('replaceWorkspace', () => {
  it('is the file’s workspace as it is', () => {
    const incoming = ws([fernhill]);
    expect(replaceWorkspace(incoming)).toBe(incoming);
  });
});

describe('sameJson', () => {
  it('compares JSON data deeply, ignoring key order and undefined fields', () => {
    expect(sameJson({ a: [1, { b: 2 }], c: undefined }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameJson({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson([], {})).toBe(false);
    expect(sameJson(null, {})).toBe(false);
  });
});

describe('mergeWorkspaces: properties', () => {
  // Small pools of ids and companies, so conflicts and duplicates are frequent.
  const iv = fc
    .record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'copy-1'),
      company: fc.constantFrom('Acme', 'Globex', 'C'.repeat(495)),
      role: fc.constantFrom('', 'Designer'),
    })
    .map((f) => application(f));
  const workspace = fc
    .uniqueArray(iv, { selector: (i) => i.id, maxLength: 5 })
    .map((list) => ws(list));

  it('loses nothing, counts every interview of the file once, and adds nothing the second time', () => {
    fc.assert(
      fc.property(workspace, workspace, (current, incoming) => {
        const {
          workspace: merged,
          added,
          unchanged,
          conflicts,
          skipped,
        } = mergeWorkspaces(current, incoming, ids());
        expect(added + unchanged + conflicts + skipped).toBe(incoming.applications.length);
        expect(skipped).toBe(0);
        // Everything here is kept as it was, first and in order.
        expect(merged.applications.slice(0, current.applications.length)).toEqual(
          current.applications,
        );
        // Every interview of the file is here: as it is, or as a marked copy.
        for (const i of incoming.applications) {
          const kept = merged.applications.some(
            (m) =>
              sameJson(m, i) ||
              (sameJson({ ...m, id: i.id, company: '' }, { ...i, company: '' }) &&
                m.company.endsWith(IMPORTED_SUFFIX)),
          );
          expect(kept).toBe(true);
        }
        expect(new Set(merged.applications.map((m) => m.id)).size).toBe(merged.applications.length);
        const again = mergeWorkspaces(merged, incoming, ids());
        expect(again.workspace.applications).toEqual(merged.applications);
        storable(merged);
      }),
      { numRuns: 1_000 },
    );
  });
});
