import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptSegments } from '../../src/lib/site/search-excerpt';

describe('excerptSegments', () => {
  it('splits marked matches from plain text', () => {
    expect(excerptSegments('send a <mark>handwritten</mark> note')).toEqual([
      { text: 'send a ', match: false },
      { text: 'handwritten', match: true },
      { text: ' note', match: false },
    ]);
  });
  it('decodes entities into text, so markup in a page stays visible text', () => {
    const segs = excerptSegments('&lt;img src=x onerror=alert(1)&gt; and <mark>LinkedIn</mark>');
    expect(segs[0]).toEqual({ text: '<img src=x onerror=alert(1)> and ', match: false });
    expect(segs[1]).toEqual({ text: 'LinkedIn', match: true });
  });
  it('keeps any tag other than mark as literal text', () => {
    expect(excerptSegments('<b>bold</b>')).toEqual([{ text: '<b>bold</b>', match: false }]);
  });
  it('survives an unclosed mark and empty input', () => {
    expect(excerptSegments('<mark>open')).toEqual([{ text: 'open', match: true }]);
    expect(excerptSegments('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric entities and leaves unknown ones', () => {
    expect(decodeEntities('&amp; &#39; &#x27; &quot; &nbsp; &#128512;')).toBe("& ' ' \" &nbsp; 😀");
  });
  it('leaves out-of-range code points as written', () => {
    expect(decodeEntities('&#99999999;')).toBe('&#99999999;');
  });
});
