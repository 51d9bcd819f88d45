import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS, htmlFiles, requireBuild } from './site';

/** Maps a site URL path to the file a static host would serve for it. */
function fileFor(dir: string, base: string, urlPath: string): string | undefined {
  if (!urlPath.startsWith(base)) return undefined;
  const rel = decodeURIComponent(urlPath.slice(base.length));
  const candidates =
    rel === '' || rel.endsWith('/')
      ? [join(rel, 'index.html')]
      : [rel, `${rel}.html`, join(rel, 'index.html')];
  return candidates.map((c) => join(dir, c)).find((p) => existsSync(p));
}

describe.each(BUILDS)('internal links and assets ($name build)', ({ dir, base }) => {
  requireBuild(dir);
  const pages = htmlFiles(dir);

  it.each(pages)('%s: every internal href/src resolves to a built file under the base', (page) => {
    const html = readFileSync(join(dir, page), 'utf8');
    const refs = [...html.matchAll(/\s(?:href|src)=["']([^"']+)["']/g)].map((m) => m[1]!);
    const broken: string[] = [];
    for (const ref of refs) {
      if (/^(https?:|mailto:|#|data:)/.test(ref)) continue;
      const path = ref.split(/[?#]/)[0]!;
      if (!fileFor(dir, base, path)) broken.push(ref);
    }
    expect(broken).toEqual([]);
  });

  it('every in-page anchor in a guide points at an existing id', () => {
    for (const page of pages.filter((p) => p.startsWith('guides/'))) {
      const html = readFileSync(join(dir, page), 'utf8');
      const ids = new Set([...html.matchAll(/\sid=["']([^"']+)["']/g)].map((m) => m[1]));
      const anchors = [...html.matchAll(/href=["']#([^"']+)["']/g)].map((m) =>
        decodeURIComponent(m[1]!),
      );
      expect(
        anchors.filter((a) => !ids.has(a)),
        page,
      ).toEqual([]);
    }
  });

  it('links to other sites never send a referrer or an opener', () => {
    for (const page of pages) {
      const html = readFileSync(join(dir, page), 'utf8');
      for (const m of html.matchAll(/<a\b[^>]*href=["']https?:[^"']*["'][^>]*>/g)) {
        expect(m[0], page).toMatch(/rel=["'][^"']*noreferrer/);
      }
    }
  });
});
