// The text the timeline reader reads, traced back to what the user typed. Every step
// that changes the text (normalising, fixing a typo) keeps, for each character it
// outputs, the span of raw text it came from, so that a refusal can quote "Nexxt
// Friday" as typed rather than "next friday" as read.

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

/**
 * Replaces each match of `pattern` (global) by what `replace` returns for it, or leaves
 * it when that is null. Every character of a replacement traces back to the whole of
 * the raw text its match came from.
 */
export function rewrite(
  n: Normalised,
  pattern: RegExp,
  replace: (match: RegExpExecArray) => string | null,
): Normalised {
  const out: Normalised = { text: '', from: [], to: [] };
  let copied = 0;
  const copy = (end: number) => {
    out.text += n.text.slice(copied, end);
    out.from.push(...n.from.slice(copied, end));
    out.to.push(...n.to.slice(copied, end));
    copied = end;
  };
  pattern.lastIndex = 0;
  for (let m = pattern.exec(n.text); m !== null; m = pattern.exec(n.text)) {
    if (m[0] === '') {
      pattern.lastIndex += 1;
      continue;
    }
    const end = m.index + m[0].length;
    const replacement = replace(m);
    if (replacement === null) continue;
    copy(m.index);
    out.text += replacement;
    for (let k = 0; k < replacement.length; k += 1) {
      out.from.push(n.from[m.index]!);
      out.to.push(n.to[end - 1]!);
    }
    copied = end;
  }
  copy(n.text.length);
  return out;
}

/** The raw text behind read positions [start, end), without the edge character some patterns take in. */
export function original(raw: string, n: Normalised, start: number, end: number): string {
  if (end <= start) return '';
  return raw
    .slice(n.from[start], n.to[end - 1])
    .replace(/^[^\p{L}\p{N}\-‐‑‒–—―−]+/u, '')
    .trim();
}
