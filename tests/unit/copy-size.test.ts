import { describe, expect, it } from 'vitest';
import { copySizeText } from '../../src/lib/workspace/snapshots';

describe('copySizeText', () => {
  it('writes whole KB, never 0, with thousands separators', () => {
    expect(copySizeText(0)).toBe('1 KB');
    expect(copySizeText(300)).toBe('1 KB');
    expect(copySizeText(1_536)).toBe('2 KB');
    expect(copySizeText(1_000_000)).toBe('977 KB');
    expect(copySizeText(1_048_576)).toBe('1,024 KB');
  });
});
