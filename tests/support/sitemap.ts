import { readFileSync } from 'node:fs';

/**
 * Every page path in the built sitemap, relative to the site base (e.g. "guides/linkedin/").
 * Read from dist/ so a new guide is tested without touching the tests.
 */
export function sitemapPaths(): string[] {
  const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) =>
    new URL(m[1]!).pathname.replace(/^\//, ''),
  );
}

/** Guide slugs in the order the home page should list them. */
export const GUIDE_SLUGS = [
  'playbook',
  'thank-you-email',
  'personalize-per-interviewer',
  'handwritten-note',
  'linkedin',
  'action-items',
  'recruiters-and-agencies',
  'later-rounds-and-international-norms',
  'hiring-timeline',
  'staying-engaged',
  'offers-deadlines-withdrawing',
  'after-a-rejection',
  'professionalism-and-tone',
  'resources',
];
