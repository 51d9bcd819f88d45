// How long the tone check takes on a 300-word message, in Chromium, on the code the site
// ships: src/lib/tone/tone-check.ts with the trained weights, bundled by esbuild the way
// the page's chunk is, and run in a blank page (no network, nothing else on the page).
// The first check of a page load also builds the model's lookup table (`loadModel`), so
// that is timed apart from the checks after it.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser } from '@playwright/test';

/** One kind of 300-word message, timed. */
export interface ToneTiming {
  /** "clean" or "with problems": which held-out messages the text was made from. */
  message: string;
  /**
   * Whether the rules were warmed up first (`warmUpToneCheck`), as Check my message does
   * when the page is idle; the checks beside the drafts start cold.
   */
  warm: boolean;
  words: number;
  /** Findings the check returned (the same on every run). */
  findings: number;
  /** The first check, including building the model's table, ms. */
  firstMs: number;
  /** Of which building the model's table (`loadModel`), ms. */
  tableMs: number;
  /** Median and 95th percentile of the next `runs` checks, ms. */
  medianMs: number;
  p95Ms: number;
  runs: number;
  /** Chromium's CPU throttling rate (1 = this machine as it is). */
  cpuSlowdown: number;
}

/** The target: a 300-word message answers within this. */
export const TONE_TARGET_MS = 50;

const WORDS = 300;
const RUNS = 40;

interface HeldOut {
  text: string;
  labels: string[];
}

/**
 * A 300-word message made of held-out messages of one kind (clean, or with problems),
 * joined as paragraphs: long enough to hit every rule, and text the model was not
 * trained on. The last message is cut at the 300th word.
 */
function threeHundredWords(all: HeldOut[], clean: boolean): string {
  const parts: string[] = [];
  let count = 0;
  for (const m of all.filter((x) => (x.labels.length === 0) === clean)) {
    const words = m.text.split(/\s+/).filter(Boolean);
    const take = words.slice(0, WORDS - count);
    parts.push(take.join(' '));
    count += take.length;
    if (count >= WORDS) break;
  }
  return parts.join('\n\n');
}

/** The checker and its weights as one script that sets `window.toneBench`. */
async function bundle(root: string): Promise<string> {
  const entry = [
    `import { checkTone, warmUpToneCheck } from ${JSON.stringify(join(root, 'src/lib/tone/tone-check.ts'))};`,
    `import { loadModel } from ${JSON.stringify(join(root, 'src/lib/tone/tone-model.ts'))};`,
    `import weights from ${JSON.stringify(join(root, 'src/lib/tone/tone-weights.ts'))};`,
    'window.toneBench = { checkTone, warmUpToneCheck, loadModel, weights };',
  ].join('\n');
  const out = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'es2022',
  });
  return out.outputFiles[0]!.text;
}

/** Times the tone check on a clean and a problem 300-word message, at each CPU slowdown. */
export async function toneTiming(
  browser: Browser,
  root: string,
  slowdowns: number[] = [1, 4],
): Promise<ToneTiming[]> {
  const heldOut = JSON.parse(
    readFileSync(join(root, 'tests/fixtures/tone-heldout-v2/messages.json'), 'utf8'),
  ) as HeldOut[];
  const script = await bundle(root);
  const results: ToneTiming[] = [];
  for (const cpuSlowdown of slowdowns)
    for (const [clean, warm] of [
      [true, false],
      [false, false],
      [true, true],
      [false, true],
    ] as const) {
      const text = threeHundredWords(heldOut, clean);
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
      await page.setContent('<!doctype html><title>tone bench</title>');
      await page.addScriptTag({ content: script });
      const timed = await page.evaluate(
        ({ text, runs, warm }) => {
          type Bench = {
            checkTone: (t: string, o: object) => unknown[];
            warmUpToneCheck: () => void;
            loadModel: (w: unknown) => unknown;
            weights: unknown;
          };
          const b = (window as unknown as { toneBench: Bench }).toneBench;
          const opts = { kind: 'status-inquiry', interviewDate: '2026-11-20' };
          if (warm) b.warmUpToneCheck();
          let t = performance.now();
          const model = b.loadModel(b.weights);
          const tableMs = performance.now() - t;
          const findings = b.checkTone(text, { ...opts, model }).length;
          const firstMs = performance.now() - t;
          const times: number[] = [];
          for (let i = 0; i < runs; i++) {
            t = performance.now();
            b.checkTone(text, { ...opts, model });
            times.push(performance.now() - t);
          }
          times.sort((x, y) => x - y);
          return {
            findings,
            firstMs,
            tableMs,
            medianMs: times[Math.floor(times.length / 2)]!,
            p95Ms: times[Math.ceil(times.length * 0.95) - 1]!,
          };
        },
        { text, runs: RUNS, warm },
      );
      results.push({
        message: clean ? 'clean' : 'with problems',
        warm,
        words: text.split(/\s+/).filter(Boolean).length,
        runs: RUNS,
        cpuSlowdown,
        ...timed,
      });
      await context.close();
    }
  return results;
}

