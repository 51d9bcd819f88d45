// Generates N guides for the build-scale bench: about 900 words each, 4–6 headings (## and
// ###), a list, a table and a blockquote, valid front matter (src/lib/guide-schema.ts) and
// sources from the registry. Text is runs of words taken from the real guides, so the
// vocabulary and word frequencies (what Pagefind's index size depends on) look real.
// Guide i is the same whatever N is, so a guide can be compared across sizes.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { guideSchema, STAGES } from '../../src/lib/site/guide-schema.ts';
import { countWords } from '../../src/lib/site/reading-time.ts';

/** A small deterministic PRNG (mulberry32), so every run generates the same guides. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The words of the real guides' prose, in order: no front matter, imports, tags or markup. */
export function corpusWords(guidesDir: string): string[] {
  const words: string[] = [];
  for (const f of readdirSync(guidesDir)
    .filter((n) => n.endsWith('.mdx'))
    .sort()) {
    const body = readFileSync(join(guidesDir, f), 'utf8')
      .replace(/^---\n[\s\S]*?\n---\n/, '')
      .replace(/^import .*$/gm, '')
      .replace(/<[^>]*>/g, ' ')
      .replace(/\]\([^)]*\)/g, ' ')
      .replace(/`[^`]*`/g, ' ');
    for (const w of body.split(/\s+/)) {
      const clean = w.replace(/[^A-Za-z0-9'’,.-]/g, '').replace(/^[,.'’-]+/, '');
      if (/[A-Za-z]/.test(clean)) words.push(clean);
    }
  }
  return words;
}

export const slugFor = (i: number) => `bench-guide-${String(i).padStart(4, '0')}`;

/** One guide's MDX source. */
export function guideSource(i: number, corpus: string[], sourceIds: string[]): string {
  const rand = rng(i * 7919 + 17);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const plain = (w: string) => w.replace(/[,.]+$/, '');
  /** A run of `n` consecutive corpus words. */
  const run = (n: number) => {
    const start = Math.floor(rand() * (corpus.length - n));
    return corpus.slice(start, start + n).map(plain);
  };
  const sentence = () => {
    const ws = run(between(9, 18));
    ws[0] = ws[0]!.charAt(0).toUpperCase() + ws[0]!.slice(1);
    return `${ws.join(' ')}.`;
  };
  const paragraph = (n = between(3, 5)) => Array.from({ length: n }, sentence).join(' ');
  const phrase = (n: number) => {
    const ws = run(n);
    return ws.join(' ').charAt(0).toUpperCase() + ws.join(' ').slice(1);
  };

  const title = `${phrase(between(3, 6))} (${i})`.slice(0, 78);
  const description = `${phrase(between(12, 20))}.`.slice(0, 165).padEnd(50, '.');
  const stage = STAGES[(i - 1) % STAGES.length]!;
  const sources = [...new Set(Array.from({ length: between(1, 3) }, () => pick(sourceIds)))];

  const headings = between(4, 6);
  const parts: string[] = [paragraph(3)];
  for (let h = 0; h < headings; h++) {
    // Two of the headings are ### subsections of the ## before them.
    const level = h > 0 && h % 2 === 0 && h < 5 ? '###' : '##';
    parts.push(`${level} ${phrase(between(2, 5))}`);
    parts.push(paragraph());
    if (h === 0)
      parts.push(
        Array.from({ length: between(4, 6) }, () => `- ${phrase(between(6, 12))}.`).join('\n'),
      );
    if (h === 1) {
      const rows = between(3, 5);
      parts.push(
        [
          '| When | What | Why |',
          '| --- | --- | --- |',
          ...Array.from({ length: rows }, () => `| ${phrase(2)} | ${phrase(4)} | ${phrase(6)} |`),
        ].join('\n'),
      );
    }
    if (h === 2) parts.push(`> ${paragraph(2)}`);
    if (h === headings - 1 && i > 1)
      parts.push(`See also [the previous guide](/guides/${slugFor(i - 1)}/).`);
  }
  // Top up to about 900 words with more paragraphs in the last section.
  let body = parts.join('\n\n');
  while (countWords(body) < 880) body += `\n\n${paragraph()}`;

  const front = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(description)}`,
    `order: ${i}`,
    `stage: ${stage}`,
    'tools: []',
    'sources:',
    ...sources.map((s) => `  - ${s}`),
    'updated: 2026-11-27',
    '---',
  ].join('\n');
  // Fail here, naming the guide, rather than deep in the build.
  guideSchema.parse({
    title,
    description,
    order: i,
    stage,
    tools: [],
    sources,
    updated: '2026-11-27',
  });
  return `${front}\n\n${body}\n`;
}

/** Replaces the guides in `projectDir` with `n` generated ones; returns their average word count. */
export function replaceGuides(projectDir: string, n: number, corpus: string[]): { words: number } {
  const dir = join(projectDir, 'src', 'content', 'guides');
  const sourceIds = (
    JSON.parse(
      readFileSync(join(projectDir, 'src', 'content', 'sources', 'sources.json'), 'utf8'),
    ) as { id: string }[]
  ).map((s) => s.id);
  for (const f of readdirSync(dir)) rmSync(join(dir, f));
  let words = 0;
  for (let i = 1; i <= n; i++) {
    const text = guideSource(i, corpus, sourceIds);
    words += countWords(text.replace(/^---\n[\s\S]*?\n---\n/, ''));
    writeFileSync(join(dir, `${slugFor(i)}.mdx`), text);
  }
  return { words: Math.round(words / n) };
}
