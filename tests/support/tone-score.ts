// Scores the tone checker on labelled messages (tests/fixtures/tone-heldout-v2, -v3 or the
// training corpus): per category, recall (problem messages of that category it flags
// with that category) and precision (of the messages it flags with a category, those
// labelled so); and per message, whether any tone problem is caught and whether a clean
// message gets a false alarm. Only the tone findings count: the form checks (length,
// greeting, capitals…) are not what the labels judge.
// Used by tests/unit/tone-heldout-sets.test.ts, which prints the tables.
import { checkTone, type MessageKind, type RuleId } from '../../src/lib/tone/tone-check';
import type { LoadedModel } from '../../src/lib/tone/tone-model';

/** A labelled message (tests/fixtures/tone-heldout-v2/README.md). */
export interface Labelled {
  id: string;
  kind: string;
  text: string;
  labels: string[];
  interviewDate?: string;
  lastMessageDate?: string;
  writtenOn?: string;
}

/** The categories the labels use. */
export const CATEGORIES = [
  'pressure',
  'ultimatum',
  'guilt',
  'passive-aggressive',
  'sarcasm',
  'entitlement',
  'negativity',
  'over-familiarity',
  'too-soon',
] as const;

/** The checker's kind for each labelled kind. */
const KIND: Record<string, MessageKind> = {
  'thank-you': 'thank-you-email',
  'handwritten-card': 'handwritten-note',
  'linkedin-note': 'linkedin',
  'status-inquiry': 'status-inquiry',
  'final-follow-up': 'final-follow-up',
  withdrawal: 'withdrawal',
  'rejection-reply': 'rejection-reply',
  expedite: 'expedite',
  'offer-extension': 'offer-extension',
  reconnect: 'reconnect',
};

/** The category each of today's tone rules stands for; form rules stand for none. */
const RULE_CATEGORY: Partial<Record<RuleId, string>> = {
  pushy: 'pressure',
  ultimatum: 'ultimatum',
  guilt: 'guilt',
  'repeated-check-in': 'passive-aggressive',
  'passive-aggressive': 'passive-aggressive',
  sarcasm: 'sarcasm',
  entitlement: 'entitlement',
  negativity: 'negativity',
  'over-familiarity': 'over-familiarity',
  'too-soon': 'too-soon',
};

/** The categories the checker gives one message; with `model`, rules and classifier. */
export function categoriesFound(m: Labelled, model?: LoadedModel): Set<string> {
  const now = m.writtenOn ? new Date(`${m.writtenOn}T12:00:00Z`) : new Date();
  const sentHistory = m.lastMessageDate
    ? [{ kind: 'status-inquiry', at: `${m.lastMessageDate}T12:00:00Z` }]
    : [];
  const findings = checkTone(m.text, {
    kind: KIND[m.kind] ?? 'other',
    sentHistory,
    now,
    interviewDate: m.interviewDate,
    model,
  });
  return new Set(findings.flatMap((f) => RULE_CATEGORY[f.rule] ?? []));
}

/** Recall and precision per category, and per message, of the checker (with `model`). */
export function score(messages: readonly Labelled[], model?: LoadedModel) {
  return scoreFound(messages.map((m) => ({ m, got: categoriesFound(m, model) })));
}

/** Recall and precision of categories already found, per category and per message. */
export function scoreFound(found: readonly { m: Labelled; got: Set<string> }[]) {
  const messages = found.map(({ m }) => m);
  const perCategory = CATEGORIES.map((c) => {
    const labelled = found.filter(({ m }) => m.labels.includes(c));
    const flagged = found.filter(({ got }) => got.has(c));
    const hits = labelled.filter(({ got }) => got.has(c)).length;
    return {
      category: c,
      labelled: labelled.length,
      caught: hits,
      recall: labelled.length ? hits / labelled.length : NaN,
      flagged: flagged.length,
      precision: flagged.length
        ? flagged.filter(({ m }) => m.labels.includes(c)).length / flagged.length
        : NaN,
    };
  });
  const problems = found.filter(({ m }) => m.labels.length > 0);
  const clean = found.filter(({ m }) => m.labels.length === 0);
  const anyCaught = problems.filter(({ got }) => got.size > 0).length;
  const falseAlarms = clean.filter(({ got }) => got.size > 0);
  const flaggedAny = found.filter(({ got }) => got.size > 0).length;
  return {
    perCategory,
    messages: messages.length,
    problems: problems.length,
    caught: anyCaught,
    recall: anyCaught / problems.length,
    clean: clean.length,
    falseAlarms: falseAlarms.map(({ m }) => m.id),
    precision: flaggedAny ? (flaggedAny - falseAlarms.length) / flaggedAny : NaN,
  };
}

/** The score as a Markdown table, for the test's log and the closing note. */
export function scoreTable(s: ReturnType<typeof scoreFound>): string {
  const pct = (x: number) => (Number.isNaN(x) ? '–' : `${(x * 100).toFixed(0)}%`);
  return [
    '| Category | Labelled | Caught | Recall | Flagged | Precision |',
    '| --- | --- | --- | --- | --- | --- |',
    ...s.perCategory.map(
      (c) =>
        `| ${c.category} | ${c.labelled} | ${c.caught} | ${pct(c.recall)} | ${c.flagged} | ${pct(c.precision)} |`,
    ),
    '',
    `Messages: ${s.messages}; with a problem: ${s.problems}, any tone finding on ${s.caught} (recall ${pct(s.recall)}); clean: ${s.clean}, false alarms on ${s.falseAlarms.length} (message precision ${pct(s.precision)})`,
  ].join('\n');
}
