// Word counts for message drafts, so the builders can show "142 words" against the
// target in src/lib/messages/message-limits.ts and the checker can count the same way.
// Reading-time counting for guides lives in reading-time.ts: it has to
// skip MDX syntax, which a plain-text draft never contains.

/** One shared segmenter: building one per keystroke is measurably slower on long drafts. */
let segmenter: Intl.Segmenter | null | undefined;

function wordSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    // Browsers older than 2024 (Firefox < 125) have no Intl.Segmenter.
    segmenter =
      typeof Intl.Segmenter === 'function'
        ? new Intl.Segmenter(undefined, { granularity: 'word' })
        : null;
  }
  return segmenter;
}

const HYPHENS = new Set(['-', '\u2010', '\u2011']);

/**
 * Where each word of plain text starts (UTF-16 offsets, in order), counting as a person
 * would: punctuation, emoji and spaces are not words, "it's", "24" and "follow-up" are
 * one each, and Chinese or Japanese text counts one per dictionary segment. The checker
 * marks the first word past a limit from these, so it counts exactly as the counters
 * beside the drafts do. Never throws, whatever the input.
 */
export function wordStarts(text: string): number[] {
  if (typeof text !== 'string' || text === '') return [];
  const words = wordSegmenter();
  if (!words)
    return Array.from(text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu), (m) => m.index);
  const starts: number[] = [];
  // "follow-up" is one word to a person (and to word processors), two to the segmenter.
  let previous: 'word' | 'hyphen after word' | 'other' = 'other';
  for (const segment of words.segment(text)) {
    if (segment.isWordLike) {
      if (previous !== 'hyphen after word') starts.push(segment.index);
      previous = 'word';
    } else {
      previous =
        previous === 'word' && HYPHENS.has(segment.segment) ? 'hyphen after word' : 'other';
    }
  }
  return starts;
}

/** Words in plain text, as {@link wordStarts} finds them ("142 words" under a draft). */
export function wordCount(text: string): number {
  return wordStarts(text).length;
}
