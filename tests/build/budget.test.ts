import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageJs, staticImports } from '../support/page-weight';
import { BUILDS, htmlFiles, requireBuild } from './site';

/** Budgets are in KiB (1,024 bytes), gzip, each file compressed on its own as served. */
const KB = 1024;
/** A guide without a tool ships at most 3 KB of JS before search is touched. */
const GUIDE_WITHOUT_TOOL_BUDGET = 3 * KB;
/**
 * A page with the thank-you builder, the note planner, the LinkedIn generator, the
 * message checker or the engagement log: 29.2 KB, tool included. (25 KB until the
 * storage that keeps everything: its field limits with counters and per-interview saving
 * measured +1.0 KB on every tool page. 26 KB until the one draft rule: the shared draft
 * panel, with the stale check, the start-again question asked in place instead of
 * confirm(), the too-long mail fallback and the shared tool frame, measured +1.2 KB on
 * the note page and +1.7 KB on the thank-you and LinkedIn pages, 26.7–27.0 KB; a page
 * holds one builder, so sharing the panel saves nothing within a page. 27.5 KB until
 * the situation drafts: the shared grammar that lowers typed list lines mid-sentence and
 * joins lists, the promised-item sentence with its day wording, and the situation
 * lengths in the limits table measured +1.16 KB on the thank-you pages, 27.99 → 29.15
 * KB, and +0.13 KB on the other message tools. 29 KB until the rounds and regions:
 * the round's end time and "who said it" in the shared interview fields, the new message
 * kinds, and the region's days off measured +0.7 KB on the thank-you pages, 29.18 →
 * 29.88 KB, the most of any message tool. 29.5 KB until the thank-you modes: the loader of
 * the recruiter-screen note and the panel email (+175 B; the modes themselves load on
 * demand), the countdown from the interview's end (+75 B) and the zone picker's loader
 * (+35 B) measured the thank-you guide at 30,267 B = 29.56 KB. 29.6 KB until workspace
 * v6: the application page's address (applicationHref, in the shared address module that
 * every tool page loads, now that My interviews links each card to it) and v6's version
 * measured the thank-you guide at 30,313 B = 29.60 KB, 3 B over, from 30,307 B; 30,324 B
 * with "What is due" saying when every interview is archived. The summary in place of the
 * interview's form: the tools no longer carry the interview and interviewer fields (they
 * moved out of tools-common to My interviews), the summary's words load on demand
 * (RoundFacts) and the sign-off and topics fields are small parts of their own, which
 * measured the thank-you pages 30,290 → 29,742 B (29.04 KB), the note pages 28,931 →
 * 28,284 B, LinkedIn 28,109 → 27,552 B and the engagement log 25,635 → 24,781 B. Readying
 * the tone check when a draft gets focus, so the first check beside a draft answers
 * within 50 ms, measured +111 B on every page with a draft (the thank-you guide 29,859 →
 * 29,970 B); moving the words of round kinds and people's parts out of tools-common
 * (no tool page reads them before the summary's words load) took 150–190 B off every
 * tool page: the thank-you guide measured 29,829 B = 29.13 KB with both.)
 */
const MESSAGE_TOOL_BUDGET = 29.2 * KB;
/**
 * A page with the hiring-timeline tools (calculator, status-inquiry writer, tracker): 32.8
 * KB. (30 until the storage that keeps everything, +1.0 KB as above. 31 KB until public
 * holidays by region: the days-off store that fetches the region's file (+1.06 KB), the
 * calculator's holidays summary line and picker binding (+1.0 KB), the follow-up cap in
 * the status writer (+0.27 KB), workspace v5 and the round's end time (+0.2 KB)
 * measured the hiring-timeline guide at 34.16 KB, from 31.0. 34 KB until the application
 * page's "Add to calendar": sharing the calendar writer with that page moved it out of
 * the calculator's chunk into a chunk of its own (with the google link and the plan's
 * events, one chunk rather than three), which brings the bundler's small runtime for the
 * calculator's dynamic import of it: measured the hiring-timeline guide at 35,028 B =
 * 34.21 KB, from 34,259 B. The summary in place of the interview's form, as above:
 * the hiring-timeline guide measured 34,276 → 33,416 B, the calculator's page 33,545 →
 * 32,687 B, the status writer's 33,564 → 33,088 B and the promised items' 24,651 →
 * 23,785 B, before the calendar chunk. With both, and the site script's "Save all guides
 * for offline" binding (+84 B on every page), the hiring-timeline guide measured
 * 34,589 B = 33.78 KB.)
 */
