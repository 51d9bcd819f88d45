// Reads a Netlify / Cloudflare Pages `_headers` file, so scripts/serve.ts can send
// what such a host would send and the e2e tests see the built headers at work.
import type { Header } from './security-headers.ts';

/** One block of a `_headers` file: a path pattern and the headers for paths it matches. */
export interface HeaderRule {
  pattern: string;
  headers: Header[];
}

/**
 * Parses the `_headers` format: a path pattern on a line of its own, then its headers
 * on indented `Name: value` lines; `#` starts a comment line. Throws on a line it
 * cannot read (naming the line), so a broken file stops the server instead of
 * silently serving without headers.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!trimmed.startsWith('/'))
        throw new Error(`_headers line ${i + 1}: a path pattern must start with "/": ${trimmed}`);
      rules.push({ pattern: trimmed, headers: [] });
      return;
    }
    const colon = trimmed.indexOf(':');
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers line ${i + 1}: a header before any path pattern`);
    if (colon < 1)
      throw new Error(`_headers line ${i + 1}: expected "Name: value", got ${trimmed}`);
    rule.headers.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
  });
  return rules;
}

/**
 * Whether a path pattern matches a URL path (without query), as Netlify reads it: the
 * whole path must match; `*` matches anything, slashes included (so `/*` is every
 * path); `:name` matches one path segment.
 */
export function matchesPattern(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z_]\w*)/)
    .map((part) =>
      part === '*'
        ? '.*'
        : part.startsWith(':') && part.length > 1
          ? '[^/]+'
          : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/**
 * The headers for a path: those of every matching rule, in file order. A header set by
 * two rules gets both values joined by ", ", as Netlify does, so a duplicated rule
 * shows up (a doubled "DENY, DENY" is invalid and a browser ignores it).
 */
export function headersForPath(rules: readonly HeaderRule[], path: string): Header[] {
  const out = new Map<string, Header>();
  for (const rule of rules) {
    if (!matchesPattern(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const seen = out.get(key);
      out.set(key, seen ? [seen[0], `${seen[1]}, ${value}`] : [name, value]);
    }
  }
  return [...out.values()];
}
