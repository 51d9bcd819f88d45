import { describe, expect, it } from 'vitest';
import { checkTone, type Finding } from '../../src/lib/tone/tone-check';
import { groupFindings, toneSummary } from '../../src/lib/tone/tone-summary';

const finding = (severity: Finding['severity']): Finding => ({
  rule: 'exclamations',
  severity,
  start: 0,
  end: 1,
  words: '!',
  why: '',
  suggestion: '',
});
const NOW = new Date(2026, 11, 5, 9);

describe('toneSummary', () => {
  it('says there is nothing to change when nothing was found', () => {
    expect(toneSummary([])).toEqual({ text: 'Tone check: nothing to change.', warnings: 0 });
  });

  it('counts warnings, then suggestions, in singular or plural', () => {
    const entries = (...s: Finding['severity'][]) => s.map((x) => [finding(x)]);
    expect(toneSummary(entries('warning', 'suggestion'))).toEqual({
      text: 'Tone check: 1 warning, 1 suggestion.',
      warnings: 1,
    });
    expect(toneSummary(entries('suggestion', 'warning', 'warning', 'suggestion'))).toEqual({
      text: 'Tone check: 2 warnings, 2 suggestions.',
      warnings: 2,
    });
    expect(toneSummary(entries('suggestion'))).toEqual({
      text: 'Tone check: 0 warnings, 1 suggestion.',
      warnings: 0,
    });
  });
});

describe('groupFindings: what the panel lists', () => {
  it('lists three pushy phrases in one sentence as one entry, in the order typed, with one rewrite', () => {
    const text =
      'Hi Priya,\n\nI need an answer ASAP and I expect a reply right away.\n\nBest,\nSam';
    const findings = checkTone(text, { kind: 'status-inquiry', now: NOW });
    const pushy = findings.filter((f) => f.rule === 'pushy');
    expect(pushy.length).toBeGreaterThanOrEqual(3);
    const entries = groupFindings(findings);
    const entry = entries.filter((e) => e[0]!.rule === 'pushy');
    expect(entry).toHaveLength(1);
    expect(entry[0]!.map((f) => f.words)).toEqual(
      [...pushy].sort((a, b) => a.start - b.start).map((f) => f.words),
    );
    expect(toneSummary(entries).text).toBe(
      `Tone check: ${entries.filter((e) => e[0]!.severity === 'warning').length} warning${entries.length === 1 ? '' : 's'}, 0 suggestions.`,
    );
  });

  it('keeps the same rule in two sentences as two entries, each with its own rewrite', () => {
    const text = 'Hi Priya,\n\nPlease respond ASAP. I need an answer right away.\n\nBest,\nSam';
    const entries = groupFindings(checkTone(text, { kind: 'status-inquiry', now: NOW }));
    const pushy = entries.filter((e) => e[0]!.rule === 'pushy');
    expect(pushy).toHaveLength(2);
    expect(pushy[0]![0]!.rewrite!.start).not.toBe(pushy[1]![0]!.rewrite!.start);
  });

  it('never merges findings without a rewrite (each "!!" is its own entry)', () => {
    const text = 'Hi Priya!! Thank you!! Best, Sam';
    const findings = checkTone(text, { kind: 'thank-you-email', now: NOW });
    const bangs = findings.filter((f) => f.rule === 'exclamations');
    expect(bangs).toHaveLength(2);
    expect(groupFindings(findings).filter((e) => e[0]!.rule === 'exclamations')).toHaveLength(2);
  });
});