const TIMELINE_TOOL_BUDGET = 33.8 * KB;
/**
 * My interviews: "What is due", the pipeline's list (the pipeline itself fetched once
 * something is saved) and the data controls (backup, restore with undo, saved copies,
 * durable storage): 36.25 KB. 33 KB until workspace v5, measured
 * 32.5 KB then: the editor of applications with rounds, people and a dated outcome
 * history (the Status select with its seven statuses, moved here from every tool page;
 * removing a person from a round with undo; duplicating rounds) measured 33.1 KB (+0.6),
 * while every other tool page stayed within its budget (+0.04 to +0.16 KB). 33.5 KB
 * until rounds and regions: the rounds panel with people's parts (+1.4 KB in the
 * editor), the days-off store (+0.75 KB) and the due list's outcome steps, loaded when an
 * outcome exists (+0.25 KB), measured 36.18 KB. "Needs a date" in the due list (its
 * list part fetched only when a plan has an undated step) and the zone picker's loader
 * measured 36.34 KB (+0.17); the picker itself (2.2 KB) comes after the fields draw.
 * 36.5 KB until workspace v6's pipeline, from 37,335 B (36.46 KB): the list of interviews
 * left the editor (−1.14 KB) for the pipeline (stages, board, archive, counts; 2.7 KB,
 * fetched once something is saved), but what the pipeline shares with the editor and the
 * due list (outcome and list edits, status words, snoozes) became a chunk of its own
 * (1.46 KB, a group in astro.config.mjs; apart they measured 0.6 KB more) and the plan
 * left the readings hook's chunk (+0.18 KB); "Snooze"/"Unsnooze" in the due list with its
 * form's loader measured +0.42 KB. In all 38,286 B = 37.39 KB; 38,349 B = 37.45 KB with
 * "What is due" saying when every interview is archived.
 * The tools' summary in place of the interview's form measured 37,311 → 37,360 B
 * (36.48 KB): the forms left the shared chunk for this page's editor, where they
 * compress apart from it, and the summary's picker joined it (its words do not).
 * 37.5 KB until the reminders on this device: the hook that puts the number due on the
 * installed app's icon and announces a step falling due, the check for the backup
 * suggestion (its panel fetched only when it has one to make), the notification choice
 * in "Your data", and the site script's "Save all guides" binding measured 39,390 B =
 * 38.47 KB, +0.96 KB.
 * 38.5 KB until the interview's form left this page for the application page's "Edit
 * details" (no page repeats the form): without the editor (its fields, the rounds panel,
 * the follow-up steps and the undo of removing people and rounds, out of the chunk it
 * shared with the application page and the debrief) and without the calculator's button,
 * and with the words of round kinds and parts in a chunk of their own, the page measured
 * 39,399 B (38.48 KB) → 36,912 B (36.05 KB), −2,487 B.
 */
const WORKSPACE_PAGE_BUDGET = 36.25 * KB;
/**
 * My job search (the printable report with its CSV download): the store, the report and
 * the CSV writer, no form parts or plan; measured 22.0 KB when it was added.
 */
const REPORT_PAGE_BUDGET = 23 * KB;
/**
 * The application page (/workspace/application/): the plan and the outcome steps' loader,
 * the timeline and the due list with their calendar-file loader, and the chunk it shares
 * with My interviews' editor (the labels of rounds, parts and standings, where an
 * application stands, the editor itself), which "Edit details" needs anyway; the drafts
 * and the editor's own part load when opened. Measured 35,602 B = 34.77 KB; 35,947 B =
 * 35.10 KB with the tools' summary and the site script's "Save all guides" binding.
 * 35.2 KB until "Add every step to my calendar" (one file for the whole plan, the button
 * shared with each step's "Add to calendar"): 36,088 B = 35.24 KB. 35.3 KB until My
 * interviews lost its editor: the editor left the chunk this page shares with it (the
 * page loads it only with "Edit details"), and the answer to an offer loads with its
 * step's draft: 33,164 B = 32.39 KB.
 */
const APPLICATION_PAGE_BUDGET = 32.6 * KB;
/**
 * The debrief (/workspace/debrief/): the four steps' fields, the timeline reading's
 * loader, the promised items, removing a person or an item with undo, and the chunk it
 * shares with My interviews' editor (round kinds, people's parts, removing people);
 * measured 35,658 B = 34.82 KB; 35,992 B = 35.15 KB with the tools' summary and the
 * site script's "Save all guides" binding. 35.2 KB until My interviews lost its editor,
 * which left the chunk the debrief shares with it: 33,324 B = 32.54 KB.
 */
const DEBRIEF_PAGE_BUDGET = 32.8 * KB;
/** The budget for a page, from the islands it hydrates. */
const budgetFor = (html: string) =>
  /component-url="[^"]*ApplicationHub/.test(html)
    ? APPLICATION_PAGE_BUDGET
    : /component-url="[^"]*Debrief/.test(html)
      ? DEBRIEF_PAGE_BUDGET
      : /component-url="[^"]*DataControls/.test(html)
        ? WORKSPACE_PAGE_BUDGET
        : /component-url="[^"]*JobSearchReport/.test(html)
          ? REPORT_PAGE_BUDGET
          : /component-url="[^"]*(ThankYouBuilder|HandwrittenNotePlanner|LinkedInGenerator|MessageChecker|EngagementLog)/.test(
                html,
              )
            ? MESSAGE_TOOL_BUDGET
            : TIMELINE_TOOL_BUDGET;
