// Turns the bench's measurements into the console table and BENCHMARKS.md.
import { CPU_SLOWDOWN, type BackupRun, type QuotaRun, type StorageRun } from './storage-scale.ts';
import type { FirstView } from './first-view.ts';
import type { LighthouseScores } from './lighthouse.ts';
import type { Machine } from './machine.ts';
import type { ScaleResult } from './scale.ts';
import { QUERIES, TYPING_DELAY_MS, type SearchRun } from './search-latency.ts';

/** A step either measured, or skipped with the reason. */
export type Measured<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface BenchResults {
  date: string;
  command: string;
  machine: Machine;
  /** 1-minute load average when each step started. */
  loads: Record<string, number>;
  origin: string;
  /** How the measured build was made. */
  site: string;
  /** What src/scripts/search-ui.ts waits after a keystroke before searching. */
  debounce: string;
  firstView: Measured<FirstView[]>;
  lighthouse: Measured<LighthouseScores[]>;
  searchOnline: Measured<SearchRun[]>;
  searchOffline: Measured<SearchRun[]>;
  scale: ScaleResult[];
  scaleSkipped: string | undefined;
  storage: Measured<StorageResults>;
}

/** Saved data at scale (storage-scale.ts). */
export interface StorageResults {
  runs: StorageRun[];
  quota: QuotaRun;
  backup: BackupRun;
}

export const TARGETS = {
  keystrokeP95Ms: 50,
  usableMs: 1500,
  firstViewBytes: 15 * 1024,
  searchMs: 100,
  performance: 99,
  otherScores: 100,
  buildSeconds1000: 30,
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x: number) => `${Math.round(x)} ms`;
const s = (x: number) => `${(x / 1000).toFixed(1)} s`;
const yes = (ok: boolean) => (ok ? 'met' : '**not met**');

