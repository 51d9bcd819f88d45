// The text the timeline reader reads, traced back to what the user typed: for each
// character it reads, the span of raw text it came from, so that a refusal can quote
// "Next Friday" as typed rather than "next friday" as read.

/** The text the patterns read, and for each of its UTF-16 units the span of raw text it came from. */
export interface Normalised {
  text: string;
  from: number[];
  to: number[];
}

/**
 * NFKC, lower case, curly apostrophes and every dash made plain, whitespace runs made
 * one space, trimmed. Done one code point at a time so that each character read can be
 * traced back to what the user typed.
 */
export function normalise(raw: string): Normalised {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  let at = 0;
  for (const char of raw) {
    const start = at;
    at += char.length;
    let out = char
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[‘’ʼ`´]/g, "'")
      .replace(/[‐‑‒–—―−﹣－]/g, '-');
    if (/^\s+$/.test(out)) {
      if (text === '' || text.endsWith(' ')) continue;
      out = ' ';
    }
    text += out;
    for (let k = 0; k < out.length; k += 1) {
      from.push(start);
      to.push(at);
    }
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    from.pop();
    to.pop();
  }
  return { text, from, to };
}

/** The raw text behind read positions [start, end), without the edge character some patterns take in. */
export function original(raw: string, n: Normalised, start: number, end: number): string {
  if (end <= start) return '';
  return raw
    .slice(n.from[start], n.to[end - 1])
    .replace(/^[^\p{L}\p{N}\-‐‑‒–—―−]+/u, '')
    .trim();
}