/**
 * Fetched only when needed, never with a page: search, the update banner, the storage notice's wording, the
 * .ics writer, the timeline parser, the tone check beside drafts (once a draft is edited
 * or the user asks), the formal and concise wordings, the profile-address check and the
 * words of the application summary (RoundFacts).
 */
const ON_DEMAND =
  /search-ui|pagefind|update-banner|StorageNoticePanel|[/]ics\.|[/]parse\.|ToneFindings|tone-check|RoundFacts|[/](formal|concise)\.|profile-url|record-sync|read-layout|snapshots|workspace-settle|SavedCopies|durable-storage|backup-file|lz-string/;

const { dir } = BUILDS[0];

describe('JavaScript budget (dist/)', () => {
  requireBuild(dir);
  const guides = htmlFiles(dir).filter((f) => f.startsWith('guides/'));

  const withTool = (file: string) =>
    readFileSync(join(dir, file), 'utf8').includes('<astro-island');
  const plainGuides = guides.filter((f) => !withTool(f));
  const toolPages = htmlFiles(dir).filter(withTool);

  it('measures every guide and every tool page', () => {
    expect(guides.length).toBe(14);
    // The overview, the resources hub and the four guides for later stages (recruiters, later
    // rounds, offers and withdrawing, rejection) have no tool; the other eight each embed one.
    expect(plainGuides.length).toBe(6);
    expect(toolPages).toEqual(
      expect.arrayContaining([
        'guides/thank-you-email/index.html',
        'tools/thank-you-email/index.html',
        'tools/handwritten-note/index.html',
        'tools/hiring-timeline/index.html',
        'guides/hiring-timeline/index.html',
        'workspace/index.html',
        'workspace/search/index.html',
        'workspace/application/index.html',
        'workspace/debrief/index.html',
        'tools/linkedin-message/index.html',
        'guides/linkedin/index.html',
        'tools/check-my-message/index.html',
        'guides/professionalism-and-tone/index.html',
        'tools/engagement-log/index.html',
        'guides/staying-engaged/index.html',
      ]),
    );
  });

  it.each(plainGuides)('%s loads at most 3 KB gzip of JS before search is used', (file) => {
    const js = pageJs(dir, join(dir, file));
    expect(js.gzipBytes, `${file} loads ${js.files.join(', ')}`).toBeLessThanOrEqual(
      GUIDE_WITHOUT_TOOL_BUDGET,
    );
    // The search UI and Pagefind arrive only on demand, never with the page.
    expect(js.files.some((f) => /search-ui|pagefind/.test(f))).toBe(false);
  });

  it.each(toolPages)('%s stays within its tool budget', (file) => {
    const js = pageJs(dir, join(dir, file));
    const budget = budgetFor(readFileSync(join(dir, file), 'utf8'));
    expect(js.gzipBytes, `${file} loads ${js.files.join(', ')}`).toBeLessThanOrEqual(budget);
    // On the message checker's pages the checker is the tool itself, so it loads with them.
    const checkerPage = /component-url="[^"]*MessageChecker/.test(
      readFileSync(join(dir, file), 'utf8'),
    );
    // The review page opens a shared link, which is lz-string compressed: it needs it at once.
    const reviewPage = file.startsWith('shared/');
    expect(
      js.files.filter(
        (f) =>
          ON_DEMAND.test(f) &&
          !(checkerPage && /ToneFindings|tone-check/.test(f)) &&
          !(reviewPage && /lz-string/.test(f)),
      ),
    ).toEqual([]);
  });

  it('each page is held to the budget of the tools it carries', () => {
    for (const page of [
      'thank-you-email',
      'handwritten-note',
      'linkedin-message',
      'check-my-message',
      'engagement-log',
    ]) {
      expect(budgetFor(readFileSync(join(dir, `tools/${page}/index.html`), 'utf8')), page).toBe(
        MESSAGE_TOOL_BUDGET,
      );
    }
    expect(budgetFor(readFileSync(join(dir, 'tools/hiring-timeline/index.html'), 'utf8'))).toBe(
      TIMELINE_TOOL_BUDGET,
    );
    expect(budgetFor(readFileSync(join(dir, 'workspace/index.html'), 'utf8'))).toBe(
      WORKSPACE_PAGE_BUDGET,
    );
    expect(budgetFor(readFileSync(join(dir, 'workspace/search/index.html'), 'utf8'))).toBe(
      REPORT_PAGE_BUDGET,
    );
    expect(budgetFor(readFileSync(join(dir, 'workspace/application/index.html'), 'utf8'))).toBe(
      APPLICATION_PAGE_BUDGET,
    );
    expect(budgetFor(readFileSync(join(dir, 'workspace/debrief/index.html'), 'utf8'))).toBe(
      DEBRIEF_PAGE_BUDGET,
    );
  });
});

describe('staticImports', () => {
  it('finds static imports and re-exports, not dynamic import()', () => {
    const code =
      'import{a as b}from"./chunk.js";import "./side.js";export*from"./re.js";const m=import("./lazy.js");';
    expect(staticImports(code).sort()).toEqual(['./chunk.js', './re.js', './side.js']);
  });
});