function table(head: string[], rows: (string | number)[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/** One line per target: what was measured and whether it meets the target. */
export function verdicts(r: BenchResults): string[][] {
  const rows: string[][] = [];
  if (r.lighthouse.ok) {
    const lh = r.lighthouse.value;
    const minPerf = Math.min(...lh.map((x) => x.performance));
    const minOther = Math.min(...lh.flatMap((x) => [x.accessibility, x.bestPractices, x.seo]));
    const below = lh
      .filter((x) => x.performance < TARGETS.performance)
      .map((x) => `${x.page} ${x.performance}`);
    rows.push([
      `Lighthouse mobile performance ≥ ${TARGETS.performance} (${lh.length} pages)`,
      `lowest ${minPerf}${below.length ? ` (below ${TARGETS.performance}: ${below.join(', ')})` : ''}`,
      yes(minPerf >= TARGETS.performance),
    ]);
    rows.push([
      'Lighthouse accessibility, best practices, SEO = 100',
      `lowest ${minOther}`,
      yes(minOther >= TARGETS.otherScores),
    ]);
  } else rows.push(['Lighthouse (mobile)', `not measured: ${r.lighthouse.reason}`, '–']);
  for (const [label, m] of [
    ['online', r.searchOnline],
    ['offline', r.searchOffline],
  ] as const) {
    if (m.ok) {
      const worst = Math.max(...m.value.map((x) => x.medianPainted));
      rows.push([
        `Search latency ${label}, median ≤ ${TARGETS.searchMs} ms`,
        m.value.map((x) => `${x.where} ${ms(x.medianPainted)}`).join(', '),
        yes(worst <= TARGETS.searchMs),
      ]);
    } else rows.push([`Search latency ${label}`, `not measured: ${m.reason}`, '–']);
  }
  if (r.firstView.ok) {
    const max = Math.max(...r.firstView.value.map((x) => x.total));
    rows.push([
      `First view of a guide without a tool ≤ 15 KB gzip`,
      `largest ${kb(max)} (${max} B)`,
      yes(max <= TARGETS.firstViewBytes),
    ]);
  } else
    rows.push(['First view of a guide without a tool', `not measured: ${r.firstView.reason}`, '–']);
  if (r.storage.ok) {
    const { runs, quota, backup } = r.storage.value;
    const worst = Math.max(...runs.map((x) => x.keystrokeP95));
    rows.push([
      `Keystroke to next frame p95 ≤ ${TARGETS.keystrokeP95Ms} ms at ${CPU_SLOWDOWN}× CPU slowdown`,
      runs.map((x) => `${x.interviews} interviews ${ms(x.keystrokeP95)}`).join(', '),
      yes(worst <= TARGETS.keystrokeP95Ms),
    ]);
    rows.push([
      'Save cost per keystroke independent of the number of interviews',
      runs.map((x) => `${x.interviews}: ${x.saveMean.toFixed(1)} ms`).join(', '),
      '–',
    ]);
    const big = runs.at(-1);
    if (big)
      rows.push([
        `My interviews usable ≤ ${s(TARGETS.usableMs)} with ${big.interviews} interviews`,
        ms(big.usableMs),
        yes(big.usableMs <= TARGETS.usableMs),
      ]);
    rows.push([
      'A page load writes nothing',
      runs.map((x) => `${x.interviews}: ${x.writesOnLoad} writes`).join(', '),
      yes(runs.every((x) => x.writesOnLoad === 0)),
    ]);
    rows.push([
      'Warned before storage is full',
      quota.notice
        ? `at ${(quota.storedChars / 1e6).toFixed(2)} M characters: “${quota.notice.slice(0, 80)}…”`
        : 'no warning',
      yes(quota.notice !== ''),
    ]);
    rows.push([
      'A backup of everything held downloads and restores',
      `${backup.interviews} interviews, ${kb(backup.fileBytes)}, restored ${backup.restoredInterviews} in ${ms(backup.restoreMs)}${backup.identical ? ', identical' : ', **different**'}`,
      yes(backup.identical && backup.restoredInterviews === backup.interviews),
    ]);
  } else rows.push(['Saved data at scale', `not measured: ${r.storage.reason}`, '–']);
  const thousand = r.scale.find((x) => x.guides === 1000);
  if (thousand)
    rows.push([
      `Build of 1,000 guides ≤ ${TARGETS.buildSeconds1000} s`,
      s(thousand.times.total),
      yes(thousand.times.total <= TARGETS.buildSeconds1000 * 1000),
    ]);
  else rows.push(['Build of 1,000 guides', `not measured: ${r.scaleSkipped ?? 'not run'}`, '–']);
  const generated = r.scale.filter((x) => x.guides !== 10);
  if (generated.length >= 2) {
    const ref = generated.map((x) => x.refHtmlGzip);
    const side = r.scale.map((x) => x.refSidebarGzip);
    const grows = Math.max(...ref) - Math.min(...ref);
    rows.push([
      "A guide's HTML does not grow with the number of guides",
      `${generated[0]!.refGuide}: ${generated.map((x) => `${x.refHtmlGzip} B at ${x.guides}`).join(', ')}; sidebar ${side.join(' / ')} B gzip`,
      yes(grows <= 16),
    ]);
  }
  return rows;
}

export function consoleTable(r: BenchResults): string {
  const rows = verdicts(r);
  const w0 = Math.max(...rows.map((x) => x[0]!.length));
  const w1 = Math.max(...rows.map((x) => x[1]!.length));
  return rows
    .map((x) => `${x[0]!.padEnd(w0)}  ${x[1]!.padEnd(w1)}  ${x[2]!.replace(/\*/g, '')}`)
    .join('\n');
}

export function markdown(r: BenchResults): string {
  const out: string[] = [];
  out.push('# Benchmarks', '');
  out.push(
    `Measured by \`${r.command}\` on ${r.date}, on the production build served with gzip by the bench's own server ` +
      `(\`scripts/bench/gzip-server.ts\`) at ${r.origin}. ${r.site} These are measurements from one run on the machine below, ` +
      'not estimates; anything not measured says why. `npm test` does not run the bench.',
    '',
  );
  out.push('## Targets', '', table(['Target', 'Measured', 'Verdict'], verdicts(r)), '');

  out.push('## Machine', '');
  out.push(`- CPU: ${r.machine.cpuModel}, ${r.machine.cpus} cores (\`nproc\`)`);
  out.push(`- OS: ${r.machine.os}`);
  out.push(`- Node ${r.machine.node}; ${r.machine.chromium} (\`/usr/bin/chromium\`)`);
  out.push(
    `- Packages: ${Object.entries(r.machine.packages)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  out.push(
    `- 1-minute load average when each step started (other work on the machine inflates timings): ${Object.entries(
      r.loads,
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  out.push('- Memory (`free -h`):', '', '```', r.machine.memory, '```', '');

  out.push('## How to reproduce', '');
  out.push(
    '```sh',
    'npm install',
    'npm run bench                      # everything: build in a temp copy, measure, scale builds, write BENCHMARKS.md',
    'npm run bench -- --dist dist       # measure an existing build instead (build it with SITE_URL=http://127.0.0.1:4410)',
    'npm run bench -- --skip-scale --skip-lighthouse   # the quick part only',
    'npm run bench -- --sizes 100,1000 --lighthouse-runs 3 --port 4410 --out BENCHMARKS.md',
    '```',
    '',
    "The bench never writes to the project's `dist/` or `tests/.tmp/`: it copies the project (without `node_modules`, `dist`, " +
      'caches) to a temporary folder, links the installed packages in, and builds there with the same steps as `npm run build` ' +
      '(`astro build`, `pagefind --site dist`, `node scripts/build-sw.ts`), `SITE_URL` set to the bench origin so canonical ' +
      'URLs match the server Lighthouse sees. Chromium is `/usr/bin/chromium` (or `CHROMIUM_PATH`) with the flags of ' +
      '`tests/support/browser.ts`.',
    '',
  );

  out.push('## First view of a guide without a tool', '');
  if (r.firstView.ok) {
    out.push(
      'HTML + the CSS it links + the JavaScript it loads before any interaction (module scripts and their static imports, ' +
        'found by `tests/support/page-weight.ts`), each file gzipped on its own (level 9) as the server sends it. ' +
        '"Transferred" is the sum of response bodies Chromium received for the document, stylesheets and scripts when loading ' +
        'the page from the gzip server (service worker blocked, no interaction), as a check.',
      '',
      table(
        ['Page', 'HTML', 'CSS', 'JS', 'Total', 'Transferred (Chromium)', '≤ 15 KB'],
        r.firstView.value.map((x) => [
          `/${x.page}`,
          `${x.html} B`,
          `${x.css} B`,
          `${x.js} B`,
          `**${x.total} B** (${kb(x.total)})`,
          x.transferred === undefined ? 'not measured' : `${x.transferred} B`,
          yes(x.total <= TARGETS.firstViewBytes),
        ]),
      ),
      '',
    );
  } else out.push(`Not measured: ${r.firstView.reason}`, '');

  out.push('## Search latency', '');
  out.push(
    `From the keydown of a query's last character to its first result on screen, in Chromium, Pagefind already loaded (warm: ` +
      `one search first). ${QUERIES.length} different queries (${QUERIES.map((q) => `"${q}"`).join(', ')}), typed one key every ` +
      `${TYPING_DELAY_MS} ms with Playwright's keyboard. In the page, a capturing keydown listener stamps \`performance.now()\`; a ` +
      'MutationObserver on the result list stamps the first result inserted and visible after the last key ("shown"), and the ' +
      'next animation frame stamps it on screen ("painted", the figure held to the target). Measured on /search/ and in the ' +
      'header box of a guide. Offline: the service worker is left to save the site, the server is stopped (a request to it ' +
      'must fail), then the same queries are run.',
    '',
    `Debounce: ${r.debounce}`,
    '',
  );
  for (const [label, m] of [
    ['Online', r.searchOnline],
    ['Offline (server stopped, service worker answering)', r.searchOffline],
  ] as const) {
    out.push(`### ${label}`, '');
    if (!m.ok) {
      out.push(`Not measured: ${m.reason}`, '');
      continue;
    }
    out.push(
      table(
        ['Where', 'Median shown', 'Median painted', 'Slowest painted', '≤ 100 ms (median painted)'],
        m.value.map((x) => [
          x.where,
          ms(x.medianShown),
          `**${ms(x.medianPainted)}**`,
          ms(x.maxPainted),
          yes(x.medianPainted <= TARGETS.searchMs),
        ]),
      ),
      '',
      'Each query, painted (ms): ' +
        m.value
          .map(
            (x) =>
              `${x.where}: ${x.samples.map((q) => `"${q.query}" ${q.painted.toFixed(1)}`).join(', ')}`,
          )
          .join('; '),
      '',
    );
  }

  out.push('## Build scale', '');
  if (r.scale.length) {
    out.push(
      'The production build with the real 10 guides and with 100 and 1,000 generated ones in their place ' +
        "(`scripts/bench/generate-guides.ts`: about 900 words each from runs of the real guides' words, 4–6 `##`/`###` headings, " +
        'a list, a table and a blockquote, valid front matter, sources from the registry; guide N is the same text at every size). ' +
        'Each build is cold, in a fresh copy. "dist/pagefind" is everything Pagefind writes (its code, wasm and ready-made UIs ' +
        'included); "Index data" is the part that grows with the content (`fragment/`, `index/`, `filter/`, the `.pf_meta` ' +
        'file and `pagefind-entry.json`). "Sidebar" is the gzip size of the `<details class="sidebar">` element of the ' +
        'compared guide, with its number of links. The home page lists every guide (it is where the sidebar\'s "All N guides" ' +
        'leads), so it grows; so does what the service worker saves on a first visit ("Offline precache", bytes as stored).',
      '',
      table(
        [
          'Guides',
          'astro build',
          'Pagefind',
          'Service worker',
          '**Total**',
          'dist/pagefind',
          'Index data',
          'Compared guide',
          'Its HTML (gzip)',
          'Its sidebar (gzip, links)',
          'Largest guide HTML (gzip)',
          'Home page (gzip)',
          'Offline precache',
        ],
        r.scale.map((x) => [
          x.guides.toLocaleString('en'),
          s(x.times.astro),
          s(x.times.pagefind),
          s(x.times.serviceWorker),
          `**${s(x.times.total)}**`,
          `${kb(x.pagefindBytes)} (${x.pagefindFiles} files)`,
          kb(x.pagefindIndexBytes),
          x.refGuide,
          `${x.refHtmlGzip} B`,
          `${x.refSidebarGzip} B, ${x.refSidebarLinks}`,
          `${x.maxGuideHtmlGzip} B`,
          kb(x.homeHtmlGzip),
          `${x.precacheFiles} files, ${kb(x.precacheBytes)}`,
        ]),
      ),
      '',
    );
  }
  if (r.scaleSkipped) out.push(`Not measured: ${r.scaleSkipped}`, '');

  out.push('## Saved data at scale', '');
  if (r.storage.ok) {
    const { runs } = r.storage.value;
    out.push(
      `In Chromium with the CPU slowed ${CPU_SLOWDOWN}× (Emulation.setCPUThrottlingRate), on My interviews. Each size is seeded as the ` +
        'previous build stored it (one key, realistic interviews of about 9,500 characters: three people with topics, three ' +
        'drafts, a promised item, log entries), so the first load includes the move to one key per interview. Then the page is ' +
        'reloaded with a counter on every write to a `fuk-` key ("usable": until the pipeline\'s first card shows its ' +
        '"Move to…"), and on the current interview\'s application page, where its details are edited ("Edit details"), 40 ' +
        'characters are typed into the Company field 120 ms ' +
        'apart, then 10 single deletions 700 ms apart (each saved on its own). "Keystroke" is keydown to the task after the next ' +
        'animation frame, over the 40 typed characters; "save" is the `fuk-save` performance measure around each write of what ' +
        'changed. A field puts its text in the store 150 ms after typing pauses (or when it is left, or before any save), so ' +
        'a keystroke redraws the field alone and the tools redraw once per pause.',
      '',
      table(
        [
          'Interviews',
          'Stored',
          'First load (move)',
          'Writes on reload',
          'Usable',
          'Keystroke p50',
          'Keystroke p95',
          'Save mean / max (n)',
        ],
        runs.map((x) => [
          x.interviews,
          `${(x.storedChars / 1e6).toFixed(2)} M chars`,
          ms(x.firstLoadMs),
          x.writesOnLoad,
          ms(x.usableMs),
          ms(x.keystrokeP50),
          ms(x.keystrokeP95),
          `${x.saveMean.toFixed(1)} / ${x.saveMax.toFixed(1)} ms (${x.saves})`,
        ]),
      ),
      '',
    );
  } else out.push(`Not measured: ${r.storage.reason}`, '');

  out.push('## Lighthouse (mobile)', '');
  if (r.lighthouse.ok) {
    out.push(
      "Lighthouse's default mobile configuration (emulated mid-range phone, simulated slow 4G and 4× CPU slowdown), run from " +
        'Node against the gzip server in headless `/usr/bin/chromium`. With several runs, the run with the median performance ' +
        "score is shown, and every run's performance score is listed.",
      '',
      table(
        [
          'Page',
          'Performance',
          'Accessibility',
          'Best practices',
          'SEO',
          'FCP',
          'LCP',
          'TBT',
          'CLS',
        ],
        r.lighthouse.value.map((x) => [
          x.page,
          `**${x.performance}**${x.performanceRuns.length > 1 ? ` (${x.performanceRuns.join(', ')})` : ''}`,
          x.accessibility,
          x.bestPractices,
          x.seo,
          ms(x.fcp),
          ms(x.lcp),
          ms(x.tbt),
          x.cls.toFixed(3),
        ]),
      ),
      '',
    );
    const shifts = r.lighthouse.value.filter((x) => x.shifted.length);
    if (shifts.length) {
      out.push(
        "What moved (Lighthouse's layout-shifts audit, median run; share of the CLS in brackets):",
        '',
        ...shifts.map(
          (x) => `- ${x.page}: ${x.shifted.map((e) => `\`${e.replace(/`/g, "'")}\``).join(', ')}`,
        ),
        '',
      );
    }
  } else out.push(`Not measured: ${r.lighthouse.reason}`, '');
  return `${out.join('\n')}\n`;
}
