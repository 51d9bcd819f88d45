import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from '../../src/lib/site/reading-time';

describe('countWords', () => {
  it('counts prose words, not imports, tags, URLs or Markdown marks', () => {
    const mdx = [
      "import SampleMessage from '../../components/SampleMessage.astro';",
      '',
      '## Why it matters',
      '',
      'Send **one** email per [interviewer](/guides/personalize-per-interviewer/).',
      '<SampleMessage title="Example">',
      "Hi Priya, it's done.",
      '</SampleMessage>',
    ].join('\n');
    // Why it matters (3) + Send one email per interviewer (5) + Hi Priya it's done (4)
    expect(countWords(mdx)).toBe(12);
  });
  it('ignores front matter', () => {
    expect(countWords('---\ntitle: A long title here\n---\nTwo words')).toBe(2);
  });
  it('counts non-Latin scripts and numbers', () => {
    expect(countWords('Merci beaucoup 24 hours')).toBe(4);
    expect(countWords('Спасибо большое')).toBe(2);
  });
  it('is zero for empty text', () => {
    expect(countWords('')).toBe(0);
  });
});

describe('readingMinutes', () => {
  it('rounds up and never says zero', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('word '.repeat(WORDS_PER_MINUTE))).toBe(1);
    expect(readingMinutes('word '.repeat(WORDS_PER_MINUTE + 1))).toBe(2);
  });
});
