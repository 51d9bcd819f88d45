import { describe, expect, it } from 'vitest';
import { characterCount, overLimitReason } from '../../src/lib/workspace/field-limits';

describe('characterCount', () => {
  it('counts up to the limit, with thousands separators', () => {
    expect(characterCount(400, 500)).toBe('400 of 500 characters');
    expect(characterCount(500, 500)).toBe('500 of 500 characters');
    expect(characterCount(16_001, 20_000)).toBe('16,001 of 20,000 characters');
  });

  it('over the limit, says why the text was not saved', () => {
    expect(characterCount(2_513, 2_000)).toBe(overLimitReason(2_513, 2_000));
    expect(characterCount(2_513, 2_000)).toMatch(/^Not saved: this is 2,513 characters/);
  });
});
