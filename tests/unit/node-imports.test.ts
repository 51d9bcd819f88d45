import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// scripts/ run these modules in plain Node (type stripping, no bundler), where every
// relative import needs its extension; Vite does not care, so only this test notices.
const LOADED_BY_SCRIPTS = [
  'src/lib/site/tool-catalog.ts', // scripts/bench.ts
  'src/lib/site/base-path.ts', // build-sw, build-headers, serve
  'src/lib/site/security-headers.ts', // build-headers
  'src/lib/site/headers-file.ts', // serve
  'src/lib/site/reading-time.ts', // guide-words
];

describe('modules the scripts load in plain Node', () => {
  it.each(LOADED_BY_SCRIPTS)('%s imports without a bundler', (file) => {
    const out = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const m = await import('./${file}'); console.log(Object.keys(m).length);`,
      ],
      { encoding: 'utf8' },
    );
    expect(Number(out.trim())).toBeGreaterThan(0);
  });
});
