// Counting a LinkedIn connection note the way the person writing it sees it. String
// length counts UTF-16 code units, so "👩‍💻" would be 5 and an accented letter typed as
// e + U+0301 would be 2; a counter that says "over" for text that looks short loses trust.
// The limits themselves are in src/lib/messages/message-limits.ts.
import { MESSAGE_LIMITS } from '../messages/message-limits';
import type { LinkedInTier } from '../workspace/schema';

/** One shared segmenter: building one per keystroke is measurably slower. */
let segmenter: Intl.Segmenter | null | undefined;

function graphemeSegmenter(): Intl.Segmenter | null {
  // Browsers older than 2024 (Firefox < 125) have no Intl.Segmenter.
  if (segmenter === undefined)
    segmenter =
      typeof Intl.Segmenter === 'function'
        ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
        : null;
  return segmenter;
}

/** The characters of `text` as a person sees them; code points where there is no segmenter. */
function graphemes(text: string): string[] {
  const segments = graphemeSegmenter();
  // Code points are the best unit left when Intl.Segmenter is missing.
  // eslint-disable-next-line @typescript-eslint/no-misused-spread
  if (!segments) return [...text];
  const out: string[] = [];
  for (const { segment } of segments.segment(text)) out.push(segment);
  return out;
}

/**
 * Characters as a person counts them: an emoji with a skin tone or ZWJ sequence, a
 * flag, a keycap, a letter with combining accents and a CRLF line break are one each.
 * Every character counts, spaces and line breaks at either end too: the Copy button
 * copies them and the compose box counts what is pasted, so the counter under a note
 * and the checker's "too long" both count the whole text with this. Counts code points
 * in browsers without Intl.Segmenter. 0 for anything but a string.
 */
export function countCharacters(text: string): number {
  if (typeof text !== 'string' || text === '') return 0;
  const segments = graphemeSegmenter();
  let count = 0;
  if (segments) {
    for (const _ of segments.segment(text)) count += 1;
  } else {
    for (const _ of text) count += 1;
  }
  return count;
}

const SPACE = /^\s+$/u;
// Left dangling before an ellipsis, these read as a mistake: "and we discussed,…".
const DANGLING = /^[\s,;:\-–—(/]+$/u;

/**
 * `text` cut to at most `max` characters (as {@link countCharacters} counts them),
 * ending with "…" when anything was cut; the ellipsis is within `max`. Never splits a
 * character, cuts at a space when one is near enough, and returns `text` unchanged when
 * it already fits.
 */
export function truncateToCharacters(text: string, max: number): string {
  if (typeof text !== 'string') return '';
  const limit = Number.isNaN(max) ? 0 : Math.max(0, Math.floor(max));
  if (limit === 0) return '';
  const all = graphemes(text);
  if (all.length <= limit) return text;

  let keep = all.slice(0, limit - 1);
  // Back up to the last space, unless that loses more than a third of what is left:
  // a long word cut mid-way beats a note that stops half-way through its line.
  if (!SPACE.test(all[limit - 1] ?? '')) {
    let space = keep.length - 1;
    while (space >= 0 && !SPACE.test(keep[space] ?? '')) space -= 1;
    if (space > 0 && space >= (keep.length * 2) / 3) keep = keep.slice(0, space);
  }
  while (keep.length > 0 && DANGLING.test(keep[keep.length - 1] ?? '')) keep.pop();
  // Joining "…" can only merge the last two characters, never add one; checked anyway
  // so the promise holds whatever a future Unicode version decides.
  let cut = `${keep.join('')}…`;
  while (keep.length > 0 && countCharacters(cut) > limit) {
    keep.pop();
    cut = `${keep.join('')}…`;
  }
  return cut;
}

/** How a note measures against its tier's limit. */
export interface NoteLength {
  /** Characters in the note, as {@link countCharacters} counts them. */
  count: number;
  /** The tier's limit ({@link noteLimit}). */
  limit: number;
  /** Characters to remove; 0 when it fits. */
  over: number;
}

/**
 * Most characters in a note for a LinkedIn account (`MESSAGE_LIMITS.linkedinNote`); an
 * unknown tier gets the free one, the stricter.
 */
export function noteLimit(tier: LinkedInTier): number {
  const notes = MESSAGE_LIMITS.linkedinNote;
  return (Object.hasOwn(notes, tier) ? notes[tier] : notes.free).max;
}

/**
 * The note's length against the limit for `tier`: what the counters under a note show,
 * counted as the checker counts it ({@link countCharacters} on the whole text).
 */
export function noteLength(text: string, tier: LinkedInTier): NoteLength {
  const count = countCharacters(text);
  const limit = noteLimit(tier);
  return { count, limit, over: Math.max(0, count - limit) };
}
