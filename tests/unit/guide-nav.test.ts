import { describe, expect, it } from 'vitest';
import { groupByStage, neighbours, sortGuides, type GuideRef } from '../../src/lib/guide-nav';

const g = (id: string, order: number, stage: GuideRef['data']['stage']): GuideRef => ({ id, data: { title: id, order, stage } });

describe('sortGuides', () => {
  it('orders by front-matter order, not input order', () => {
    const sorted = sortGuides([g('c', 3, 'while-you-wait'), g('a', 1, 'overview'), g('b', 2, 'first-48-hours')]);
    expect(sorted.map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
  it('refuses two guides with the same order, naming both', () => {
    expect(() => sortGuides([g('a', 1, 'overview'), g('b', 1, 'overview')])).toThrow(/"a" and "b" both have order 1/);
  });
});

describe('neighbours', () => {
  const sorted = sortGuides([g('a', 1, 'overview'), g('b', 2, 'first-week'), g('c', 3, 'resources')]);
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
    const sorted = sortGuides([g('x', 1, 'resources'), g('y', 2, 'overview'), g('z', 3, 'resources')]);
    expect(groupByStage(sorted).map((s) => [s.stage, s.guides.map((x) => x.id)])).toEqual([
      ['overview', ['y']],
      ['resources', ['x', 'z']],
    ]);
  });
});
