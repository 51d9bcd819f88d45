import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTimeline } from '../../src/lib/timeline/parse';
import { fromReading, readingKey, toReading } from '../../src/lib/timeline/reading';
import { readWorkspace } from '../../src/lib/workspace/read-workspace';
import { emptyWorkspace } from '../../src/lib/workspace/schema';
import { addApplication, blankApplication, updateRound } from '../../src/lib/workspace/operations';

describe('stored timeline readings', () => {
  it('round-trip every kind of parser result, and survive saving and loading', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          '1-2 weeks',
          'by Friday',
          "we'll let you know",
          'soon',
          'end of the month',
          '',
        ),
        fc.string({ maxLength: 40 }),
        (words, noise) => {
          for (const text of [words, noise]) {
            const parsed = parseTimeline(text, '2026-11-24');
            const reading = toReading(parsed, readingKey(text, '2026-11-24', []));
            expect(fromReading(reading)).toEqual(
              parsed.kind === 'range'
                ? { kind: 'range', latest: parsed.latest, summary: parsed.summary }
                : parsed,
            );
            const app = blankApplication(new Date('2026-11-24T10:00:00Z'), 'UTC', 'iv');
            let ws = addApplication(emptyWorkspace(), app);
            ws = updateRound(ws, 'iv', app.rounds[0]!.id, {
              timeline: text,
              timelineReading: reading,
            });
            expect(
              readWorkspace(JSON.parse(JSON.stringify(ws))).applications[0]!.rounds[0]!
                .timelineReading,
            ).toEqual(reading);
          }
        },
      ),
    );
  });
  it('keys differ when any input differs', () => {
    const k = readingKey('2 weeks', '2026-11-24', []);
    expect(readingKey('2 weeks', '2026-11-25', [])).not.toBe(k);
    expect(readingKey('3 weeks', '2026-11-24', [])).not.toBe(k);
    expect(readingKey('2 weeks', '2026-11-24', ['2026-12-25'])).not.toBe(k);
  });
});
