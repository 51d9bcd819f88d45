// What the professionalism checker's panel lists: its findings as entries, and the one
// line above them that counts those entries.
import type { Finding } from './tone-check';

/** What {@link toneSummary} says about a message's findings. */
export interface ToneSummary {
  /** "Tone check: nothing to change." or "Tone check: 1 warning, 2 suggestions." */
  text: string;
  /** How many entries are warnings (the line is then shown as one). */
  warnings: number;
}

/**
 * The findings as the panel lists them, in the check's order: findings of one rule in one
 * sentence make one entry, since that sentence has one rewrite ("ASAP" and "right away"
 * in one line would otherwise offer the same calmer sentence twice). An entry's findings are
 * in the order of the text, and its first gives the reason and the rewrite.
 */
export function groupFindings(findings: readonly Finding[]): Finding[][] {
  const entries: Finding[][] = [];
  const bySentence = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.rewrite && `${f.rule} ${f.rewrite.start} ${f.rewrite.end}`;
    const entry = key ? bySentence.get(key) : undefined;
    if (entry) {
      entry.push(f);
      continue;
    }
    entries.push([f]);
    if (key) bySentence.set(key, entries.at(-1)!);
  }
  for (const entry of entries) entry.sort((a, b) => a.start - b.start);
  return entries;
}

/**
 * Counts the panel's entries ({@link groupFindings}) into one line: warnings first, then
 * suggestions, so the count always matches what is listed.
 */
export function toneSummary(entries: readonly (readonly Finding[])[]): ToneSummary {
  const warnings = entries.filter((e) => e[0]?.severity === 'warning').length;
  const suggestions = entries.length - warnings;
  return {
    text:
      entries.length === 0
        ? 'Tone check: nothing to change.'
        : `Tone check: ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, ${suggestions} ${suggestions === 1 ? 'suggestion' : 'suggestions'}.`,
    warnings,
  };
}
