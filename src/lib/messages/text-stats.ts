// Word counts for message drafts, so the builders can show "142 words" against the
// 100–180 target. Reading-time counting for guides lives in reading-time.ts: it has to
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
 * Counts words in plain text as a person would: punctuation, emoji and spaces are not
 * words, "it's", "24" and "follow-up" are one each, and Chinese or Japanese text counts
 * one per dictionary segment. Never throws, whatever the input.
 */
export function wordCount(text: string): number {
  if (typeof text !== 'string' || text === '') return 0;
  const words = wordSegmenter();
  if (!words) return text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu)?.length ?? 0;
  let count = 0;
  // "follow-up" is one word to a person (and to word processors), two to the segmenter.
  let previous: 'word' | 'hyphen after word' | 'other' = 'other';
  for (const segment of words.segment(text)) {
    if (segment.isWordLike) {
      if (previous !== 'hyphen after word') count += 1;
      previous = 'word';
    } else {
      previous =
        previous === 'word' && HYPHENS.has(segment.segment) ? 'hyphen after word' : 'other';
    }
  }
  return count;
}
