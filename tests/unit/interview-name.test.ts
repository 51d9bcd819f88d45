import { describe, expect, it } from 'vitest';
import { interviewName } from '../../src/lib/workspace/interview-name';
import { application } from './fixtures';

describe('interviewName', () => {
  it('joins company and role, trimmed', () => {
    expect(interviewName(application({ company: ' Acme ', role: 'Product Designer ' }))).toBe(
      'Acme: Product Designer',
    );
  });

  it('uses whichever of the two is given', () => {
    expect(interviewName(application({ company: 'Acme', role: '' }))).toBe('Acme');
    expect(interviewName(application({ company: '  ', role: 'Designer' }))).toBe('Designer');
  });

  it('says "Untitled interview" until either is typed', () => {
    expect(interviewName(application({ company: '', role: ' ' }))).toBe('Untitled interview');
  });
});
