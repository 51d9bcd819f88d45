/** Words a typical adult reads per minute on screen; used for the "x min read" label. */
export const WORDS_PER_MINUTE = 220;

/**
 * Counts the words a reader sees in an MDX body: import/export lines, JSX tags,
 * front matter, URLs in links and Markdown punctuation are not words.
 */
export function countWords(mdxBody: string): number {
  const text = mdxBody
    .replace(/^---[\s\S]*?\n---\n/, '')
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#>*_`|[\]\-–—]+/g, ' ');
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.@]*/gu);
  return words ? words.length : 0;
}

/** Minutes to read a body, rounded up, never less than one. */
export function readingMinutes(mdxBody: string): number {
  return Math.max(1, Math.ceil(countWords(mdxBody) / WORDS_PER_MINUTE));
}
