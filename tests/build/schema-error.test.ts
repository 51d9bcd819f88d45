import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const FRONT = {
  title: 'A guide that breaks a rule',
  description: 'This description is long enough to pass the length rule of the guide schema.',
  order: '99',
  stage: 'first-week',
  sources: '[indeed-how-long-to-wait]',
  updated: '2026-11-27',
};
const root = resolve('tests/.tmp/bad-guide');
afterAll(() => rmSync(root, { recursive: true, force: true }));

// A broken guide must stop the build with a message that names the file and the field,
// so a writer can fix it without reading a stack trace.
describe('a guide that breaks the schema', () => {
  it.each([
    ['stage', { stage: 'someday' }, /stage: Invalid option/],
    ['sources', { sources: '[no-such-source]' }, /no-such-source/],
    ['updated', { updated: 'yesterday-ish' }, /updated/],
  ])(
    'fails the build on a bad %s, naming the file and the field',
    (_field, patch, message) => {
      rmSync(root, { recursive: true, force: true });
      mkdirSync(root, { recursive: true });
      for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
        cpSync(item, join(root, item), { recursive: true });
      symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
      const front = Object.entries({ ...FRONT, ...patch })
        .map(([k, v]) => `${k}: ${v}`)
        .join('\n');
      writeFileSync(
        join(root, 'src/content/guides/broken-example.mdx'),
        `---\n${front}\n---\n\nBody text.\n`,
      );
      const run = spawnSync(
        process.execPath,
        [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--root', root],
        {
          encoding: 'utf8',
          env: {
            ...process.env,
            ASTRO_TELEMETRY_DISABLED: '1',
            NO_COLOR: '1',
            FORCE_COLOR: '0',
            OUT_DIR: join(root, 'dist'),
          },
          timeout: 120_000,
        },
      );
      // Strip colour codes: CI terminals may force them on.
      const output = (run.stdout + run.stderr).replace(/\x1b\[[0-9;]*m/g, '');
      expect(run.status, output).not.toBe(0);
      expect(output).toContain('broken-example');
      expect(output).toMatch(message);
    },
    120_000,
  );
});
