// The one line above the professionalism checker's findings.
import type { Finding } from './tone-check';

/** What {@link toneSummary} says about a message's findings. */
export interface ToneSummary {
  /** "Tone check: nothing to change." or "Tone check: 1 warning, 2 suggestions." */
  text: string;
  /** How many findings are warnings (the line is then shown as one). */
  warnings: number;
}

/** Counts a message's findings into one line: warnings first, then suggestions. */
export function toneSummary(findings: readonly Finding[]): ToneSummary {
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const suggestions = findings.length - warnings;
  return {
    text:
      findings.length === 0
        ? 'Tone check: nothing to change.'
        : `Tone check: ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, ${suggestions} ${suggestions === 1 ? 'suggestion' : 'suggestions'}.`,
    warnings,
  };
}
