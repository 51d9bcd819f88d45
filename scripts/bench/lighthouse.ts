// Lighthouse, mobile (its default: a mid-range phone on slow 4G, simulated throttling),
// run from Node against the local gzip server, in the system Chromium started here
// with a DevTools port. Lighthouse is a devDependency; without it this step reports why.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from '../../tests/support/browser.ts';

export interface LighthouseScores {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Each run's performance score, when run more than once (the median is reported). */
  performanceRuns: number[];
  /** First and largest contentful paint and total blocking time of the median run, ms. */
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** The elements that moved, from the layout-shifts audit, with their share of the CLS. */
  shifted: string[];
}

interface Chromium {
  port: number;
  stop(): Promise<void>;
}

/** Starts headless Chromium with a DevTools port, read from its "DevTools listening on" line. */
async function startChromium(executable: string): Promise<Chromium> {
  const profile = mkdtempSync(join(tmpdir(), 'fuk-bench-lh-profile-'));
  const args = [
    '--headless=new',
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    ...CHROMIUM_ARGS,
    // As root (in a container) Chromium refuses to start with its sandbox.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    'about:blank',
  ];
  const child: ChildProcess = spawn(executable, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  // Never leave it running, even if the bench is interrupted.
  const kill = () => child.kill();
  process.once('exit', kill);
  const port = await new Promise<number>((resolve, reject) => {
    let err = '';
    const timer = setTimeout(
      () => reject(new Error(`Chromium did not open a DevTools port:\n${err}`)),
      30_000,
    );
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}):\n${err}`));
    });
  });
  return {
    port,
    stop: async () => {
      process.off('exit', kill);
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill();
        await exited;
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Whether Lighthouse is installed; the reason when it is not. */
export async function lighthouseAvailable(): Promise<string | undefined> {
  try {
    await import('lighthouse');
    return undefined;
  } catch (e) {
    return `the lighthouse package could not be loaded (${(e as Error).message.split('\n')[0]}); run \`npm install\``;
  }
}

const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

/**
 * Runs Lighthouse `runs` times on each of `paths` (like "guides/playbook/") and reports
 * the run with the median performance score. Scores are 0–100.
 */
export async function runLighthouse(
  executable: string,
  origin: string,
  paths: string[],
  runs: number,
  log: (s: string) => void,
): Promise<LighthouseScores[]> {
  const { default: lighthouse } = await import('lighthouse');
  const chromium = await startChromium(executable);
  const out: LighthouseScores[] = [];
  try {
    for (const path of paths) {
      const results: LighthouseScores[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(`${origin}/${path}`, {
          port: chromium.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for /${path}`);
        const { categories, audits, runtimeError } = result.lhr;
        if (runtimeError)
          throw new Error(`Lighthouse on /${path}: ${runtimeError.code} ${runtimeError.message}`);
        const score = (id: string) => Math.round((categories[id]?.score ?? Number.NaN) * 100);
        const num = (id: string) => audits[id]?.numericValue ?? Number.NaN;
        results.push({
          page: `/${path}`,
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          performanceRuns: [],
          fcp: num('first-contentful-paint'),
          lcp: num('largest-contentful-paint'),
          tbt: num('total-blocking-time'),
          cls: num('cumulative-layout-shift'),
          shifted: (
            (
              audits['layout-shifts']?.details as
                { items?: { score?: number; node?: { snippet?: string } }[] } | undefined
            )?.items ?? []
          )
            .filter((item) => (item.score ?? 0) > 0)
            .map(
              (item) => `${item.node?.snippet ?? 'an element'} (${(item.score ?? 0).toFixed(3)})`,
            ),
        });
        // Anything short of 100 outside performance: say which audits cost it.
        for (const id of ['accessibility', 'best-practices', 'seo']) {
          if ((categories[id]?.score ?? 1) < 1) {
            const failing = (categories[id]?.auditRefs ?? [])
              .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
              .map((ref) => `${ref.id}: ${audits[ref.id]?.title ?? ''}`);
            log(`  lighthouse /${path} ${id} < 100: ${failing.join('; ')}`);
          }
        }
      }
      const perfs = results.map((r) => r.performance);
      const chosen = results.find((r) => r.performance === mid(perfs))!;
      out.push({ ...chosen, performanceRuns: perfs });
      log(
        `  lighthouse /${path}: performance ${perfs.join(', ')}; a11y ${chosen.accessibility}, best practices ${chosen.bestPractices}, SEO ${chosen.seo}`,
      );
    }
  } finally {
    await chromium.stop();
  }
  return out;
}
