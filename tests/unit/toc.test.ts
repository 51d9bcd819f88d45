import { describe, expect, it } from 'vitest';
import { buildToc } from '../../src/lib/site/toc';

describe('buildToc', () => {
  it('nests h3 under the preceding h2 and drops deeper levels', () => {
    const toc = buildToc([
      { depth: 2, slug: 'why', text: 'Why' },
      { depth: 3, slug: 'a', text: 'A' },
      { depth: 4, slug: 'deep', text: 'Deep' },
      { depth: 2, slug: 'when', text: 'When' },
    ]);
    expect(toc).toEqual([
      { slug: 'why', text: 'Why', children: [{ slug: 'a', text: 'A' }] },
      { slug: 'when', text: 'When', children: [] },
    ]);
  });
  it('promotes an h3 that comes before any h2 instead of losing it', () => {
    expect(buildToc([{ depth: 3, slug: 'x', text: 'X' }])).toEqual([
      { slug: 'x', text: 'X', children: [] },
    ]);
  });
  it('is empty for a page without headings', () => {
    expect(buildToc([])).toEqual([]);
  });
});
