// Prints each guide's word count, so writers can check the 700–1,500 range without a build.
import { readdirSync, readFileSync } from 'node:fs';
import { countWords } from '../src/lib/site/reading-time.ts';

const dir = new URL('../src/content/guides/', import.meta.url);
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .sort()) {
  const words = countWords(readFileSync(new URL(file, dir), 'utf8'));
  const verdict = words < 700 ? 'too short' : words > 1500 ? 'too long' : 'ok';
  console.log(`${String(words).padStart(5)}  ${verdict.padEnd(9)}  ${file}`);
}