/** The first check beside a draft, timed in the built page. */
export interface DraftCheckTiming {
  /** Whether the draft had focus for a moment first, as it does before a user's first edit. */
  focusedFirst: boolean;
  /**
   * From the edited text reaching the store (at once here; when typing pauses for 150 ms
   * in use) to the tone panel's answer on screen, ms.
   */
  answerMs: number;
  words: number;
}

/**
 * The first tone check beside a draft as a user meets it: the thank-you tool page of the
 * built site with a saved interview, its first draft replaced by a 300-word message with
 * problems (one input event, as a paste), timed from that event to the tone panel's
 * summary in the page. Focused first: the draft had focus for a second before the paste,
 * as it has before anyone types into it; not focused: the edit comes out of nowhere.
 */
export async function draftCheckTiming(
  browser: Browser,
  root: string,
  dist: string,
  port: number,
): Promise<DraftCheckTiming[]> {
  const { startServer } = await import('../../tests/support/serve.ts');
  const { sampleWorkspace, WORKSPACE_KEY } = await import('../../tests/support/tools.ts');
  const heldOut = JSON.parse(
    readFileSync(join(root, 'tests/fixtures/tone-heldout-v2/messages.json'), 'utf8'),
  ) as HeldOut[];
  const text = threeHundredWords(heldOut, false);
  const server = await startServer(dist, port);
  const results: DraftCheckTiming[] = [];
  try {
    for (const focusedFirst of [false, true]) {
      const context = await browser.newContext();
      await context.addInitScript(
        ([key, value]) => localStorage.setItem(key!, value!),
        [WORKSPACE_KEY, JSON.stringify(sampleWorkspace())],
      );
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}/tools/thank-you-email/`);
      const draft = page.getByLabel('Email to Priya Raman', { exact: true });
      await draft.waitFor();
      if (focusedFirst) {
        await draft.focus();
        await page.waitForTimeout(1000);
      }
      const answerMs = await draft.evaluate(
        (area: HTMLTextAreaElement, value: string) =>
          new Promise<number>((resolve) => {
            const panel = document.body;
            if (panel.querySelector('.tool-tone [aria-live]'))
              throw new Error('A tone panel was already there.');
            const t0 = performance.now();
            new MutationObserver((_, observer) => {
              if (panel.querySelector('.tool-tone [aria-live]')) {
                observer.disconnect();
                resolve(performance.now() - t0);
              }
            }).observe(panel, { childList: true, subtree: true });
            area.value = value;
            area.dispatchEvent(new Event('input', { bubbles: true }));
            // A draft's text reaches the store when typing pauses (150 ms, Field.tsx) or at
            // once on a click: timed from the text in the store, not from the pause.
            area.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
          }),
        text,
      );
      results.push({ focusedFirst, answerMs, words: text.split(/\s+/).filter(Boolean).length });
      await context.close();
    }
  } finally {
    server.kill();
  }
  return results;
}

/** The timings as the table in BENCHMARKS.md ("Tone check"). */
export function toneTable(rows: ToneTiming[]): string {
  return [
    '| CPU | Message | Words | Findings | Rules | First check | of which the model table | Next checks, median | p95 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.cpuSlowdown === 1 ? 'this machine' : `${r.cpuSlowdown}× slowdown`} | ${r.message} | ${r.words} | ${r.findings} | ${r.warm ? 'warmed up' : 'cold'} | ${r.firstMs.toFixed(1)} ms | ${r.tableMs.toFixed(1)} ms | ${r.medianMs.toFixed(1)} ms | ${r.p95Ms.toFixed(1)} ms |`,
    ),
  ].join('\n');
}

// Usage: node scripts/bench/tone-timing.ts [dist] — prints the tables for BENCHMARKS.md
// (the page's timing needs a build: `npm run build` first).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { chromium } = await import('@playwright/test');
  const { CHROMIUM_ARGS, findChromium } = await import('../../tests/support/browser.ts');
  const executablePath = findChromium();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: CHROMIUM_ARGS,
  });
  const rows = await toneTiming(browser, resolve('.'));
  const dist = process.argv[2] ?? 'dist';
  const beside: DraftCheckTiming[] = [];
  for (let run = 0; run < 3; run++)
    beside.push(...(await draftCheckTiming(browser, resolve('.'), dist, 4490)));
  await browser.close();
  console.log(
    ['| Beside a draft (built page) | Words | Edit to answer |', '| --- | --- | --- |']
      .concat(
        beside.map(
          (r) =>
            `| ${r.focusedFirst ? 'draft focused a second before' : 'edit without focus first'} | ${r.words} | ${r.answerMs.toFixed(1)} ms |`,
        ),
      )
      .join('\n'),
  );
  console.log(toneTable(rows));
  const here = rows.filter((r) => r.cpuSlowdown === 1);
  const worst = Math.max(...here.map((r) => r.p95Ms));
  const first = Math.max(...here.filter((r) => r.warm).map((r) => r.firstMs));
  const cold = Math.max(...here.filter((r) => !r.warm).map((r) => r.firstMs));
  console.log(
    `\nTarget: a 300-word message within ${TONE_TARGET_MS} ms on this machine: p95 ${worst.toFixed(1)} ms; the first check ${first.toFixed(1)} ms once warmed up (Check my message, or a draft that had focus), ${cold.toFixed(1)} ms with nothing readied.`,
  );
}
