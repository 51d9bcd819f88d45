import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS, htmlFiles, requireBuild } from './site';

/** Every file under `dir`, relative to it, with forward slashes. */
function allFiles(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory()
      ? allFiles(p, root)
      : [relative(root, p).split('\\').join('/')];
  });
}

/**
 * Pagefind's ready-made UIs, which the site never loads, and its engine for pages with no
 * language (every page says lang="en"): scripts/build-sw.ts leaves them out.
 */
const PAGEFIND_UI =
  /^pagefind\/pagefind-(ui|modular-ui|component-ui)\.(js|css)$|^pagefind\/pagefind-highlight\.js$|^pagefind\/wasm\.unknown\.pagefind$/;

describe.each(BUILDS)('offline copy ($name build)', ({ dir, base }) => {
  requireBuild(dir);
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  const precached = new Set([...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!));
  const files = allFiles(dir);

  it('precaches every page but the 404, and the offline page', () => {
    const pages = htmlFiles(dir).filter((p) => p !== '404.html');
    expect(pages.filter((p) => !precached.has(p))).toEqual([]);
    expect(precached.has('offline/index.html')).toBe(true);
    expect(precached.has('404.html')).toBe(false);
  });

  it('precaches every script, style sheet, icon and the manifest', () => {
    const assets = files.filter(
      (f) =>
        /\.(js|css|svg|png|ico|webmanifest)$/.test(f) &&
        !f.startsWith('pagefind/') &&
        f !== 'sw.js',
    );
    expect(assets.filter((f) => !precached.has(f))).toEqual([]);
    expect(precached.has('manifest.webmanifest')).toBe(true);
  });

  it('precaches the whole Pagefind search runtime and index (the real site fits in the first-visit budget), but not its unused UIs', () => {
    const pagefind = files.filter((f) => f.startsWith('pagefind/'));
    expect(pagefind.filter((f) => !PAGEFIND_UI.test(f) && !precached.has(f))).toEqual([]);
    expect([...precached].filter((f) => PAGEFIND_UI.test(f))).toEqual([]);
    for (const kind of ['.pf_fragment', '.pf_index', '.pf_filter', '.pf_meta', '.pagefind']) {
      expect(
        [...precached].some((f) => f.endsWith(kind)),
        kind,
      ).toBe(true);
    }
    // The site never loads the UIs: if it ever does, they must be precached.
    const scripts = files.filter((f) => f.startsWith('_astro/') && f.endsWith('.js'));
    for (const f of scripts)
      expect(readFileSync(join(dir, f), 'utf8'), f).not.toMatch(
        /pagefind-(ui|modular-ui|component-ui|highlight)/,
      );
  });

  it('lists only files that exist, each once', () => {
    expect([...precached].filter((u) => !existsSync(join(dir, u)))).toEqual([]);
    expect(precached.size).toBe([...sw.matchAll(/"url":"/g)].length);
  });

  it('sets no build id in the JS, so unchanged content builds to unchanged files', () => {
    // A per-build value in the search UI renamed it, and so the site script that imports
    // it, and so every page's HTML, on every build.
    const searchUi = files.find((f) => /^_astro\/search-ui\..+\.js$/.test(f))!;
    expect(readFileSync(join(dir, searchUi), 'utf8')).not.toMatch(/metaCacheTag/);
    expect(readFileSync('astro.config.mjs', 'utf8')).not.toMatch(/Date\.now\(\)|BUILD_ID/);
  });

  it('lists what a first visit did not save for "Save all guides", and names every search result', () => {
    const later = JSON.parse(readFileSync(join(dir, 'offline-later.json'), 'utf8')) as {
      bytes: number;
      files: string[];
    };
    // The real site fits: nothing is left for later, and nothing is listed twice.
    expect(later).toEqual({ bytes: 0, files: [] });
    const titles = JSON.parse(readFileSync(join(dir, 'pagefind/titles.json'), 'utf8')) as Record<
      string,
      [string, string]
    >;
    const fragments = files.filter((f) => f.startsWith('pagefind/fragment/'));
    expect(Object.keys(titles)).toHaveLength(fragments.length);
    expect(Object.values(titles)).toContainEqual([
      '/guides/linkedin/',
      'Connecting with interviewers on LinkedIn',
    ]);
    expect(precached.has('pagefind/titles.json')).toBe(true);
  });

  it('keeps the offline page out of the sitemap and the search index, and links the manifest under the base', () => {
    expect(readFileSync(join(dir, 'sitemap-0.xml'), 'utf8')).not.toContain('/offline/');
    const offline = readFileSync(join(dir, 'offline/index.html'), 'utf8');
    expect(offline).not.toContain('data-pagefind-body');
    expect(offline).toContain('<meta name="robots" content="noindex"');
    const home = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(home).toContain(`<link rel="manifest" href="${base}manifest.webmanifest"`);
    expect(home).toContain(`<link rel="apple-touch-icon" href="${base}icons/apple-touch-icon.png"`);
  });

  it('has a manifest that installs: name, standalone, relative start and scope, PNG icons of 192 and 512 px, a maskable one', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.webmanifest'), 'utf8'));
    expect(manifest).toMatchObject({
      name: 'Follow-Up Kit',
      start_url: './',
      scope: './',
      display: 'standalone',
    });
    const icons = manifest.icons as {
      src: string;
      sizes: string;
      type: string;
      purpose?: string;
    }[];
    for (const size of ['192x192', '512x512'])
      expect(
        icons.some((i) => i.sizes === size && i.type === 'image/png' && i.purpose !== 'maskable'),
      ).toBe(true);
    expect(icons.some((i) => i.purpose === 'maskable' && i.sizes === '512x512')).toBe(true);
    for (const icon of icons) {
      expect(existsSync(join(dir, icon.src)), icon.src).toBe(true);
      if (icon.type === 'image/png') {
        // A PNG's width and height are big-endian at bytes 16 and 20.
        const png = readFileSync(join(dir, icon.src));
        const [w, h] = icon.sizes.split('x').map(Number);
        expect([png.readUInt32BE(16), png.readUInt32BE(20)], icon.src).toEqual([w, h]);
      }
    }
  });
});
