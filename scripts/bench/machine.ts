// The machine the figures come from, for BENCHMARKS.md.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg, release } from 'node:os';
import { join } from 'node:path';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memory: string;
  os: string;
  node: string;
  chromium: string;
  packages: Record<string, string>;
}

const run = (cmd: string, args: string[]): string => {
  try {
    return execFileSync(cmd, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown';
  }
};

const version = (root: string, pkg: string): string => {
  try {
    return (
      JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
  } catch {
    return 'not installed';
  }
};

export function describeMachine(root: string, chromium: string): Machine {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const osRelease = (() => {
    try {
      return /^PRETTY_NAME="?([^"\n]+)/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? '';
    } catch {
      return '';
    }
  })();
  return {
    cpus: Number(run('nproc', [])) || availableParallelism(),
    cpuModel: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? 'unknown',
    // `free -h`, as printed: total, used and available memory.
    memory: run('free', ['-h']),
    os: `${osRelease} (Linux ${release()})`,
    node: process.version,
    chromium: run(chromium, ['--version']),
    packages: Object.fromEntries(
      ['astro', 'pagefind', '@playwright/test', 'lighthouse'].map((p) => [p, version(root, p)]),
    ),
  };
}

/** The 1-minute load average, to show whether something else was running. */
export const load = (): number => Math.round(loadavg()[0]! * 100) / 100;
