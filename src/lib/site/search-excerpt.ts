/** A run of excerpt text, marked when it matched the query. */
export interface ExcerptSegment {
  text: string;
  match: boolean;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  '#39': "'",
  '#x27': "'",
};

/** Decodes the few entities Pagefind emits, plus numeric ones, without touching the DOM. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower in ENTITIES) return ENTITIES[lower]!;
    const code = lower.startsWith('#x')
      ? parseInt(lower.slice(2), 16)
      : lower.startsWith('#')
        ? parseInt(lower.slice(1), 10)
        : NaN;
    return Number.isFinite(code) && code >= 0 && code <= 0x10ffff
      ? String.fromCodePoint(code)
      : whole;
  });
}

/**
 * Splits a Pagefind excerpt (HTML with `<mark>` around matches) into plain-text segments.
 * The UI renders these as text nodes and `<mark>` elements, so no excerpt string is ever
 * parsed as HTML: any other tag in it stays visible text.
 */
export function excerptSegments(excerptHtml: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let match = false;
  for (const part of excerptHtml.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(part)) match = true;
    else if (/^<\/mark>$/i.test(part)) match = false;
    else if (part) segments.push({ text: decodeEntities(part), match });
  }
  return segments;
}
