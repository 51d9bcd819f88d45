import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What a page makes the browser download as JavaScript on load, before any interaction. */
export interface PageJs {
  /** Files fetched eagerly: module entry points and everything they import statically. */
  files: string[];
  /** Gzip bytes of those files plus inline scripts, each compressed on its own as served. */
  gzipBytes: number;
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Static `import … from "x"` / `import "x"` specifiers in a built module (not dynamic import()). */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  const re = /(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
  for (const m of code.matchAll(re)) found.add(m[1]!);
  for (const m of code.matchAll(/(?:^|[;\s}])export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g))
    found.add(m[1]!);
  return [...found];
}

/**
 * Measures the JavaScript a built HTML page loads eagerly. `siteDir` is the folder the
 * site is served from and `base` the path it is served under, so URLs map to files.
 */
export function pageJs(siteDir: string, htmlFile: string, base = '/'): PageJs {
  const html = readFileSync(htmlFile, 'utf8');
  let gzipBytes = 0;
  const queue: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1]!;
    if (/type=["']?application\/(ld\+)?json/.test(attrs)) continue;
    const src = /\bsrc=["']([^"']+)["']/.exec(attrs)?.[1];
    if (src) queue.push(src);
    else if (m[2]!.trim()) gzipBytes += gz(m[2]!);
  }
  for (const m of html.matchAll(/<link\b[^>]*rel=["']modulepreload["'][^>]*href=["']([^"']+)["']/g))
    queue.push(m[1]!);
  // Islands: Astro's loader imports each component and its framework renderer on hydration.
  for (const m of html.matchAll(/\s(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g))
    if (m[1]) queue.push(m[1]);

  const files = new Set<string>();
  const toFile = (url: string, from?: string): string => {
    if (url.startsWith('.') && from) return posix.normalize(posix.join(posix.dirname(from), url));
    if (!url.startsWith(base))
      throw new Error(`${htmlFile} loads ${url}, which is outside the site base ${base}`);
    return url.slice(base.length);
  };
  const visit = (rel: string) => {
    if (files.has(rel)) return;
    const path = join(siteDir, rel);
    if (!existsSync(path)) throw new Error(`${htmlFile} loads ${rel}, which is not in ${siteDir}`);
    files.add(rel);
    const code = readFileSync(path);
    gzipBytes += gz(code);
    for (const spec of staticImports(code.toString('utf8'))) visit(toFile(spec, rel));
  };
  for (const url of queue) visit(toFile(url.split(/[?#]/)[0]!));
  return { files: [...files], gzipBytes };
}
