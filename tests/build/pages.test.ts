import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS, htmlFiles, requireBuild } from './site';
import { SIDEBAR_GUIDES_PER_STAGE } from '../../src/lib/site/guide-nav';
import { STAGES } from '../../src/lib/site/guide-schema';

const { dir } = BUILDS[0];

describe('built pages (dist/)', () => {
  requireBuild(dir);
  const pages = htmlFiles(dir);

  it.each(pages)(
    '%s has a title, a meta description, Open Graph tags, one h1 and landmarks',
    (page) => {
      const html = readFileSync(join(dir, page), 'utf8');
      expect(html).toMatch(/<title>[^<]{5,}<\/title>/);
      expect(html).toMatch(/<meta name="description" content="[^"]{40,}"/);
      for (const p of ['og:title', 'og:description', 'og:type', 'og:url'])
        expect(html).toContain(`property="${p}"`);
      expect(html.match(/<h1[\s>]/g)?.length).toBe(1);
      expect(html).toContain('<main id="main"');
      expect(html).toMatch(/<a class="skip-link" href="#main"/);
      expect(html).toMatch(/<header class="site-header"/);
      expect(html).toMatch(/<footer class="site-footer"/);
    },
  );

  it('has a sitemap listing every guide and a 404 page', () => {
    const sitemap = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
    for (const page of pages.filter((p) => p.startsWith('guides/'))) {
      expect(sitemap).toContain(`/${page.replace(/index\.html$/, '')}</loc>`);
    }
    expect(pages).toContain('404.html');
  });

  it('indexes only guide bodies for search, with a stage filter', () => {
    const guide = readFileSync(join(dir, 'guides/linkedin/index.html'), 'utf8');
    expect(guide).toContain('data-pagefind-body');
    expect(guide).toMatch(/data-pagefind-filter="stage">First week</);
    const home = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(home).not.toContain('data-pagefind-body');
  });

  it('every guide has a bounded sidebar: each stage, at most a few guides per stage, the current one marked', () => {
    const guides = pages.filter((p) => /^guides\/[^/]+\/index\.html$/.test(p));
    expect(guides.length).toBeGreaterThan(0);
    for (const page of guides) {
      const html = readFileSync(join(dir, page), 'utf8');
      const nav = /<nav aria-label="Guides">([\s\S]*?)<\/nav>/.exec(html)?.[1];
      expect(nav, page).toBeDefined();
      const guideLinks = [...nav!.matchAll(/<li><a href="([^"]+)"/g)].map((m) => m[1]);
      // Its size depends on the stages and the per-stage limit, not on how many guides there are.
      expect(guideLinks.length, page).toBeLessThanOrEqual(STAGES.length * SIDEBAR_GUIDES_PER_STAGE);
      // With the kit's own guides, every stage fits, so every guide is listed.
      expect([...guideLinks].sort(), page).toEqual(
        guides.map((g) => `/${g.replace(/index\.html$/, '')}`).sort(),
      );
      const current = [...nav!.matchAll(/<a href="([^"]+)" aria-current="page">/g)].map(
        (m) => m[1],
      );
      expect(current, page).toEqual([`/${page.replace(/index\.html$/, '')}`]);
    }
  });
});
