// Throwaway copies of the project for the bench to build in, so it never touches the
// project's own dist/, caches or tests/.tmp/ (someone may be building or testing there).
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { performance } from 'node:perf_hooks';

/** Copies not yet removed, so an interrupted bench can still clean up. */
const live = new Set<string>();

/** Top-level entries never copied: installed packages, builds, caches, test output, history. */
const SKIP = new Set([
  'node_modules',
  'dist',
  '.astro',
  '.git',
  'test-results',
  'playwright-report',
]);

/**
 * Copies the project at `root` into a new folder under the system temp folder and links
 * its packages in. node_modules is a real folder of links to each installed package (not
 * one link to the whole folder): Astro and Vite keep their caches in node_modules/.astro
 * and node_modules/.vite, and those must belong to the copy, not to the project.
 */
export function makeWorkdir(root: string, label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `fuk-bench-${label}-`));
  live.add(dir);
  cpSync(root, dir, {
    recursive: true,
    filter: (src) => {
      const rel = relative(root, src);
      if (rel === '') return true;
      const top = rel.split(sep)[0]!;
      return !SKIP.has(top) && !rel.startsWith(join('tests', '.tmp'));
    },
  });
  const modules = join(root, 'node_modules');
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(modules)) {
    // Caches stay behind: the copy makes its own.
    if (name === '.astro' || name === '.vite' || name === '.vite-temp' || name === '.cache')
      continue;
    symlinkSync(join(modules, name), join(dir, 'node_modules', name));
  }
  return dir;
}

export function removeWorkdir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  live.delete(dir);
}

/** Removes every copy still there (for an exit handler). */
export function removeAllWorkdirs(): void {
  for (const dir of live) removeWorkdir(dir);
}

/** The environment the project's npm scripts run in: its own node (24) and binaries first. */
export function projectEnv(dir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${join(dir, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...extra,
  };
}

/** Runs a command in `cwd`, resolving with its wall time in ms; rejects with its output on failure. */
export function timed(
  cmd: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve(performance.now() - start);
      else
        reject(
          new Error(
            `${cmd} ${args.join(' ')} failed (exit ${code}) in ${cwd}:\n${out.slice(-4000)}`,
          ),
        );
    });
  });
}

/** Wall time of each step of `npm run build`, in ms. */
export interface BuildTimes {
  astro: number;
  pagefind: number;
  serviceWorker: number;
  total: number;
}

/**
 * The production build, exactly the steps of `npm run build` (astro build, Pagefind, the
 * service worker), each timed. Caches are those of a fresh copy, so this is a cold build.
 */
export async function buildSite(
  dir: string,
  env: Record<string, string> = {},
): Promise<BuildTimes> {
  const e = projectEnv(dir, env);
  const astro = await timed('astro', ['build'], dir, e);
  const pagefind = await timed('pagefind', ['--site', 'dist'], dir, e);
  const serviceWorker = await timed(process.execPath, ['scripts/build-sw.ts'], dir, e);
  return { astro, pagefind, serviceWorker, total: astro + pagefind + serviceWorker };
}
