import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHECKER_KEY,
  CHECKER_MAX_TEXT,
  EMPTY_CHECKER,
  readCheckerState,
  writeCheckerState,
  type CheckerState,
} from '../../src/lib/tone/checker-state';

/** A Storage that keeps items in a map, or fails the way browsers do. */
function storage(items: Record<string, string> = {}, fail?: 'quota' | 'security'): Storage {
  const error = () =>
    fail === 'quota'
      ? new DOMException('full', 'QuotaExceededError')
      : new DOMException('denied', 'SecurityError');
  return {
    get length() {
      return Object.keys(items).length;
    },
    key: (n: number) => Object.keys(items)[n] ?? null,
    getItem: (k: string) => {
      if (fail === 'security') throw error();
      return items[k] ?? null;
    },
    setItem: (k: string, v: string) => {
      if (fail) throw error();
      items[k] = v;
    },
    removeItem: (k: string) => {
      delete items[k];
    },
    clear: () => Object.keys(items).forEach((k) => delete items[k]),
  };
}

const state: CheckerState = {
  kind: 'status-inquiry',
  text: 'Hi Priya,\n\nAny news?\n\nSam',
  tier: 'premium',
  lastSent: '2026-11-20',
  interview: '2026-11-13',
};

describe('the checker keeps its text between visits', () => {
  it('starts empty on a first visit, with nothing to report', () => {
    expect(readCheckerState(() => storage())).toEqual({ state: EMPTY_CHECKER, problem: '' });
  });

  it('reads back exactly what it saved', () => {
    const items: Record<string, string> = {};
    expect(writeCheckerState(() => storage(items), state)).toBe('');
    expect(readCheckerState(() => storage(items))).toEqual({ state, problem: '' });
  });

  it('shows damaged saved text as it was stored, with a warning, instead of dropping it', () => {
    const read = readCheckerState(() => storage({ [CHECKER_KEY]: 'Dear Sir, {not json' }));
    expect(read.state.text).toBe('Dear Sir, {not json');
    expect(read.problem).toMatch(/damaged/);
    const wrong = readCheckerState(() => storage({ [CHECKER_KEY]: '{"text": 42}' }));
    expect(wrong.state.text).toBe('{"text": 42}');
  });

  it('falls back to defaults for fields it does not recognise, keeping the text', () => {
    const read = readCheckerState(() =>
      storage({
        [CHECKER_KEY]: JSON.stringify({
          text: 'hello',
          kind: 'telegram',
          tier: 'gold',
          lastSent: 'yesterday',
          interview: 'last Tuesday',
        }),
      }),
    );
    expect(read).toEqual({
      state: { kind: 'other', text: 'hello', tier: 'free', lastSent: '', interview: '' },
      problem: '',
    });
  });

  it('says the text was not saved when storage is full or refused, and never throws', () => {
    expect(writeCheckerState(() => storage({}, 'quota'), state)).toMatch(
      /not saved.*storage is full/,
    );
    expect(writeCheckerState(() => storage({}, 'security'), state)).toMatch(
      /not saved.*does not let the page keep data/,
    );
    expect(
      writeCheckerState(() => {
        throw new DOMException('denied', 'SecurityError');
      }, state),
    ).toMatch(/not saved/);
    expect(readCheckerState(() => storage({}, 'security')).problem).toMatch(/private mode/);
  });

  it('keeps at most the first 50,000 characters of a huge paste, and says so', () => {
    const items: Record<string, string> = {};
    const huge = { ...state, text: 'x'.repeat(CHECKER_MAX_TEXT + 10) };
    expect(writeCheckerState(() => storage(items), huge)).toMatch(
      /only the first 50,000 characters/,
    );
    expect(readCheckerState(() => storage(items)).state.text).toHaveLength(CHECKER_MAX_TEXT);
  });

  it('never throws on anything stored under its key', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const read = readCheckerState(() => storage({ [CHECKER_KEY]: raw }));
        expect(typeof read.state.text).toBe('string');
        expect(['free', 'premium']).toContain(read.state.tier);
      }),
    );
  });
});
