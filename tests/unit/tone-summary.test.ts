import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/lib/tone/tone-check';
import { toneSummary } from '../../src/lib/tone/tone-summary';

const finding = (severity: Finding['severity']): Finding => ({
  rule: 'exclamations',
  severity,
  start: 0,
  end: 1,
  words: '!',
  why: '',
  suggestion: '',
});

describe('toneSummary', () => {
  it('says there is nothing to change when nothing was found', () => {
    expect(toneSummary([])).toEqual({ text: 'Tone check: nothing to change.', warnings: 0 });
  });

  it('counts warnings, then suggestions, in singular or plural', () => {
    expect(toneSummary([finding('warning'), finding('suggestion')])).toEqual({
      text: 'Tone check: 1 warning, 1 suggestion.',
      warnings: 1,
    });
    expect(
      toneSummary([
        finding('suggestion'),
        finding('warning'),
        finding('warning'),
        finding('suggestion'),
      ]),
    ).toEqual({ text: 'Tone check: 2 warnings, 2 suggestions.', warnings: 2 });
    expect(toneSummary([finding('suggestion')])).toEqual({
      text: 'Tone check: 0 warnings, 1 suggestion.',
      warnings: 0,
    });
  });
});
