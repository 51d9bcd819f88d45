import { describe, expect, it } from 'vitest';
import { guideHref, normaliseBase, withBase } from '../../src/lib/site/base-path';

describe('normaliseBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['follow-up', '/follow-up/'],
    ['/follow-up', '/follow-up/'],
    ['follow-up/', '/follow-up/'],
    ['//a/b//', '/a/b/'],
    ['  /x/ ', '/x/'],
  ])('%j → %s', (input, expected) => {
    expect(normaliseBase(input)).toBe(expected);
  });
});

describe('withBase', () => {
  it('joins without doubling or dropping slashes', () => {
    expect(withBase('/guides/linkedin/', '/follow-up')).toBe('/follow-up/guides/linkedin/');
    expect(withBase('guides/linkedin/', '/follow-up/')).toBe('/follow-up/guides/linkedin/');
    expect(withBase('', '/follow-up/')).toBe('/follow-up/');
    expect(withBase('/', '/')).toBe('/');
  });
  it('leaves external, protocol-relative, fragment and query links alone', () => {
    for (const href of [
      'https://example.org/x',
      'mailto:a@b.c',
      '//cdn.example/x',
      '#top',
      '?q=1',
    ]) {
      expect(withBase(href, '/follow-up/')).toBe(href);
    }
  });
  it('builds guide URLs', () => {
    expect(guideHref('linkedin', '/')).toBe('/guides/linkedin/');
    expect(guideHref('linkedin', '/follow-up/')).toBe('/follow-up/guides/linkedin/');
  });
});
