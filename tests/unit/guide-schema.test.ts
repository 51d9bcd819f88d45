import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load as loadYaml } from 'js-yaml';
import { guideSchema, sourceSchema, STAGES, STAGE_LABELS } from '../../src/lib/site/guide-schema';
import { countWords } from '../../src/lib/site/reading-time';

const valid = {
  title: 'The thank-you email',
  description: 'When to send it, what to say, and two complete examples you can adapt in minutes.',
  order: 2,
  stage: 'first-48-hours',
  sources: ['indeed-how-long-to-wait'],
  updated: '2026-11-27',
};

describe('guideSchema', () => {
  it('accepts valid front matter and fills defaults', () => {
    const data = guideSchema.parse(valid);
    expect(data.tools).toEqual([]);
    expect(data.updated).toBeInstanceOf(Date);
  });
  it.each([
    ['title', { title: 'Hi' }],
    ['description', { description: 'Too short' }],
    ['order', { order: 0 }],
    ['order', { order: 1.5 }],
    ['stage', { stage: 'someday' }],
    ['tools', { tools: ['magic-wand'] }],
    ['sources', { sources: [] }],
    ['sources', { sources: ['Not An Id'] }],
    ['updated', { updated: 'not a date' }],
  ])('rejects a bad %s and names the field', (field, patch) => {
    const result = guideSchema.safeParse({ ...valid, ...patch });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path[0])).toContain(field);
  });
  it('has a label for every stage', () => {
    for (const s of STAGES) expect(STAGE_LABELS[s]).toBeTruthy();
  });
});

describe('sourceSchema', () => {
  it('accepts only https URLs', () => {
    expect(
      sourceSchema.safeParse({ title: 'Page', publisher: 'Pub', url: 'https://a.example/x' })
        .success,
    ).toBe(true);
    expect(
      sourceSchema.safeParse({ title: 'Page', publisher: 'Pub', url: 'javascript:alert(1)' })
        .success,
    ).toBe(false);
    expect(
      sourceSchema.safeParse({ title: 'Page', publisher: 'Pub', url: 'http://a.example/' }).success,
    ).toBe(false);
  });
});

// The real content, checked here too so a writer sees every problem in one run.
const dir = new URL('../../src/content/guides/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
const registry = JSON.parse(
  readFileSync(new URL('../../src/content/sources/sources.json', import.meta.url), 'utf8'),
) as { id: string }[];

describe('the guides', () => {
  it('are the fourteen guides the site promises', () => {
    expect(files.sort()).toEqual(
      [
        'action-items',
        'after-a-rejection',
        'handwritten-note',
        'hiring-timeline',
        'later-rounds-and-international-norms',
        'linkedin',
        'offers-deadlines-withdrawing',
        'personalize-per-interviewer',
        'playbook',
        'professionalism-and-tone',
        'recruiters-and-agencies',
        'resources',
        'staying-engaged',
        'thank-you-email',
      ].map((s) => `${s}.mdx`),
    );
  });
  const orders = new Set<number>();
  it.each(files)(
    '%s: valid front matter, 700–1,500 words, known sources, no placeholders',
    (file) => {
      const text = readFileSync(new URL(file, dir), 'utf8');
      const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
      expect(fm, 'front matter').not.toBeNull();
      const data = guideSchema.parse(loadYaml(fm![1]!));
      expect(orders.has(data.order), `order ${data.order} is unique`).toBe(false);
      orders.add(data.order);
      for (const id of data.sources) expect(registry.map((r) => r.id)).toContain(id);
      const words = countWords(text);
      expect(words).toBeGreaterThanOrEqual(700);
      expect(words).toBeLessThanOrEqual(1500);
      expect(text).not.toMatch(/lorem ipsum|coming soon|\bTODO\b|\bTBD\b|placeholder/i);
      expect(text, 'sources are rendered by the layout, not written in the body').not.toMatch(
        /^## Sources/m,
      );
    },
  );
  it('every registry source is cited by at least one guide', () => {
    const cited = new Set(
      files.flatMap((f) =>
        [...readFileSync(new URL(f, dir), 'utf8').matchAll(/^ {2}- ([a-z0-9-]+)$/gm)].map(
          (m) => m[1],
        ),
      ),
    );
    for (const { id } of registry) expect(cited, id).toContain(id);
  });
});
