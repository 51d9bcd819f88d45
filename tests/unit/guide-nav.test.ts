import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load as loadYaml } from 'js-yaml';
import {
  groupByStage,
  neighbours,
  SIDEBAR_GUIDES_PER_STAGE,
  sidebarNav,
  sortGuides,
  windowAround,
  type GuideRef,
} from '../../src/lib/site/guide-nav';
import { guideSchema, STAGES } from '../../src/lib/site/guide-schema';

const g = (id: string, order: number, stage: GuideRef['data']['stage']): GuideRef => ({
  id,
  data: { title: id, order, stage },
});

describe('sortGuides', () => {
  it('orders by front-matter order, not input order', () => {
    const sorted = sortGuides([
      g('c', 3, 'while-you-wait'),
      g('a', 1, 'overview'),
      g('b', 2, 'first-48-hours'),
    ]);
    expect(sorted.map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
  it('refuses two guides with the same order, naming both', () => {
    expect(() => sortGuides([g('a', 1, 'overview'), g('b', 1, 'overview')])).toThrow(
      /"a" and "b" both have order 1/,
    );
  });
});

describe('neighbours', () => {
  const sorted = sortGuides([
    g('a', 1, 'overview'),
    g('b', 2, 'first-week'),
    g('c', 3, 'resources'),
  ]);
  it('gives previous and next in reading order', () => {
    expect(neighbours(sorted, 'b')).toEqual({ prev: sorted[0], next: sorted[2] });
  });
  it('has no previous for the first and no next for the last', () => {
    expect(neighbours(sorted, 'a').prev).toBeUndefined();
    expect(neighbours(sorted, 'c').next).toBeUndefined();
  });
  it('gives nothing for an unknown id', () => {
    expect(neighbours(sorted, 'zzz')).toEqual({ prev: undefined, next: undefined });
  });
});

describe('groupByStage', () => {
  it('groups in process order and skips empty stages', () => {
    const sorted = sortGuides([
      g('x', 1, 'resources'),
      g('y', 2, 'overview'),
      g('z', 3, 'resources'),
    ]);
    expect(groupByStage(sorted).map((s) => [s.stage, s.guides.map((x) => x.id)])).toEqual([
      ['overview', ['y']],
      ['resources', ['x', 'z']],
    ]);
  });
});

describe('windowAround', () => {
  const list = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  it('takes as many before as after the position', () => {
    expect(windowAround(list, 5, 5)).toEqual([3, 4, 5, 6, 7]);
    expect(windowAround(list, 5, 4)).toEqual([4, 5, 6, 7]);
  });
  it('moves inwards at either end, keeping its size', () => {
    expect(windowAround(list, 0, 5)).toEqual([0, 1, 2, 3, 4]);
    expect(windowAround(list, 1, 5)).toEqual([0, 1, 2, 3, 4]);
    expect(windowAround(list, 9, 5)).toEqual([5, 6, 7, 8, 9]);
  });
  it('gives the whole list when it is no longer than the window, and nothing for size 0', () => {
    expect(windowAround([1, 2, 3], 2, 5)).toEqual([1, 2, 3]);
    expect(windowAround(list, 3, 0)).toEqual([]);
  });
  it('always contains the position, for every position and size', () => {
    for (let size = 1; size <= 12; size++) {
      for (let at = 0; at < list.length; at++) {
        const w = windowAround(list, at, size);
        expect(w).toContain(at);
        expect(w.length).toBe(Math.min(size, list.length));
      }
    }
  });
});

describe('sidebarNav', () => {
  /** `n` guides spread over the stages in turn, as a generated site would have them. */
  const many = (n: number) =>
    sortGuides(
      Array.from({ length: n }, (_, i) => g(`g${i + 1}`, i + 1, STAGES[i % STAGES.length]!)),
    );
  const links = (nav: ReturnType<typeof sidebarNav>) =>
    nav.reduce((sum, s) => sum + s.guides.length, 0);

  it('lists every stage that has guides, in process order, marking the current one', () => {
    const nav = sidebarNav(many(12), 'g9');
    expect(nav.map((s) => s.stage)).toEqual([...STAGES]);
    expect(nav.filter((s) => s.current).map((s) => s.stage)).toEqual([STAGES[8 % STAGES.length]]);
    expect(nav.map((s) => s.total)).toEqual(STAGES.map(() => 2));
  });
  it('shows the guides nearest the current one in its stage, and the first ones of other stages', () => {
    const nav = sidebarNav(many(120), 'g61', 5);
    // g61 is the 11th of its stage (g1, g7, g13, …): the window is the 9th to the 13th.
    const mine = nav.find((s) => s.current)!;
    expect(mine.guides.map((x) => x.id)).toEqual(['g49', 'g55', 'g61', 'g67', 'g73']);
    expect(mine.total).toBe(20);
    const other = nav.find((s) => s.stage === 'first-48-hours')!;
    expect(other.guides.map((x) => x.id)).toEqual(['g2', 'g8', 'g14', 'g20', 'g26']);
  });
  it('does not grow with the number of guides', () => {
    for (const n of [10, 100, 1000, 5000]) {
      const sorted = many(n);
      for (const id of ['g1', `g${Math.ceil(n / 2)}`, `g${n}`]) {
        const nav = sidebarNav(sorted, id);
        expect(links(nav)).toBeLessThanOrEqual(STAGES.length * SIDEBAR_GUIDES_PER_STAGE);
        expect(
          nav.flatMap((s) => s.guides).some((x) => x.id === id),
          `${id} of ${n} is listed`,
        ).toBe(true);
      }
    }
  });
  it('with the real guides, shows every guide, and so every guide of the current stage', () => {
    const dir = new URL('../../src/content/guides/', import.meta.url);
    const real = sortGuides(
      readdirSync(dir)
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => {
          const fm = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(new URL(f, dir), 'utf8'))![1]!;
          return { id: f.replace(/\.mdx$/, ''), data: guideSchema.parse(loadYaml(fm)) };
        }),
    );
    for (const guide of real) {
      const nav = sidebarNav(real, guide.id);
      expect(nav.flatMap((s) => s.guides.map((x) => x.id)).sort(), guide.id).toEqual(
        real.map((x) => x.id).sort(),
      );
      expect(nav.every((s) => s.total === s.guides.length)).toBe(true);
    }
  });
});
