// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { normaliseBase } from './src/lib/paths.ts';

// BASE_PATH lets the same source deploy at a domain root or under a subpath
// (e.g. BASE_PATH=/follow-up/); SITE_URL is the public origin for the sitemap and
// Open Graph URLs. OUT_DIR lets the tests build the subpath variant beside dist/.
const base = normaliseBase(process.env.BASE_PATH);
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), preact(), sitemap()],
  devToolbar: { enabled: false },
});
