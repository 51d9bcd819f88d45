import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { guideSchema, sourceSchema } from './lib/site/guide-schema';

/** Every page the guides cite, once, with its canonical title and publisher. */
const sources = defineCollection({
  loader: file('src/content/sources/sources.json'),
  schema: sourceSchema,
});

/** Every guide is one MDX file; its file name (without .mdx) is its URL slug. */
const guides = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/guides' }),
  // Same schema as src/lib (unit-tested there), with source ids checked against the registry.
  schema: guideSchema.extend({
    sources: guideSchema.shape.sources.element.pipe(reference('sources')).array().min(1),
  }),
});

export const collections = { sources, guides };
